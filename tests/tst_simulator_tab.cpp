// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Simulator tab against a real listener, database and keychain, driven by object name: a scenario's actions
// and their requests, bulk people with progress and cancel, a rename, and a token pasted when the keychain has none.
// With SCIMDESK_SCREENSHOT_DIR set, it saves the tab as simulator-tab.png.

#include "SimulatorTab.h"
#include "secrets/SecretStore.h"
#include "simulator/Scenario.h"
#include "support/ScimTestServer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace scimdesk;
using namespace scimdesk::test;

class TestSimulatorTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarioActionsAndTheirRequests();
    void generatesPeopleIntoAGroup();
    void cancelsABulkRun();
    void pastedTokenWhenTheKeychainHasNone();
};

namespace {

const QString ScenarioPath = QStringLiteral(SCIMDESK_SCENARIOS "/deltastream.json");

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

// A listener with the directory "acme" (DeltaStream), its token in the keychain, and the tab pointed at it.
struct Fixture
{
    ScimTestServer server{QStringLiteral("acme"), QStringLiteral("deltastream")};
    std::unique_ptr<ConsoleBackend> backend;
    std::unique_ptr<SimulatorTab> tab;

    Fixture()
    {
        const auto stored = SecretStore().writeNow(SecretStore::tokenKey(QStringLiteral("acme")), server.token);
        if (!stored)
            qFatal("cannot store the test token: %s", qPrintable(stored.error().message));
        backend = std::make_unique<ConsoleBackend>(server.databasePath());
        tab = std::make_unique<SimulatorTab>(*backend);
        tab->resize(1280, 900);
        tab->show();
    }

    // Points the tab at the directory; the console's own listener is off, so the base URL is entered by hand.
    bool connect()
    {
        tab->setDirectory(QStringLiteral("acme"));
        auto *status = child<QLabel>(*tab, "simTokenStatusLabel");
        if (!QTest::qWaitFor([&] { return status->text().contains(QStringLiteral("from the keychain")); }, 10'000))
            return false;
        auto *url = child<QLineEdit>(*tab, "simBaseUrlLineEdit");
        url->setText(server.baseUrl());
        QTest::keyClick(url, Qt::Key_Return);
        return true;
    }

    QAbstractItemModel *activity() { return child<QTableView>(*tab, "simActivityView")->model(); }

    // Waits until the activity lists `count` actions, and says which failed.
    QString waitForActivity(int count, int timeoutMs = 60'000)
    {
        if (!QTest::qWaitFor([&] { return activity()->rowCount() >= count && !tab->session().isBusy(); }, timeoutMs))
            return QStringLiteral("only %1 of %2 actions finished").arg(activity()->rowCount()).arg(count);
        QStringList failed;
        for (int row = 0; row < activity()->rowCount(); ++row) {
            if (activity()->index(row, 2).data().toString() != QLatin1StringView("ok"))
                failed << activity()->index(row, 1).data().toString() + QStringLiteral(": ") +
                              activity()->index(row, 5).data().toString();
        }
        return failed.join(u'\n');
    }

    int usersOnServer()
    {
        return server.get(QStringLiteral("/Users?startIndex=1&count=1")).json()[u"totalResults"].toInt();
    }

    void selectRow(const char *view, int column, const QString &text)
    {
        auto *v = child<QTableView>(*tab, view);
        // The tables follow the org's copy, which arrives just after each action's result: wait for the row.
        QModelIndex found;
        const bool appeared = QTest::qWaitFor(
            [&] {
                for (int row = 0; row < v->model()->rowCount(); ++row) {
                    if (v->model()->index(row, column).data().toString() == text) {
                        found = v->model()->index(row, column);
                        return true;
                    }
                }
                return false;
            },
            5000);
        if (!appeared)
            qFatal("no row %s in %s", qPrintable(text), view);
        v->setCurrentIndex(found);
    }

    void screenshot(const QString &name)
    {
        const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QTest::qWait(100);
        if (!tab->grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))))
            qWarning("cannot save the screenshot %s", qPrintable(name));
    }
};

int scenarioSteps()
{
    const auto s = sim::Scenario::load(ScenarioPath);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return int(s->steps.size());
}

} // namespace

void TestSimulatorTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSimulatorTab::scenarioActionsAndTheirRequests()
{
    Fixture f;
    QVERIFY(f.connect());
    QAbstractItemModelTester activityTester(f.activity(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester peopleTester(child<QTableView>(*f.tab, "simPeopleView")->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupsTester(child<QTableView>(*f.tab, "simGroupsView")->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    f.tab->loadScenario(ScenarioPath);
    const int steps = scenarioSteps();
    const QString failed = f.waitForActivity(steps);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(f.activity()->rowCount(), steps);
    QTRY_VERIFY(child<QLabel>(*f.tab, "simActivitySummaryLabel")->text().contains(QStringLiteral("0 failed")));

    // The users arrived in the directory (linus was deactivated and reactivated).
    QCOMPARE(f.usersOnServer(), 3);
    const auto ada = f.server.get(QStringLiteral("/Users?filter=userName%20eq%20%22ada%40deltastream.test%22"));
    QCOMPARE(ada.json()[u"totalResults"].toInt(), 1);
    auto *people = child<QTableView>(*f.tab, "simPeopleView");
    QTRY_COMPARE(people->model()->rowCount(), 4);

    // The connection test's requests, with the token redacted.
    f.selectRow("simActivityView", 1, QStringLiteral("Test connection"));
    auto *requests = child<QTableWidget>(*f.tab, "simRequestsView");
    QVERIFY(requests->rowCount() >= 1);
    QCOMPARE(requests->item(0, 0)->text(), QStringLiteral("GET /Users?startIndex=1&count=2"));
    QCOMPARE(requests->item(0, 1)->text(), QStringLiteral("200"));
    const QString sent = child<QPlainTextEdit>(*f.tab, "simRequestBodyText")->toPlainText();
    QVERIFY2(sent.contains(QStringLiteral("Authorization")), qPrintable(sent));
    QVERIFY(!sent.contains(QString::fromLatin1(f.server.token)));
    QVERIFY(child<QPlainTextEdit>(*f.tab, "simResponseBodyText")
                ->toPlainText()
                .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")));

    // Rename the pushed group: Okta sends the new name to the app.
    child<QTabWidget>(*f.tab, "simPagesTabWidget")->setCurrentIndex(1);
    f.selectRow("simGroupsView", 0, QStringLiteral("engineering"));
    auto *name = child<QLineEdit>(*f.tab, "simGroupNameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("engineering"));
    name->setText(QStringLiteral("platform"));
    QTest::mouseClick(child<QPushButton>(*f.tab, "simRenameGroupButton"), Qt::LeftButton);
    const QString renameFailed = f.waitForActivity(steps + 1);
    QVERIFY2(renameFailed.isEmpty(), qPrintable(renameFailed));
    QTRY_VERIFY(f.tab->session().org().pushedIds.contains(QStringLiteral("platform")));
    const QString id = f.tab->session().org().pushedIds.value(QStringLiteral("platform"));
    QCOMPARE(f.server.get(QStringLiteral("/Groups/") + id).json()[u"displayName"].toString(),
             QStringLiteral("platform"));
    QTRY_COMPARE(child<QTableView>(*f.tab, "simGroupsView")->currentIndex().data().toString(),
                 QStringLiteral("platform"));

    f.selectRow("simActivityView", 1, QStringLiteral("Rename group engineering to platform"));
    QVERIFY(requests->rowCount() >= 1);
    QVERIFY2(requests->item(0, 0)->text().startsWith(QStringLiteral("PATCH /Groups/")),
             qPrintable(requests->item(0, 0)->text()));
    f.screenshot(QStringLiteral("simulator-tab-groups"));
    child<QTabWidget>(*f.tab, "simPagesTabWidget")->setCurrentIndex(0);
    f.selectRow("simActivityView", 1, QStringLiteral("Test connection"));
    f.screenshot(QStringLiteral("simulator-tab"));
}

void TestSimulatorTab::generatesPeopleIntoAGroup()
{
    Fixture f;
    QVERIFY(f.connect());
    f.tab->loadScenario(ScenarioPath);
    const int steps = scenarioSteps();
    QVERIFY(f.waitForActivity(steps).isEmpty());

    auto *group = child<QComboBox>(*f.tab, "simGenerateGroupComboBox");
    const int users = group->findData(QStringLiteral("DeltaStream Users"));
    QVERIFY(users > 0);
    group->setCurrentIndex(users);
    emit group->activated(users);
    child<QSpinBox>(*f.tab, "simGenerateCountSpinBox")->setValue(20);
    QTest::mouseClick(child<QPushButton>(*f.tab, "simGenerateButton"), Qt::LeftButton);

    auto *progress = child<QProgressBar>(*f.tab, "simProgressBar");
    const QString failed = f.waitForActivity(steps + 20);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_COMPARE(progress->maximum(), 20);
    QTRY_COMPARE(progress->value(), 20);
    QVERIFY(!child<QPushButton>(*f.tab, "simCancelButton")->isEnabled());
    QCOMPARE(f.usersOnServer(), 3 + 20);
    QTRY_COMPARE(child<QTableView>(*f.tab, "simPeopleView")->model()->rowCount(), 4 + 20);
    f.screenshot(QStringLiteral("simulator-tab-people"));
}

void TestSimulatorTab::cancelsABulkRun()
{
    Fixture f;
    QVERIFY(f.connect());
    f.tab->loadScenario(ScenarioPath);
    QVERIFY(f.waitForActivity(scenarioSteps()).isEmpty());

    auto *group = child<QComboBox>(*f.tab, "simGenerateGroupComboBox");
    group->setCurrentIndex(group->findData(QStringLiteral("DeltaStream Users")));
    child<QSpinBox>(*f.tab, "simGenerateCountSpinBox")->setValue(400);
    QTest::mouseClick(child<QPushButton>(*f.tab, "simGenerateButton"), Qt::LeftButton);
    auto *progress = child<QProgressBar>(*f.tab, "simProgressBar");
    auto *cancel = child<QPushButton>(*f.tab, "simCancelButton");
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2 && progress->maximum() == 400, 30'000);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!f.tab->session().isBusy());
    QTRY_VERIFY(progress->format().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(progress->maximum(), 400);
    QVERIFY(progress->value() < 400);
    // Nothing is sent after the cancel: what the directory holds stays as it is.
    const int users = f.usersOnServer();
    QVERIFY(users < 3 + 400);
    QTest::qWait(300);
    QCOMPARE(f.usersOnServer(), users);
    QCOMPARE(users, 3 + progress->value());
}

void TestSimulatorTab::pastedTokenWhenTheKeychainHasNone()
{
    Fixture f;
    const QByteArray token = f.server.addDirectory(QStringLiteral("beta"));
    f.tab->setDirectory(QStringLiteral("beta"));
    auto *status = child<QLabel>(*f.tab, "simTokenStatusLabel");
    auto *paste = child<QLineEdit>(*f.tab, "simTokenLineEdit");
    QTRY_VERIFY_WITH_TIMEOUT(paste->isVisible(), 10'000);
    QVERIFY2(status->text().contains(QStringLiteral("keychain has no token")), qPrintable(status->text()));
    auto *url = child<QLineEdit>(*f.tab, "simBaseUrlLineEdit");
    url->setText(f.server.baseUrl(QStringLiteral("beta")));
    QTest::keyClick(url, Qt::Key_Return);
    paste->setText(QString::fromLatin1(token));
    QTest::mouseClick(child<QPushButton>(*f.tab, "simUseTokenButton"), Qt::LeftButton);
    QVERIFY(!paste->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("pasted")));
    QTest::mouseClick(child<QPushButton>(*f.tab, "simTestConnectionButton"), Qt::LeftButton);
    const QString failed = f.waitForActivity(1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

QTEST_MAIN(TestSimulatorTab)
#include "tst_simulator_tab.moc"
