#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a .ts file in translations/ is out of date with the sources (a tr() text added, changed or removed
# since scripts/update-translations.sh last ran) or has an entry a translator has not finished.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/*.ts "$work/"
bash scripts/update-translations.sh "$work"
status=0
for ts in translations/*.ts; do
    if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
        echo "$ts is out of date with the sources: run scripts/update-translations.sh, translate the new entries," \
            "and commit the .ts files. What changes:"
        diff -u "$ts" "$work/$(basename "$ts")" | head -60 || true
        status=1
    fi
done
python3 scripts/check-translations.py translations/*.ts || status=1
exit $status
