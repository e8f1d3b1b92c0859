# SPDX-License-Identifier: GPL-3.0-or-later
# The application's preferences: typed QSettings in an INI file, defaults in one place, never a secret.
target_sources(scimdesk_core PRIVATE
    settings/AppSettings.h settings/AppSettings.cpp
)
