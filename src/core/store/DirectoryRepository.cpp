// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace scimdesk {

namespace {

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> readOptional(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

DirectoryRecord readDirectory(const QSqlQuery &q)
{
    DirectoryRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.profile = q.value(2).toString();
    r.organization = q.value(3).toString();
    r.environment = q.value(4).toString();
    r.primary = q.value(5).toInt() != 0;
    r.createdMs = q.value(6).toLongLong();
    r.adminAttribute = q.value(7).toString();
    return r;
}

const QString directoryColumns = QStringLiteral(
    "id, name, profile, organization, environment, is_primary, created_ms, admin_attribute FROM directories");

} // namespace

std::expected<DirectoryRecord, QString> DirectoryRepository::add(DirectoryRecord record)
{
    if (byName(record.name)) {
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "A directory named \"%1\" already exists.")
                .arg(record.name));
    }
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO directories (name, profile, organization, environment, is_primary, created_ms,"
                       " admin_attribute) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, text(record.name));
    q.bindValue(1, text(record.profile));
    q.bindValue(2, text(record.organization));
    q.bindValue(3, text(record.environment));
    q.bindValue(4, record.primary ? 1 : 0);
    q.bindValue(5, record.createdMs);
    q.bindValue(6, text(record.adminAttribute));
    if (!q.exec() || !q.next()) {
        const QString error = sqlErrorText(q);
        q.finish();
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "Cannot create the directory: %1").arg(error));
    }
    record.id = q.value(0).toLongLong();
    q.finish();
    if (record.primary && !setPrimary(record))
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "Cannot make the directory primary: %1")
                .arg(m_db.lastErrorText()));
    m_db.bumpChangeCounter();
    return record;
}

bool DirectoryRepository::setPrimary(const DirectoryRecord &record)
{
    // At most one primary directory per organization (within its environment): this one takes the flag.
    return m_db.execute(QStringLiteral("UPDATE directories SET is_primary = CASE WHEN id = ? THEN 1 ELSE 0 END"
                                       " WHERE environment = ? AND organization = ? AND (is_primary = 1 OR id = ?)"),
                        {record.id, text(record.environment), text(record.organization), record.id}) &&
           m_db.bumpChangeCounter();
}

std::optional<DirectoryRecord> DirectoryRepository::byName(const QString &name)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + directoryColumns + QStringLiteral(" WHERE name = ?"));
    q.bindValue(0, name);
    std::optional<DirectoryRecord> result;
    if (q.exec() && q.next())
        result = readDirectory(q);
    q.finish();
    return result;
}

QList<DirectoryRecord> DirectoryRepository::list()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + directoryColumns +
                                 QStringLiteral(" ORDER BY environment, organization, name"));
    QList<DirectoryRecord> result;
    if (q.exec()) {
        while (q.next())
            result.append(readDirectory(q));
    }
    q.finish();
    return result;
}

std::expected<qint64, QString> DirectoryRepository::addToken(qint64 directoryId, const QByteArray &hash,
                                                             qint64 createdMs, std::optional<qint64> expiresMs,
                                                             const QString &owner)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO tokens (directory_id, token_hash, created_ms, expires_ms,"
                                                " owner) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bindValue(0, directoryId);
    q.bindValue(1, hash);
    q.bindValue(2, createdMs);
    q.bindValue(3, optionalValue(expiresMs));
    q.bindValue(4, text(owner));
    if (!q.exec() || !q.next()) {
        const QString error = sqlErrorText(q);
        q.finish();
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "Cannot store the token hash: %1").arg(error));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_db.bumpChangeCounter();
    return id;
}

QList<TokenRecord> DirectoryRepository::tokens(qint64 directoryId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, directory_id, token_hash, created_ms, expires_ms, retire_at_ms, revoked_ms,"
                       " last_used_ms, last_used_client, owner FROM tokens WHERE directory_id = ? ORDER BY id"));
    q.bindValue(0, directoryId);
    QList<TokenRecord> result;
    if (q.exec()) {
        while (q.next()) {
            TokenRecord t;
            t.id = q.value(0).toLongLong();
            t.directoryId = q.value(1).toLongLong();
            t.hash = q.value(2).toByteArray();
            t.createdMs = q.value(3).toLongLong();
            t.expiresMs = readOptional(q, 4);
            t.retireAtMs = readOptional(q, 5);
            t.revokedMs = readOptional(q, 6);
            t.lastUsedMs = readOptional(q, 7);
            t.lastUsedClient = q.value(8).toString();
            t.owner = q.value(9).toString();
            result.append(t);
        }
    }
    q.finish();
    return result;
}

bool DirectoryRepository::recordTokenUse(qint64 tokenId, qint64 atMs, const QString &client)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE tokens SET last_used_ms = ?, last_used_client = ? WHERE id = ?"));
    q.bindValue(0, atMs);
    q.bindValue(1, text(client));
    q.bindValue(2, tokenId);
    const bool ok = q.exec();
    q.finish();
    return ok;
}

namespace {

// The condition for "accepted at ?" on the tokens table; binds the same time three times.
const QString activeCondition = QStringLiteral(
    "revoked_ms IS NULL AND (retire_at_ms IS NULL OR retire_at_ms > ?) AND (expires_ms IS NULL OR expires_ms > ?)");

} // namespace

QList<TokenRecord> DirectoryRepository::activeTokens(qint64 directoryId, qint64 nowMs)
{
    QList<TokenRecord> result;
    for (const TokenRecord &t : tokens(directoryId)) {
        const bool active =
            !t.revokedMs && (!t.retireAtMs || *t.retireAtMs > nowMs) && (!t.expiresMs || *t.expiresMs > nowMs);
        if (active)
            result.append(t);
    }
    return result;
}

std::expected<int, QString> DirectoryRepository::revokeActiveTokens(qint64 directoryId, qint64 nowMs)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE tokens SET revoked_ms = ? WHERE directory_id = ? AND ") + activeCondition);
    q.bindValue(0, nowMs);
    q.bindValue(1, directoryId);
    q.bindValue(2, nowMs);
    q.bindValue(3, nowMs);
    if (!q.exec()) {
        const QString error = sqlErrorText(q);
        q.finish();
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "Cannot revoke the tokens: %1").arg(error));
    }
    const int count = q.numRowsAffected();
    q.finish();
    if (!m_db.bumpChangeCounter()) {
        return std::unexpected(QCoreApplication::translate("DirectoryRepository", "Cannot revoke the tokens: %1")
                                   .arg(m_db.lastErrorText()));
    }
    return count;
}

std::expected<int, QString> DirectoryRepository::retireActiveTokens(qint64 directoryId, qint64 nowMs, qint64 retireAtMs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE tokens SET retire_at_ms = CASE WHEN retire_at_ms IS NULL OR retire_at_ms > ? THEN ?"
                       " ELSE retire_at_ms END WHERE directory_id = ? AND ") +
        activeCondition);
    q.bindValue(0, retireAtMs);
    q.bindValue(1, retireAtMs);
    q.bindValue(2, directoryId);
    q.bindValue(3, nowMs);
    q.bindValue(4, nowMs);
    if (!q.exec()) {
        const QString error = sqlErrorText(q);
        q.finish();
        return std::unexpected(
            QCoreApplication::translate("DirectoryRepository", "Cannot retire the tokens: %1").arg(error));
    }
    const int count = q.numRowsAffected();
    q.finish();
    if (!m_db.bumpChangeCounter()) {
        return std::unexpected(QCoreApplication::translate("DirectoryRepository", "Cannot retire the tokens: %1")
                                   .arg(m_db.lastErrorText()));
    }
    return count;
}

} // namespace scimdesk
