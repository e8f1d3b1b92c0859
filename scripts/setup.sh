#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ScimDesk needs to build, run and test, when any is missing.
# Run as root (or with sudo available). Idempotent: does nothing when everything is present.
set -euo pipefail

packages=(
    cmake g++ ninja-build dpkg-dev pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libsecret-1-0
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libssl-dev
    qt6-charts-dev qt6-svg-dev
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools
    postgresql poppler-utils wrk openssl curl clang-format
    librsvg2-bin desktop-file-utils appstream groff-base python3 qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "scimdesk setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "scimdesk setup: these packages are missing and this is not root (no sudo): ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
