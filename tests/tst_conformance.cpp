// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The conformance runner (Okta's SPEC test and request scripts): every check passes against the real embedded
// listener and cleans up after itself; a listener with one injected defect fails exactly the checks that
// should catch it, with the reason; and `scimdesk conformance` as a process, with its exit codes.

#include "http/Listener.h"
#include "service/ScimService.h"
#include "simulator/Conformance.h"
#include "store/Database.h"
#include "support/ScimTestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

using namespace scimdesk;
using namespace scimdesk::sim;
using namespace scimdesk::test;

namespace {

enum class Defect {
    None,
    ItemsPerPage,        // itemsPerPage one more than the resources returned
    CaseSensitiveFilter, // userName eq compares case-sensitively
    UnknownIdFound,      // 200 with a body for an unknown id
    PlainTextErrors,     // "error code: 404" as text/plain, like a gateway page
    CreatedAsHtml,       // 201 responses labelled text/html
    CreatedUserNoSchemas // the created user comes back without schemas
};

// The real ScimService with one defect injected into its answers.
class DefectiveHandler final : public RequestHandler
{
public:
    DefectiveHandler(std::unique_ptr<RequestHandler> inner, Defect defect) : m_inner(std::move(inner)), m_defect(defect)
    {}

    HttpResponse handle(const HttpRequest &request) override
    {
        HttpResponse r = m_inner->handle(request);
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        switch (m_defect) {
        case Defect::None:
            return r;
        case Defect::ItemsPerPage:
            if (!o.contains(QLatin1StringView("itemsPerPage")))
                return r;
            o.insert(QStringLiteral("itemsPerPage"), o.value(QLatin1StringView("itemsPerPage")).toInt() + 1);
            break;
        case Defect::CaseSensitiveFilter: {
            const QString filter = QUrlQuery(QString::fromUtf8(request.query()))
                                       .queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
            const auto match = QRegularExpression(QStringLiteral("^userName eq .(.*).$")).match(filter);
            if (!match.hasMatch())
                return r;
            QJsonArray kept;
            for (const QJsonValue &v : o.value(QLatin1StringView("Resources")).toArray()) {
                if (v.toObject().value(QLatin1StringView("userName")).toString() == match.captured(1))
                    kept.append(v);
            }
            o.insert(QStringLiteral("Resources"), kept);
            o.insert(QStringLiteral("totalResults"), int(kept.size()));
            o.insert(QStringLiteral("itemsPerPage"), int(kept.size()));
            break;
        }
        case Defect::UnknownIdFound:
            if (request.method != "GET" || r.status != 404)
                return r;
            r.status = 200;
            o = QJsonObject{{QStringLiteral("schemas"), QJsonArray{UserSchema}},
                            {QStringLiteral("id"), QString::fromUtf8(request.path().split('/').last())},
                            {QStringLiteral("userName"), QStringLiteral("ghost")}};
            break;
        case Defect::PlainTextErrors:
            if (r.status < 400)
                return r;
            r.setHeader("Content-Type", "text/plain");
            r.body = "error code: " + QByteArray::number(r.status);
            return r;
        case Defect::CreatedAsHtml:
            if (r.status == 201)
                r.setHeader("Content-Type", "text/html; charset=utf-8");
            return r;
        case Defect::CreatedUserNoSchemas:
            if (r.status != 201 || request.path().endsWith("/Groups"))
                return r;
            o.remove(QStringLiteral("schemas"));
            break;
        }
        r.body = json(o);
        return r;
    }

private:
    std::unique_ptr<RequestHandler> m_inner;
    Defect m_defect;
};

// A second listener over the test server's database whose answers carry one defect.
class DefectiveServer
{
public:
    DefectiveServer(const ScimTestServer &real, Defect defect)
        : m_listener([path = real.databasePath(), defect]() -> std::unique_ptr<RequestHandler> {
              static int instances = 0;
              auto db = Database::open(path, QStringLiteral("defective-listener-") + QString::number(++instances));
              if (!db)
                  qFatal("cannot open the test database: %s", qPrintable(db.error()));
              return std::make_unique<DefectiveHandler>(std::make_unique<ScimService>(std::move(*db), ServiceConfig{}),
                                                        defect);
          })
    {
        if (!m_listener.start(ListenerConfig{}))
            qFatal("cannot start the defective listener");
    }
    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:") + QString::number(m_listener.port()) +
               QStringLiteral("/scim/v2/acme");
    }

private:
    Listener m_listener;
};

ConformanceReport runAgainst(const QString &baseUrl, const QByteArray &token, int timeoutMs = 20'000)
{
    ConformanceConfig config;
    config.baseUrl = baseUrl;
    config.token = token;
    config.timeoutMs = timeoutMs;
    ConformanceRunner runner(config);
    return runner.run();
}

QStringList failedNames(const ConformanceReport &report)
{
    QStringList names;
    for (const ConformanceCheck &c : report.checks) {
        if (!c.passed)
            names.append(c.name);
    }
    return names;
}

QString describe(const ConformanceReport &report)
{
    QStringList lines{report.fatal};
    for (const ConformanceCheck &c : report.checks) {
        if (!c.passed)
            lines.append(c.name + QStringLiteral(": ") + c.reason);
    }
    return lines.join(u'\n');
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run conformance(const QStringList &args, const QByteArray &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SCIMDESK_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("SCIMDESK_TOKEN"), QString::fromLatin1(token));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCIMDESK_BINARY), QStringList{QStringLiteral("conformance")} + args);
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

constexpr int CheckCount = 34;

} // namespace

Q_DECLARE_METATYPE(Defect)

class TestConformance final : public QObject
{
    Q_OBJECT

private slots:
    void passesAgainstTheListenerAndCleansUp()
    {
        ScimTestServer server;
        const ConformanceReport report = runAgainst(server.baseUrl(), server.token);
        QVERIFY2(report.fatal.isEmpty() && report.failed() == 0, qPrintable(describe(report)));
        QCOMPARE(report.passed(), CheckCount);
        QVERIFY2(report.cleanupProblems.isEmpty(), qPrintable(report.cleanupProblems.join(u'\n')));

        // Every check says what it verified and keeps its requests, never the token.
        for (const ConformanceCheck &c : report.checks) {
            QVERIFY2(!c.reason.isEmpty() && !c.requests.isEmpty(), qPrintable(c.name));
            for (const TraceEntry &t : c.requests) {
                for (const auto &[k, v] : t.headers)
                    QVERIFY(!v.contains(server.token));
            }
        }
        const ConformanceCheck &create = report.checks.at(1);
        QCOMPARE(create.name, QStringLiteral("okta-assign-create"));
        QCOMPARE(create.requests.at(1).headers.first(),
                 qMakePair(QByteArray("User-Agent"), QByteArray("Okta SCIM Client 1.0.0")));

        // What it created is deactivated or deleted.
        const QJsonObject users = server.get(QStringLiteral("/Users?startIndex=1&count=100")).json();
        QCOMPARE(users.value(QLatin1StringView("totalResults")).toInt(), 2);
        for (const QJsonValue &u : users.value(QLatin1StringView("Resources")).toArray())
            QCOMPARE(u.toObject().value(QLatin1StringView("active")), QJsonValue(false));
        QCOMPARE(server.get(QStringLiteral("/Groups")).json().value(QLatin1StringView("totalResults")).toInt(), 0);

        // A second run over what the first left behind (inactive users) passes too.
        const ConformanceReport again = runAgainst(server.baseUrl(), server.token);
        QVERIFY2(again.failed() == 0, qPrintable(describe(again)));
    }

    void catchesDefects_data()
    {
        QTest::addColumn<Defect>("defect");
        QTest::addColumn<QStringList>("expectedFailures");
        QTest::addColumn<QString>("reason");

        QTest::newRow("itemsPerPage off by one")
            << Defect::ItemsPerPage
            << QStringList{QStringLiteral("okta-test-connection"),       QStringLiteral("okta-assign-create"),
                           QStringLiteral("spec-01-list-users"),         QStringLiteral("spec-05-filter-unknown-user"),
                           QStringLiteral("spec-09-filter-random-user"), QStringLiteral("spec-17-username-case"),
                           QStringLiteral("spec-19-groups-endpoint"),    QStringLiteral("okta-assign-link"),
                           QStringLiteral("okta-deactivate-patch"),      QStringLiteral("okta-push-group"),
                           QStringLiteral("okta-rename-group"),          QStringLiteral("okta-import-users"),
                           QStringLiteral("okta-import-groups")}
            << QStringLiteral("GET /Users?startIndex=1&count=2: itemsPerPage is 1 but Resources holds 0");
        QTest::newRow("case-sensitive userName filter")
            << Defect::CaseSensitiveFilter << QStringList{QStringLiteral("spec-17-username-case")}
            << QStringLiteral("found 0 users, not the one created as");
        QTest::newRow("200 for an unknown id")
            << Defect::UnknownIdFound
            << QStringList{QStringLiteral("spec-07-unknown-id-404"), QStringLiteral("spec-23-unknown-id-404"),
                           QStringLiteral("okta-unlink-delete-group")}
            << QStringLiteral("GET /Users/010101001010101011001010101011: expected 404, got 200");
        QTest::newRow("plain-text error body")
            << Defect::PlainTextErrors
            << QStringList{QStringLiteral("spec-07-unknown-id-404"), QStringLiteral("spec-15-duplicate-409"),
                           QStringLiteral("spec-21-bad-token-401"), QStringLiteral("spec-23-unknown-id-404"),
                           QStringLiteral("okta-unlink-delete-group")}
            << QStringLiteral("the 404 response is not a JSON object (Okta reports ") + QChar(u'"') +
                   QStringLiteral("Invalid JSON: Unrecognized token 'error'");
        QTest::newRow("201 as text/html")
            << Defect::CreatedAsHtml
            << QStringList{QStringLiteral("okta-assign-create"), QStringLiteral("spec-11-create-user"),
                           QStringLiteral("okta-push-group"), QStringLiteral("spec2023-23-create-group")}
            << QStringLiteral("POST /Users: Content-Type is ") + QChar(u'"') + QStringLiteral("text/html");
        QTest::newRow("created user without schemas")
            << Defect::CreatedUserNoSchemas
            << QStringList{QStringLiteral("okta-assign-create"), QStringLiteral("spec-11-create-user")}
            << QStringLiteral("POST /Users: schemas do not contain urn:ietf:params:scim:schemas:core:2.0:User");
    }

    void catchesDefects()
    {
        QFETCH(Defect, defect);
        QFETCH(QStringList, expectedFailures);
        QFETCH(QString, reason);
        ScimTestServer server;
        DefectiveServer broken(server, defect);
        const ConformanceReport report = runAgainst(broken.baseUrl(), server.token);
        QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
        QCOMPARE(report.checks.size(), CheckCount);
        QVERIFY2(failedNames(report) == expectedFailures, qPrintable(describe(report)));
        QCOMPARE(report.passed(), CheckCount - int(expectedFailures.size()));
        for (const ConformanceCheck &c : report.checks) {
            if (c.name == expectedFailures.first())
                QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
        }
    }

    void unreachableTargetIsOneClearError()
    {
        const ConformanceReport report = runAgainst(QStringLiteral("http://127.0.0.1:1/scim/v2/x"), "t");
        QVERIFY(report.fatal.startsWith(QStringLiteral("The target http://127.0.0.1:1/scim/v2/x did not answer: ")));
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.failed(), 1);
    }

    void silentTargetTimesOut()
    {
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const ConformanceReport report = runAgainst(
            QStringLiteral("http://127.0.0.1:") + QString::number(silent.serverPort()) + QStringLiteral("/scim/v2/x"),
            "t", 300);
        QVERIFY2(report.fatal.startsWith(QStringLiteral("The target http://127.0.0.1:")), qPrintable(report.fatal));
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.first().reason,
                 QStringLiteral("GET /Users?startIndex=1&count=2: no response within 0.3 s"));
    }

    void commandLine()
    {
        ScimTestServer server;
        Run r = conformance({QStringLiteral("--target"), server.baseUrl()}, server.token);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.startsWith("PASS okta-test-connection (§10 Test API Credentials, §3): 200 with a"));
        QCOMPARE(r.out.count("\nPASS ") + 1, CheckCount);
        QVERIFY(r.out.endsWith("\n34 passed, 0 failed\n"));

        r = conformance({QStringLiteral("--target"), server.baseUrl(), QStringLiteral("--json")}, server.token);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(server.token));
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QLatin1StringView("passed")).toInt(), CheckCount);
        QCOMPARE(result.value(QLatin1StringView("failed")).toInt(), 0);
        const QJsonObject first = result.value(QLatin1StringView("checks")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1StringView("name")).toString(), QStringLiteral("okta-test-connection"));
        QCOMPARE(first.value(QLatin1StringView("passed")), QJsonValue(true));
        QVERIFY(!first.value(QLatin1StringView("reason")).toString().isEmpty());
        QCOMPARE(first.value(QLatin1StringView("requests"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("url"))
                     .toString(),
                 QString(server.baseUrl() + QStringLiteral("/Users?startIndex=1&count=2")));

        DefectiveServer broken(server, Defect::CaseSensitiveFilter);
        r = conformance({QStringLiteral("--target"), broken.baseUrl()}, server.token);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("\nFAIL spec-17-username-case (§7.1 step 17, §2.7): GET /Users?filter="),
                 r.out.constData());
        QVERIFY(r.out.endsWith("\n33 passed, 1 failed\n"));

        r = conformance({QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:1/scim/v2/x")}, "t");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("scimdesk conformance: The target http://127.0.0.1:1/scim/v2/x did not answer: "),
                 r.err.constData());

        r = conformance({}, "t");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--target is required"));
        r = conformance({QStringLiteral("--target"), server.baseUrl()}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("the environment variable SCIMDESK_TOKEN holding the bearer token is not set"));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
