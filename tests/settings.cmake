# SPDX-License-Identifier: GPL-3.0-or-later
# Settings: the typed INI settings (defaults, round trip, the guard that keeps tokens out), and the Settings dialog
# with real widgets found by object name, offscreen.
scimdesk_add_test(tst_app_settings SOURCES tst_app_settings.cpp LIBS scimdesk_core)
scimdesk_add_test(tst_settings SOURCES tst_settings.cpp LIBS scimdesk_gui Qt6::Widgets)
