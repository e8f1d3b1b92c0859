// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/ProvisioningEngine.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSimulator, "scimdesk.simulator", QtInfoMsg)

namespace scimdesk::sim {

namespace {

constexpr int MembershipChunk = 100;       // Okta's default limit of membership changes per PATCH (§4.3)
constexpr qint64 DefaultRetryMs = 300'000; // a missing or unusable Retry-After means 5 min (§6)

QString enc(const QString &s)
{
    return percentEncoded(s);
}

QJsonObject patchOp(const QJsonArray &operations)
{
    return {{QStringLiteral("schemas"), QJsonArray{PatchSchema}}, {QStringLiteral("Operations"), operations}};
}

} // namespace

QJsonObject ProvisioningEngine::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ProvisioningEngine::ProvisioningEngine(OktaOrg &org, EngineConfig config, QObject *parent)
    : QObject(parent), m_org(org), m_config(std::move(config))
{
    while (m_config.baseUrl.endsWith(u'/'))
        m_config.baseUrl.chop(1);
}

ProvisioningEngine::~ProvisioningEngine() = default;

void ProvisioningEngine::enqueue(std::function<void()> task)
{
    m_queue.push_back(std::move(task));
}

void ProvisioningEngine::proceed()
{
    if (m_failed || !m_busy)
        return;
    if (m_queue.empty()) {
        finish();
        return;
    }
    auto task = std::move(m_queue.front());
    m_queue.pop_front();
    task();
}

void ProvisioningEngine::fail(const QString &message)
{
    m_failed = true;
    m_result.message = message;
    m_queue.clear();
    finish();
}

void ProvisioningEngine::finish()
{
    m_result.ok = !m_failed;
    if (!m_failed)
        m_result.message = m_summary;
    m_result.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    m_busy = false;
    qCInfo(lcSimulator) << m_result.step.action << (m_result.ok ? "succeeded" : "failed:") << m_result.message;
    emit actionFinished(m_result);
}

void ProvisioningEngine::send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Next next,
                              QList<int> alsoAccepted)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    attempt(method, pathAndQuery, bytes, std::move(next), std::move(alsoAccepted), 1, 0);
}

void ProvisioningEngine::attempt(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                 Next next, QList<int> alsoAccepted, int attemptNo, qint64 previousWaitMs)
{
    const PreparedRequest prepared = prepareRequest(m_config.baseUrl, method, pathAndQuery, body,
                                                    oktaHeaders(!body.isEmpty()), "Bearer " + m_config.token);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const qsizetype index = appendTrace(m_result.requests, prepared, started - m_startedMs);
    m_result.requests[index].attempt = attemptNo;

    auto timedOut = std::make_shared<bool>(false);
    QNetworkReply *reply = sendWithTimeout(m_manager, prepared, m_config.timeoutMs, timedOut);
    connect(reply, &QNetworkReply::finished, this,
            [=, this, next = std::move(next), alsoAccepted = std::move(alsoAccepted)] {
                reply->deleteLater();
                TraceEntry &t = m_result.requests[index];
                t.elapsedMs = QDateTime::currentMSecsSinceEpoch() - started;
                Response r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.body = reply->isOpen() ? reply->readAll() : QByteArray();
                t.status = r.status;
                t.responseBody = r.body;
                if (*timedOut) {
                    t.outcome = QStringLiteral("Read timed out");
                    fail(tr("Read timed out: no response from %1 within %2 s")
                             .arg(t.url, QString::number(m_config.timeoutMs / 1000.0)));
                    return;
                }
                if (r.status == 0) {
                    t.outcome = reply->errorString();
                    fail(tr("Could not connect to %1: %2").arg(t.url, reply->errorString()));
                    return;
                }
                if (r.status == 429 && attemptNo < m_config.maxAttempts) {
                    qint64 waitMs = previousWaitMs * 2;
                    if (attemptNo == 1) {
                        bool ok = false;
                        const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
                        waitMs = ok && seconds >= 0 ? seconds * 1000 : DefaultRetryMs;
                    }
                    const qint64 scaled = qRound64(double(waitMs) * m_config.retryScale);
                    t.outcome = tr("retry in %1 ms").arg(waitMs);
                    QTimer::singleShot(scaled, this, [=, this] {
                        attempt(method, pathAndQuery, body, next, alsoAccepted, attemptNo + 1, waitMs);
                    });
                    return;
                }
                if ((r.status >= 200 && r.status < 300) || alsoAccepted.contains(r.status)) {
                    t.outcome = QStringLiteral("ok");
                    next(r);
                    return;
                }
                QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
                if (reason.isEmpty())
                    reason = standardReason(r.status);
                QString message =
                    reason + QStringLiteral(". Errors reported by remote server: ") + remoteDetail(r.body);
                if (r.status == 429)
                    message += u' ' + tr("(gave up after %1 attempts)").arg(attemptNo);
                t.outcome = message;
                fail(message);
            });
}

void ProvisioningEngine::start(const Step &step)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_failed = false;
    m_result = ActionResult{};
    m_result.step = step;
    m_summary.clear();
    m_queue.clear();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    const QString &a = step.action;
    const AppSettings &settings = m_org.settings;
    Person *person = step.person.isEmpty() ? nullptr : m_org.person(step.person);
    Group *group = step.group.isEmpty() ? nullptr : m_org.group(step.group);
    if ((!step.person.isEmpty() && !person) || (!step.group.isEmpty() && !group)) {
        fail(person ? tr("unknown group \"%1\"").arg(step.group) : tr("unknown person \"%1\"").arg(step.person));
        return;
    }
    auto appUserActive = [this](const QString &login) {
        const auto it = m_org.appUsers.constFind(login);
        return it != m_org.appUsers.cend() && it->active;
    };

    if (a == QLatin1StringView("testConnection")) {
        enqueue([this] {
            send("GET", QStringLiteral("/Users?startIndex=1&count=2"), {}, [this](const Response &) {
                if (m_org.settings.importGroups)
                    send("GET", QStringLiteral("/Groups?startIndex=1&count=100"), {}, [this](const Response &) {
                        m_summary = tr("connection verified");
                        proceed();
                    });
                else {
                    m_summary = tr("connection verified");
                    proceed();
                }
            });
        });
    } else if (a == QLatin1StringView("assignGroup")) {
        const bool wasAssigned = std::exchange(group->assign, true);
        for (const QString &login : wasAssigned ? QStringList() : group->members) {
            const Person *p = m_org.person(login);
            if (!p || !p->active)
                continue;
            if (!appUserActive(login))
                enqueue([this, login] { provision(login); });
            else if (!group->attributes.isEmpty() && settings.updateUserAttributes)
                enqueue([this, login] { updateUser(login); });
        }
    } else if (a == QLatin1StringView("assignPerson")) {
        m_org.directAssignments.insert(person->login);
        if (person->active && !appUserActive(person->login))
            enqueue([this, login = person->login] { provision(login); });
    } else if (a == QLatin1StringView("unassignPerson")) {
        m_org.directAssignments.remove(person->login);
        if (!m_org.isAssigned(person->login) && appUserActive(person->login) && settings.deactivateUsers)
            enqueue([this, login = person->login] { setActive(login, false); });
    } else if (a == QLatin1StringView("deactivatePerson")) {
        person->active = false;
        if (appUserActive(person->login) && settings.deactivateUsers)
            enqueue([this, login = person->login] { setActive(login, false); });
    } else if (a == QLatin1StringView("reactivatePerson")) {
        person->active = true;
        if (m_org.isAssigned(person->login) && !appUserActive(person->login)) {
            if (m_org.appUsers.contains(person->login))
                enqueue([this, login = person->login] { setActive(login, true); });
            else
                enqueue([this, login = person->login] { provision(login); });
        }
    } else if (a == QLatin1StringView("updateProfile")) {
        const QString oldLogin = person->login;
        for (auto it = step.set.begin(); it != step.set.end(); ++it) {
            const QString v = it.value().toString();
            if (it.key() == QLatin1StringView("firstName"))
                person->firstName = v;
            else if (it.key() == QLatin1StringView("lastName"))
                person->lastName = v;
            else if (it.key() == QLatin1StringView("email"))
                person->email = v;
            else if (it.key() == QLatin1StringView("login"))
                person->login = v;
        }
        if (person->login != oldLogin) {
            for (Group &g : m_org.groups)
                g.members.replaceInStrings(
                    QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(oldLogin) + u'$'),
                    person->login);
            if (m_org.directAssignments.remove(oldLogin))
                m_org.directAssignments.insert(person->login);
            if (m_org.appUsers.contains(oldLogin))
                m_org.appUsers.insert(person->login, m_org.appUsers.take(oldLogin));
        }
        if (appUserActive(person->login) && settings.updateUserAttributes)
            enqueue([this, login = person->login] { updateUser(login); });
    } else if (a == QLatin1StringView("addToGroup")) {
        if (!group->members.contains(person->login))
            group->members.append(person->login);
        if (group->assign && person->active && !appUserActive(person->login))
            enqueue([this, login = person->login] { provision(login); }); // pushes memberships too
        else if (group->push && m_org.pushedIds.contains(group->name) &&
                 m_org.pushableMembers(*group).contains(person->login))
            enqueue([this, name = group->name, login = person->login] { membershipChange(name, {login}, {}); });
    } else if (a == QLatin1StringView("removeFromGroup")) {
        const bool wasPushed = group->push && m_org.pushedIds.contains(group->name) &&
                               m_org.pushableMembers(*group).contains(person->login);
        group->members.removeAll(person->login);
        if (wasPushed)
            enqueue([this, name = group->name, login = person->login] { membershipChange(name, {}, {login}); });
        if (group->assign && !m_org.isAssigned(person->login) && appUserActive(person->login) &&
            settings.deactivateUsers)
            enqueue([this, login = person->login] { setActive(login, false); });
    } else if (a == QLatin1StringView("pushGroup")) {
        if (!settings.pushGroups) {
            fail(tr("Push Groups is not enabled for this app"));
            return;
        }
        group->push = true;
        if (!m_org.pushedIds.contains(group->name))
            enqueue([this, name = group->name] { pushGroup(name); });
    } else if (a == QLatin1StringView("renameGroup")) {
        const QString oldName = group->name;
        group->name = step.to;
        m_summary = tr("renamed %1 to %2").arg(oldName, step.to);
        if (m_org.pushedIds.contains(oldName)) {
            const QString id = m_org.pushedIds.take(oldName);
            m_org.pushedIds.insert(step.to, id);
            enqueue([this, id, name = step.to] {
                if (isOin()) {
                    const QJsonObject value{{QStringLiteral("id"), id}, {QStringLiteral("displayName"), name}};
                    send("PATCH", QStringLiteral("/Groups/") + enc(id),
                         patchOp({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                              {QStringLiteral("value"), value}}}),
                         [this](const Response &) { proceed(); });
                } else {
                    send("GET", QStringLiteral("/Groups/") + enc(id), {}, [this, id, name](const Response &) {
                        send("PUT", QStringLiteral("/Groups/") + enc(id), groupPutBody(name),
                             [this](const Response &) { proceed(); });
                    });
                }
            });
        }
    } else if (a == QLatin1StringView("pushNow")) {
        if (!m_org.pushedIds.contains(group->name)) {
            fail(tr("group \"%1\" is not pushed").arg(group->name));
            return;
        }
        enqueue([this, name = group->name] { pushAllMembers(name); });
    } else if (a == QLatin1StringView("unlinkGroup")) {
        group->push = false;
        const QString id = m_org.pushedIds.take(group->name);
        m_summary = step.deleteInApp ? tr("unlinked %1 and deleted it in the app").arg(group->name)
                                     : tr("unlinked %1, left in the app").arg(group->name);
        if (step.deleteInApp && !id.isEmpty())
            enqueue([this, id] {
                send("DELETE", QStringLiteral("/Groups/") + enc(id), {}, [this](const Response &) { proceed(); });
            });
    } else if (a == QLatin1StringView("importUsers")) {
        enqueue([this] { importPages(QStringLiteral("Users"), 1, 0); });
    } else if (a == QLatin1StringView("importGroups")) {
        enqueue([this] { importPages(QStringLiteral("Groups"), 1, 0); });
    } else {
        fail(tr("unknown action \"%1\"").arg(a));
        return;
    }
    proceed();
}

ActionResult ProvisioningEngine::run(const Step &step)
{
    ActionResult result;
    QEventLoop loop;
    const auto c = connect(this, &ProvisioningEngine::actionFinished, &loop, [&](const ActionResult &r) {
        result = r;
        loop.quit();
    });
    start(step);
    if (m_busy)
        loop.exec();
    disconnect(c);
    return result;
}

QList<ActionResult> ProvisioningEngine::runAll(const QList<Step> &steps)
{
    QList<ActionResult> results;
    for (const Step &step : steps)
        results.append(run(step));
    return results;
}

void ProvisioningEngine::provision(const QString &login)
{
    const Person *p = m_org.person(login);
    if (!m_org.settings.createUsers) {
        proceed();
        return;
    }
    if (m_org.appUsers.contains(login)) { // assigned again after deactivation: reactivate the same app user
        setActive(login, true);
        return;
    }
    auto afterProvision = [this, login] {
        for (const Group &g : m_org.groups) {
            if (g.push && m_org.pushedIds.contains(g.name) && m_org.settings.pushMembershipsImmediately &&
                m_org.pushableMembers(g).contains(login))
                enqueue([this, name = g.name, login] { membershipChange(name, {login}, {}); });
        }
        proceed();
    };
    const QString filter = QStringLiteral("/Users?filter=userName%20eq%20%22") + enc(m_org.uniqueValue(*p)) +
                           QStringLiteral("%22&startIndex=1&count=100");
    send("GET", filter, {},
         [this, login, afterProvision](const Response &found) {
             const Person *person = m_org.person(login);
             const QJsonArray resources = found.json().value(QLatin1StringView("Resources")).toArray();
             if (found.status == 200 && !resources.isEmpty()) { // link the existing app user, then push the profile
                 const QString id = resources.first().toObject().value(QLatin1StringView("id")).toString();
                 m_org.appUsers.insert(login, AppUser{id, true});
                 m_summary = tr("linked %1 to %2").arg(login, id);
                 send("GET", QStringLiteral("/Users/") + enc(id), {},
                      [this, id, login, afterProvision](const Response &r) {
                          const QJsonObject current = r.json();
                          const bool wasInactive = !current.value(QLatin1StringView("active")).toBool(true);
                          QJsonObject body = mergeProfile(current, *m_org.person(login));
                          if (!isOin())
                              body.insert(QStringLiteral("active"), true);
                          send("PUT", QStringLiteral("/Users/") + enc(id), body,
                               [this, id, wasInactive, afterProvision](const Response &) {
                                   if (isOin() && wasInactive)
                                       send("PATCH", QStringLiteral("/Users/") + enc(id),
                                            patchOp({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                                 {QStringLiteral("value"),
                                                                  QJsonObject{{QStringLiteral("active"), true}}}}}),
                                            [afterProvision](const Response &) { afterProvision(); });
                                   else
                                       afterProvision();
                               });
                      });
                 return;
             }
             send("POST", QStringLiteral("/Users"), createBody(*person),
                  [this, login, afterProvision](const Response &created) {
                      const QString id = created.json().value(QLatin1StringView("id")).toString();
                      if (id.isEmpty()) {
                          // Okta's own dashboard message, verbatim and in English as Okta shows it.
                          fail(QStringLiteral("Automatic provisioning of user ") + login +
                               QStringLiteral(" failed: Error while creating user ") + login +
                               QStringLiteral(": Create new user returned empty user."));
                          return;
                      }
                      m_org.appUsers.insert(login, AppUser{id, true});
                      m_summary = tr("created %1 as %2").arg(login, id);
                      afterProvision();
                  });
         },
         {404});
}

void ProvisioningEngine::setActive(const QString &login, bool active)
{
    const QString id = m_org.appUsers.value(login).scimId;
    auto done = [this, login, active](const Response &) {
        m_org.appUsers[login].active = active;
        m_summary = (active ? tr("reactivated %1") : tr("deactivated %1")).arg(login);
        proceed();
    };
    if (isOin()) {
        send("PATCH", QStringLiteral("/Users/") + enc(id),
             patchOp({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                  {QStringLiteral("value"), QJsonObject{{QStringLiteral("active"), active}}}}}),
             done);
        return;
    }
    send("GET", QStringLiteral("/Users/") + enc(id), {}, [this, id, active, done](const Response &r) {
        QJsonObject body = r.json();
        body.insert(QStringLiteral("active"), active);
        send("PUT", QStringLiteral("/Users/") + enc(id), body, done);
    });
}

void ProvisioningEngine::updateUser(const QString &login, std::function<void(QJsonObject &)> extra)
{
    const QString id = m_org.appUsers.value(login).scimId;
    send("GET", QStringLiteral("/Users/") + enc(id), {}, [this, id, login, extra](const Response &r) {
        QJsonObject body = mergeProfile(r.json(), *m_org.person(login));
        if (extra)
            extra(body);
        send("PUT", QStringLiteral("/Users/") + enc(id), body, [this, login](const Response &) {
            m_summary = tr("updated %1").arg(login);
            proceed();
        });
    });
}

void ProvisioningEngine::pushGroup(const QString &name)
{
    const QString filter = QStringLiteral("/Groups?filter=displayName%20eq%20%22") + enc(name) +
                           QStringLiteral("%22&startIndex=1&count=100");
    send("GET", filter, {},
         [this, name](const Response &found) {
             const QJsonArray resources = found.json().value(QLatin1StringView("Resources")).toArray();
             if (found.status == 200 && !resources.isEmpty()) { // link, then a full membership push
                 const QString id = resources.first().toObject().value(QLatin1StringView("id")).toString();
                 m_org.pushedIds.insert(name, id);
                 m_summary = tr("linked group %1 to %2").arg(name, id);
                 if (m_org.settings.pushMembershipsImmediately)
                     pushAllMembers(name);
                 else
                     proceed();
                 return;
             }
             const QJsonObject body{{QStringLiteral("schemas"), QJsonArray{GroupSchema}},
                                    {QStringLiteral("displayName"), name},
                                    {QStringLiteral("members"), QJsonArray{}}};
             send("POST", QStringLiteral("/Groups"), body, [this, name](const Response &created) {
                 const QString id = created.json().value(QLatin1StringView("id")).toString();
                 if (id.isEmpty()) {
                     fail(QStringLiteral("Failed on creating group ") + name +
                          QStringLiteral(": the response carries no id"));
                     return;
                 }
                 m_org.pushedIds.insert(name, id);
                 m_summary = tr("pushed group %1 as %2").arg(name, id);
                 if (!m_org.settings.pushMembershipsImmediately) {
                     proceed();
                     return;
                 }
                 const Group *g = m_org.group(name);
                 membershipChange(name, m_org.pushableMembers(*g), {});
             });
         },
         {404});
}

void ProvisioningEngine::membershipChange(const QString &name, const QStringList &added, const QStringList &removed)
{
    const QString id = m_org.pushedIds.value(name);
    if (m_summary.isEmpty())
        m_summary = tr("pushed membership of %1: %2 added, %3 removed").arg(name).arg(added.size()).arg(removed.size());
    if (!isOin()) {
        send("GET", QStringLiteral("/Groups/") + enc(id), {}, [this, id, name](const Response &) {
            send("PUT", QStringLiteral("/Groups/") + enc(id), groupPutBody(name),
                 [this](const Response &) { proceed(); });
        });
        return;
    }
    // At most 100 changes per PATCH: each removal its own op, the additions in one add op.
    QList<QPair<bool, QString>> changes;
    for (const QString &login : removed)
        changes.append({false, login});
    for (const QString &login : added)
        changes.append({true, login});
    QList<QJsonObject> patches;
    for (qsizetype start = 0; start < changes.size(); start += MembershipChunk) {
        QJsonArray ops;
        QStringList adds;
        for (qsizetype i = start; i < std::min(changes.size(), start + MembershipChunk); ++i) {
            if (changes.at(i).first) {
                adds.append(changes.at(i).second);
            } else {
                const QString scimId = m_org.appUsers.value(changes.at(i).second).scimId;
                ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                                       {QStringLiteral("path"), QString(QStringLiteral("members[value eq \"") + scimId +
                                                                        QStringLiteral("\"]"))}});
            }
        }
        if (!adds.isEmpty())
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                   {QStringLiteral("path"), QStringLiteral("members")},
                                   {QStringLiteral("value"), memberValues(adds)}});
        patches.append(patchOp(ops));
    }
    auto sendChunk = std::make_shared<std::function<void(qsizetype)>>();
    *sendChunk = [this, id, name, patches, sendChunk](qsizetype i) {
        if (i == patches.size()) {
            afterGroupChange(name);
            return;
        }
        send("PATCH", QStringLiteral("/Groups/") + enc(id), patches.at(i),
             [sendChunk, i](const Response &) { (*sendChunk)(i + 1); });
    };
    (*sendChunk)(0);
}

void ProvisioningEngine::afterGroupChange(const QString &name)
{
    const QString id = m_org.pushedIds.value(name);
    send("GET", QStringLiteral("/Groups/") + enc(id), {}, [this, id, name](const Response &) {
        const QJsonObject value{{QStringLiteral("id"), id}, {QStringLiteral("displayName"), name}};
        send(
            "PATCH", QStringLiteral("/Groups/") + enc(id),
            patchOp({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("value"), value}}}),
            [this](const Response &) { proceed(); });
    });
}

void ProvisioningEngine::pushAllMembers(const QString &name)
{
    const QString id = m_org.pushedIds.value(name);
    const Group *g = m_org.group(name);
    if (m_summary.isEmpty())
        m_summary = tr("pushed all %1 members of %2").arg(m_org.pushableMembers(*g).size()).arg(name);
    if (isOin()) {
        send("PATCH", QStringLiteral("/Groups/") + enc(id),
             patchOp({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                  {QStringLiteral("path"), QStringLiteral("members")},
                                  {QStringLiteral("value"), memberValues(m_org.pushableMembers(*g))}}}),
             [this](const Response &) { proceed(); });
    } else {
        send("PUT", QStringLiteral("/Groups/") + enc(id), groupPutBody(name), [this](const Response &) { proceed(); });
    }
}

void ProvisioningEngine::importPages(const QString &endpoint, int startIndex, int seen)
{
    send("GET",
         u'/' + endpoint + QStringLiteral("?startIndex=") + QString::number(startIndex) + QStringLiteral("&count=100"),
         {}, [this, endpoint, startIndex, seen](const Response &r) {
             const QJsonObject page = r.json();
             int scanned = seen;
             for (const QJsonValue &v : page.value(QLatin1StringView("Resources")).toArray()) {
                 // Okta does not import users whose active is false (§3).
                 if (endpoint == QLatin1StringView("Groups") ||
                     v.toObject().value(QLatin1StringView("active")).toBool(true))
                     ++scanned;
             }
             const int total = page.value(QLatin1StringView("totalResults")).toInt();
             if (startIndex + 100 <= total) {
                 importPages(endpoint, startIndex + 100, scanned);
                 return;
             }
             m_summary = (endpoint == QLatin1StringView("Users") ? tr("%1 users scanned") : tr("%1 groups scanned"))
                             .arg(scanned);
             proceed();
         });
}

QJsonObject ProvisioningEngine::createBody(const Person &p) const
{
    QJsonObject o{{QStringLiteral("schemas"), QJsonArray{UserSchema}},
                  {QStringLiteral("userName"), m_org.uniqueValue(p)},
                  {QStringLiteral("name"),
                   QJsonObject{{QStringLiteral("givenName"), p.firstName}, {QStringLiteral("familyName"), p.lastName}}},
                  {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                                    {QStringLiteral("value"), p.email},
                                                                    {QStringLiteral("type"), QStringLiteral("work")}}}},
                  {QStringLiteral("displayName"), QString(p.firstName + u' ' + p.lastName)},
                  {QStringLiteral("locale"), QStringLiteral("en-US")},
                  {QStringLiteral("externalId"), p.oktaId},
                  {QStringLiteral("groups"), QJsonArray{}},
                  {QStringLiteral("password"), OktaOrg::newPassword()},
                  {QStringLiteral("active"), true}};
    const QJsonObject attrs = m_org.assignmentAttributes(p.login);
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject ProvisioningEngine::mergeProfile(QJsonObject server, const Person &p) const
{
    server.insert(QStringLiteral("userName"), m_org.uniqueValue(p));
    QJsonObject name = server.value(QLatin1StringView("name")).toObject();
    name.insert(QStringLiteral("givenName"), p.firstName);
    name.insert(QStringLiteral("familyName"), p.lastName);
    server.insert(QStringLiteral("name"), name);
    server.insert(QStringLiteral("displayName"), QString(p.firstName + u' ' + p.lastName));
    QJsonArray emails = server.value(QLatin1StringView("emails")).toArray();
    qsizetype primary = -1;
    for (qsizetype i = 0; i < emails.size() && primary < 0; ++i) {
        if (emails.at(i).toObject().value(QLatin1StringView("primary")).toBool())
            primary = i;
    }
    if (primary < 0 && !emails.isEmpty())
        primary = 0;
    if (primary < 0) {
        emails.append(QJsonObject{{QStringLiteral("primary"), true},
                                  {QStringLiteral("value"), p.email},
                                  {QStringLiteral("type"), QStringLiteral("work")}});
    } else {
        QJsonObject e = emails.at(primary).toObject();
        e.insert(QStringLiteral("value"), p.email);
        emails.replace(primary, e);
    }
    server.insert(QStringLiteral("emails"), emails);
    const QJsonObject attrs = m_org.assignmentAttributes(p.login);
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        server.insert(it.key(), it.value());
    return server;
}

QJsonArray ProvisioningEngine::memberValues(const QStringList &logins) const
{
    QJsonArray out;
    for (const QString &login : logins) {
        const Person *p = m_org.person(login);
        out.append(QJsonObject{{QStringLiteral("value"), m_org.appUsers.value(login).scimId},
                               {QStringLiteral("display"), m_org.uniqueValue(*p)}});
    }
    return out;
}

QJsonObject ProvisioningEngine::groupPutBody(const QString &name) const
{
    const Group *g = m_org.group(name);
    return {{QStringLiteral("schemas"), QJsonArray{GroupSchema}},
            {QStringLiteral("id"), m_org.pushedIds.value(name)},
            {QStringLiteral("displayName"), name},
            {QStringLiteral("members"), memberValues(g ? m_org.pushableMembers(*g) : QStringList())}};
}

} // namespace scimdesk::sim
