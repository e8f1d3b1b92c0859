# SPDX-License-Identifier: GPL-3.0-or-later
# The HTTP listener over real loopback sockets, with a test RequestHandler.
scimdesk_add_test(tst_listener SOURCES tst_listener.cpp LIBS scimdesk_core Qt6::Network)
