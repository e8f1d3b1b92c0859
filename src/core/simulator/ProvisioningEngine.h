// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Replays admin actions on the Okta org as Okta's exact SCIM request sequences (okta-scim-wire.md §10) for the
// org's app kind, asynchronously over QNetworkAccessManager, with Okta's 429 back-off, its 60 s timeout and its
// error wording. Each action yields an ActionResult with a trace of every request and response.

#include "simulator/OktaHttp.h"
#include "simulator/OktaOrg.h"
#include "simulator/Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>

namespace scimdesk::sim {

struct EngineConfig
{
    QString baseUrl;  // e.g. http://127.0.0.1:8080/scim/v2/acme
    QByteArray token; // sent as "Authorization: Bearer <token>", never traced
    int timeoutMs = 60'000;
    double retryScale = 1.0; // multiplies every 429 wait (tests use a tiny scale)
    int maxAttempts = 10;
};

struct ActionResult
{
    Step step;
    bool ok = false;
    QString message; // Okta's wording of the failure, or a summary of what happened
    QList<TraceEntry> requests;
    qint64 elapsedMs = 0;
};

class ProvisioningEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningEngine)

public:
    ProvisioningEngine(OktaOrg &org, EngineConfig config, QObject *parent = nullptr);
    ~ProvisioningEngine() override;

    // Starts one action; actionFinished() follows. One action at a time.
    void start(const Step &step);
    bool isBusy() const { return m_busy; }

    // Blocking conveniences for the CLI and tests (a local event loop; never on a GUI thread).
    ActionResult run(const Step &step);
    QList<ActionResult> runAll(const QList<Step> &steps);

signals:
    void actionFinished(const scimdesk::sim::ActionResult &result);

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
    };
    using Next = std::function<void(const Response &)>;

    void send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Next next,
              QList<int> alsoAccepted = {});
    void attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body, Next next,
                 QList<int> alsoAccepted, int attemptNo, qint64 previousWaitMs);
    void enqueue(std::function<void()> task);
    void proceed(); // runs the next queued task, or finishes the action
    void fail(const QString &message);
    void finish();

    // Okta's sub-operations.
    void provision(const QString &login);
    void setActive(const QString &login, bool active);
    void updateUser(const QString &login, std::function<void(QJsonObject &)> extra = {});
    void pushGroup(const QString &name);
    void membershipChange(const QString &name, const QStringList &added, const QStringList &removed);
    void pushAllMembers(const QString &name);
    void importPages(const QString &endpoint, int startIndex, int seen);
    void afterGroupChange(const QString &name); // OIN: GET the group, then PATCH replace {id, displayName}

    QJsonObject createBody(const Person &p) const;
    QJsonObject mergeProfile(QJsonObject server, const Person &p) const;
    QJsonArray memberValues(const QStringList &logins) const;
    QJsonObject groupPutBody(const QString &name) const;
    bool isOin() const { return m_org.settings.kind == AppKind::Oin; }

    OktaOrg &m_org;
    EngineConfig m_config;
    QNetworkAccessManager m_manager;
    bool m_busy = false;
    bool m_failed = false;
    ActionResult m_result;
    qint64 m_startedMs = 0;
    std::deque<std::function<void()>> m_queue;
    QString m_summary;
};

} // namespace scimdesk::sim
