// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every row of the product brief's profile table, shown over real loopback HTTP with the requests Okta sends (the
// simulator's seed-flow scenarios in scenarios/), then checked in the access model: roles, privileges, who holds
// what and why, statuses, history at past times, and the `access` commands as a process.

#include "access/AccessModel.h"
#include "access/Roles.h"
#include "service/TokenAdmin.h"
#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"
#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"

#include <QProcess>
#include <QtTest>

#include <atomic>

using namespace scimdesk;
using namespace scimdesk::sim;
using namespace scimdesk::test;

namespace {

const qint64 Minute = 60'000;

// One test org: a server with a directory of `profile`, a clock the test moves, and the seed scenario's org.
struct Flow
{
    explicit Flow(const QString &profile)
        : now(QDateTime::currentMSecsSinceEpoch() / Minute * Minute), server(profile, profile, [this] {
              ServiceConfig c;
              c.clock = [this] { return now.load(); };
              return c;
          }())
    {
        auto parsed = Scenario::load(QStringLiteral(SCIMDESK_SCENARIOS "/") + profile + QStringLiteral(".json"));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        scenario = *parsed;
        EngineConfig c;
        c.baseUrl = server.baseUrl();
        c.token = server.token;
        engine = std::make_unique<ProvisioningEngine>(scenario.org, c);
        auto opened = Database::open(server.databasePath(), QStringLiteral("test-reader-") + profile);
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        db = std::move(*opened);
        directory = *DirectoryRepository(*db).byName(profile);
    }

    // Runs every step a minute apart, remembering when each ran; returns the failures as text.
    QString runAll()
    {
        QStringList failures;
        for (const Step &s : std::as_const(scenario.steps)) {
            now += Minute;
            times.append(now.load());
            const ActionResult r = engine->run(s);
            if (!r.ok)
                failures.append(QStringLiteral("line %1 %2: %3").arg(s.line).arg(s.action, r.message));
        }
        return failures.join(u'\n');
    }
    ActionResult step(const QString &action, const QString &person, const QString &group = {},
                      const QJsonObject &set = {})
    {
        now += Minute;
        Step s;
        s.action = action;
        s.person = person;
        s.group = group;
        s.set = set;
        return engine->run(s);
    }
    // When the step with this action (and person or group) ran.
    qint64 timeOf(const QString &action, const QString &subject) const
    {
        for (qsizetype i = 0; i < scenario.steps.size(); ++i) {
            const Step &s = scenario.steps.at(i);
            if (s.action == action && (s.person == subject || s.group == subject))
                return times.at(i);
        }
        qFatal("no such step");
    }
    AccessSnapshot access() { return AccessModel(*db).snapshot(directory); }
    AccessSnapshot accessAt(qint64 ms) { return AccessModel(*db).snapshotAt(directory, ms); }
    QJsonObject user(const QString &userName)
    {
        const Reply r = server.get(QStringLiteral("/Users?filter=userName%20eq%20%22") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(userName)) + QStringLiteral("%22"));
        return r.json().value(QLatin1StringView("Resources")).toArray().first().toObject();
    }

    std::atomic<qint64> now;
    ScimTestServer server;
    Scenario scenario;
    std::unique_ptr<ProvisioningEngine> engine;
    std::unique_ptr<Database> db;
    DirectoryRecord directory;
    QList<qint64> times;
};

QStringList holders(const AccessSnapshot &s, const QString &role)
{
    QStringList names;
    if (const RoleView *r = s.role(role)) {
        for (const HolderView &h : r->holders)
            names.append(h.userName);
    }
    return names;
}

QStringList via(const AccessSnapshot &s, const QString &role, const QString &user)
{
    if (const RoleView *r = s.role(role)) {
        for (const HolderView &h : r->holders) {
            if (h.userName == user)
                return h.via;
        }
    }
    return {};
}

QStringList rolesOf(const AccessSnapshot &s, const QString &user)
{
    const UserView *u = s.user(user);
    return u ? u->roles : QStringList{QStringLiteral("<no such user>")};
}

QString statusOf(const AccessSnapshot &s, const QString &user)
{
    const UserView *u = s.user(user);
    return u ? u->status : QStringLiteral("<no such user>");
}

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray groupBody(const QString &name, const QStringList &memberIds)
{
    QJsonArray members;
    for (const QString &id : memberIds)
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    return body({{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                 {QStringLiteral("displayName"), name},
                 {QStringLiteral("members"), members}});
}

QByteArray patchBody(const QString &op, const QString &attributePath, const QJsonValue &value)
{
    QJsonObject operation{{QStringLiteral("op"), op}, {QStringLiteral("value"), value}};
    if (!attributePath.isEmpty())
        operation.insert(QStringLiteral("path"), attributePath);
    return body(
        {{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
         {QStringLiteral("Operations"), QJsonArray{operation}}});
}

QString detail(const Reply &r)
{
    return r.json().value(QLatin1StringView("detail")).toString();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SCIMDESK_BINARY), args);
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void builtinCatalogue();
    void deltastreamSeedFlow();
    void deltastreamHistory();
    void builtinGroupNamesRefused();
    void unknownMembersRefused();
    void grantsNeedManageGrants();
    void bootstrapAdministrator();
    void datahubSeedFlow();
    void scimSetupSeedFlow();
    void scimSetupPrimaryDirectory();
    void rudderstackSeedFlow();
    void rudderstackAdminToken();
    void accessCommands();
};

void TestAccess::builtinCatalogue()
{
    QCOMPARE(Roles::closure(QStringLiteral("orgadmin")),
             (QStringList{QStringLiteral("orgadmin"), QStringLiteral("sysadmin"), QStringLiteral("securityadmin"),
                          QStringLiteral("useradmin")}));
    QCOMPARE(Roles::closure(QStringLiteral("securityadmin")),
             (QStringList{QStringLiteral("securityadmin"), QStringLiteral("useradmin")}));
    QVERIFY(Roles::builtin(QStringLiteral("OrgAdmin"))->defaultPrivileges.contains(QStringLiteral("MANAGE_GRANTS")));
    QVERIFY(
        Roles::builtin(QStringLiteral("securityadmin"))->defaultPrivileges.contains(QStringLiteral("MANAGE_GRANTS")));
    QVERIFY(!Roles::builtin(QStringLiteral("sysadmin"))->defaultPrivileges.contains(QStringLiteral("MANAGE_GRANTS")));
    for (const char *p :
         {"MANAGE_GRANTS", "MANAGE_MEMBERS", "CREATE_DATABASE", "CREATE_STORE", "CREATE_COMPUTE_POOL", "VIEW_AUDIT"})
        QVERIFY2(Roles::privileges().contains(QString::fromLatin1(p)), p);
}

void TestAccess::deltastreamSeedFlow()
{
    Flow f(QStringLiteral("deltastream"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const AccessSnapshot s = f.access();
    const QString ada = QStringLiteral("ada@deltastream.test");
    const QString grace = QStringLiteral("grace@deltastream.test");
    const QString linus = QStringLiteral("linus@deltastream.test");

    // The OrgAdmins assignment group's attribute makes ada orgadmin; the inheritance gives her the rest.
    QCOMPARE(via(s, QStringLiteral("orgadmin"), ada), QStringList{QStringLiteral("attribute:deltastreamOrgadmin")});
    QCOMPARE(via(s, QStringLiteral("sysadmin"), ada), QStringList{QStringLiteral("inherits:orgadmin")});
    QCOMPARE(via(s, QStringLiteral("securityadmin"), ada), QStringList{QStringLiteral("inherits:orgadmin")});
    QCOMPARE(via(s, QStringLiteral("useradmin"), ada), QStringList{QStringLiteral("inherits:securityadmin")});
    QCOMPARE(holders(s, QStringLiteral("orgadmin")), QStringList{ada});
    QCOMPARE(holders(s, QStringLiteral("public")), (QStringList{ada, grace, linus}));

    // "development" was pushed, renamed "engineering": a custom role of the same name, with no privileges, held by
    // its members (linus added, grace removed; ken is in the Okta group but not assigned, so never sent).
    const RoleView *engineering = s.role(QStringLiteral("engineering"));
    QVERIFY(engineering);
    QVERIFY(!engineering->builtin);
    QVERIFY(engineering->privileges.isEmpty());
    QCOMPARE(engineering->group, QStringLiteral("engineering"));
    QCOMPARE(holders(s, QStringLiteral("engineering")), (QStringList{ada, linus}));
    QCOMPARE(via(s, QStringLiteral("engineering"), linus), QStringList{QStringLiteral("group:engineering")});
    QVERIFY(!s.role(QStringLiteral("development")));
    QVERIFY(!s.user(QStringLiteral("ken@deltastream.test")));
    // "analytics" was unlinked with delete: its role went with it.
    QVERIFY(!s.role(QStringLiteral("analytics")));
    QCOMPARE(rolesOf(s, grace), QStringList{QStringLiteral("public")});
    QCOMPARE(rolesOf(s, linus), (QStringList{QStringLiteral("public"), QStringLiteral("engineering")}));
    QCOMPARE(statusOf(s, linus), QStringLiteral("active")); // deactivated, then reactivated

    // Turning the attribute off takes orgadmin away; deactivation takes every role, and the record stays.
    Group *admins = f.scenario.org.group(QStringLiteral("DeltaStream OrgAdmins"));
    admins->attributes.insert(QStringLiteral("deltastreamOrgadmin"), false);
    QVERIFY(f.step(QStringLiteral("updateProfile"), QStringLiteral("ada"), {},
                   {{QStringLiteral("lastName"), QStringLiteral("King")}})
                .ok);
    AccessSnapshot after = f.access();
    QVERIFY(holders(after, QStringLiteral("orgadmin")).isEmpty());
    QCOMPARE(rolesOf(after, ada), (QStringList{QStringLiteral("public"), QStringLiteral("engineering")}));
    QVERIFY(f.step(QStringLiteral("deactivatePerson"), QStringLiteral("linus")).ok);
    after = f.access();
    QCOMPARE(statusOf(after, linus), QStringLiteral("deactivated"));
    QVERIFY(rolesOf(after, linus).isEmpty());
    QCOMPARE(f.user(linus).value(QLatin1StringView("active")), QJsonValue(false));

    // Okta never deletes in DeltaStream; a DELETE that arrives anyway keeps the record.
    const QString graceId = f.user(grace).value(QLatin1StringView("id")).toString();
    QCOMPARE(f.server.del(QStringLiteral("/Users/") + graceId).status, 204);
    QCOMPARE(f.server.get(QStringLiteral("/Users/") + graceId).status, 200);
    QCOMPARE(statusOf(f.access(), grace), QStringLiteral("deactivated"));
}

void TestAccess::deltastreamHistory()
{
    Flow f(QStringLiteral("deltastream"));
    const qint64 before = f.now.load();
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const QString ada = QStringLiteral("ada@deltastream.test");
    const QString grace = QStringLiteral("grace@deltastream.test");
    const QString linus = QStringLiteral("linus@deltastream.test");

    QVERIFY(f.accessAt(before).users.isEmpty());
    // After the pushes: development held by ada and grace (linus only in analytics).
    const qint64 pushed = f.timeOf(QStringLiteral("pushGroup"), QStringLiteral("analytics"));
    AccessSnapshot s = f.accessAt(pushed);
    QCOMPARE(holders(s, QStringLiteral("development")), (QStringList{ada, grace}));
    QCOMPARE(holders(s, QStringLiteral("analytics")), QStringList{linus});
    QCOMPARE(via(s, QStringLiteral("orgadmin"), ada), QStringList{QStringLiteral("attribute:deltastreamOrgadmin")});
    // A minute before the rename, development had linus and no longer grace.
    s = f.accessAt(f.timeOf(QStringLiteral("renameGroup"), QStringLiteral("development")) - 1);
    QCOMPARE(holders(s, QStringLiteral("development")), (QStringList{ada, linus}));
    QVERIFY(!s.role(QStringLiteral("engineering")));
    // While linus was deactivated he held nothing.
    s = f.accessAt(f.timeOf(QStringLiteral("deactivatePerson"), QStringLiteral("linus")));
    QCOMPARE(statusOf(s, linus), QStringLiteral("deactivated"));
    QVERIFY(rolesOf(s, linus).isEmpty());
    QCOMPARE(holders(s, QStringLiteral("engineering")), QStringList{ada});
    // Now, as rebuilt from the history, equals the live state.
    QCOMPARE(QJsonDocument(f.accessAt(f.now.load()).toJson()), QJsonDocument(f.access().toJson()));
}

void TestAccess::builtinGroupNamesRefused()
{
    Flow f(QStringLiteral("deltastream"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const QString adaId = f.user(QStringLiteral("ada@deltastream.test")).value(QLatin1StringView("id")).toString();
    for (const QString &name : {QStringLiteral("orgadmin"), QStringLiteral("SysAdmin"), QStringLiteral("PUBLIC")}) {
        const Reply r = f.server.post(QStringLiteral("/Groups"), groupBody(name, {adaId}));
        QVERIFY2(r.isScimError(400, QStringLiteral("invalidValue")), r.body.constData());
        QVERIFY2(detail(r).contains(QStringLiteral("built-in role")) &&
                     detail(r).contains(QStringLiteral("deltastreamOrgadmin")),
                 qPrintable(detail(r)));
    }
    QCOMPARE(f.server.get(QStringLiteral("/Groups?filter=displayName%20eq%20%22orgadmin%22"))
                 .json()
                 .value(QLatin1StringView("totalResults"))
                 .toInt(),
             0);
    // Renaming a pushed group to a built-in name is refused too, and changes nothing.
    const QString groupId = f.scenario.org.pushedIds.value(QStringLiteral("engineering"));
    const Reply r =
        f.server.patch(QStringLiteral("/Groups/") + groupId,
                       patchBody(QStringLiteral("replace"), {},
                                 QJsonObject{{QStringLiteral("displayName"), QStringLiteral("securityadmin")}}));
    QVERIFY2(r.isScimError(400, QStringLiteral("invalidValue")), r.body.constData());
    const AccessSnapshot s = f.access();
    QVERIFY(s.role(QStringLiteral("engineering")));
    QCOMPARE(holders(s, QStringLiteral("securityadmin")), QStringList{QStringLiteral("ada@deltastream.test")});
    // The refusal is in the journal with what it meant (refusals are journaled in the next batch).
    auto journaled = [&] {
        const QList<JournalEntry> entries = JournalRepository(*f.db).latest(20);
        return std::any_of(entries.begin(), entries.end(), [](const JournalEntry &e) {
            return e.method == QLatin1StringView("PATCH") && e.status == 400 &&
                   e.meaning.contains(QStringLiteral("\"securityadmin\" is a built-in role"));
        });
    };
    QTRY_VERIFY(journaled());
    for (const JournalEntry &e : JournalRepository(*f.db).latest(5))
        qDebug() << e.status << e.method << e.meaning;
}

void TestAccess::unknownMembersRefused()
{
    Flow f(QStringLiteral("deltastream"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const QString adaId = f.user(QStringLiteral("ada@deltastream.test")).value(QLatin1StringView("id")).toString();
    const QString unknown = QStringLiteral("2819c223-7f76-453a-919d-413861904646");
    Reply r = f.server.post(QStringLiteral("/Groups"), groupBody(QStringLiteral("ops"), {adaId, unknown}));
    QVERIFY2(r.isScimError(400), r.body.constData());
    QVERIFY2(detail(r).contains(unknown), qPrintable(detail(r)));
    QVERIFY(!f.access().role(QStringLiteral("ops")));
    QCOMPARE(f.server.get(QStringLiteral("/Groups?filter=displayName%20eq%20%22ops%22"))
                 .json()
                 .value(QLatin1StringView("totalResults"))
                 .toInt(),
             0);
    // In a PATCH, nothing of the request is applied: not even the known member beside the unknown one.
    const QString groupId = f.scenario.org.pushedIds.value(QStringLiteral("engineering"));
    const QString graceId = f.user(QStringLiteral("grace@deltastream.test")).value(QLatin1StringView("id")).toString();
    r = f.server.patch(QStringLiteral("/Groups/") + groupId,
                       patchBody(QStringLiteral("add"), QStringLiteral("members"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), graceId}},
                                            QJsonObject{{QStringLiteral("value"), unknown}}}));
    QVERIFY2(r.isScimError(400), r.body.constData());
    QVERIFY2(detail(r).contains(unknown), qPrintable(detail(r)));
    QCOMPARE(holders(f.access(), QStringLiteral("engineering")),
             (QStringList{QStringLiteral("ada@deltastream.test"), QStringLiteral("linus@deltastream.test")}));
}

void TestAccess::grantsNeedManageGrants()
{
    Flow f(QStringLiteral("deltastream"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    AccessModel model(*f.db);
    const QString ada = QStringLiteral("ada@deltastream.test");
    const QString grace = QStringLiteral("grace@deltastream.test");
    const qint64 t = f.now.load();

    auto refused =
        model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("CREATE_DATABASE"), {grace, {}}, t);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("MANAGE_GRANTS")), qPrintable(refused.error()));
    // ada is orgadmin, so the bootstrap administrator is retired.
    refused = model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("CREATE_DATABASE"),
                          {QString(AccessModel::BootstrapAdmin), {}}, t);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(ada), qPrintable(refused.error()));
    // Acting under a role without MANAGE_GRANTS is refused even for an orgadmin.
    refused = model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("CREATE_DATABASE"),
                          {ada, QStringLiteral("sysadmin")}, t);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("acting as sysadmin")), qPrintable(refused.error()));
    refused = model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("LAUNCH_ROCKETS"), {ada, {}}, t);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("Unknown privilege")), qPrintable(refused.error()));

    auto granted = model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("create_database"),
                               {ada, QStringLiteral("orgadmin")}, t);
    QVERIFY2(granted, qPrintable(granted ? QString() : granted.error()));
    granted = model.grant(f.directory, QStringLiteral("engineering"), QStringLiteral("CREATE_STORE"),
                          {ada, QStringLiteral("securityadmin")}, t);
    QVERIFY2(granted, qPrintable(granted ? QString() : granted.error()));
    AccessSnapshot s = f.access();
    QCOMPARE(s.role(QStringLiteral("engineering"))->privileges,
             (QStringList{QStringLiteral("CREATE_DATABASE"), QStringLiteral("CREATE_STORE")}));
    QVERIFY(s.role(QStringLiteral("engineering"))->privileged);
    QCOMPARE(s.user(QStringLiteral("linus@deltastream.test"))->privileges,
             (QStringList{QStringLiteral("CREATE_DATABASE"), QStringLiteral("CREATE_STORE")}));
    const auto revoked =
        model.revoke(f.directory, QStringLiteral("engineering"), QStringLiteral("CREATE_STORE"), {ada, {}}, t + 1);
    QVERIFY2(revoked, qPrintable(revoked ? QString() : revoked.error()));
    const auto builtinRevoke =
        model.revoke(f.directory, QStringLiteral("orgadmin"), QStringLiteral("MANAGE_GRANTS"), {ada, {}}, t + 1);
    QVERIFY(!builtinRevoke);

    // Grants are journaled with the actor.
    const QList<JournalEntry> journal = JournalRepository(*f.db).latest(5);
    QVERIFY(std::any_of(journal.begin(), journal.end(), [&](const JournalEntry &e) {
        return e.client == ada && e.method == QLatin1StringView("ACCESS") &&
               e.meaning.contains(QStringLiteral("granted CREATE_DATABASE to role engineering"));
    }));

    // Deleting the push group removes its role; its grants are in the journal and the history first.
    f.now += Minute;
    const qint64 beforeUnlink = f.now.load();
    Step unlink;
    unlink.action = QStringLiteral("unlinkGroup");
    unlink.group = QStringLiteral("engineering");
    unlink.deleteInApp = true;
    f.now += Minute;
    QVERIFY(f.engine->run(unlink).ok);
    s = f.access();
    QVERIFY(!s.role(QStringLiteral("engineering")));
    QCOMPARE(rolesOf(s, QStringLiteral("linus@deltastream.test")), QStringList{QStringLiteral("public")});
    const QList<JournalEntry> latest = JournalRepository(*f.db).latest(3);
    QVERIFY(std::any_of(latest.begin(), latest.end(), [](const JournalEntry &e) {
        return e.meaning.contains(QStringLiteral("removed role engineering and its grants: CREATE_DATABASE"));
    }));
    QCOMPARE(f.accessAt(beforeUnlink).role(QStringLiteral("engineering"))->privileges,
             QStringList{QStringLiteral("CREATE_DATABASE")});
}

void TestAccess::bootstrapAdministrator()
{
    ScimTestServer server(QStringLiteral("fresh"), QStringLiteral("deltastream"));
    auto db = Database::open(server.databasePath(), QStringLiteral("bootstrap"));
    QVERIFY(db);
    const DirectoryRecord dir = *DirectoryRepository(**db).byName(QStringLiteral("fresh"));
    AccessModel model(**db);
    const Operator local{QString(AccessModel::BootstrapAdmin), {}};
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    auto done = model.createRole(dir, QStringLiteral("analysts"), local, t);
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    QVERIFY(!model.createRole(dir, QStringLiteral("Analysts"), local, t)); // names are case-insensitive
    QVERIFY(!model.createRole(dir, QStringLiteral("useradmin"), local, t));
    done = model.grant(dir, QStringLiteral("analysts"), QStringLiteral("VIEW_AUDIT"), local, t);
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    QVERIFY(!model.grant(dir, QStringLiteral("nosuchrole"), QStringLiteral("VIEW_AUDIT"), local, t));
    QVERIFY(
        !model.grant(dir, QStringLiteral("analysts"), QStringLiteral("VIEW_AUDIT"), {QStringLiteral("eve"), {}}, t));

    // Once Okta provisions an orgadmin, the bootstrap administrator is retired.
    QJsonObject user{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), QStringLiteral("root@fresh.test")},
        {QStringLiteral("active"), true},
        {QStringLiteral("deltastreamOrgadmin"), true}};
    QCOMPARE(server.post(QStringLiteral("/Users"), body(user)).status, 201);
    const auto retired = model.grant(dir, QStringLiteral("analysts"), QStringLiteral("CREATE_STORE"), local, t);
    QVERIFY(!retired);
    QVERIFY2(retired.error().contains(QStringLiteral("root@fresh.test")), qPrintable(retired.error()));
    done = model.grant(dir, QStringLiteral("analysts"), QStringLiteral("CREATE_STORE"),
                       {QStringLiteral("root@fresh.test"), {}}, t);
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
}

void TestAccess::datahubSeedFlow()
{
    Flow f(QStringLiteral("datahub"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    AccessModel model(*f.db);
    const Operator local{QString(AccessModel::BootstrapAdmin), {}};
    // Pushed groups are groups, not roles; roles are assigned to them in the application and members inherit.
    AccessSnapshot s = f.access();
    QVERIFY(!s.role(QStringLiteral("data-platform")));
    auto done =
        model.assignRole(f.directory, QStringLiteral("sysadmin"), QStringLiteral("data-platform"), local, f.now.load());
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    done = model.createRole(f.directory, QStringLiteral("Reader"), local, f.now.load());
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    done = model.assignRole(f.directory, QStringLiteral("reader"), QStringLiteral("data-viewers"), local, f.now.load());
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    s = f.access();
    QCOMPARE(holders(s, QStringLiteral("sysadmin")), (QStringList{QStringLiteral("maria"), QStringLiteral("tom")}));
    QCOMPARE(via(s, QStringLiteral("sysadmin"), QStringLiteral("tom")),
             QStringList{QStringLiteral("group:data-platform")});
    QCOMPARE(s.role(QStringLiteral("sysadmin"))->assignedTo, QStringList{QStringLiteral("data-platform")});
    // tom was added to data-readers (renamed data-viewers); yuki is suspended, so holds nothing.
    QCOMPARE(holders(s, QStringLiteral("Reader")), QStringList{QStringLiteral("tom")});
    QCOMPARE(statusOf(s, QStringLiteral("yuki")), QStringLiteral("suspended"));
    QVERIFY(rolesOf(s, QStringLiteral("yuki")).isEmpty());
    QCOMPARE(f.user(QStringLiteral("tom")).value(QLatin1StringView("displayName")).toString(),
             QStringLiteral("Thomas Baker"));

    // Reactivated, yuki inherits the group's role again; suspended again by a DELETE, nothing is deleted.
    QVERIFY(f.step(QStringLiteral("reactivatePerson"), QStringLiteral("yuki")).ok);
    QCOMPARE(rolesOf(f.access(), QStringLiteral("yuki")),
             (QStringList{QStringLiteral("public"), QStringLiteral("Reader")}));
    const QString yukiId = f.user(QStringLiteral("yuki")).value(QLatin1StringView("id")).toString();
    QCOMPARE(f.server.del(QStringLiteral("/Users/") + yukiId).status, 204);
    QCOMPARE(f.server.get(QStringLiteral("/Users/") + yukiId).json().value(QLatin1StringView("active")),
             QJsonValue(false));
    QCOMPARE(statusOf(f.access(), QStringLiteral("yuki")), QStringLiteral("suspended"));

    // Unassigning takes the role back from the members.
    done = model.unassignRole(f.directory, QStringLiteral("sysadmin"), QStringLiteral("data-platform"), local,
                              f.now.load());
    QVERIFY2(done, qPrintable(done ? QString() : done.error()));
    QVERIFY(holders(f.access(), QStringLiteral("sysadmin")).isEmpty());

    // DeltaStream's push groups are roles themselves: assigning roles to them is refused there.
    Flow d(QStringLiteral("deltastream"));
    QVERIFY(d.runAll().isEmpty());
    const auto refused =
        AccessModel(*d.db).assignRole(d.directory, QStringLiteral("sysadmin"), QStringLiteral("engineering"),
                                      {QStringLiteral("ada@deltastream.test"), {}}, d.now.load());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("its own role")), qPrintable(refused.error()));
}

void TestAccess::scimSetupSeedFlow()
{
    Flow f(QStringLiteral("scim-setup"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    AccessSnapshot s = f.access();
    QCOMPARE(statusOf(s, QStringLiteral("priya@scimsetup.test")), QStringLiteral("active"));
    QCOMPARE(statusOf(s, QStringLiteral("oscar@scimsetup.test")), QStringLiteral("deleted")); // deactivated

    // userName must be an email.
    QJsonObject user{
        {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
        {QStringLiteral("userName"), QStringLiteral("jdoe")},
        {QStringLiteral("active"), true}};
    Reply r = f.server.post(QStringLiteral("/Users"), body(user));
    QVERIFY2(r.isScimError(400, QStringLiteral("invalidValue")), r.body.constData());
    QVERIFY2(detail(r).contains(QStringLiteral("not an email")), qPrintable(detail(r)));
    QVERIFY(!s.user(QStringLiteral("jdoe")));

    // Import Groups must stay off: listing groups says so; Okta's displayName pre-check still works.
    r = f.server.get(QStringLiteral("/Groups?startIndex=1&count=100"));
    QVERIFY2(r.isScimError(501), r.body.constData());
    QVERIFY2(detail(r).contains(QStringLiteral("uncheck \"Import Groups\"")), qPrintable(detail(r)));
    QCOMPARE(f.step(QStringLiteral("importGroups"), {}).message,
             QStringLiteral("Not Implemented. Errors reported by remote server: ") + detail(r));
    r = f.server.get(QStringLiteral("/Groups?filter=displayName%20eq%20%22support%22"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1StringView("totalResults")).toInt(), 1);

    // A delete marks the user deleted and keeps the record.
    const QString priyaId = f.user(QStringLiteral("priya@scimsetup.test")).value(QLatin1StringView("id")).toString();
    QCOMPARE(f.server.del(QStringLiteral("/Users/") + priyaId).status, 204);
    s = f.access();
    QCOMPARE(statusOf(s, QStringLiteral("priya@scimsetup.test")), QStringLiteral("deleted"));
    QVERIFY(rolesOf(s, QStringLiteral("priya@scimsetup.test")).isEmpty());
}

void TestAccess::scimSetupPrimaryDirectory()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("primary"));
    QVERIFY(db);
    DirectoryAdmin admin(**db);
    auto make = [&](const QString &name, const QString &org, bool primary) {
        DirectoryAdmin::NewDirectory spec;
        spec.name = name;
        spec.profile = QStringLiteral("scim-setup");
        spec.environment = QStringLiteral("production");
        spec.organization = org;
        spec.primary = primary;
        auto created = admin.create(spec, QDateTime::currentMSecsSinceEpoch());
        if (!created)
            qFatal("%s", qPrintable(created.error()));
    };
    make(QStringLiteral("acme-okta"), QStringLiteral("Acme"), true);
    make(QStringLiteral("globex-okta"), QStringLiteral("Globex"), true);
    make(QStringLiteral("acme-okta2"), QStringLiteral("Acme"), true); // takes the flag from acme-okta
    make(QStringLiteral("acme-okta3"), QStringLiteral("Acme"), false);
    QHash<QString, bool> primary;
    for (const DirectoryRecord &d : admin.list())
        primary.insert(d.name, d.primary);
    QCOMPARE(primary.value(QStringLiteral("acme-okta")), false);
    QCOMPARE(primary.value(QStringLiteral("acme-okta2")), true);
    QCOMPARE(primary.value(QStringLiteral("acme-okta3")), false);
    QCOMPARE(primary.value(QStringLiteral("globex-okta")), true); // another organization keeps its own
}

void TestAccess::rudderstackSeedFlow()
{
    Flow f(QStringLiteral("rudderstack"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const QString sam = QStringLiteral("sam@rudder.test");
    const QString lee = QStringLiteral("lee@rudder.test");
    AccessSnapshot s = f.access();
    // Only the display name changed on update; the given name Okta sent was ignored.
    const QJsonObject samUser = f.user(sam);
    QCOMPARE(samUser.value(QLatin1StringView("displayName")).toString(), QStringLiteral("Samantha Reed"));
    QCOMPARE(samUser.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("givenName")).toString(),
             QStringLiteral("Sam"));
    // Unassigning deactivated sam: the workspace role is revoked and the account kept.
    QCOMPARE(samUser.value(QLatin1StringView("active")), QJsonValue(false));
    QCOMPARE(statusOf(s, sam), QStringLiteral("deactivated"));
    QVERIFY(rolesOf(s, sam).isEmpty());
    QCOMPARE(rolesOf(s, lee), QStringList{QStringLiteral("public")});

    // An email change is refused with a message saying so, and nothing changes.
    const ActionResult email =
        f.step(QStringLiteral("updateProfile"), lee, {}, {{QStringLiteral("email"), QStringLiteral("lee@new.test")}});
    QVERIFY(!email.ok);
    QVERIFY2(email.message.contains(QStringLiteral("only lets Okta change a user's display name")) &&
                 email.message.contains(QStringLiteral("emails")),
             qPrintable(email.message));
    QCOMPARE(
        f.user(lee).value(QLatin1StringView("emails")).toArray().first().toObject().value(QLatin1StringView("value")),
        QJsonValue(QStringLiteral("lee@rudder.test")));

    // Groups, imports and deletes are refused, each naming the Okta setting to turn off.
    Group g;
    g.name = QStringLiteral("marketing");
    g.members = {lee};
    g.push = true;
    f.scenario.org.groups.append(g);
    f.scenario.org.settings.pushGroups = true; // an admin who turned Push Groups on anyway
    const ActionResult push = f.step(QStringLiteral("pushGroup"), {}, QStringLiteral("marketing"));
    QVERIFY(!push.ok);
    QVERIFY2(push.message.contains(QStringLiteral("turn off Push Groups")), qPrintable(push.message));
    const ActionResult import = f.step(QStringLiteral("importUsers"), {});
    QVERIFY(!import.ok);
    QVERIFY2(import.message.contains(QStringLiteral("Importing users is not supported")), qPrintable(import.message));
    const Reply probe = f.server.get(QStringLiteral("/Users?startIndex=1&count=2")); // Okta's connection test
    QCOMPARE(probe.status, 200);
    const Reply del = f.server.del(QStringLiteral("/Users/") + f.user(lee).value(QLatin1StringView("id")).toString());
    QVERIFY2(del.isScimError(501), del.body.constData());
    QCOMPARE(statusOf(f.access(), lee), QStringLiteral("active"));
}

// RudderStack: "the token must belong to an Admin". A token belongs to the administrator it was issued as and
// works only while they hold orgadmin.
void TestAccess::rudderstackAdminToken()
{
    ScimTestServer server(QStringLiteral("acme"));
    const QString name = QStringLiteral("rudder");
    const QByteArray first =
        "Bearer " + server.addDirectory(name, QStringLiteral("rudderstack"), QStringLiteral("rudderstackAdmin"));
    const QString database = server.databasePath();
    auto tokens = [&] {
        auto db = Database::open(database, QStringLiteral("test-tokens"));
        return *TokenAdmin(**db).show(name, QDateTime::currentMSecsSinceEpoch());
    };
    // A new directory has no users: its token belongs to the bootstrap administrator.
    QCOMPARE(tokens().first().owner, QString(AccessModel::BootstrapAdmin));
    auto send = [&](const QByteArray &method, const QString &path, const QByteArray &auth, const QJsonObject &o = {}) {
        return server.sendTo(name, method, path, o.isEmpty() ? QByteArray() : body(o), auth);
    };
    auto userBody = [](const QString &userName, bool admin) {
        return QJsonObject{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), userName},
            {QStringLiteral("active"), true},
            {QStringLiteral("emails"),
             QJsonArray{QJsonObject{{QStringLiteral("value"), userName}, {QStringLiteral("primary"), true}}}},
            {QStringLiteral("rudderstackAdmin"), admin}};
    };
    const QString alice = QStringLiteral("alice@rudder.test");
    Reply r = send("POST", QStringLiteral("/Users"), first, userBody(alice, true));
    QVERIFY2(r.status == 201, r.body.constData());
    const QString aliceId = r.json().value(QLatin1StringView("id")).toString();

    // alice now holds orgadmin, which retires the bootstrap administrator, and with them their token.
    r = send("GET", QStringLiteral("/Users?startIndex=1&count=2"), first);
    QVERIFY2(r.isScimError(401), r.body.constData());
    QVERIFY2(detail(r).contains(QStringLiteral("belongs to local-admin, who is no longer an administrator")) &&
                 detail(r).contains(QStringLiteral("--as")),
             qPrintable(detail(r)));

    // Only an administrator can own the next token.
    const QStringList rotate{
        QStringLiteral("token"), QStringLiteral("rotate"), name, QStringLiteral("--database"), database,
        QStringLiteral("--json")};
    Run cli = runCli(rotate);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("must belong to an administrator") && cli.err.contains("retired"), cli.err.constData());
    cli = runCli(rotate + QStringList{QStringLiteral("--as"), QStringLiteral("nobody@rudder.test")});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("nobody@rudder.test cannot own a token"), cli.err.constData());
    cli = runCli(rotate + QStringList{QStringLiteral("--as"), alice});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QJsonObject issued = QJsonDocument::fromJson(cli.out).object();
    QCOMPARE(issued.value(QLatin1StringView("owner")).toString(), alice);
    const QByteArray second = "Bearer " + issued.value(QLatin1StringView("token")).toString().toLatin1();
    QCOMPARE(tokens().last().owner, alice);

    // alice's token works while she is an administrator: a member is provisioned with it, and he cannot own one.
    r = send("POST", QStringLiteral("/Users"), second, userBody(QStringLiteral("bob@rudder.test"), false));
    QVERIFY2(r.status == 201, r.body.constData());
    cli = runCli(rotate + QStringList{QStringLiteral("--as"), QStringLiteral("bob@rudder.test")});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains("does not hold the role \"orgadmin\""), cli.err.constData());

    // Okta deactivates alice (with her own token): the workspace role is revoked, and her token stops working.
    r = send("PATCH", QStringLiteral("/Users/") + aliceId, second,
             QJsonDocument::fromJson(
                 patchBody(QStringLiteral("replace"), {}, QJsonObject{{QStringLiteral("active"), false}}))
                 .object());
    QVERIFY2(r.status == 200, r.body.constData());
    r = send("GET", QStringLiteral("/Users?startIndex=1&count=2"), second);
    QVERIFY2(r.isScimError(401), r.body.constData());
    QVERIFY2(detail(r).contains(QStringLiteral("belongs to alice@rudder.test, who is no longer an administrator")),
             qPrintable(detail(r)));
    // The refusal is journaled like any bad token.
    auto db = Database::open(database, QStringLiteral("test-journal"));
    auto journaled = [&] {
        bool found = false;
        (*db)->select(QStringLiteral("SELECT meaning FROM journal WHERE status = 401"), {}, [&](const SqlRow &row) {
            found = found || row.text(0).contains(QStringLiteral("alice@rudder.test, who is no longer"));
            return true;
        });
        return found;
    };
    QTRY_VERIFY(journaled()); // the journal is written off the request thread
    // Other directories are not affected: their tokens have no owner.
    QVERIFY(server.get(QStringLiteral("/Users?startIndex=1&count=2")).status == 200);
}

void TestAccess::accessCommands()
{
    Flow f(QStringLiteral("deltastream"));
    const QString failures = f.runAll();
    QVERIFY2(failures.isEmpty(), qPrintable(failures));
    const QString database = f.server.databasePath();
    const QStringList common{QStringLiteral("--database"), database, QStringLiteral("--directory"),
                             QStringLiteral("deltastream")};

    Run r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("show"), QStringLiteral("--json")} + common);
    QCOMPARE(r.exitCode, 0);
    QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    const QJsonArray roles = shown.value(QLatin1StringView("roles")).toArray();
    QJsonObject orgadmin;
    QJsonObject engineering;
    for (const QJsonValue &v : roles) {
        const QString name = v.toObject().value(QLatin1StringView("name")).toString();
        if (name == QLatin1StringView("orgadmin"))
            orgadmin = v.toObject();
        if (name == QLatin1StringView("engineering"))
            engineering = v.toObject();
    }
    QCOMPARE(orgadmin.value(QLatin1StringView("builtin")), QJsonValue(true));
    QVERIFY(orgadmin.value(QLatin1StringView("privileges")).toArray().contains(QStringLiteral("MANAGE_GRANTS")));
    const QJsonObject holder = orgadmin.value(QLatin1StringView("holders")).toArray().first().toObject();
    QCOMPARE(holder.value(QLatin1StringView("userName")).toString(), QStringLiteral("ada@deltastream.test"));
    QCOMPARE(holder.value(QLatin1StringView("via")).toArray(),
             QJsonArray{QStringLiteral("attribute:deltastreamOrgadmin")});
    QCOMPARE(engineering.value(QLatin1StringView("builtin")), QJsonValue(false));
    QCOMPARE(engineering.value(QLatin1StringView("privileges")).toArray(), QJsonArray{});
    const QJsonArray users = shown.value(QLatin1StringView("users")).toArray();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.first().toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("active"));

    // A grant by someone without MANAGE_GRANTS: exit 1 and a clear message.
    r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("engineering"),
                           QStringLiteral("CREATE_DATABASE"), QStringLiteral("--as"),
                           QStringLiteral("grace@deltastream.test")} +
               common);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("MANAGE_GRANTS"), r.err.constData());
    r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("engineering"),
                           QStringLiteral("CREATE_DATABASE"), QStringLiteral("--as"),
                           QStringLiteral("ada@deltastream.test")} +
               common);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("granted CREATE_DATABASE to role engineering"), r.out.constData());
    r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("engineering")} + common);
    QCOMPARE(r.exitCode, 2);

    // History at a past time: before the rename the role was "development", held by ada and linus.
    const QString at = QDateTime::fromMSecsSinceEpoch(
                           f.timeOf(QStringLiteral("renameGroup"), QStringLiteral("development")) - 1, Qt::UTC)
                           .toString(Qt::ISODateWithMs);
    r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("history"), QStringLiteral("--at"), at,
                           QStringLiteral("--json")} +
               common);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject past = QJsonDocument::fromJson(r.out).object();
    QStringList names;
    for (const QJsonValue &v : past.value(QLatin1StringView("roles")).toArray()) {
        if (v.toObject().value(QLatin1StringView("name")).toString() == QLatin1StringView("development")) {
            for (const QJsonValue &h : v.toObject().value(QLatin1StringView("holders")).toArray())
                names.append(h.toObject().value(QLatin1StringView("userName")).toString());
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("ada@deltastream.test"), QStringLiteral("linus@deltastream.test")}));
    r = runCli(QStringList{QStringLiteral("access"), QStringLiteral("history"), QStringLiteral("--at"),
                           QStringLiteral("yesterday")} +
               common);
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("access"), QStringLiteral("show"), QStringLiteral("--database"), database,
                QStringLiteral("--directory"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no directory named"));
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
