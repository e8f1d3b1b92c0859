// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Filter.h"

#include "ScimJson.h"

#include <QJsonArray>
#include <QList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scimdesk {

namespace {

constexpr int MaxNesting = 64;
constexpr qsizetype MaxFilterLength = 8192;

using Kind = FilterNode::Kind;
using Op = FilterNode::Op;
using Type = AttributeDef::Type;

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// RFC 7644 nameChar, plus '$' for "$ref".
bool isNameChar(QChar c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c) || c == u'_' || c == u'-' || c == u'$';
}

// Characters of an attribute path token: names, the '.' before a sub-attribute and a "urn:…:" prefix.
bool isPathChar(QChar c)
{
    return isNameChar(c) || c == u'.' || c == u':';
}

// ATTRNAME = ALPHA *(nameChar), and "$ref".
bool isValidName(QStringView name)
{
    if (name.isEmpty())
        return false;
    if (name.compare(u"$ref", Qt::CaseInsensitive) == 0)
        return true;
    if (!isAsciiAlpha(name.front()))
        return false;
    for (QChar c : name) {
        if (!isNameChar(c) || c == u'$')
            return false;
    }
    return true;
}

struct OperatorName
{
    QLatin1StringView name;
    Op op;
};

constexpr OperatorName Operators[] = {
    {"eq"_L1, Op::Eq}, {"ne"_L1, Op::Ne}, {"co"_L1, Op::Co}, {"sw"_L1, Op::Sw}, {"ew"_L1, Op::Ew},
    {"gt"_L1, Op::Gt}, {"ge"_L1, Op::Ge}, {"lt"_L1, Op::Lt}, {"le"_L1, Op::Le},
};

QLatin1StringView operatorName(Op op)
{
    for (const OperatorName &o : Operators) {
        if (o.op == op)
            return o.name;
    }
    return {};
}

bool isOrdering(Op op)
{
    return op == Op::Gt || op == Op::Ge || op == Op::Lt || op == Op::Le;
}

bool isSubstring(Op op)
{
    return op == Op::Co || op == Op::Sw || op == Op::Ew;
}

QString typeName(Type t)
{
    switch (t) {
    case Type::String:
        return u"string"_s;
    case Type::Boolean:
        return u"boolean"_s;
    case Type::Decimal:
        return u"decimal"_s;
    case Type::Integer:
        return u"integer"_s;
    case Type::DateTime:
        return u"dateTime"_s;
    case Type::Binary:
        return u"binary"_s;
    case Type::Reference:
        return u"reference"_s;
    case Type::Complex:
        return u"complex"_s;
    }
    return {};
}

// For a complex attribute compared without a sub-attribute, comparisons use its "value" sub-attribute
// (RFC 7644 §3.4.2.2: `emails co "example.com"`).
const AttributeDef *effectiveDef(const AttributeDef *def)
{
    if (def && def->type == Type::Complex) {
        if (const AttributeDef *value = def->subAttribute(u"value"))
            return value;
    }
    return def;
}

// Recursive-descent parser for RFC 7644 §3.4.2.2 with precedence not > and > or. Errors stop the parse at the
// first problem; every function returns nullptr once m_error is set.
class Parser
{
public:
    Parser(QStringView text, ResourceKind kind, const AttrPath &scope) : m_text(text), m_kind(kind), m_scope(scope) {}

    std::unique_ptr<FilterNode> parseAll()
    {
        skipSpace();
        if (atEnd()) {
            m_error = ScimError::invalidFilter(u"invalid filter: the filter is empty"_s);
            return nullptr;
        }
        std::unique_ptr<FilterNode> node = parseOr(0);
        if (!node)
            return nullptr;
        skipSpace();
        if (!atEnd()) {
            if (peek() == u')')
                return fail(m_pos, u"found \")\" without a matching \"(\""_s);
            if (peek() == u']')
                return fail(m_pos, u"found \"]\" without a matching \"[\""_s);
            return fail(m_pos, u"expected \"and\", \"or\" or the end of the filter, found "_s + describeHere());
        }
        return node;
    }

    const ScimError &error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    QStringView wordAt(qsizetype pos) const
    {
        qsizetype end = pos;
        while (end < m_text.size() && isNameChar(m_text.at(end)))
            ++end;
        return m_text.sliced(pos, end - pos);
    }

    // True (and consumes it) when the next word is `keyword`, ignoring case.
    bool acceptKeyword(QLatin1StringView keyword)
    {
        const QStringView word = wordAt(m_pos);
        if (word.compare(keyword, Qt::CaseInsensitive) != 0)
            return false;
        m_pos += word.size();
        return true;
    }

    QString describeHere() const
    {
        if (atEnd())
            return u"the end of the filter"_s;
        qsizetype end = m_pos;
        while (end < m_text.size() && isPathChar(m_text.at(end)) && end - m_pos < 40)
            ++end;
        if (end == m_pos)
            end = m_pos + 1;
        return u"\""_s + m_text.sliced(m_pos, end - m_pos).toString() + u"\""_s;
    }

    std::unique_ptr<FilterNode> fail(qsizetype pos, const QString &what)
    {
        if (m_error.detail.isEmpty())
            m_error =
                ScimError::invalidFilter(u"invalid filter at position "_s + QString::number(pos + 1) + u": "_s + what);
        return nullptr;
    }

    static std::unique_ptr<FilterNode> binary(Kind kind, std::unique_ptr<FilterNode> l, std::unique_ptr<FilterNode> r)
    {
        auto node = std::make_unique<FilterNode>();
        node->kind = kind;
        node->left = std::move(l);
        node->right = std::move(r);
        return node;
    }

    std::unique_ptr<FilterNode> parseOr(int depth)
    {
        std::unique_ptr<FilterNode> left = parseAnd(depth);
        while (left) {
            skipSpace();
            if (!acceptKeyword("or"_L1))
                break;
            skipSpace();
            std::unique_ptr<FilterNode> right = parseAnd(depth);
            if (!right)
                return nullptr;
            left = binary(Kind::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<FilterNode> parseAnd(int depth)
    {
        std::unique_ptr<FilterNode> left = parseUnary(depth);
        while (left) {
            skipSpace();
            if (!acceptKeyword("and"_L1))
                break;
            skipSpace();
            std::unique_ptr<FilterNode> right = parseUnary(depth);
            if (!right)
                return nullptr;
            left = binary(Kind::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<FilterNode> parseUnary(int depth)
    {
        skipSpace();
        if (atEnd())
            return fail(m_pos, u"expected an attribute name, \"not\" or \"(\", found the end of the filter"_s);
        const qsizetype start = m_pos;
        if (wordAt(m_pos).compare("not"_L1, Qt::CaseInsensitive) == 0) {
            m_pos += 3;
            skipSpace();
            if (peek() != u'(')
                return fail(m_pos, u"expected \"(\" after \"not\", found "_s + describeHere());
            std::unique_ptr<FilterNode> inner = parseGroup(depth);
            if (!inner)
                return nullptr;
            auto node = std::make_unique<FilterNode>();
            node->kind = Kind::Not;
            node->left = std::move(inner);
            return node;
        }
        if (peek() == u'(')
            return parseGroup(depth);
        if (!isPathChar(peek()))
            return fail(start, u"expected an attribute name, \"not\" or \"(\", found "_s + describeHere());
        return parseAttributeExpression(depth);
    }

    // "(" FILTER ")", with m_pos on the "(".
    std::unique_ptr<FilterNode> parseGroup(int depth)
    {
        const qsizetype open = m_pos;
        if (depth + 1 > MaxNesting)
            return fail(open, u"nesting deeper than %1 levels"_s.arg(MaxNesting));
        ++m_pos;
        std::unique_ptr<FilterNode> inner = parseOr(depth + 1);
        if (!inner)
            return nullptr;
        skipSpace();
        if (peek() != u')')
            return fail(m_pos,
                        u"expected \")\" to close the \"(\" at position %1, found "_s.arg(open + 1) + describeHere());
        ++m_pos;
        return inner;
    }

    // The scope that attribute names are relative to: the bracketed attribute inside a value filter, otherwise
    // the scope the caller gave (empty for a filter over whole resources).
    const AttrPath &currentScope() const { return m_bracket ? *m_bracket : m_scope; }

    const AttributeDef *resolve(const AttrPath &path) const
    {
        const AttrPath &scope = currentScope();
        if (!scope.attribute.isEmpty())
            return Schemas::find(m_kind, scope.urn, scope.attribute, path.attribute);
        if (path.subAttribute.isEmpty())
            return Schemas::find(m_kind, path.urn, path.attribute);
        return Schemas::find(m_kind, path.urn, path.attribute, path.subAttribute);
    }

    // Reads an attribute path token at m_pos and splits it; nullopt (with m_error set) when it is malformed.
    std::optional<AttrPath> readAttrPath()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isPathChar(peek()))
            ++m_pos;
        const QStringView token = m_text.sliced(start, m_pos - start);
        const Schemas::SplitPath split = Schemas::splitPath(token);
        AttrPath path{split.urn, split.attribute, split.subAttribute};
        const bool scoped = !currentScope().attribute.isEmpty();
        if (scoped && (!path.urn.isEmpty() || !path.subAttribute.isEmpty())) {
            fail(start, u"inside a value filter of \"%1\" only its sub-attribute names are allowed, found \"%2\""_s.arg(
                            currentScope().toString(), token));
            return std::nullopt;
        }
        if (path.attribute.isEmpty()) {
            fail(start, path.urn.isEmpty() ? u"expected an attribute name, found \"%1\""_s.arg(token)
                                           : u"expected an attribute name after the schema URN in \"%1\""_s.arg(token));
            return std::nullopt;
        }
        if (token.endsWith(u'.')) {
            fail(m_pos - 1, u"expected a sub-attribute name after the \".\" in \"%1\""_s.arg(token));
            return std::nullopt;
        }
        if (!isValidName(path.attribute)) {
            fail(start, u"\"%1\" is not a valid attribute name"_s.arg(path.attribute));
            return std::nullopt;
        }
        if (!path.subAttribute.isEmpty() && !isValidName(path.subAttribute)) {
            fail(start, u"\"%1\" is not a valid sub-attribute name in \"%2\""_s.arg(path.subAttribute, token));
            return std::nullopt;
        }
        return path;
    }

    std::unique_ptr<FilterNode> parseAttributeExpression(int depth)
    {
        const qsizetype start = m_pos;
        std::optional<AttrPath> path = readAttrPath();
        if (!path)
            return nullptr;
        if (peek() == u'[')
            return parseValuePath(depth, *path, start);
        return parseComparison(*path, m_text.sliced(start, m_pos - start));
    }

    // attrPath SP ("pr" / compareOp SP compValue); m_pos is just after the attribute path.
    std::unique_ptr<FilterNode> parseComparison(const AttrPath &path, QStringView written)
    {
        skipSpace();
        const qsizetype opPos = m_pos;
        const QStringView word = wordAt(m_pos);
        auto node = std::make_unique<FilterNode>();
        node->path = path;
        const AttributeDef *def = resolve(path);
        node->attribute = effectiveDef(def);
        if (word.compare("pr"_L1, Qt::CaseInsensitive) == 0) {
            m_pos += word.size();
            node->kind = Kind::Present;
            node->attribute = def;
            return node;
        }
        std::optional<Op> op;
        for (const OperatorName &o : Operators) {
            if (word.compare(o.name, Qt::CaseInsensitive) == 0)
                op = o.op;
        }
        if (!op) {
            return fail(opPos, u"expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after \"%1\", "
                               u"found "_s.arg(written) +
                                   describeHere());
        }
        m_pos += word.size();
        node->kind = Kind::Compare;
        node->op = *op;
        if (!atEnd() && !m_text.at(m_pos).isSpace() && peek() != u'"')
            return fail(m_pos, u"expected a space after \"%1\""_s.arg(word));
        skipSpace();
        const qsizetype valuePos = m_pos;
        std::optional<QJsonValue> value = parseValue();
        if (!value)
            return nullptr;
        node->value = *value;
        if (!checkComparison(*node, written, opPos, valuePos))
            return nullptr;
        return node;
    }

    // Type checks that can be decided from the schema alone, so that a meaningless filter is a 400 rather than a
    // silent empty result.
    bool checkComparison(const FilterNode &node, QStringView written, qsizetype opPos, qsizetype valuePos)
    {
        const QLatin1StringView opName = operatorName(node.op);
        const AttributeDef *eff = node.attribute;
        if (isOrdering(node.op) || isSubstring(node.op)) {
            if (node.value.isNull()) {
                fail(valuePos, u"\"%1\" cannot compare with null"_s.arg(opName));
                return false;
            }
        }
        if (isOrdering(node.op)) {
            if (node.value.isBool()) {
                fail(valuePos, u"\"%1\" cannot order by a boolean value"_s.arg(opName));
                return false;
            }
            if (eff && (eff->type == Type::Boolean || eff->type == Type::Binary || eff->type == Type::Complex)) {
                fail(opPos, u"\"%1\" cannot be applied to the %2 attribute \"%3\""_s.arg(opName, typeName(eff->type),
                                                                                         written));
                return false;
            }
        }
        if (eff && eff->type == Type::DateTime && !isSubstring(node.op) && !node.value.isNull()) {
            if (!node.value.isString() || !ScimJson::dateTimeMsecs(node.value.toString())) {
                fail(valuePos, u"\"%1\" is a dateTime: expected an ISO 8601 dateTime string such as "
                               u"\"2011-05-13T04:42:34Z\""_s.arg(written));
                return false;
            }
        }
        if (eff && eff->type == Type::Boolean && !isSubstring(node.op) && !node.value.isNull() &&
            !ScimJson::asBool(node.value)) {
            fail(valuePos, u"\"%1\" is a boolean: expected true or false"_s.arg(written));
            return false;
        }
        return true;
    }

    // attrPath "[" valFilter "]" ["." subAttr SP (pr / compareOp SP compValue)]; m_pos on the "[".
    std::unique_ptr<FilterNode> parseValuePath(int depth, const AttrPath &path, qsizetype start)
    {
        const qsizetype open = m_pos;
        if (m_bracket || !m_scope.attribute.isEmpty())
            return fail(open, u"value filters cannot be nested"_s);
        if (!path.subAttribute.isEmpty())
            return fail(open, u"a value filter must follow an attribute name, not the sub-attribute \"%1\""_s.arg(
                                  path.toString()));
        if (depth + 1 > MaxNesting)
            return fail(open, u"nesting deeper than %1 levels"_s.arg(MaxNesting));
        ++m_pos;
        skipSpace();
        if (peek() == u']')
            return fail(m_pos, u"the value filter of \"%1\" is empty"_s.arg(path.toString()));
        m_bracket = &path;
        std::unique_ptr<FilterNode> inner = parseOr(depth + 1);
        m_bracket = nullptr;
        if (!inner)
            return nullptr;
        skipSpace();
        if (peek() != u']')
            return fail(m_pos,
                        u"expected \"]\" to close the \"[\" at position %1, found "_s.arg(open + 1) + describeHere());
        ++m_pos;
        auto node = std::make_unique<FilterNode>();
        node->kind = Kind::ValuePath;
        node->path = path;
        node->left = std::move(inner);
        if (peek() != u'.')
            return node;
        ++m_pos;
        const qsizetype subStart = m_pos;
        const QStringView sub = wordAt(m_pos);
        if (!isValidName(sub))
            return fail(subStart, u"expected a sub-attribute name after \"].\", found "_s + describeHere());
        m_pos += sub.size();
        node->path.subAttribute = sub.toString();
        // The trailing comparison is evaluated on the selected elements, so it resolves against the bracket scope.
        m_bracket = &path;
        std::unique_ptr<FilterNode> trailing =
            parseComparison(AttrPath{QString(), sub.toString(), QString()}, m_text.sliced(start, m_pos - start));
        m_bracket = nullptr;
        if (!trailing)
            return nullptr;
        node->right = std::move(trailing);
        return node;
    }

    std::optional<QJsonValue> parseValue()
    {
        if (atEnd()) {
            fail(m_pos, u"expected a value (a quoted string, a number, true, false or null), found the end of the "
                        u"filter"_s);
            return std::nullopt;
        }
        const QChar c = peek();
        if (c == u'"')
            return parseString();
        if (c == u'-' || isAsciiDigit(c))
            return parseNumber();
        const qsizetype start = m_pos;
        const QStringView word = wordAt(m_pos);
        std::optional<QJsonValue> value;
        if (word.compare("true"_L1, Qt::CaseInsensitive) == 0)
            value = QJsonValue(true);
        else if (word.compare("false"_L1, Qt::CaseInsensitive) == 0)
            value = QJsonValue(false);
        else if (word.compare("null"_L1, Qt::CaseInsensitive) == 0)
            value = QJsonValue(QJsonValue::Null);
        if (!value) {
            fail(start,
                 u"expected a value (a quoted string, a number, true, false or null), found "_s + describeHere());
            return std::nullopt;
        }
        m_pos += word.size();
        return value;
    }

    static int hexValue(QChar c)
    {
        if (isAsciiDigit(c))
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    }

    // A JSON string (RFC 8259 escapes), m_pos on the opening quote.
    std::optional<QJsonValue> parseString()
    {
        const qsizetype open = m_pos;
        ++m_pos;
        QString out;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return QJsonValue(out);
            }
            if (c != u'\\') {
                out.append(c);
                ++m_pos;
                continue;
            }
            const qsizetype escape = m_pos;
            ++m_pos;
            if (atEnd())
                break;
            const QChar e = m_text.at(m_pos);
            ++m_pos;
            switch (e.unicode()) {
            case u'"':
                out.append(u'"');
                break;
            case u'\\':
                out.append(u'\\');
                break;
            case u'/':
                out.append(u'/');
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = atEnd() ? -1 : hexValue(m_text.at(m_pos));
                    if (h < 0) {
                        fail(escape, u"\"\\u\" must be followed by four hexadecimal digits"_s);
                        return std::nullopt;
                    }
                    code = code * 16 + h;
                    ++m_pos;
                }
                // Surrogate pairs arrive as two \u escapes; appending the UTF-16 units reassembles them.
                out.append(QChar(char16_t(code)));
                break;
            }
            default:
                fail(escape, u"invalid escape \"\\%1\" in a string"_s.arg(e));
                return std::nullopt;
            }
        }
        fail(open, u"unterminated string: the quote at position %1 is never closed"_s.arg(open + 1));
        return std::nullopt;
    }

    // A JSON number: -? digits [. digits] [(e|E) [+|-] digits].
    std::optional<QJsonValue> parseNumber()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && isAsciiDigit(peek()))
                ++m_pos;
            return m_pos > from;
        };
        if (peek() == u'-')
            ++m_pos;
        bool ok = digits();
        if (ok && peek() == u'.') {
            ++m_pos;
            ok = digits();
        }
        if (ok && (peek() == u'e' || peek() == u'E')) {
            ++m_pos;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            ok = digits();
        }
        if (ok && !atEnd() && (isNameChar(peek()) || peek() == u'.'))
            ok = false;
        if (!ok) {
            while (!atEnd() && (isPathChar(peek()) || peek() == u'+'))
                ++m_pos;
            fail(start, u"\"%1\" is not a valid number"_s.arg(m_text.sliced(start, m_pos - start)));
            return std::nullopt;
        }
        const double number = m_text.sliced(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            fail(start, u"the number \"%1\" is out of range"_s.arg(m_text.sliced(start, m_pos - start)));
            return std::nullopt;
        }
        return QJsonValue(number);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    ResourceKind m_kind;
    const AttrPath &m_scope;
    const AttrPath *m_bracket = nullptr;
    ScimError m_error{400, QString(), QString()};
};

// ---- evaluation --------------------------------------------------------------------------------------------

void appendFlattened(QList<QJsonValue> &out, const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (!element.isNull() && !element.isUndefined())
                out.append(element);
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append(value);
    }
}

// The values `path` designates in `object`, multi-valued attributes flattened. With `compareForm`, complex
// values are replaced by their "value" sub-attribute (and dropped when they have none).
QList<QJsonValue> valuesAt(const QJsonObject &object, const AttrPath &path, ResourceKind kind, bool compareForm)
{
    QJsonObject container = object;
    if (!ScimJson::isCoreUrn(kind, path.urn)) {
        const QJsonValue extension = ScimJson::valueCi(object, path.urn);
        if (!extension.isObject())
            return {};
        container = extension.toObject();
    }
    QList<QJsonValue> values;
    appendFlattened(values, ScimJson::valueCi(container, path.attribute));
    if (!path.subAttribute.isEmpty()) {
        QList<QJsonValue> subValues;
        for (const QJsonValue &v : std::as_const(values)) {
            if (v.isObject())
                appendFlattened(subValues, ScimJson::valueCi(v.toObject(), path.subAttribute));
        }
        values = std::move(subValues);
    }
    if (compareForm) {
        QList<QJsonValue> scalars;
        scalars.reserve(values.size());
        for (const QJsonValue &v : std::as_const(values)) {
            if (v.isObject())
                appendFlattened(scalars, ScimJson::valueCi(v.toObject(), u"value"));
            else
                scalars.append(v);
        }
        values = std::move(scalars);
    }
    return values;
}

bool isPresent(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    default:
        return true;
    }
}

std::optional<double> asNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<QString> asText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return std::nullopt;
    }
}

template <typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool orderingHolds(int cmp, Op op)
{
    switch (op) {
    case Op::Eq:
        return cmp == 0;
    case Op::Ne:
        return cmp != 0;
    case Op::Gt:
        return cmp > 0;
    case Op::Ge:
        return cmp >= 0;
    case Op::Lt:
        return cmp < 0;
    case Op::Le:
        return cmp <= 0;
    default:
        return false;
    }
}

bool compareOne(const QJsonValue &stored, const FilterNode &node)
{
    const QJsonValue &wanted = node.value;
    const AttributeDef *def = node.attribute;
    const Op op = node.op;
    const bool substring = isSubstring(op);

    const bool booleanMode = def ? def->type == Type::Boolean : wanted.isBool();
    if (booleanMode && (op == Op::Eq || op == Op::Ne)) {
        const std::optional<bool> a = ScimJson::asBool(stored);
        const std::optional<bool> b = ScimJson::asBool(wanted);
        if (a && b)
            return (op == Op::Eq) == (*a == *b);
    }
    if (def && def->type == Type::DateTime && !substring && stored.isString() && wanted.isString()) {
        const std::optional<qint64> a = ScimJson::dateTimeMsecs(stored.toString());
        const std::optional<qint64> b = ScimJson::dateTimeMsecs(wanted.toString());
        if (a && b)
            return orderingHolds(threeWay(*a, *b), op);
    }
    const bool numericMode =
        def ? (def->type == Type::Integer || def->type == Type::Decimal) : (wanted.isDouble() || stored.isDouble());
    if (numericMode && !substring) {
        const std::optional<double> a = asNumber(stored);
        const std::optional<double> b = asNumber(wanted);
        if (a && b)
            return orderingHolds(threeWay(*a, *b), op);
    }
    const std::optional<QString> a = asText(stored);
    const std::optional<QString> b = asText(wanted);
    if (!a || !b)
        return op == Op::Ne;
    const Qt::CaseSensitivity cs = def && def->caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    switch (op) {
    case Op::Co:
        return a->contains(*b, cs);
    case Op::Sw:
        return a->startsWith(*b, cs);
    case Op::Ew:
        return a->endsWith(*b, cs);
    default:
        return orderingHolds(a->compare(*b, cs), op);
    }
}

bool evaluate(const FilterNode &node, const QJsonObject &object, ResourceKind kind)
{
    switch (node.kind) {
    case Kind::And:
        return evaluate(*node.left, object, kind) && evaluate(*node.right, object, kind);
    case Kind::Or:
        return evaluate(*node.left, object, kind) || evaluate(*node.right, object, kind);
    case Kind::Not:
        return !evaluate(*node.left, object, kind);
    case Kind::Present: {
        const QList<QJsonValue> values = valuesAt(object, node.path, kind, false);
        return std::any_of(values.cbegin(), values.cend(), isPresent);
    }
    case Kind::Compare: {
        if (node.path.urn.isEmpty() && node.path.subAttribute.isEmpty()) {
            // Fast path for a plain scalar attribute (`value eq "…"` over every member of a large group).
            const QJsonValue v = ScimJson::valueCi(object, node.path.attribute);
            if (!v.isArray() && !v.isObject()) {
                const bool absent = v.isUndefined() || v.isNull();
                if (node.value.isNull())
                    return (node.op == Op::Eq) == absent;
                return absent ? node.op == Op::Ne : compareOne(v, node);
            }
        }
        const QList<QJsonValue> values = valuesAt(object, node.path, kind, true);
        if (node.value.isNull())
            return (node.op == Op::Eq) == values.isEmpty();
        if (values.isEmpty())
            return node.op == Op::Ne;
        return std::any_of(values.cbegin(), values.cend(),
                           [&node](const QJsonValue &v) { return compareOne(v, node); });
    }
    case Kind::ValuePath: {
        AttrPath attribute = node.path;
        attribute.subAttribute.clear();
        const QList<QJsonValue> elements = valuesAt(object, attribute, kind, false);
        for (const QJsonValue &element : elements) {
            if (!element.isObject())
                continue;
            const QJsonObject e = element.toObject();
            if (evaluate(*node.left, e, kind) && (!node.right || evaluate(*node.right, e, kind)))
                return true;
        }
        return false;
    }
    }
    return false;
}

const FilterNode *findEquality(const FilterNode *node, QStringView attribute)
{
    if (!node)
        return nullptr;
    if (node->kind == Kind::And) {
        if (const FilterNode *found = findEquality(node->left.get(), attribute))
            return found;
        return findEquality(node->right.get(), attribute);
    }
    if (node->kind != Kind::Compare || node->op != Op::Eq || !node->value.isString())
        return nullptr;
    if (!node->path.subAttribute.isEmpty() || node->path.attribute.compare(attribute, Qt::CaseInsensitive) != 0)
        return nullptr;
    return node;
}

} // namespace

QString AttrPath::toString() const
{
    QString out;
    if (!urn.isEmpty())
        out = urn + u':';
    out += attribute;
    if (!subAttribute.isEmpty())
        out += u'.' + subAttribute;
    return out;
}

Filter::Filter() = default;
Filter::~Filter() = default;
Filter::Filter(const Filter &) = default;
Filter &Filter::operator=(const Filter &) = default;
Filter::Filter(Filter &&) noexcept = default;
Filter &Filter::operator=(Filter &&) noexcept = default;

ScimResult<Filter> Filter::parse(QStringView text, ResourceKind kind, const AttrPath &scope)
{
    if (text.size() > MaxFilterLength) {
        return std::unexpected(ScimError::invalidFilter(
            u"invalid filter: the filter is %1 characters long; at most %2 are allowed"_s.arg(text.size())
                .arg(MaxFilterLength)));
    }
    Parser parser(text, kind, scope);
    std::unique_ptr<FilterNode> root = parser.parseAll();
    if (!root)
        return std::unexpected(parser.error());
    Filter filter;
    filter.m_root = std::move(root);
    filter.m_kind = kind;
    filter.m_scope = scope;
    return filter;
}

bool Filter::matches(const QJsonObject &object) const
{
    return !m_root || evaluate(*m_root, object, m_kind);
}

std::optional<QString> Filter::equalityOn(QStringView attribute) const
{
    if (!m_scope.attribute.isEmpty())
        return std::nullopt;
    const FilterNode *node = findEquality(m_root.get(), attribute);
    if (!node || !ScimJson::isCoreUrn(m_kind, node->path.urn))
        return std::nullopt;
    // Only attributes the schema knows to be single-valued and simple: the store indexes those, and for anything
    // else narrowing by one string would not be equivalent to the filter.
    const AttributeDef *def = Schemas::find(m_kind, node->path.urn, node->path.attribute);
    if (!def || def->multiValued || (def->type != Type::String && def->type != Type::Reference))
        return std::nullopt;
    return node->value.toString();
}

// ---- PatchPath ---------------------------------------------------------------------------------------------

ScimResult<PatchPath> PatchPath::parse(QStringView text, ResourceKind kind)
{
    auto fail = [&text](const QString &why) {
        return std::unexpected(ScimError::invalidPath(u"invalid path \"%1\": %2"_s.arg(text, why)));
    };
    if (text.size() > MaxFilterLength)
        return fail(u"the path is longer than %1 characters"_s.arg(MaxFilterLength));
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(u"the path is empty"_s);

    const qsizetype bracket = t.indexOf(u'[');
    const QStringView attrText = bracket < 0 ? t : t.first(bracket);
    for (qsizetype i = 0; i < attrText.size(); ++i) {
        if (!isPathChar(attrText.at(i)))
            return fail(u"unexpected character \"%1\" at position %2"_s.arg(attrText.at(i)).arg(i + 1));
    }
    const Schemas::SplitPath split = Schemas::splitPath(attrText);
    PatchPath path;
    path.attr = AttrPath{split.urn, split.attribute, split.subAttribute};
    if (split.attribute.isEmpty()) {
        if (split.urn.isEmpty() || bracket >= 0)
            return fail(u"expected an attribute name"_s);
        if (ScimJson::isCoreUrn(kind, split.urn))
            return fail(u"the core schema URN alone does not name an attribute"_s);
        path.isExtensionUrnOnly = true;
        return path;
    }
    if (!isValidName(split.attribute))
        return fail(u"\"%1\" is not a valid attribute name"_s.arg(split.attribute));
    if (attrText.endsWith(u'.'))
        return fail(u"expected a sub-attribute name after the \".\""_s);
    if (!split.subAttribute.isEmpty() && !isValidName(split.subAttribute))
        return fail(u"\"%1\" is not a valid sub-attribute name"_s.arg(split.subAttribute));
    if (bracket < 0)
        return path;

    if (!split.subAttribute.isEmpty())
        return fail(u"a value filter must follow the attribute name, as in emails[type eq \"work\"].value"_s);
    // The closing bracket is the first "]" outside a quoted string.
    qsizetype close = -1;
    bool inString = false;
    for (qsizetype i = bracket + 1; i < t.size() && close < 0; ++i) {
        const QChar c = t.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u']') {
            close = i;
        }
    }
    if (close < 0)
        return fail(u"missing \"]\" to close the value filter"_s);
    ScimResult<Filter> filter = Filter::parse(t.sliced(bracket + 1, close - bracket - 1), kind, path.attr);
    if (!filter)
        return fail(u"in the value filter: "_s + filter.error().detail);
    path.valueFilter = std::move(*filter);

    const QStringView rest = t.sliced(close + 1);
    if (rest.isEmpty())
        return path;
    if (rest.front() != u'.')
        return fail(u"unexpected \"%1\" after the value filter"_s.arg(rest));
    const QStringView sub = rest.sliced(1);
    if (!isValidName(sub))
        return fail(u"\"%1\" is not a valid sub-attribute name"_s.arg(sub));
    path.subAttributeAfterFilter = sub.toString();
    return path;
}

} // namespace scimdesk
