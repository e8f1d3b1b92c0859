// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushGroupsTab.h"

#include "DirectoryTableModels.h"
#include "access/Profile.h"
#include "access/Roles.h"
#include "ui_PushGroupsTab.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace scimdesk {

PushGroupsTab::PushGroupsTab(ConsoleBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_ui(std::make_unique<Ui::PushGroupsTab>()),
      m_model(new GroupsTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GroupsTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->groupsView->setModel(m_proxy);
    m_ui->groupsView->sortByColumn(GroupsTableModel::Name, Qt::AscendingOrder);
    m_ui->groupsView->horizontalHeader()->resizeSection(GroupsTableModel::Name, 200);
    m_ui->groupsView->horizontalHeader()->resizeSection(GroupsTableModel::Role, 180);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PushGroupsTab::showSelected);
    connect(m_ui->assignButton, &QPushButton::clicked, this, [this] {
        m_backend.assignRole(m_detail.summary.record.name, m_ui->assignRoleCombo->currentText(), m_selected,
                             m_operator);
    });
    connect(m_ui->unassignButton, &QPushButton::clicked, this, [this] {
        m_backend.unassignRole(m_detail.summary.record.name, m_ui->assignRoleCombo->currentText(), m_selected,
                               m_operator);
    });
    connect(m_ui->assignRoleCombo, &QComboBox::currentIndexChanged, this, &PushGroupsTab::updateButtons);
}

PushGroupsTab::~PushGroupsTab() = default;

void PushGroupsTab::setOperator(const Operator &op, const QStringList &privileges, const QString &whyNot)
{
    m_operator = op;
    m_mayGrant = privileges.contains(QString(Roles::ManageGrants));
    m_whyNot = whyNot;
    updateButtons();
}

void PushGroupsTab::setDetail(const DirectoryDetail &detail)
{
    m_detail = detail;
    const Profile &profile = Profile::byName(detail.summary.record.profile);
    switch (profile.groups) {
    case Profile::GroupPolicy::CustomRole:
        m_ui->policyLabel->setText(tr("%1: each pushed group is a custom role of the same name, with no privileges "
                                      "until someone holding MANAGE_GRANTS grants them (Role Mappings). Built-in "
                                      "role names are refused.")
                                       .arg(profile.title));
        break;
    case Profile::GroupPolicy::AssignRoles:
    case Profile::GroupPolicy::Plain:
        m_ui->policyLabel->setText(tr("%1: pushed groups are groups. Assign roles to a group here; its members "
                                      "hold them while they are active.")
                                       .arg(profile.title));
        break;
    case Profile::GroupPolicy::Refused:
        m_ui->policyLabel->setText(tr("%1 does not support groups: turn Push Groups off in Okta. Requests that "
                                      "arrive anyway are refused and listed here.")
                                       .arg(profile.title));
        break;
    }
    m_ui->rolesGroup->setVisible(profile.assignsRolesToGroups());
    m_model->setGroups(detail.groups, profile.groups != Profile::GroupPolicy::CustomRole);
    const QString current = m_ui->assignRoleCombo->currentText();
    m_ui->assignRoleCombo->clear();
    for (const RoleView &r : detail.access.roles) {
        if (r.name != Roles::Public)
            m_ui->assignRoleCombo->addItem(r.name);
    }
    m_ui->assignRoleCombo->setCurrentText(current);
    m_ui->errorsList->clear();
    for (const JournalEntry &e : detail.recentErrors) {
        if (e.path.contains(QLatin1StringView("/Groups")))
            m_ui->errorsList->addItem(displayTime(e.atMs) + QStringLiteral("  ") + e.meaning);
    }
    if (m_ui->errorsList->count() == 0)
        m_ui->errorsList->addItem(tr("No group request was refused."));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data().toString() == m_selected) {
            m_ui->groupsView->setCurrentIndex(index);
            showSelected();
            return;
        }
    }
    m_ui->groupTitle->setText(detail.groups.isEmpty() ? tr("No group pushed yet.") : tr("Select a group."));
    m_ui->membersList->clear();
    m_ui->historyText->clear();
    updateButtons();
}

void PushGroupsTab::showSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->groupsView->currentIndex());
    if (!index.isValid())
        return;
    const GroupRow &g = m_model->group(index.row());
    m_selected = g.name;
    QString title = tr("<b>%1</b>, pushed %2").arg(g.name.toHtmlEscaped(), displayTime(g.createdMs));
    if (!g.role.isEmpty())
        title += tr(" — members hold the role <b>%1</b>").arg(g.role.toHtmlEscaped());
    else if (!g.assignedRoles.isEmpty())
        title += tr(" — members hold %1").arg(g.assignedRoles.join(QStringLiteral(", ")).toHtmlEscaped());
    m_ui->groupTitle->setText(title);
    m_ui->membersList->clear();
    m_ui->membersList->addItems(g.members);
    if (g.members.isEmpty())
        m_ui->membersList->addItem(tr("No members."));
    m_ui->historyText->setPlainText(g.history);
    updateButtons();
}

void PushGroupsTab::updateButtons()
{
    const bool selected = !m_selected.isEmpty();
    const QString role = m_ui->assignRoleCombo->currentText();
    bool assigned = false;
    for (const GroupRow &g : std::as_const(m_detail.groups)) {
        if (g.name == m_selected)
            assigned = g.assignedRoles.contains(role, Qt::CaseInsensitive);
    }
    const QString tip = m_mayGrant ? QString() : m_whyNot;
    m_ui->assignButton->setEnabled(selected && m_mayGrant && !assigned && !role.isEmpty());
    m_ui->unassignButton->setEnabled(selected && m_mayGrant && assigned);
    m_ui->assignButton->setToolTip(tip);
    m_ui->unassignButton->setToolTip(tip);
}

} // namespace scimdesk
