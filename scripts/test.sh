#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine (packages via apt, as root), builds ScimDesk with warnings as errors and
# runs the whole test suite with CTest. Extra arguments go to ctest (e.g. -R tst_filter).
# SCIMDESK_SANITIZE=ON builds a separate AddressSanitizer + UndefinedBehaviorSanitizer tree and runs the suite on it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

sanitize=${SCIMDESK_SANITIZE:-OFF}
if [ "$sanitize" = ON ]; then
    build_dir=${SCIMDESK_BUILD_DIR:-build-sanitize}
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSCIMDESK_WERROR=ON -DSCIMDESK_SANITIZE=ON \
        -DSCIMDESK_BUILD_BENCH=OFF >/dev/null
    # Leak reports are off: Qt's offscreen platform and fontconfig keep allocations for the process lifetime.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
    build_dir=${SCIMDESK_BUILD_DIR:-build}
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCIMDESK_WERROR=ON >/dev/null
fi
cmake --build "$build_dir" -j"$(nproc)"

# Widgets tests run offscreen; Qt wants a private runtime directory.
export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
# Tests run against the real Secret Service: a private session bus with gnome-keyring unlocked, in a fresh HOME
# so that no developer keyring is touched (QtKeychain needs both a bus and an unlocked login collection).
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$XDG_RUNTIME_DIR" "$HOME"' EXIT

dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "$@"
