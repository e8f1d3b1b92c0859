// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceRepository.h"

#include "Database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
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

StoredResource read(const QSqlQuery &q)
{
    StoredResource r;
    r.seq = q.value(0).toLongLong();
    r.directoryId = q.value(1).toLongLong();
    r.id = q.value(2).toString();
    r.name = q.value(3).toString();
    r.nameKey = q.value(4).toString();
    r.externalId = q.value(5).toString();
    r.displayName = q.value(6).toString();
    r.active = q.value(7).toInt() != 0;
    r.createdMs = q.value(8).toLongLong();
    r.modifiedMs = q.value(9).toLongLong();
    r.version = q.value(10).toLongLong();
    r.rawDoc = q.value(11).toByteArray();
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

bool ResourceRepository::execChecked(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_lastError = sqlErrorText(q);
    qCWarning(lcStore) << "query failed:" << m_lastError;
    return false;
}

std::optional<StoredResource> ResourceRepository::byId(ResourceKind kind, qint64 directoryId, const QString &id)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? AND id = ?"));
    q.bindValue(0, directoryId);
    q.bindValue(1, id);
    std::optional<StoredResource> result;
    if (execChecked(q) && q.next())
        result = read(q);
    q.finish();
    return result;
}

std::optional<StoredResource> ResourceRepository::byNameKey(ResourceKind kind, qint64 directoryId, const QString &key)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? AND ") +
                      nameKeyColumn(kind) + QStringLiteral(" = ?"));
    q.bindValue(0, directoryId);
    q.bindValue(1, key);
    std::optional<StoredResource> result;
    if (execChecked(q) && q.next())
        result = read(q);
    q.finish();
    return result;
}

QList<StoredResource> ResourceRepository::byExternalId(ResourceKind kind, qint64 directoryId, const QString &externalId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + columns(kind) +
                                 QStringLiteral(" WHERE directory_id = ? AND external_id = ? ORDER BY seq"));
    q.bindValue(0, directoryId);
    q.bindValue(1, externalId);
    QList<StoredResource> result;
    if (execChecked(q)) {
        while (q.next())
            result.append(read(q));
    }
    q.finish();
    return result;
}

bool ResourceRepository::insert(ResourceKind kind, StoredResource &r)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    const QByteArray &doc = r.rawDoc;
    if (kind == ResourceKind::User) {
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "INSERT INTO scim_users (directory_id, id, user_name, user_name_key, external_id, display_name, active,"
            " created_ms, modified_ms, version, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
        q.bindValue(0, r.directoryId);
        q.bindValue(1, r.id);
        q.bindValue(2, r.name);
        q.bindValue(3, r.nameKey);
        q.bindValue(4, nullableText(r.externalId));
        q.bindValue(5, nullableText(r.displayName));
        q.bindValue(6, r.active ? 1 : 0);
        q.bindValue(7, r.createdMs);
        q.bindValue(8, r.modifiedMs);
        q.bindValue(9, r.version);
        q.bindValue(10, doc);
        const bool ok = execChecked(q) && q.next();
        if (ok)
            r.seq = q.value(0).toLongLong();
        q.finish();
        return ok;
    }
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO scim_groups (directory_id, id, display_name, display_name_key, external_id, created_ms,"
        " modified_ms, version, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    q.bindValue(0, r.directoryId);
    q.bindValue(1, r.id);
    q.bindValue(2, r.name);
    q.bindValue(3, r.nameKey);
    q.bindValue(4, nullableText(r.externalId));
    q.bindValue(5, r.createdMs);
    q.bindValue(6, r.modifiedMs);
    q.bindValue(7, r.version);
    q.bindValue(8, doc);
    const bool ok = execChecked(q) && q.next();
    if (ok)
        r.seq = q.value(0).toLongLong();
    q.finish();
    return ok;
}

bool ResourceRepository::update(ResourceKind kind, const StoredResource &r)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    const QByteArray &doc = r.rawDoc;
    if (kind == ResourceKind::User) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("UPDATE scim_users SET user_name = ?, user_name_key = ?, external_id = ?, display_name = ?,"
                           " active = ?, modified_ms = ?, version = ?, doc = ? WHERE seq = ?"));
        q.bindValue(0, r.name);
        q.bindValue(1, r.nameKey);
        q.bindValue(2, nullableText(r.externalId));
        q.bindValue(3, nullableText(r.displayName));
        q.bindValue(4, r.active ? 1 : 0);
        q.bindValue(5, r.modifiedMs);
        q.bindValue(6, r.version);
        q.bindValue(7, doc);
        q.bindValue(8, r.seq);
        const bool ok = execChecked(q);
        q.finish();
        return ok;
    }
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("UPDATE scim_groups SET display_name = ?, display_name_key = ?, external_id = ?,"
                                     " modified_ms = ?, version = ?, doc = ? WHERE seq = ?"));
    q.bindValue(0, r.name);
    q.bindValue(1, r.nameKey);
    q.bindValue(2, nullableText(r.externalId));
    q.bindValue(3, r.modifiedMs);
    q.bindValue(4, r.version);
    q.bindValue(5, doc);
    q.bindValue(6, r.seq);
    const bool ok = execChecked(q);
    q.finish();
    return ok;
}

bool ResourceRepository::remove(ResourceKind kind, qint64 seq)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    // Memberships go with the resource (ON DELETE CASCADE), but say so explicitly so the behaviour does not
    // depend on foreign-key enforcement being switched on.
    QSqlQuery &m =
        m_db.prepared(kind == ResourceKind::User ? QStringLiteral("DELETE FROM memberships WHERE user_seq = ?")
                                                 : QStringLiteral("DELETE FROM memberships WHERE group_seq = ?"));
    m.bindValue(0, seq);
    if (!execChecked(m))
        return false;
    m.finish();
    QSqlQuery &q = m_db.prepared(kind == ResourceKind::User ? QStringLiteral("DELETE FROM scim_users WHERE seq = ?")
                                                            : QStringLiteral("DELETE FROM scim_groups WHERE seq = ?"));
    q.bindValue(0, seq);
    const bool ok = execChecked(q);
    q.finish();
    return ok;
}

QList<qint64> ResourceRepository::orderedSeqs(ResourceKind kind, qint64 directoryId)
{
    QSqlQuery &q = m_db.prepared(
        kind == ResourceKind::User ? QStringLiteral("SELECT seq FROM scim_users WHERE directory_id = ? ORDER BY seq")
                                   : QStringLiteral("SELECT seq FROM scim_groups WHERE directory_id = ? ORDER BY seq"));
    q.bindValue(0, directoryId);
    QList<qint64> seqs;
    if (execChecked(q)) {
        while (q.next())
            seqs.append(q.value(0).toLongLong());
    }
    q.finish();
    return seqs;
}

QList<StoredResource> ResourceRepository::range(ResourceKind kind, qint64 directoryId, qint64 firstSeq, qint64 lastSeq)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + columns(kind) +
                                 QStringLiteral(" WHERE seq >= ? AND seq <= ? AND directory_id = ? ORDER BY seq"));
    q.bindValue(0, firstSeq);
    q.bindValue(1, lastSeq);
    q.bindValue(2, directoryId);
    QList<StoredResource> result;
    if (execChecked(q)) {
        while (q.next())
            result.append(read(q));
    }
    q.finish();
    return result;
}

bool ResourceRepository::forEach(ResourceKind kind, qint64 directoryId,
                                 const std::function<bool(StoredResource &&)> &visit)
{
    // A fresh statement: a visitor may itself use the cached prepared statements.
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns(kind) + QStringLiteral(" WHERE directory_id = ? ORDER BY seq"));
    q.bindValue(0, directoryId);
    if (!execChecked(q))
        return false;
    while (q.next()) {
        if (!visit(read(q)))
            break;
    }
    return true;
}

QList<MemberRef> ResourceRepository::members(qint64 groupSeq)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT u.seq, u.id, u.user_name FROM memberships m JOIN scim_users u ON u.seq = m.user_seq"
                       " WHERE m.group_seq = ? ORDER BY m.added_ms, u.seq"));
    q.bindValue(0, groupSeq);
    QList<MemberRef> result;
    if (execChecked(q)) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    q.finish();
    return result;
}

qint64 ResourceRepository::memberCount(qint64 groupSeq)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_seq = ?"));
    q.bindValue(0, groupSeq);
    qint64 n = 0;
    if (execChecked(q) && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QHash<qint64, QList<GroupRef>> ResourceRepository::groupsOfUsers(const QList<qint64> &userSeqs)
{
    QHash<qint64, QList<GroupRef>> result;
    if (userSeqs.isEmpty())
        return result;
    if (userSeqs.size() == 1) {
        QSqlQuery &q =
            m_db.prepared(QStringLiteral("SELECT m.user_seq, g.id, g.display_name FROM memberships m JOIN scim_groups g"
                                         " ON g.seq = m.group_seq WHERE m.user_seq = ? ORDER BY g.display_name_key"));
        q.bindValue(0, userSeqs.first());
        if (execChecked(q)) {
            while (q.next())
                result[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
        }
        q.finish();
        return result;
    }
    // Integers only, so building the IN list is safe; chunked to stay under engine parameter limits.
    for (qsizetype start = 0; start < userSeqs.size(); start += 500) {
        QStringList ids;
        for (qsizetype i = start; i < qMin(start + 500, userSeqs.size()); ++i)
            ids.append(QString::number(userSeqs.at(i)));
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT m.user_seq, g.id, g.display_name FROM memberships m JOIN scim_groups g"
                                   " ON g.seq = m.group_seq WHERE m.user_seq IN (") +
                    ids.join(u',') + QStringLiteral(") ORDER BY g.display_name_key"))) {
            m_lastError = sqlErrorText(q);
            continue;
        }
        while (q.next())
            result[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
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
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT seq, id, user_name FROM scim_users WHERE directory_id = ? AND id IN (") +
            marks.join(u',') + u')');
        q.bindValue(0, directoryId);
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i + 1), ids.at(start + i));
        if (execChecked(q)) {
            while (q.next())
                result.insert(q.value(1).toString(),
                              {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        }
        q.finish();
    }
    return result;
}

bool ResourceRepository::addMembers(qint64 groupSeq, const QList<qint64> &userSeqs, qint64 atMs)
{
    if (userSeqs.isEmpty())
        return true;
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO memberships (group_seq, user_seq, added_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 userSeq : userSeqs) {
        q.bindValue(0, groupSeq);
        q.bindValue(1, userSeq);
        q.bindValue(2, atMs);
        if (!execChecked(q))
            return false;
    }
    q.finish();
    return true;
}

bool ResourceRepository::removeMembers(qint64 groupSeq, const QList<qint64> &userSeqs)
{
    if (userSeqs.isEmpty())
        return true;
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM memberships WHERE group_seq = ? AND user_seq = ?"));
    for (qint64 userSeq : userSeqs) {
        q.bindValue(0, groupSeq);
        q.bindValue(1, userSeq);
        if (!execChecked(q))
            return false;
    }
    q.finish();
    return true;
}

bool ResourceRepository::clearMembers(qint64 groupSeq)
{
    m_db.bumpChangeCounter(); // see Database::changeCounter()
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM memberships WHERE group_seq = ?"));
    q.bindValue(0, groupSeq);
    const bool ok = execChecked(q);
    q.finish();
    return ok;
}

} // namespace scimdesk
