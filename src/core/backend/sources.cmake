# SPDX-License-Identifier: GPL-3.0-or-later
# The console's backend without Widgets: the embedded listener, and a worker thread with its own database
# connection answering every query and action of the console.
target_sources(scimdesk_core PRIVATE
    backend/ConsoleBackend.h backend/ConsoleBackend.cpp
)
