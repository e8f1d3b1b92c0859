# SPDX-License-Identifier: GPL-3.0-or-later
# The keychain: bearer tokens kept in the desktop's Secret Service through QtKeychain, never in plain text.
find_package(Qt6Keychain REQUIRED)
target_sources(scimdesk_core PRIVATE
    secrets/SecretStore.h secrets/SecretStore.cpp
)
target_link_libraries(scimdesk_core PRIVATE Qt6Keychain::Qt6Keychain)
