// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console's simulator session: the org and its engine in a worker thread, actions queued in order with
// progress, cancellation between actions, and bulk people, against the real embedded listener.

#include "simulator/SimulatorSession.h"
#include "support/ScimTestServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace scimdesk;
using namespace scimdesk::sim;
using namespace scimdesk::test;

class TestSimulatorSession : public QObject
{
    Q_OBJECT

private slots:
    void runsQueuedActionsInOrder();
    void cancelsWhatHasNotStarted();
};

namespace {

Scenario seed()
{
    auto parsed = Scenario::load(QStringLiteral(SCIMDESK_SCENARIOS "/deltastream.json"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return *parsed;
}

EngineConfig configFor(ScimTestServer &server)
{
    EngineConfig c;
    c.baseUrl = server.baseUrl();
    c.token = server.token;
    return c;
}

} // namespace

void TestSimulatorSession::runsQueuedActionsInOrder()
{
    ScimTestServer server(QStringLiteral("acme"), QStringLiteral("deltastream"));
    const Scenario s = seed();
    SimulatorSession session;
    QSignalSpy results(&session, &SimulatorSession::actionFinished);
    QSignalSpy done(&session, &SimulatorSession::finished);
    session.reset(s.org, configFor(server));
    session.run(s.steps);
    QVERIFY(session.isBusy());
    QVERIFY(done.wait(30'000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(results.size(), s.steps.size());
    for (int i = 0; i < results.size(); ++i) {
        const auto r = results.at(i).first().value<ActionResult>();
        QCOMPARE(r.step.action, s.steps.at(i).action);
        QVERIFY2(r.ok, qPrintable(r.step.action + QStringLiteral(": ") + r.message));
    }
    // The org copy follows the actions: development was renamed engineering and pushed.
    QVERIFY(session.org().pushedIds.contains(QStringLiteral("engineering")));
    QVERIFY(!session.isBusy());

    // Bulk: 25 new people, each added to the users assignment group (one Okta action each), so provisioned.
    QSignalSpy changed(&session, &SimulatorSession::orgChanged);
    QStringList logins;
    session.edit([&logins](OktaOrg &org) {
        logins = SimulatorSession::addPeople(org, 25, QStringLiteral("bulk"), QStringLiteral("example.test"));
    });
    QVERIFY(changed.wait());
    QCOMPARE(logins.size(), 25);
    QCOMPARE(session.org().people.size(), s.org.people.size() + 25);
    QList<Step> steps;
    for (const QString &login : std::as_const(logins)) {
        Step add;
        add.action = QStringLiteral("addToGroup");
        add.group = QStringLiteral("DeltaStream Users");
        add.person = login;
        steps.append(add);
    }
    done.clear();
    QSignalSpy progress(&session, &SimulatorSession::progress);
    session.run(steps);
    QVERIFY(done.wait(30'000));
    QCOMPARE(progress.last().at(0).toInt(), 25);
    QCOMPARE(progress.last().at(1).toInt(), 25);
    QCOMPARE(server.get(QStringLiteral("/Users?startIndex=1&count=1")).json().value(u"totalResults").toInt(), 3 + 25);
}

void TestSimulatorSession::cancelsWhatHasNotStarted()
{
    ScimTestServer server(QStringLiteral("acme"), QStringLiteral("deltastream"));
    SimulatorSession session;
    const Scenario s = seed();
    session.reset(s.org, configFor(server));
    QList<Step> many;
    Step probe;
    probe.action = QStringLiteral("testConnection");
    for (int i = 0; i < 50; ++i)
        many.append(probe);
    QSignalSpy results(&session, &SimulatorSession::actionFinished);
    QSignalSpy done(&session, &SimulatorSession::finished);
    QSignalSpy progress(&session, &SimulatorSession::progress);
    session.run(many);
    QVERIFY(results.wait(10'000));
    session.cancel();
    // The action under way finishes; nothing queued after it starts.
    QTRY_VERIFY(!session.isBusy());
    QVERIFY(!done.isEmpty());
    QVERIFY(results.size() < 50);
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.first().at(1).toInt(), 50);
}

QTEST_GUILESS_MAIN(TestSimulatorSession)
#include "tst_simulator_session.moc"
