// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace scimdesk {

class Database;

// One provisioning journal entry: one SCIM request and what it meant. Bodies are already redacted.
struct JournalEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    std::optional<qint64> directoryId;
    QString directory;
    QString client;
    QString userAgent;
    QString method;
    QString path;
    int status = 0;
    qint64 latencyUs = 0;
    QString meaning;
    QString resourceType;
    QString resourceId;
    QByteArray requestBody;  // UTF-8, as received (redacted)
    QByteArray responseBody; // UTF-8, as sent
};

// The append-only journal table. The application never updates or deletes entries.
class JournalRepository final
{
public:
    explicit JournalRepository(Database &db) : m_db(db) {}

    bool append(const JournalEntry &entry);
    // Newest first, optionally only one directory.
    QList<JournalEntry> latest(int limit, std::optional<qint64> directoryId = std::nullopt);
    qint64 count();

private:
    Database &m_db;
};

} // namespace scimdesk
