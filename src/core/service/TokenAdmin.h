// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DirectoryRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace scimdesk {

class Database;

// A directory's bearer-token lifecycle: rotation (with an optional overlap), revocation and status. Only token
// hashes are stored; every event is journaled in the same transaction, never with the token itself. Each
// change bumps the store's change counter, so a running listener applies it within 20 ms.
class TokenAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(TokenAdmin)
    Q_DISABLE_COPY_MOVE(TokenAdmin)

public:
    static constexpr qint64 DefaultLifetimeMs = qint64(365) * 24 * 3600 * 1000;

    struct Rotated
    {
        DirectoryRecord directory;
        QByteArray token; // shown once to the admin; only its hash is stored
        qint64 tokenId = 0;
        std::optional<qint64> expiresMs;
        std::optional<qint64> overlapUntilMs; // when the previous tokens stop working; nullopt: revoked at once
        int previousTokens = 0;               // how many active tokens were revoked or retired
        QString owner;                        // the administrator the token belongs to; empty: none
    };
    // What may be shown about a token: never the token, nor its hash.
    struct TokenStatus
    {
        QString status; // active, rotated-out, revoked, expired
        qint64 createdMs = 0;
        std::optional<qint64> expiresMs;
        std::optional<qint64> lastUsedMs;
        QString lastUsedBy;
        std::optional<qint64> retireAtMs;
        std::optional<qint64> revokedMs;
        QString owner;
    };

    // A warning for an active token that expires within 30 days ("… in 12 days"), more urgent within 7;
    // empty otherwise. Shown by `token show`, `serve` and the console.
    static QString expiryWarning(const TokenStatus &token, qint64 nowMs);

    explicit TokenAdmin(Database &db) : m_db(db) {}

    // Issues a new token for `directoryName`. With `overlapMs` 0 the active tokens are revoked at once; otherwise
    // they keep working until nowMs + overlapMs. `lifetimeMs` nullopt: the new token never expires. `owner`: the
    // administrator the token belongs to (see owner()).
    std::expected<Rotated, QString> rotate(const QString &directoryName, qint64 overlapMs, qint64 nowMs,
                                           std::optional<qint64> lifetimeMs = DefaultLifetimeMs,
                                           const QString &owner = {});
    // Revokes every active token of the directory; returns how many.
    std::expected<int, QString> revoke(const QString &directoryName, qint64 nowMs);
    // The directory's tokens, oldest first.
    std::expected<QList<TokenStatus>, QString> show(const QString &directoryName, qint64 nowMs);

    static QString status(const TokenRecord &token, qint64 nowMs);
    // Who a new token of `directory` belongs to: `requested` when that user is an administrator (holds orgadmin,
    // or is the bootstrap administrator while no provisioned user does), the bootstrap administrator when nobody
    // was named and the profile wants an owner (RudderStack), empty when nobody was named and it does not.
    static std::expected<QString, QString> owner(Database &db, const DirectoryRecord &directory,
                                                 const QString &requested);
    // Empty while `owner` is still an administrator of the directory; otherwise why the token no longer works.
    static QString ownerRefusal(Database &db, const DirectoryRecord &directory, const QString &owner);
    // Appends a token event to the journal (method "TOKEN", the directory's base path). Call inside the
    // transaction that made the change.
    static bool journal(Database &db, const DirectoryRecord &directory, qint64 tokenId, const QString &meaning,
                        qint64 nowMs);

private:
    std::expected<DirectoryRecord, QString> directory(const QString &name);

    Database &m_db;
};

} // namespace scimdesk
