# SPDX-License-Identifier: GPL-3.0-or-later
# The Okta simulator: scenario files, exact request sequences against a recording server, and end to end
# against the real embedded listener.
scimdesk_add_test(tst_simulator SOURCES tst_simulator.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_simulator PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

# `scimdesk simulate` as a process against the embedded listener.
scimdesk_add_test(tst_simulate_cli SOURCES tst_simulate_cli.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_simulate_cli PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_simulate_cli PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>"
    SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
add_dependencies(tst_simulate_cli scimdesk)

# The conformance runner against the embedded listener and a listener with injected defects, and
# `scimdesk conformance` as a process.
scimdesk_add_test(tst_conformance SOURCES tst_conformance.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_conformance PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_conformance PRIVATE SCIMDESK_BINARY="$<TARGET_FILE:scimdesk>")
add_dependencies(tst_conformance scimdesk)

# The console's simulator session (the engine in a worker thread) against the embedded listener.
scimdesk_add_test(tst_simulator_session SOURCES tst_simulator_session.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_simulator_session PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(tst_simulator_session PRIVATE SCIMDESK_SCENARIOS="${PROJECT_SOURCE_DIR}/scenarios")
