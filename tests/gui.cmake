# SPDX-License-Identifier: GPL-3.0-or-later
# The console, with real widgets found by object name, offscreen.
scimdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS scimdesk_gui Qt6::Widgets)
