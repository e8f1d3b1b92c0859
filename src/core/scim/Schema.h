// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scimdesk {

enum class ResourceKind { User, Group };

// One attribute definition of RFC 7643 §7, with its characteristics.
struct AttributeDef
{
    enum class Type { String, Boolean, Decimal, Integer, DateTime, Binary, Reference, Complex };
    enum class Mutability { ReadOnly, ReadWrite, Immutable, WriteOnly };
    enum class Returned { Always, Never, Default, Request };
    enum class Uniqueness { None, Server, Global };

    QString name;
    Type type = Type::String;
    bool multiValued = false;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    Uniqueness uniqueness = Uniqueness::None;
    QString description;
    QStringList canonicalValues;
    QStringList referenceTypes;
    QList<AttributeDef> subAttributes;

    // The sub-attribute named `name` (case-insensitive), or nullptr.
    const AttributeDef *subAttribute(QStringView subName) const;
    QJsonObject toJson() const;
};

// One schema (core or extension): its URN, name and attributes.
struct SchemaDef
{
    QString id;
    QString name;
    QString description;
    QList<AttributeDef> attributes;

    const AttributeDef *attribute(QStringView attrName) const;
    QJsonObject toJson(const QString &baseUrl) const;
};

// The schemas ScimDesk serves, and lookups of attribute characteristics by path.
// Names are matched case-insensitively (RFC 7643 §2.1). Unknown attributes resolve to nullptr: callers treat
// them as schema-less (kept as sent, strings compared case-insensitively).
class Schemas final
{
public:
    static const SchemaDef &user();
    static const SchemaDef &enterpriseUser();
    static const SchemaDef &group();
    static QList<const SchemaDef *> all();
    static const SchemaDef *byId(QStringView urn); // case-insensitive

    // The core schema URN of a resource kind, and the extension URNs it may carry.
    static QString coreUrn(ResourceKind kind);
    static QStringList extensionUrns(ResourceKind kind);

    // Resolves an attribute of `kind`: `urn` empty means the core schema (or, for a known extension URN, that
    // extension). Returns nullptr for unknown attributes.
    static const AttributeDef *find(ResourceKind kind, QStringView urn, QStringView attrName);
    // Resolves a sub-attribute; nullptr when the parent or the sub-attribute is unknown.
    static const AttributeDef *find(ResourceKind kind, QStringView urn, QStringView attrName, QStringView subAttr);

    // Splits a full attribute path such as "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value"
    // or "name.givenName" into (urn, attribute, subAttribute). A URN prefix is recognised when it is one of the
    // known schema URNs, or any string starting with "urn:" up to its last ':' (for unknown extensions).
    struct SplitPath
    {
        QString urn;
        QString attribute;
        QString subAttribute;
    };
    static SplitPath splitPath(QStringView path);
};

} // namespace scimdesk
