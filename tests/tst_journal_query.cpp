// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Provisioning Log's journal queries against a real SQLite file with known entries: every filter, keyset
// paging boundaries, the live tail, one entry's bodies, activity buckets and the CSV export; and the LogWorker on
// its own thread answering with signals.

#include "console/JournalQuery.h"
#include "console/LogWorker.h"
#include "service/DirectoryAdmin.h"
#include "service/ResourceCodec.h"
#include "store/Database.h"
#include "store/JournalRepository.h"
#include "store/ResourceRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace scimdesk;
using namespace Qt::StringLiterals;

namespace {

// 2026-01-01T00:00:00Z
constexpr qint64 T0 = 1767225600000;
constexpr qint64 Minute = 60'000;

QList<qint64> seqsOf(const QList<JournalEntry> &entries)
{
    QList<qint64> seqs;
    for (const JournalEntry &e : entries)
        seqs.append(e.seq);
    return seqs;
}

} // namespace

class TestJournalQuery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_seq; // label → seq

    qint64 add(const QString &label, JournalEntry e)
    {
        JournalRepository repo(*m_db);
        if (!m_db->begin() || !repo.append(e) || !m_db->commit())
            qFatal("append failed: %s", qPrintable(m_db->lastErrorText()));
        const qint64 seq = *JournalQuery(*m_db).maxSeq();
        m_seq.insert(label, seq);
        return seq;
    }

    static JournalEntry entry(qint64 atMs, const QString &directory, const QString &method, const QString &path,
                              int status, const QString &meaning, const QString &resourceType = {},
                              const QString &resourceId = {}, const QString &client = QStringLiteral("10.0.0.1"))
    {
        JournalEntry e;
        e.atMs = atMs;
        e.directory = directory;
        e.client = client;
        e.userAgent = QStringLiteral("Okta SCIM Client 1.0.0");
        e.method = method;
        e.path = path;
        e.status = status;
        e.latencyUs = 1500;
        e.meaning = meaning;
        e.resourceType = resourceType;
        e.resourceId = resourceId;
        return e;
    }

    QList<qint64> seqs(std::initializer_list<const char *> labels) const
    {
        QList<qint64> result;
        for (const char *label : labels)
            result.append(m_seq.value(QLatin1StringView(label)));
        return result;
    }

    QList<qint64> query(const LogFilter &f)
    {
        const auto page = JournalQuery(*m_db).page(f, 0, 1000);
        if (!page)
            qWarning() << page.error();
        return page ? seqsOf(*page) : QList<qint64>{-1};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("journal.sqlite"));
        auto db = Database::open(m_path, QStringLiteral("tst-journal-query"));
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error()));
        m_db = std::move(*db);
        DirectoryAdmin::NewDirectory spec;
        spec.name = QStringLiteral("acme");
        auto acme = DirectoryAdmin(*m_db).create(spec, T0 - 10 * Minute);
        QVERIFY2(acme.has_value(), qPrintable(acme ? QString() : acme.error())); // the message is evaluated either way
        // Creating the directory journaled its token: the first entry.
        m_seq.insert(u"directory"_s, *JournalQuery(*m_db).maxSeq());
        // The user and group whose names only the resource knows (a PATCH's meaning may not name them).
        for (const auto &[kind, id, name] : {std::tuple{ResourceKind::User, u"u-1"_s, u"Alice@Example.com"_s},
                                             std::tuple{ResourceKind::Group, u"g-1"_s, u"Developers"_s}}) {
            StoredResource r;
            r.directoryId = acme->directory.id;
            r.id = id;
            r.name = name;
            r.nameKey = ResourceRepository::nameKey(name);
            const QString nameAttribute = kind == ResourceKind::User ? u"userName"_s : u"displayName"_s;
            r.setDoc(ResourceCodec::parse(kind, QJsonObject{{nameAttribute, name}})->doc);
            QVERIFY(ResourceRepository(*m_db).insert(kind, r));
        }

        const QString acmeUsers = QStringLiteral("/scim/v2/acme/Users");
        add(QStringLiteral("list"), entry(T0, QStringLiteral("acme"), QStringLiteral("GET"),
                                          acmeUsers + QStringLiteral("?startIndex=1&count=2"), 200,
                                          QStringLiteral("listed users 1–0 of 0"), QStringLiteral("User")));
        JournalEntry create =
            entry(T0 + Minute, QStringLiteral("acme"), QStringLiteral("POST"), acmeUsers, 201,
                  QStringLiteral("created user Alice@Example.com"), QStringLiteral("User"), QStringLiteral("u-1"));
        create.requestBody = R"({"userName":"Alice@Example.com","password":"[redacted]"})";
        create.responseBody = R"({"id":"u-1","userName":"Alice@Example.com"})";
        add(QStringLiteral("create"), create);
        add(QStringLiteral("patch-user"),
            entry(T0 + 2 * Minute, QStringLiteral("acme"), QStringLiteral("PATCH"), acmeUsers + QStringLiteral("/u-1"),
                  200, QStringLiteral("updated title"), QStringLiteral("User"), QStringLiteral("u-1")));
        add(QStringLiteral("create-group"),
            entry(T0 + 3 * Minute, QStringLiteral("acme"), QStringLiteral("POST"),
                  QStringLiteral("/scim/v2/acme/Groups"), 201, QStringLiteral("created group Developers"),
                  QStringLiteral("Group"), QStringLiteral("g-1")));
        add(QStringLiteral("patch-group"),
            entry(T0 + 4 * Minute, QStringLiteral("acme"), QStringLiteral("PATCH"),
                  QStringLiteral("/scim/v2/acme/Groups/g-1"), 200, QStringLiteral("added 1 member"),
                  QStringLiteral("Group"), QStringLiteral("g-1")));
        add(QStringLiteral("unknown"),
            entry(T0 + 5 * Minute, QStringLiteral("globex"), QStringLiteral("GET"),
                  QStringLiteral("/scim/v2/globex/Users/x"), 404, QStringLiteral("looked for an unknown user id"),
                  QStringLiteral("User"), QStringLiteral("x"), QStringLiteral("10.0.0.2")));
        add(QStringLiteral("duplicate"), entry(T0 + 6 * Minute, QStringLiteral("globex"), QStringLiteral("POST"),
                                               QStringLiteral("/scim/v2/globex/Users"), 409,
                                               QStringLiteral("refused duplicate user bob@example.com"),
                                               QStringLiteral("User"), {}, QStringLiteral("10.0.0.2")));
        add(QStringLiteral("groups-501"),
            entry(T0 + 7 * Minute, QStringLiteral("globex"), QStringLiteral("GET"),
                  QStringLiteral("/scim/v2/globex/Groups"), 501, QStringLiteral("refused (501): groups are off"),
                  QStringLiteral("Group"), {}, QStringLiteral("10.0.0.2")));
        add(QStringLiteral("token"), entry(T0 + 120 * Minute, QStringLiteral("acme"), QStringLiteral("TOKEN"), {}, 200,
                                           QStringLiteral("rotated the bearer token"), QStringLiteral("Token")));
        JournalEntry odd = entry(T0 + 121 * Minute, QStringLiteral("acme"), QStringLiteral("GET"),
                                 QStringLiteral("/scim/v2/acme/ServiceProviderConfig"), 200,
                                 QStringLiteral("said \"hi\", then 50% left\nand more"), QStringLiteral("Config"), {},
                                 QStringLiteral("=cmd|' /C calc'!A0"));
        add(QStringLiteral("odd"), odd);
    }

    void withoutFilterEverythingNewestFirst()
    {
        QCOMPARE(query({}), seqs({"odd", "token", "groups-501", "duplicate", "unknown", "patch-group", "create-group",
                                  "patch-user", "create", "list", "directory"}));
        QCOMPARE(*JournalQuery(*m_db).count({}), 11);
        QVERIFY(LogFilter{}.isEmpty());
    }

    void eachFilter_data()
    {
        QTest::addColumn<LogFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        auto f = [](auto change) {
            LogFilter filter;
            change(filter);
            return filter;
        };
        QTest::newRow("time range") << f([](LogFilter &x) {
            x.fromMs = T0 + Minute;
            x.toMs = T0 + 4 * Minute;
        }) << QStringList{u"create-group"_s, u"patch-user"_s, u"create"_s};
        QTest::newRow("success") << f([](LogFilter &x) { x.statusClass = StatusClass::Success; })
                                 << QStringList{u"odd"_s,        u"token"_s,  u"patch-group"_s, u"create-group"_s,
                                                u"patch-user"_s, u"create"_s, u"list"_s,        u"directory"_s};
        QTest::newRow("client errors") << f([](LogFilter &x) { x.statusClass = StatusClass::ClientError; })
                                       << QStringList{u"duplicate"_s, u"unknown"_s};
        QTest::newRow("server errors") << f([](LogFilter &x) { x.statusClass = StatusClass::ServerError; })
                                       << QStringList{u"groups-501"_s};
        QTest::newRow("all errors") << f([](LogFilter &x) { x.statusClass = StatusClass::Error; })
                                    << QStringList{u"groups-501"_s, u"duplicate"_s, u"unknown"_s};
        QTest::newRow("exact status wins over the class") << f([](LogFilter &x) {
            x.statusClass = StatusClass::Success;
            x.status = 409;
        }) << QStringList{u"duplicate"_s};
        QTest::newRow("method, any case")
            << f([](LogFilter &x) { x.method = u"patch"_s; }) << QStringList{u"patch-group"_s, u"patch-user"_s};
        QTest::newRow("directory") << f([](LogFilter &x) { x.directory = u"globex"_s; })
                                   << QStringList{u"groups-501"_s, u"duplicate"_s, u"unknown"_s};
        QTest::newRow("text in meaning or path")
            << f([](LogFilter &x) { x.text = u"ALICE"_s; }) << QStringList{u"create"_s};
        QTest::newRow("text in path") << f([](LogFilter &x) { x.text = u"groups/g-1"_s; })
                                      << QStringList{u"patch-group"_s};
        QTest::newRow("text in client") << f([](LogFilter &x) { x.text = u"10.0.0.2"_s; })
                                        << QStringList{u"groups-501"_s, u"duplicate"_s, u"unknown"_s};
        QTest::newRow("wildcards are literal") << f([](LogFilter &x) { x.text = u"%"_s; }) << QStringList{u"odd"_s};
        QTest::newRow("underscore is literal") << f([](LogFilter &x) { x.text = u"_"_s; }) << QStringList{};
        QTest::newRow("user by meaning or resource")
            << f([](LogFilter &x) { x.user = u"alice@"_s; }) << QStringList{u"patch-user"_s, u"create"_s};
        QTest::newRow("user named only in the meaning")
            << f([](LogFilter &x) { x.user = u"bob"_s; }) << QStringList{u"duplicate"_s};
        QTest::newRow("group by meaning or resource")
            << f([](LogFilter &x) { x.group = u"develop"_s; }) << QStringList{u"patch-group"_s, u"create-group"_s};
        QTest::newRow("combined") << f([](LogFilter &x) {
            x.directory = u"acme"_s;
            x.method = u"POST"_s;
        }) << QStringList{u"create-group"_s, u"create"_s};
        QTest::newRow("nothing matches") << f([](LogFilter &x) { x.text = u"no such thing"_s; }) << QStringList{};
    }

    void eachFilter()
    {
        QFETCH(LogFilter, filter);
        QFETCH(QStringList, expected);
        QList<qint64> want;
        for (const QString &label : std::as_const(expected))
            want.append(m_seq.value(label));
        QCOMPARE(query(filter), want);
        QCOMPARE(*JournalQuery(*m_db).count(filter), qint64(want.size()));
    }

    void badFiltersSayWhy()
    {
        LogFilter backwards;
        backwards.fromMs = T0 + Minute;
        backwards.toMs = T0;
        const auto page = JournalQuery(*m_db).page(backwards, 0, 10);
        QVERIFY(!page);
        QVERIFY2(page.error().contains(u"time range"), qPrintable(page.error()));
        LogFilter status;
        status.status = 700;
        const auto count = JournalQuery(*m_db).count(status);
        QVERIFY(!count);
        QVERIFY2(count.error().contains(u"100 to 599"), qPrintable(count.error()));
        QVERIFY(!JournalQuery(*m_db).page({}, 0, 0));
    }

    void pagesAreKeysetsOnSeq()
    {
        JournalQuery q(*m_db);
        QList<qint64> all;
        qint64 before = 0;
        int pages = 0;
        for (;;) {
            const auto page = q.page({}, before, 3);
            QVERIFY(page);
            all.append(seqsOf(*page));
            ++pages;
            if (page->size() < 3)
                break;
            before = page->constLast().seq;
        }
        QCOMPARE(pages, 4); // 3 + 3 + 3 + 2
        QCOMPARE(all, query({}));
        // A page that ends exactly at the last entry is followed by an empty one.
        LogFilter success;
        success.statusClass = StatusClass::Success;
        const auto full = q.page(success, 0, 8);
        QCOMPARE(full->size(), 8);
        QVERIFY(q.page(success, full->constLast().seq, 8)->isEmpty());
        // A bound in the middle of a filtered page starts right below it.
        QCOMPARE(seqsOf(*q.page(success, m_seq.value(u"token"_s), 2)), seqs({"patch-group", "create-group"}));
        // Counting up to a seq, as the tab does for its first page's head.
        QCOMPARE(*q.count({}, m_seq.value(u"create"_s)), 3);
    }

    void oneEntryWithItsBodies()
    {
        JournalQuery q(*m_db);
        const auto e = q.entry(m_seq.value(u"create"_s));
        QVERIFY(e && *e);
        QCOMPARE((*e)->meaning, u"created user Alice@Example.com"_s);
        QCOMPARE((*e)->requestBody, QByteArray(R"({"userName":"Alice@Example.com","password":"[redacted]"})"));
        QCOMPARE((*e)->responseBody, QByteArray(R"({"id":"u-1","userName":"Alice@Example.com"})"));
        // Pages leave the bodies out.
        QVERIFY(q.page({}, m_seq.value(u"create"_s) + 1, 1)->constFirst().requestBody.isEmpty());
        const auto missing = q.entry(999999);
        QVERIFY(missing && !*missing);
    }

    void activityBuckets()
    {
        JournalQuery q(*m_db);
        const auto all = q.activity({});
        QVERIFY(all);
        QCOMPARE(all->bucketMs, Minute); // 131 minutes: per minute
        QCOMPARE(all->buckets.size(), 132);
        QCOMPARE(all->buckets.constFirst().startMs, T0 - 10 * Minute);
        QCOMPARE(all->buckets.constFirst().requests, 1);
        qint64 requests = 0, errors = 0;
        for (const auto &b : all->buckets) {
            requests += b.requests;
            errors += b.errors;
        }
        QCOMPARE(requests, 11);
        QCOMPARE(errors, 3);
        QCOMPARE(all->buckets.at(70).requests, 0); // a quiet minute is a zero, not a gap

        LogFilter week;
        week.fromMs = T0 - 3 * 24 * 60 * Minute;
        week.toMs = T0 + 4 * 24 * 60 * Minute;
        const auto hours = q.activity(week);
        QCOMPARE(hours->bucketMs, 60 * Minute);
        QCOMPARE(hours->buckets.size(), 7 * 24);
        QCOMPARE(hours->buckets.at(3 * 24 - 1).requests, 1); // the directory's token, ten minutes before T0
        QCOMPARE(hours->buckets.at(3 * 24).requests, 8);     // T0's hour
        QCOMPARE(hours->buckets.at(3 * 24 + 2).requests, 2);

        LogFilter none;
        none.text = u"no such thing"_s;
        QVERIFY(q.activity(none)->buckets.isEmpty());
    }

    void csvExport()
    {
        JournalQuery q(*m_db);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<qint64> progress;
        const auto rows = q.exportCsv({}, *q.maxSeq(), buffer, [&](qint64 done) {
            progress.append(done);
            return true;
        });
        QVERIFY(rows);
        QCOMPARE(*rows, 11);
        QCOMPARE(progress, QList<qint64>{11});
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("seq,time,directory,client,user_agent,method,path,status,latency_ms,meaning\r"));
        // The odd entry: quotes doubled, the comma and newline inside quotes, the formula-like client defused.
        QVERIFY(buffer.data().contains(
            QByteArray(QByteArray::number(m_seq.value(u"odd"_s)) +
                       ",2026-01-01T02:01:00.000Z,acme,'=cmd|' /C calc'!A0,Okta SCIM Client 1.0.0,GET,"
                       "/scim/v2/acme/ServiceProviderConfig,200,1.500,\"said \"\"hi\"\", then 50% left\n"
                       "and more\"\r\n")));
        QVERIFY(buffer.data().contains(
            QByteArray(QByteArray::number(m_seq.value(u"list"_s)) +
                       ",2026-01-01T00:00:00.000Z,acme,10.0.0.1,Okta SCIM Client 1.0.0,GET,"
                       "/scim/v2/acme/Users?startIndex=1&count=2,200,1.500,listed users 1–0 of 0\r\n")));

        // Filtered, and up to a seq.
        QBuffer filtered;
        filtered.open(QIODevice::WriteOnly);
        LogFilter errors;
        errors.statusClass = StatusClass::Error;
        QCOMPARE(*q.exportCsv(errors, m_seq.value(u"duplicate"_s), filtered, {}), 2);
        QCOMPARE(filtered.data().count("\r\n"), 3);

        // Cancelled by the progress callback.
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        const auto stopped = q.exportCsv({}, *q.maxSeq(), cancelled, [](qint64) { return false; });
        QVERIFY(!stopped);
        QVERIFY(stopped.error().contains(u"cancelled"));
    }

    // Runs last: it appends entries.
    void liveTailThroughAnotherConnection()
    {
        JournalQuery q(*m_db);
        const qint64 head = *q.maxSeq();
        QCOMPARE(head, m_seq.value(u"odd"_s));
        QVERIFY(q.newerThan({}, head, 10)->isEmpty());
        // Another connection (another thread's, in the application) appends.
        {
            auto other = Database::open(m_path, QStringLiteral("tst-journal-query-writer"));
            QVERIFY(other.has_value());
            JournalRepository repo(**other);
            QVERIFY((*other)->begin());
            for (int i = 0; i < 5; ++i)
                QVERIFY(repo.append(entry(T0 + (200 + i) * Minute, QStringLiteral("acme"), QStringLiteral("GET"),
                                          QStringLiteral("/scim/v2/acme/Users/%1").arg(i), i == 3 ? 404 : 200,
                                          QStringLiteral("tail %1").arg(i))));
            QVERIFY((*other)->commit());
        }
        QCOMPARE(*q.maxSeq(), head + 5);
        // Oldest first and in batches, so that a burst continues where a batch stopped.
        const auto first = q.newerThan({}, head, 3);
        QCOMPARE(seqsOf(*first), (QList<qint64>{head + 1, head + 2, head + 3}));
        QCOMPARE(seqsOf(*q.newerThan({}, head + 3, 3)), (QList<qint64>{head + 4, head + 5}));
        LogFilter errors;
        errors.statusClass = StatusClass::Error;
        QCOMPARE(seqsOf(*q.newerThan(errors, head, 10)), QList<qint64>{head + 4});
    }

    void workerAnswersOnItsThread()
    {
        // The spies are connected directly: they record on the worker's thread, so wait with QTRY, not wait().
        LogWorkerThread thread(m_path);
        LogWorker *worker = thread.worker();
        QSignalSpy pages(worker, &LogWorker::pageReady);
        QSignalSpy counts(worker, &LogWorker::countReady);
        QSignalSpy failures(worker, &LogWorker::failed);
        LogFilter acme;
        acme.directory = u"acme"_s;
        // Generation 1 is superseded before it runs: only generation 2 answers.
        worker->supersede(2);
        QMetaObject::invokeMethod(
            worker, [worker, acme] { worker->fetchPage(1, acme, 0, 4); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            worker, [worker, acme] { worker->fetchPage(2, acme, 0, 4); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            worker, [worker, acme] { worker->fetchCount(2, acme, 0); }, Qt::QueuedConnection);
        QTRY_COMPARE(counts.size(), 1);
        QCOMPARE(pages.size(), 1);
        const QList<QVariant> page = pages.takeFirst();
        QCOMPARE(page.at(0).toULongLong(), 2u);
        const qint64 head = page.at(2).toLongLong();
        QCOMPARE(head, *JournalQuery(*m_db).maxSeq());
        const auto entries = page.at(3).value<QList<JournalEntry>>();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.constFirst().seq, head); // the newest entry is acme's "tail 4"
        QCOMPARE(page.at(4).toBool(), false);
        QCOMPARE(counts.takeFirst().at(1).toLongLong(), 0); // up to seq 0: none

        // The live tail: entries appended by another connection arrive newest first.
        QSignalSpy tails(worker, &LogWorker::tailReady);
        QMetaObject::invokeMethod(
            worker, [worker, acme, head] { worker->startTail(2, acme, head); }, Qt::QueuedConnection);
        JournalRepository repo(*m_db);
        QVERIFY(m_db->begin());
        QVERIFY(repo.append(entry(T0 + 300 * Minute, u"acme"_s, u"DELETE"_s, u"/scim/v2/acme/Users/u-1"_s, 204,
                                  u"deleted user Alice@Example.com"_s)));
        QVERIFY(repo.append(entry(T0 + 301 * Minute, u"globex"_s, u"GET"_s, u"/x"_s, 200, u"other"_s)));
        QVERIFY(m_db->commit());
        QTRY_VERIFY(!tails.isEmpty());
        const auto tailEntries = tails.first().at(1).value<QList<JournalEntry>>();
        QCOMPARE(tailEntries.size(), 1); // globex's is filtered out
        QCOMPARE(tailEntries.constFirst().method, u"DELETE"_s);
        QCOMPARE(tails.first().at(2).toLongLong(), head + 2);
        QMetaObject::invokeMethod(worker, &LogWorker::stopTail, Qt::QueuedConnection);

        // An export cancelled before it starts writes nothing and says so.
        QSignalSpy failedExports(worker, &LogWorker::exportFailed);
        QSignalSpy finishedExports(worker, &LogWorker::exportFinished);
        const QString cancelledPath = m_dir.filePath(u"cancelled.csv"_s);
        worker->cancelExport(1);
        QMetaObject::invokeMethod(
            worker, [worker, cancelledPath] { worker->exportCsv(1, {}, cancelledPath); }, Qt::QueuedConnection);
        QTRY_COMPARE(failedExports.size(), 1);
        QCOMPARE(failedExports.first().at(2).toBool(), true);
        QVERIFY(!QFile::exists(cancelledPath));
        // A later export runs to the end.
        const QString path = m_dir.filePath(u"all.csv"_s);
        QMetaObject::invokeMethod(
            worker, [worker, path] { worker->exportCsv(2, {}, path); }, Qt::QueuedConnection);
        QTRY_COMPARE(finishedExports.size(), 1);
        QCOMPARE(finishedExports.first().at(2).toLongLong(), 18);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith(JournalQuery::csvHeader()));
        QCOMPARE(failures.size(), 0);
    }

    void workerSaysWhenTheDatabaseCannotOpen()
    {
        const QString garbage = m_dir.filePath(u"not-a-database.sqlite"_s);
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is not a SQLite database\n").repeated(200));
        }
        LogWorkerThread thread(garbage);
        LogWorker *worker = thread.worker();
        QSignalSpy failures(worker, &LogWorker::failed);
        // Opening failed (perhaps before the spy was connected); every request after it says why.
        QMetaObject::invokeMethod(
            worker, [worker] { worker->fetchPage(1, {}, 0, 10); }, Qt::QueuedConnection);
        QTRY_VERIFY(!failures.isEmpty());
        const QString message = failures.constLast().at(0).toString();
        QVERIFY2(message.contains(u"The journal could not be opened: "), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestJournalQuery)
#include "tst_journal_query.moc"
