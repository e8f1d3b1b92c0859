// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schema.h"
#include "ScimError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace scimdesk {

// An attribute path of RFC 7644 §3.10: [urn ":"] attribute ["." subAttribute]. Names keep the case they were
// written in; comparisons against resources are case-insensitive.
struct AttrPath
{
    QString urn;          // empty for the core schema
    QString attribute;    // never empty
    QString subAttribute; // may be empty
    QString toString() const;
};

// One node of a parsed filter (RFC 7644 §3.4.2.2).
struct FilterNode
{
    enum class Kind { And, Or, Not, Compare, Present, ValuePath };
    enum class Op { Eq, Ne, Co, Sw, Ew, Gt, Ge, Lt, Le };

    Kind kind = Kind::Compare;
    Op op = Op::Eq;
    AttrPath path;    // Compare, Present, ValuePath (the complex attribute; subAttribute = the part after "]." if any)
    QJsonValue value; // Compare: the compValue (string, double, bool or null)
    std::unique_ptr<FilterNode> left; // And/Or: left operand; Not: the operand; ValuePath: the inner filter
    // And/Or: right operand. ValuePath written as `emails[type eq "work"].value eq "x"` (the form Entra uses):
    // the Compare/Present node tested on the sub-attribute of each element the inner filter selects; its path
    // is the sub-attribute alone. Null for a plain `emails[type eq "work"]`.
    std::unique_ptr<FilterNode> right;
    // Compare/Present: the schema definition used to evaluate the node (the sub-attribute when one is named; for
    // a complex attribute compared directly, its "value" sub-attribute), or nullptr for an attribute the schema
    // does not know. Points into the static Schemas tables, so it stays valid for the life of the program.
    const AttributeDef *attribute = nullptr;
};

// A parsed SCIM filter, evaluated against the JSON representation of a resource.
//
// Semantics: a multi-valued attribute matches when any of its values does (for every operator, `ne` included);
// a complex attribute compared without a sub-attribute compares its "value" sub-attribute; strings compare
// case-insensitively unless the schema says caseExact (unknown attributes: case-insensitive); dateTime
// attributes compare chronologically; boolean attributes accept stored true/false and the strings
// "true"/"false" in any case. `eq null` matches an absent, null or empty-array attribute, and `ne` (with any
// value) matches when the attribute is absent. Extension attributes are looked up under their schema URN key,
// case-insensitively.
//
// Copies share the immutable parsed tree, so a Filter is cheap to copy (PatchOperation lists hold them).
//
// `scope` is empty for a filter over whole resources; for a value filter inside brackets (as in
// `emails[type eq "work"]` or a PATCH path `members[value eq "x"]`) it names the complex attribute whose
// elements are being tested, so that sub-attribute characteristics (caseExact, type) come from the schema.
class Filter final
{
public:
    Filter();
    ~Filter();
    Filter(const Filter &);
    Filter &operator=(const Filter &);
    Filter(Filter &&) noexcept;
    Filter &operator=(Filter &&) noexcept;

    // Parses `text`. Errors are ScimError::invalidFilter with a detail that names the position (1-based, in
    // characters) and what was expected. Attribute names and operators are case-insensitive. Nesting deeper than
    // 64 levels or text longer than 8192 characters is refused. Ordering operators (gt, ge, lt, le) on boolean,
    // binary or complex attributes, or with a true/false/null compValue, and a dateTime attribute compared with
    // something that is not an ISO 8601 dateTime, are refused at parse time too.
    static ScimResult<Filter> parse(QStringView text, ResourceKind kind, const AttrPath &scope = {});

    // True when `object` (a resource, or an element of the scope attribute) matches. A default-constructed
    // Filter (no filter at all) matches everything.
    bool matches(const QJsonObject &object) const;

    // When the filter is `attribute eq "string"` on a core single-valued attribute, possibly as one operand of a
    // top-level chain of `and`, returns that string: the store uses it to narrow candidates through an index
    // before `matches()` decides. Case-insensitive attribute match; only string compValues.
    std::optional<QString> equalityOn(QStringView attribute) const;

    const FilterNode *root() const { return m_root.get(); }
    ResourceKind kind() const { return m_kind; }
    const AttrPath &scope() const { return m_scope; }

private:
    std::shared_ptr<const FilterNode> m_root;
    ResourceKind m_kind = ResourceKind::User;
    AttrPath m_scope;
};

// A PATCH operation path (RFC 7644 §3.5.2): attrPath, or valuePath ("[" valFilter "]") optionally followed by
// "." subAttribute. Examples: `active`, `name.givenName`, `members[value eq "2819c223"]`,
// `emails[type eq "work"].value`, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value`,
// and a bare extension URN.
struct PatchPath
{
    AttrPath attr;                     // attribute (and subAttribute when written as `a.b` without a filter)
    std::optional<Filter> valueFilter; // the bracketed filter, scoped to attr
    QString subAttributeAfterFilter;   // `x` in `attr[filter].x`
    bool isExtensionUrnOnly = false;   // the whole path is a schema URN (attr.urn set, attribute empty)

    // Parses a path; errors are ScimError::invalidPath.
    static ScimResult<PatchPath> parse(QStringView text, ResourceKind kind);
};

} // namespace scimdesk
