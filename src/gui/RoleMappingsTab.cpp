// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleMappingsTab.h"

#include "AccessTreeModel.h"
#include "access/Roles.h"
#include "ui_RoleMappingsTab.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace scimdesk {

RoleMappingsTab::RoleMappingsTab(ConsoleBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_ui(std::make_unique<Ui::RoleMappingsTab>()),
      m_model(new AccessTreeModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->accessTree->setModel(m_proxy);
    m_ui->accessTree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_ui->accessTree->header()->resizeSection(0, 340);
    m_ui->privilegeCombo->addItems(Roles::privileges());
    m_ui->warningsLabel->setVisible(false);
    connect(m_ui->accessSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_ui->accessTree->expandAll();
    });
    connect(m_ui->byRoleRadio, &QRadioButton::toggled, this, [this](bool byRole) {
        m_model->setView(byRole ? AccessTreeModel::View::ByRole : AccessTreeModel::View::ByUser);
        if (byRole)
            m_ui->accessTree->expandToDepth(0);
        updateButtons();
    });
    connect(m_ui->accessTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoleMappingsTab::updateButtons);
    connect(m_ui->privilegeCombo, &QComboBox::currentIndexChanged, this, &RoleMappingsTab::updateButtons);
    connect(m_ui->grantButton, &QPushButton::clicked, this,
            [this] { m_backend.grant(m_directory, selectedRole(), m_ui->privilegeCombo->currentText(), m_operator); });
    connect(m_ui->revokePrivilegeButton, &QPushButton::clicked, this,
            [this] { m_backend.revoke(m_directory, selectedRole(), m_ui->privilegeCombo->currentText(), m_operator); });
    updateButtons();
}

RoleMappingsTab::~RoleMappingsTab() = default;

QString RoleMappingsTab::selectedRole() const
{
    QModelIndex index = m_ui->accessTree->currentIndex();
    // The role is the item itself, or the ancestor that is a role (by-role view), or the role row (by-user view).
    while (index.isValid()) {
        if (index.siblingAtColumn(0).data(AccessTreeModel::KindRole).toInt() == AccessTreeModel::RoleItem)
            return index.siblingAtColumn(0).data(AccessTreeModel::NameRole).toString();
        index = index.parent();
    }
    return {};
}

void RoleMappingsTab::setOperator(const Operator &op, const QStringList &privileges, const QString &whyNot)
{
    m_operator = op;
    m_mayGrant = privileges.contains(QString(Roles::ManageGrants));
    m_whyNot = whyNot;
    updateButtons();
}

void RoleMappingsTab::updateButtons()
{
    const QString role = selectedRole();
    const RoleView *view = m_model->snapshot().role(role);
    const QString privilege = m_ui->privilegeCombo->currentText();
    const bool held = view && view->privileges.contains(privilege);
    const auto builtin = Roles::builtin(role);
    const bool own = builtin && builtin->defaultPrivileges.contains(privilege);
    m_ui->selectedRoleLabel->setText(role.isEmpty() ? tr("Select a role in the tree.")
                                                    : tr("Role <b>%1</b>:").arg(role.toHtmlEscaped()));
    m_ui->grantButton->setEnabled(view && m_mayGrant && !held);
    m_ui->revokePrivilegeButton->setEnabled(view && m_mayGrant && held && !own);
    QString tip;
    if (!m_mayGrant)
        tip = m_whyNot;
    else if (own)
        tip = tr("%1 is one of %2's own privileges and cannot be revoked.").arg(privilege, role);
    m_ui->grantButton->setToolTip(m_mayGrant ? QString() : m_whyNot);
    m_ui->revokePrivilegeButton->setToolTip(tip);
}

void RoleMappingsTab::setDetail(const DirectoryDetail &detail)
{
    const QString role = selectedRole();
    m_directory = detail.summary.record.name;
    m_model->setSnapshot(detail.access);
    if (m_proxy->filterRegularExpression().pattern().isEmpty())
        m_ui->accessTree->expandToDepth(0);
    else
        m_ui->accessTree->expandAll();
    // Keep the selected role selected across reloads.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!role.isEmpty() && index.data(AccessTreeModel::NameRole).toString() == role)
            m_ui->accessTree->setCurrentIndex(index);
    }
    m_detailWarnings = detail.warnings;
    showWarnings();
    updateButtons();
}

void RoleMappingsTab::setOktaWarnings(const QStringList &warnings)
{
    m_oktaWarnings = warnings;
    showWarnings();
}

void RoleMappingsTab::showWarnings()
{
    QStringList lines;
    for (const QString &w : m_detailWarnings + m_oktaWarnings)
        lines.append(QStringLiteral("⚠ ") + w.toHtmlEscaped());
    m_ui->warningsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->warningsLabel->setVisible(!lines.isEmpty());
}

} // namespace scimdesk
