// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ResourceCodec: input normalisation, and the byte-spliced representation equal to the object one.

#include "service/ResourceCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scimdesk;

class TestResourceCodec final : public QObject
{
    Q_OBJECT

private:
    static StoredResource stored(ResourceKind kind, const QJsonObject &body, bool active = true)
    {
        auto input = ResourceCodec::parse(kind, body);
        if (!input)
            qFatal("fixture does not parse: %s", qPrintable(input.error().detail));
        StoredResource r;
        r.id = QStringLiteral("2819c223-7f76-453a-919d-413861904646");
        r.name = input->name;
        r.active = active;
        r.createdMs = 1'700'000'000'123;
        r.modifiedMs = 1'700'000'100'456;
        r.version = 7;
        r.setDoc(input->doc);
        return r;
    }

private Q_SLOTS:
    void bytesEqualObject_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("active");
        QTest::newRow("okta user")
            << int(ResourceKind::User)
            << QByteArray(
                   "{\"userName\":\"a@example.com\",\"name\":{\"givenName\":\"A\",\"familyName\":\"B\"},\"emails\":[{"
                   "\"primary\":true,\"value\":\"a@example.com\",\"type\":\"work\"}],\"displayName\":\"A "
                   "B\",\"locale\":\"en-US\",\"externalId\":\"00u1\",\"groups\":[],\"password\":\"x\",\"active\":true}")
            << true;
        QTest::newRow("inactive, extension, custom")
            << int(ResourceKind::User)
            << QByteArray("{\"userName\":\"Ünïcode\\\"quote@example.com\",\"deltastreamOrgadmin\":true,\"urn:ietf:"
                          "params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"R&D\"}}")
            << false;
        QTest::newRow("group") << int(ResourceKind::Group)
                               << QByteArray("{\"displayName\":\"dev\",\"externalId\":\"00g1\"}") << true;
    }

    void bytesEqualObject()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(bool, active);
        const ResourceKind k = ResourceKind(kind);
        const StoredResource r = stored(k, QJsonDocument::fromJson(body).object(), active);
        const QList<GroupRef> groups{{QStringLiteral("g1"), QStringLiteral("dev \"team\"")}};
        const QList<MemberRef> members{{1, QStringLiteral("u1"), QStringLiteral("a@example.com")}};
        const QList<GroupRef> noGroups;
        // A configured public base URL may hold anything; the spliced form must escape it like the object form.
        for (const QString &base :
             {QStringLiteral("http://127.0.0.1:7643/scim/v2/acme"),
              QString::fromUtf8("https://scim.example.com/t\u00e4\"q\\x\U0001F600/scim/v2/acme")}) {
            for (const QList<GroupRef> *g : {&groups, &noGroups}) {
                const QJsonObject expected = ResourceCodec::toJson(k, r, base, g, &members);
                QJsonParseError error;
                const QJsonDocument spliced =
                    QJsonDocument::fromJson(ResourceCodec::toJsonBytes(k, r, base, g, &members), &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QCOMPARE(spliced.object(), expected);
            }
        }
        const QString base = QStringLiteral("http://127.0.0.1:7643/scim/v2/acme");
        const QJsonObject expected = ResourceCodec::toJson(k, r, base, &groups, &members);
        QVERIFY(!expected.contains(QLatin1StringView("password")));
        QCOMPARE(expected.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("version")).toString(),
                 QStringLiteral("W/\"7\""));
    }

    void formatTimeMatchesQDateTime()
    {
        QList<qint64> samples{0,
                              1,
                              999,
                              1000,
                              86'399'999,
                              86'400'000,
                              951'782'400'000 /* 2000-02-29 */,
                              4'107'542'399'999 /* 2100-02-28 */,
                              -1,
                              -86'400'001,
                              253'402'300'799'999};
        quint64 x = 88172645463325252ULL; // xorshift: deterministic spread over 1900..2200
        for (int i = 0; i < 20'000; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            samples.append(qint64(x % 9'467'280'000'000ULL) - 2'208'988'800'000LL);
        }
        for (qint64 ms : std::as_const(samples)) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(ResourceCodec::formatTime(ms), expected);
        }
    }

    void parseNormalises()
    {
        auto input = ResourceCodec::parse(
            ResourceKind::User,
            QJsonDocument::fromJson(
                "{\"USERNAME\":\"x@example.com\",\"Active\":\"False\",\"EMAILS\":{\"value\":\"x@example.com\"},"
                "\"externalid\":\"00u9\",\"title\":null,\"id\":\"ignored\",\"meta\":{\"created\":\"x\"}}")
                .object());
        QVERIFY(input.has_value());
        QCOMPARE(input->name, QStringLiteral("x@example.com"));
        QCOMPARE(input->active, std::optional<bool>(false));
        QCOMPARE(input->externalId, QStringLiteral("00u9"));
        QCOMPARE(input->doc.value(QLatin1StringView("emails")).toArray().size(), 1); // a single value is wrapped
        QVERIFY(!input->doc.contains(QLatin1StringView("title")));                   // null means unassigned
        QVERIFY(!input->doc.contains(QLatin1StringView("id")));
        QVERIFY(!input->doc.contains(QLatin1StringView("meta")));
        QVERIFY(!input->doc.contains(QLatin1StringView("externalid")));
        QCOMPARE(input->doc.value(QLatin1StringView("schemas")).toArray(),
                 QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")});
    }
};

QTEST_GUILESS_MAIN(TestResourceCodec)
#include "tst_resource_codec.moc"
