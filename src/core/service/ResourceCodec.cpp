// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceCodec.h"

#include "scim/ScimConstants.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace scimdesk {

namespace {

using T = AttributeDef::Type;

constexpr qsizetype MaxNameLength = 1024;

QString typeWord(T type)
{
    switch (type) {
    case T::String:
        return QStringLiteral("a string");
    case T::Boolean:
        return QStringLiteral("a boolean");
    case T::Decimal:
        return QStringLiteral("a number");
    case T::Integer:
        return QStringLiteral("an integer");
    case T::DateTime:
        return QStringLiteral("a date-time string");
    case T::Binary:
        return QStringLiteral("a base64 string");
    case T::Reference:
        return QStringLiteral("a URI string");
    case T::Complex:
        return QStringLiteral("an object");
    }
    return {};
}

ScimError wrongType(const QString &path, const AttributeDef &def)
{
    return ScimError::invalidValue(
        ResourceCodec::tr("\"%1\" must be %2%3.")
            .arg(path, typeWord(def.type), def.multiValued ? ResourceCodec::tr(" or an array of them") : QString()));
}

// Validates one (non-array) value of `def` and returns it normalised; Undefined means "unassigned".
ScimResult<QJsonValue> validateSingle(const AttributeDef &def, const QJsonValue &v, const QString &path)
{
    if (v.isNull() || v.isUndefined())
        return QJsonValue(QJsonValue::Undefined);
    switch (def.type) {
    case T::String:
    case T::Reference:
    case T::Binary:
        if (!v.isString())
            return std::unexpected(wrongType(path, def));
        return v;
    case T::DateTime:
        if (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
            return std::unexpected(wrongType(path, def));
        return v;
    case T::Boolean:
        if (v.isBool())
            return v;
        if (v.isString()) {
            const QString s = v.toString();
            if (s.compare(u"true", Qt::CaseInsensitive) == 0)
                return QJsonValue(true);
            if (s.compare(u"false", Qt::CaseInsensitive) == 0)
                return QJsonValue(false);
        }
        return std::unexpected(wrongType(path, def));
    case T::Integer:
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            return std::unexpected(wrongType(path, def));
        return v;
    case T::Decimal:
        if (!v.isDouble())
            return std::unexpected(wrongType(path, def));
        return v;
    case T::Complex: {
        if (!v.isObject())
            return std::unexpected(wrongType(path, def));
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const AttributeDef *sub = def.subAttribute(it.key());
            if (!sub) {
                if (!it.value().isNull())
                    out.insert(it.key(), it.value());
                continue;
            }
            auto value = validateSingle(*sub, it.value(), path + u'.' + sub->name);
            if (!value)
                return std::unexpected(value.error());
            if (!value->isUndefined())
                out.insert(sub->name, *value);
        }
        if (out.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return out;
    }
    }
    return v;
}

ScimResult<QJsonValue> validateValue(const AttributeDef &def, const QJsonValue &v, const QString &path)
{
    if (!def.multiValued) {
        if (v.isArray())
            return std::unexpected(wrongType(path, def));
        return validateSingle(def, v, path);
    }
    const QJsonArray in = v.isArray() ? v.toArray() : QJsonArray{v};
    QJsonArray out;
    bool seenPrimary = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        auto value = validateSingle(def, in.at(i), path + u'[' + QString::number(i) + u']');
        if (!value)
            return std::unexpected(value.error());
        if (value->isUndefined())
            continue;
        if (value->isObject() && value->toObject().value(QLatin1StringView("primary")).toBool()) {
            // RFC 7643 §2.4: the primary attribute value "true" MUST appear no more than once.
            if (seenPrimary) {
                return std::unexpected(ScimError::invalidValue(
                    ResourceCodec::tr("\"%1\" has more than one value marked primary.").arg(path)));
            }
            seenPrimary = true;
        }
        out.append(*value);
    }
    if (out.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return out;
}

bool isReadOnlyTopLevel(ResourceKind kind, const QString &key)
{
    if (key.compare(u"id", Qt::CaseInsensitive) == 0 || key.compare(u"meta", Qt::CaseInsensitive) == 0)
        return true;
    return kind == ResourceKind::User && key.compare(u"groups", Qt::CaseInsensitive) == 0;
}

// Validates an object of extension attributes against a known extension schema.
ScimResult<QJsonObject> validateExtension(const SchemaDef &schema, const QJsonObject &in)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const AttributeDef *def = schema.attribute(it.key());
        if (!def) {
            if (!it.value().isNull())
                out.insert(it.key(), it.value());
            continue;
        }
        if (def->mutability == AttributeDef::Mutability::ReadOnly)
            continue;
        auto value = validateValue(*def, it.value(), schema.id + u':' + def->name);
        if (!value)
            return std::unexpected(value.error());
        if (!value->isUndefined())
            out.insert(def->name, *value);
    }
    return out;
}

// Appends `text` as a JSON string literal.
void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[uchar(c) >> 4];
            out += "0123456789abcdef"[uchar(c) & 15];
        } else {
            out += c; // including UTF-8 sequences, which JSON takes as they are
        }
    }
    out += '"';
}

// A user's "groups" and a group's "members" as returned.
QJsonArray groupsArray(const QString &baseUrl, const QList<GroupRef> *groups)
{
    QJsonArray list;
    if (!groups)
        return list;
    for (const GroupRef &g : *groups) {
        list.append(QJsonObject{{QStringLiteral("value"), g.groupId},
                                {QStringLiteral("display"), g.displayName},
                                {QStringLiteral("type"), QStringLiteral("direct")},
                                {QStringLiteral("$ref"), QString(baseUrl + QStringLiteral("/Groups/") + g.groupId)}});
    }
    return list;
}

QJsonArray membersArray(const QString &baseUrl, const QList<MemberRef> &members)
{
    QJsonArray list;
    for (const MemberRef &m : members) {
        list.append(QJsonObject{{QStringLiteral("value"), m.userId},
                                {QStringLiteral("display"), m.userName},
                                {QStringLiteral("type"), QStringLiteral("User")},
                                {QStringLiteral("$ref"), QString(baseUrl + QStringLiteral("/Users/") + m.userId)}});
    }
    return list;
}

} // namespace

QJsonArray ResourceCodec::schemasOf(ResourceKind kind, const QJsonObject &doc)
{
    QJsonArray schemas{Schemas::coreUrn(kind)};
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key().startsWith(QLatin1StringView("urn:")) && it.value().isObject())
            schemas.append(it.key());
    }
    return schemas;
}

ScimResult<QStringList> ResourceCodec::memberIds(const QJsonValue &value, const QString &where)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject m = list.at(i).toObject();
        const QJsonValue id = m.value(QLatin1StringView("value"));
        if (!list.at(i).isObject() || !id.isString() || id.toString().isEmpty()) {
            return std::unexpected(ScimError::invalidValue(
                tr("%1[%2] must be an object with a non-empty string \"value\" (a user id).").arg(where).arg(i)));
        }
        const QString type = m.value(QLatin1StringView("type")).toString();
        if (!type.isEmpty() && type.compare(u"User", Qt::CaseInsensitive) != 0) {
            return std::unexpected(
                ScimError::invalidValue(tr("%1[%2] has type \"%3\": only users can be members (nested groups are not "
                                           "supported).")
                                            .arg(where)
                                            .arg(i)
                                            .arg(type)));
        }
        if (!ids.contains(id.toString()))
            ids.append(id.toString());
    }
    return ids;
}

ScimResult<ResourceCodec::Input> ResourceCodec::parse(ResourceKind kind, const QJsonObject &body)
{
    Input input;
    const SchemaDef &core = kind == ResourceKind::User ? Schemas::user() : Schemas::group();
    QJsonObject doc;

    if (body.contains(QLatin1StringView("schemas"))) {
        const QJsonValue schemas = body.value(QLatin1StringView("schemas"));
        bool ok = schemas.isArray();
        for (const QJsonValue &s : schemas.toArray())
            ok = ok && s.isString();
        if (!ok)
            return std::unexpected(ScimError::invalidSyntax(tr("\"schemas\" must be an array of schema URNs.")));
    }

    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1StringView("schemas") || isReadOnlyTopLevel(kind, key) ||
            key.compare(u"externalId", Qt::CaseInsensitive) == 0)
            continue; // externalId is handled below, once, whatever case it was sent in
        if (kind == ResourceKind::User && key.compare(u"password", Qt::CaseInsensitive) == 0) {
            input.hadPassword = true; // write-only: accepted, never stored or returned
            continue;
        }
        if (kind == ResourceKind::Group && key.compare(u"members", Qt::CaseInsensitive) == 0) {
            const QJsonValue members = it.value();
            if (members.isNull()) {
                input.memberIds = QStringList();
                continue;
            }
            if (!members.isArray())
                return std::unexpected(ScimError::invalidValue(tr("\"members\" must be an array of objects.")));
            auto ids = memberIds(members, QStringLiteral("members"));
            if (!ids)
                return std::unexpected(ids.error());
            input.memberIds = *ids;
            continue;
        }
        if (key.startsWith(QLatin1StringView("urn:"), Qt::CaseInsensitive)) {
            if (key.compare(core.id, Qt::CaseInsensitive) == 0)
                return std::unexpected(ScimError::invalidSyntax(
                    tr("Core attributes must be top-level, not nested under \"%1\".").arg(core.id)));
            const SchemaDef *ext = Schemas::byId(key);
            const bool allowed = ext && Schemas::extensionUrns(kind).contains(ext->id);
            if (it.value().isNull())
                continue;
            if (!it.value().isObject()) {
                return std::unexpected(
                    ScimError::invalidValue(tr("The extension \"%1\" must be an object of attributes.").arg(key)));
            }
            if (allowed) {
                auto validated = validateExtension(*ext, it.value().toObject());
                if (!validated)
                    return std::unexpected(validated.error());
                if (!validated->isEmpty())
                    doc.insert(ext->id, *validated);
            } else if (!it.value().toObject().isEmpty()) {
                doc.insert(key, it.value()); // an extension we have no schema for: kept as sent
            }
            continue;
        }
        const AttributeDef *def = core.attribute(key);
        if (!def) {
            // Custom attributes in the core namespace (e.g. Okta's boolean "deltastreamOrgadmin") are kept.
            if (!it.value().isNull())
                doc.insert(key, it.value());
            continue;
        }
        if (def->mutability == AttributeDef::Mutability::ReadOnly)
            continue;
        auto value = validateValue(*def, it.value(), def->name);
        if (!value)
            return std::unexpected(value.error());
        if (!value->isUndefined())
            doc.insert(def->name, *value);
    }
    // externalId is common to all resources (RFC 7643 §3.1).
    const QJsonValue externalId = body.value(QLatin1StringView("externalId"));
    if (!externalId.isUndefined() && !externalId.isNull() && !externalId.isString())
        return std::unexpected(ScimError::invalidValue(tr("\"externalId\" must be a string.")));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().compare(u"externalId", Qt::CaseInsensitive) == 0 && it.value().isString()) {
            doc.insert(QStringLiteral("externalId"), it.value());
            input.externalId = it.value().toString();
        }
    }

    const QString nameAttr = kind == ResourceKind::User ? QStringLiteral("userName") : QStringLiteral("displayName");
    const QJsonValue name = doc.value(nameAttr);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return std::unexpected(
            ScimError::invalidValue(tr("\"%1\" is required and must be a non-empty string.").arg(nameAttr)));
    if (name.toString().size() > MaxNameLength)
        return std::unexpected(
            ScimError::invalidValue(tr("\"%1\" is longer than %2 characters.").arg(nameAttr).arg(MaxNameLength)));
    input.name = name.toString();
    if (kind == ResourceKind::User) {
        input.displayName = doc.value(QLatin1StringView("displayName")).toString();
        if (doc.contains(QLatin1StringView("active")))
            input.active = doc.value(QLatin1StringView("active")).toBool();
        doc.remove(QStringLiteral("active")); // the column is the one source of truth
    }
    doc.insert(QStringLiteral("schemas"), schemasOf(kind, doc)); // kept with the document: reads splice it as is
    input.doc = doc;
    return input;
}

QString ResourceCodec::formatTime(qint64 ms)
{
    return QString::fromLatin1(formatTimeBytes(ms));
}

QByteArray ResourceCodec::formatTimeBytes(qint64 ms)
{
    // "YYYY-MM-DDThh:mm:ss.zzzZ" in UTC, written directly: every resource on a page carries two of these, and
    // QDateTime::toString() goes through QLocale and printf formatting.
    qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    qint64 rest = ms - days * 86'400'000;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 doe = days - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const int millis = int(rest % 1000);
    rest /= 1000;
    const int second = int(rest % 60), minute = int(rest / 60 % 60), hour = int(rest / 3600);
    char buf[24];
    auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, int(year), 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, hour, 2);
    buf[13] = ':';
    put(14, minute, 2);
    buf[16] = ':';
    put(17, second, 2);
    buf[19] = '.';
    put(20, millis, 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
}

QByteArray ResourceCodec::etag(qint64 version)
{
    return QByteArrayLiteral("W/\"") + QByteArray::number(version) + '"';
}

QJsonObject ResourceCodec::toJson(ResourceKind kind, const StoredResource &r, const QString &baseUrl,
                                  const QList<GroupRef> *groups, const QList<MemberRef> *members)
{
    QJsonObject out = r.doc();
    out.insert(QStringLiteral("schemas"), schemasOf(kind, out));
    out.insert(QStringLiteral("id"), r.id);
    if (kind == ResourceKind::User) {
        out.insert(QStringLiteral("active"), r.active);
        out.insert(QStringLiteral("groups"), groupsArray(baseUrl, groups));
    } else if (members) {
        out.insert(QStringLiteral("members"), membersArray(baseUrl, *members));
    }
    const QString location = baseUrl + u'/' + endpoint(kind) + u'/' + r.id;
    out.insert(QStringLiteral("meta"),
               QJsonObject{{QStringLiteral("resourceType"),
                            kind == ResourceKind::User ? QStringLiteral("User") : QStringLiteral("Group")},
                           {QStringLiteral("created"), formatTime(r.createdMs)},
                           {QStringLiteral("lastModified"), formatTime(r.modifiedMs)},
                           {QStringLiteral("location"), location},
                           {QStringLiteral("version"), QString::fromLatin1(etag(r.version))}});
    return out;
}

QByteArray ResourceCodec::toJsonBytes(ResourceKind kind, const StoredResource &r, const QString &baseUrl,
                                      const QList<GroupRef> *groups, const QList<MemberRef> *members)
{
    // The stored document already holds every client attribute and "schemas" (and never id, meta, active,
    // groups or members), so the server's fields are written in front of its members without parsing it.
    const QByteArray id = r.id.toUtf8();
    QByteArray out;
    out.reserve(r.rawDoc.size() + 512);
    out += "{\"id\":\"";
    out += id;
    out += '"';
    if (kind == ResourceKind::User) {
        out += r.active ? ",\"active\":true" : ",\"active\":false";
        out += ",\"groups\":";
        if (!groups || groups->isEmpty())
            out += "[]";
        else
            out += QJsonDocument(groupsArray(baseUrl, groups)).toJson(QJsonDocument::Compact);
    } else if (members) {
        out += ",\"members\":";
        out += QJsonDocument(membersArray(baseUrl, *members)).toJson(QJsonDocument::Compact);
    }
    out += ",\"meta\":{\"resourceType\":\"";
    out += kind == ResourceKind::User ? "User" : "Group";
    out += "\",\"created\":\"";
    out += formatTimeBytes(r.createdMs);
    out += "\",\"lastModified\":\"";
    out += formatTimeBytes(r.modifiedMs);
    out += "\",\"location\":";
    appendJsonString(out, QString(baseUrl + u'/' + endpoint(kind) + u'/' + r.id));
    out += ",\"version\":\"W/\\\"";
    out += QByteArray::number(r.version);
    out += "\\\"\"}";
    if (r.rawDoc.size() > 2) {
        out += ',';
        out += QByteArrayView(r.rawDoc).sliced(1);
    } else {
        out += '}';
    }
    return out;
}

AttributeProjection::AttributeProjection(ResourceKind kind, const QString &attributes,
                                         const QString &excludedAttributes)
    : m_kind(kind), m_include(parseList(kind, attributes)), m_exclude(parseList(kind, excludedAttributes))
{}

QList<AttributeProjection::Selector> AttributeProjection::parseList(ResourceKind kind, const QString &text)
{
    QList<Selector> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        Schemas::SplitPath split = Schemas::splitPath(trimmed);
        Selector s;
        if (!split.urn.isEmpty() && split.urn.compare(Schemas::coreUrn(kind), Qt::CaseInsensitive) != 0)
            s.urn = split.urn;
        s.attribute = split.attribute;
        s.subAttribute = split.subAttribute;
        out.append(s);
    }
    return out;
}

bool AttributeProjection::includes(const QString &attribute) const
{
    for (const Selector &s : m_exclude) {
        if (s.urn.isEmpty() && s.subAttribute.isEmpty() && s.attribute.compare(attribute, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (m_include.isEmpty())
        return true;
    for (const Selector &s : m_include) {
        if (s.urn.isEmpty() && s.attribute.compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

// The key in `o` equal to `name` ignoring case, or an empty string.
QString findKey(const QJsonObject &o, const QString &name)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

// Keeps only `sub` in a complex value (object or array of objects).
QJsonValue keepSub(const QJsonValue &v, const QString &sub)
{
    auto pick = [&](const QJsonObject &o) {
        QJsonObject out;
        const QString k = findKey(o, sub);
        if (!k.isEmpty())
            out.insert(k, o.value(k));
        return out;
    };
    if (v.isObject())
        return pick(v.toObject());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(e.isObject() ? QJsonValue(pick(e.toObject())) : e);
        return out;
    }
    return v;
}

QJsonValue mergeValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isUndefined())
        return b;
    if (a.isObject() && b.isObject()) {
        QJsonObject o = a.toObject();
        const QJsonObject ob = b.toObject();
        for (auto it = ob.begin(); it != ob.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
    if (a.isArray() && b.isArray()) {
        QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i)
            out.append(mergeValues(i < x.size() ? x.at(i) : QJsonValue(QJsonValue::Undefined),
                                   i < y.size() ? y.at(i) : QJsonValue(QJsonValue::Undefined)));
        return out;
    }
    return b;
}

} // namespace

QJsonObject AttributeProjection::apply(const QJsonObject &resource) const
{
    if (isIdentity())
        return resource;
    QJsonObject out;
    if (!m_include.isEmpty()) {
        // "returned: always" attributes, plus schemas which every representation carries.
        for (const QString &always : {QStringLiteral("id"), QStringLiteral("schemas")}) {
            if (resource.contains(always))
                out.insert(always, resource.value(always));
        }
        for (const Selector &s : m_include) {
            if (!s.urn.isEmpty()) {
                const QString extKey = findKey(resource, s.urn);
                if (extKey.isEmpty())
                    continue;
                const QJsonObject ext = resource.value(extKey).toObject();
                QJsonObject sel = out.value(extKey).toObject();
                if (s.attribute.isEmpty()) {
                    sel = ext;
                } else {
                    const QString k = findKey(ext, s.attribute);
                    if (k.isEmpty())
                        continue;
                    const QJsonValue v =
                        s.subAttribute.isEmpty() ? ext.value(k) : keepSub(ext.value(k), s.subAttribute);
                    sel.insert(k, mergeValues(sel.value(k), v));
                }
                out.insert(extKey, sel);
                continue;
            }
            const QString k = findKey(resource, s.attribute);
            if (k.isEmpty())
                continue;
            const QJsonValue v =
                s.subAttribute.isEmpty() ? resource.value(k) : keepSub(resource.value(k), s.subAttribute);
            out.insert(k, s.subAttribute.isEmpty() ? v : mergeValues(out.value(k), v));
        }
    } else {
        out = resource;
    }
    for (const Selector &s : m_exclude) {
        if (s.attribute.compare(u"id", Qt::CaseInsensitive) == 0 && s.urn.isEmpty())
            continue; // returned: always
        if (!s.urn.isEmpty()) {
            const QString extKey = findKey(out, s.urn);
            if (extKey.isEmpty())
                continue;
            if (s.attribute.isEmpty()) {
                out.remove(extKey);
                continue;
            }
            QJsonObject ext = out.value(extKey).toObject();
            const QString k = findKey(ext, s.attribute);
            if (!k.isEmpty())
                ext.remove(k);
            out.insert(extKey, ext);
            continue;
        }
        const QString k = findKey(out, s.attribute);
        if (k.isEmpty())
            continue;
        if (s.subAttribute.isEmpty()) {
            out.remove(k);
            continue;
        }
        auto drop = [&](QJsonObject o) {
            const QString sk = findKey(o, s.subAttribute);
            if (!sk.isEmpty())
                o.remove(sk);
            return o;
        };
        QJsonValue v = out.value(k);
        if (v.isObject()) {
            out.insert(k, drop(v.toObject()));
        } else if (v.isArray()) {
            QJsonArray arr;
            for (const QJsonValue &e : v.toArray())
                arr.append(e.isObject() ? QJsonValue(drop(e.toObject())) : e);
            out.insert(k, arr);
        }
    }
    return out;
}

} // namespace scimdesk
