// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/Schema.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace scimdesk {

class Database;

// A stored User or Group. `doc` holds the client-supplied attributes (everything but id, meta and derived
// attributes such as a user's groups or a group's members); the other fields are indexed copies or server data.
struct StoredResource
{
    qint64 seq = 0; // internal, stable insertion order (the paging order)
    qint64 directoryId = 0;
    QString id;
    QString name;    // userName or group displayName, case preserved
    QString nameKey; // case-folded name: uniqueness and case-insensitive lookup
    QString externalId;
    QString displayName; // users only
    bool active = true;  // users only
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    qint64 version = 1;
    QByteArray rawDoc; // the document as stored: compact JSON

    // The document, parsed on first use (list pages and reads by id are served from rawDoc without parsing).
    const QJsonObject &doc() const;
    void setDoc(const QJsonObject &doc);

private:
    mutable std::optional<QJsonObject> m_parsed;
};

struct MemberRef
{
    qint64 userSeq = 0;
    QString userId;
    QString userName;
};

struct GroupRef
{
    QString groupId;
    QString displayName;
};

// All SQL for users, groups and memberships. Every method runs in the caller's transaction, if any.
class ResourceRepository final
{
public:
    explicit ResourceRepository(Database &db) : m_db(db) {}

    static QString nameKey(const QString &name) { return name.toCaseFolded(); }

    std::optional<StoredResource> byId(ResourceKind kind, qint64 directoryId, const QString &id);
    std::optional<StoredResource> byNameKey(ResourceKind kind, qint64 directoryId, const QString &key);
    QList<StoredResource> byExternalId(ResourceKind kind, qint64 directoryId, const QString &externalId);

    bool insert(ResourceKind kind, StoredResource &resource); // sets seq
    bool update(ResourceKind kind, const StoredResource &resource);
    bool remove(ResourceKind kind, qint64 seq);

    // Every resource's seq in order: what the service caches to turn a page into a primary-key range.
    QList<qint64> orderedSeqs(ResourceKind kind, qint64 directoryId);
    // The directory's resources with firstSeq <= seq <= lastSeq, in order.
    QList<StoredResource> range(ResourceKind kind, qint64 directoryId, qint64 firstSeq, qint64 lastSeq);
    // Calls `visit` for every resource in order until it returns false.
    bool forEach(ResourceKind kind, qint64 directoryId, const std::function<bool(StoredResource &&)> &visit);

    // Memberships
    QList<MemberRef> members(qint64 groupSeq);
    qint64 memberCount(qint64 groupSeq);
    QHash<qint64, QList<GroupRef>> groupsOfUsers(const QList<qint64> &userSeqs);
    QHash<QString, MemberRef> usersByIds(qint64 directoryId, const QStringList &ids); // only those that exist
    bool addMembers(qint64 groupSeq, const QList<qint64> &userSeqs, qint64 atMs);     // ignores existing ones
    bool removeMembers(qint64 groupSeq, const QList<qint64> &userSeqs);
    bool clearMembers(qint64 groupSeq);

    QString lastError() const { return m_lastError; }

private:
    void noteError();
    Database &m_db;
    QString m_lastError;
};

} // namespace scimdesk
