// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit reports against histories with known answers: the deltastream seed flow replayed by the simulator
// over real HTTP with a clock the test moves (who held what at which minute), a hand-made history of a slow
// leaver, token administration and refused requests; every format, the PDF read back with pdftotext; progress,
// cancellation and the `report` command as a process.

#include "audit/AuditChain.h"
#include "audit/Report.h"
#include "service/TokenAdmin.h"
#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"
#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"
#include "tst_audit_support.h"

#include <QtTest>

#include <atomic>

using namespace scimdesk;
using namespace scimdesk::sim;
using namespace scimdesk::test;

namespace {

const qint64 Minute = 60'000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The deltastream seed scenario run step by step a minute apart against a server whose clock the test sets.
struct SeedFlow
{
    SeedFlow()
        : now(QDateTime::currentMSecsSinceEpoch() / Minute * Minute - 100 * Minute),
          server(QStringLiteral("deltastream"), QStringLiteral("deltastream"), [this] {
              ServiceConfig c;
              c.clock = [this] { return now.load(); };
              return c;
          }())
    {
        auto parsed = Scenario::load(QStringLiteral(SCIMDESK_SCENARIOS "/deltastream.json"));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        scenario = *parsed;
        EngineConfig c;
        c.baseUrl = server.baseUrl();
        c.token = server.token;
        engine = std::make_unique<ProvisioningEngine>(scenario.org, c);
        start = now.load();
        for (const Step &s : std::as_const(scenario.steps)) {
            now += Minute;
            times.append(now.load());
            const ActionResult r = engine->run(s);
            if (!r.ok)
                failures.append(QStringLiteral("%1: %2").arg(s.action, r.message));
        }
        end = now.load();
        server.stop(); // the journal writer's last batch is in: the chain heads stay put
        auto opened = Database::open(server.databasePath(), QStringLiteral("report-reader"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        db = std::move(*opened);
    }
    qint64 timeOf(const QString &action, const QString &subject) const
    {
        for (qsizetype i = 0; i < scenario.steps.size(); ++i) {
            const Step &s = scenario.steps.at(i);
            if (s.action == action && (s.person == subject || s.group == subject))
                return times.at(i);
        }
        qFatal("no such step");
    }

    std::atomic<qint64> now;
    ScimTestServer server;
    Scenario scenario;
    std::unique_ptr<ProvisioningEngine> engine;
    std::unique_ptr<Database> db;
    QList<qint64> times;
    QStringList failures;
    qint64 start = 0;
    qint64 end = 0;
};

// A CSV file as rows of fields (RFC 4180 quoting), the header first.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(field);
            field.clear();
        } else if (ch == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (ch != u'\r') {
            field += ch;
        }
    }
    return rows;
}

// Rows whose column `key` equals `value`, as maps from column name to value.
QList<QMap<QString, QString>> rowsWhere(const QList<QStringList> &csv, const QString &key, const QString &value)
{
    QList<QMap<QString, QString>> result;
    if (csv.isEmpty())
        return result;
    const QStringList header = csv.first();
    for (qsizetype i = 1; i < csv.size(); ++i) {
        QMap<QString, QString> m;
        for (qsizetype c = 0; c < header.size(); ++c)
            m.insert(header.at(c), csv.at(i).value(c));
        if (key.isEmpty() || m.value(key) == value)
            result.append(m);
    }
    return result;
}

QStringList column(const QList<QMap<QString, QString>> &rows, const QString &key)
{
    QStringList values;
    for (const auto &r : rows)
        values.append(r.value(key));
    return values;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SeedFlow> m_flow;
    int m_files = 0;

    QString file(const QString &suffix) { return m_dir.filePath(QStringLiteral("r%1.").arg(++m_files) + suffix); }
    ReportRequest request(ReportType type, ReportFormat format)
    {
        ReportRequest r;
        r.type = type;
        r.format = format;
        r.directory = QStringLiteral("deltastream");
        r.fromMs = m_flow->start;
        r.toMs = m_flow->end;
        r.outputPath = file(Reports::formatName(format));
        return r;
    }
    QList<QStringList> csvReport(const ReportRequest &r)
    {
        const auto result = Reports::generate(*m_flow->db, r);
        if (!result)
            qWarning() << result.error();
        return result ? readCsv(r.outputPath) : QList<QStringList>{};
    }

private slots:
    void initTestCase();
    void accessReviewAtKnownTimes();
    void changesOfTheSeedFlow();
    void slowLeaverAndOperators();
    void tokensReport();
    void errorsGroupedByCause();
    void jsonAndHtml();
    void pdfReadsBack();
    void progressAndCancel();
    void badRequests();
    void reportCommand();
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_flow = std::make_unique<SeedFlow>();
    QVERIFY2(m_flow->failures.isEmpty(), qPrintable(m_flow->failures.join(u'\n')));
}

void TestReport::accessReviewAtKnownTimes()
{
    const QString ada = QStringLiteral("ada@deltastream.test");
    const QString grace = QStringLiteral("grace@deltastream.test");
    const QString linus = QStringLiteral("linus@deltastream.test");
    ReportRequest r = request(ReportType::AccessReview, ReportFormat::Csv);

    // After the pushes: development held by ada and grace, analytics by linus; ada orgadmin through the attribute.
    r.atMs = m_flow->timeOf(QStringLiteral("pushGroup"), QStringLiteral("analytics"));
    QList<QStringList> csv = csvReport(r);
    QCOMPARE(csv.value(0),
             (QStringList{QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("role"),
                          QStringLiteral("privileged"), QStringLiteral("privileges"), QStringLiteral("why")}));
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("role"), QStringLiteral("development")), QStringLiteral("user")),
             (QStringList{ada, grace}));
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("role"), QStringLiteral("analytics")), QStringLiteral("user")),
             QStringList{linus});
    const auto orgadmin = rowsWhere(csv, QStringLiteral("role"), QStringLiteral("orgadmin"));
    QCOMPARE(orgadmin.size(), 1);
    QCOMPARE(orgadmin.first().value(QStringLiteral("user")), ada);
    QCOMPARE(orgadmin.first().value(QStringLiteral("privileged")), QStringLiteral("yes"));
    QCOMPARE(orgadmin.first().value(QStringLiteral("why")), QStringLiteral("attribute:deltastreamOrgadmin"));
    QVERIFY(orgadmin.first().value(QStringLiteral("privileges")).contains(QStringLiteral("MANAGE_GRANTS")));
    const auto useradmin = rowsWhere(csv, QStringLiteral("role"), QStringLiteral("useradmin"));
    QCOMPARE(column(useradmin, QStringLiteral("why")), QStringList{QStringLiteral("inherits:securityadmin")});
    const auto graceRows = rowsWhere(csv, QStringLiteral("user"), grace);
    QCOMPARE(column(graceRows, QStringLiteral("role")),
             (QStringList{QStringLiteral("public"), QStringLiteral("development")}));
    QCOMPARE(column(graceRows, QStringLiteral("privileged")),
             (QStringList{QStringLiteral("no"), QStringLiteral("no")}));
    QCOMPARE(column(graceRows, QStringLiteral("why")),
             (QStringList{QStringLiteral("everyone"), QStringLiteral("group:development")}));
    QVERIFY(rowsWhere(csv, QStringLiteral("user"), QStringLiteral("ken@deltastream.test")).isEmpty());

    // While linus was deactivated he is not in the review (only active users are), and engineering had ada only.
    r.atMs = m_flow->timeOf(QStringLiteral("deactivatePerson"), QStringLiteral("linus"));
    r.outputPath = file(QStringLiteral("csv"));
    csv = csvReport(r);
    QVERIFY(rowsWhere(csv, QStringLiteral("user"), linus).isEmpty());
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("role"), QStringLiteral("engineering")), QStringLiteral("user")),
             QStringList{ada});
    QVERIFY(rowsWhere(csv, QStringLiteral("role"), QStringLiteral("development")).isEmpty());

    // Before anything was provisioned: an empty table, but still a header.
    r.atMs = m_flow->start;
    r.outputPath = file(QStringLiteral("csv"));
    csv = csvReport(r);
    QCOMPARE(csv.size(), 1);
}

void TestReport::changesOfTheSeedFlow()
{
    const QString ada = QStringLiteral("ada@deltastream.test");
    const QString grace = QStringLiteral("grace@deltastream.test");
    const QString linus = QStringLiteral("linus@deltastream.test");
    const QList<QStringList> csv = csvReport(request(ReportType::Changes, ReportFormat::Csv));
    QVERIFY(csv.size() > 1);

    const auto joiners = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("joiner"));
    QCOMPARE(column(joiners, QStringLiteral("user")).count(ada), 1);
    QCOMPARE(column(joiners, QStringLiteral("user")).count(grace), 1);
    QCOMPARE(column(joiners, QStringLiteral("user")).count(linus), 2); // provisioned, and reactivated
    QVERIFY(!column(joiners, QStringLiteral("user")).contains(QStringLiteral("ken@deltastream.test")));
    const qint64 reactivated = m_flow->timeOf(QStringLiteral("reactivatePerson"), QStringLiteral("linus"));
    bool sawReactivation = false;
    for (const auto &j : joiners) {
        if (j.value(QStringLiteral("user")) == linus && j.value(QStringLiteral("time")) == iso(reactivated)) {
            sawReactivation = true;
            QCOMPARE(j.value(QStringLiteral("detail")), QStringLiteral("reactivated"));
            QVERIFY(j.value(QStringLiteral("role")).contains(QStringLiteral("public")));
        }
    }
    QVERIFY(sawReactivation);

    // Movers: linus added to development, grace removed from it, at the minutes those steps ran.
    const auto gained = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-gained"));
    const auto lost = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-lost"));
    const auto find = [](const QList<QMap<QString, QString>> &rows, const QString &user, const QString &role) {
        for (const auto &r : rows) {
            if (r.value(QStringLiteral("user")) == user && r.value(QStringLiteral("role")) == role)
                return r;
        }
        return QMap<QString, QString>();
    };
    const auto linusIn = find(gained, linus, QStringLiteral("development"));
    QCOMPARE(linusIn.value(QStringLiteral("time")),
             iso(m_flow->timeOf(QStringLiteral("addToGroup"), QStringLiteral("linus"))));
    QCOMPARE(linusIn.value(QStringLiteral("detail")), QStringLiteral("via group:development"));
    QVERIFY2(linusIn.value(QStringLiteral("cause")).startsWith(QStringLiteral("PATCH /scim/v2/deltastream/Groups/")),
             qPrintable(linusIn.value(QStringLiteral("cause"))));
    QCOMPARE(find(lost, grace, QStringLiteral("development")).value(QStringLiteral("time")),
             iso(m_flow->timeOf(QStringLiteral("removeFromGroup"), QStringLiteral("grace"))));
    // The unlinked analytics group took its role from linus.
    QCOMPARE(find(lost, linus, QStringLiteral("analytics")).value(QStringLiteral("time")),
             iso(m_flow->timeOf(QStringLiteral("unlinkGroup"), QStringLiteral("analytics"))));

    // The leaver: linus lost every role in the deactivation itself.
    const auto leavers = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("leaver"));
    QCOMPARE(leavers.size(), 1);
    const auto &l = leavers.first();
    QCOMPARE(l.value(QStringLiteral("user")), linus);
    QCOMPARE(l.value(QStringLiteral("time")),
             iso(m_flow->timeOf(QStringLiteral("deactivatePerson"), QStringLiteral("linus"))));
    QCOMPARE(l.value(QStringLiteral("revocationSeconds")), QStringLiteral("0"));
    QCOMPARE(l.value(QStringLiteral("role")), QStringLiteral("analytics, engineering, public"));
    QVERIFY2(l.value(QStringLiteral("detail")).startsWith(QStringLiteral("deactivated; every role removed at ")),
             qPrintable(l.value(QStringLiteral("detail"))));

    // The push group's life as roles: created, renamed, and analytics deleted with its group.
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-created")), QStringLiteral("role")),
             (QStringList{QStringLiteral("development"), QStringLiteral("analytics")}));
    const auto renamed = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-renamed"));
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.first().value(QStringLiteral("role")), QStringLiteral("engineering"));
    QCOMPARE(renamed.first().value(QStringLiteral("detail")), QStringLiteral("was development"));
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-deleted")), QStringLiteral("role")),
             QStringList{QStringLiteral("analytics")});

    // A period that starts after the deactivation sees the reactivation but no leaver.
    ReportRequest later = request(ReportType::Changes, ReportFormat::Csv);
    later.fromMs = reactivated;
    const QList<QStringList> tail = csvReport(later);
    QVERIFY(rowsWhere(tail, QStringLiteral("kind"), QStringLiteral("leaver")).isEmpty());
    QCOMPARE(column(rowsWhere(tail, QStringLiteral("kind"), QStringLiteral("joiner")), QStringLiteral("user")),
             QStringList{linus});
}

void TestReport::slowLeaverAndOperators()
{
    // A history written the way the access model writes it (through the chain), where a leaver keeps a role for
    // ten minutes after the deactivation, another keeps it past the end of the period, and an operator grants.
    const qint64 t0 = m_flow->end + 1000 * Minute;
    QString path = m_flow->server.databasePath();
    auto admin = Database::open(path, QStringLiteral("report-history"));
    QVERIFY(admin.has_value());
    Database &db = **admin;
    const qint64 dir = DirectoryRepository(db).byName(QStringLiteral("deltastream"))->id;
    QVERIFY(db.begin());
    const auto add = [&](qint64 at, const QString &event, const QString &user, const QString &role, const QString &via,
                         const QString &status, const QString &cause, const QString &actor) {
        return AuditChain::append(db, Chain::AccessHistory,
                                  {dir, at, event, user, role, via, QString(), status, cause, actor});
    };
    const QString patch = QStringLiteral("PATCH /Users/x");
    QVERIFY(add(t0, QStringLiteral("hold+"), QStringLiteral("mia"), QStringLiteral("public"),
                QStringLiteral("everyone"), {}, QStringLiteral("POST /Users"), QStringLiteral("okta")));
    QVERIFY(add(t0, QStringLiteral("hold+"), QStringLiteral("mia"), QStringLiteral("ops"), QStringLiteral("group:ops"),
                {}, QStringLiteral("POST /Users"), QStringLiteral("okta")));
    QVERIFY(add(t0, QStringLiteral("status"), QStringLiteral("mia"), {}, {}, QStringLiteral("active"),
                QStringLiteral("POST /Users"), QStringLiteral("okta")));
    QVERIFY(add(t0, QStringLiteral("hold+"), QStringLiteral("noor"), QStringLiteral("ops"), QStringLiteral("group:ops"),
                {}, QStringLiteral("POST /Users 2"), QStringLiteral("okta")));
    QVERIFY(add(t0, QStringLiteral("status"), QStringLiteral("noor"), {}, {}, QStringLiteral("active"),
                QStringLiteral("POST /Users 2"), QStringLiteral("okta")));
    // Deactivations remove public at once; ops stays until the group change.
    QVERIFY(add(t0 + Minute, QStringLiteral("hold-"), QStringLiteral("mia"), QStringLiteral("public"),
                QStringLiteral("everyone"), {}, patch, QStringLiteral("okta")));
    QVERIFY(add(t0 + Minute, QStringLiteral("status"), QStringLiteral("mia"), {}, {}, QStringLiteral("suspended"),
                patch, QStringLiteral("okta")));
    QVERIFY(add(t0 + 2 * Minute, QStringLiteral("status"), QStringLiteral("noor"), {}, {},
                QStringLiteral("deactivated"), QStringLiteral("PATCH /Users/y"), QStringLiteral("okta")));
    QVERIFY(add(t0 + 3 * Minute, QStringLiteral("grant"), {}, QStringLiteral("ops"), {}, {},
                QStringLiteral("grant CREATE_STORE to ops"), QStringLiteral("ada@deltastream.test")));
    QVERIFY(add(t0 + 11 * Minute, QStringLiteral("hold-"), QStringLiteral("mia"), QStringLiteral("ops"),
                QStringLiteral("group:ops"), {}, QStringLiteral("PATCH /Groups/ops"), QStringLiteral("okta")));
    QVERIFY(add(t0 + 30 * Minute, QStringLiteral("hold-"), QStringLiteral("noor"), QStringLiteral("ops"),
                QStringLiteral("group:ops"), {}, QStringLiteral("PATCH /Groups/ops"), QStringLiteral("okta")));
    QVERIFY(db.commit());

    ReportRequest r = request(ReportType::Changes, ReportFormat::Csv);
    r.fromMs = t0;
    r.toMs = t0 + 5 * Minute; // mia's loss (11 min) comes after the period and is still found
    const QList<QStringList> csv = csvReport(r);
    const auto leavers = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("leaver"));
    QCOMPARE(column(leavers, QStringLiteral("user")), (QStringList{QStringLiteral("mia"), QStringLiteral("noor")}));
    QCOMPARE(leavers.at(0).value(QStringLiteral("revocationSeconds")), QStringLiteral("600"));
    QCOMPARE(leavers.at(0).value(QStringLiteral("role")), QStringLiteral("ops, public"));
    QCOMPARE(leavers.at(0).value(QStringLiteral("cause")), patch);
    QCOMPARE(leavers.at(1).value(QStringLiteral("revocationSeconds")), QStringLiteral("1680"));
    const auto grants = rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("grant"));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.first().value(QStringLiteral("role")), QStringLiteral("ops"));
    QCOMPARE(grants.first().value(QStringLiteral("actor")), QStringLiteral("ada@deltastream.test"));
    // Neither leaver's late loss is a mover's change.
    QVERIFY(rowsWhere(csv, QStringLiteral("kind"), QStringLiteral("role-lost")).isEmpty());

    // Ending the look-ahead before noor's loss: she still holds ops.
    const auto result = Reports::generate(db, [&] {
        ReportRequest j = r;
        j.format = ReportFormat::Json;
        j.outputPath = file(QStringLiteral("json"));
        return j;
    }());
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    const QJsonObject o = QJsonDocument::fromJson(readAll(result->outputPath)).object();
    const QJsonArray rows = o.value(QLatin1StringView("rows")).toArray();
    QJsonObject mia;
    for (const QJsonValue &v : rows) {
        if (v[QLatin1StringView("kind")] == QLatin1StringView("leaver") &&
            v[QLatin1StringView("user")] == QLatin1StringView("mia"))
            mia = v.toObject();
    }
    QCOMPARE(mia.value(QLatin1StringView("revocationSeconds")), QJsonValue(600));
    QCOMPARE(o.value(QLatin1StringView("summary"))[QLatin1StringView("Leavers who lost every role")].toString(),
             QStringLiteral("2"));
    // The history written here is chained like the rest.
    const auto verified = AuditChain::verify(db);
    QVERIFY(verified.has_value());
    QVERIFY(verified->intact());
}

void TestReport::tokensReport()
{
    ScimTestServer server(QStringLiteral("tok"));
    const qint64 begin = QDateTime::currentMSecsSinceEpoch() - 1000;
    QCOMPARE(server.get(QStringLiteral("/Users")).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.send("GET", QStringLiteral("/Users"), {}, "Bearer not-the-token").status, 401);
    server.stop();
    auto opened = Database::open(server.databasePath(), QStringLiteral("tokens-report"));
    QVERIFY(opened.has_value());
    Database &db = **opened;
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    const auto rotated = TokenAdmin(db).rotate(QStringLiteral("tok"), 0, t);
    QVERIFY2(rotated.has_value(), qPrintable(rotated ? QString() : rotated.error()));
    const auto revoked = TokenAdmin(db).revoke(QStringLiteral("tok"), t + 1);
    QVERIFY(revoked.has_value());

    ReportRequest r;
    r.type = ReportType::Tokens;
    r.format = ReportFormat::Csv;
    r.directory = QStringLiteral("tok");
    r.fromMs = begin;
    r.toMs = t + 10;
    r.outputPath = file(QStringLiteral("csv"));
    const auto result = Reports::generate(db, r);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    const QList<QStringList> csv = readCsv(r.outputPath);
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("event"), QStringLiteral("issued")), QStringLiteral("token")),
             (QStringList{QStringLiteral("#1"), QStringLiteral("#2")}));
    // Rotation without overlap revoked #1; the revoke command #2.
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("event"), QStringLiteral("revoked")), QStringLiteral("token")),
             (QStringList{QStringLiteral("#1"), QStringLiteral("#2")}));
    const auto administration = rowsWhere(csv, QStringLiteral("event"), QStringLiteral("administration"));
    QCOMPARE(administration.size(), 3); // created with the directory, rotated, revoked
    QVERIFY(administration.at(1).value(QStringLiteral("detail")).startsWith(QStringLiteral("rotated the bearer")));
    QCOMPARE(administration.at(2).value(QStringLiteral("detail")), QStringLiteral("revoked the bearer token"));
    const auto lastUse = rowsWhere(csv, QStringLiteral("event"), QStringLiteral("last-use"));
    QCOMPARE(lastUse.size(), 2);
    QCOMPARE(lastUse.at(0).value(QStringLiteral("client")), QStringLiteral("127.0.0.1"));
    QCOMPARE(lastUse.at(1).value(QStringLiteral("detail")), QStringLiteral("never used"));
    const auto bad = rowsWhere(csv, QStringLiteral("event"), QStringLiteral("bad-token"));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().value(QStringLiteral("client")), QStringLiteral("127.0.0.1"));
    QCOMPARE(bad.first().value(QStringLiteral("count")), QStringLiteral("3"));
    QVERIFY(bad.first().value(QStringLiteral("detail")).startsWith(QStringLiteral("3 refused (401), 0 locked out")));
}

void TestReport::errorsGroupedByCause()
{
    ScimTestServer server(QStringLiteral("err"));
    const qint64 begin = QDateTime::currentMSecsSinceEpoch() - 1000;
    const auto user = [](const QString &name) {
        return json(
            {{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
             {QStringLiteral("userName"), name}});
    };
    for (const char *name : {"a@err.test", "b@err.test"}) {
        QCOMPARE(server.post(QStringLiteral("/Users"), user(QString::fromLatin1(name))).status, 201);
        QCOMPARE(server.post(QStringLiteral("/Users"), user(QString::fromLatin1(name))).status, 409);
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.get(QStringLiteral("/Users/00000000-0000-4000-8000-00000000000%1").arg(i)).status, 404);
    QCOMPARE(server.get(QStringLiteral("/Users?filter=userName%20zz%20%22x%22")).status, 400);
    server.stop();
    auto opened = Database::open(server.databasePath(), QStringLiteral("errors-report"));
    QVERIFY(opened.has_value());
    ReportRequest r;
    r.type = ReportType::Errors;
    r.format = ReportFormat::Csv;
    r.directory = QStringLiteral("err");
    r.fromMs = begin;
    r.toMs = QDateTime::currentMSecsSinceEpoch();
    r.outputPath = file(QStringLiteral("csv"));
    const auto result = Reports::generate(**opened, r);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    const QList<QStringList> csv = readCsv(r.outputPath);
    QCOMPARE(csv.size(), 4); // header, 404 ×3, 409 ×2, 400 ×1: most frequent first
    QCOMPARE(csv.at(1).value(0), QStringLiteral("404"));
    QCOMPARE(csv.at(1).value(2), QStringLiteral("3"));
    QCOMPARE(csv.at(2).value(0), QStringLiteral("409"));
    QCOMPARE(csv.at(2).value(2), QStringLiteral("2"));
    QVERIFY2(!csv.at(2).value(1).contains(QLatin1StringView("a@err.test")), qPrintable(csv.at(2).value(1)));
    QCOMPARE(csv.at(2).value(5), QStringLiteral("POST /scim/v2/err/Users"));
    QCOMPARE(csv.at(3).value(0), QStringLiteral("400"));
    QCOMPARE(csv.at(3).value(2), QStringLiteral("1"));
}

void TestReport::jsonAndHtml()
{
    ReportRequest r = request(ReportType::AccessReview, ReportFormat::Json);
    r.atMs = m_flow->end;
    r.databasePath = QStringLiteral("/data/scim desk.sqlite");
    auto result = Reports::generate(*m_flow->db, r);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(readAll(r.outputPath), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1StringView("report")).toString(), QStringLiteral("access-review"));
    QCOMPARE(o.value(QLatin1StringView("directory")).toString(), QStringLiteral("deltastream"));
    QCOMPARE(o.value(QLatin1StringView("at")).toString(), iso(m_flow->end));
    QCOMPARE(o.value(QLatin1StringView("verifyCommand")).toString(),
             QStringLiteral("scimdesk audit verify --database '/data/scim desk.sqlite'"));
    const QList<ChainHead> heads = AuditChain::heads(*m_flow->db);
    QCOMPARE(o.value(QLatin1StringView("chainHeads"))[QLatin1StringView("journal")].toString(), heads.at(0).hex());
    QCOMPARE(o.value(QLatin1StringView("rows")).toArray().size(), result->rows);
    const QJsonObject first = o.value(QLatin1StringView("rows")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1StringView("user")).toString(), QStringLiteral("ada@deltastream.test"));

    r.format = ReportFormat::Html;
    r.outputPath = file(QStringLiteral("html"));
    result = Reports::generate(*m_flow->db, r);
    QVERIFY(result.has_value());
    const QString html = QString::fromUtf8(readAll(r.outputPath));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<h1>Access review</h1>")));
    QVERIFY(html.contains(heads.at(0).hex()));
    QVERIFY(html.contains(QStringLiteral("scimdesk audit verify --database &#x27;/data/scim desk.sqlite&#x27;")) ||
            html.contains(QStringLiteral("scimdesk audit verify --database '/data/scim desk.sqlite'")));
    QVERIFY(html.contains(QStringLiteral("<td>attribute:deltastreamOrgadmin</td>")));
    QVERIFY(html.endsWith(QStringLiteral("</html>\n")));
}

void TestReport::pdfReadsBack()
{
    ReportRequest r = request(ReportType::Changes, ReportFormat::Pdf);
    const auto result = Reports::generate(*m_flow->db, r);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    QVERIFY(readAll(r.outputPath).startsWith("%PDF-"));
    const Run text =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), r.outputPath, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, text.err.constData()); // poppler-utils (scripts/setup.sh)
    const QString t = QString::fromUtf8(text.out);
    const QStringList pages = t.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(t));
    // The title page: what, which directory and period, when, the chain head and how to verify it.
    QVERIFY(pages.at(0).contains(QStringLiteral("Changes: joiners, movers and leavers")));
    QVERIFY(pages.at(0).contains(QStringLiteral("deltastream")));
    QVERIFY(pages.at(0).contains(iso(m_flow->start) + QStringLiteral(" to ") + iso(m_flow->end)));
    QVERIFY(pages.at(0).contains(QStringLiteral("scimdesk audit verify --database")));
    const QString head = AuditChain::heads(*m_flow->db).at(0).hex();
    QVERIFY2(QString(t).remove(u' ').remove(u'\n').contains(head.left(24)), qPrintable(head));
    // The table, and each page numbered.
    QVERIFY(pages.at(1).contains(QStringLiteral("linus@deltastream.test")));
    QVERIFY(pages.at(1).contains(QStringLiteral("leaver")));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QStringList lines = pages.at(i).trimmed().split(u'\n');
        QCOMPARE(lines.last().trimmed(), QString::number(i + 1));
    }
}

void TestReport::progressAndCancel()
{
    // Enough failed requests in the journal to report progress several times.
    auto opened = Database::open(m_flow->server.databasePath(), QStringLiteral("progress"));
    QVERIFY(opened.has_value());
    Database &db = **opened;
    const qint64 t = m_flow->end + 5000 * Minute;
    QVERIFY(db.begin());
    JournalRepository journal(db);
    for (int i = 0; i < 5000; ++i) {
        JournalEntry e;
        e.atMs = t + i;
        e.directory = QStringLiteral("deltastream");
        e.method = QStringLiteral("GET");
        e.path = QStringLiteral("/scim/v2/deltastream/Users/x");
        e.status = 404;
        e.meaning = QStringLiteral("refused (404): no user %1").arg(100000 + i);
        QVERIFY(journal.append(e));
    }
    QVERIFY(db.commit());
    ReportRequest r = request(ReportType::Errors, ReportFormat::Csv);
    r.fromMs = t;
    r.toMs = t + 10000;
    QList<qint64> seen;
    auto result = Reports::generate(db, r, [&](qint64 done, qint64 total) {
        if (total != 5000)
            return false;
        seen.append(done);
        return true;
    });
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.last(), 5000);
    QCOMPARE(readCsv(r.outputPath).value(1).value(2), QStringLiteral("5000")); // "no user <n>": one cause

    // Cancelled half way: an error, and the file that was there before is untouched.
    const QByteArray before = readAll(r.outputPath);
    result = Reports::generate(db, r, [](qint64 done, qint64) { return done < 2048; });
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(QLatin1StringView("cancelled")), qPrintable(result.error()));
    QCOMPARE(readAll(r.outputPath), before);
    r.outputPath = file(QStringLiteral("csv"));
    result = Reports::generate(db, r, [](qint64, qint64) { return false; });
    QVERIFY(!result.has_value());
    QVERIFY(!QFile::exists(r.outputPath));
}

void TestReport::badRequests()
{
    ReportRequest r = request(ReportType::Changes, ReportFormat::Csv);
    r.fromMs = r.toMs + 1;
    auto result = Reports::generate(*m_flow->db, r);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(QLatin1StringView("before it starts")), qPrintable(result.error()));
    QVERIFY(!QFile::exists(r.outputPath));
    r = request(ReportType::Changes, ReportFormat::Csv);
    r.directory = QStringLiteral("nope");
    result = Reports::generate(*m_flow->db, r);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(QLatin1StringView("no directory named")), qPrintable(result.error()));
    r = request(ReportType::Changes, ReportFormat::Csv);
    r.outputPath = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    result = Reports::generate(*m_flow->db, r);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(QLatin1StringView("Cannot write")), qPrintable(result.error()));
    QCOMPARE(Reports::typeFromName(QStringLiteral("access-review")), std::optional(ReportType::AccessReview));
    QVERIFY(!Reports::typeFromName(QStringLiteral("everything")));
    QCOMPARE(Reports::formatFromName(QStringLiteral("pdf")), std::optional(ReportFormat::Pdf));
}

void TestReport::reportCommand()
{
    const QString db = m_flow->server.databasePath();
    const QString out = file(QStringLiteral("csv"));
    const QString at = iso(m_flow->timeOf(QStringLiteral("pushGroup"), QStringLiteral("analytics")));
    Run run = runProgram(QStringLiteral(SCIMDESK_BINARY),
                         {QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--directory"),
                          QStringLiteral("deltastream"), QStringLiteral("--type"), QStringLiteral("access-review"),
                          QStringLiteral("--at"), at, QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--output"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Wrote Access review"), run.out.constData());
    const QList<QStringList> csv = readCsv(out);
    QCOMPARE(column(rowsWhere(csv, QStringLiteral("role"), QStringLiteral("analytics")), QStringLiteral("user")),
             QStringList{QStringLiteral("linus@deltastream.test")});

    const QString html = file(QStringLiteral("html"));
    run = runProgram(QStringLiteral(SCIMDESK_BINARY),
                     {QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--directory"),
                      QStringLiteral("deltastream"), QStringLiteral("--type"), QStringLiteral("changes"),
                      QStringLiteral("--from"), iso(m_flow->start).left(10), QStringLiteral("--to"),
                      iso(m_flow->end + 24 * 60 * Minute).left(10), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--output"), html});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QString::fromUtf8(readAll(html)).contains(QStringLiteral("<td>leaver</td>")));

    // Bad arguments: exit 2 with what is wrong, nothing written.
    const QString never = file(QStringLiteral("csv"));
    const QStringList base{
        QStringLiteral("report"),      QStringLiteral("--database"), db,   QStringLiteral("--directory"),
        QStringLiteral("deltastream"), QStringLiteral("--output"),   never};
    const QList<QPair<QStringList, QByteArray>> bad{
        {{QStringLiteral("--type"), QStringLiteral("access-review"), QStringLiteral("--format"), QStringLiteral("csv")},
         "takes --at TIME"},
        {{QStringLiteral("--type"), QStringLiteral("changes"), QStringLiteral("--at"), at, QStringLiteral("--format"),
          QStringLiteral("csv")},
         "takes --from TIME and --to TIME"},
        {{QStringLiteral("--type"), QStringLiteral("everything"), QStringLiteral("--at"), at,
          QStringLiteral("--format"), QStringLiteral("csv")},
         "--type must be one of access-review, changes, tokens, errors"},
        {{QStringLiteral("--type"), QStringLiteral("access-review"), QStringLiteral("--at"), at,
          QStringLiteral("--format"), QStringLiteral("xlsx")},
         "--format must be one of csv, json, html, pdf"},
        {{QStringLiteral("--type"), QStringLiteral("access-review"), QStringLiteral("--at"),
          QStringLiteral("yesterday"), QStringLiteral("--format"), QStringLiteral("csv")},
         "--at must be an ISO 8601 time"},
        {{QStringLiteral("--type"), QStringLiteral("errors"), QStringLiteral("--from"), QStringLiteral("2026-02-01"),
          QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--format"), QStringLiteral("csv")},
         "before it starts"},
        {{QStringLiteral("--type"), QStringLiteral("errors"), QStringLiteral("--from"), QStringLiteral("2026-02-01")},
         "--format is required"},
    };
    for (const auto &[args, message] : bad) {
        run = runProgram(QStringLiteral(SCIMDESK_BINARY), base + args);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(args.join(u' ') + QStringLiteral(" -> ") + QString::number(run.exitCode)));
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
    QVERIFY(!QFile::exists(never));
    // PDF from the command line too (main.cpp starts Qt Gui offscreen for `report`), read back with pdftotext.
    const QString pdf = QFileInfo(never).absolutePath() + QStringLiteral("/tokens.pdf");
    QStringList pdfArgs = base;
    pdfArgs[pdfArgs.indexOf(never)] = pdf;
    run = runProgram(QStringLiteral(SCIMDESK_BINARY),
                     pdfArgs + QStringList{QStringLiteral("--type"), QStringLiteral("tokens"), QStringLiteral("--from"),
                                           QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                           QStringLiteral("2026-02-01"), QStringLiteral("--format"),
                                           QStringLiteral("pdf")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const Run text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.out.contains("scimdesk audit verify"), text.out.constData());
    // Unknown directory or database: exit 1.
    run = runProgram(QStringLiteral(SCIMDESK_BINARY),
                     {QStringLiteral("report"), QStringLiteral("--database"), db, QStringLiteral("--directory"),
                      QStringLiteral("nope"), QStringLiteral("--type"), QStringLiteral("errors"),
                      QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--output"), never});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no directory named"), run.err.constData());
    QVERIFY(!QFile::exists(never));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
