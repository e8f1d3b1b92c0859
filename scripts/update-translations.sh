#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings the .ts files in translations/ (or in the folder given) up to date with every tr() text of the sources and
# the forms. German and French hold every text; English (the source language) holds only the plural forms of the
# "%n …" texts. New texts arrive as unfinished entries for a translator; texts gone from the sources are dropped.
# scripts/check-translations.sh (a CTest test) fails while any entry is stale or unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-translations}
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
options=(-silent -locations none -no-obsolete -no-ui-lines -recursive src ui)
"$lupdate" "${options[@]}" -ts "$dir/scimdesk_de.ts" "$dir/scimdesk_fr.ts"
"$lupdate" "${options[@]}" -pluralonly -ts "$dir/scimdesk_en.ts"
