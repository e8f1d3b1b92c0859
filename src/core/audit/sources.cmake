# SPDX-License-Identifier: GPL-3.0-or-later
# Audit: the tamper-evident chain over the journal and the access history (written by the store and the access
# model, verified here), and the reports auditors ask for (access review, changes, tokens, errors) as CSV, JSON,
# HTML and PDF. PDF needs QtGui (QPdfWriter, QTextDocument); no Widgets.
target_sources(scimdesk_core PRIVATE
    audit/AuditChain.h audit/AuditChain.cpp
    audit/ReportWriter.h audit/ReportWriter.cpp
    audit/Report.h audit/Report.cpp
)
