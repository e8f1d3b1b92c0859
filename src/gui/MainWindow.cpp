// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Appearance.h"
#include "AssignmentsTab.h"
#include "OnboardingWizard.h"
#include "ProvisioningLogTab.h"
#include "PushGroupsTab.h"
#include "ReportDialog.h"
#include "RoleMappingsTab.h"
#include "SecurityIntegrationTab.h"
#include "SettingsDialog.h"
#include "SimulatorTab.h"
#include "access/Roles.h"
#include "settings/AppSettings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

// The icons live in the static GUI library: their resource must be initialised by name (outside any namespace).
static void initIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace scimdesk {

namespace {

QSettings windowSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("ScimDesk"),
                     QStringLiteral("scimdesk"));
}

} // namespace

MainWindow::MainWindow(QString databasePath, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_backend(std::make_unique<ConsoleBackend>(std::move(databasePath))), m_settings(std::make_unique<AppSettings>())
{
    initIcons();
    applyAppearance(m_settings->appearance());
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.scimdesk.ScimDesk.svg")));

    m_security = new SecurityIntegrationTab(*m_backend, this);
    m_security->setObjectName(QStringLiteral("securityIntegrationTab"));
    m_assignments = new AssignmentsTab(*m_backend, this);
    m_assignments->setObjectName(QStringLiteral("assignmentsTab"));
    m_pushGroups = new PushGroupsTab(*m_backend, this);
    m_pushGroups->setObjectName(QStringLiteral("pushGroupsTab"));
    m_roleMappings = new RoleMappingsTab(*m_backend, this);
    m_roleMappings->setObjectName(QStringLiteral("roleMappingsTab"));
    m_log = new ProvisioningLogTab(m_backend->databasePath(), this);
    m_log->setObjectName(QStringLiteral("provisioningLogTab"));
    m_simulator = new SimulatorTab(*m_backend, this);
    m_simulator->setObjectName(QStringLiteral("simulatorTab"));
    // Okta advises against using one group both to assign the app and as a push group: say so when the simulated
    // org does it.
    connect(&m_simulator->session(), &sim::SimulatorSession::orgChanged, this, [this](const sim::OktaOrg &org) {
        QStringList warnings;
        for (const sim::Group &g : org.groups) {
            if (g.assign && g.push) {
                warnings.append(tr("The Okta group %1 both assigns the app and is pushed: Okta advises a separate "
                                   "group for each, or removing someone from it both unassigns and un-pushes them.")
                                    .arg(g.name));
            }
        }
        m_roleMappings->setOktaWarnings(warnings);
    });
    QTabWidget *tabs = m_ui->tabWidget;
    tabs->addTab(m_security, QIcon(QStringLiteral(":/icons/security.svg")), tr("Security Integration"));
    tabs->addTab(m_assignments, QIcon(QStringLiteral(":/icons/assignments.svg")), tr("Assignments"));
    tabs->addTab(m_pushGroups, QIcon(QStringLiteral(":/icons/groups.svg")), tr("Push Groups"));
    tabs->addTab(m_roleMappings, QIcon(QStringLiteral(":/icons/tree.svg")), tr("Role Mappings"));
    tabs->addTab(m_log, QIcon(QStringLiteral(":/icons/log.svg")), tr("Provisioning Log"));
    tabs->addTab(m_simulator, QIcon(QStringLiteral(":/icons/simulator.svg")), tr("Simulator"));
    m_security->setDefaults(*m_settings);
    // The log shows what arrived while it was hidden as soon as it is shown again.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == m_log)
            m_log->applyFilters();
        showDetailInCurrentTab();
    });
    for (int i = 0; i < tabs->count() && i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, tabs, [tabs, i] { tabs->setCurrentIndex(i); });
    }

    // The toolbar: which directory the tabs show, and who the operator is acting as.
    QToolBar *bar = m_ui->mainToolBar;
    bar->addWidget(new QLabel(tr("Directory "), bar));
    m_directoryCombo = new QComboBox(bar);
    m_directoryCombo->setObjectName(QStringLiteral("directoryCombo"));
    m_directoryCombo->setAccessibleName(tr("Directory"));
    m_directoryCombo->setMinimumContentsLength(18);
    m_directoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_directoryCombo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Acting as "), bar));
    m_operatorCombo = new QComboBox(bar);
    m_operatorCombo->setObjectName(QStringLiteral("operatorCombo"));
    m_operatorCombo->setAccessibleName(tr("Operator"));
    m_operatorCombo->setMinimumContentsLength(18);
    m_operatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_operatorCombo->setToolTip(tr("The user of this directory you act as; local-admin until Okta provisions an "
                                   "orgadmin."));
    bar->addWidget(m_operatorCombo);
    bar->addWidget(new QLabel(tr(" current role "), bar));
    m_roleCombo = new QComboBox(bar);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("Current role"));
    m_roleCombo->setMinimumContentsLength(12);
    m_roleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleCombo->setToolTip(tr("Actions check the privileges of this role (and the roles it inherits)."));
    bar->addWidget(m_roleCombo);

    m_listenerLabel = new QLabel(this);
    m_listenerLabel->setObjectName(QStringLiteral("listenerLabel"));
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setObjectName(QStringLiteral("tokenWarningLabel"));
    m_chainLabel = new QLabel(this);
    m_chainLabel->setObjectName(QStringLiteral("chainHeadLabel"));
    m_chainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_listenerLabel, 1);
    statusBar()->addPermanentWidget(m_chainLabel);
    statusBar()->addPermanentWidget(m_tokenLabel);

    m_ui->messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, [this] { m_ui->messageLabel->setVisible(false); });
    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, [this] {
        m_backend->refreshDirectories();
        if (!m_directory.isEmpty())
            m_backend->loadDirectory(m_directory);
    });

    connect(m_ui->actionNewDirectory, &QAction::triggered, this, [this] {
        m_ui->tabWidget->setCurrentWidget(m_security);
        m_security->findChild<QPushButton *>(QStringLiteral("newDirectoryButton"))->click();
    });
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        QStringList names;
        for (int i = 0; i < m_directoryCombo->count(); ++i)
            names.append(m_directoryCombo->itemData(i).toString());
        auto *dialog = new ReportDialog(m_backend->databasePath(), names, this);
        dialog->setObjectName(QStringLiteral("reportDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_directory.isEmpty())
            dialog->setDirectory(m_directory);
        dialog->open();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(*m_settings, this);
        dialog->setObjectName(QStringLiteral("settingsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, [this, language = m_settings->language()] {
            m_security->setDefaults(*m_settings);
            applyAppearance(m_settings->appearance());
            m_backend->applyRetention(m_settings->journalRetentionDays());
            if (m_settings->language() != language)
                showMessage(tr("The new language is used when ScimDesk starts again."), false);
        });
        dialog->open();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, &m_reload, qOverload<>(&QTimer::start));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionStartListener, &QAction::triggered, this,
            [this] { m_security->findChild<QPushButton *>(QStringLiteral("startListenerButton"))->click(); });
    connect(m_ui->actionStopListener, &QAction::triggered, m_backend.get(), &ConsoleBackend::stopListener);
    m_ui->actionWalkthrough->setIcon(QIcon(QStringLiteral(":/icons/walkthrough.svg")));
    connect(m_ui->actionWalkthrough, &QAction::triggered, this, &MainWindow::openWalkthrough);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ScimDesk"),
                           tr("<b>ScimDesk %1</b><br>Set up, rehearse and audit Okta SCIM provisioning.<br>"
                              "Database: %2")
                               .arg(QStringLiteral(SCIMDESK_VERSION), m_backend->databasePath().toHtmlEscaped()));
    });

    connect(m_directoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { selectDirectory(m_directoryCombo->currentData().toString()); });
    connect(m_security, &SecurityIntegrationTab::directorySelected, this, &MainWindow::selectDirectory);
    connect(m_security, &SecurityIntegrationTab::message, this, &MainWindow::showMessage);
    connect(m_operatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        // The roles the chosen operator holds become the choices of the current role.
        const QString op = m_operatorCombo->currentText();
        const QStringList roles = m_operatorCombo->currentData().toStringList();
        const QString previous = m_roleCombo->currentData().toString();
        const QSignalBlocker blocker(m_roleCombo);
        m_roleCombo->clear();
        m_roleCombo->addItem(tr("all my roles"), QString());
        for (const QString &r : roles)
            m_roleCombo->addItem(r, r);
        const int keep = m_roleCombo->findData(previous);
        m_roleCombo->setCurrentIndex(keep >= 0 ? keep : 0);
        operatorChanged();
    });
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &MainWindow::operatorChanged);

    connect(m_backend.get(), &ConsoleBackend::directoriesLoaded, this, &MainWindow::showDirectories);
    connect(m_backend.get(), &ConsoleBackend::directoryLoaded, this, &MainWindow::showDetail);
    connect(m_backend.get(), &ConsoleBackend::listenerChanged, this, &MainWindow::showListener);
    connect(m_backend.get(), &ConsoleBackend::storeChanged, &m_reload, qOverload<>(&QTimer::start));
    connect(m_backend.get(), &ConsoleBackend::actionFinished, this,
            [this](bool ok, const QString &message) { showMessage(message, !ok); });
    connect(m_backend.get(), &ConsoleBackend::operatorChecked, this,
            [this](const QString &directory, const Operator &op, bool ok, const QStringList &privileges,
                   const QString &error) {
                if (directory != m_directory || op.userName != m_operatorCombo->currentText() ||
                    op.role != m_roleCombo->currentData().toString())
                    return;
                QString whyNot;
                if (!ok) {
                    whyNot = error;
                } else if (!privileges.contains(QString(Roles::ManageGrants))) {
                    whyNot = tr("Acting as %1%2, you lack MANAGE_GRANTS (held by orgadmin and securityadmin): choose "
                                "another current role in the toolbar.")
                                 .arg(op.userName, op.role.isEmpty() ? QString() : tr(" under %1").arg(op.role));
                }
                m_pushGroups->setOperator(op, privileges, whyNot);
                m_roleMappings->setOperator(op, privileges, whyNot);
            });

    const QSettings settings = windowSettings();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    showListener(m_backend->listenerStatus());
    m_backend->refreshDirectories();
    m_backend->applyRetention(m_settings->journalRetentionDays());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings = windowSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_ui->tabWidget->currentIndex());
    QMainWindow::closeEvent(event);
}

OnboardingWizard *MainWindow::openWalkthrough()
{
    auto *wizard = new OnboardingWizard(*m_backend, this);
    wizard->setObjectName(QStringLiteral("onboardingWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OnboardingWizard::directoryCreated, this, [this](const QString &name) {
        m_backend->refreshDirectories();
        selectDirectory(name);
    });
    wizard->show();
    return wizard;
}

void MainWindow::offerOnboarding()
{
    m_offerOnboarding = true;
}

void MainWindow::startListener(quint16 port)
{
    ListenerConfig config;
    config.port = port;
    m_backend->startListener(config);
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { padding: 6px; border-radius: 4px; border: 1px solid #dc2626;"
                               " background: palette(base); color: palette(text); }")
              : QStringLiteral("QLabel { padding: 6px; border-radius: 4px;"
                               " background: palette(highlight); color: palette(highlighted-text); }"));
    m_ui->messageLabel->setVisible(!text.isEmpty());
    statusBar()->showMessage(text, 8000);
    if (!error)
        m_messageTimer.start(8000);
    else
        m_messageTimer.stop();
}

void MainWindow::showListener(const ListenerStatus &status)
{
    if (status.running) {
        m_listenerLabel->setText(tr("Listener: %1 (%2) — %3 requests/s")
                                     .arg(status.address, status.tls ? tr("HTTPS") : tr("HTTP, loopback"))
                                     .arg(status.requestsPerSecond, 0, 'f', 1));
    } else {
        m_listenerLabel->setText(tr("Listener stopped"));
        if (!status.error.isEmpty())
            showMessage(tr("The SCIM listener could not start: %1").arg(status.error), true);
    }
    m_ui->actionStartListener->setEnabled(!status.running);
    m_ui->actionStopListener->setEnabled(status.running);
    m_security->setListenerStatus(status);
}

void MainWindow::showDirectories(const QList<DirectorySummary> &directories)
{
    {
        const QSignalBlocker blocker(m_directoryCombo);
        m_directoryCombo->clear();
        for (const DirectorySummary &d : directories)
            m_directoryCombo->addItem(QIcon(QStringLiteral(":/icons/directory.svg")), d.record.name, d.record.name);
        const int index = m_directoryCombo->findData(m_directory);
        m_directoryCombo->setCurrentIndex(index);
    }
    m_security->setDirectories(directories);
    QStringList warnings;
    for (const DirectorySummary &d : directories) {
        if (!d.warning.isEmpty())
            warnings.append(d.record.name + QStringLiteral(": ") + d.warning);
    }
    m_tokenLabel->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.first());
    m_tokenLabel->setToolTip(warnings.join(u'\n'));
    if (directories.isEmpty()) {
        showMessage(tr("No directories yet. Follow the onboarding walkthrough (F1), or create one (File > New "
                       "directory…) and enter its base URL and token in Okta."));
        QSettings settings = windowSettings();
        if (m_offerOnboarding && !settings.value(QStringLiteral("onboarding/offered")).toBool()) {
            settings.setValue(QStringLiteral("onboarding/offered"), true);
            openWalkthrough();
        }
    }
    m_offerOnboarding = false;
}

void MainWindow::selectDirectory(const QString &name)
{
    if (name.isEmpty() || name == m_directory)
        return;
    m_directory = name;
    {
        const QSignalBlocker blocker(m_directoryCombo);
        m_directoryCombo->setCurrentIndex(m_directoryCombo->findData(name));
    }
    m_security->selectDirectory(name);
    m_log->setDirectory(name);
    m_simulator->setDirectory(name);
    setWindowTitle(tr("%1 — ScimDesk").arg(name));
    m_backend->loadDirectory(name);
}

void MainWindow::fillOperators(const DirectoryDetail &detail)
{
    // The operators: every active user holding a role besides public, and the bootstrap administrator until a
    // provisioned user holds orgadmin (then it is retired).
    QList<QPair<QString, QStringList>> operators;
    bool orgadmin = false;
    for (const UserView &u : detail.access.users) {
        if (u.status == QLatin1StringView("active") && u.roles.size() > 1) {
            operators.append({u.userName, u.roles});
            orgadmin = orgadmin || u.roles.contains(QString(Roles::OrgAdmin));
        }
    }
    if (!orgadmin) {
        QStringList bootstrap = Roles::closure(QString(Roles::OrgAdmin));
        bootstrap.append(QString(Roles::Public));
        operators.prepend({QString(AccessModel::BootstrapAdmin), bootstrap});
    }
    const QString previous = m_operatorCombo->currentText();
    const QSignalBlocker blocker(m_operatorCombo);
    m_operatorCombo->clear();
    for (const auto &[name, roles] : operators)
        m_operatorCombo->addItem(name, roles);
    int index = m_operatorCombo->findText(previous);
    if (index < 0) {
        // The first orgadmin, when the previous operator is gone (the bootstrap administrator, retired).
        for (int i = 0; i < operators.size() && index < 0; ++i) {
            if (operators.at(i).second.contains(QString(Roles::OrgAdmin)))
                index = i;
        }
    }
    m_operatorCombo->setCurrentIndex(std::max(index, 0));
    // Refill the roles for the operator now selected (signals were blocked).
    const QStringList roles = m_operatorCombo->currentData().toStringList();
    const QString role = m_roleCombo->currentData().toString();
    const QSignalBlocker roleBlocker(m_roleCombo);
    m_roleCombo->clear();
    m_roleCombo->addItem(tr("all my roles"), QString());
    for (const QString &r : roles)
        m_roleCombo->addItem(r, r);
    m_roleCombo->setCurrentIndex(std::max(m_roleCombo->findData(role), 0));
}

void MainWindow::operatorChanged()
{
    if (m_directory.isEmpty() || m_operatorCombo->currentIndex() < 0)
        return;
    m_security->setOperatorName(m_operatorCombo->currentText());
    m_backend->checkOperator(m_directory, {m_operatorCombo->currentText(), m_roleCombo->currentData().toString()});
}

void MainWindow::showDetail(const DirectoryDetail &detail)
{
    if (detail.summary.record.name != m_directory)
        return;
    m_detail = detail;
    ++m_detailVersion;
    // The chain heads, shortened; the tooltip has them whole and the command that verifies them.
    QString shortHeads = detail.chainHeads;
    static const QRegularExpression hex(QStringLiteral("\\b([0-9a-f]{12})[0-9a-f]{52}\\b"));
    shortHeads.replace(hex, QStringLiteral("\\1…"));
    m_chainLabel->setText(tr("Chain: %1").arg(shortHeads));
    m_chainLabel->setToolTip(
        tr("The tamper-evident journal's heads:\n%1\nVerify with: %2").arg(detail.chainHeads, detail.verifyCommand));
    m_security->setDetail(detail);
    showDetailInCurrentTab();
    fillOperators(detail);
    operatorChanged();
}

void MainWindow::showDetailInCurrentTab()
{
    // Only the tab on screen gets the new data; the others get it when shown. With 100,000 users a table reset
    // costs the GUI thread a noticeable moment, which would otherwise repeat for hidden tabs on every reload.
    if (!m_detail)
        return;
    QWidget *current = m_ui->tabWidget->currentWidget();
    auto push = [&](auto *tab) {
        if (current == tab && m_shownVersion.value(tab) != m_detailVersion) {
            tab->setDetail(*m_detail);
            m_shownVersion.insert(tab, m_detailVersion);
        }
    };
    push(m_assignments);
    push(m_pushGroups);
    push(m_roleMappings);
}

} // namespace scimdesk
