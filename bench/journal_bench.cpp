// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Provisioning Log's queries over a large journal: seeds ROWS Okta-shaped journal entries spread over 30 days
// (through JournalRepository, as the listener writes them) unless the database already holds that many, then times
// what the tab asks of its worker — the first page, filtered first pages, a deep page, counts, the live tail's poll,
// the activity chart and a CSV export — on a fresh connection, the median of RUNS runs each.
//
// usage: scimdesk_bench_journal DATABASE [ROWS] [RUNS]

#include "console/JournalQuery.h"
#include "store/Database.h"
#include "store/JournalRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>

using namespace scimdesk;

namespace {

JournalEntry seedEntry(qint64 i, qint64 atMs)
{
    JournalEntry e;
    e.atMs = atMs;
    e.directory = i % 4 == 3 ? QStringLiteral("globex") : QStringLiteral("acme");
    e.client = QStringLiteral("203.0.113.%1").arg(i % 20 + 1);
    e.userAgent = QStringLiteral("Okta SCIM Client 1.0.0");
    e.latencyUs = 200 + (i * 37) % 4000;
    const QString user = QStringLiteral("user%1@example.com").arg(i % 100'000, 6, 10, QLatin1Char('0'));
    const QString base = QStringLiteral("/scim/v2/") + e.directory;
    switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        e.method = QStringLiteral("GET");
        e.path = base + QStringLiteral("/Users?filter=userName%20eq%20%22") + user + QStringLiteral("%22");
        e.status = 200;
        e.meaning = QStringLiteral("searched users where userName eq \"%1\": 1 found").arg(user);
        e.resourceType = QStringLiteral("User");
        break;
    case 4:
    case 5:
        e.method = QStringLiteral("POST");
        e.path = base + QStringLiteral("/Users");
        e.status = 201;
        e.meaning = QStringLiteral("created user ") + user;
        e.resourceType = QStringLiteral("User");
        e.requestBody =
            (QStringLiteral("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"") + user +
             QStringLiteral("\",\"name\":{\"givenName\":\"User\",\"familyName\":\"Example\"},"
                            "\"active\":true,\"password\":\"[redacted]\"}"))
                .toUtf8();
        e.responseBody = e.requestBody;
        break;
    case 6:
    case 7:
        e.method = QStringLiteral("PATCH");
        e.path = base + QStringLiteral("/Groups/g-%1").arg(i % 50);
        e.status = 200;
        e.meaning = QStringLiteral("added 3 members to group Team %1").arg(i % 50);
        e.resourceType = QStringLiteral("Group");
        break;
    case 8:
        e.method = QStringLiteral("POST");
        e.path = base + QStringLiteral("/Users");
        e.status = 409;
        e.meaning = QStringLiteral("refused duplicate user ") + user;
        e.resourceType = QStringLiteral("User");
        break;
    default:
        e.method = QStringLiteral("GET");
        e.path = base + QStringLiteral("/Users/unknown");
        e.status = i % 20 == 9 ? 404 : 500;
        e.meaning = QStringLiteral("looked for an unknown user id");
        e.resourceType = QStringLiteral("User");
        break;
    }
    return e;
}

template <typename F>
double medianMs(int runs, F &&run)
{
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        run();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 4) {
        QTextStream(stderr) << "usage: scimdesk_bench_journal DATABASE [ROWS] [RUNS]\n";
        return 2;
    }
    const QString path = args.at(1);
    bool ok = true;
    const qint64 rows = args.size() > 2 ? args.at(2).toLongLong(&ok) : 1'000'000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    if (!ok || rows <= 0 || runs <= 0) {
        QTextStream(stderr) << "ROWS and RUNS are positive numbers\n";
        return 2;
    }
    QTextStream out(stdout);
    auto open = [&path](const QString &connection) -> std::unique_ptr<Database> {
        auto db = Database::open(path, connection);
        if (!db) {
            QTextStream(stderr) << db.error() << '\n';
            return nullptr;
        }
        return std::move(*db);
    };
    {
        auto db = open(QStringLiteral("seed"));
        if (!db)
            return 1;
        JournalQuery q(*db);
        const qint64 existing = *q.count({});
        if (existing < rows) {
            QElapsedTimer t;
            t.start();
            const qint64 end = QDateTime::currentMSecsSinceEpoch();
            const qint64 spanMs = qint64(30) * 24 * 3600 * 1000;
            JournalRepository repo(*db);
            for (qint64 i = existing; i < rows; ++i) {
                if ((i - existing) % 50'000 == 0 && !db->begin())
                    return 1;
                if (!repo.append(seedEntry(i, end - spanMs + spanMs * i / rows))) {
                    QTextStream(stderr) << db->lastErrorText() << '\n';
                    return 1;
                }
                if (((i + 1 - existing) % 50'000 == 0 || i + 1 == rows) && !db->commit())
                    return 1;
            }
            out << "seeded " << rows - existing << " journal rows in " << t.elapsed() / 1000.0 << " s\n";
        }
    }

    // A fresh connection, as the tab's worker opens one.
    auto db = open(QStringLiteral("bench"));
    if (!db)
        return 1;
    JournalQuery q(*db);
    const qint64 total = *q.count({});
    const qint64 head = *q.maxSeq();
    out << "journal rows: " << total << ", median of " << runs << " runs\n";
    auto report = [&](const QString &what, double ms, qint64 resultRows) {
        out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0) << QString::number(ms, 'f', 2) << " ms  ("
            << resultRows << " rows)\n";
        out.flush();
    };
    // Times `run` (which returns the rows it got) and reports the median with the rows of the last run.
    auto measure = [&](const QString &what, const std::function<qint64()> &run) {
        qint64 n = 0;
        const double ms = medianMs(runs, [&] { n = run(); });
        report(what, ms, n);
    };
    auto measurePage = [&](const QString &what, const LogFilter &f) {
        measure(what, [&] { return qint64(q.page(f, *q.maxSeq() + 1, 200)->size()); });
    };
    auto measureCount = [&](const QString &what, const LogFilter &f) {
        measure(what, [&] { return *q.count(f, head); });
    };

    measurePage(QStringLiteral("first page (200), no filter"), {});
    LogFilter errors;
    errors.statusClass = StatusClass::Error;
    measurePage(QStringLiteral("first page, status 4xx/5xx"), errors);
    LogFilter exact;
    exact.status = 500;
    measurePage(QStringLiteral("first page, status 500"), exact);
    LogFilter dirMethod;
    dirMethod.directory = QStringLiteral("globex");
    dirMethod.method = QStringLiteral("PATCH");
    measurePage(QStringLiteral("first page, directory + method"), dirMethod);
    LogFilter lastHour;
    lastHour.fromMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    measurePage(QStringLiteral("first page, last hour"), lastHour);
    LogFilter text;
    text.text = QStringLiteral("user012345@"); // in the meaning of 10 "created user" entries
    measurePage(QStringLiteral("first page, text (rare: scans everything)"), text);
    LogFilter user;
    user.user = QStringLiteral("user054321"); // 10 searches for this user
    measurePage(QStringLiteral("first page, user (rare)"), user);
    LogFilter oldWeek;
    oldWeek.fromMs = QDateTime::currentMSecsSinceEpoch() - qint64(30) * 24 * 3600 * 1000;
    oldWeek.toMs = *oldWeek.fromMs + qint64(7) * 24 * 3600 * 1000;
    measurePage(QStringLiteral("first page, the oldest week"), oldWeek);
    measure(QStringLiteral("deep page (200 rows below seq 1,000)"),
            [&] { return qint64(q.page({}, qMin<qint64>(head, 1000), 200)->size()); });
    measureCount(QStringLiteral("count, no filter"), {});
    measureCount(QStringLiteral("count, status 4xx/5xx"), errors);
    measureCount(QStringLiteral("count, text"), text);
    measure(QStringLiteral("live tail poll (max seq, then newer than head-50)"),
            [&] { return *q.maxSeq() > 0 ? qint64(q.newerThan({}, head - 50, 1000)->size()) : 0; });
    measure(QStringLiteral("activity chart, no filter (buckets)"),
            [&] { return qint64(q.activity({})->buckets.size()); });
    measure(QStringLiteral("activity chart, last hour (buckets)"),
            [&] { return qint64(q.activity(lastHour)->buckets.size()); });
    {
        QFile csv(path + QStringLiteral(".export.csv"));
        qint64 n = 0;
        const double ms = medianMs(1, [&] {
            if (!csv.open(QIODevice::WriteOnly))
                return;
            n = *q.exportCsv({}, head, csv, {});
            csv.close();
        });
        report(QStringLiteral("CSV export, everything (1 run)"), ms, n);
        out << "CSV size: " << csv.size() / (1024 * 1024) << " MiB\n";
        csv.remove();
    }
    return 0;
}
