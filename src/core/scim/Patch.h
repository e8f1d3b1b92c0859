// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Filter.h"
#include "Schema.h"
#include "ScimError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace scimdesk {

// One operation of a PATCH request, as parsed (op names are case-insensitive on the wire).
struct PatchOperation
{
    enum class Op { Add, Remove, Replace };
    Op op = Op::Replace;
    QString pathText;              // empty when the operation has no path
    std::optional<PatchPath> path; // parsed pathText
    QJsonValue value;              // QJsonValue::Undefined when absent
};

// A parsed PatchOp message (RFC 7644 §3.5.2).
struct PatchRequest
{
    QList<PatchOperation> operations;

    // Validates the message: `Operations` a non-empty array of objects (at most 10000), each `op` one of
    // add/remove/replace in any case, `path` a valid path when present, `value` present for add and replace.
    // `schemas`, when present, must contain the PatchOp URN. Errors are invalidSyntax / invalidPath /
    // invalidValue / tooMany ScimErrors with a detail naming the operation index.
    static ScimResult<PatchRequest> parse(const QJsonObject &message, ResourceKind kind);
    // The same from the raw request body; a body that is not a JSON object is invalidSyntax.
    static ScimResult<PatchRequest> fromJson(const QByteArray &body, ResourceKind kind);
};

// Applies PATCH operations to the JSON representation of one resource, all or nothing.
//
// `resource` is the full representation as the server returns it (with "id", "schemas", and for groups
// "members"; "meta" may be present and is never changed). On success the modified resource is returned; on
// failure the input is untouched and the ScimError says why (noTarget, mutability, invalidValue, invalidPath).
// Okta and Entra shapes are accepted: no-path replace/add with an object value (keys may be attribute names,
// dotted sub-attribute paths or extension URNs), boolean strings "True"/"False" for boolean attributes,
// `id` inside a no-path value when it equals the resource id, and removal from a multi-valued attribute by a
// value array (only the listed values are removed).
//
// Decisions where RFC 7644 leaves room or the clients need more than it says:
// - `password` is writeOnly, not readOnly: it is accepted and left in the result under "password" (and
//   type-checked as a string). The caller decides whether to hash, store or drop it; it must never be returned.
// - A readOnly attribute in a no-path value that equals the stored one is ignored: `id` equal to the resource id
//   (Okta group rename), or "groups": [] for a user in no group. A different value, or any path that targets a
//   readOnly attribute (id, meta, groups on users) or "schemas", is a mutability error. "meta" and "schemas"
//   keys inside a no-path value are always ignored.
// - Values are type-checked against the schema (boolean attributes also take "True"/"False" strings and are
//   stored as JSON booleans; a single value for a multi-valued attribute is wrapped in an array); attributes the
//   schema does not know are kept as sent. A null value, or a null sub-attribute inside an object value, means
//   "unassigned" and removes it (RFC 7643 §2.5), so `{"$ref":null,"value":"id"}` is stored as `{"value":"id"}`.
//   Removing or nulling a required attribute (userName, a group's displayName) is invalidValue. A scalar for a
//   complex attribute that has a "value" sub-attribute is taken as that value (Entra sends the manager's id as a
//   bare string for `…:User:manager`), and a one-object array for a filtered path as that object.
// - add to a multi-valued attribute skips values already present: an equal JSON value, or an object with the
//   same "value" (and a compatible "type"), into which the new keys are merged.
// - add to `attr[filter].sub` when nothing matches creates a new element from the filter's `x eq "…"` terms plus
//   the sub-attribute, e.g. `emails[type eq "work"].value` makes {"type":"work","value":…}: Entra sends this when
//   a user gets a work email for the first time. replace in the same case is noTarget, as the RFC says.
// - remove with a value filter that matches nothing succeeds without change (Okta may remove a member that is
//   already gone); removing the last element leaves an empty array.
// - Setting primary:true on one element of a multi-valued attribute sets it false on the others (RFC 7643
//   §2.4); two elements made primary by one operation is invalidValue.
// - Attribute names match existing keys case-insensitively, and the existing spelling is kept; new keys take
//   the schema's spelling. Writing into an extension adds its URN to "schemas"; emptying it removes both.
// - An unknown extension URN (not in Schemas) is taken as a whole extension object, rather than "urn:…:attribute",
//   when it equals an entry of the resource's "schemas", or when its value is an object and no "schemas" entry
//   is a prefix of it.
class PatchEngine final
{
public:
    static ScimResult<QJsonObject> apply(const QJsonObject &resource, const PatchRequest &request, ResourceKind kind);
};

} // namespace scimdesk
