// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small JSON helpers shared by the filter evaluator and the PATCH engine. SCIM attribute names and schema URNs
// are case-insensitive (RFC 7643 §2.1) while QJsonObject keys are not, so every lookup goes through these.
namespace scimdesk::ScimJson {

// The key of `object` that equals `name` ignoring case (an exact match wins), or a null QString.
QString findKey(const QJsonObject &object, QStringView name);

// The value under `name` ignoring case, or QJsonValue::Undefined.
QJsonValue valueCi(const QJsonObject &object, QStringView name);

// True when `urn` is empty or the core schema URN of `kind`: the attribute lives at the top level.
bool isCoreUrn(ResourceKind kind, QStringView urn);

// A JSON boolean, or the strings "true"/"false" in any case (Entra sends "True"/"False").
std::optional<bool> asBool(const QJsonValue &value);

// Parses an ISO 8601 dateTime ("2011-05-13T04:42:34Z", with or without fraction and offset). A dateTime without
// an offset is taken as UTC, so results never depend on the machine's time zone.
std::optional<qint64> dateTimeMsecs(QStringView text);

} // namespace scimdesk::ScimJson
