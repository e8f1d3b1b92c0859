#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks the SCIM listener with wrk on loopback: seeds a database with USERS users (default 100000), starts
# `scimdesk serve` on it, and runs each scenario at 1 and 32 connections. Prints a Markdown table to paste into
# docs/benchmarks.md. Usage: bench/run.sh [USERS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-100000}
seconds=${2:-10}
groups=1000

bash scripts/setup.sh
build_dir=${SCIMDESK_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSCIMDESK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target scimdesk scimdesk_bench_seed >/dev/null

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/bench.sqlite"
seed=$("$build_dir/bench/scimdesk_bench_seed" "$db" "$users" "$groups")
export SCIMDESK_TOKEN
SCIMDESK_TOKEN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["token"])' "$seed")
echo "seeded $users users and $groups groups in $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$seed") s" >&2

"$build_dir/src/app/scimdesk" serve --database "$db" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$')
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 1; }

export SCIMDESK_BENCH_DIR=$PWD/bench SCIMDESK_BENCH_DB=$db SCIMDESK_BENCH_USERS=$users
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$server_pid/status"; }
echo "resident memory after seeding and start: $(rss) MiB" >&2

# Each cell is the median of RUNS runs (this machine's throughput varies by ±15 % between runs); p50 and p99 are
# those of the median run, non-2xx and socket errors summed over all runs.
runs=${SCIMDESK_BENCH_RUNS:-3}
echo "| scenario | connections | requests/s (median of $runs) | p50 ms | p99 ms | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for scenario in get_by_id filter_username page_100 post_user group_add_100; do
    for conns in 1 32; do
        threads=$(( conns < 2 ? 1 : 2 ))
        results=()
        for _ in $(seq 1 "$runs"); do
            results+=("$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency -s "bench/wrk/$scenario.lua" "http://127.0.0.1:$port" | grep '^RESULT')")
        done
        printf '%s\n' "${results[@]}" | python3 bench/median.py "$scenario" "$conns"
    done
done
echo
echo "Resident memory of the server after the run: $(rss) MiB (peak $(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$server_pid/status") MiB)."
sleep 1 # let the journal writer commit the last batch
python3 - "$db" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("select method, status, count(*) from journal group by method, status").fetchall()
print("Journal rows by method and status: " + ", ".join(f"{m} {s}: {n}" for m, s, n in rows))
PY
