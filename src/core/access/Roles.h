// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace scimdesk {

// The built-in roles and the privilege catalogue. Built-in roles exist in every directory, are defined here (not
// in the database) and keep their default privileges; custom roles and extra grants live in the store.
namespace Roles {

inline constexpr QLatin1StringView OrgAdmin{"orgadmin"};
inline constexpr QLatin1StringView SecurityAdmin{"securityadmin"};
inline constexpr QLatin1StringView SysAdmin{"sysadmin"};
inline constexpr QLatin1StringView UserAdmin{"useradmin"};
inline constexpr QLatin1StringView Public{"public"};

inline constexpr QLatin1StringView ManageGrants{"MANAGE_GRANTS"};

struct BuiltinRole
{
    QString name;
    QStringList inherits;          // roles whose holders this role's holders also are
    QStringList defaultPrivileges; // cannot be revoked
    bool privileged = false;       // flagged in access reviews
};

const QList<BuiltinRole> &builtins();
// The built-in role with this name (any case), if it is one.
std::optional<BuiltinRole> builtin(const QString &name);
bool isBuiltin(const QString &name);
// Every privilege that can be granted, in catalogue order.
const QStringList &privileges();
// The roles `role` makes its holders hold: itself, then what it inherits, transitively, without repeats.
QStringList closure(const QString &role);
// The case-folded key roles are compared by.
inline QString key(const QString &name)
{
    return name.toCaseFolded();
}

} // namespace Roles

} // namespace scimdesk
