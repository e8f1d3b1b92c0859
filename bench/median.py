#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads wrk RESULT lines (from bench/wrk/common.lua) on stdin and prints one Markdown row: the median run's
requests/s, p50 and p99, and the non-2xx and socket errors summed over all runs."""
import sys

rows = []
for line in sys.stdin:
    if line.startswith("RESULT"):
        rows.append(dict(kv.split("=") for kv in line.split()[1:]))
if not rows:
    sys.exit("no wrk results")
rows.sort(key=lambda r: float(r["rps"]))
m = rows[len(rows) // 2]
non2xx = sum(int(r["non2xx"]) for r in rows)
socket_errors = sum(int(r["socket_errors"]) for r in rows)
scenario, connections = sys.argv[1], sys.argv[2]
print(f"| {scenario} | {connections} | {m['rps']} | {m['p50_ms']} | {m['p99_ms']} | {non2xx} | {socket_errors} |")
