# SPDX-License-Identifier: GPL-3.0-or-later
# HTTPS on the listener: PEM loading, the self-signed certificate, and SCIM over real TLS on loopback.
scimdesk_add_test(tst_tls SOURCES tst_tls.cpp support/ScimTestServer.h LIBS scimdesk_core Qt6::Network)
target_include_directories(tst_tls PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
