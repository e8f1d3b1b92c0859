# SPDX-License-Identifier: GPL-3.0-or-later
# Audit: the tamper-evident chain and its verifier, the reports (checked against simulator scenarios with known
# answers, PDF read back with pdftotext), the `audit` and `report` commands as processes, the Export Report dialog.
scimdesk_add_test(tst_audit_chain SOURCES tst_audit_chain.cpp support/ScimTestServer.h
    LIBS scimdesk_core Qt6::Network Qt6::Sql)
target_include_directories(tst_audit_chain PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_audit_chain PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>")
add_dependencies(tst_audit_chain scimdesk)
