// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorTab.h"

#include "ui_SimulatorTab.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace scimdesk {

using sim::ActionResult;
using sim::OktaOrg;
using sim::Step;

namespace simtab {

// People of the org copy, in the org's order.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Login, Name, Email, Status, App, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setOrg(const OktaOrg &org)
    {
        beginResetModel();
        m_org = org;
        endResetModel();
    }
    const OktaOrg &org() const { return m_org; }
    QString login(int row) const
    {
        return row >= 0 && row < m_org.people.size() ? m_org.people.at(row).login : QString();
    }
    int rowOf(const QString &login) const
    {
        for (int row = 0; row < m_org.people.size(); ++row) {
            if (m_org.people.at(row).login == login)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_org.people.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Login:
            return tr("Username");
        case Name:
            return tr("Name");
        case Email:
            return tr("Primary email");
        case Status:
            return tr("Status");
        case App:
            return tr("App assignment");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const sim::Person &p = m_org.people.at(index.row());
        if (role == Qt::DecorationRole && index.column() == Login)
            return QIcon(QStringLiteral(":/icons/user.svg"));
        if (role == Qt::ToolTipRole && index.column() == App)
            return appDetail(p);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case Login:
            return p.login;
        case Name:
            return QString(p.firstName + u' ' + p.lastName);
        case Email:
            return p.email;
        case Status:
            return p.active ? tr("Active") : tr("Deactivated");
        case App:
            return appState(p);
        }
        return {};
    }

private:
    QString appState(const sim::Person &p) const
    {
        const auto user = m_org.appUsers.constFind(p.login);
        if (!m_org.isAssigned(p.login))
            return user != m_org.appUsers.cend() && user->active ? tr("Not assigned (app user active)")
                                                                 : tr("Not assigned");
        if (user == m_org.appUsers.cend())
            return tr("Assigned, not provisioned");
        return user->active ? tr("Provisioned") : tr("Provisioned, deactivated in the app");
    }
    QString appDetail(const sim::Person &p) const
    {
        QStringList via;
        if (m_org.directAssignments.contains(p.login))
            via << tr("assigned individually");
        for (const sim::Group &g : m_org.groups) {
            if (g.assign && g.members.contains(p.login))
                via << tr("through group %1").arg(g.name);
        }
        return via.isEmpty() ? tr("Not assigned to the app") : via.join(QStringLiteral(", "));
    }

    OktaOrg m_org;
};

QString attributeText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString attributesText(const QJsonObject &attributes)
{
    QStringList parts;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        parts << it.key() + QStringLiteral(": ") + attributeText(it.value());
    return parts.join(QStringLiteral(", "));
}

// Groups of the org copy, in the org's order.
class GroupsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Members, Assigned, Pushed, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setOrg(const OktaOrg &org)
    {
        beginResetModel();
        m_org = org;
        endResetModel();
    }
    QString name(int row) const
    {
        return row >= 0 && row < m_org.groups.size() ? m_org.groups.at(row).name : QString();
    }
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < m_org.groups.size(); ++row) {
            if (m_org.groups.at(row).name == name)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_org.groups.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Name:
            return tr("Group");
        case Members:
            return tr("Members");
        case Assigned:
            return tr("Assigned to the app");
        case Pushed:
            return tr("Pushed");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const sim::Group &g = m_org.groups.at(index.row());
        if (role == Qt::DecorationRole && index.column() == Name)
            return QIcon(QStringLiteral(":/icons/groups.svg"));
        if (role == Qt::TextAlignmentRole && index.column() == Members)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Name:
            return g.name;
        case Members:
            return QString::number(g.members.size());
        case Assigned:
            if (!g.assign)
                return tr("No");
            return g.attributes.isEmpty() ? tr("Yes") : tr("Yes — %1").arg(attributesText(g.attributes));
        case Pushed:
            if (m_org.pushedIds.contains(g.name))
                return role == Qt::ToolTipRole ? tr("Pushed, id %1 in the app").arg(m_org.pushedIds.value(g.name))
                                               : tr("Pushed");
            return g.push ? tr("Push pending") : tr("No");
        }
        return {};
    }

private:
    OktaOrg m_org;
};

// What an admin action was, in Okta's words.
QString describe(const Step &s)
{
    const QString &a = s.action;
    if (a == QLatin1StringView("testConnection"))
        return SimulatorTab::tr("Test connection");
    if (a == QLatin1StringView("assignGroup"))
        return SimulatorTab::tr("Assign group %1").arg(s.group);
    if (a == QLatin1StringView("pushGroup"))
        return SimulatorTab::tr("Push group %1").arg(s.group);
    if (a == QLatin1StringView("updateProfile"))
        return s.set.isEmpty() ? SimulatorTab::tr("Update %1 in the app").arg(s.person)
                               : SimulatorTab::tr("Edit profile of %1 (%2)").arg(s.person, s.set.keys().join(u", "));
    if (a == QLatin1StringView("addToGroup"))
        return SimulatorTab::tr("Add %1 to %2").arg(s.person, s.group);
    if (a == QLatin1StringView("removeFromGroup"))
        return SimulatorTab::tr("Remove %1 from %2").arg(s.person, s.group);
    if (a == QLatin1StringView("assignPerson"))
        return SimulatorTab::tr("Assign %1 to the app").arg(s.person);
    if (a == QLatin1StringView("unassignPerson"))
        return SimulatorTab::tr("Unassign %1 from the app").arg(s.person);
    if (a == QLatin1StringView("deactivatePerson"))
        return SimulatorTab::tr("Deactivate %1").arg(s.person);
    if (a == QLatin1StringView("reactivatePerson"))
        return SimulatorTab::tr("Reactivate %1").arg(s.person);
    if (a == QLatin1StringView("renameGroup"))
        return SimulatorTab::tr("Rename group %1 to %2").arg(s.group, s.to);
    if (a == QLatin1StringView("pushNow"))
        return SimulatorTab::tr("Push now: %1").arg(s.group);
    if (a == QLatin1StringView("unlinkGroup"))
        return s.deleteInApp ? SimulatorTab::tr("Unlink %1 and delete it in the app").arg(s.group)
                             : SimulatorTab::tr("Unlink %1, leave it in the app").arg(s.group);
    if (a == QLatin1StringView("importUsers"))
        return SimulatorTab::tr("Import users");
    if (a == QLatin1StringView("importGroups"))
        return SimulatorTab::tr("Import groups");
    return a;
}

// Every action of the session, oldest first, with the base URL it was sent to.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Action, Outcome, Requests, Time, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    struct Row
    {
        ActionResult result;
        QString baseUrl;
    };

    void append(const ActionResult &r, const QString &baseUrl)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row{r, baseUrl});
        m_failed += r.ok ? 0 : 1;
        endInsertRows();
    }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_failed = 0;
        endResetModel();
    }
    const Row &row(int i) const { return m_rows.at(i); }
    int failed() const { return m_failed; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Number:
            return tr("#");
        case Action:
            return tr("Action");
        case Outcome:
            return tr("Outcome");
        case Requests:
            return tr("Requests");
        case Time:
            return tr("Time");
        case Message:
            return tr("Message");
        }
        return {};
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const ActionResult &r = m_rows.at(index.row()).result;
        if (role == Qt::DecorationRole && index.column() == Outcome)
            return QIcon(r.ok ? QStringLiteral(":/icons/done.svg") : QStringLiteral(":/icons/warning.svg"));
        if (role == Qt::TextAlignmentRole &&
            (index.column() == Number || index.column() == Requests || index.column() == Time))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == Message)
            return r.message;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Action:
            return describe(r.step);
        case Outcome:
            return r.ok ? tr("ok") : tr("failed");
        case Requests:
            return int(r.requests.size());
        case Time:
            return tr("%1 ms").arg(r.elapsedMs);
        case Message:
            return r.message;
        }
        return {};
    }

private:
    QList<Row> m_rows;
    int m_failed = 0;
};

} // namespace simtab

namespace {

QString pretty(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// The request's path and query below the base URL it was sent to, as sent.
QString relativeUrl(const QString &url, const QString &baseUrl)
{
    const QString base = QUrl(baseUrl).toString(QUrl::FullyEncoded);
    if (!base.isEmpty() && url.startsWith(base))
        return url.mid(base.size());
    return url;
}

QJsonValue parseAttribute(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1StringView("true"))
        return true;
    if (t == QLatin1StringView("false"))
        return false;
    bool isNumber = false;
    const double n = t.toDouble(&isNumber);
    if (isNumber)
        return n;
    return t;
}

} // namespace

struct SimulatorTab::PendingGeneration
{
    QStringList logins;
    QString group;
    std::atomic<bool> ready = false;
};

SimulatorTab::SimulatorTab(ConsoleBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_ui(std::make_unique<Ui::SimulatorTab>()),
      m_people(new simtab::PeopleModel(this)), m_groups(new simtab::GroupsModel(this)),
      m_activity(new simtab::ActivityModel(this))
{
    m_ui->setupUi(this);
    m_ui->simPeopleView->setModel(m_people);
    m_ui->simGroupsView->setModel(m_groups);
    m_ui->simActivityView->setModel(m_activity);
    m_ui->simAddPersonFrame->hide();
    m_ui->simBannerLabel->hide();
    m_ui->simTokenLineEdit->hide();
    m_ui->simUseTokenButton->hide();
    m_ui->simTokenStatusLabel->setText(tr("Choose a directory: the simulated app provisions into it."));
    m_ui->simProgressBar->setRange(0, 1);
    m_ui->simProgressBar->setValue(0);
    m_ui->simProgressBar->setFormat(tr("No actions queued"));

    auto *peopleHeader = m_ui->simPeopleView->horizontalHeader();
    peopleHeader->resizeSection(simtab::PeopleModel::Login, 220);
    peopleHeader->resizeSection(simtab::PeopleModel::Name, 180);
    peopleHeader->resizeSection(simtab::PeopleModel::Email, 240);
    peopleHeader->resizeSection(simtab::PeopleModel::Status, 100);
    auto *groupsHeader = m_ui->simGroupsView->horizontalHeader();
    groupsHeader->resizeSection(simtab::GroupsModel::Name, 200);
    groupsHeader->resizeSection(simtab::GroupsModel::Members, 80);
    groupsHeader->resizeSection(simtab::GroupsModel::Assigned, 260);
    auto *activityHeader = m_ui->simActivityView->horizontalHeader();
    activityHeader->resizeSection(simtab::ActivityModel::Number, 40);
    activityHeader->resizeSection(simtab::ActivityModel::Action, 220);
    activityHeader->resizeSection(simtab::ActivityModel::Outcome, 76);
    activityHeader->resizeSection(simtab::ActivityModel::Requests, 72);
    activityHeader->resizeSection(simtab::ActivityModel::Time, 64);
    auto *requestsHeader = m_ui->simRequestsView->horizontalHeader();
    requestsHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    requestsHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    requestsHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    requestsHeader->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_ui->simMainSplitter->setStretchFactor(0, 1);
    m_ui->simMainSplitter->setStretchFactor(1, 1);
    m_ui->simMainSplitter->setSizes({400, 400});
    m_ui->simActivitySplitter->setStretchFactor(0, 1);
    m_ui->simActivitySplitter->setStretchFactor(1, 1);
    m_ui->simActivitySplitter->setSizes({640, 460});
    m_ui->simRequestsSplitter->setStretchFactor(0, 1);
    m_ui->simRequestsSplitter->setStretchFactor(1, 2);
    m_ui->simRequestsSplitter->setSizes({120, 240});
    m_ui->simGroupsSplitter->setStretchFactor(0, 3);
    m_ui->simGroupsSplitter->setStretchFactor(1, 2);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &SimulatorTab::refreshOrg);

    connect(&m_session, &sim::SimulatorSession::orgChanged, this, &SimulatorTab::onOrgChanged);
    connect(&m_session, &sim::SimulatorSession::actionFinished, this, &SimulatorTab::onActionFinished);
    connect(&m_session, &sim::SimulatorSession::progress, this, &SimulatorTab::onProgress);
    connect(&m_session, &sim::SimulatorSession::finished, this, &SimulatorTab::onFinished);

    connect(&m_backend, &ConsoleBackend::tokenRead, this,
            [this](const QString &directory, bool ok, const QByteArray &token, const QString &error) {
                if (directory != m_directory)
                    return;
                m_readingToken = false;
                if (ok && !token.isEmpty()) {
                    useToken(token, tr("from the keychain"));
                    return;
                }
                m_ui->simTokenStatusLabel->setText(
                    tr("The keychain has no token for %1 (%2). Paste the directory's token to send requests.")
                        .arg(directory, error.isEmpty() ? tr("nothing stored") : error));
                m_ui->simTokenLineEdit->show();
                m_ui->simUseTokenButton->show();
                reconfigure();
            });
    connect(&m_backend, &ConsoleBackend::listenerChanged, this, [this] {
        if (m_directory.isEmpty() || m_baseUrlEdited)
            return;
        const QString before = m_baseUrl;
        resolveBaseUrl();
        if (m_baseUrl != before)
            reconfigure();
    });
    connect(m_ui->simBaseUrlLineEdit, &QLineEdit::editingFinished, this, [this] {
        const QString url = m_ui->simBaseUrlLineEdit->text().trimmed();
        if (url == m_baseUrl)
            return;
        m_baseUrl = url;
        m_baseUrlEdited = true;
        m_ui->simBannerLabel->hide();
        reconfigure();
    });
    auto pasted = [this] {
        const QByteArray token = m_ui->simTokenLineEdit->text().trimmed().toUtf8();
        if (token.isEmpty())
            return;
        m_ui->simTokenLineEdit->clear();
        useToken(token, tr("pasted"));
    };
    connect(m_ui->simUseTokenButton, &QPushButton::clicked, this, pasted);
    connect(m_ui->simTokenLineEdit, &QLineEdit::returnPressed, this, pasted);

    connect(m_ui->simTestConnectionButton, &QPushButton::clicked, this,
            [this] { runOne(QStringLiteral("testConnection")); });
    connect(m_ui->simImportUsersButton, &QPushButton::clicked, this, [this] { runOne(QStringLiteral("importUsers")); });
    connect(m_ui->simImportGroupsButton, &QPushButton::clicked, this,
            [this] { runOne(QStringLiteral("importGroups")); });
    connect(m_ui->simCancelButton, &QPushButton::clicked, this, [this] {
        m_cancelled = true;
        m_held.clear();
        m_generation.reset();
        m_ui->simCancelButton->setEnabled(false);
        m_session.cancel();
        onFinished();
    });
    connect(m_ui->simLoadScenarioButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load scenario"), QString(), tr("Scenarios (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadScenario(path);
    });
    connect(m_ui->simStartOverButton, &QPushButton::clicked, this, &SimulatorTab::startOver);

    // People.
    connect(m_ui->simPeopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimulatorTab::updatePeopleButtons);
    connect(m_ui->simAddPersonButton, &QPushButton::clicked, this, [this] {
        m_ui->simAddPersonFrame->show();
        m_ui->simFirstNameLineEdit->setFocus();
    });
    connect(m_ui->simCancelPersonButton, &QPushButton::clicked, m_ui->simAddPersonFrame, &QWidget::hide);
    connect(m_ui->simSavePersonButton, &QPushButton::clicked, this, &SimulatorTab::addPerson);
    connect(m_ui->simDeactivateButton, &QPushButton::clicked, this, [this] {
        const sim::Person *p = m_session.org().person(selectedPerson());
        if (p)
            runOne(p->active ? QStringLiteral("deactivatePerson") : QStringLiteral("reactivatePerson"), p->login);
    });
    connect(m_ui->simAssignPersonButton, &QPushButton::clicked, this, [this] {
        const QString login = selectedPerson();
        if (!login.isEmpty())
            runOne(m_session.org().directAssignments.contains(login) ? QStringLiteral("unassignPerson")
                                                                     : QStringLiteral("assignPerson"),
                   login);
    });
    connect(m_ui->simGenerateButton, &QPushButton::clicked, this, &SimulatorTab::generatePeople);
    connect(m_ui->simGenerateGroupComboBox, &QComboBox::activated, this, [this] { m_generateTargetChosen = true; });

    // Groups.
    connect(m_ui->simGroupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString group = selectedGroup();
        if (group.isEmpty() || group == m_shownGroup)
            return; // the same group again after a refresh: keep unsaved attribute edits
        m_shownGroup = group;
        m_attributesDirty = false;
        showGroup();
    });
    connect(m_ui->simAssignGroupButton, &QPushButton::clicked, this,
            [this] { runOne(QStringLiteral("assignGroup"), {}, selectedGroup()); });
    connect(m_ui->simPushGroupButton, &QPushButton::clicked, this,
            [this] { runOne(QStringLiteral("pushGroup"), {}, selectedGroup()); });
    connect(m_ui->simPushNowButton, &QPushButton::clicked, this,
            [this] { runOne(QStringLiteral("pushNow"), {}, selectedGroup()); });
    connect(m_ui->simUnlinkGroupButton, &QPushButton::clicked, this, [this] {
        Step s;
        s.action = QStringLiteral("unlinkGroup");
        s.group = selectedGroup();
        s.deleteInApp = m_ui->simUnlinkDeleteCheckBox->isChecked();
        runSteps({s});
    });
    connect(m_ui->simRenameGroupButton, &QPushButton::clicked, this, [this] {
        const QString from = selectedGroup();
        const QString to = m_ui->simGroupNameLineEdit->text().trimmed();
        if (from.isEmpty() || to.isEmpty() || to == from)
            return;
        if (m_session.org().group(to)) {
            showBanner(tr("A group named %1 already exists.").arg(to), true);
            return;
        }
        Step s;
        s.action = QStringLiteral("renameGroup");
        s.group = from;
        s.to = to;
        m_shownGroup = to;
        runSteps({s});
    });
    connect(m_ui->simGroupNameLineEdit, &QLineEdit::textChanged, this, &SimulatorTab::updateGroupButtons);
    connect(m_ui->simAddGroupButton, &QPushButton::clicked, this, [this] {
        const QString name = m_ui->simNewGroupLineEdit->text().trimmed();
        if (name.isEmpty())
            return;
        if (m_session.org().group(name)) {
            showBanner(tr("A group named %1 already exists.").arg(name), true);
            return;
        }
        m_ui->simNewGroupLineEdit->clear();
        m_shownGroup = name;
        m_session.edit([name](OktaOrg &org) {
            if (!org.group(name))
                org.groups.append(sim::Group{name, {}, false, {}, false});
        });
    });
    connect(m_ui->simNewGroupLineEdit, &QLineEdit::returnPressed, m_ui->simAddGroupButton, &QPushButton::click);
    connect(m_ui->simMembersList, &QListWidget::currentRowChanged, this, &SimulatorTab::updateGroupButtons);
    connect(m_ui->simAddMemberButton, &QPushButton::clicked, this, [this] {
        const QString login = m_ui->simMemberComboBox->currentText();
        if (!login.isEmpty() && !m_shownGroup.isEmpty())
            runOne(QStringLiteral("addToGroup"), login, m_shownGroup);
    });
    connect(m_ui->simRemoveMemberButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_ui->simMembersList->currentItem();
        if (item && !m_shownGroup.isEmpty() && item->data(Qt::UserRole).isValid())
            runOne(QStringLiteral("removeFromGroup"), item->data(Qt::UserRole).toString(), m_shownGroup);
    });
    connect(m_ui->simAttributesTable, &QTableWidget::itemChanged, this, [this] { m_attributesDirty = true; });
    connect(m_ui->simAddAttributeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->simAttributesTable->rowCount();
        m_ui->simAttributesTable->insertRow(row);
        m_ui->simAttributesTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("attribute")));
        m_ui->simAttributesTable->setItem(row, 1, new QTableWidgetItem(QStringLiteral("true")));
        m_ui->simAttributesTable->editItem(m_ui->simAttributesTable->item(row, 0));
        m_attributesDirty = true;
    });
    connect(m_ui->simRemoveAttributeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->simAttributesTable->currentRow();
        if (row >= 0) {
            m_ui->simAttributesTable->removeRow(row);
            m_attributesDirty = true;
        }
    });
    connect(m_ui->simSaveAttributesButton, &QPushButton::clicked, this, &SimulatorTab::saveAttributes);

    // Provisioning settings: each control edits the org in the worker.
    connect(m_ui->simAppKindComboBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        editSettings([i](sim::AppSettings &s) { s.kind = i == 1 ? sim::AppKind::Aiw : sim::AppKind::Oin; });
    });
    connect(m_ui->simUniqueIdComboBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        editSettings([i](sim::AppSettings &s) {
            s.uniqueIdentifier = i == 1 ? QStringLiteral("email") : QStringLiteral("login");
        });
    });
    const std::pair<QCheckBox *, bool sim::AppSettings::*> flags[] = {
        {m_ui->simImportGroupsCheckBox, &sim::AppSettings::importGroups},
        {m_ui->simPushGroupsCheckBox, &sim::AppSettings::pushGroups},
        {m_ui->simCreateUsersCheckBox, &sim::AppSettings::createUsers},
        {m_ui->simUpdateAttributesCheckBox, &sim::AppSettings::updateUserAttributes},
        {m_ui->simDeactivateUsersCheckBox, &sim::AppSettings::deactivateUsers},
        {m_ui->simSyncPasswordCheckBox, &sim::AppSettings::syncPassword},
        {m_ui->simPushImmediatelyCheckBox, &sim::AppSettings::pushMembershipsImmediately},
    };
    for (const auto &[box, member] : flags) {
        connect(box, &QCheckBox::toggled, this,
                [this, member](bool on) { editSettings([member, on](sim::AppSettings &s) { s.*member = on; }); });
    }

    connect(m_ui->simActivityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimulatorTab::showAction);
    connect(m_ui->simRequestsView, &QTableWidget::currentCellChanged, this, &SimulatorTab::showRequest);

    m_session.reset(m_initialOrg, sim::EngineConfig{});
    refreshOrg();
    showAction();
}

SimulatorTab::~SimulatorTab() = default;

void SimulatorTab::setDirectory(const QString &name)
{
    m_directory = name;
    m_baseUrlEdited = false;
    m_token.clear();
    m_ui->simTokenLineEdit->hide();
    m_ui->simUseTokenButton->hide();
    m_ui->simBannerLabel->hide();
    resolveBaseUrl();
    if (name.isEmpty()) {
        m_readingToken = false;
        m_ui->simTokenStatusLabel->setText(tr("Choose a directory: the simulated app provisions into it."));
        reconfigure();
        return;
    }
    m_readingToken = true;
    m_ui->simTokenStatusLabel->setText(tr("Reading the token of %1 from the keychain…").arg(name));
    reconfigure();
    m_backend.readToken(name);
}

void SimulatorTab::resolveBaseUrl()
{
    QString url;
    if (!m_directory.isEmpty()) {
        url = m_backend.baseUrl(m_directory);
        if (url.startsWith(u'/')) {
            const ListenerStatus &listener = m_backend.listenerStatus();
            if (listener.running && !listener.address.isEmpty()) {
                url = listener.address + url;
            } else {
                url.clear();
                showBanner(tr("The console's listener is not running: start it on Security Integration, or enter "
                              "the base URL of the SCIM server the simulated app should provision into."),
                           false);
            }
        }
    }
    m_baseUrl = url;
    m_ui->simBaseUrlLineEdit->setText(url);
}

void SimulatorTab::useToken(const QByteArray &token, const QString &source)
{
    m_token = token;
    m_readingToken = false;
    m_ui->simTokenLineEdit->hide();
    m_ui->simUseTokenButton->hide();
    m_ui->simTokenStatusLabel->setText(
        tr("The token of %1, %2, goes in every request's Authorization header (never shown or traced).")
            .arg(m_directory.isEmpty() ? tr("the directory") : m_directory, source));
    reconfigure();
}

void SimulatorTab::reconfigure()
{
    if (m_session.isBusy()) {
        m_reconfigurePending = true; // the queued actions keep the engine they started with
        return;
    }
    m_reconfigurePending = false;
    sim::EngineConfig config;
    config.baseUrl = m_baseUrl;
    config.token = m_token;
    m_session.reset(m_session.org(), config);
    if (!m_readingToken && !m_held.isEmpty())
        runSteps(std::exchange(m_held, {}));
}

void SimulatorTab::restart(const OktaOrg &org)
{
    m_held.clear();
    m_generation.reset();
    m_reconfigurePending = false;
    m_cancelled = false;
    m_runTotal = m_runDone = 0;
    sim::EngineConfig config;
    config.baseUrl = m_baseUrl;
    config.token = m_token;
    m_session.reset(org, config);
    m_activity->clear();
    m_ui->simProgressBar->setRange(0, 1);
    m_ui->simProgressBar->setValue(0);
    m_ui->simProgressBar->setFormat(tr("No actions queued"));
    m_ui->simCancelButton->setEnabled(false);
    m_shownGroup.clear();
    m_attributesDirty = false;
    onOrgChanged();
    showAction();
}

void SimulatorTab::loadScenario(const QString &path)
{
    auto *watcher = new QFutureWatcher<std::expected<sim::Scenario, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const auto loaded = watcher->result();
        if (!loaded) {
            showBanner(tr("Cannot load the scenario: %1").arg(loaded.error()), true);
            return;
        }
        m_initialOrg = loaded->org;
        restart(m_initialOrg);
        showBanner(
            tr("Loaded %1: %n action(s) queued.", nullptr, int(loaded->steps.size())).arg(QFileInfo(path).fileName()),
            false);
        runSteps(loaded->steps);
    });
    watcher->setFuture(QtConcurrent::run([path] { return sim::Scenario::load(path); }));
}

void SimulatorTab::startOver()
{
    restart(m_initialOrg);
    showBanner(tr("Started over: the org is as it was loaded, and the activity is cleared. What the directory "
                  "received is still there."),
               false);
}

void SimulatorTab::runOne(const QString &action, const QString &person, const QString &group)
{
    Step s;
    s.action = action;
    s.person = person;
    s.group = group;
    runSteps({s});
}

void SimulatorTab::runSteps(const QList<Step> &steps)
{
    if (steps.isEmpty())
        return;
    if (m_readingToken || m_reconfigurePending) {
        m_held += steps; // sent once the engine has the token and base URL
        return;
    }
    if (!m_session.isBusy()) {
        m_runTotal = m_runDone = 0;
        m_cancelled = false;
    }
    m_runTotal += int(steps.size());
    m_ui->simProgressBar->setRange(0, m_runTotal);
    m_ui->simProgressBar->setValue(m_runDone);
    m_ui->simProgressBar->setFormat(tr("%v of %m actions"));
    m_ui->simCancelButton->setEnabled(true);
    m_session.run(steps);
}

void SimulatorTab::onOrgChanged()
{
    if (m_generation && m_generation->ready.load()) {
        const auto generation = std::exchange(m_generation, nullptr);
        QList<Step> steps;
        for (const QString &login : std::as_const(generation->logins)) {
            Step add;
            add.action = QStringLiteral("addToGroup");
            add.group = generation->group;
            add.person = login;
            steps.append(add);
        }
        m_ui->simGenerateButton->setEnabled(true);
        if (steps.isEmpty()) {
            m_ui->simProgressBar->setRange(0, 1);
            m_ui->simProgressBar->setValue(1);
            m_ui->simProgressBar->setFormat(tr("Added %n people", nullptr, int(generation->logins.size())));
        } else {
            runSteps(steps);
        }
    }
    if (!m_refresh.isActive())
        m_refresh.start();
}

void SimulatorTab::refreshOrg()
{
    const OktaOrg &org = m_session.org();
    const QString person = selectedPerson();
    m_people->setOrg(org);
    m_groups->setOrg(org);
    if (const int row = m_people->rowOf(person); row >= 0)
        m_ui->simPeopleView->setCurrentIndex(m_people->index(row, 0));
    if (const int row = m_groups->rowOf(m_shownGroup); row >= 0)
        m_ui->simGroupsView->setCurrentIndex(m_groups->index(row, 0));
    m_ui->simPeopleEmptyLabel->setVisible(org.people.isEmpty());
    m_ui->simGroupsEmptyLabel->setVisible(org.groups.isEmpty());
    m_ui->simPagesTabWidget->setTabText(0, tr("People (%1)").arg(org.people.size()));
    m_ui->simPagesTabWidget->setTabText(1, tr("Groups (%1)").arg(org.groups.size()));

    const QString target = m_ui->simGenerateGroupComboBox->currentData().toString();
    m_ui->simGenerateGroupComboBox->clear();
    m_ui->simGenerateGroupComboBox->addItem(tr("no group"), QString());
    // Assignment groups without attributes first (plain users), then those with (e.g. admins), then the rest.
    for (int pass = 0; pass < 3; ++pass) {
        for (const sim::Group &g : org.groups) {
            const int kind = g.assign ? (g.attributes.isEmpty() ? 0 : 1) : 2;
            if (kind == pass)
                m_ui->simGenerateGroupComboBox->addItem(g.assign ? tr("%1 (assigned)").arg(g.name) : g.name, g.name);
        }
    }
    // Until the admin picks one, the first assignment group: generated people are usually meant to be provisioned.
    const int targetIndex = m_generateTargetChosen ? m_ui->simGenerateGroupComboBox->findData(target) : -1;
    m_ui->simGenerateGroupComboBox->setCurrentIndex(
        targetIndex >= 0 ? targetIndex : (m_ui->simGenerateGroupComboBox->count() > 1 ? 1 : 0));

    updatePeopleButtons();
    showGroup();
    showSettings();
}

QString SimulatorTab::selectedPerson() const
{
    return m_people->login(m_ui->simPeopleView->currentIndex().row());
}

QString SimulatorTab::selectedGroup() const
{
    return m_groups->name(m_ui->simGroupsView->currentIndex().row());
}

void SimulatorTab::updatePeopleButtons()
{
    const OktaOrg &org = m_session.org();
    const sim::Person *p = org.person(selectedPerson());
    m_ui->simDeactivateButton->setEnabled(p);
    m_ui->simAssignPersonButton->setEnabled(p);
    m_ui->simDeactivateButton->setText(p && !p->active ? tr("Reactivate") : tr("Deactivate"));
    const bool direct = p && org.directAssignments.contains(p->login);
    m_ui->simAssignPersonButton->setText(direct ? tr("Unassign from app") : tr("Assign to app"));
    m_ui->simAssignPersonButton->setToolTip(p && !direct && org.isAssigned(p->login)
                                                ? tr("Already assigned through a group; this assigns individually too")
                                                : QString());
}

void SimulatorTab::showGroup()
{
    const OktaOrg &org = m_session.org();
    const sim::Group *g = org.group(m_shownGroup);
    m_ui->simGroupDetailPane->setEnabled(g);
    m_ui->simMembersList->clear();
    m_ui->simMemberComboBox->clear();
    if (!g) {
        m_ui->simGroupTitleLabel->setText(org.groups.isEmpty() ? tr("No group selected.")
                                                               : tr("Select a group to see its members."));
        m_ui->simGroupNameLineEdit->clear();
        const QSignalBlocker block(m_ui->simAttributesTable);
        m_ui->simAttributesTable->setRowCount(0);
        updateGroupButtons();
        return;
    }
    QStringList facts;
    facts << (g->assign ? tr("assigned to the app") : tr("not assigned"));
    if (org.pushedIds.contains(g->name))
        facts << tr("pushed as %1").arg(org.pushedIds.value(g->name));
    else if (g->push)
        facts << tr("push pending");
    m_ui->simGroupTitleLabel->setText(
        tr("<b>%1</b> — %2").arg(g->name.toHtmlEscaped(), facts.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!m_ui->simGroupNameLineEdit->hasFocus())
        m_ui->simGroupNameLineEdit->setText(g->name);
    for (const QString &login : g->members) {
        const sim::Person *p = org.person(login);
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/user.svg")),
                                         p && !p->active ? tr("%1 (deactivated)").arg(login) : login);
        item->setData(Qt::UserRole, login);
        m_ui->simMembersList->addItem(item);
    }
    if (g->members.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No members yet."));
        item->setFlags(Qt::NoItemFlags);
        m_ui->simMembersList->addItem(item);
    }
    for (const sim::Person &p : org.people) {
        if (!g->members.contains(p.login))
            m_ui->simMemberComboBox->addItem(p.login);
    }
    if (!m_attributesDirty) {
        const QSignalBlocker block(m_ui->simAttributesTable);
        m_ui->simAttributesTable->setRowCount(0);
        for (auto it = g->attributes.begin(); it != g->attributes.end(); ++it) {
            const int row = m_ui->simAttributesTable->rowCount();
            m_ui->simAttributesTable->insertRow(row);
            m_ui->simAttributesTable->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_ui->simAttributesTable->setItem(row, 1, new QTableWidgetItem(simtab::attributeText(it.value())));
        }
    }
    updateGroupButtons();
}

void SimulatorTab::updateGroupButtons()
{
    const OktaOrg &org = m_session.org();
    const sim::Group *g = org.group(selectedGroup());
    const bool pushed = g && org.pushedIds.contains(g->name);
    m_ui->simAssignGroupButton->setEnabled(g && !g->assign);
    m_ui->simAssignGroupButton->setText(g && g->assign ? tr("Assigned") : tr("Assign to app"));
    m_ui->simPushGroupButton->setEnabled(g && !pushed && org.settings.pushGroups);
    m_ui->simPushGroupButton->setToolTip(
        org.settings.pushGroups ? QString() : tr("Push Groups is off in the provisioning settings"));
    m_ui->simPushNowButton->setEnabled(pushed);
    m_ui->simUnlinkGroupButton->setEnabled(g && (pushed || g->push));
    m_ui->simUnlinkDeleteCheckBox->setEnabled(pushed);
    const QString newName = m_ui->simGroupNameLineEdit->text().trimmed();
    m_ui->simRenameGroupButton->setEnabled(g && !newName.isEmpty() && newName != g->name);
    m_ui->simAddMemberButton->setEnabled(g && m_ui->simMemberComboBox->count() > 0);
    const QListWidgetItem *member = m_ui->simMembersList->currentItem();
    m_ui->simRemoveMemberButton->setEnabled(g && member && member->data(Qt::UserRole).isValid());
}

void SimulatorTab::addPerson()
{
    sim::Person p;
    p.firstName = m_ui->simFirstNameLineEdit->text().trimmed();
    p.lastName = m_ui->simLastNameLineEdit->text().trimmed();
    p.login = m_ui->simLoginLineEdit->text().trimmed();
    p.email = m_ui->simEmailLineEdit->text().trimmed();
    if (p.email.isEmpty())
        p.email = p.login;
    if (p.firstName.isEmpty() || p.lastName.isEmpty() || p.login.isEmpty()) {
        showBanner(tr("A person needs a first name, a last name and a username."), true);
        return;
    }
    if (m_session.org().person(p.login)) {
        showBanner(tr("A person with the username %1 already exists.").arg(p.login), true);
        return;
    }
    p.oktaId = OktaOrg::newOktaUserId();
    m_session.edit([p](OktaOrg &org) {
        if (!org.person(p.login))
            org.people.append(p);
    });
    for (QLineEdit *edit :
         {m_ui->simFirstNameLineEdit, m_ui->simLastNameLineEdit, m_ui->simLoginLineEdit, m_ui->simEmailLineEdit})
        edit->clear();
    m_ui->simAddPersonFrame->hide();
    m_ui->simBannerLabel->hide();
}

void SimulatorTab::generatePeople()
{
    if (m_generation)
        return;
    auto generation = std::make_shared<PendingGeneration>();
    generation->group = m_ui->simGenerateGroupComboBox->currentData().toString();
    m_generation = generation;
    const int count = m_ui->simGenerateCountSpinBox->value();
    m_ui->simGenerateButton->setEnabled(false);
    // Logins are chosen in the worker, where the org is: addPeople skips the taken ones.
    m_session.edit([generation, count](OktaOrg &org) {
        generation->logins =
            sim::SimulatorSession::addPeople(org, count, QStringLiteral("person"), QStringLiteral("example.test"));
        generation->ready.store(true);
    });
}

void SimulatorTab::saveAttributes()
{
    const QString name = m_shownGroup;
    const sim::Group *g = m_session.org().group(name);
    if (!g)
        return;
    QJsonObject attributes;
    for (int row = 0; row < m_ui->simAttributesTable->rowCount(); ++row) {
        const QTableWidgetItem *key = m_ui->simAttributesTable->item(row, 0);
        const QTableWidgetItem *value = m_ui->simAttributesTable->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            attributes.insert(key->text().trimmed(), parseAttribute(value ? value->text() : QString()));
    }
    m_attributesDirty = false;
    m_session.edit([name, attributes](OktaOrg &org) {
        if (sim::Group *group = org.group(name))
            group->attributes = attributes;
    });
    // Okta sends the new values with each provisioned member's profile.
    if (!g->assign)
        return;
    QList<Step> updates;
    for (const QString &login : g->members) {
        const sim::Person *p = m_session.org().person(login);
        const auto user = m_session.org().appUsers.constFind(login);
        if (p && p->active && user != m_session.org().appUsers.cend() && user->active) {
            Step s;
            s.action = QStringLiteral("updateProfile");
            s.person = login;
            updates.append(s);
        }
    }
    runSteps(updates);
}

void SimulatorTab::editSettings(std::function<void(sim::AppSettings &)> change)
{
    m_session.edit([change = std::move(change)](OktaOrg &org) { change(org.settings); });
}

void SimulatorTab::showSettings()
{
    const sim::AppSettings &s = m_session.org().settings;
    const QSignalBlocker b1(m_ui->simAppKindComboBox), b2(m_ui->simUniqueIdComboBox), b3(m_ui->simImportGroupsCheckBox),
        b4(m_ui->simPushGroupsCheckBox), b5(m_ui->simCreateUsersCheckBox), b6(m_ui->simUpdateAttributesCheckBox),
        b7(m_ui->simDeactivateUsersCheckBox), b8(m_ui->simSyncPasswordCheckBox), b9(m_ui->simPushImmediatelyCheckBox);
    m_ui->simAppKindComboBox->setCurrentIndex(s.kind == sim::AppKind::Aiw ? 1 : 0);
    m_ui->simUniqueIdComboBox->setCurrentIndex(s.uniqueIdentifier == QLatin1StringView("email") ? 1 : 0);
    m_ui->simImportGroupsCheckBox->setChecked(s.importGroups);
    m_ui->simPushGroupsCheckBox->setChecked(s.pushGroups);
    m_ui->simCreateUsersCheckBox->setChecked(s.createUsers);
    m_ui->simUpdateAttributesCheckBox->setChecked(s.updateUserAttributes);
    m_ui->simDeactivateUsersCheckBox->setChecked(s.deactivateUsers);
    m_ui->simSyncPasswordCheckBox->setChecked(s.syncPassword);
    m_ui->simPushImmediatelyCheckBox->setChecked(s.pushMembershipsImmediately);
}

void SimulatorTab::onActionFinished(const ActionResult &result)
{
    m_activity->append(result, m_baseUrl);
    const int total = m_activity->rowCount();
    const int failed = m_activity->failed();
    m_ui->simActivitySummaryLabel->setText(
        tr("%n action(s): %1 ok, %2 failed.", nullptr, total).arg(total - failed).arg(failed));
    if (!m_ui->simActivityView->currentIndex().isValid())
        m_ui->simActivityView->scrollToBottom();
}

void SimulatorTab::onProgress(int done, int total)
{
    m_runDone = done;
    if (!m_cancelled) {
        m_runTotal = total;
        m_ui->simProgressBar->setRange(0, std::max(1, total));
    }
    m_ui->simProgressBar->setValue(done);
}

void SimulatorTab::onFinished()
{
    if (m_session.isBusy())
        return; // cancelled: the action under way still finishes
    m_ui->simCancelButton->setEnabled(false);
    if (m_cancelled)
        m_ui->simProgressBar->setFormat(tr("Cancelled: %1 of %2 actions sent").arg(m_runDone).arg(m_runTotal));
    else if (m_runTotal > 0)
        m_ui->simProgressBar->setFormat(tr("%v of %m actions done"));
    if (m_reconfigurePending)
        reconfigure();
}

void SimulatorTab::showBanner(const QString &text, bool error)
{
    m_ui->simBannerLabel->setText(text);
    m_ui->simBannerLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #b91c1c; }") : QString());
    m_ui->simBannerLabel->setVisible(!text.isEmpty());
}

void SimulatorTab::showAction()
{
    const QModelIndex index = m_ui->simActivityView->currentIndex();
    m_ui->simRequestsView->setRowCount(0);
    m_ui->simRequestBodyText->clear();
    m_ui->simResponseBodyText->clear();
    if (m_activity->rowCount() == 0)
        m_ui->simActivitySummaryLabel->setText(
            tr("No actions yet. Test the connection, assign a person or a group, or load a scenario: each action "
               "shows the requests it sent here."));
    if (!index.isValid()) {
        m_ui->simRequestBodyText->setPlaceholderText(tr("Select an action to see the requests it sent."));
        m_ui->simResponseBodyText->setPlaceholderText(tr("Select an action to see the responses."));
        return;
    }
    m_ui->simResponseBodyText->setPlaceholderText(tr("Select a request to see the response."));
    const simtab::ActivityModel::Row &row = m_activity->row(index.row());
    for (const sim::TraceEntry &t : row.result.requests) {
        const int r = m_ui->simRequestsView->rowCount();
        m_ui->simRequestsView->insertRow(r);
        auto *request = new QTableWidgetItem(QString::fromLatin1(t.method) + u' ' + relativeUrl(t.url, row.baseUrl));
        request->setToolTip(t.url);
        m_ui->simRequestsView->setItem(r, 0, request);
        auto *status = new QTableWidgetItem(t.status ? QString::number(t.status) : tr("no response"));
        status->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (t.status >= 400 || t.status == 0)
            status->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
        m_ui->simRequestsView->setItem(r, 1, status);
        auto *time = new QTableWidgetItem(tr("%1 ms").arg(t.elapsedMs));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->simRequestsView->setItem(r, 2, time);
        m_ui->simRequestsView->setItem(r, 3, new QTableWidgetItem(t.outcome));
    }
    if (row.result.requests.isEmpty()) {
        m_ui->simRequestBodyText->setPlaceholderText(
            tr("This action sent no request: %1")
                .arg(row.result.message.isEmpty() ? tr("nothing to tell the app.") : row.result.message));
        return;
    }
    m_ui->simRequestBodyText->setPlaceholderText(tr("Select a request to see what was sent."));
    m_ui->simRequestsView->setCurrentCell(0, 0);
}

void SimulatorTab::showRequest()
{
    const QModelIndex action = m_ui->simActivityView->currentIndex();
    const int r = m_ui->simRequestsView->currentRow();
    if (!action.isValid() || r < 0)
        return;
    const auto &requests = m_activity->row(action.row()).result.requests;
    if (r >= requests.size())
        return;
    const sim::TraceEntry &t = requests.at(r);
    QString sent = QString::fromLatin1(t.method) + u' ' + t.url + u'\n';
    for (const auto &[name, value] : t.headers)
        sent += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value) + u'\n';
    if (!t.body.isEmpty())
        sent += u'\n' + pretty(t.body);
    m_ui->simRequestBodyText->setPlainText(sent);
    QString received =
        t.status ? tr("HTTP %1 after %2 ms").arg(t.status).arg(t.elapsedMs) : tr("No response: %1").arg(t.outcome);
    if (!t.responseBody.isEmpty())
        received += QStringLiteral("\n\n") + pretty(t.responseBody);
    m_ui->simResponseBodyText->setPlainText(received);
}

} // namespace scimdesk

#include "SimulatorTab.moc"
