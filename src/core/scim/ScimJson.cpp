// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScimJson.h"

#include <QDateTime>

namespace scimdesk::ScimJson {

QString findKey(const QJsonObject &object, QStringView name)
{
    if (object.contains(name))
        return name.toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

QJsonValue valueCi(const QJsonObject &object, QStringView name)
{
    // The exact spelling first: it is the usual case, and this lookup allocates nothing.
    QJsonValue exact = object.value(name);
    if (!exact.isUndefined())
        return exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isCoreUrn(ResourceKind kind, QStringView urn)
{
    return urn.isEmpty() || Schemas::coreUrn(kind).compare(urn, Qt::CaseInsensitive) == 0;
}

std::optional<bool> asBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString();
        if (s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> dateTimeMsecs(QStringView text)
{
    // Qt's ISO parser also accepts a bare date or time; SCIM dateTimes (xsd:dateTime) always carry both.
    if (text.size() < 19 || text.at(10).toUpper() != u'T')
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

} // namespace scimdesk::ScimJson
