# SPDX-License-Identifier: GPL-3.0-or-later
# Secrets and the token lifecycle: the keychain against the real Secret Service (scripts/test.sh runs CTest in a
# private session bus with gnome-keyring unlocked), and token rotation and revocation over real loopback HTTP.
find_package(Qt6Keychain REQUIRED)
scimdesk_add_test(tst_secret_store SOURCES tst_secret_store.cpp LIBS scimdesk_core Qt6Keychain::Qt6Keychain)

scimdesk_add_test(tst_tokens SOURCES tst_tokens.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_tokens PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
