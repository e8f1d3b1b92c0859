// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RoleMappingsTab;
}
class QSortFilterProxyModel;

namespace scimdesk {

class AccessTreeModel;

// The Role Mappings tab: the tree role → how it is held → users (or user → role → why), each role's privileges,
// grant and revoke for operators holding MANAGE_GRANTS, search, and warnings about the setup.
class RoleMappingsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleMappingsTab)

public:
    explicit RoleMappingsTab(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~RoleMappingsTab() override;
    void setDetail(const DirectoryDetail &detail);
    void setOperator(const Operator &op, const QStringList &privileges, const QString &whyNot);
    // Warnings about the Okta side, from the simulated org (e.g. a group both assigned and pushed).
    void setOktaWarnings(const QStringList &warnings);
    AccessTreeModel *model() const { return m_model; }

private:
    QString selectedRole() const;
    void updateButtons();

    ConsoleBackend &m_backend;
    const std::unique_ptr<Ui::RoleMappingsTab> m_ui;
    AccessTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_directory;
    Operator m_operator;
    bool m_mayGrant = false;
    QString m_whyNot;
    QStringList m_detailWarnings;
    QStringList m_oktaWarnings;
    void showWarnings();
};

} // namespace scimdesk
