// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessModel.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace scimdesk {

// The Role Mappings tree over an access snapshot. By role: role → how it is held (admin attribute, push group,
// inheritance, everyone) → users. By user: user → role → why. Column 0 names the item, column 1 details it
// (a role's privileges, a user's status).
class AccessTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessTreeModel)

public:
    enum class View { ByRole, ByUser };
    enum Kind { RoleItem, ViaItem, UserItem };
    enum Roles { KindRole = Qt::UserRole + 1, NameRole, WarningRole };

    explicit AccessTreeModel(QObject *parent = nullptr);
    ~AccessTreeModel() override;

    void setSnapshot(const AccessSnapshot &snapshot);
    void setView(View view);
    View view() const { return m_view; }
    const AccessSnapshot &snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A readable description of how a holding came about ("admin attribute deltastreamOrgadmin").
    static QString describeVia(const QString &via);

private:
    struct Node
    {
        Kind kind = RoleItem;
        QString name;
        QString detail;
        QString warning;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        Node *add(Kind kind, const QString &name, const QString &detail = {});
    };
    void rebuild();
    Node *node(const QModelIndex &index) const;

    AccessSnapshot m_snapshot;
    View m_view = View::ByRole;
    std::unique_ptr<Node> m_root;
};

} // namespace scimdesk
