// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace scimdesk {

class Database;
class SqlRow;

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

} // namespace scimdesk

// Declared with the type, so every translation unit (and every moc file) agrees on it.
Q_DECLARE_METATYPE(scimdesk::JournalEntry)

namespace scimdesk {

// Which entries a report reads: one directory's (by id, or by name for requests refused before the token was
// accepted, such as 401 and 429), in a time range with both ends included, optionally by status or method.
struct JournalFilter
{
    qint64 directoryId = 0;
    QString directoryName;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int minStatus = 0;    // 0: any
    QList<int> statuses;  // empty: any
    QString method;       // empty: any
    bool ordered = false; // by time (a sort: use for small selections only), else in table order
};

// The append-only journal table. The application never updates or deletes entries.
class JournalRepository final
{
public:
    explicit JournalRepository(Database &db) : m_db(db) {}

    // Appends an entry to the chained journal; call inside a write transaction (Database::begin).
    bool append(const JournalEntry &entry);
    // Newest first, optionally only one directory.
    QList<JournalEntry> latest(int limit, std::optional<qint64> directoryId = std::nullopt);
    qint64 count();
    // Streams the matching entries without their bodies until `onEntry` returns false; false on a database error.
    bool forEach(const JournalFilter &filter, const std::function<bool(const JournalEntry &)> &onEntry);
    qint64 count(const JournalFilter &filter);

    // For readers of the journal elsewhere: the columns of an entry without bodies, in the order fromRow() reads
    // them (then request_body and response_body when `withBodies`).
    static QString entryColumns();
    static JournalEntry fromRow(const SqlRow &row, bool withBodies);

private:
    Database &m_db;
};

} // namespace scimdesk
