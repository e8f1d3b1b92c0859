// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Export Report dialog, filled in by object name like a user would: the period and date rows follow the
// report type, an export runs on a worker thread with progress and writes the file, Cancel stops a large one
// without leaving a file, bad input is shown in the dialog, and "Open the File" opens what was written.

#include "ReportDialog.h"
#include "service/DirectoryAdmin.h"
#include "store/Database.h"
#include "store/JournalRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace scimdesk;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_start = 0;

    template <typename T>
    static T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    static void choose(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }

private slots:
    void initTestCase();
    void rowsFollowTheReportType();
    void exportsOnAWorkerThread();
    void cancelLeavesNoFile();
    void pdfOnTheWorkerThread();
    void badInputIsShown();
};

void TestReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("console.sqlite"));
    auto db = Database::open(m_database, QStringLiteral("seed"));
    QVERIFY(db.has_value());
    m_start = QDateTime::currentMSecsSinceEpoch() - 3600'000;
    for (const char *name : {"acme", "globex"}) {
        DirectoryAdmin::NewDirectory spec;
        spec.name = QString::fromLatin1(name);
        QVERIFY(DirectoryAdmin(**db).create(spec, m_start).has_value());
    }
    // 200,000 failed requests for globex (a large journal to cancel), three for acme.
    QVERIFY((*db)->begin());
    JournalRepository journal(**db);
    for (int i = 0; i < 200'003; ++i) {
        JournalEntry e;
        e.atMs = m_start + 1000 + i;
        e.directory = i < 3 ? QStringLiteral("acme") : QStringLiteral("globex");
        e.method = QStringLiteral("POST");
        e.path = QStringLiteral("/scim/v2/") + e.directory + QStringLiteral("/Users");
        e.status = 409;
        e.meaning = QStringLiteral("refused (409): userName \"u%1\" is already taken").arg(i);
        QVERIFY(journal.append(e));
    }
    QVERIFY((*db)->commit());
}

void TestReportDialog::rowsFollowTheReportType()
{
    ReportDialog dialog(m_database, {QStringLiteral("acme"), QStringLiteral("globex")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *type = child<QComboBox>(dialog, "typeComboBox");
    QCOMPARE(type->count(), 4);
    choose(type, QStringLiteral("access-review"));
    QVERIFY(child<QDateTimeEdit>(dialog, "atDateTimeEdit")->isVisible());
    QVERIFY(!child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->isVisible());
    QVERIFY(!child<QDateTimeEdit>(dialog, "toDateTimeEdit")->isVisible());
    choose(type, QStringLiteral("changes"));
    QVERIFY(!child<QDateTimeEdit>(dialog, "atDateTimeEdit")->isVisible());
    QVERIFY(child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->isVisible());
    QVERIFY(child<QLabel>(dialog, "toLabel")->isVisible());
    // The suggested file name follows type, directory and format.
    dialog.setDirectory(QStringLiteral("globex"));
    choose(child<QComboBox>(dialog, "formatComboBox"), QStringLiteral("json"));
    const QString suggested = child<QLineEdit>(dialog, "outputLineEdit")->text();
    QVERIFY2(QFileInfo(suggested).fileName().startsWith(QStringLiteral("scimdesk-changes-globex-")),
             qPrintable(suggested));
    QVERIFY(suggested.endsWith(QStringLiteral(".json")));
}

void TestReportDialog::exportsOnAWorkerThread()
{
    ReportDialog dialog(m_database, {QStringLiteral("acme"), QStringLiteral("globex")});
    QList<QUrl> opened;
    dialog.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QComboBox>(dialog, "typeComboBox"), QStringLiteral("errors"));
    child<QComboBox>(dialog, "directoryComboBox")->setCurrentText(QStringLiteral("acme"));
    child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(m_start));
    child<QDateTimeEdit>(dialog, "toDateTimeEdit")->setDateTime(QDateTime::currentDateTime());
    choose(child<QComboBox>(dialog, "formatComboBox"), QStringLiteral("csv"));
    const QString output = m_dir.filePath(QStringLiteral("acme-errors.csv"));
    auto *line = child<QLineEdit>(dialog, "outputLineEdit");
    line->selectAll();
    QTest::keyClicks(line, output);
    child<QCheckBox>(dialog, "openWhenDoneCheckBox")->setChecked(true);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(dialog, "exportPushButton")->isEnabled()); // while it runs
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), output);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 1000);
    QVERIFY2(child<QLabel>(dialog, "statusLabel")->text().endsWith(QStringLiteral("acme-errors.csv (table rows: 1).")),
             qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.value(0).trimmed(), QByteArray("status,cause,count,first,last,example"));
    QVERIFY2(lines.value(1).startsWith("409,"), lines.value(1).constData());
    QVERIFY2(lines.value(1).contains(",3,"), lines.value(1).constData()); // acme's three, none of globex's
    // Opened when written, and again on request.
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(output)});
    QVERIFY(child<QPushButton>(dialog, "openFilePushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "openFilePushButton"), Qt::LeftButton);
    QCOMPARE(opened.size(), 2);

    // The screenshot for review (SCIMDESK_SCREENSHOT_DIR=/tmp).
    if (const QString dir = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("report-dialog.png"))));
}

void TestReportDialog::cancelLeavesNoFile()
{
    ReportDialog dialog(m_database, {QStringLiteral("acme"), QStringLiteral("globex")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QComboBox>(dialog, "typeComboBox"), QStringLiteral("errors"));
    dialog.setDirectory(QStringLiteral("globex"));
    child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(m_start));
    choose(child<QComboBox>(dialog, "formatComboBox"), QStringLiteral("csv"));
    const QString output = m_dir.filePath(QStringLiteral("globex-errors.csv"));
    child<QLineEdit>(dialog, "outputLineEdit")->setText(output);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(child<QPushButton>(dialog, "cancelPushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelPushButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toString(), QString());
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(child<QLabel>(dialog, "messageLabel")->isVisible());
    QVERIFY(!QFile::exists(output));
    QVERIFY(child<QPushButton>(dialog, "exportPushButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "openFilePushButton")->isEnabled());

    // Run again to the end: the 200,000 entries are read in one pass and grouped into one cause.
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
    QCOMPARE(finished.last().at(0).toString(), output);
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(",200000,"));
}

void TestReportDialog::pdfOnTheWorkerThread()
{
    // QTextDocument and QPdfWriter lay the PDF out on the worker, not on the GUI thread.
    ReportDialog dialog(m_database, {QStringLiteral("acme"), QStringLiteral("globex")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QComboBox>(dialog, "typeComboBox"), QStringLiteral("tokens"));
    child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->setDateTime(QDateTime::fromMSecsSinceEpoch(m_start - 60'000));
    choose(child<QComboBox>(dialog, "formatComboBox"), QStringLiteral("pdf"));
    const QString output = m_dir.filePath(QStringLiteral("acme-tokens.pdf"));
    child<QLineEdit>(dialog, "outputLineEdit")->setText(output);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 2000);
}

void TestReportDialog::badInputIsShown()
{
    ReportDialog dialog(m_database, {QStringLiteral("acme")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    choose(child<QComboBox>(dialog, "typeComboBox"), QStringLiteral("changes"));
    child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->setDateTime(QDateTime::currentDateTime().addDays(2));
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("before it starts")), qPrintable(message->text()));
    QVERIFY(!dialog.isRunning());
    QCOMPARE(finished.size(), 0);
    // An unwritable file: the worker's error comes back into the dialog.
    child<QDateTimeEdit>(dialog, "fromDateTimeEdit")->setDateTime(QDateTime::currentDateTime().addDays(-2));
    child<QLineEdit>(dialog, "outputLineEdit")->setText(m_dir.filePath(QStringLiteral("missing/folder/r.pdf")));
    QTest::mouseClick(child<QPushButton>(dialog, "exportPushButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(message->text().contains(QStringLiteral("Cannot write")), qPrintable(message->text()));
}

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
