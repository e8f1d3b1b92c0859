# SPDX-License-Identifier: GPL-3.0-or-later
# The Provisioning Log: journal queries against real SQLite files, and the tab (its lazily fetched model, filters,
# live tail, bodies and CSV export) driven by object name, offscreen.
scimdesk_add_test(tst_journal_query SOURCES tst_journal_query.cpp LIBS scimdesk_core)
scimdesk_add_test(tst_log_tab SOURCES tst_log_tab.cpp LIBS scimdesk_gui Qt6::Widgets)
