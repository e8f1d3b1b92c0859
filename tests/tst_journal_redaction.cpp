// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the journal keeps of bodies and targets: secrets redacted however they are written.

#include "service/JournalRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scimdesk;

class TestJournalRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("secret"); // must not survive
        QTest::addColumn<QByteArray>("kept");   // must survive
        QTest::newRow("okta create")
            << QByteArray("{\"userName\":\"a@example.com\",\"password\":\"1mz050nq\",\"active\":true}")
            << QByteArray("1mz050nq") << QByteArray("a@example.com");
        QTest::newRow("spaces around colon") << QByteArray("{ \"password\" :  \"s p a c e\" , \"x\": 1}")
                                             << QByteArray("s p a c e") << QByteArray("\"x\"");
        QTest::newRow("nested, PATCH value")
            << QByteArray("{\"Operations\":[{\"op\":\"replace\",\"value\":{\"password\":\"n3w\\\"q\"}}]}")
            << QByteArray("n3w") << QByteArray("Operations");
        QTest::newRow("secret not a string") << QByteArray("{\"clientSecret\":{\"value\":\"deep-secret\"},\"n\":1}")
                                             << QByteArray("deep-secret") << QByteArray("\"n\":1");
        QTest::newRow("secret a number") << QByteArray("{\"apiToken\":123456789,\"n\":1}") << QByteArray("123456789")
                                         << QByteArray("\"n\":1");
        QTest::newRow("escaped key") << QByteArray("{\"pass\\u0077ord\":\"escaped-pw\",\"n\":1}")
                                     << QByteArray("escaped-pw") << QByteArray("\"n\":1");
        QTest::newRow("case") << QByteArray("{\"PassWord\":\"Mixed\"}") << QByteArray("Mixed")
                              << QByteArray("PassWord");
        QTest::newRow("bearer token echoed") << QByteArray("{\"note\":\"scimdesk_abcdefghijklmnop\"}")
                                             << QByteArray("scimdesk_abcdefghijklmnop") << QByteArray("note");
    }

    void requestBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, kept);
        const QByteArray stored = JournalRedaction::body(body, 64 * 1024, "scimdesk_abcdefghijklmnop");
        QVERIFY2(!stored.contains(secret), stored.constData());
        QVERIFY2(stored.contains(kept), stored.constData());
        QVERIFY2(stored.contains("[redacted]"), stored.constData());
        QVERIFY(QJsonDocument::fromJson(stored).isObject()); // still JSON
    }

    void nonJsonIsNotKept()
    {
        const QByteArray stored = JournalRedaction::body("password=hunter2&user=x", 1024, {});
        QVERIFY(!stored.contains("hunter2"));
        QVERIFY(stored.contains("not JSON"));
    }

    void truncation()
    {
        const QByteArray big = "{\"title\":\"" + QByteArray(10'000, 'x') + "\"}";
        const QByteArray stored = JournalRedaction::body(big, 100, {});
        QVERIFY(stored.startsWith("{\"title\":\"xxx"));
        QVERIFY(stored.contains("truncated"));
        QVERIFY(stored.size() < 200);
    }

    void responsesOnlyRedactedWhenAKeyLooksSecret()
    {
        const QByteArray plain = "{\"userName\":\"token-holder@example.com\",\"id\":\"1\"}"; // a value, not a key
        QCOMPARE(JournalRedaction::response(plain, 4096), plain);
        const QByteArray secret = "{\"userName\":\"a\",\"apiSecret\":\"hunter2\"}";
        QVERIFY(!JournalRedaction::response(secret, 4096).contains("hunter2"));
        // Only what is kept is looked at: a secret past the cut is never stored anyway.
        const QByteArray late = "{\"a\":\"" + QByteArray(5000, 'x') + "\",\"apiSecret\":\"hunter2\"}";
        QVERIFY(!JournalRedaction::response(late, 4096).contains("hunter2"));
    }

    void targets()
    {
        QCOMPARE(JournalRedaction::target("/scim/v2/a/Users?filter=userName%20eq%20%22x%22"),
                 QStringLiteral("/scim/v2/a/Users?filter=userName%20eq%20%22x%22"));
        QVERIFY(!JournalRedaction::target("/scim/v2/a/Users?access_token=abc123secret")
                     .contains(QLatin1StringView("abc123secret")));
        QVERIFY(!JournalRedaction::target("/x?" + QByteArray(500, 'a') + "&API_KEY=k3y")
                     .contains(QLatin1StringView("k3y")));
    }
};

QTEST_GUILESS_MAIN(TestJournalRedaction)
#include "tst_journal_redaction.moc"
