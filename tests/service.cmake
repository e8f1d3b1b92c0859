# SPDX-License-Identifier: GPL-3.0-or-later
# The SCIM service over real loopback HTTP, and the command line.
find_package(Qt6 REQUIRED COMPONENTS Network)
scimdesk_add_test(tst_okta_spec SOURCES tst_okta_spec.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
scimdesk_add_test(tst_okta_scripts SOURCES tst_okta_scripts.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
scimdesk_add_test(tst_scim_protocol SOURCES tst_scim_protocol.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
foreach(t tst_okta_spec tst_okta_scripts tst_scim_protocol)
    target_include_directories(${t} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()

scimdesk_add_test(tst_cli SOURCES tst_cli.cpp LIBS Qt6::Network)
target_compile_definitions(tst_cli PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>")
add_dependencies(tst_cli scimdesk)

scimdesk_add_test(tst_resource_codec SOURCES tst_resource_codec.cpp LIBS scimdesk_core)

scimdesk_add_test(tst_store SOURCES tst_store.cpp LIBS scimdesk_core Qt6::Sql)

scimdesk_add_test(tst_journal_redaction SOURCES tst_journal_redaction.cpp LIBS scimdesk_core)

scimdesk_add_test(tst_throttle SOURCES tst_throttle.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_throttle PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
