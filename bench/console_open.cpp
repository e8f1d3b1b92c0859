// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the console opens over a large database (seed it first with scimdesk_bench_seed for the users and
// scimdesk_bench_journal for the journal): the time until the window is shown and painted, until the first
// directory's detail (users, access snapshot, checklist) is on screen, and until the Provisioning Log has its
// first page. Offscreen; prints JSON.
//
// usage: scimdesk_bench_console DATABASE

#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace scimdesk;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: scimdesk_bench_console DATABASE\n";
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    MainWindow window(app.arguments().at(1));
    window.resize(1180, 760);
    window.show();
    QCoreApplication::processEvents(); // the first paint
    const qint64 shownMs = clock.elapsed();

    qint64 detailMs = -1;
    qint64 users = 0;
    QObject::connect(&window.backend(), &ConsoleBackend::directoryLoaded, &app, [&](const DirectoryDetail &d) {
        if (detailMs < 0) {
            detailMs = clock.elapsed();
            users = d.users.size();
        }
    });
    auto *log = window.findChild<QWidget *>(QStringLiteral("provisioningLogTab"))->findChild<QTableView *>();
    qint64 logMs = -1;
    // The longest time the GUI thread did not get back to its event loop: how long the window froze.
    qint64 lastTick = clock.elapsed();
    qint64 maxStallMs = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        maxStallMs = std::max(maxStallMs, now - lastTick);
        lastTick = now;
        if (logMs < 0 && log->model()->rowCount() > 0)
            logMs = clock.elapsed();
        // Run on a little after both arrived, so the stall of showing them is measured too.
        if ((detailMs >= 0 && logMs >= 0 && now > std::max(detailMs, logMs) + 500) || now > 120'000)
            app.quit();
    });
    poll.start(5);
    app.exec();
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("shownMs"), shownMs},
                                                     {QStringLiteral("directoryDetailMs"), detailMs},
                                                     {QStringLiteral("users"), users},
                                                     {QStringLiteral("logFirstPageMs"), logMs},
                                                     {QStringLiteral("maxGuiStallMs"), maxStallMs}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return detailMs >= 0 && logMs >= 0 ? 0 : 1;
}
