// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryTableModels.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace scimdesk {

QString displayTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

void UsersTableModel::setUsers(const QList<UserRow> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const UserRow &u = m_users.at(index.row());
    if (role == IdRole)
        return u.id;
    if (role == Qt::ForegroundRole && u.status != QLatin1StringView("active"))
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::CheckStateRole && index.column() == Admin)
        return u.admin ? Qt::Checked : Qt::Unchecked;
    if (role == SortRole && index.column() == LastChange)
        return u.modifiedMs;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserName:
        return u.userName;
    case DisplayName:
        return u.displayName;
    case Status:
        return u.status;
    case Admin:
        return role == SortRole ? QVariant(u.admin) : QVariant();
    case Roles:
        return u.roles.join(QStringLiteral(", "));
    case Groups:
        return u.groups.join(QStringLiteral(", "));
    case LastChange:
        return displayTime(u.modifiedMs);
    default:
        return {};
    }
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Status:
        return tr("Status");
    case Admin:
        return tr("Admin attribute");
    case Roles:
        return tr("Effective roles");
    case Groups:
        return tr("Groups (source)");
    case LastChange:
        return tr("Last change");
    default:
        return {};
    }
}

void GroupsTableModel::setGroups(const QList<GroupRow> &groups, bool rolesAreAssigned)
{
    beginResetModel();
    m_groups = groups;
    m_rolesAreAssigned = rolesAreAssigned;
    endResetModel();
}

QVariant GroupsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const GroupRow &g = m_groups.at(index.row());
    if (role == SortRole) {
        if (index.column() == Members)
            return g.members.size();
        if (index.column() == Pushed)
            return g.createdMs;
        if (index.column() == LastChange)
            return g.modifiedMs;
    }
    if (role == Qt::ToolTipRole && index.column() == Members)
        return g.members.join(u'\n');
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return g.name;
    case Members:
        return tr("%n member(s)", nullptr, int(g.members.size()));
    case Role:
        if (m_rolesAreAssigned)
            return g.assignedRoles.isEmpty() ? tr("no roles assigned") : g.assignedRoles.join(QStringLiteral(", "));
        return g.role.isEmpty() ? tr("—") : g.role;
    case Pushed:
        return displayTime(g.createdMs);
    case LastChange:
        return displayTime(g.modifiedMs);
    default:
        return {};
    }
}

QVariant GroupsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Group");
    case Members:
        return tr("Members");
    case Role:
        return m_rolesAreAssigned ? tr("Roles assigned") : tr("Role");
    case Pushed:
        return tr("Pushed");
    case LastChange:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace scimdesk
