# SPDX-License-Identifier: GPL-3.0-or-later
# The console, with real widgets found by object name, offscreen, against a real listener, database and keychain.
scimdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS scimdesk_gui Qt6::Widgets Qt6::Test)
target_compile_definitions(tst_main_window PRIVATE SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
