# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(scimdesk_core PRIVATE
    scim/ScimConstants.h
    scim/ScimError.h scim/ScimError.cpp
    scim/ScimJson.h scim/ScimJson.cpp
    scim/Schema.h scim/Schema.cpp
    scim/Filter.h scim/Filter.cpp
    scim/Patch.h scim/Patch.cpp
)
