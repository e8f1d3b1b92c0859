# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(scimdesk_core PRIVATE
    http/HttpTypes.h http/HttpTypes.cpp
    http/Listener.h http/Listener.cpp
)
