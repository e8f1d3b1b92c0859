# SPDX-License-Identifier: GPL-3.0-or-later
# The access model: profiles (what provisioning means in each seed system), built-in roles and privileges,
# who holds what and why, and its history. Above the store, below the SCIM service.
target_sources(scimdesk_core PRIVATE
    access/Profile.h access/Profile.cpp
    access/Roles.h access/Roles.cpp
    access/AccessModel.h access/AccessModel.cpp
)
