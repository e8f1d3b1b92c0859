// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace scimdesk {

class AppSettings;
class AssignmentsTab;
class ProvisioningLogTab;
class SimulatorTab;
class PushGroupsTab;
class RoleMappingsTab;
class SecurityIntegrationTab;

// The console window: the tabs of the Okta setup flow over one directory chosen in the toolbar, the operator's
// current role, and the listener's state in the status bar. Everything it shows comes from ConsoleBackend,
// whose worker thread does the reading and writing.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QString databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleBackend &backend() { return *m_backend; }
    // Starts the listener on 127.0.0.1:`port` (0 picks a free port).
    void startListener(quint16 port);
    QString currentDirectory() const { return m_directory; }
    // Opens the onboarding walkthrough (Help menu); returns it so tests can drive it.
    class OnboardingWizard *openWalkthrough();
    // On the first start with no directory, opens the walkthrough once (remembered in the settings).
    void offerOnboarding();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void selectDirectory(const QString &name);
    void showDirectories(const QList<DirectorySummary> &directories);
    void showDetail(const DirectoryDetail &detail);
    void showDetailInCurrentTab();
    void showListener(const ListenerStatus &status);
    void showMessage(const QString &text, bool error = false);
    void operatorChanged();
    void fillOperators(const DirectoryDetail &detail);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<ConsoleBackend> m_backend;
    SecurityIntegrationTab *m_security = nullptr;
    AssignmentsTab *m_assignments = nullptr;
    PushGroupsTab *m_pushGroups = nullptr;
    RoleMappingsTab *m_roleMappings = nullptr;
    ProvisioningLogTab *m_log = nullptr;
    SimulatorTab *m_simulator = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    QComboBox *m_directoryCombo = nullptr;
    QComboBox *m_operatorCombo = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_listenerLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_chainLabel = nullptr;
    QString m_directory;
    QTimer m_reload;
    QTimer m_messageTimer;
    bool m_offerOnboarding = false;
    std::optional<DirectoryDetail> m_detail; // the latest, shown to each tab when it is on screen
    quint64 m_detailVersion = 0;
    QHash<QWidget *, quint64> m_shownVersion;
};

} // namespace scimdesk
