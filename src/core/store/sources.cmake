# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(scimdesk_core PRIVATE
    store/Database.h store/Database.cpp
    store/Migrations.h store/Migrations.cpp
    store/DirectoryRepository.h store/DirectoryRepository.cpp
    store/ResourceRepository.h store/ResourceRepository.cpp
    store/JournalRepository.h store/JournalRepository.cpp
)
