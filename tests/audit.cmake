# SPDX-License-Identifier: GPL-3.0-or-later
# Audit: the tamper-evident chain and its verifier, the reports (checked against simulator scenarios with known
# answers, PDF read back with pdftotext), the `audit` and `report` commands as processes, the Export Report dialog.
scimdesk_add_test(tst_audit_chain SOURCES tst_audit_chain.cpp tst_audit_support.h support/ScimTestServer.h
    LIBS scimdesk_core Qt6::Network Qt6::Sql)
target_include_directories(tst_audit_chain PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_audit_chain PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>")
add_dependencies(tst_audit_chain scimdesk)

scimdesk_add_test(tst_report SOURCES tst_report.cpp tst_audit_support.h support/ScimTestServer.h
    LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_report PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_report PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>"
    SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
add_dependencies(tst_report scimdesk)

scimdesk_add_test(tst_report_dialog SOURCES tst_report_dialog.cpp LIBS scimdesk_gui Qt6::Widgets Qt6::Test)
