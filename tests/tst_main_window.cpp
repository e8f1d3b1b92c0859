// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console window with a real listener and database: widgets found by object name. With
// SCIMDESK_SCREENSHOT_DIR set, it also saves what it shows.

#include "MainWindow.h"
#include "service/DirectoryAdmin.h"
#include "store/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace scimdesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDirectoriesWithTheirBaseUrls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("console.sqlite"));
        {
            auto db = Database::open(path, QStringLiteral("setup"));
            QVERIFY(db.has_value());
            for (const auto &[name, profile] : {std::pair{QStringLiteral("acme"), QStringLiteral("deltastream")},
                                                std::pair{QStringLiteral("globex"), QStringLiteral("generic")}}) {
                DirectoryAdmin::NewDirectory spec;
                spec.name = name;
                spec.profile = profile;
                spec.organization = QStringLiteral("Example Corp");
                QVERIFY(DirectoryAdmin(**db).create(spec, QDateTime::currentMSecsSinceEpoch()).has_value());
            }
        }
        MainWindow window(path);
        window.resize(1000, 480);
        window.show();
        window.startListener(0);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("directoriesTableWidget"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("acme"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("deltastream"));
        QVERIFY(table->item(0, 3)->text().startsWith(QLatin1StringView("http://127.0.0.1:")));
        QVERIFY(table->item(0, 3)->text().endsWith(QLatin1StringView("/scim/v2/acme")));
        auto *listener = window.findChild<QLabel *>(QStringLiteral("listenerLabel"));
        QVERIFY(listener->text().contains(QLatin1StringView("127.0.0.1")));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());

        if (const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("main-window.png"))));
        }
    }

    void saysSoWhenThePortIsTaken()
    {
        QTemporaryDir dir;
        MainWindow first(dir.filePath(QStringLiteral("a.sqlite")));
        first.startListener(0);
        const QString text = first.findChild<QLabel *>(QStringLiteral("listenerLabel"))->text();
        const quint16 port = quint16(text.section(u':', 2).section(u' ', 0, 0).toUInt());
        QVERIFY(port > 0);
        MainWindow second(dir.filePath(QStringLiteral("b.sqlite")));
        second.show();
        second.startListener(port);
        auto *message = second.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1StringView("already in use")), qPrintable(message->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
