# SPDX-License-Identifier: GPL-3.0-or-later
# What the console's tabs ask of the store, off the GUI thread: the Provisioning Log's journal queries and the
# worker that runs them on a thread and connection of its own.
target_sources(scimdesk_core PRIVATE
    console/JournalQuery.h console/JournalQuery.cpp
    console/LogWorker.h console/LogWorker.cpp
)
