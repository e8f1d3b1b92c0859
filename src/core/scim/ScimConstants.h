// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace scimdesk::Urn {

// The schema and message URNs of RFC 7643 and RFC 7644.
inline const QString User = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString Group = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString EnterpriseUser = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString ListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString PatchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString SearchRequest = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:SearchRequest");
inline const QString Error = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
inline const QString ServiceProviderConfig =
    QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
inline const QString ResourceType = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
inline const QString Schema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");

} // namespace scimdesk::Urn
