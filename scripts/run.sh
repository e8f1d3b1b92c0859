#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine (packages via apt, as root), builds ScimDesk and starts it: the console
# with the SCIM listener on 127.0.0.1:7643, or, without a display, the headless listener. Arguments are passed
# on (e.g. "serve --listen 127.0.0.1:8080").
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

build_dir=${SCIMDESK_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
exec "$build_dir/src/app/scimdesk" "$@"
