// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Patch.h"

#include "ScimConstants.h"
#include "ScimJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scimdesk {

namespace {

constexpr qsizetype MaxOperations = 10000;

using Op = PatchOperation::Op;
using Type = AttributeDef::Type;
using ScimJson::findKey;
using ScimJson::valueCi;

using Outcome = std::expected<void, ScimError>;

QString quoted(QStringView s)
{
    return u"\""_s + s.toString() + u"\""_s;
}

// A short description of a JSON value for error messages; string contents are cut so a password that was sent
// to the wrong attribute does not end up whole in a log.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number "_s + QString::number(v.toDouble());
    case QJsonValue::String: {
        const QString s = v.toString();
        return u"the string "_s + quoted(s.size() > 40 ? s.left(37) + u"..."_s : s);
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"nothing"_s;
    }
    return {};
}

bool textEqual(const QJsonValue &a, const QJsonValue &b, Qt::CaseSensitivity cs)
{
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString(), cs) == 0;
    return a == b;
}

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// Finds the value of a multi-valued attribute that a value being added duplicates: an equal value, or an object
// with the same "value" and a compatible "type" (a member added twice, with or without "display"). Hashed, so
// that Okta's batches of up to 1000 members into a group of tens of thousands stay linear.
class DuplicateIndex
{
public:
    // Hashing costs more than it saves for a few values (a Push of one member is the common case).
    DuplicateIndex(const QJsonArray &array, const AttributeDef *def, qsizetype valuesToAdd) : m_hashed(valuesToAdd > 16)
    {
        const AttributeDef *valueDef = def ? def->subAttribute(u"value") : nullptr;
        m_cs = valueDef && valueDef->caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (m_hashed) {
            for (qsizetype i = 0; i < array.size(); ++i)
                add(i, array.at(i));
        }
    }

    // The index in `array` (the array the index was built from, plus what was add()ed) or -1.
    qsizetype find(const QJsonArray &array, const QJsonValue &candidate) const
    {
        if (!m_hashed) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (isDuplicate(array.at(i), candidate))
                    return i;
            }
            return -1;
        }
        const auto it = m_byKey.constFind(key(candidate));
        if (it == m_byKey.constEnd())
            return -1;
        for (qsizetype i : *it) {
            if (isDuplicate(array.at(i), candidate))
                return i;
        }
        return -1;
    }

    void add(qsizetype index, const QJsonValue &v)
    {
        if (m_hashed)
            m_byKey[key(v)].append(index);
    }

private:
    // Equal keys are necessary for a duplicate, not sufficient: isDuplicate() decides.
    QString key(const QJsonValue &v) const
    {
        if (!v.isObject())
            return u"s:"_s + compactJson(v);
        const QJsonValue value = valueCi(v.toObject(), u"value");
        if (value.isUndefined() || value.isNull())
            return u"o:"_s + compactJson(v);
        if (value.isString())
            return u"v:"_s + (m_cs == Qt::CaseSensitive ? value.toString() : value.toString().toCaseFolded());
        return u"v:"_s + compactJson(value);
    }

    bool isDuplicate(const QJsonValue &existing, const QJsonValue &candidate) const
    {
        if (!existing.isObject() || !candidate.isObject())
            return existing == candidate;
        const QJsonObject e = existing.toObject();
        const QJsonObject c = candidate.toObject();
        const QJsonValue cValue = valueCi(c, u"value");
        if (cValue.isUndefined() || cValue.isNull())
            return e == c;
        // Checked first because it is cheap and usually decides: equal objects have equal values too.
        if (!textEqual(valueCi(e, u"value"), cValue, m_cs))
            return false;
        const QJsonValue eType = valueCi(e, u"type");
        const QJsonValue cType = valueCi(c, u"type");
        return eType.isUndefined() || eType.isNull() || cType.isUndefined() || cType.isNull() ||
               textEqual(eType, cType, Qt::CaseInsensitive);
    }

    bool m_hashed = false;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    QHash<QString, QList<qsizetype>> m_byKey;
};

// Applies operations to a working copy of one resource. PatchEngine::apply throws the copy away on the first
// error, which is what makes a request all-or-nothing.
class Applier
{
public:
    Applier(const QJsonObject &resource, ResourceKind kind) : m_res(resource), m_kind(kind) {}

    const QJsonObject &result() const { return m_res; }

    Outcome apply(const PatchOperation &op)
    {
        if (!op.path)
            return applyNoPath(op.op, op.value);
        return applyPath(op.op, *op.path, op.value, op.pathText);
    }

private:
    // Where an operation lands, resolved from a PatchPath or from a key of a no-path value.
    struct Target
    {
        QString urn; // empty for the core schema, otherwise the extension URN
        QString attribute;
        QString subAttribute;
        const Filter *filter = nullptr;
        QString subAfterFilter;
        bool wholeExtension = false;
        QString label; // the path as the client wrote it, for messages
    };

    // ---- schemas and extension containers ----

    QStringList schemaEntries() const
    {
        QStringList out;
        const QJsonValue schemas = valueCi(m_res, u"schemas");
        for (const QJsonValue &v : schemas.toArray())
            out.append(v.toString());
        return out;
    }

    // An unknown "urn:…" text is a whole extension (not "urn:…:attribute") when the resource lists it in
    // "schemas", or when an object is being written and no listed schema is a prefix of it.
    bool isWholeUnknownExtension(QStringView full, const QJsonValue &value) const
    {
        bool prefixed = false;
        QStringList candidates = schemaEntries();
        for (const SchemaDef *schema : Schemas::all())
            candidates.append(schema->id);
        for (const QString &entry : std::as_const(candidates)) {
            if (entry.compare(full, Qt::CaseInsensitive) == 0)
                return true;
            if (full.size() > entry.size() && full.startsWith(entry, Qt::CaseInsensitive) &&
                full.at(entry.size()) == u':')
                prefixed = true;
        }
        return value.isObject() && !prefixed;
    }

    static QString canonicalUrn(const QString &urn)
    {
        const SchemaDef *schema = Schemas::byId(urn);
        return schema ? schema->id : urn;
    }

    void addSchemaUrn(const QString &urn)
    {
        const QString key = findKey(m_res, u"schemas");
        QJsonArray schemas = m_res.value(key).toArray();
        for (const QJsonValue &v : std::as_const(schemas)) {
            if (v.toString().compare(urn, Qt::CaseInsensitive) == 0)
                return;
        }
        if (schemas.isEmpty())
            schemas.append(Schemas::coreUrn(m_kind));
        schemas.append(urn);
        m_res.insert(key.isNull() ? u"schemas"_s : key, schemas);
    }

    void removeSchemaUrn(QStringView urn)
    {
        const QString key = findKey(m_res, u"schemas");
        if (key.isNull())
            return;
        QJsonArray schemas = m_res.value(key).toArray();
        for (qsizetype i = schemas.size() - 1; i >= 0; --i) {
            if (schemas.at(i).toString().compare(urn, Qt::CaseInsensitive) == 0)
                schemas.removeAt(i);
        }
        m_res.insert(key, schemas);
    }

    // Runs `fn` on the object that holds attributes of `urn`: the resource itself for the core schema, else the
    // extension object (created on demand, dropped with its "schemas" entry when it ends up empty).
    template <typename Fn>
    Outcome withContainer(const QString &urn, Fn &&fn)
    {
        if (urn.isEmpty())
            return fn(m_res);
        QString key = findKey(m_res, urn);
        const bool existed = !key.isNull();
        if (!existed)
            key = canonicalUrn(urn);
        const QJsonValue current = m_res.value(key);
        if (existed && !current.isObject() && !current.isNull()) {
            return std::unexpected(
                ScimError::invalidValue(u"the resource holds %1 under the extension %2 instead of an object"_s.arg(
                    describe(current), quoted(key))));
        }
        QJsonObject extension = current.toObject();
        Outcome outcome = fn(extension);
        if (!outcome)
            return outcome;
        if (extension.isEmpty()) {
            if (existed) {
                m_res.remove(key);
                removeSchemaUrn(urn);
            }
        } else {
            m_res.insert(key, extension);
            addSchemaUrn(canonicalUrn(urn));
        }
        return {};
    }

    // ---- value checking ----

    // Checks a value against a simple or complex (single) attribute definition; no definition: kept as sent.
    static ScimResult<QJsonValue> coerceSingle(const AttributeDef *def, const QJsonValue &value, const QString &label,
                                               bool keepNulls)
    {
        if (!def)
            return value;
        auto wrong = [&](const QString &expected) {
            return std::unexpected(ScimError::invalidValue(
                u"attribute %1 must be %2, got %3"_s.arg(quoted(label), expected, describe(value))));
        };
        switch (def->type) {
        case Type::Boolean:
            if (const std::optional<bool> b = ScimJson::asBool(value))
                return QJsonValue(*b);
            return wrong(u"a boolean (true or false)"_s);
        case Type::String:
        case Type::Reference:
        case Type::Binary:
            if (value.isString())
                return value;
            return wrong(u"a string"_s);
        case Type::DateTime:
            if (value.isString() && ScimJson::dateTimeMsecs(value.toString()))
                return value;
            return wrong(u"an ISO 8601 dateTime string"_s);
        case Type::Integer:
            if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble())
                return value;
            return wrong(u"an integer"_s);
        case Type::Decimal:
            if (value.isDouble())
                return value;
            return wrong(u"a number"_s);
        case Type::Complex: {
            if (!value.isObject()) {
                // Entra sends the manager's id as a bare string for `…:User:manager`; a scalar for a complex
                // attribute that has a "value" sub-attribute is taken as that value.
                const bool scalar = value.isString() || value.isDouble() || value.isBool();
                if (scalar && def->subAttribute(u"value"))
                    return coerceSingle(def, QJsonObject{{u"value"_s, value}}, label, keepNulls);
                return wrong(u"an object (it is a complex attribute)"_s);
            }
            const QJsonObject in = value.toObject();
            QJsonObject out;
            for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
                const AttributeDef *sub = def->subAttribute(it.key());
                const QString key = sub ? sub->name : it.key();
                if (it.value().isNull()) {
                    if (keepNulls)
                        out.insert(key, QJsonValue::Null);
                    continue;
                }
                ScimResult<QJsonValue> v = coerceSingle(sub, it.value(), label + u'.' + key, false);
                if (!v)
                    return std::unexpected(v.error());
                out.insert(key, *v);
            }
            return out;
        }
        }
        return value;
    }

    // A multi-valued value: an array, or one value that is wrapped. Nulls are unassigned values and dropped.
    static ScimResult<QJsonArray> coerceMulti(const AttributeDef *def, const QJsonValue &value, const QString &label)
    {
        const QJsonArray in = value.isArray() ? value.toArray() : QJsonArray{value};
        QJsonArray out;
        for (const QJsonValue &element : in) {
            if (element.isNull())
                continue;
            if (element.isArray()) {
                return std::unexpected(ScimError::invalidValue(
                    u"attribute %1 must be an array of values, not of arrays"_s.arg(quoted(label))));
            }
            ScimResult<QJsonValue> v = coerceSingle(def, element, label, false);
            if (!v)
                return std::unexpected(v.error());
            out.append(*v);
        }
        return out;
    }

    // Copies the keys of `from` into `into`, matching existing keys case-insensitively; null removes.
    static void mergeInto(QJsonObject &into, const QJsonObject &from)
    {
        for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
            const QString existing = findKey(into, it.key());
            const QString key = existing.isNull() ? it.key() : existing;
            if (it.value().isNull())
                into.remove(key);
            else
                into.insert(key, it.value());
        }
    }

    static QJsonObject withoutNulls(QJsonObject o)
    {
        for (auto it = o.begin(); it != o.end();) {
            if (it.value().isNull())
                it = o.erase(it);
            else
                ++it;
        }
        return o;
    }

    // RFC 7643 §2.4: "primary" may be true for one value at most. The elements this operation wrote win.
    static Outcome enforceSinglePrimary(QJsonArray &array, const QList<qsizetype> &touched, const QString &label)
    {
        auto isPrimary = [&array](qsizetype i) {
            return array.at(i).isObject() && valueCi(array.at(i).toObject(), u"primary") == QJsonValue(true);
        };
        QList<qsizetype> primaries;
        for (qsizetype i : touched) {
            if (isPrimary(i) && !primaries.contains(i))
                primaries.append(i);
        }
        if (primaries.size() > 1) {
            return std::unexpected(
                ScimError::invalidValue(u"more than one value of %1 is marked primary"_s.arg(quoted(label))));
        }
        if (primaries.isEmpty())
            return {};
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i == primaries.front() || !isPrimary(i))
                continue;
            QJsonObject element = array.at(i).toObject();
            element.insert(findKey(element, u"primary"), false);
            array.replace(i, element);
        }
        return {};
    }

    // Equal values, where absent, null, "" , [] and {} all mean "unassigned" (RFC 7643 §2.5).
    static bool sameState(const QJsonValue &a, const QJsonValue &b)
    {
        auto unassigned = [](const QJsonValue &v) {
            return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) ||
                   (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
        };
        return (unassigned(a) && unassigned(b)) || a == b;
    }

    // ---- entry points ----

    Outcome applyNoPath(Op op, const QJsonValue &value)
    {
        if (op == Op::Remove)
            return std::unexpected(ScimError::noTarget(u"a remove operation needs a \"path\""_s));
        if (!value.isObject()) {
            return std::unexpected(ScimError::invalidValue(
                u"without a \"path\", \"value\" must be an object of attributes, got %1"_s.arg(describe(value))));
        }
        const QJsonObject attributes = value.toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            const QString &key = it.key();
            const QJsonValue &v = it.value();
            if (key.compare(u"schemas", Qt::CaseInsensitive) == 0 || key.compare(u"meta", Qt::CaseInsensitive) == 0)
                continue;
            if (key.compare(u"id", Qt::CaseInsensitive) == 0) {
                // Okta puts the group id in its rename PATCH; only a different id is an attempt to change it.
                const QJsonValue id = valueCi(m_res, u"id");
                if (v.isString() && id.isString() && v.toString() == id.toString())
                    continue;
                return std::unexpected(ScimError::mutability(
                    u"attribute \"id\" is readOnly: the value carries %1 but the resource id is %2"_s.arg(
                        describe(v), describe(id))));
            }
            if (const AttributeDef *def = Schemas::find(m_kind, QStringView(), key);
                def && def->mutability == AttributeDef::Mutability::ReadOnly && sameState(valueCi(m_res, key), v)) {
                // A client echoing what it read (e.g. "groups": [] for a user in no group) changes nothing; only
                // a different value is an attempt to modify a readOnly attribute (rejected in applyPath).
                continue;
            }
            if (key.startsWith(u"urn:", Qt::CaseInsensitive)) {
                if (Schemas::coreUrn(m_kind).compare(key, Qt::CaseInsensitive) == 0) {
                    // {"urn:…:core:2.0:User": {…}}: core attributes written under their schema URN.
                    if (!v.isObject()) {
                        return std::unexpected(ScimError::invalidValue(
                            u"the value for %1 must be an object of attributes"_s.arg(quoted(key))));
                    }
                    Outcome outcome = applyNoPath(op, v);
                    if (!outcome)
                        return outcome;
                    continue;
                }
                const bool knownSchema = Schemas::byId(key) != nullptr;
                const bool knownPrefix = Schemas::byId(Schemas::splitPath(key).urn) != nullptr;
                if (knownSchema || (!knownPrefix && isWholeUnknownExtension(key, v))) {
                    Target target;
                    target.urn = canonicalUrn(key);
                    target.wholeExtension = true;
                    target.label = key;
                    Outcome outcome = applyTarget(op, target, v);
                    if (!outcome)
                        return outcome;
                    continue;
                }
            }
            ScimResult<PatchPath> path = PatchPath::parse(key, m_kind);
            if (!path) {
                ScimError error = path.error();
                error.detail = u"in the value key %1: "_s.arg(quoted(key)) + error.detail;
                return std::unexpected(error);
            }
            Outcome outcome = applyPath(op, *path, v, key);
            if (!outcome)
                return outcome;
        }
        return {};
    }

    Outcome applyPath(Op op, const PatchPath &path, const QJsonValue &value, const QString &label)
    {
        Target target;
        target.urn = ScimJson::isCoreUrn(m_kind, path.attr.urn) ? QString() : path.attr.urn;
        target.attribute = path.attr.attribute;
        target.subAttribute = path.attr.subAttribute;
        target.filter = path.valueFilter ? &*path.valueFilter : nullptr;
        target.subAfterFilter = path.subAttributeAfterFilter;
        target.wholeExtension = path.isExtensionUrnOnly;
        target.label = label;
        if (!target.urn.isEmpty() && !Schemas::byId(target.urn) && target.subAttribute.isEmpty() && !target.filter) {
            const QString full = target.urn + u':' + target.attribute;
            if (isWholeUnknownExtension(full, op == Op::Remove ? QJsonValue() : value)) {
                target.urn = full;
                target.attribute.clear();
                target.wholeExtension = true;
            }
        }
        if (target.wholeExtension)
            target.urn = canonicalUrn(target.urn);
        return applyTarget(op, target, value);
    }

    Outcome applyTarget(Op op, const Target &target, const QJsonValue &value)
    {
        if (target.wholeExtension) {
            if (op == Op::Remove) {
                const QString key = findKey(m_res, target.urn);
                if (!key.isNull())
                    m_res.remove(key);
                removeSchemaUrn(target.urn);
                return {};
            }
            if (!value.isObject()) {
                return std::unexpected(
                    ScimError::invalidValue(u"the value for the extension %1 must be an object, got %2"_s.arg(
                        quoted(target.urn), describe(value))));
            }
            const QJsonObject attributes = value.toObject();
            return withContainer(target.urn, [&](QJsonObject &extension) -> Outcome {
                for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
                    const Schemas::SplitPath split = Schemas::splitPath(it.key());
                    if (!split.urn.isEmpty() || split.attribute.isEmpty() || split.subAttribute.contains(u'.')) {
                        return std::unexpected(ScimError::invalidPath(
                            u"%1 is not an attribute of the extension %2"_s.arg(quoted(it.key()), quoted(target.urn))));
                    }
                    Target inner;
                    inner.urn = target.urn;
                    inner.attribute = split.attribute;
                    inner.subAttribute = split.subAttribute;
                    inner.label = target.urn + u':' + it.key();
                    Outcome outcome = checkWritable(inner);
                    if (!outcome)
                        return outcome;
                    outcome = applyInContainer(op, extension, inner, it.value());
                    if (!outcome)
                        return outcome;
                }
                return {};
            });
        }
        Outcome writable = checkWritable(target);
        if (!writable)
            return writable;
        return withContainer(target.urn,
                             [&](QJsonObject &container) { return applyInContainer(op, container, target, value); });
    }

    Outcome checkWritable(const Target &target) const
    {
        if (target.urn.isEmpty() && target.attribute.compare(u"schemas", Qt::CaseInsensitive) == 0) {
            return std::unexpected(
                ScimError::mutability(u"\"schemas\" is maintained by the server and cannot be patched"_s));
        }
        const AttributeDef *def = Schemas::find(m_kind, target.urn, target.attribute);
        if (def && def->mutability == AttributeDef::Mutability::ReadOnly) {
            return std::unexpected(
                ScimError::mutability(u"attribute %1 is readOnly and cannot be modified"_s.arg(quoted(def->name))));
        }
        return {};
    }

    Outcome applyInContainer(Op op, QJsonObject &container, const Target &target, const QJsonValue &value)
    {
        const AttributeDef *def = Schemas::find(m_kind, target.urn, target.attribute);
        if (target.filter)
            return applyFiltered(op, container, target, def, value);
        if (!target.subAttribute.isEmpty())
            return applySubAttribute(op, container, target, def, value);
        if (op == Op::Remove)
            return removeAttribute(container, target, def, value);
        return setAttribute(op, container, target, def, value);
    }

    // ---- the operations ----

    static QString keyFor(const QJsonObject &container, const QString &name, const AttributeDef *def)
    {
        const QString existing = findKey(container, name);
        if (!existing.isNull())
            return existing;
        return def ? def->name : name;
    }

    static Outcome refuseRequired(const AttributeDef *def, const QString &label)
    {
        if (def && def->required) {
            return std::unexpected(
                ScimError::invalidValue(u"attribute %1 is required and cannot be removed"_s.arg(quoted(label))));
        }
        return {};
    }

    Outcome setAttribute(Op op, QJsonObject &container, const Target &target, const AttributeDef *def,
                         const QJsonValue &value)
    {
        const QString key = keyFor(container, target.attribute, def);
        QJsonValue existing = container.value(key);
        if (value.isNull()) {
            Outcome outcome = refuseRequired(def, target.label);
            if (!outcome)
                return outcome;
            container.remove(key);
            return {};
        }
        const bool multi = def ? def->multiValued : (value.isArray() || existing.isArray());
        if (multi) {
            ScimResult<QJsonArray> values = coerceMulti(def, value, target.label);
            if (!values)
                return std::unexpected(values.error());
            QJsonArray result;
            QList<qsizetype> touched;
            if (op == Op::Replace) {
                result = *values;
                for (qsizetype i = 0; i < result.size(); ++i)
                    touched.append(i);
            } else {
                if (existing.isArray()) {
                    // Taken out of the container so that appending does not copy the whole array each time.
                    result = existing.toArray();
                    existing = QJsonValue();
                    container.remove(key);
                } else if (!existing.isUndefined() && !existing.isNull()) {
                    result.append(existing);
                }
                DuplicateIndex index(result, def, values->size());
                for (const QJsonValue &v : std::as_const(*values)) {
                    const qsizetype duplicate = index.find(result, v);
                    if (duplicate < 0) {
                        result.append(v);
                        index.add(result.size() - 1, v);
                        touched.append(result.size() - 1);
                    } else if (v.isObject() && result.at(duplicate).isObject()) {
                        QJsonObject merged = result.at(duplicate).toObject();
                        mergeInto(merged, v.toObject());
                        result.replace(duplicate, merged);
                        touched.append(duplicate);
                    }
                }
            }
            Outcome outcome = enforceSinglePrimary(result, touched, target.label);
            if (!outcome)
                return outcome;
            container.insert(key, result);
            return {};
        }
        const bool complex = def ? def->type == Type::Complex : (value.isObject() && existing.isObject());
        if (complex) {
            // RFC 7644 §3.5.2.1 and §3.5.2.3: add and replace on a complex attribute both set the given
            // sub-attributes and leave the others alone.
            ScimResult<QJsonValue> v = coerceSingle(def, value, target.label, true);
            if (!v)
                return std::unexpected(v.error());
            QJsonObject merged = existing.toObject();
            mergeInto(merged, v->toObject());
            if (merged.isEmpty())
                container.remove(key);
            else
                container.insert(key, merged);
            return {};
        }
        ScimResult<QJsonValue> v = coerceSingle(def, value, target.label, false);
        if (!v)
            return std::unexpected(v.error());
        container.insert(key, *v);
        return {};
    }

    Outcome removeAttribute(QJsonObject &container, const Target &target, const AttributeDef *def,
                            const QJsonValue &value)
    {
        const QString key = findKey(container, target.attribute);
        if (key.isNull())
            return refuseRequired(def, target.label);
        const QJsonValue existing = container.value(key);
        if (existing.isArray() && !value.isUndefined() && !value.isNull()) {
            // Entra: {"op":"Remove","path":"members","value":[{"value":"id"}]} removes only the listed members.
            const QJsonArray listed = value.isArray() ? value.toArray() : QJsonArray{value};
            const AttributeDef *valueDef = def ? def->subAttribute(u"value") : nullptr;
            const Qt::CaseSensitivity cs = valueDef && valueDef->caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
            auto isListed = [&](const QJsonValue &element) {
                for (const QJsonValue &l : listed) {
                    const QJsonValue lValue = l.isObject() ? valueCi(l.toObject(), u"value") : QJsonValue();
                    if (element.isObject() && !lValue.isUndefined() && !lValue.isNull()) {
                        if (textEqual(valueCi(element.toObject(), u"value"), lValue, cs))
                            return true;
                    } else if (textEqual(element, l, cs)) {
                        return true;
                    }
                }
                return false;
            };
            QJsonArray remaining;
            for (const QJsonValue &element : existing.toArray()) {
                if (!isListed(element))
                    remaining.append(element);
            }
            container.insert(key, remaining);
            return {};
        }
        Outcome outcome = refuseRequired(def, target.label);
        if (!outcome)
            return outcome;
        container.remove(key);
        return {};
    }

    Outcome applySubAttribute(Op op, QJsonObject &container, const Target &target, const AttributeDef *def,
                              const QJsonValue &value)
    {
        if (def && def->type != Type::Complex) {
            return std::unexpected(
                ScimError::invalidPath(u"attribute %1 is not complex and has no sub-attribute %2"_s.arg(
                    quoted(def->name), quoted(target.subAttribute))));
        }
        const AttributeDef *subDef = def ? def->subAttribute(target.subAttribute) : nullptr;
        const QString key = keyFor(container, target.attribute, def);
        const QString subName = subDef ? subDef->name : target.subAttribute;
        const QJsonValue existing = container.value(key);
        const bool removing = op == Op::Remove || value.isNull();
        if (removing && (existing.isUndefined() || existing.isNull()))
            return {};
        ScimResult<QJsonValue> coerced =
            removing ? ScimResult<QJsonValue>(QJsonValue()) : coerceSingle(subDef, value, target.label, false);
        if (!coerced)
            return std::unexpected(coerced.error());

        if (def ? def->multiValued : existing.isArray()) {
            // `emails.value` without a filter designates that sub-attribute of every value.
            QJsonArray array = existing.toArray();
            QList<qsizetype> touched;
            if (!removing && array.isEmpty()) {
                array.append(QJsonObject{{subName, *coerced}});
                touched.append(0);
            } else {
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (!array.at(i).isObject())
                        continue;
                    QJsonObject element = array.at(i).toObject();
                    const QString elementKey = findKey(element, subName);
                    if (removing)
                        element.remove(elementKey);
                    else
                        element.insert(elementKey.isNull() ? subName : elementKey, *coerced);
                    array.replace(i, element);
                    touched.append(i);
                }
            }
            Outcome outcome = enforceSinglePrimary(array, touched, target.label);
            if (!outcome)
                return outcome;
            container.insert(key, array);
            return {};
        }
        if (!existing.isUndefined() && !existing.isNull() && !existing.isObject()) {
            return std::unexpected(
                ScimError::invalidPath(u"attribute %1 is not complex and has no sub-attributes"_s.arg(quoted(key))));
        }
        QJsonObject object = existing.toObject();
        const QString elementKey = findKey(object, subName);
        if (removing)
            object.remove(elementKey);
        else
            object.insert(elementKey.isNull() ? subName : elementKey, *coerced);
        if (object.isEmpty())
            container.remove(key);
        else
            container.insert(key, object);
        return {};
    }

    // The element Entra means when it adds to `emails[type eq "work"].value` and there is no work email yet:
    // the filter's `x eq "literal"` terms, which must be joined by "and" and nothing else.
    static std::optional<QJsonObject> elementFromFilter(const FilterNode *node)
    {
        if (!node)
            return std::nullopt;
        if (node->kind == FilterNode::Kind::And) {
            std::optional<QJsonObject> left = elementFromFilter(node->left.get());
            std::optional<QJsonObject> right = elementFromFilter(node->right.get());
            if (!left || !right)
                return std::nullopt;
            mergeInto(*left, *right);
            return left;
        }
        if (node->kind != FilterNode::Kind::Compare || node->op != FilterNode::Op::Eq || node->value.isNull() ||
            !node->path.subAttribute.isEmpty())
            return std::nullopt;
        const QString key = node->attribute ? node->attribute->name : node->path.attribute;
        QJsonValue v = node->value;
        if (node->attribute && node->attribute->type == Type::Boolean) {
            if (const std::optional<bool> b = ScimJson::asBool(v))
                v = *b;
        }
        return QJsonObject{{key, v}};
    }

    Outcome applyFiltered(Op op, QJsonObject &container, const Target &target, const AttributeDef *def,
                          const QJsonValue &value)
    {
        if (def && !def->multiValued) {
            return std::unexpected(ScimError::invalidPath(
                u"attribute %1 is single-valued; a value filter needs a multi-valued attribute"_s.arg(
                    quoted(def->name))));
        }
        const QString key = keyFor(container, target.attribute, def);
        QJsonValue existing = container.value(key);
        if (!existing.isUndefined() && !existing.isNull() && !existing.isArray()) {
            return std::unexpected(ScimError::invalidPath(
                u"attribute %1 is not multi-valued; a value filter cannot select in it"_s.arg(quoted(key))));
        }
        QJsonArray array = existing.toArray();
        // Before changing the array, drop the other references to it so that it is not copied whole: Okta sends
        // one remove operation per member, and a group may have tens of thousands.
        auto ownArray = [&] {
            existing = QJsonValue();
            container.remove(key);
        };
        QList<qsizetype> matched;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject() && target.filter->matches(array.at(i).toObject()))
                matched.append(i);
        }
        const QString &sub = target.subAfterFilter;
        const AttributeDef *subDef = def && !sub.isEmpty() ? def->subAttribute(sub) : nullptr;
        const QString subName = subDef ? subDef->name : sub;
        const bool removing = op == Op::Remove || (!sub.isEmpty() && value.isNull());

        if (removing) {
            // A filter that matches nothing is not an error here: Okta removes members that may be gone already.
            if (matched.isEmpty())
                return {};
            ownArray();
            for (qsizetype n = matched.size() - 1; n >= 0; --n) {
                const qsizetype i = matched.at(n);
                if (sub.isEmpty()) {
                    array.removeAt(i);
                } else {
                    QJsonObject element = array.at(i).toObject();
                    element.remove(findKey(element, subName));
                    array.replace(i, element);
                }
            }
            container.insert(key, array);
            return {};
        }

        // `[{…}]` for a filtered path means the one object (some clients always send arrays for members).
        const QJsonValue given =
            sub.isEmpty() && value.isArray() && value.toArray().size() == 1 && value.toArray().first().isObject()
                ? value.toArray().first()
                : value;
        ScimResult<QJsonValue> coerced = sub.isEmpty() ? coerceSingle(def, given, target.label, true)
                                                       : coerceSingle(subDef, given, target.label, false);
        if (!coerced)
            return std::unexpected(coerced.error());
        if (sub.isEmpty() && !coerced->isObject()) {
            return std::unexpected(ScimError::invalidValue(
                u"the value for %1 must be an object to merge into the selected values, got %2"_s.arg(
                    quoted(target.label), describe(value))));
        }
        ownArray();

        if (matched.isEmpty()) {
            std::optional<QJsonObject> created;
            if (op == Op::Add && !sub.isEmpty())
                created = elementFromFilter(target.filter->root());
            if (!created) {
                return std::unexpected(ScimError::noTarget(
                    u"no value of %1 matches the filter in %2"_s.arg(quoted(key), quoted(target.label))));
            }
            created->insert(findKey(*created, subName).isNull() ? subName : findKey(*created, subName), *coerced);
            array.append(*created);
            matched.append(array.size() - 1);
        } else {
            for (qsizetype i : std::as_const(matched)) {
                QJsonObject element = array.at(i).toObject();
                if (sub.isEmpty()) {
                    mergeInto(element, coerced->toObject());
                } else {
                    const QString elementKey = findKey(element, subName);
                    element.insert(elementKey.isNull() ? subName : elementKey, *coerced);
                }
                array.replace(i, element);
            }
        }
        Outcome outcome = enforceSinglePrimary(array, matched, target.label);
        if (!outcome)
            return outcome;
        container.insert(key, array);
        return {};
    }

    QJsonObject m_res;
    ResourceKind m_kind;
};

} // namespace

ScimResult<PatchRequest> PatchRequest::parse(const QJsonObject &message, ResourceKind kind)
{
    const QJsonValue schemas = valueCi(message, u"schemas");
    if (!schemas.isUndefined()) {
        bool listed = false;
        const QJsonArray entries = schemas.isArray() ? schemas.toArray() : QJsonArray{schemas};
        for (const QJsonValue &v : entries)
            listed = listed || v.toString().compare(Urn::PatchOp, Qt::CaseInsensitive) == 0;
        if (!listed) {
            return std::unexpected(ScimError::invalidSyntax(u"\"schemas\" must contain \""_s + Urn::PatchOp + u"\""_s));
        }
    }
    const QJsonValue operations = valueCi(message, u"Operations");
    if (operations.isUndefined())
        return std::unexpected(ScimError::invalidSyntax(u"the PatchOp message has no \"Operations\" array"_s));
    if (!operations.isArray()) {
        return std::unexpected(
            ScimError::invalidSyntax(u"\"Operations\" must be an array, got "_s + describe(operations)));
    }
    const QJsonArray list = operations.toArray();
    if (list.isEmpty())
        return std::unexpected(ScimError::invalidSyntax(u"\"Operations\" is empty"_s));
    if (list.size() > MaxOperations) {
        return std::unexpected(ScimError::tooMany(
            u"\"Operations\" has %1 operations; at most %2 are accepted"_s.arg(list.size()).arg(MaxOperations)));
    }

    PatchRequest request;
    request.operations.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"Operations["_s + QString::number(i) + u"]: "_s;
        if (!list.at(i).isObject())
            return std::unexpected(ScimError::invalidSyntax(where + u"an operation must be an object"_s));
        const QJsonObject o = list.at(i).toObject();
        PatchOperation operation;

        const QJsonValue opValue = valueCi(o, u"op");
        if (!opValue.isString())
            return std::unexpected(ScimError::invalidSyntax(where + u"\"op\" is missing or not a string"_s));
        const QString opName = opValue.toString().trimmed();
        if (opName.compare(u"add", Qt::CaseInsensitive) == 0)
            operation.op = PatchOperation::Op::Add;
        else if (opName.compare(u"remove", Qt::CaseInsensitive) == 0)
            operation.op = PatchOperation::Op::Remove;
        else if (opName.compare(u"replace", Qt::CaseInsensitive) == 0)
            operation.op = PatchOperation::Op::Replace;
        else {
            return std::unexpected(ScimError::invalidSyntax(
                where + u"unknown op %1; expected add, remove or replace"_s.arg(quoted(opName))));
        }

        const QJsonValue pathValue = valueCi(o, u"path");
        if (!pathValue.isUndefined() && !pathValue.isNull()) {
            if (!pathValue.isString())
                return std::unexpected(ScimError::invalidPath(where + u"\"path\" must be a string"_s));
            // An empty path is the same as none: a remove with it is then noTarget, an add or replace a no-path one.
            if (!pathValue.toString().trimmed().isEmpty()) {
                operation.pathText = pathValue.toString();
                ScimResult<PatchPath> path = PatchPath::parse(operation.pathText, kind);
                if (!path) {
                    ScimError error = path.error();
                    error.detail = where + error.detail;
                    return std::unexpected(error);
                }
                operation.path = std::move(*path);
            }
        }

        operation.value = valueCi(o, u"value");
        if (operation.op != PatchOperation::Op::Remove) {
            if (operation.value.isUndefined())
                return std::unexpected(ScimError::invalidSyntax(where + u"an add or replace needs a \"value\""_s));
            if (!operation.path && !operation.value.isObject()) {
                return std::unexpected(ScimError::invalidValue(
                    where + u"without a \"path\", \"value\" must be an object of attributes, got "_s +
                    describe(operation.value)));
            }
        }
        request.operations.append(std::move(operation));
    }
    return request;
}

ScimResult<PatchRequest> PatchRequest::fromJson(const QByteArray &body, ResourceKind kind)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(ScimError::invalidSyntax(u"the body is not valid JSON: "_s + error.errorString() +
                                                        u" at offset "_s + QString::number(error.offset)));
    }
    if (!document.isObject())
        return std::unexpected(ScimError::invalidSyntax(u"the body must be a JSON object (a PatchOp message)"_s));
    return parse(document.object(), kind);
}

ScimResult<QJsonObject> PatchEngine::apply(const QJsonObject &resource, const PatchRequest &request, ResourceKind kind)
{
    Applier applier(resource, kind);
    for (qsizetype i = 0; i < request.operations.size(); ++i) {
        const Outcome outcome = applier.apply(request.operations.at(i));
        if (!outcome) {
            ScimError error = outcome.error();
            error.detail = u"Operations["_s + QString::number(i) + u"]: "_s + error.detail;
            return std::unexpected(error);
        }
    }
    return applier.result();
}

} // namespace scimdesk
