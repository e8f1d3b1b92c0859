// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace scimdesk {

namespace {

const QString userColumns = QStringLiteral("seq, directory_id, id, user_name, user_name_key, external_id, display_name,"
                                           " active, created_ms, modified_ms, version, doc FROM scim_users");
const QString groupColumns = QStringLiteral("seq, directory_id, id, display_name, display_name_key, external_id, '',"
                                            " 1, created_ms, modified_ms, version, doc FROM scim_groups");

const QString &columns(ResourceKind kind)
{
    return kind == ResourceKind::User ? userColumns : groupColumns;
}

QString nameKeyColumn(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringLiteral("user_name_key") : QStringLiteral("display_name_key");
}

StoredResource read(const SqlRow &row)
{
    StoredResource r;
    r.seq = row.int64(0);
    r.directoryId = row.int64(1);
    r.id = row.text(2);
    r.name = row.text(3);
    r.nameKey = row.text(4);
    r.externalId = row.text(5);
    r.displayName = row.text(6);
    r.active = row.int64(7) != 0;
    r.createdMs = row.int64(8);
    r.modifiedMs = row.int64(9);
    r.version = row.int64(10);
    r.rawDoc = row.blob(11);
    return r;
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

const QJsonObject &StoredResource::doc() const
{
    if (!m_parsed)
        m_parsed = QJsonDocument::fromJson(rawDoc).object();
    return *m_parsed;
}

void StoredResource::setDoc(const QJsonObject &doc)
{
    m_parsed = doc;
    rawDoc = QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

void ResourceRepository::noteError()
{
    m_lastError = m_db.lastErrorText();
    qCWarning(lcStore) << "query failed:" << m_lastError;
}

std::optional<StoredResource> ResourceRepository::byId(ResourceKind kind, qint64 directoryId, const QString &id)
{
    std::optional<StoredResource> result;
    if (!m_db.select(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? AND id = ?"),
                     {directoryId, id}, [&](const SqlRow &row) {
                         result = read(row);
                         return false;
                     }))
        noteError();
    return result;
}

std::optional<StoredResource> ResourceRepository::byNameKey(ResourceKind kind, qint64 directoryId, const QString &key)
{
    std::optional<StoredResource> result;
    if (!m_db.select(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? AND ") +
                         nameKeyColumn(kind) + QStringLiteral(" = ?"),
                     {directoryId, key}, [&](const SqlRow &row) {
                         result = read(row);
                         return false;
                     }))
        noteError();
    return result;
}

QList<StoredResource> ResourceRepository::byExternalId(ResourceKind kind, qint64 directoryId, const QString &externalId)
{
    QList<StoredResource> result;
    if (!m_db.select(QStringLiteral("SELECT ") + columns(kind) +
                         QStringLiteral(" WHERE directory_id = ? AND external_id = ? ORDER BY seq"),
                     {directoryId, externalId}, [&](const SqlRow &row) {
                         result.append(read(row));
                         return true;
                     }))
        noteError();
    return result;
}

bool ResourceRepository::insert(ResourceKind kind, StoredResource &r)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    const auto keepSeq = [&r](const SqlRow &row) {
        r.seq = row.int64(0);
        return false;
    };
    r.seq = 0;
    bool ok = false;
    if (kind == ResourceKind::User) {
        ok = m_db.select(
            QStringLiteral(
                "INSERT INTO scim_users (directory_id, id, user_name, user_name_key, external_id, display_name,"
                " active, created_ms, modified_ms, version, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING seq"),
            {r.directoryId, r.id, r.name, r.nameKey, nullableText(r.externalId), nullableText(r.displayName),
             r.active ? 1 : 0, r.createdMs, r.modifiedMs, r.version, r.rawDoc},
            keepSeq);
    } else {
        ok = m_db.select(
            QStringLiteral("INSERT INTO scim_groups (directory_id, id, display_name, display_name_key, external_id,"
                           " created_ms, modified_ms, version, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
            {r.directoryId, r.id, r.name, r.nameKey, nullableText(r.externalId), r.createdMs, r.modifiedMs, r.version,
             r.rawDoc},
            keepSeq);
    }
    if (!ok || r.seq == 0) {
        noteError();
        return false;
    }
    return true;
}

bool ResourceRepository::update(ResourceKind kind, const StoredResource &r)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    const bool ok =
        kind == ResourceKind::User
            ? m_db.execute(
                  QStringLiteral(
                      "UPDATE scim_users SET user_name = ?, user_name_key = ?, external_id = ?, display_name = ?,"
                      " active = ?, modified_ms = ?, version = ?, doc = ? WHERE seq = ?"),
                  {r.name, r.nameKey, nullableText(r.externalId), nullableText(r.displayName), r.active ? 1 : 0,
                   r.modifiedMs, r.version, r.rawDoc, r.seq})
            : m_db.execute(
                  QStringLiteral("UPDATE scim_groups SET display_name = ?, display_name_key = ?, external_id = ?,"
                                 " modified_ms = ?, version = ?, doc = ? WHERE seq = ?"),
                  {r.name, r.nameKey, nullableText(r.externalId), r.modifiedMs, r.version, r.rawDoc, r.seq});
    if (!ok)
        noteError();
    return ok;
}

bool ResourceRepository::remove(ResourceKind kind, qint64 seq)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    // Memberships go with the resource (ON DELETE CASCADE), but say so explicitly so the behaviour does not
    // depend on foreign-key enforcement being switched on.
    const bool ok =
        m_db.execute(kind == ResourceKind::User ? QStringLiteral("DELETE FROM memberships WHERE user_seq = ?")
                                                : QStringLiteral("DELETE FROM memberships WHERE group_seq = ?"),
                     {seq}) &&
        m_db.execute(kind == ResourceKind::User ? QStringLiteral("DELETE FROM scim_users WHERE seq = ?")
                                                : QStringLiteral("DELETE FROM scim_groups WHERE seq = ?"),
                     {seq});
    if (!ok)
        noteError();
    return ok;
}

QList<qint64> ResourceRepository::orderedSeqs(ResourceKind kind, qint64 directoryId)
{
    QList<qint64> seqs;
    if (!m_db.select(kind == ResourceKind::User
                         ? QStringLiteral("SELECT seq FROM scim_users WHERE directory_id = ? ORDER BY seq")
                         : QStringLiteral("SELECT seq FROM scim_groups WHERE directory_id = ? ORDER BY seq"),
                     {directoryId}, [&](const SqlRow &row) {
                         seqs.append(row.int64(0));
                         return true;
                     }))
        noteError();
    return seqs;
}

QList<StoredResource> ResourceRepository::range(ResourceKind kind, qint64 directoryId, qint64 firstSeq, qint64 lastSeq)
{
    QList<StoredResource> result;
    if (!m_db.select(QStringLiteral("SELECT ") + columns(kind) +
                         QStringLiteral(" WHERE seq >= ? AND seq <= ? AND directory_id = ? ORDER BY seq"),
                     {firstSeq, lastSeq, directoryId}, [&](const SqlRow &row) {
                         result.append(read(row));
                         return true;
                     }))
        noteError();
    return result;
}

bool ResourceRepository::forEach(ResourceKind kind, qint64 directoryId,
                                 const std::function<bool(StoredResource &&)> &visit)
{
    // The visitor may run other statements (never this one) while this one is being stepped.
    const bool ok =
        m_db.select(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? ORDER BY seq"),
                    {directoryId}, [&](const SqlRow &row) { return visit(read(row)); });
    if (!ok)
        noteError();
    return ok;
}

QList<MemberRef> ResourceRepository::members(qint64 groupSeq)
{
    QList<MemberRef> result;
    if (!m_db.select(
            QStringLiteral("SELECT u.seq, u.id, u.user_name FROM memberships m JOIN scim_users u ON u.seq = m.user_seq"
                           " WHERE m.group_seq = ? ORDER BY m.added_ms, u.seq"),
            {groupSeq}, [&](const SqlRow &row) {
                result.append({row.int64(0), row.text(1), row.text(2)});
                return true;
            }))
        noteError();
    return result;
}

qint64 ResourceRepository::memberCount(qint64 groupSeq)
{
    qint64 n = 0;
    if (!m_db.select(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_seq = ?"), {groupSeq},
                     [&](const SqlRow &row) {
                         n = row.int64(0);
                         return false;
                     }))
        noteError();
    return n;
}

QHash<qint64, QList<GroupRef>> ResourceRepository::groupsOfUsers(const QList<qint64> &userSeqs)
{
    QHash<qint64, QList<GroupRef>> result;
    // In chunks with one statement per chunk size, so a page of 100 users is one query.
    constexpr qsizetype Chunk = 100;
    for (qsizetype start = 0; start < userSeqs.size(); start += Chunk) {
        const qsizetype n = qMin(Chunk, userSeqs.size() - start);
        QVariantList binds;
        binds.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            binds.append(userSeqs.at(start + i));
        const QString sql =
            n == 1
                ? QStringLiteral("SELECT m.user_seq, g.id, g.display_name FROM memberships m JOIN scim_groups g"
                                 " ON g.seq = m.group_seq WHERE m.user_seq = ? ORDER BY g.display_name_key")
                : QStringLiteral("SELECT m.user_seq, g.id, g.display_name FROM memberships m JOIN scim_groups g"
                                 " ON g.seq = m.group_seq WHERE m.user_seq IN (") +
                      QStringList(n, QStringLiteral("?")).join(u',') + QStringLiteral(") ORDER BY g.display_name_key");
        if (!m_db.select(sql, binds, [&](const SqlRow &row) {
                result[row.int64(0)].append({row.text(1), row.text(2)});
                return true;
            }))
            noteError();
    }
    return result;
}

QHash<QString, MemberRef> ResourceRepository::usersByIds(qint64 directoryId, const QStringList &ids)
{
    QHash<QString, MemberRef> result;
    // In chunks, one statement per chunk size, so an Okta push of 100 members is one round trip.
    constexpr qsizetype Chunk = 100;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const qsizetype n = qMin(Chunk, ids.size() - start);
        QVariantList binds{directoryId};
        for (qsizetype i = 0; i < n; ++i)
            binds.append(ids.at(start + i));
        if (!m_db.select(
                QStringLiteral("SELECT seq, id, user_name FROM scim_users WHERE directory_id = ? AND id IN (") +
                    QStringList(n, QStringLiteral("?")).join(u',') + u')',
                binds, [&](const SqlRow &row) {
                    result.insert(row.text(1), {row.int64(0), row.text(1), row.text(2)});
                    return true;
                }))
            noteError();
    }
    return result;
}

bool ResourceRepository::addMembers(qint64 groupSeq, const QList<qint64> &userSeqs, qint64 atMs)
{
    if (userSeqs.isEmpty())
        return true;
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    for (qint64 userSeq : userSeqs) {
        if (!m_db.execute(
                QStringLiteral(
                    "INSERT INTO memberships (group_seq, user_seq, added_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                {groupSeq, userSeq, atMs})) {
            noteError();
            return false;
        }
    }
    return true;
}

bool ResourceRepository::removeMembers(qint64 groupSeq, const QList<qint64> &userSeqs)
{
    if (userSeqs.isEmpty())
        return true;
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    for (qint64 userSeq : userSeqs) {
        if (!m_db.execute(QStringLiteral("DELETE FROM memberships WHERE group_seq = ? AND user_seq = ?"),
                          {groupSeq, userSeq})) {
            noteError();
            return false;
        }
    }
    return true;
}

bool ResourceRepository::clearMembers(qint64 groupSeq)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    const bool ok = m_db.execute(QStringLiteral("DELETE FROM memberships WHERE group_seq = ?"), {groupSeq});
    if (!ok)
        noteError();
    return ok;
}

} // namespace scimdesk
