# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(scimdesk_core PRIVATE
    http/HttpTypes.h http/HttpTypes.cpp
    http/HttpLogging.h
    http/HttpWire.h http/HttpWire.cpp
    http/RequestFramer.h http/RequestFramer.cpp
    http/ServerContext.h
    http/ConnectionGuard.h http/ConnectionGuard.cpp
    http/FrontController.h http/FrontController.cpp
    http/Listener.h http/Listener.cpp
    http/TlsIdentity.h http/TlsIdentity.cpp
)
