# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(scimdesk_core PRIVATE
    service/Tokens.h service/Tokens.cpp
    service/DirectoryAdmin.h service/DirectoryAdmin.cpp
    service/TokenAdmin.h service/TokenAdmin.cpp
    service/ResourceCodec.h service/ResourceCodec.cpp
    service/JournalRedaction.h service/JournalRedaction.cpp
    service/JournalWriter.h service/JournalWriter.cpp
    service/ScimService.h service/ScimService.cpp
    service/ScimServer.h service/ScimServer.cpp
)
