// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PushGroupsTab;
}
class QSortFilterProxyModel;

namespace scimdesk {

class GroupsTableModel;

// The Push Groups tab: the groups Okta pushed, their members, the role each is (deltastream) or the roles
// assigned to it (editable where the profile allows), their history and the group requests that were refused.
class PushGroupsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushGroupsTab)

public:
    explicit PushGroupsTab(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~PushGroupsTab() override;
    void setDetail(const DirectoryDetail &detail);
    void setOperator(const Operator &op, const QStringList &privileges, const QString &whyNot);

private:
    void showSelected();
    void updateButtons();

    ConsoleBackend &m_backend;
    const std::unique_ptr<Ui::PushGroupsTab> m_ui;
    GroupsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DirectoryDetail m_detail;
    Operator m_operator;
    bool m_mayGrant = false;
    QString m_whyNot;
    QString m_selected;
};

} // namespace scimdesk
