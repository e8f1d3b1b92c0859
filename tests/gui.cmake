# SPDX-License-Identifier: GPL-3.0-or-later
# The console, with real widgets found by object name, offscreen, against a real listener, database and keychain.
scimdesk_add_test(tst_main_window SOURCES tst_main_window.cpp LIBS scimdesk_gui Qt6::Widgets Qt6::Test)
target_compile_definitions(tst_main_window PRIVATE SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")

# The Simulator tab against the embedded listener, the console backend and the keychain.
scimdesk_add_test(tst_simulator_tab SOURCES tst_simulator_tab.cpp support/ScimTestServer.h
    LIBS scimdesk_gui Qt6::Widgets Qt6::Network Qt6::Test)
target_include_directories(tst_simulator_tab PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_simulator_tab PRIVATE SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
