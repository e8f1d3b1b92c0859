// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AssignmentsTab;
}
class QSortFilterProxyModel;

namespace scimdesk {

class UsersTableModel;

// The Assignments tab: the directory's provisioned users (status, admin attribute, effective roles, groups, last
// change) with search and filters, and the journal entries of the selected user.
class AssignmentsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentsTab)

public:
    explicit AssignmentsTab(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~AssignmentsTab() override;
    void setDetail(const DirectoryDetail &detail);
    UsersTableModel *model() const { return m_model; }

private:
    void applyFilter();
    void showSelected();

    ConsoleBackend &m_backend;
    const std::unique_ptr<Ui::AssignmentsTab> m_ui;
    UsersTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_directory;
    QString m_selectedId;
};

} // namespace scimdesk
