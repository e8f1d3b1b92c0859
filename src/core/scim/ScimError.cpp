// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScimError.h"

#include "ScimConstants.h"

#include <QJsonArray>

namespace scimdesk {

QJsonObject ScimError::toJson() const
{
    QJsonObject o{{QStringLiteral("schemas"), QJsonArray{Urn::Error}},
                  {QStringLiteral("status"), QString::number(status)},
                  {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        o.insert(QStringLiteral("scimType"), scimType);
    return o;
}

} // namespace scimdesk
