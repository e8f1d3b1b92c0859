// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Provisioning Log tab over a real SQLite file: the lazily fetched model under QAbstractItemModelTester, and the
// tab driven by object name (filters, the selected row's bodies, the live tail with entries appended through
// another connection, CSV export, empty states). With SCIMDESK_SCREENSHOT_DIR set, it also saves log-tab.png.

#include "ActivityChart.h"
#include "JournalTableModel.h"
#include "ProvisioningLogTab.h"
#include "console/LogWorker.h"
#include "service/DirectoryAdmin.h"
#include "store/Database.h"
#include "store/JournalRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace scimdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int Seeded = 450; // plus the directory's token entry

// Okta-shaped traffic, newest last: reads, creates with bodies, group pushes, and some refusals.
JournalEntry oktaEntry(int i, qint64 atMs)
{
    JournalEntry e;
    e.atMs = atMs;
    e.directory = i % 10 == 9 ? u"globex"_s : u"acme"_s;
    e.client = u"203.0.113.%1"_s.arg(i % 7 + 1);
    e.userAgent = u"Okta SCIM Client 1.0.0"_s;
    e.latencyUs = 300 + (i * 37) % 5000;
    const QString user = u"user%1@example.com"_s.arg(i, 3, 10, QLatin1Char('0'));
    const QString base = u"/scim/v2/"_s + e.directory;
    switch (i % 5) {
    case 0:
        e.method = u"GET"_s;
        e.path = base + u"/Users?filter=userName%20eq%20%22"_s + user + u"%22&startIndex=1&count=100"_s;
        e.status = 200;
        e.meaning = u"searched users where userName eq \"%1\": 0 found"_s.arg(user);
        e.resourceType = u"User"_s;
        e.responseBody =
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]})";
        break;
    case 1:
        e.method = u"POST"_s;
        e.path = base + u"/Users"_s;
        e.status = 201;
        e.meaning = u"created user "_s + user;
        e.resourceType = u"User"_s;
        e.requestBody = (u"{\"userName\":\""_s + user + u"\",\"active\":true,\"password\":\"[redacted]\"}"_s).toUtf8();
        e.responseBody = (u"{\"id\":\"id-%1\",\"userName\":\""_s.arg(i) + user + u"\",\"active\":true}"_s).toUtf8();
        break;
    case 2:
        e.method = u"PATCH"_s;
        e.path = base + u"/Groups/g-%1"_s.arg(i % 3);
        e.status = 200;
        e.meaning = u"added 3 members to group Engineering"_s;
        e.resourceType = u"Group"_s;
        e.requestBody = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]})";
        break;
    case 3:
        e.method = u"POST"_s;
        e.path = base + u"/Users"_s;
        e.status = 409;
        e.meaning = u"refused duplicate user "_s + user;
        e.resourceType = u"User"_s;
        break;
    default:
        e.method = u"GET"_s;
        e.path = base + u"/Users/unknown-%1"_s.arg(i);
        e.status = i % 2 ? 404 : 500;
        e.meaning = u"looked for an unknown user id"_s;
        e.resourceType = u"User"_s;
        break;
    }
    return e;
}

bool appendThroughAnotherConnection(const QString &path, const QList<JournalEntry> &entries)
{
    auto db = Database::open(path, u"tst-log-tab-writer"_s);
    if (!db)
        return false;
    JournalRepository repo(**db);
    if (!(*db)->begin())
        return false;
    for (const JournalEntry &e : entries) {
        if (!repo.append(e))
            return false;
    }
    return (*db)->commit();
}

QString seededDatabase(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(u"log.sqlite"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto db = Database::open(path, u"tst-log-tab-seed"_s);
        if (!db)
            return {};
        DirectoryAdmin::NewDirectory spec;
        spec.name = u"acme"_s;
        if (!DirectoryAdmin(**db).create(spec, now - 3 * 3600 * 1000))
            return {};
    }
    QList<JournalEntry> entries;
    for (int i = 0; i < rows; ++i)
        entries.append(oktaEntry(i, now - qint64(rows - i) * 20'000));
    return appendThroughAnotherConnection(path, entries) ? path : QString();
}

template <typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1StringView(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

// Grabs `widget`; saves it as `name` under SCIMDESK_SCREENSHOT_DIR when that is set.
void saveShot(QWidget &widget, const QString &name)
{
    const QPixmap shot = widget.grab();
    QCOMPARE(shot.size(), widget.size() * shot.devicePixelRatio());
    if (const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(shot.save(QDir(shots).filePath(name)));
    }
}

// Selects a row and renders the tab in the palette it has and in a dark one, checking that the status colours and
// the chart follow; saves log-tab.png and log-tab-dark.png when SCIMDESK_SCREENSHOT_DIR is set.
void renderLightAndDark(ProvisioningLogTab &tab)
{
    auto *table = child<QTableView>(tab, "journalTableView");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(3, 0)).center());
    QTRY_VERIFY(!child<QPlainTextEdit>(tab, "requestBodyPlainTextEdit")->toPlainText().isEmpty());
    auto save = [&tab](const QString &name) { saveShot(tab, name); };
    save(u"log-tab.png"_s);

    // A dark palette: the status colours change with it, to tones readable on a dark base.
    const QModelIndex serverError = table->model()->index(5, JournalTableModel::Status);
    QCOMPARE(serverError.data().toInt(), 500);
    const QColor light = serverError.data(Qt::ForegroundRole).value<QColor>();
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([original] { QApplication::setPalette(original); });
    QPalette dark;
    for (const auto &[role, colour] :
         {std::pair{QPalette::Window, QColor(0x2b, 0x2b, 0x2b)}, std::pair{QPalette::Base, QColor(0x1e, 0x1e, 0x1e)},
          std::pair{QPalette::AlternateBase, QColor(0x26, 0x26, 0x26)},
          std::pair{QPalette::Button, QColor(0x35, 0x35, 0x35)}, std::pair{QPalette::Mid, QColor(0x55, 0x55, 0x55)},
          std::pair{QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0)}, std::pair{QPalette::WindowText, QColor(Qt::white)},
          std::pair{QPalette::Text, QColor(Qt::white)}, std::pair{QPalette::ButtonText, QColor(Qt::white)},
          std::pair{QPalette::HighlightedText, QColor(Qt::white)},
          std::pair{QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90)}})
        dark.setColor(role, colour);
    QApplication::setPalette(dark);
    const QColor onDark = serverError.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(onDark != light);
    QVERIFY(onDark.lightness() > light.lightness());
    QTRY_COMPARE(tab.palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e)); // propagated to the widgets
    QCOMPARE(child<ActivityChart>(tab, "activityChartView")->chart()->backgroundBrush().color(),
             QColor(0x1e, 0x1e, 0x1e)); // the chart follows
    save(u"log-tab-dark.png"_s);
}

} // namespace

class TestLogTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelFetchesPagesUnderTheTester()
    {
        QTemporaryDir dir;
        const QString path = seededDatabase(dir, Seeded);
        QVERIFY(!path.isEmpty());
        LogWorkerThread thread(path);
        LogWorker *worker = thread.worker();
        {
            JournalTableModel model(worker);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy firstPage(&model, &JournalTableModel::firstPageLoaded);
            model.setFilter({});
            QVERIFY(firstPage.wait());
            QCOMPARE(model.rowCount(), JournalTableModel::PageSize);
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
            QVERIFY(model.isLoading());
            QVERIFY(!model.canFetchMore({})); // one request at a time
            QTRY_COMPARE(model.rowCount(), 2 * JournalTableModel::PageSize);
            model.fetchMore({});
            QTRY_COMPARE(model.rowCount(), Seeded + 1);
            QTRY_VERIFY(!model.isLoading());
            QVERIFY(!model.canFetchMore({}));
            // Newest first across page boundaries, no entry twice.
            for (int row = 1; row < model.rowCount(); ++row)
                QVERIFY(model.entryAt(row - 1).seq > model.entryAt(row).seq);
            QCOMPARE(model.index(0, JournalTableModel::Status).data().toInt(), 404); // i = 449: an unknown id
            QVERIFY(model.index(0, JournalTableModel::Status).data(Qt::ForegroundRole).value<QColor>().isValid());
            QCOMPARE(model.headerData(JournalTableModel::Meaning, Qt::Horizontal).toString(), u"Meaning"_s);

            // The live tail inserts at the top.
            model.setLiveTail(true);
            QSignalSpy prepended(&model, &JournalTableModel::rowsPrepended);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(appendThroughAnotherConnection(path, {oktaEntry(1000, now), oktaEntry(1001, now + 1)}));
            QTRY_COMPARE(model.rowCount(), Seeded + 3);
            QCOMPARE(model.entryAt(0).meaning, u"created user user1001@example.com"_s);
            QCOMPARE(model.entryAt(1).meaning, u"searched users where userName eq \"user1000@example.com\": 0 found"_s);

            // A filter resets and fetches its own first page; pages of a superseded filter are dropped.
            LogFilter errors;
            errors.statusClass = StatusClass::ServerError;
            model.setFilter(errors);
            QCOMPARE(model.rowCount(), 0);
            QTRY_COMPARE(model.rowCount(), Seeded / 10);
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.entryAt(row).status, 500);
        }
    }

    void tabFiltersSelectsTailsAndExports()
    {
        QTemporaryDir dir;
        const QString path = seededDatabase(dir, Seeded);
        QVERIFY(!path.isEmpty());
        ProvisioningLogTab tab(path);
        tab.resize(1200, 760);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = child<QTableView>(tab, "journalTableView");
        auto *count = child<QLabel>(tab, "countLabel");
        QTRY_COMPARE(table->model()->rowCount(), JournalTableModel::PageSize);
        QTRY_COMPARE(count->text(), u"451 requests"_s);
        auto *chart = child<ActivityChart>(tab, "activityChartView");
        QTRY_COMPARE(chart->totalRequests(), Seeded + 1);
        QCOMPARE(chart->totalErrors(), Seeded / 5 * 2); // the 409s, 404s and 500s
        renderLightAndDark(tab);
        if (QTest::currentTestFailed())
            return;

        // Text filter, typed: applied after the pause.
        auto *search = child<QLineEdit>(tab, "searchLineEdit");
        QTest::keyClicks(search, u"user005@"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::Meaning).data().toString(),
                 u"searched users where userName eq \"user005@example.com\": 0 found"_s);
        QTRY_COMPARE(count->text(), u"1 request"_s);
        search->clear();

        // An exact status typed into the status box, then a bad one.
        auto *status = child<QComboBox>(tab, "statusComboBox");
        status->setCurrentText(u"409"_s);
        QTRY_COMPARE(count->text(), u"90 requests"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, JournalTableModel::Status).data().toInt(), 409);
        auto *message = child<QLabel>(tab, "messageLabel");
        status->setCurrentText(u"4O9"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"100 to 599"), qPrintable(message->text()));
        QCOMPARE(count->text(), u"90 requests"_s); // the table keeps the last good filter
        status->setCurrentIndex(0);
        QTRY_VERIFY(!message->isVisible());

        // Method and user filters together.
        child<QComboBox>(tab, "methodComboBox")->setCurrentText(u"POST"_s);
        QTest::keyClicks(child<QLineEdit>(tab, "userLineEdit"), u"user011"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::Meaning).data().toString(),
                 u"created user user011@example.com"_s);

        // The selected row's bodies, pretty-printed.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        auto *request = child<QPlainTextEdit>(tab, "requestBodyPlainTextEdit");
        auto *response = child<QPlainTextEdit>(tab, "responseBodyPlainTextEdit");
        QTRY_VERIFY(request->toPlainText().contains(u"\n    \"userName\": \"user011@example.com\""_s));
        QVERIFY(request->toPlainText().contains(u"\"password\": \"[redacted]\""_s));
        QVERIFY(response->toPlainText().contains(u"\"id\": \"id-11\""_s));
        QVERIFY(request->isReadOnly() && response->isReadOnly());

        // Nothing matches: the empty state says so.
        QTest::keyClicks(child<QLineEdit>(tab, "groupLineEdit"), u"no-such-group"_s);
        auto *empty = child<QLabel>(tab, "emptyStateLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No requests match these filters."_s);
        QVERIFY(request->toPlainText().isEmpty()); // the selection went with the rows
        child<QLineEdit>(tab, "groupLineEdit")->clear();
        child<QLineEdit>(tab, "userLineEdit")->clear();
        child<QComboBox>(tab, "methodComboBox")->setCurrentIndex(0);
        QTRY_COMPARE(count->text(), u"451 requests"_s);

        // The live tail: entries appended through another connection appear at the top.
        child<QCheckBox>(tab, "liveTailCheckBox")->click();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(appendThroughAnotherConnection(path, {oktaEntry(2001, now), oktaEntry(2002, now + 1)}));
        QTRY_COMPARE(table->model()->index(0, JournalTableModel::Meaning).data().toString(),
                     u"added 3 members to group Engineering"_s);
        QCOMPARE(table->model()->index(1, JournalTableModel::Meaning).data().toString(),
                 u"created user user2001@example.com"_s);
        QTRY_COMPARE(count->text(), u"453 requests"_s);
        child<QCheckBox>(tab, "liveTailCheckBox")->click();

        // A custom time range: a backwards one is refused inline, one before every entry is empty.
        auto *range = child<QComboBox>(tab, "timeRangeComboBox");
        auto *from = child<QDateTimeEdit>(tab, "fromDateTimeEdit");
        auto *to = child<QDateTimeEdit>(tab, "toDateTimeEdit");
        QVERIFY(!from->isVisible());
        range->setCurrentIndex(range->count() - 1);
        QVERIFY(from->isVisible() && to->isVisible());
        const QDateTime today = QDateTime::currentDateTime();
        from->setDateTime(today.addDays(1));
        to->setDateTime(today.addDays(-1));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"time range is empty"), qPrintable(message->text()));
        from->setDateTime(today.addDays(-3));
        to->setDateTime(today.addDays(-2));
        QTRY_COMPARE(count->text(), u"0 requests"_s);
        QVERIFY(!message->isVisible());
        QTRY_COMPARE(child<QLabel>(tab, "emptyStateLabel")->text(), u"No requests match these filters."_s);
        to->setDateTime(today.addDays(1));
        QTRY_COMPARE(count->text(), u"453 requests"_s);
        range->setCurrentIndex(0);

        // One directory.
        tab.setDirectory(u"globex"_s);
        QTRY_COMPARE(count->text(), u"45 requests"_s);
        QCOMPARE(table->model()->index(0, JournalTableModel::Directory).data().toString(), u"globex"_s);

        // Export of the filtered rows through the button, the file chooser replaced.
        const QString csvPath = dir.filePath(u"export.csv"_s);
        tab.setExportFileChooser([csvPath] { return csvPath; });
        QSignalSpy exported(&tab, &ProvisioningLogTab::exportFinished);
        QTest::mouseClick(child<QPushButton>(tab, "exportCsvPushButton"), Qt::LeftButton);
        QVERIFY(exported.wait());
        QCOMPARE(exported.first().at(1).toLongLong(), 45);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 45 + 1); // header, rows, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 QByteArray("seq,time,directory,client,user_agent,method,path,status,latency_ms,meaning\r"));
        QCOMPARE(lines.at(1).split(',').at(2), QByteArray("globex"));
        QCOMPARE(lines.at(1).split(',').at(5), QByteArray("GET"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"Exported 45 requests"_s));
        QVERIFY(child<QPushButton>(tab, "exportCsvPushButton")->isEnabled());

        // A bad export target is an inline error, not a crash or a silent nothing.
        tab.exportCsv(dir.filePath(u"no-such-folder/export.csv"_s));
        QTRY_VERIFY(message->text().contains(u"could not be written"_s));
    }

    void emptyJournalSaysWhereRequestsWillAppear()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        QVERIFY(Database::open(path, u"tst-log-tab-empty"_s).has_value());
        ProvisioningLogTab tab(path);
        tab.resize(900, 600);
        tab.show();
        auto *empty = child<QLabel>(tab, "emptyStateLabel");
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No requests yet — Okta's first request will appear here."_s);
        QTRY_COMPARE(child<QLabel>(tab, "countLabel")->text(), u"0 requests"_s);
        saveShot(tab, u"log-tab-empty.png"_s);
        tab.setDirectory(u"acme"_s);
        QTRY_COMPARE(empty->text(), u"No requests to acme yet — Okta's first request will appear here."_s);
        // The first request arrives while the live tail is on: the table replaces the empty state.
        child<QCheckBox>(tab, "liveTailCheckBox")->click();
        QVERIFY(appendThroughAnotherConnection(path, {oktaEntry(1, QDateTime::currentMSecsSinceEpoch())}));
        auto *table = child<QTableView>(tab, "journalTableView");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestLogTab)
#include "tst_log_tab.moc"
