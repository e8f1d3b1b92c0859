// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/Schema.h"
#include "scim/ScimError.h"
#include "store/ResourceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace scimdesk {

// Converts between the wire representation of Users and Groups and what the store keeps. Input is validated
// against the schema (types, required attributes, boolean strings), read-only attributes are dropped, unknown
// attributes in the core namespace and extension objects are kept as sent, and the password is never kept.
class ResourceCodec final
{
    Q_DECLARE_TR_FUNCTIONS(ResourceCodec)

public:
    struct Input
    {
        QJsonObject doc; // what the store keeps (see StoredResource::doc)
        QString name;    // userName / group displayName
        QString externalId;
        QString displayName;
        std::optional<bool> active;           // users: absent means "unchanged" on PUT, true on POST
        std::optional<QStringList> memberIds; // groups: absent when the body has no "members"
        bool hadPassword = false;
    };

    static ScimResult<Input> parse(ResourceKind kind, const QJsonObject &body);
    // The user ids of a member list (an array, or one object) of {"value": id, …}: each needs a string value and
    // no type other than User (nested groups are not supported). `where` names it in errors ("members").
    static ScimResult<QStringList> memberIds(const QJsonValue &value, const QString &where);

    // The full representation, as GET returns it. `related` are a user's groups, or a group's members
    // (nullptr for a group leaves "members" out, for requests that excluded it).
    static QJsonObject toJson(ResourceKind kind, const StoredResource &r, const QString &baseUrl,
                              const QList<GroupRef> *groups, const QList<MemberRef> *members);

    // The same representation as toJson(), serialised, built from the stored bytes without parsing them. Only for
    // responses without an attributes/excludedAttributes projection.
    static QByteArray toJsonBytes(ResourceKind kind, const StoredResource &r, const QString &baseUrl,
                                  const QList<GroupRef> *groups, const QList<MemberRef> *members);
    // "schemas" of a document: the core URN and the URN of every extension object it holds.
    static QJsonArray schemasOf(ResourceKind kind, const QJsonObject &doc);

    static QString formatTime(qint64 ms);         // ISO 8601 UTC with milliseconds, as in meta
    static QByteArray formatTimeBytes(qint64 ms); // the same, as Latin-1 bytes
    static QByteArray etag(qint64 version);
    static QString endpoint(ResourceKind kind)
    {
        return kind == ResourceKind::User ? QStringLiteral("Users") : QStringLiteral("Groups");
    }
};

// The `attributes` / `excludedAttributes` parameters (RFC 7644 §3.4.2.5) applied to representations.
class AttributeProjection final
{
public:
    AttributeProjection() = default;
    AttributeProjection(ResourceKind kind, const QString &attributes, const QString &excludedAttributes);

    bool isIdentity() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    // Whether the top-level attribute (e.g. "members") will be in the output; lets callers skip loading it.
    bool includes(const QString &attribute) const;
    QJsonObject apply(const QJsonObject &resource) const;

private:
    struct Selector
    {
        QString urn; // canonical URN when the selector is in an extension
        QString attribute;
        QString subAttribute;
    };
    static QList<Selector> parseList(ResourceKind kind, const QString &text);
    ResourceKind m_kind = ResourceKind::User;
    QList<Selector> m_include;
    QList<Selector> m_exclude;
};

} // namespace scimdesk
