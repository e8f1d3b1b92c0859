// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "ScimConstants.h"

#include <QJsonArray>

namespace scimdesk {

namespace {

using T = AttributeDef::Type;
using M = AttributeDef::Mutability;
using R = AttributeDef::Returned;
using U = AttributeDef::Uniqueness;

AttributeDef attr(const QString &name, T type, const QString &description)
{
    AttributeDef a;
    a.name = name;
    a.type = type;
    a.description = description;
    a.caseExact = (type == T::Reference || type == T::Binary);
    return a;
}

AttributeDef &&readOnly(AttributeDef &&a)
{
    a.mutability = M::ReadOnly;
    return std::move(a);
}
AttributeDef &&caseExact(AttributeDef &&a)
{
    a.caseExact = true;
    return std::move(a);
}

// The sub-attributes shared by the multi-valued attributes of RFC 7643 §2.4 (emails, phoneNumbers, …).
QList<AttributeDef> plural(const QString &valueDescription, const QStringList &types, T valueType = T::String)
{
    AttributeDef type = attr(QStringLiteral("type"), T::String, QStringLiteral("A label indicating the function."));
    type.canonicalValues = types;
    return {attr(QStringLiteral("value"), valueType, valueDescription),
            attr(QStringLiteral("display"), T::String, QStringLiteral("A human-readable name, primarily for display.")),
            type,
            attr(QStringLiteral("primary"), T::Boolean,
                 QStringLiteral("A Boolean value indicating the 'primary' or preferred value."))};
}

AttributeDef complexAttr(const QString &name, const QString &description, QList<AttributeDef> subs, bool isMulti)
{
    AttributeDef a = attr(name, T::Complex, description);
    a.multiValued = isMulti;
    a.subAttributes = std::move(subs);
    return a;
}

SchemaDef makeUser()
{
    SchemaDef s;
    s.id = Urn::User;
    s.name = QStringLiteral("User");
    s.description = QStringLiteral("User Account");

    AttributeDef userName = attr(QStringLiteral("userName"), T::String,
                                 QStringLiteral("Unique identifier for the User, typically used by the user to "
                                                "directly authenticate to the service provider."));
    userName.required = true;
    userName.uniqueness = U::Server;

    AttributeDef password = attr(QStringLiteral("password"), T::String,
                                 QStringLiteral("The User's cleartext password. Never stored or returned."));
    password.mutability = M::WriteOnly;
    password.returned = R::Never;

    AttributeDef groupType = attr(QStringLiteral("type"), T::String, QStringLiteral("The type of group membership."));
    groupType.canonicalValues = {QStringLiteral("direct"), QStringLiteral("indirect")};
    groupType.mutability = M::ReadOnly;
    AttributeDef groupRef =
        readOnly(attr(QStringLiteral("$ref"), T::Reference, QStringLiteral("The URI of the Group.")));
    groupRef.referenceTypes = {QStringLiteral("Group")};
    AttributeDef groups = readOnly(complexAttr(
        QStringLiteral("groups"), QStringLiteral("A list of groups to which the user belongs."),
        {readOnly(attr(QStringLiteral("value"), T::String, QStringLiteral("The identifier of the User's group."))),
         groupRef,
         readOnly(attr(QStringLiteral("display"), T::String, QStringLiteral("The display name of the group."))),
         groupType},
        true));

    const QStringList addressTypes{QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("other")};
    const QStringList emailTypes = addressTypes;
    const QStringList phoneTypes{QStringLiteral("work"), QStringLiteral("home"),  QStringLiteral("mobile"),
                                 QStringLiteral("fax"),  QStringLiteral("pager"), QStringLiteral("other")};

    s.attributes = {
        userName,
        complexAttr(
            QStringLiteral("name"), QStringLiteral("The components of the user's real name."),
            {attr(QStringLiteral("formatted"), T::String, QStringLiteral("The full name, formatted for display.")),
             attr(QStringLiteral("familyName"), T::String, QStringLiteral("The family name of the User.")),
             attr(QStringLiteral("givenName"), T::String, QStringLiteral("The given name of the User.")),
             attr(QStringLiteral("middleName"), T::String, QStringLiteral("The middle name(s) of the User.")),
             attr(QStringLiteral("honorificPrefix"), T::String, QStringLiteral("The honorific prefix(es).")),
             attr(QStringLiteral("honorificSuffix"), T::String, QStringLiteral("The honorific suffix(es)."))},
            false),
        attr(QStringLiteral("displayName"), T::String, QStringLiteral("The name of the User, suitable for display.")),
        attr(QStringLiteral("nickName"), T::String, QStringLiteral("The casual way to address the user.")),
        attr(QStringLiteral("profileUrl"), T::Reference,
             QStringLiteral("A fully qualified URL to the User's profile.")),
        attr(QStringLiteral("title"), T::String, QStringLiteral("The user's title, such as \"Vice President\".")),
        attr(QStringLiteral("userType"), T::String,
             QStringLiteral("The relationship between the organization and the user.")),
        attr(QStringLiteral("preferredLanguage"), T::String,
             QStringLiteral("The User's preferred written or spoken language.")),
        attr(QStringLiteral("locale"), T::String, QStringLiteral("The User's default location.")),
        attr(QStringLiteral("timezone"), T::String, QStringLiteral("The User's time zone in 'Olson' format.")),
        attr(QStringLiteral("active"), T::Boolean, QStringLiteral("The User's administrative status.")),
        password,
        complexAttr(QStringLiteral("emails"), QStringLiteral("Email addresses for the user."),
                    plural(QStringLiteral("Email addresses for the user."), emailTypes), true),
        complexAttr(QStringLiteral("phoneNumbers"), QStringLiteral("Phone numbers for the User."),
                    plural(QStringLiteral("Phone number of the User."), phoneTypes), true),
        complexAttr(QStringLiteral("ims"), QStringLiteral("Instant messaging addresses for the User."),
                    plural(QStringLiteral("Instant messaging address for the User."), {}), true),
        complexAttr(QStringLiteral("photos"), QStringLiteral("URLs of photos of the User."),
                    plural(QStringLiteral("URL of a photo of the User."),
                           {QStringLiteral("photo"), QStringLiteral("thumbnail")}, T::Reference),
                    true),
        complexAttr(QStringLiteral("addresses"), QStringLiteral("A physical mailing address for this User."),
                    {attr(QStringLiteral("formatted"), T::String, QStringLiteral("The full mailing address.")),
                     attr(QStringLiteral("streetAddress"), T::String, QStringLiteral("The full street address.")),
                     attr(QStringLiteral("locality"), T::String, QStringLiteral("The city or locality.")),
                     attr(QStringLiteral("region"), T::String, QStringLiteral("The state or region.")),
                     attr(QStringLiteral("postalCode"), T::String, QStringLiteral("The zip code or postal code.")),
                     attr(QStringLiteral("country"), T::String, QStringLiteral("The country name component.")),
                     [&] {
                         AttributeDef t = attr(QStringLiteral("type"), T::String,
                                               QStringLiteral("A label indicating the function."));
                         t.canonicalValues = addressTypes;
                         return t;
                     }(),
                     attr(QStringLiteral("primary"), T::Boolean, QStringLiteral("The primary mailing address."))},
                    true),
        groups,
        complexAttr(QStringLiteral("entitlements"), QStringLiteral("A list of entitlements for the User."),
                    plural(QStringLiteral("The value of an entitlement."), {}), true),
        complexAttr(QStringLiteral("roles"), QStringLiteral("A list of roles for the User."),
                    plural(QStringLiteral("The value of a role."), {}), true),
        complexAttr(QStringLiteral("x509Certificates"), QStringLiteral("A list of certificates issued to the User."),
                    plural(QStringLiteral("The value of an X.509 certificate."), {}, T::Binary), true),
    };
    return s;
}

SchemaDef makeEnterpriseUser()
{
    SchemaDef s;
    s.id = Urn::EnterpriseUser;
    s.name = QStringLiteral("EnterpriseUser");
    s.description = QStringLiteral("Enterprise User");
    AttributeDef managerRef = attr(QStringLiteral("$ref"), T::Reference, QStringLiteral("The URI of the manager."));
    managerRef.referenceTypes = {QStringLiteral("User")};
    s.attributes = {
        attr(QStringLiteral("employeeNumber"), T::String,
             QStringLiteral("Numeric or alphanumeric identifier assigned to a person.")),
        attr(QStringLiteral("costCenter"), T::String, QStringLiteral("Identifies the name of a cost center.")),
        attr(QStringLiteral("organization"), T::String, QStringLiteral("Identifies the name of an organization.")),
        attr(QStringLiteral("division"), T::String, QStringLiteral("Identifies the name of a division.")),
        attr(QStringLiteral("department"), T::String, QStringLiteral("Identifies the name of a department.")),
        complexAttr(QStringLiteral("manager"), QStringLiteral("The User's manager."),
                    {attr(QStringLiteral("value"), T::String,
                          QStringLiteral("The id of the SCIM resource representing the manager.")),
                     managerRef,
                     readOnly(attr(QStringLiteral("displayName"), T::String,
                                   QStringLiteral("The displayName of the manager.")))},
                    false),
    };
    return s;
}

SchemaDef makeGroup()
{
    SchemaDef s;
    s.id = Urn::Group;
    s.name = QStringLiteral("Group");
    s.description = QStringLiteral("Group");
    AttributeDef displayName =
        attr(QStringLiteral("displayName"), T::String, QStringLiteral("A human-readable name for the Group."));
    displayName.required = true;
    displayName.uniqueness = U::Server;
    AttributeDef value =
        attr(QStringLiteral("value"), T::String, QStringLiteral("Identifier of the member of this Group."));
    value.mutability = M::Immutable;
    AttributeDef ref = attr(QStringLiteral("$ref"), T::Reference, QStringLiteral("The URI of the member resource."));
    ref.mutability = M::Immutable;
    ref.referenceTypes = {QStringLiteral("User"), QStringLiteral("Group")};
    AttributeDef type =
        attr(QStringLiteral("type"), T::String, QStringLiteral("A label indicating the type of resource."));
    type.mutability = M::Immutable;
    type.canonicalValues = {QStringLiteral("User"), QStringLiteral("Group")};
    AttributeDef display =
        readOnly(attr(QStringLiteral("display"), T::String, QStringLiteral("The member's userName.")));
    s.attributes = {displayName,
                    complexAttr(QStringLiteral("members"), QStringLiteral("A list of members of the Group."),
                                {value, ref, type, display}, true)};
    return s;
}

// Attributes every resource has (RFC 7643 §3.1): id, externalId, meta.
const QList<AttributeDef> &commonAttributes()
{
    static const QList<AttributeDef> common = [] {
        AttributeDef id = caseExact(
            readOnly(attr(QStringLiteral("id"), T::String,
                          QStringLiteral("Unique identifier for the resource, assigned by the service provider."))));
        id.returned = R::Always;
        id.uniqueness = U::Server;
        AttributeDef externalId =
            caseExact(attr(QStringLiteral("externalId"), T::String,
                           QStringLiteral("Identifier of the resource as defined by the provisioning client.")));
        AttributeDef meta = readOnly(complexAttr(
            QStringLiteral("meta"), QStringLiteral("Resource metadata."),
            {caseExact(readOnly(
                 attr(QStringLiteral("resourceType"), T::String, QStringLiteral("The name of the resource type.")))),
             readOnly(attr(QStringLiteral("created"), T::DateTime, QStringLiteral("When the resource was added."))),
             readOnly(attr(QStringLiteral("lastModified"), T::DateTime,
                           QStringLiteral("When the resource was last modified."))),
             caseExact(
                 readOnly(attr(QStringLiteral("location"), T::Reference, QStringLiteral("The URI of the resource.")))),
             caseExact(readOnly(
                 attr(QStringLiteral("version"), T::String, QStringLiteral("The version (ETag) of the resource."))))},
            false));
        return QList<AttributeDef>{id, externalId, meta};
    }();
    return common;
}

const AttributeDef *findIn(const QList<AttributeDef> &list, QStringView name)
{
    for (const AttributeDef &a : list) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QString typeName(T t)
{
    switch (t) {
    case T::String:
        return QStringLiteral("string");
    case T::Boolean:
        return QStringLiteral("boolean");
    case T::Decimal:
        return QStringLiteral("decimal");
    case T::Integer:
        return QStringLiteral("integer");
    case T::DateTime:
        return QStringLiteral("dateTime");
    case T::Binary:
        return QStringLiteral("binary");
    case T::Reference:
        return QStringLiteral("reference");
    case T::Complex:
        return QStringLiteral("complex");
    }
    return {};
}

QString mutabilityName(M m)
{
    switch (m) {
    case M::ReadOnly:
        return QStringLiteral("readOnly");
    case M::ReadWrite:
        return QStringLiteral("readWrite");
    case M::Immutable:
        return QStringLiteral("immutable");
    case M::WriteOnly:
        return QStringLiteral("writeOnly");
    }
    return {};
}

QString returnedName(R r)
{
    switch (r) {
    case R::Always:
        return QStringLiteral("always");
    case R::Never:
        return QStringLiteral("never");
    case R::Default:
        return QStringLiteral("default");
    case R::Request:
        return QStringLiteral("request");
    }
    return {};
}

QString uniquenessName(U u)
{
    switch (u) {
    case U::None:
        return QStringLiteral("none");
    case U::Server:
        return QStringLiteral("server");
    case U::Global:
        return QStringLiteral("global");
    }
    return {};
}

} // namespace

const AttributeDef *AttributeDef::subAttribute(QStringView subName) const
{
    return findIn(subAttributes, subName);
}

QJsonObject AttributeDef::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), typeName(type)},
                  {QStringLiteral("multiValued"), multiValued},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("required"), required},
                  {QStringLiteral("mutability"), mutabilityName(mutability)},
                  {QStringLiteral("returned"), returnedName(returned)}};
    if (type != T::Complex && type != T::Boolean) {
        o.insert(QStringLiteral("caseExact"), caseExact);
        o.insert(QStringLiteral("uniqueness"), uniquenessName(uniqueness));
    }
    if (!canonicalValues.isEmpty())
        o.insert(QStringLiteral("canonicalValues"), QJsonArray::fromStringList(canonicalValues));
    if (!referenceTypes.isEmpty())
        o.insert(QStringLiteral("referenceTypes"), QJsonArray::fromStringList(referenceTypes));
    if (!subAttributes.isEmpty()) {
        QJsonArray subs;
        for (const AttributeDef &s : subAttributes)
            subs.append(s.toJson());
        o.insert(QStringLiteral("subAttributes"), subs);
    }
    return o;
}

const AttributeDef *SchemaDef::attribute(QStringView attrName) const
{
    return findIn(attributes, attrName);
}

QJsonObject SchemaDef::toJson(const QString &baseUrl) const
{
    QJsonArray attrs;
    for (const AttributeDef &a : attributes)
        attrs.append(a.toJson());
    return {{QStringLiteral("schemas"), QJsonArray{Urn::Schema}},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("attributes"), attrs},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                         {QStringLiteral("location"), QString(baseUrl + QStringLiteral("/Schemas/") + id)}}}};
}

const SchemaDef &Schemas::user()
{
    static const SchemaDef s = makeUser();
    return s;
}

const SchemaDef &Schemas::enterpriseUser()
{
    static const SchemaDef s = makeEnterpriseUser();
    return s;
}

const SchemaDef &Schemas::group()
{
    static const SchemaDef s = makeGroup();
    return s;
}

QList<const SchemaDef *> Schemas::all()
{
    return {&user(), &enterpriseUser(), &group()};
}

const SchemaDef *Schemas::byId(QStringView urn)
{
    for (const SchemaDef *s : all()) {
        if (s->id.compare(urn, Qt::CaseInsensitive) == 0)
            return s;
    }
    return nullptr;
}

QString Schemas::coreUrn(ResourceKind kind)
{
    return kind == ResourceKind::User ? Urn::User : Urn::Group;
}

QStringList Schemas::extensionUrns(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringList{Urn::EnterpriseUser} : QStringList{};
}

const AttributeDef *Schemas::find(ResourceKind kind, QStringView urn, QStringView attrName)
{
    const SchemaDef &core = kind == ResourceKind::User ? user() : group();
    if (urn.isEmpty() || core.id.compare(urn, Qt::CaseInsensitive) == 0) {
        if (const AttributeDef *a = core.attribute(attrName))
            return a;
        return findIn(commonAttributes(), attrName);
    }
    for (const QString &ext : extensionUrns(kind)) {
        if (ext.compare(urn, Qt::CaseInsensitive) == 0)
            return byId(ext)->attribute(attrName);
    }
    return nullptr;
}

const AttributeDef *Schemas::find(ResourceKind kind, QStringView urn, QStringView attrName, QStringView subAttr)
{
    const AttributeDef *parent = find(kind, urn, attrName);
    return parent ? parent->subAttribute(subAttr) : nullptr;
}

Schemas::SplitPath Schemas::splitPath(QStringView path)
{
    SplitPath out;
    QStringView rest = path;
    if (rest.startsWith(u"urn:", Qt::CaseInsensitive)) {
        // A known schema URN as a prefix, followed by ':' and the attribute, or the URN alone.
        bool matched = false;
        for (const SchemaDef *s : all()) {
            if (rest.size() >= s->id.size() && rest.left(s->id.size()).compare(s->id, Qt::CaseInsensitive) == 0) {
                if (rest.size() == s->id.size()) {
                    out.urn = s->id;
                    return out;
                }
                if (rest.at(s->id.size()) == u':') {
                    out.urn = s->id;
                    rest = rest.mid(s->id.size() + 1);
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) {
            // Unknown extension: the URN runs up to the last ':' before the attribute name. A dot after that
            // colon separates the sub-attribute; dots inside the URN (e.g. "2.0") come before the last colon.
            const qsizetype colon = rest.lastIndexOf(u':');
            out.urn = rest.left(colon).toString();
            rest = rest.mid(colon + 1);
        }
    }
    const qsizetype dot = rest.indexOf(u'.');
    if (dot < 0) {
        out.attribute = rest.toString();
    } else {
        out.attribute = rest.left(dot).toString();
        out.subAttribute = rest.mid(dot + 1).toString();
    }
    return out;
}

} // namespace scimdesk
