// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessTreeModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QMap>
#include <QPalette>

namespace scimdesk {

AccessTreeModel::Node *AccessTreeModel::Node::add(Kind k, const QString &n, const QString &d)
{
    auto child = std::make_unique<Node>();
    child->kind = k;
    child->name = n;
    child->detail = d;
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

AccessTreeModel::AccessTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

AccessTreeModel::~AccessTreeModel() = default;

QString AccessTreeModel::describeVia(const QString &via)
{
    if (via.startsWith(u"attribute:"))
        return tr("admin attribute %1").arg(via.mid(10));
    if (via.startsWith(u"group:"))
        return tr("push group %1").arg(via.mid(6));
    if (via.startsWith(u"inherits:"))
        return tr("inherited from %1").arg(via.mid(9));
    if (via == QLatin1StringView("everyone"))
        return tr("every active user");
    if (via == QLatin1StringView("bootstrap"))
        return tr("bootstrap administrator");
    return via;
}

void AccessTreeModel::setSnapshot(const AccessSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    rebuild();
    endResetModel();
}

void AccessTreeModel::setView(View view)
{
    if (view == m_view)
        return;
    beginResetModel();
    m_view = view;
    rebuild();
    endResetModel();
}

void AccessTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    if (m_view == View::ByRole) {
        for (const RoleView &r : std::as_const(m_snapshot.roles)) {
            QString detail = r.privileges.isEmpty() ? tr("no privileges") : r.privileges.join(QStringLiteral(", "));
            Node *role = m_root->add(RoleItem, r.name, detail);
            if (!r.builtin && r.privileges.isEmpty())
                role->warning = tr("A custom role with no privileges: its holders can do nothing yet.");
            // Group the holders by how they hold the role.
            QMap<QString, QStringList> byVia;
            for (const HolderView &h : r.holders) {
                for (const QString &via : h.via)
                    byVia[via].append(h.userName);
            }
            for (const QString &group : r.assignedTo) {
                if (!byVia.contains(QStringLiteral("group:") + group))
                    byVia.insert(QStringLiteral("group:") + group, {});
            }
            for (auto it = byVia.begin(); it != byVia.end(); ++it) {
                Node *via = role->add(ViaItem, describeVia(it.key()), tr("%n holder(s)", nullptr, int(it->size())));
                for (const QString &user : std::as_const(*it)) {
                    const UserView *u = m_snapshot.user(user);
                    via->add(UserItem, user, u ? u->status : QString());
                }
            }
        }
    } else {
        for (const UserView &u : std::as_const(m_snapshot.users)) {
            Node *user = m_root->add(UserItem, u.userName,
                                     u.privileges.isEmpty()
                                         ? u.status
                                         : u.status + QStringLiteral(" — ") + u.privileges.join(QStringLiteral(", ")));
            for (const auto &[roleName, why] : u.why) {
                QStringList reasons;
                for (const QString &via : why)
                    reasons.append(describeVia(via));
                Node *role = user->add(RoleItem, roleName, reasons.join(QStringLiteral("; ")));
                for (const QString &via : why)
                    role->add(ViaItem, describeVia(via));
            }
        }
    }
}

AccessTreeModel::Node *AccessTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AccessTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = node(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex AccessTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *p = node(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int AccessTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int AccessTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant AccessTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? n->name : n->detail;
    case Qt::ToolTipRole:
        return n->warning.isEmpty() ? n->detail : n->warning;
    case Qt::DecorationRole:
        if (index.column() != 0)
            return {};
        if (!n->warning.isEmpty())
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return QIcon(n->kind == RoleItem   ? QStringLiteral(":/icons/role.svg")
                     : n->kind == UserItem ? QStringLiteral(":/icons/user.svg")
                                           : QStringLiteral(":/icons/link.svg"));
    case Qt::FontRole:
        if (n->kind == RoleItem && index.column() == 0 && n->parent == m_root.get()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == 1 || n->kind == ViaItem)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case KindRole:
        return int(n->kind);
    case NameRole:
        return n->name;
    case WarningRole:
        return n->warning;
    default:
        return {};
    }
}

QVariant AccessTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_view == View::ByRole)
        return section == 0 ? tr("Role / how it is held / user") : tr("Privileges / status");
    return section == 0 ? tr("User / role / why") : tr("Status, privileges / why");
}

} // namespace scimdesk
