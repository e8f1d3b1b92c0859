// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 7644 behaviour over real HTTP: paging, sorting, projection, ETags, discovery, errors, authentication,
// bad input that must leave the data unchanged, and the journal.

#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"

#include <QSignalSpy>
#include <QTcpSocket>

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QStringList userNames(const Reply &list)
{
    QStringList names;
    for (const QJsonValue &u : list.json().value(QLatin1StringView("Resources")).toArray())
        names.append(u.toObject().value(QLatin1StringView("userName")).toString());
    return names;
}

} // namespace

class TestScimProtocol final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScimTestServer> m_s;
    QStringList m_ids;

    // Everything the directory holds, to show that refused requests changed nothing.
    QByteArray snapshot()
    {
        const Reply users = m_s->get(QStringLiteral("/Users?count=1000"));
        const Reply groups = m_s->get(QStringLiteral("/Groups?count=1000"));
        return users.body + groups.body;
    }

    QList<JournalEntry> journal(int limit = 50)
    {
        auto db = Database::open(m_s->databasePath(), QStringLiteral("journal-reader"));
        return db ? JournalRepository(**db).latest(limit) : QList<JournalEntry>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_s = std::make_unique<ScimTestServer>();
        const QStringList people{QStringLiteral("Zoe"), QStringLiteral("adam"), QStringLiteral("Mia"),
                                 QStringLiteral("bea"), QStringLiteral("Carl")};
        for (int i = 0; i < people.size(); ++i) {
            const QString login = people.at(i).toLower() + QStringLiteral("@example.com");
            const QJsonObject body{
                {QStringLiteral("userName"), QString(people.at(i) + QStringLiteral("@Example.com"))},
                {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), people.at(i)},
                                                     {QStringLiteral("familyName"), QStringLiteral("Test")}}},
                {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), login},
                                                                  {QStringLiteral("type"), QStringLiteral("work")},
                                                                  {QStringLiteral("primary"), true}}}},
                {QStringLiteral("title"), i % 2 ? QStringLiteral("Engineer") : QStringLiteral("Manager")},
                {QStringLiteral("externalId"), QStringLiteral("00u%1").arg(i)},
                {QStringLiteral("active"), i != 4}};
            const Reply r = m_s->post(QStringLiteral("/Users"), json(body));
            QCOMPARE(r.status, 201);
            m_ids.append(r.json().value(QLatin1StringView("id")).toString());
        }
    }

    void pagingEdges()
    {
        Reply r = m_s->get(QStringLiteral("/Users?startIndex=2&count=2"));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(5));
        QCOMPARE(r.json().value(QLatin1StringView("itemsPerPage")), QJsonValue(2));
        QCOMPARE(userNames(r), (QStringList{QStringLiteral("adam@Example.com"), QStringLiteral("Mia@Example.com")}));
        r = m_s->get(QStringLiteral("/Users?count=0"));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(5));
        QCOMPARE(r.json().value(QLatin1StringView("itemsPerPage")), QJsonValue(0));
        QVERIFY(r.json().value(QLatin1StringView("Resources")).toArray().isEmpty());
        r = m_s->get(QStringLiteral("/Users?startIndex=-7&count=1"));
        QCOMPARE(r.json().value(QLatin1StringView("startIndex")), QJsonValue(1));
        QCOMPARE(userNames(r), QStringList{QStringLiteral("Zoe@Example.com")});
        r = m_s->get(QStringLiteral("/Users?startIndex=99"));
        QCOMPARE(r.json().value(QLatin1StringView("itemsPerPage")), QJsonValue(0));
        r = m_s->get(QStringLiteral("/Users?count=-3"));
        QCOMPARE(r.json().value(QLatin1StringView("itemsPerPage")), QJsonValue(0));
        QVERIFY(m_s->get(QStringLiteral("/Users?startIndex=abc")).isScimError(400, QStringLiteral("invalidValue")));
        QVERIFY(m_s->get(QStringLiteral("/Users?count=1.5")).isScimError(400, QStringLiteral("invalidValue")));
    }

    void filtersOverHttp_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expected");
        QTest::newRow("eq case-insensitive, %20") << QStringLiteral("userName eq \"ZOE@EXAMPLE.COM\"") << 1;
        QTest::newRow("co") << QStringLiteral("userName co \"example\"") << 5;
        QTest::newRow("sw") << QStringLiteral("userName sw \"m\"") << 1;
        QTest::newRow("ew") << QStringLiteral("userName ew \".COM\"") << 5;
        QTest::newRow("pr") << QStringLiteral("title pr") << 5;
        QTest::newRow("and/or/not with parens")
            << QStringLiteral("(title eq \"Engineer\" or userName sw \"z\") and not (active eq false)") << 3;
        QTest::newRow("complex value filter") << QStringLiteral("emails[type eq \"work\" and value co \"bea\"]") << 1;
        QTest::newRow("sub-attribute") << QStringLiteral("name.givenName eq \"carl\"") << 1;
        QTest::newRow("meta.lastModified gt") << QStringLiteral("meta.lastModified gt \"2011-05-13T04:42:34Z\"") << 5;
        QTest::newRow("meta.lastModified lt") << QStringLiteral("meta.lastModified lt \"2011-05-13T04:42:34Z\"") << 0;
        QTest::newRow("externalId eq (case-exact)") << QStringLiteral("externalId eq \"00u3\"") << 1;
        QTest::newRow("externalId eq other case") << QStringLiteral("externalId eq \"00U3\"") << 0;
        QTest::newRow("operators in upper case") << QStringLiteral("USERNAME EQ \"adam@example.com\"") << 1;
        QTest::newRow("active eq false") << QStringLiteral("active eq false") << 1;
    }

    void filtersOverHttp()
    {
        QFETCH(QString, filter);
        QFETCH(int, expected);
        const Reply r = m_s->get(QStringLiteral("/Users?filter=") + enc(filter));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")).toInt(-1), expected);
        // The '+' form of spaces decodes the same way.
        const Reply plus = m_s->get(QStringLiteral("/Users?filter=") +
                                    enc(filter).replace(QStringLiteral("%20"), QStringLiteral("+")));
        QCOMPARE(plus.json().value(QLatin1StringView("totalResults")).toInt(-1), expected);
    }

    void badFiltersAre400()
    {
        for (const QString &f : {QStringLiteral("userName eq"), QStringLiteral("userName xx \"a\""),
                                 QStringLiteral("(userName eq \"a\""), QStringLiteral("userName eq \"unterminated"),
                                 QStringLiteral("emails[type eq \"work\""), QStringLiteral("and"),
                                 QString(QString(200, u'(') + QStringLiteral("userName pr") + QString(200, u')'))}) {
            const Reply r = m_s->get(QStringLiteral("/Users?filter=") + enc(f));
            QVERIFY2(r.isScimError(400, QStringLiteral("invalidFilter")),
                     qPrintable(f + QStringLiteral(" -> ") + QString::fromUtf8(r.body)));
        }
    }

    void scansBeyondTheLimitAreTooMany()
    {
        ServiceConfig config;
        config.maxFilterScan = 3;
        ScimTestServer small(QStringLiteral("small"), QStringLiteral("generic"), config);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(small
                         .post(QStringLiteral("/Users"),
                               json({{QStringLiteral("userName"), QStringLiteral("u%1@example.com").arg(i)}}))
                         .status,
                     201);
        // A filter that needs a scan of more than the limit is refused; an indexed one is not.
        QVERIFY(small.get(QStringLiteral("/Users?filter=") + enc(QStringLiteral("title pr")))
                    .isScimError(400, QStringLiteral("tooMany")));
        QCOMPARE(
            small.get(QStringLiteral("/Users?filter=") + enc(QStringLiteral("userName eq \"u1@example.com\""))).status,
            200);
        QVERIFY(small.get(QStringLiteral("/Users?sortBy=userName")).isScimError(400, QStringLiteral("tooMany")));
    }

    void sorting()
    {
        Reply r = m_s->get(QStringLiteral("/Users?sortBy=userName"));
        QCOMPARE(userNames(r), (QStringList{QStringLiteral("adam@Example.com"), QStringLiteral("bea@Example.com"),
                                            QStringLiteral("Carl@Example.com"), QStringLiteral("Mia@Example.com"),
                                            QStringLiteral("Zoe@Example.com")}));
        r = m_s->get(QStringLiteral("/Users?sortBy=name.givenName&sortOrder=descending&count=2"));
        QCOMPARE(userNames(r), (QStringList{QStringLiteral("Zoe@Example.com"), QStringLiteral("Mia@Example.com")}));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(5));
        r = m_s->get(QStringLiteral("/Users?sortBy=emails&filter=title%20eq%20%22Engineer%22"));
        QCOMPARE(userNames(r), (QStringList{QStringLiteral("adam@Example.com"), QStringLiteral("bea@Example.com")}));
        QVERIFY(m_s->get(QStringLiteral("/Users?sortBy=userName&sortOrder=sideways"))
                    .isScimError(400, QStringLiteral("invalidValue")));
    }

    void attributeProjection()
    {
        Reply r =
            m_s->get(QStringLiteral("/Users/") + m_ids.at(0) + QStringLiteral("?attributes=userName,name.givenName"));
        QJsonObject u = r.json();
        QCOMPARE(u.value(QLatin1StringView("id")).toString(), m_ids.at(0)); // returned: always
        QCOMPARE(u.value(QLatin1StringView("userName")).toString(), QStringLiteral("Zoe@Example.com"));
        QCOMPARE(u.value(QLatin1StringView("name")).toObject().keys(), QStringList{QStringLiteral("givenName")});
        QVERIFY(!u.contains(QLatin1StringView("emails")));
        r = m_s->get(QStringLiteral("/Users?excludedAttributes=emails,meta,id&count=1"));
        u = r.json().value(QLatin1StringView("Resources")).toArray().first().toObject();
        QVERIFY(!u.contains(QLatin1StringView("emails")));
        QVERIFY(!u.contains(QLatin1StringView("meta")));
        QVERIFY(u.contains(QLatin1StringView("id")));
    }

    void etags()
    {
        const QString path = QStringLiteral("/Users/") + m_ids.at(1);
        const Reply r = m_s->get(path);
        const QByteArray etag = r.header("ETag");
        QVERIFY(etag.startsWith("W/\""));
        QCOMPARE(QString::fromLatin1(etag),
                 r.json().value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("version")).toString());
        Reply notModified = m_s->send("GET", path, {}, "Bearer " + m_s->token, {{"If-None-Match", etag}});
        QCOMPARE(notModified.status, 304);
        const QByteArray patch =
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"Lead"}]})";
        const Reply stale = m_s->send("PATCH", path, patch, "Bearer " + m_s->token,
                                      {{"Content-Type", "application/scim+json"}, {"If-Match", "W/\"999\""}});
        QVERIFY(stale.isScimError(412));
        const Reply ok = m_s->send("PATCH", path, patch, "Bearer " + m_s->token,
                                   {{"Content-Type", "application/scim+json"}, {"If-Match", etag}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("ETag") != etag);
    }

    void discovery()
    {
        Reply r = m_s->get(QStringLiteral("/ServiceProviderConfig"));
        QCOMPARE(r.status, 200);
        QJsonObject c = r.json();
        QCOMPARE(c.value(QLatin1StringView("patch")).toObject().value(QLatin1StringView("supported")),
                 QJsonValue(true));
        QCOMPARE(c.value(QLatin1StringView("bulk")).toObject().value(QLatin1StringView("supported")),
                 QJsonValue(false));
        QCOMPARE(c.value(QLatin1StringView("filter")).toObject().value(QLatin1StringView("maxResults")),
                 QJsonValue(1000));
        QCOMPARE(c.value(QLatin1StringView("etag")).toObject().value(QLatin1StringView("supported")), QJsonValue(true));
        QCOMPARE(c.value(QLatin1StringView("sort")).toObject().value(QLatin1StringView("supported")), QJsonValue(true));
        QCOMPARE(c.value(QLatin1StringView("authenticationSchemes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("type"))
                     .toString(),
                 QStringLiteral("oauthbearertoken"));
        r = m_s->get(QStringLiteral("/ResourceTypes"));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(2));
        r = m_s->get(QStringLiteral("/ResourceTypes/User"));
        QCOMPARE(r.json().value(QLatin1StringView("endpoint")).toString(), QStringLiteral("/Users"));
        QCOMPARE(r.json()
                     .value(QLatin1StringView("schemaExtensions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("schema"))
                     .toString(),
                 QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"));
        r = m_s->get(QStringLiteral("/Schemas"));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(3));
        r = m_s->get(QStringLiteral("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"));
        QCOMPARE(r.status, 200);
        bool userNameCaseExact = true;
        for (const QJsonValue &a : r.json().value(QLatin1StringView("attributes")).toArray()) {
            if (a.toObject().value(QLatin1StringView("name")).toString() == QLatin1StringView("userName"))
                userNameCaseExact = a.toObject().value(QLatin1StringView("caseExact")).toBool();
        }
        QVERIFY(!userNameCaseExact);
        QVERIFY(m_s->get(QStringLiteral("/Schemas/urn:nope")).isScimError(404));
        QVERIFY(m_s->get(QStringLiteral("/Me")).isScimError(501));
        QVERIFY(m_s->post(QStringLiteral("/Bulk"), "{}").isScimError(501));
    }

    void methodNotAllowed()
    {
        Reply r = m_s->del(QStringLiteral("/Users"));
        QVERIFY(r.isScimError(405));
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST"));
        r = m_s->post(QStringLiteral("/Users/") + m_ids.at(0), "{}");
        QVERIFY(r.isScimError(405));
        QCOMPARE(r.header("Allow"), QByteArray("GET, PUT, PATCH, DELETE"));
        r = m_s->put(QStringLiteral("/ServiceProviderConfig"), "{}");
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
    }

    void search()
    {
        const Reply r = m_s->post(
            QStringLiteral("/Users/.search"),
            jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"title eq `Manager`","startIndex":1,"count":10,"attributes":["userName"]})"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(3));
        QVERIFY(!r.json()
                     .value(QLatin1StringView("Resources"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QLatin1StringView("emails")));
    }

    void authentication()
    {
        const QString path = QStringLiteral("/Users?count=1");
        QCOMPARE(m_s->send("GET", path, {}, "Bearer " + m_s->token).status, 200);
        QCOMPARE(m_s->send("GET", path, {}, "bearer " + m_s->token).status, 200); // scheme is case-insensitive
        QCOMPARE(m_s->send("GET", path, {}, m_s->token).status, 200);             // Okta OIN "Header" auth: bare token
        QVERIFY(m_s->send("GET", path, {}, {}).isScimError(401));
        QVERIFY(m_s->send("GET", path, {}, "Bearer " + m_s->token.chopped(1) + 'x').isScimError(401));
        QVERIFY(m_s->send("GET", path, {}, "Basic dXNlcjpwYXNz").isScimError(401));
        // A token opens only its own directory.
        const QByteArray otherToken = m_s->addDirectory(QStringLiteral("other"));
        QVERIFY(m_s->send("GET", path, {}, "Bearer " + otherToken).isScimError(401));
        QCOMPARE(
            m_s->send("GET", QStringLiteral("/Users"), {}, "Bearer " + otherToken, HttpClient::oktaHeaders()).status,
            401);
        HttpClient client;
        QCOMPARE(
            client.send("GET", m_s->url(QStringLiteral("/Users"), QStringLiteral("other")), {}, "Bearer " + otherToken)
                .status,
            200);
        QCOMPARE(
            client.send("GET", m_s->url(QStringLiteral("/Users"), QStringLiteral("other")), {}, "Bearer " + otherToken)
                .json()
                .value(QLatin1StringView("totalResults")),
            QJsonValue(0));
        // An unknown directory answers like a bad token.
        QVERIFY(
            client.send("GET", m_s->url(QStringLiteral("/Users"), QStringLiteral("nope")), {}, "Bearer " + m_s->token)
                .isScimError(401));
        // Tokens in the query string are refused even when valid.
        const Reply q =
            m_s->send("GET", QStringLiteral("/Users?access_token=") + QString::fromLatin1(m_s->token), {}, {});
        QVERIFY(q.isScimError(401));
        QVERIFY(q.json().value(QLatin1StringView("detail")).toString().contains(QLatin1StringView("query string")));
        QVERIFY(m_s->send("GET", QStringLiteral("/Users?access_token=x"), {}, "Bearer " + m_s->token).isScimError(401));
        // Far down a long query string, too (the journal's check of targets must not stop early).
        QVERIFY(m_s->send("GET",
                          QStringLiteral("/Users?filter=") + QString(300, u'x') +
                              QStringLiteral("&access_token=late-secret"),
                          {}, "Bearer " + m_s->token)
                    .isScimError(401));
    }

    void hostileIdsAre404()
    {
        const QByteArray before = snapshot();
        for (const QString &id :
             {QStringLiteral("..%2F..%2Fetc%2Fpasswd"), QStringLiteral("%00"), QStringLiteral("%27%20OR%201%3D1--"),
              QString(5000, u'a'), QStringLiteral("%E2%98%83"), QStringLiteral("%FF%FE"),
              QStringLiteral("bulkId%3Aqwerty"), QStringLiteral("00919288221112222"), m_ids.at(0).toUpper()}) {
            for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("PUT"),
                                             QByteArrayLiteral("PATCH"), QByteArrayLiteral("DELETE")}) {
                const QByteArray body =
                    method == "PATCH"
                        ? QByteArrayLiteral(
                              R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]})")
                        : QByteArrayLiteral(R"({"userName":"x@example.com"})");
                const Reply r =
                    m_s->send(method, QStringLiteral("/Users/") + id,
                              method == "GET" || method == "DELETE" ? QByteArray() : body, "Bearer " + m_s->token);
                QVERIFY2(r.isScimError(404), qPrintable(QString::fromLatin1(method) + u' ' + id.left(40) +
                                                        QStringLiteral(" -> ") + QString::fromUtf8(r.body.left(200))));
            }
        }
        QCOMPARE(snapshot(), before);
    }

    void badBodiesChangeNothing_data()
    {
        // Each case: a request that must be refused with the given status and scimType (data/bad-bodies.json).
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("scimType");
        const QJsonArray cases = QJsonDocument::fromJson(readTestData(QStringLiteral("bad-bodies.json"))).array();
        QVERIFY(cases.size() >= 20);
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QLatin1StringView("name")).toString()))
                << c.value(QLatin1StringView("method")).toString().toLatin1()
                << c.value(QLatin1StringView("path")).toString()
                << c.value(QLatin1StringView("body")).toString().toUtf8()
                << c.value(QLatin1StringView("status")).toInt() << c.value(QLatin1StringView("scimType")).toString();
        }
    }

    void badBodiesChangeNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, scimType);
        const QByteArray before = snapshot();
        const Reply r =
            m_s->send(method, QString(path).replace(QStringLiteral("{id}"), m_ids.at(1)), body, "Bearer " + m_s->token);
        QVERIFY2(r.isScimError(status, scimType), r.body.constData());
        QCOMPARE(snapshot(), before);
    }

    void unsupportedMediaType()
    {
        const Reply r = m_s->send("POST", QStringLiteral("/Users"), "userName=x", "Bearer " + m_s->token,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
        QVERIFY(r.isScimError(415));
    }

    void oversizedBodyIs413()
    {
        const QByteArray before = snapshot();
        // (Built without raw string literals: moc 6.4 misreads them around quotes.)
        const QByteArray big = QByteArray("{\"userName\":\"big@example.com\",\"title\":\"") +
                               QByteArray(2 * 1024 * 1024, 'x') + QByteArray("\"}");
        const Reply r = m_s->post(QStringLiteral("/Users"), big);
        QVERIFY2(r.isScimError(413), r.body.left(300).constData());
        QCOMPARE(snapshot(), before);
    }

    void unknownAttributesAreKept()
    {
        const Reply r =
            m_s->post(QStringLiteral("/Users"),
                      R"({"userName":"custom@example.com","deltastreamOrgadmin":true,"statsigOrgRole":"Admin",)"
                      R"("urn:ietf:params:scim:schemas:extension:acme:2.0:User":{"badge":"42"}})");
        QCOMPARE(r.status, 201);
        const QJsonObject u =
            m_s->get(QStringLiteral("/Users/") + r.json().value(QLatin1StringView("id")).toString()).json();
        QCOMPARE(u.value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(true));
        QCOMPARE(u.value(QLatin1StringView("statsigOrgRole")).toString(), QStringLiteral("Admin"));
        QCOMPARE(u.value(QLatin1StringView("urn:ietf:params:scim:schemas:extension:acme:2.0:User"))
                     .toObject()
                     .value(QLatin1StringView("badge"))
                     .toString(),
                 QStringLiteral("42"));
        QVERIFY(u.value(QLatin1StringView("schemas"))
                    .toArray()
                    .contains(QStringLiteral("urn:ietf:params:scim:schemas:extension:acme:2.0:User")));
        // Filterable, and PATCHable by no-path replace (Okta flips the admin attribute this way).
        const Reply f = m_s->get(QStringLiteral("/Users?filter=") + enc(QStringLiteral("deltastreamOrgadmin eq true")));
        QCOMPARE(f.json().value(QLatin1StringView("totalResults")), QJsonValue(1));
        const Reply p = m_s->patch(
            QStringLiteral("/Users/") + u.value(QLatin1StringView("id")).toString(),
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"deltastreamOrgadmin":false}}]})");
        QCOMPARE(p.json().value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(false));
        QCOMPARE(m_s->del(QStringLiteral("/Users/") + u.value(QLatin1StringView("id")).toString()).status, 204);
    }

    void unknownPathsAre404()
    {
        HttpClient client;
        const QString origin = m_s->baseUrl().section(QStringLiteral("/scim/"), 0, 0);
        for (const QString &p : {QStringLiteral("/"), QStringLiteral("/scim"), QStringLiteral("/scim/v2"),
                                 QStringLiteral("/index.html")}) {
            const Reply r = client.send("GET", QUrl(origin + p), {}, "Bearer " + m_s->token);
            QVERIFY2(r.isScimError(404), qPrintable(p));
        }
        QVERIFY(m_s->get(QStringLiteral("/Widgets")).isScimError(404));
        QVERIFY(m_s->get(QStringLiteral("/Users/a/b")).isScimError(404));
    }

    void journalRecordsAndRedacts()
    {
        const Reply created = m_s->post(QStringLiteral("/Users"),
                                        R"({"userName":"journal@example.com","password":"S3cret!pw","active":true})");
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QLatin1StringView("id")).toString();
        QCOMPARE(
            m_s->patch(
                   QStringLiteral("/Users/") + id,
                   R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]})")
                .status,
            200);
        m_s->get(QStringLiteral("/Users?filter=userName%20eq%20%22journal%40example.com%22"));
        // A custom attribute whose name looks secret is redacted in the response body too.
        m_s->get(QStringLiteral("/Users/") + id);
        QCOMPARE(m_s->post(QStringLiteral("/Groups"), R"({"displayName":"journal group","members":[]})").status, 201);

        // Read entries are written in batches by the journal writer: wait until they are in.
        auto find = [&](const QString &meaning) {
            for (const JournalEntry &e : journal(200)) {
                if (e.meaning.startsWith(meaning))
                    return e;
            }
            return JournalEntry{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("searched users where userName eq")).seq > 0, 10'000);
        const JournalEntry create = find(QStringLiteral("created user journal@example.com"));
        QVERIFY(create.seq > 0);
        QCOMPARE(create.method, QStringLiteral("POST"));
        QCOMPARE(create.status, 201);
        QCOMPARE(create.userAgent, QStringLiteral("Okta SCIM Client 1.0.0"));
        QCOMPARE(create.client, QStringLiteral("127.0.0.1"));
        QCOMPARE(create.directory, QStringLiteral("acme"));
        QCOMPARE(create.resourceId, id);
        QVERIFY(create.requestBody.contains("[redacted]"));
        QVERIFY(!create.requestBody.contains("S3cret!pw"));
        QVERIFY(create.responseBody.contains("journal@example.com"));
        QVERIFY(create.latencyUs > 0);
        const JournalEntry deactivate = find(QStringLiteral("deactivated user journal@example.com"));
        QVERIFY(deactivate.seq > create.seq); // changes are journaled in the order they were made
        QCOMPARE(find(QStringLiteral("created group journal group")).status, 201);
        QVERIFY(find(QStringLiteral("read user journal@example.com")).seq > 0);
        // Nothing anywhere in the journal holds the token.
        const QList<JournalEntry> all = journal(10'000);
        bool sawRedactedQueryToken = false;
        for (const JournalEntry &e : all) {
            QVERIFY(!e.requestBody.contains(m_s->token));
            QVERIFY(!e.responseBody.contains(m_s->token));
            QVERIFY(!e.path.contains(QString::fromLatin1(m_s->token)));
            sawRedactedQueryToken =
                sawRedactedQueryToken || e.path.contains(QLatin1StringView("access_token=[redacted]"));
        }
        QVERIFY(sawRedactedQueryToken);
        for (const JournalEntry &e : all)
            QVERIFY(!e.path.contains(QLatin1StringView("late-secret")));
    }

    void journalRedactsSecretLookingAttributesInResponses()
    {
        const Reply created =
            m_s->post(QStringLiteral("/Users"), R"({"userName":"vault@example.com","apiSecret":"hunter2-value"})");
        QCOMPARE(created.status, 201);
        m_s->get(QStringLiteral("/Users/") + created.json().value(QLatin1StringView("id")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const JournalEntry &e : journal(50)) {
                    if (e.meaning == QLatin1StringView("read user vault@example.com"))
                        return e.responseBody.contains("[redacted]") && !e.responseBody.contains("hunter2-value");
                }
                return false;
            }(),
            10'000);
    }

    void concurrentReadsAndChangesAllSucceed()
    {
        // Changes race the journal writer's commits for SQLite's write lock; none may fail for it.
        QNetworkAccessManager manager; // up to 6 connections in parallel
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 400; ++i) {
            QNetworkRequest request(
                m_s->url(i % 3 == 0 ? QStringLiteral("/Users") : QStringLiteral("/Users?startIndex=1&count=5")));
            request.setRawHeader("Authorization", "Bearer " + m_s->token);
            request.setRawHeader("Content-Type", "application/scim+json");
            replies.append(i % 3 == 0 ? manager.post(request, json({{QStringLiteral("userName"),
                                                                     QStringLiteral("race%1@example.com").arg(i)}}))
                                      : manager.get(request));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
        }
        int created = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 200 || status == 201, reply->readAll().constData());
            created += status == 201;
            reply->deleteLater();
        }
        QCOMPARE(created, 134);
    }

    void slowClientDoesNotBlockOthers()
    {
        // Half a request on one connection; a normal request on another must still be answered.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_s->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("POST /scim/v2/acme/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"userName\":");
        QVERIFY(slow.waitForBytesWritten(5000));
        QCOMPARE(m_s->get(QStringLiteral("/Users?count=1")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestScimProtocol)
#include "tst_scim_protocol.moc"
