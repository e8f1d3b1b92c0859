// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace scimdesk {

class Database;

struct DirectoryRecord
{
    qint64 id = 0;
    QString name;
    QString profile;
    QString organization;
    QString environment;
    bool primary = false;
    qint64 createdMs = 0;
    QString adminAttribute; // the boolean user attribute that grants orgadmin; empty: none
};

struct TokenRecord
{
    qint64 id = 0;
    qint64 directoryId = 0;
    QByteArray hash; // SHA-256 of the token; the token itself is never stored
    qint64 createdMs = 0;
    std::optional<qint64> expiresMs;
    std::optional<qint64> retireAtMs; // end of a rotation overlap window
    std::optional<qint64> revokedMs;
    std::optional<qint64> lastUsedMs;
    QString lastUsedClient;
    QString owner; // the userName of the administrator the token belongs to; empty: the directory's token
};

// Directories (one SCIM base URL each) and their bearer-token hashes.
class DirectoryRepository final
{
public:
    explicit DirectoryRepository(Database &db) : m_db(db) {}

    // Fails with a readable message when the name is taken or the database refuses.
    std::expected<DirectoryRecord, QString> add(DirectoryRecord record);
    std::optional<DirectoryRecord> byName(const QString &name);
    QList<DirectoryRecord> list();
    // Makes the directory its organization's primary one, clearing the flag on the others (within a transaction).
    bool setPrimary(const DirectoryRecord &record);

    std::expected<qint64, QString> addToken(qint64 directoryId, const QByteArray &hash, qint64 createdMs,
                                            std::optional<qint64> expiresMs, const QString &owner = {});
    QList<TokenRecord> tokens(qint64 directoryId);
    bool recordTokenUse(qint64 tokenId, qint64 atMs, const QString &client);
    // Tokens still accepted at `nowMs`: not revoked, not rotated out, not expired.
    QList<TokenRecord> activeTokens(qint64 directoryId, qint64 nowMs);
    // Revokes the tokens active at `nowMs` (revoked_ms = nowMs); returns how many.
    std::expected<int, QString> revokeActiveTokens(qint64 directoryId, qint64 nowMs);
    // Lets the tokens active at `nowMs` work until `retireAtMs` (an earlier end already set is kept); returns how
    // many.
    std::expected<int, QString> retireActiveTokens(qint64 directoryId, qint64 nowMs, qint64 retireAtMs);

private:
    Database &m_db;
};

} // namespace scimdesk
