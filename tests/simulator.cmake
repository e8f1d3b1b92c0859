# SPDX-License-Identifier: GPL-3.0-or-later
# The Okta simulator: scenario files, exact request sequences against a recording server, and end to end
# against the real embedded listener.
scimdesk_add_test(tst_simulator SOURCES tst_simulator.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_simulator PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
