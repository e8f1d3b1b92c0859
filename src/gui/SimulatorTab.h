// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"
#include "simulator/SimulatorSession.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class SimulatorTab;
}

namespace scimdesk {

namespace simtab {
class PeopleModel;
class GroupsModel;
class ActivityModel;
} // namespace simtab

// The Simulator tab: the simulated Okta org (people, groups with their assignment attributes, the app's
// provisioning settings, laid out as Okta's pages) and what each admin action sent to the directory. Every
// action and every change of the org goes through the SimulatorSession's worker thread; the tab only shows the
// copies it sends back.
class SimulatorTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorTab)

public:
    explicit SimulatorTab(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~SimulatorTab() override;

    sim::SimulatorSession &session() { return m_session; }
    const QString &directory() const { return m_directory; }

public slots:
    // The directory the simulated app provisions into: its base URL from the backend, its token from the keychain.
    void setDirectory(const QString &name);
    // Starts over with the scenario's org and queues its steps (what "Load scenario…" does after its file dialog).
    void loadScenario(const QString &path);
    // Starts over with the org the last scenario started from (or an empty org).
    void startOver();

private:
    void resolveBaseUrl();
    void reconfigure(); // new base URL or token: same org, new engine
    void restart(const sim::OktaOrg &org);
    void useToken(const QByteArray &token, const QString &source);
    void runSteps(const QList<sim::Step> &steps);
    void runOne(const QString &action, const QString &person = {}, const QString &group = {});
    void onOrgChanged();
    void refreshOrg();
    void onActionFinished(const sim::ActionResult &result);
    void onProgress(int done, int total);
    void onFinished();
    void showBanner(const QString &text, bool error);

    QString selectedPerson() const;
    QString selectedGroup() const;
    void updatePeopleButtons();
    void showGroup();
    void updateGroupButtons();
    void showAction();
    void showRequest();

    void addPerson();
    void generatePeople();
    void saveAttributes();
    void editSettings(std::function<void(sim::AppSettings &)> change);
    void showSettings();

    ConsoleBackend &m_backend;
    const std::unique_ptr<Ui::SimulatorTab> m_ui;
    sim::SimulatorSession m_session;
    simtab::PeopleModel *m_people;
    simtab::GroupsModel *m_groups;
    simtab::ActivityModel *m_activity;
    QTimer m_refresh; // coalesces the org copies of a bulk run into a few repaints

    QString m_directory;
    QString m_baseUrl;
    QByteArray m_token;
    bool m_baseUrlEdited = false;
    bool m_readingToken = false;
    bool m_reconfigurePending = false;
    QList<sim::Step> m_held; // asked for before the engine had its token
    sim::OktaOrg m_initialOrg;
    QString m_shownGroup; // whose members and attributes the detail pane shows
    bool m_attributesDirty = false;
    bool m_generateTargetChosen = false;
    int m_runTotal = 0;
    int m_runDone = 0;
    bool m_cancelled = false;

    struct PendingGeneration;
    std::shared_ptr<PendingGeneration> m_generation;
};

} // namespace scimdesk
