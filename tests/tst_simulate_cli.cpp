// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `scimdesk simulate` as other tools use it: the shipped scenarios against the embedded listener, exit codes,
// JSON traces without the token, and the token only ever from the environment.

#include "support/ScimTestServer.h"

#include <QProcess>

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run simulate(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCIMDESK_BINARY), QStringList{QStringLiteral("simulate")} + args);
    if (!p.waitForFinished(60'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QProcessEnvironment withToken(const QString &variable, const QByteArray &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SCIMDESK_TOKEN"));
    if (!variable.isEmpty())
        env.insert(variable, QString::fromLatin1(token));
    return env;
}

const QString Seed = QStringLiteral(SCIMDESK_SCENARIOS "/deltastream-orgadmins.json");

} // namespace

class TestSimulateCli final : public QObject
{
    Q_OBJECT

private slots:
    void seedScenarioAsJson()
    {
        ScimTestServer server(QStringLiteral("acme"), QStringLiteral("deltastream"));
        const Run r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"), server.baseUrl(),
                                QStringLiteral("--json")},
                               withToken(QStringLiteral("SCIMDESK_TOKEN"), server.token));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(server.token));
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value(QLatin1StringView("ok")), QJsonValue(true));
        const QJsonArray actions = result.value(QLatin1StringView("actions")).toArray();
        QCOMPARE(actions.size(), 11); // two assignGroup and one pushGroup from the file's flags, then 8 steps
        QCOMPARE(actions.at(3).toObject().value(QLatin1StringView("action")).toString(),
                 QStringLiteral("testConnection"));
        const QJsonObject firstRequest =
            actions.at(0).toObject().value(QLatin1StringView("requests")).toArray().first().toObject();
        QCOMPARE(
            firstRequest.value(QLatin1StringView("url")).toString(),
            QString(server.baseUrl() +
                    QStringLiteral("/Users?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=100")));
        QVERIFY(firstRequest.value(QLatin1StringView("headers"))
                    .toArray()
                    .contains(QStringLiteral("Authorization: Bearer <redacted>")));
        QCOMPARE(actions.at(9).toObject().value(QLatin1StringView("message")).toString(),
                 QStringLiteral("3 users scanned"));

        // The listener holds what Okta would have left there.
        const QJsonObject ada = server.get(QStringLiteral("/Users?filter=userName%20eq%20%22ada%40example.com%22"))
                                    .json()
                                    .value(QLatin1StringView("Resources"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(ada.value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(true));
        const QJsonArray groups = server.get(QStringLiteral("/Groups?startIndex=1&count=100"))
                                      .json()
                                      .value(QLatin1StringView("Resources"))
                                      .toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QLatin1StringView("displayName")).toString(),
                 QStringLiteral("engineering"));
    }

    void textOutputAndTokenVariable()
    {
        ScimTestServer server;
        const Run r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"), server.baseUrl(),
                                QStringLiteral("--token-env"), QStringLiteral("MY_SCIM_TOKEN")},
                               withToken(QStringLiteral("MY_SCIM_TOKEN"), server.token));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("ok     line 14: testConnection (1 requests"));
        QCOMPARE(r.out.count("\nok     ") + 1, 11);
    }

    void failuresExitNonZero()
    {
        ServiceConfig config;
        config.badTokenLimit = 1000; // every action fails with a bad token; no lockout (429) in this test
        ScimTestServer server(QStringLiteral("acme"), QStringLiteral("generic"), config);
        const Run r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"), server.baseUrl()},
                               withToken(QStringLiteral("SCIMDESK_TOKEN"), "not-the-token"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAILED line 9: assignGroup OrgAdmins (1 requests"), r.out.constData());
        QVERIFY(r.out.contains(": Unauthorized. Errors reported by remote server: "));
        QVERIFY(!r.out.contains("not-the-token"));
        // Eight actions fail; the other three send nothing because nobody was ever provisioned.
        QCOMPARE(r.out.count("FAILED line "), 8);
        QVERIFY(r.out.contains("FAILED line 17: pushNow development (0 requests"));
    }

    void refusesBadInvocations()
    {
        const QProcessEnvironment env = withToken({}, {});
        Run r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"),
                          QStringLiteral("http://127.0.0.1:1/scim/v2/x")},
                         env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("the environment variable SCIMDESK_TOKEN holding the bearer token is not set"));

        // There is no way to pass the token in argv.
        r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"),
                      QStringLiteral("http://127.0.0.1:1/scim/v2/x"), QStringLiteral("--token"), QStringLiteral("t")},
                     withToken(QStringLiteral("SCIMDESK_TOKEN"), "t"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown option 'token'"));

        r = simulate({QStringLiteral("--scenario"), QStringLiteral(SCIMDESK_TEST_DATA "/scenarios/unknown-person.json"),
                      QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:1/scim/v2/x")},
                     withToken(QStringLiteral("SCIMDESK_TOKEN"), "t"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(),
                 QByteArray("unknown-person.json:15: steps[3].person: no person with login \"bob@x\""));

        r = simulate({QStringLiteral("--scenario"), Seed, QStringLiteral("--target"), QStringLiteral("ftp://x")},
                     withToken(QStringLiteral("SCIMDESK_TOKEN"), "t"));
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulate_cli.moc"
