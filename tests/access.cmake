# SPDX-License-Identifier: GPL-3.0-or-later
# The access model of the seed systems: every profile end to end over real HTTP with the simulator's Okta
# requests, roles and privileges, history, and the `access` commands.
scimdesk_add_test(tst_access SOURCES tst_access.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_access PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_access PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>"
    SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
add_dependencies(tst_access scimdesk)
