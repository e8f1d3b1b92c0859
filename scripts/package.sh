#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI: builds the Debian package (RelWithDebInfo, `cpack -G DEB` in its own build tree), installs it with apt, checks
# what it installed, runs the installed `scimdesk --version` and a headless smoke test (a directory, `serve`, Okta's
# connection test with curl), and removes the package again. Needs root, or sudo. The .deb stays in the build tree.
# SCIMDESK_PACKAGE_BUILD_DIR chooses the build tree (default build-deb), SCIMDESK_JOBS the parallel jobs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "package.sh: installing the package needs root or sudo" >&2
        exit 1
    fi
fi
if dpkg-query -W -f='${Status}' scimdesk 2>/dev/null | grep -q 'install ok installed'; then
    echo "package.sh: a scimdesk package is already installed; remove it first (apt-get remove scimdesk)" >&2
    exit 1
fi

build_dir=${SCIMDESK_PACKAGE_BUILD_DIR:-build-deb}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCIMDESK_WERROR=ON \
    -DSCIMDESK_BUILD_TESTS=OFF -DSCIMDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" -j"${SCIMDESK_JOBS:-$(nproc)}"
rm -f "$build_dir"/scimdesk_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/scimdesk_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "package.sh: expected one scimdesk_*.deb in $build_dir, found: ${debs[*]}" >&2
    exit 1
fi
deb=$(realpath "${debs[0]}")
echo "package.sh: built $deb"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

work=$(mktemp -d "${TMPDIR:-/tmp}/scimdesk-package.XXXXXX")
server_pid=
installed=no
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$installed" = yes ]; then
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq scimdesk >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "package.sh: FAIL: $*" >&2
    exit 1
}

DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$deb"
installed=yes

# What the package put on the system.
version=$(dpkg-deb --field "$deb" Version)
for f in /usr/bin/scimdesk \
    /usr/share/applications/io.github.scimdesk.ScimDesk.desktop \
    /usr/share/metainfo/io.github.scimdesk.ScimDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.scimdesk.ScimDesk.svg \
    /usr/share/icons/hicolor/16x16/apps/io.github.scimdesk.ScimDesk.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.scimdesk.ScimDesk.png \
    /usr/share/man/man1/scimdesk.1.gz \
    /usr/share/doc/scimdesk/copyright; do
    [ -f "$f" ] || fail "the package did not install $f"
done
[ "$(/usr/bin/scimdesk --version)" = "scimdesk $version" ] || fail "scimdesk --version says: $(/usr/bin/scimdesk --version)"
echo "package.sh: installed scimdesk $version"

# Headless smoke test with the installed binary, in a private HOME (no keychain: the token is only printed).
export HOME="$work/home"
mkdir -p "$HOME"
database="$work/smoke.sqlite"
/usr/bin/scimdesk directory add smoke --database "$database" --json >"$work/directory.json" 2>"$work/directory.err" ||
    fail "directory add: $(cat "$work/directory.err")"
token=$(sed -n 's/^ *"token": *"\([^"]*\)".*$/\1/p' "$work/directory.json")
[ -n "$token" ] || fail "directory add printed no token"
# The token reaches curl through a header file, never through the argv of a process.
(umask 077 && printf 'Authorization: Bearer %s\n' "$token" >"$work/authorization")
unset token

/usr/bin/scimdesk serve --database "$database" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server_pid=$!
base=
for _ in $(seq 100); do
    base=$(sed -n 's#^ *smoke *\(http://127\.0\.0\.1:[0-9]*/scim/v2/smoke\) .*$#\1#p' "$work/serve.log")
    [ -n "$base" ] && break
    kill -0 "$server_pid" 2>/dev/null || fail "serve exited: $(cat "$work/serve.log")"
    sleep 0.1
done
[ -n "$base" ] || fail "serve did not print the directory's base URL: $(cat "$work/serve.log")"

status=$(curl -sS -o "$work/users.json" -w '%{http_code}' -H @"$work/authorization" \
    "$base/Users?startIndex=1&count=2")
[ "$status" = 200 ] || fail "GET $base/Users answered $status: $(cat "$work/users.json")"
grep -q 'urn:ietf:params:scim:api:messages:2.0:ListResponse' "$work/users.json" ||
    fail "GET $base/Users did not answer a ListResponse: $(cat "$work/users.json")"
grep -q '"totalResults": *0' "$work/users.json" || fail "the new directory is not empty: $(cat "$work/users.json")"
status=$(curl -sS -o /dev/null -w '%{http_code}' "$base/Users?startIndex=1&count=2")
[ "$status" = 401 ] || fail "GET $base/Users without a token answered $status, not 401"
echo "package.sh: Okta's connection test against the installed scimdesk serve: 200 with a token, 401 without"

kill -TERM "$server_pid"
rc=0
wait "$server_pid" || rc=$?
server_pid=
[ "$rc" -eq 0 ] || fail "serve exited with $rc after SIGTERM: $(cat "$work/serve.log")"

DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq scimdesk >/dev/null
installed=no
[ ! -e /usr/bin/scimdesk ] || fail "/usr/bin/scimdesk is still there after apt-get remove"
echo "package.sh: removed the package again; $deb passed"
