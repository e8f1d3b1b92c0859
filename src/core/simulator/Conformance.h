// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs Okta's SCIM 2.0 SPEC test (okta-scim-wire.md §7.1), the group steps of its 2023 variant (§7.2) and Okta's
// request scripts (§10) against any SCIM base URL, asynchronously over QNetworkAccessManager, and says for each
// check whether the target passed and why not. Cleans up what it created where the target allows (deactivates
// users, deletes groups).

#include "simulator/OktaHttp.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>

namespace scimdesk::sim {

struct ConformanceConfig
{
    QString baseUrl;            // e.g. http://127.0.0.1:7643/scim/v2/acme
    QByteArray token;           // sent as "Authorization: Bearer <token>", never traced
    int timeoutMs = 60'000;     // Okta's socket timeout (§6)
    qint64 maxResponseMs = 600; // the Runscope suites' response_time limit (§7.1 step 19, §7.2)
};

struct ConformanceCheck
{
    QString name;   // stable, e.g. "spec-07-unknown-id-404"
    QString source; // where the reference describes it, e.g. "§7.1 step 7"
    bool passed = false;
    QString reason; // what was verified, or every problem found
    QList<TraceEntry> requests;
};

struct ConformanceReport
{
    QList<ConformanceCheck> checks;
    QStringList cleanupProblems; // what could not be deactivated or deleted afterwards
    QString fatal;               // set when the target never answered; the run stops there
    int passed() const;
    int failed() const;
};

class ConformanceRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformanceRunner)

public:
    explicit ConformanceRunner(ConformanceConfig config, QObject *parent = nullptr);
    ~ConformanceRunner() override;

    // Starts the whole run; checkFinished() follows for each check, then finished(). One run at a time.
    void start();
    bool isBusy() const { return m_busy; }

    // Blocking convenience for the CLI and tests (a local event loop; never on a GUI thread).
    ConformanceReport run();

signals:
    void checkFinished(const scimdesk::sim::ConformanceCheck &check);
    void finished(const scimdesk::sim::ConformanceReport &report);

private:
    enum class Headers { Okta, RunscopeGet, RunscopePost };
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        qint64 elapsedMs = 0;
        QString what; // "GET /Users/…", for problem messages
    };
    using Next = std::function<void(const Reply &)>;
    struct Request
    {
        QByteArray method;
        QString path; // and query, percent-encoded
        QJsonObject body = {};
        Headers headers = Headers::RunscopeGet;
        QByteArray authorization = {}; // empty: the configured bearer token
    };

    void send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Next next,
              Headers headers = Headers::Okta, const QByteArray &authorization = {});
    void begin(const QString &name, const QString &source);
    void expect(bool condition, const QString &problem);
    void done(const QString &verified);
    void proceed();
    // A check of one request: done() with what `verify` returns, unless it recorded problems.
    void single(const Request &request, std::function<QString(const Reply &)> verify);

    // Shared assertions; each records problems on the current check.
    void expectStatus(const Reply &r, int status);
    void expectStatusIn(const Reply &r, const QList<int> &statuses);
    void expectFast(const Reply &r);
    void expectList(const Reply &r, int count, int startIndex);
    bool expectActive(const Reply &r, bool active);
    void expectUser(const Reply &r);
    void expectGroup(const Reply &r);
    void expectFields(const Reply &r, const QStringList &paths);
    void expectMembers(const Reply &r, const QStringList &ids);
    void expectSpecUser(const Reply &r);   // userName and name as §7.1 step 11 created them
    void expectSpecMember(const Reply &r); // members[0] is that user, as §7.2 step 23 added it

    // The checks, in the order they run.
    void testConnection();
    void assignCreate();
    void specListUsers();
    void specGetUser();
    void specFilterNobody(const QString &name, const QString &source, const QString &userName);
    void specUnknownId(const QString &name, const QString &source, const QString &id);
    void specCreateUser();
    void specGetCreatedUser();
    void specDuplicate();
    void specUserNameCase();
    void specGroupsEndpoint();
    void specBadToken();
    void assignLink();
    void patchActive(bool active);
    void deactivatePut();
    void pushGroup();
    void patchGroupMembers(const QJsonArray &operations, const QStringList &memberIds, std::function<void()> then);
    void membershipChange();
    void renameGroup();
    void pushNow();
    void pushGroupPut();
    void unlinkDeleteGroup();
    void specPutUser();
    void specCreateGroup();
    void specGroupStep(const QString &name, const QString &source, const QByteArray &method, const QJsonObject &body,
                       int status, std::function<QString(const Reply &)> verify);
    void specGetGroup();
    void specRemoveMember();
    void specAddMember();
    void specPutGroup();
    void specDeleteGroup();
    void specDeactivateUser();
    void importPages(const QString &endpoint, int startIndex, int pages);
    void cleanup();

    bool needs(const QString &value, const QString &from); // false (and the check fails) when value is empty
    QJsonObject oktaCreateBody() const;
    QJsonObject specUserBody(const QString &email) const;
    QJsonObject memberOf(const QString &id, const QString &display) const;

    ConformanceConfig m_config;
    QNetworkAccessManager m_manager;
    bool m_busy = false;
    bool m_answered = false; // the target answered at least once
    ConformanceReport m_report;
    ConformanceCheck m_check;
    QStringList m_problems;
    qint64 m_startedMs = 0;
    std::deque<std::function<void()>> m_queue;

    // Names the run generates (§7.1's initial script) and what the target returned for them.
    QString m_suffix;
    QString m_oktaUserName, m_oktaUserId, m_oktaGroupName, m_oktaGroupId;
    QString m_given, m_family, m_userName, m_userOneId, m_userOneEmail, m_isvUserId;
    QString m_specGroupName, m_specGroupId;
    QStringList m_activeUsers, m_liveGroups; // to deactivate and delete afterwards
    QStringList m_importedIds;
};

} // namespace scimdesk::sim
