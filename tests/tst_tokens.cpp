// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bearer-token lifecycle over real loopback HTTP: rotation with and without an overlap, revocation and
// expiry, each applied by a running listener; tokens kept as hashes only and never journaled.

#include "service/ResourceCodec.h"
#include "service/TokenAdmin.h"
#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"

#include <QDateTime>
#include <QTest>

#include <atomic>

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

// The service's clock: the system clock plus an offset the test moves forward.
struct TestClock
{
    std::shared_ptr<std::atomic<qint64>> offset = std::make_shared<std::atomic<qint64>>(0);

    qint64 now() const { return QDateTime::currentMSecsSinceEpoch() + offset->load(); }
    void advance(qint64 ms) const { *offset += ms; }
    ServiceConfig config() const
    {
        ServiceConfig c;
        c.clock = [o = offset] { return QDateTime::currentMSecsSinceEpoch() + o->load(); };
        return c;
    }
};

QString detail(const Reply &r)
{
    return r.json().value(QLatin1StringView("detail")).toString();
}

} // namespace

class TestTokens final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> admin(const ScimTestServer &s)
    {
        static int n = 0;
        auto db = Database::open(s.databasePath(), QStringLiteral("tst-tokens-admin-%1").arg(++n));
        if (!db)
            qFatal("cannot open the database: %s", qPrintable(db.error()));
        return std::move(*db);
    }

    static Reply getUsers(ScimTestServer &s, const QByteArray &token, const QString &directory = {})
    {
        HttpClient client;
        return client.send("GET", s.url(QStringLiteral("/Users?count=1"), directory), {}, "Bearer " + token);
    }

    static QList<JournalEntry> tokenEvents(Database &db)
    {
        QList<JournalEntry> events;
        for (const JournalEntry &e : JournalRepository(db).latest(1000)) {
            if (e.method == QLatin1StringView("TOKEN"))
                events.prepend(e);
        }
        return events;
    }

    // Neither the database files nor any journal entry holds the token.
    static void verifyNotStored(const ScimTestServer &s, Database &db, const QByteArray &token)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(s.databasePath() + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(token), qPrintable(f.fileName()));
        }
        const QList<JournalEntry> all = JournalRepository(db).latest(100'000);
        QVERIFY(!all.isEmpty());
        for (const JournalEntry &e : all) {
            QVERIFY(!e.meaning.contains(QString::fromLatin1(token)));
            QVERIFY(!e.path.contains(QString::fromLatin1(token)));
            QVERIFY(!e.requestBody.contains(token));
            QVERIFY(!e.responseBody.contains(token));
        }
    }

private Q_SLOTS:
    void creatingADirectoryJournalsTheIssuedToken()
    {
        ScimTestServer s;
        auto db = admin(s);
        const QList<JournalEntry> events = tokenEvents(*db);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().directory, QStringLiteral("acme"));
        QCOMPARE(events.first().path, QStringLiteral("/scim/v2/acme"));
        QVERIFY2(events.first().meaning.startsWith(QLatin1StringView("issued the bearer token (it expires on ")),
                 qPrintable(events.first().meaning));
    }

    void rotateWithoutOverlapRevokesTheOldTokenAtOnce()
    {
        ScimTestServer s;
        const QByteArray old = s.token;
        QCOMPARE(getUsers(s, old).status, 200);
        auto db = admin(s);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        auto rotated = TokenAdmin(*db).rotate(QStringLiteral("acme"), 0, before);
        QVERIFY2(rotated.has_value(), qPrintable(rotated ? QString() : rotated.error()));
        QVERIFY(rotated->token != old);
        QVERIFY(rotated->token.startsWith("scimdesk_"));
        QCOMPARE(rotated->previousTokens, 1);
        QVERIFY(!rotated->overlapUntilMs);
        QCOMPARE(rotated->expiresMs, std::optional<qint64>(before + TokenAdmin::DefaultLifetimeMs));

        // The running listener notices the change counter within 20 ms.
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, old).status, 401, 1000);
        const Reply refused = getUsers(s, old);
        QVERIFY(refused.isScimError(401));
        QVERIFY2(detail(refused).contains(QLatin1StringView("revoked")), qPrintable(detail(refused)));
        QCOMPARE(getUsers(s, rotated->token).status, 200);

        const QList<JournalEntry> events = tokenEvents(*db);
        QCOMPARE(events.size(), 2);
        QVERIFY2(events.last().meaning.startsWith(
                     QLatin1StringView("rotated the bearer token (the previous one was revoked at once")),
                 qPrintable(events.last().meaning));
        QCOMPARE(events.last().method, QStringLiteral("TOKEN"));
        verifyNotStored(s, *db, old);
        verifyNotStored(s, *db, rotated->token);
    }

    void rotateWithOverlapKeepsBothUntilTheWindowEnds()
    {
        const TestClock clock;
        ScimTestServer s(QStringLiteral("acme"), QStringLiteral("generic"), clock.config());
        const QByteArray old = s.token;
        auto db = admin(s);
        const qint64 at = clock.now();
        auto rotated = TokenAdmin(*db).rotate(QStringLiteral("acme"), 60'000, at);
        QVERIFY(rotated.has_value());
        QCOMPARE(rotated->overlapUntilMs, std::optional<qint64>(at + 60'000));
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, rotated->token).status, 200, 1000);
        QCOMPARE(getUsers(s, old).status, 200);

        auto shown = TokenAdmin(*db).show(QStringLiteral("acme"), clock.now());
        QVERIFY(shown.has_value());
        QCOMPARE(shown->size(), 2);
        QCOMPARE(shown->at(0).status, QStringLiteral("active"));
        QCOMPARE(shown->at(0).retireAtMs, std::optional<qint64>(at + 60'000));
        QCOMPARE(shown->at(1).status, QStringLiteral("active"));
        QVERIFY(!shown->at(1).retireAtMs);

        clock.advance(61'000); // past the overlap window
        const Reply refused = getUsers(s, old);
        QVERIFY(refused.isScimError(401));
        QVERIFY2(detail(refused).contains(QLatin1StringView("rotated")), qPrintable(detail(refused)));
        QCOMPARE(getUsers(s, rotated->token).status, 200);
        shown = TokenAdmin(*db).show(QStringLiteral("acme"), clock.now());
        QCOMPARE(shown->at(0).status, QStringLiteral("rotated-out"));
        QCOMPARE(shown->at(1).status, QStringLiteral("active"));

        const QList<JournalEntry> events = tokenEvents(*db);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().meaning,
                 QStringLiteral("rotated the bearer token (the previous one stays valid until %1; it expires on %2)")
                     .arg(ResourceCodec::formatTime(at + 60'000),
                          ResourceCodec::formatTime(at + TokenAdmin::DefaultLifetimeMs)));
        verifyNotStored(s, *db, old);
        verifyNotStored(s, *db, rotated->token);
    }

    void overlapEndsInRealTime()
    {
        ScimTestServer s;
        const QByteArray old = s.token;
        auto db = admin(s);
        auto rotated = TokenAdmin(*db).rotate(QStringLiteral("acme"), 1500, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(rotated.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, rotated->token).status, 200, 1000);
        QCOMPARE(getUsers(s, old).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, old).status, 401, 5000);
        QCOMPARE(getUsers(s, rotated->token).status, 200);
    }

    void aSecondRotationDuringTheOverlapDoesNotExtendIt()
    {
        const TestClock clock;
        ScimTestServer s(QStringLiteral("acme"), QStringLiteral("generic"), clock.config());
        const QByteArray first = s.token;
        auto db = admin(s);
        const qint64 at = clock.now();
        auto second = TokenAdmin(*db).rotate(QStringLiteral("acme"), 10'000, at);
        QVERIFY(second.has_value());
        auto third = TokenAdmin(*db).rotate(QStringLiteral("acme"), 600'000, at + 1);
        QVERIFY(third.has_value());
        QCOMPARE(third->previousTokens, 2);
        auto shown = TokenAdmin(*db).show(QStringLiteral("acme"), at + 1);
        QCOMPARE(shown->at(0).retireAtMs, std::optional<qint64>(at + 10'000)); // the earlier end is kept
        QCOMPARE(shown->at(1).retireAtMs, std::optional<qint64>(at + 1 + 600'000));
        clock.advance(20'000);
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, first).status, 401, 1000);
        QCOMPARE(getUsers(s, second->token).status, 200);
        QCOMPARE(getUsers(s, third->token).status, 200);
    }

    void revokeStopsEveryActiveToken()
    {
        ScimTestServer s;
        auto db = admin(s);
        auto rotated = TokenAdmin(*db).rotate(QStringLiteral("acme"), 600'000, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(rotated.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, rotated->token).status, 200, 1000);
        QCOMPARE(getUsers(s, s.token).status, 200);

        auto revoked = TokenAdmin(*db).revoke(QStringLiteral("acme"), QDateTime::currentMSecsSinceEpoch());
        QVERIFY(revoked.has_value());
        QCOMPARE(*revoked, 2);
        for (const QByteArray &token : {s.token, rotated->token}) {
            QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, token).status, 401, 1000);
            const Reply refused = getUsers(s, token);
            QVERIFY(refused.isScimError(401));
            QVERIFY2(detail(refused).contains(QLatin1StringView("was revoked on")), qPrintable(detail(refused)));
        }
        const auto shown = TokenAdmin(*db).show(QStringLiteral("acme"), QDateTime::currentMSecsSinceEpoch());
        for (const TokenAdmin::TokenStatus &t : *shown) {
            QCOMPARE(t.status, QStringLiteral("revoked"));
            QVERIFY(t.revokedMs.has_value());
        }
        const QList<JournalEntry> events = tokenEvents(*db);
        QCOMPARE(events.last().meaning, QStringLiteral("revoked 2 bearer tokens"));
        verifyNotStored(s, *db, s.token);
        verifyNotStored(s, *db, rotated->token);

        // A new rotation brings the directory back.
        auto fresh = TokenAdmin(*db).rotate(QStringLiteral("acme"), 0, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(fresh.has_value());
        QCOMPARE(fresh->previousTokens, 0);
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, fresh->token).status, 200, 1000);
    }

    void expiredTokenIsRefusedSayingSo()
    {
        ScimTestServer s;
        auto db = admin(s);
        DirectoryAdmin::NewDirectory spec;
        spec.name = QStringLiteral("short");
        spec.expiresInMs = 1;
        auto created = DirectoryAdmin(*db).create(spec, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(created.has_value());
        QTest::qWait(5);
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, created->token, QStringLiteral("short")).status, 401, 1000);
        const Reply refused = getUsers(s, created->token, QStringLiteral("short"));
        QVERIFY(refused.isScimError(401));
        QVERIFY2(detail(refused).contains(QLatin1StringView("expired on")), qPrintable(detail(refused)));
        const auto shown = TokenAdmin(*db).show(QStringLiteral("short"), QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(shown->first().status, QStringLiteral("expired"));
        // Rotation issues a working token again, valid for a year by default.
        auto rotated = TokenAdmin(*db).rotate(QStringLiteral("short"), 0, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(rotated.has_value());
        QCOMPARE(rotated->previousTokens, 0); // an expired token is no longer active
        QTRY_COMPARE_WITH_TIMEOUT(getUsers(s, rotated->token, QStringLiteral("short")).status, 200, 1000);
    }

    void showReportsUseWithoutTheToken()
    {
        ScimTestServer s;
        QCOMPARE(getUsers(s, s.token).status, 200);
        auto db = admin(s);
        // Token use is written in batches by the journal writer.
        QTRY_VERIFY_WITH_TIMEOUT(
            TokenAdmin(*db).show(QStringLiteral("acme"), QDateTime::currentMSecsSinceEpoch())->first().lastUsedMs,
            10'000);
        const auto shown = TokenAdmin(*db).show(QStringLiteral("acme"), QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(shown->first().lastUsedBy, QStringLiteral("127.0.0.1"));
    }

    void unknownDirectoryAndBadArgumentsFail()
    {
        ScimTestServer s;
        auto db = admin(s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto r = TokenAdmin(*db).rotate(QStringLiteral("nope"), 0, now);
        QVERIFY(!r.has_value());
        QVERIFY(r.error().contains(QLatin1StringView("no directory named \"nope\"")));
        QVERIFY(!TokenAdmin(*db).revoke(QStringLiteral("nope"), now).has_value());
        QVERIFY(!TokenAdmin(*db).show(QStringLiteral("nope"), now).has_value());
        QVERIFY(!TokenAdmin(*db).rotate(QStringLiteral("acme"), -1, now).has_value());
        QVERIFY(!TokenAdmin(*db).rotate(QStringLiteral("acme"), 0, now, 0).has_value());
        // Nothing changed: the original token still works and is the only one.
        QCOMPARE(getUsers(s, s.token).status, 200);
        QCOMPARE(TokenAdmin(*db).show(QStringLiteral("acme"), now)->size(), 1);
    }

    void expiryWarnsThirtyAndSevenDaysAhead()
    {
        constexpr qint64 Day = 24 * 3600 * 1000;
        const qint64 now = 1'800'000'000'000;
        TokenAdmin::TokenStatus t;
        t.status = QStringLiteral("active");
        t.expiresMs = now + 31 * Day;
        QVERIFY(TokenAdmin::expiryWarning(t, now).isEmpty());
        t.expiresMs = now + 30 * Day;
        QVERIFY(TokenAdmin::expiryWarning(t, now).contains(QLatin1StringView("in 30 days")));
        QVERIFY(TokenAdmin::expiryWarning(t, now).contains(QLatin1StringView("plan its rotation")));
        t.expiresMs = now + 7 * Day;
        QVERIFY(TokenAdmin::expiryWarning(t, now).contains(QLatin1StringView("rotate it now")));
        t.expiresMs = now + 3600 * 1000;
        QVERIFY(TokenAdmin::expiryWarning(t, now).contains(QLatin1StringView("within a day")));
        // Only tokens that still work are worth a warning.
        t.status = QStringLiteral("revoked");
        QVERIFY(TokenAdmin::expiryWarning(t, now).isEmpty());
        t.status = QStringLiteral("active");
        t.expiresMs.reset();
        QVERIFY(TokenAdmin::expiryWarning(t, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
