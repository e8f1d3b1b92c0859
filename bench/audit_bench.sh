#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks the audit chain and the reports on a large journal: seeds ENTRIES chained journal entries (default
# 1,000,000: reads, creations, conflicts, unknown ids, bad tokens and lockouts) with bench/audit_seed.py, then
# times `scimdesk audit verify` and the errors and tokens reports as CSV (each reads every entry of the period)
#. Prints a Markdown table for docs/benchmarks.md. Usage: bench/audit_bench.sh [ENTRIES]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
build_dir=${SCIMDESK_BENCH_BUILD_DIR:-build-bench}
if [ -z "${SCIMDESK_BENCH_SKIP_BUILD:-}" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSCIMDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build_dir" -j"$(nproc)" --target scimdesk >/dev/null
fi
scimdesk="$build_dir/src/app/scimdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/audit.sqlite"
"$scimdesk" directory add bench --database "$db" >/dev/null 2>&1
python3 bench/audit_seed.py "$db" bench "$entries"
echo "database: $(du -m "$db" | cut -f1) MiB" >&2

# Wall time and peak memory of one command; fails the benchmark if the command fails.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/out" "$work/err" >&2; exit 1; }
    read -r seconds kib <"$work/time"
    echo "| $name | $seconds | $((kib / 1024)) |"
}
from=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
report=("$scimdesk" report --database "$db" --directory bench --from "$from" --to "$to")
echo "| $entries journal entries | seconds | peak MiB |"
echo "|---|---:|---:|"
measure "audit verify" "$scimdesk" audit verify --database "$db"
measure "report errors → CSV" "${report[@]}" --type errors --format csv --output "$work/errors.csv"
measure "report tokens → CSV" "${report[@]}" --type tokens --format csv --output "$work/tokens.csv"
measure "report changes → CSV" "${report[@]}" --type changes --format csv --output "$work/changes.csv"
measure "report errors → JSON" "${report[@]}" --type errors --format json --output "$work/errors.json"
grep -q '^409,' "$work/errors.csv" || { echo "errors report without the 409s" >&2; exit 1; }
