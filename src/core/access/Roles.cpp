// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Roles.h"

#include <QList>

namespace scimdesk::Roles {

const QList<BuiltinRole> &builtins()
{
    static const QList<BuiltinRole> roles{
        {QString(OrgAdmin),
         {QString(SysAdmin), QString(SecurityAdmin)},
         {QString(ManageGrants), QStringLiteral("VIEW_AUDIT")},
         true},
        {QString(SecurityAdmin), {QString(UserAdmin)}, {QString(ManageGrants), QStringLiteral("VIEW_AUDIT")}, true},
        {QString(SysAdmin),
         {},
         {QStringLiteral("CREATE_DATABASE"), QStringLiteral("CREATE_STORE"), QStringLiteral("CREATE_COMPUTE_POOL")},
         true},
        {QString(UserAdmin), {}, {QStringLiteral("MANAGE_MEMBERS")}, true},
        {QString(Public), {}, {}, false},
    };
    return roles;
}

std::optional<BuiltinRole> builtin(const QString &name)
{
    for (const BuiltinRole &r : builtins()) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

bool isBuiltin(const QString &name)
{
    return builtin(name).has_value();
}

const QStringList &privileges()
{
    static const QStringList all{
        QString(ManageGrants),          QStringLiteral("MANAGE_MEMBERS"),      QStringLiteral("CREATE_DATABASE"),
        QStringLiteral("CREATE_STORE"), QStringLiteral("CREATE_COMPUTE_POOL"), QStringLiteral("VIEW_AUDIT")};
    return all;
}

QStringList closure(const QString &role)
{
    QStringList result{role};
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (const auto b = builtin(result.at(i))) {
            for (const QString &parent : b->inherits) {
                if (!result.contains(parent))
                    result.append(parent);
            }
        }
    }
    return result;
}

} // namespace scimdesk::Roles
