// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Repeated bad tokens from one address: refused for a while (429, Retry-After), journaled, and a client with a
// valid token is never affected.

#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"

#include <atomic>

using namespace scimdesk;
using namespace scimdesk::test;

class TestThrottle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badTokensLockTheAddressOutButNotValidClients()
    {
        auto clock = std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
        ServiceConfig config;
        config.clock = [clock] { return clock->load(); };
        config.badTokenLimit = 5;
        config.badTokenWindowMs = 60'000;
        config.lockoutMs = 30'000;
        ScimTestServer s(QStringLiteral("acme"), QStringLiteral("generic"), config);
        const QString path = QStringLiteral("/Users?count=1");

        for (int i = 0; i < 4; ++i) {
            const Reply r = s.send("GET", path, {}, "Bearer wrong-" + QByteArray::number(i));
            QVERIFY(r.isScimError(401));
        }
        // The fifth bad token within the window locks the address out.
        Reply r = s.send("GET", path, {}, "Bearer wrong-5");
        QVERIFY2(r.isScimError(429), r.body.constData());
        QCOMPARE(r.header("Retry-After"), QByteArray("30"));
        // Still locked: every further bad token gets 429, with the time left.
        clock->fetch_add(10'000);
        r = s.send("GET", path, {}, "Bearer wrong-6");
        QVERIFY(r.isScimError(429));
        QCOMPARE(r.header("Retry-After"), QByteArray("20"));
        // A valid token from the same address is served as if nothing happened.
        QCOMPARE(s.get(path).status, 200);

        // After the lockout a bad token is a plain 401 again; the next burst locks for twice as long.
        clock->fetch_add(21'000);
        QVERIFY(s.send("GET", path, {}, "Bearer wrong-7").isScimError(401));
        for (int i = 0; i < 3; ++i)
            QVERIFY(s.send("GET", path, {}, "Bearer wrong-8").isScimError(401));
        r = s.send("GET", path, {}, "Bearer wrong-9");
        QVERIFY(r.isScimError(429));
        QCOMPARE(r.header("Retry-After"), QByteArray("60"));
        QCOMPARE(s.get(path).status, 200);

        // Failures spread out beyond the window never add up to a lockout.
        clock->fetch_add(61'000 + 16 * 60'000);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(s.send("GET", path, {}, "Bearer slow-" + QByteArray::number(i)).isScimError(401));
            clock->fetch_add(15'000);
        }

        // The refusals are in the journal.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto db = Database::open(s.databasePath(), QStringLiteral("throttle-journal"));
                int locked = 0;
                for (const JournalEntry &e : JournalRepository(**db).latest(100))
                    locked += e.status == 429 && e.meaning.contains(QLatin1StringView("Too many requests"));
                return locked == 3;
            }(),
            10'000);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
