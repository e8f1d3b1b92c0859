// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssignmentsTab.h"

#include "AccessTreeModel.h"
#include "DirectoryTableModels.h"
#include "ui_AssignmentsTab.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace scimdesk {

namespace {

// Search over every column, plus the status and admin filters.
class UsersFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString text;
    QString status;
    bool adminsOnly = false;

    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const UsersTableModel *>(sourceModel());
        const UserRow &u = m->user(row);
        if (!status.isEmpty() && u.status != status)
            return false;
        if (adminsOnly && !u.admin)
            return false;
        if (text.isEmpty())
            return true;
        auto has = [this](const QString &s) { return s.contains(text, Qt::CaseInsensitive); };
        return has(u.userName) || has(u.displayName) || has(u.roles.join(u' ')) || has(u.groups.join(u' '));
    }
};

} // namespace

AssignmentsTab::AssignmentsTab(ConsoleBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_ui(std::make_unique<Ui::AssignmentsTab>()),
      m_model(new UsersTableModel(this)), m_proxy(new UsersFilter(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UsersTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->usersView->setModel(m_proxy);
    m_ui->usersView->sortByColumn(UsersTableModel::UserName, Qt::AscendingOrder);
    m_ui->usersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_ui->usersView->horizontalHeader();
    header->resizeSection(UsersTableModel::UserName, 240);
    header->resizeSection(UsersTableModel::DisplayName, 160);
    header->resizeSection(UsersTableModel::Status, 90);
    header->resizeSection(UsersTableModel::Admin, 110);
    header->resizeSection(UsersTableModel::Roles, 260);
    header->resizeSection(UsersTableModel::Groups, 200);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->statusCombo->addItem(tr("Any status"), QString());
    for (const QString &s : {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("deactivated"),
                             QStringLiteral("deleted")})
        m_ui->statusCombo->addItem(s, s);
    m_ui->journalTree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_ui->detailLabel->setText(tr("Select a user to see how they got their roles and every request about them."));

    connect(m_ui->userSearchEdit, &QLineEdit::textChanged, this, &AssignmentsTab::applyFilter);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &AssignmentsTab::applyFilter);
    connect(m_ui->adminOnlyCheck, &QCheckBox::toggled, this, &AssignmentsTab::applyFilter);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssignmentsTab::showSelected);
    connect(&m_backend, &ConsoleBackend::userJournalLoaded, this, [this](const UserJournal &journal) {
        if (journal.directory != m_directory || journal.userId != m_selectedId)
            return;
        QTreeWidget *tree = m_ui->journalTree;
        tree->clear();
        for (const JournalEntry &e : journal.entries) {
            auto *item = new QTreeWidgetItem(
                tree, {displayTime(e.atMs), e.method + u' ' + e.path, QString::number(e.status), e.meaning});
            item->setToolTip(3, e.meaning);
        }
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(2);
    });
}

AssignmentsTab::~AssignmentsTab() = default;

void AssignmentsTab::applyFilter()
{
    auto *f = static_cast<UsersFilter *>(m_proxy);
    f->text = m_ui->userSearchEdit->text().trimmed();
    f->status = m_ui->statusCombo->currentData().toString();
    f->adminsOnly = m_ui->adminOnlyCheck->isChecked();
    f->refresh();
    m_ui->userCountLabel->setText(tr("%1 of %n user(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void AssignmentsTab::setDetail(const DirectoryDetail &detail)
{
    m_directory = detail.summary.record.name;
    m_ui->adminOnlyCheck->setVisible(!detail.summary.record.adminAttribute.isEmpty());
    m_model->setUsers(detail.users);
    applyFilter();
    // Keep the selection on the same user across reloads.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UsersTableModel::IdRole).toString() == m_selectedId) {
            m_ui->usersView->setCurrentIndex(index);
            return;
        }
    }
    if (!m_selectedId.isEmpty()) {
        m_selectedId.clear();
        m_ui->journalTree->clear();
    }
}

void AssignmentsTab::showSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->usersView->currentIndex());
    if (!index.isValid())
        return;
    const UserRow &u = m_model->user(index.row());
    const bool changed = u.id != m_selectedId;
    m_selectedId = u.id;
    QStringList lines{
        tr("<b>%1</b> (%2) — %3").arg(u.userName.toHtmlEscaped(), u.displayName.toHtmlEscaped(), u.status)};
    lines.append(u.roles.isEmpty() ? tr("Holds no role.") : tr("Roles: %1").arg(u.roles.join(QStringLiteral(", "))));
    if (!u.groups.isEmpty())
        lines.append(tr("Groups: %1").arg(u.groups.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_ui->detailLabel->setText(lines.join(QStringLiteral("<br>")));
    if (changed)
        m_backend.loadUserJournal(m_directory, u.id, u.userName);
}

} // namespace scimdesk
