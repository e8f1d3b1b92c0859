# SPDX-License-Identifier: GPL-3.0-or-later
# Secrets and the token lifecycle: the keychain against the real Secret Service (scripts/test.sh runs CTest in a
# private session bus with gnome-keyring unlocked), and token rotation and revocation over real loopback HTTP.
find_package(Qt6Keychain REQUIRED)
scimdesk_add_test(tst_secret_store SOURCES tst_secret_store.cpp LIBS scimdesk_core Qt6Keychain::Qt6Keychain)
