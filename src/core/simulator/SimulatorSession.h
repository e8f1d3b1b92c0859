// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulated Okta org of the console, with its engine, in a worker thread of its own: the GUI sends actions
// (and edits of the org) and receives each action's result and a copy of the org after it. Actions run one
// after another in the order they were asked for; a queue of many (a bulk action) reports progress and can be
// cancelled between actions.

#include "simulator/OktaOrg.h"
#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace scimdesk::sim {

class SimulatorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorSession)

public:
    explicit SimulatorSession(QObject *parent = nullptr);
    ~SimulatorSession() override;

    // Starts over with this org, sending to `config.baseUrl` with `config.token`.
    void reset(const OktaOrg &org, const EngineConfig &config);
    // Changes the org (add people or groups, change settings) in the worker; orgChanged() follows.
    void edit(std::function<void(OktaOrg &)> change);
    // Queues actions; each one's result arrives through actionFinished(), then progress().
    void run(const QList<Step> &steps);
    void cancel(); // drops the queued actions that have not started
    bool isBusy() const { return m_pending > 0; }
    const OktaOrg &org() const { return m_org; } // the copy from the last orgChanged()

    // Adds `count` new people (logins <prefix>N@<domain>, skipping taken ones) and returns their logins; adding
    // them to an assignment group is then one addToGroup step each, as in Okta.
    static QStringList addPeople(OktaOrg &org, int count, const QString &prefix, const QString &domain);

signals:
    void actionFinished(const scimdesk::sim::ActionResult &result);
    void orgChanged(const scimdesk::sim::OktaOrg &org);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    class Worker;
    Worker *m_worker = nullptr; // lives in m_thread
    QThread m_thread;
    OktaOrg m_org;
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
};

} // namespace scimdesk::sim
