// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QAbstractTableModel>

namespace scimdesk {

// The provisioned users of a directory, for the Assignments tab. Sorting and filtering go through a proxy.
class UsersTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersTableModel)

public:
    enum Column { UserName, DisplayName, Status, Admin, Roles, Groups, LastChange, ColumnCount };
    enum { SortRole = Qt::UserRole + 1, IdRole };

    explicit UsersTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setUsers(const QList<UserRow> &users);
    const UserRow &user(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_users.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserRow> m_users;
};

// The groups Okta pushed, for the Push Groups tab.
class GroupsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsTableModel)

public:
    enum Column { Name, Members, Role, Pushed, LastChange, ColumnCount };
    enum { SortRole = Qt::UserRole + 1 };

    explicit GroupsTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setGroups(const QList<GroupRow> &groups, bool rolesAreAssigned);
    const GroupRow &group(int row) const { return m_groups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_groups.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupRow> m_groups;
    bool m_rolesAreAssigned = false;
};

// Times as the console shows them: local, short.
QString displayTime(qint64 ms);

} // namespace scimdesk
