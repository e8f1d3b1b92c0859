// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Okta's Runscope "SCIM 2.0 SPEC Test" (okta-scim-wire.md §7.1) and its 2023 group variant (§7.2), step by
// step over real HTTP against the listener, with the suite's own headers and assertions.

#include "support/ScimTestServer.h"

using namespace scimdesk;
using namespace scimdesk::test;

class TestOktaSpec final : public QObject
{
    Q_OBJECT

private:
    // Runscope's "H" headers and "P" (POST) headers.
    static QList<QPair<QByteArray, QByteArray>> hHeaders()
    {
        return {{"Accept-Charset", "utf-8"},
                {"Content-Type", "application/scim+json; charset=utf-8"},
                {"Accept", "application/scim+json"},
                {"User-Agent", "OKTA SCIM Integration"}};
    }
    static QList<QPair<QByteArray, QByteArray>> pHeaders()
    {
        return {{"Content-Type", "application/json"}, {"Accept", "application/scim+json; charset=utf-8"}};
    }
    static bool isNumber(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).isDouble(); }
    static bool hasListSchema(const QJsonObject &o)
    {
        return o.value(QLatin1StringView("schemas"))
            .toArray()
            .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
    }

    std::unique_ptr<ScimTestServer> m_server;
    QByteArray m_auth;
    // Runscope's initial script.
    QString m_given = QStringLiteral("Runscope123");
    QString m_family = QStringLiteral("Qwertyuio456");
    QString m_userName = QStringLiteral("Runscope123Qwertyuio456@atko.com");
    QString m_idUserOne;
    QString m_isvUserId;

    Reply h(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return m_server->send(method, path, body, m_auth, hHeaders());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ScimTestServer>();
        m_auth = "Bearer " + m_server->token;
        // "At least one user must exist before the run" [PREP].
        const Reply seed =
            m_server->post(QStringLiteral("/Users"), readTestData(QStringLiteral("okta/create-user.json")));
        QCOMPARE(seed.status, 201);
    }

    void step01_usersEndpoint()
    {
        const Reply r = h("GET", QStringLiteral("/Users?count=1&startIndex=1"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(hasListSchema(o));
        QVERIFY(isNumber(o, "itemsPerPage") && isNumber(o, "startIndex") && isNumber(o, "totalResults"));
        const QJsonArray resources = o.value(QLatin1StringView("Resources")).toArray();
        QCOMPARE(resources.size(), 1);
        const QJsonObject u = resources.first().toObject();
        QVERIFY(!u.value(QLatin1StringView("id")).toString().isEmpty());
        QVERIFY(
            !u.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("familyName")).toString().isEmpty());
        QVERIFY(
            !u.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("givenName")).toString().isEmpty());
        QVERIFY(!u.value(QLatin1StringView("userName")).toString().isEmpty());
        QCOMPARE(u.value(QLatin1StringView("active")), QJsonValue(true));
        QVERIFY(!u.value(QLatin1StringView("emails"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("value"))
                     .toString()
                     .isEmpty());
        m_isvUserId = u.value(QLatin1StringView("id")).toString();
    }

    void step03_getById()
    {
        const Reply r = h("GET", QStringLiteral("/Users/") + m_isvUserId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("id")).toString(), m_isvUserId);
        QVERIFY(!r.json().value(QLatin1StringView("userName")).toString().isEmpty());
    }

    void step05_filterUnknownEmailWithoutPaging()
    {
        const Reply r = h("GET", QStringLiteral("/Users?filter=userName%20eq%20%22abcdefgh%40atko.com%22"));
        QCOMPARE(r.status, 200);
        QVERIFY(hasListSchema(r.json()));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")).toInt(-1), 0);
    }

    void step07_unknownIdIs404()
    {
        const Reply r = h("GET", QStringLiteral("/Users/010101001010101011001010101011"));
        QVERIFY2(r.isScimError(404), r.body.constData());
    }

    void step09_filterRandomEmail()
    {
        const Reply r = h("GET", QStringLiteral("/Users?filter=userName+eq+%22") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(m_userName)) + QStringLiteral("%22"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")).toInt(-1), 0);
    }

    void step11_createUser()
    {
        const QJsonObject body{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), m_userName},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("givenName"), m_given}, {QStringLiteral("familyName"), m_family}}},
            {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                              {QStringLiteral("value"), m_userName},
                                                              {QStringLiteral("type"), QStringLiteral("work")}}}},
            {QStringLiteral("displayName"), QString(m_given + u' ' + m_family)},
            {QStringLiteral("active"), true}};
        const Reply r = m_server->send("POST", QStringLiteral("/Users"), json(body), m_auth, pHeaders());
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1StringView("active")), QJsonValue(true));
        m_idUserOne = o.value(QLatin1StringView("id")).toString();
        QVERIFY(!m_idUserOne.isEmpty());
        QCOMPARE(o.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("familyName")).toString(),
                 m_family);
        QCOMPARE(o.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("givenName")).toString(),
                 m_given);
        QVERIFY(o.value(QLatin1StringView("schemas"))
                    .toArray()
                    .contains(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")));
        QCOMPARE(o.value(QLatin1StringView("userName")).toString(), m_userName); // case preserved
        QCOMPARE(r.header("Location"), (m_server->baseUrl() + QStringLiteral("/Users/") + m_idUserOne).toUtf8());
    }

    void step13_getCreated()
    {
        const Reply r = h("GET", QStringLiteral("/Users/") + m_idUserOne);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("userName")).toString(), m_userName);
    }

    void step15_duplicateIs409()
    {
        const QJsonObject body{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), m_userName},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("givenName"), m_given}, {QStringLiteral("familyName"), m_family}}},
            {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("value"), m_userName}}}},
            {QStringLiteral("active"), true}};
        const Reply r = m_server->send("POST", QStringLiteral("/Users"), json(body), m_auth, pHeaders());
        QVERIFY2(r.isScimError(409, QStringLiteral("uniqueness")), r.body.constData());
        // Also with the userName in another case: uniqueness is case-insensitive.
        QJsonObject upper = body;
        upper.insert(QStringLiteral("userName"), m_userName.toUpper());
        QVERIFY(m_server->send("POST", QStringLiteral("/Users"), json(upper), m_auth, pHeaders())
                    .isScimError(409, QStringLiteral("uniqueness")));
    }

    void step17_caseInsensitiveFilter()
    {
        const Reply r =
            h("GET", QStringLiteral("/Users?filter=userName%20eq%20%22") +
                         QString::fromLatin1(QUrl::toPercentEncoding(m_userName.toUpper())) + QStringLiteral("%22"));
        QCOMPARE(r.status, 200);
        const QJsonArray resources = r.json().value(QLatin1StringView("Resources")).toArray();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.first().toObject().value(QLatin1StringView("userName")).toString(), m_userName);
    }

    void step19_groupsEndpoint()
    {
        const Reply r = h("GET", QStringLiteral("/Groups"));
        QCOMPARE(r.status, 200);
        QVERIFY(!QJsonDocument::fromJson(r.body).isNull());
        QVERIFY(r.json().value(QLatin1StringView("Resources")).isArray());
    }

    void step21_badTokenIs401()
    {
        const Reply r =
            m_server->send("GET", QStringLiteral("/Users?filter=userName%20eq%20%22x%22"), {}, "non-token", hHeaders());
        QVERIFY2(r.isScimError(401), r.body.constData());
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
    }

    void step23_malformedIdIs404() { QVERIFY(h("GET", QStringLiteral("/Users/00919288221112222")).isScimError(404)); }

    // §7.2, the 2023 variant with groups, PUT and PATCH.
    void v2023_step19_putWithPhone()
    {
        const QJsonObject current = h("GET", QStringLiteral("/Users/") + m_idUserOne).json();
        QJsonObject body = current;
        body.insert(QStringLiteral("phoneNumbers"),
                    QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("555-555-5555")},
                                           {QStringLiteral("type"), QStringLiteral("work")}}});
        const Reply r = h("PUT", QStringLiteral("/Users/") + m_idUserOne, json(body));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1StringView("active")), QJsonValue(true));
        QCOMPARE(o.value(QLatin1StringView("id")).toString(), m_idUserOne);
        QCOMPARE(o.value(QLatin1StringView("userName")).toString(), m_userName);
        const QJsonObject phone = o.value(QLatin1StringView("phoneNumbers")).toArray().first().toObject();
        QCOMPARE(phone.value(QLatin1StringView("value")).toString(), QStringLiteral("555-555-5555"));
        QCOMPARE(phone.value(QLatin1StringView("type")).toString(), QStringLiteral("work"));
    }

    void v2023_groupLifecycle()
    {
        const QString groupName = QStringLiteral("Runscope Group 789");
        const QJsonObject member{{QStringLiteral("value"), m_idUserOne}, {QStringLiteral("display"), m_userName}};
        const Reply created = h("POST", QStringLiteral("/Groups"),
                                json({{QStringLiteral("schemas"),
                                       QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                                      {QStringLiteral("displayName"), groupName},
                                      {QStringLiteral("members"), QJsonArray{member}}}));
        QCOMPARE(created.status, 201);
        const QString groupId = created.json().value(QLatin1StringView("id")).toString();
        const QJsonObject m0 = created.json().value(QLatin1StringView("members")).toArray().first().toObject();
        QCOMPARE(m0.value(QLatin1StringView("value")).toString(), m_idUserOne);
        QCOMPARE(m0.value(QLatin1StringView("display")).toString(), m_userName);

        const Reply read = h("GET", QStringLiteral("/Groups/") + groupId);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QLatin1StringView("members")).toArray().size(), 1);

        const QString removeOp =
            QString::fromUtf8(
                jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove","path":"members[value eq `%1`]"}]})"))
                .arg(m_idUserOne);
        const Reply removed = h("PATCH", QStringLiteral("/Groups/") + groupId, removeOp.toUtf8());
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.json().value(QLatin1StringView("members")).toArray().isEmpty());

        const QJsonObject addOp{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp")}},
            {QStringLiteral("Operations"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                                                  {QStringLiteral("path"), QStringLiteral("members")},
                                                                  {QStringLiteral("value"), QJsonArray{member}}}}}};
        const Reply added = h("PATCH", QStringLiteral("/Groups/") + groupId, json(addOp));
        QCOMPARE(added.status, 200);
        const QJsonObject a0 = added.json().value(QLatin1StringView("members")).toArray().first().toObject();
        QCOMPARE(a0.value(QLatin1StringView("value")).toString(), m_idUserOne);
        QCOMPARE(a0.value(QLatin1StringView("display")).toString(), m_userName);

        const Reply replaced = h("PUT", QStringLiteral("/Groups/") + groupId,
                                 json({{QStringLiteral("schemas"),
                                        QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                                       {QStringLiteral("displayName"), groupName},
                                       {QStringLiteral("members"), QJsonArray{}}}));
        QCOMPARE(replaced.status, 200);
        QVERIFY(replaced.json().value(QLatin1StringView("members")).toArray().isEmpty());

        const Reply deleted = h("DELETE", QStringLiteral("/Groups/") + groupId);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(h("GET", QStringLiteral("/Groups/") + groupId).isScimError(404));
    }

    void v2023_step35_deactivateByPatch()
    {
        const Reply r = h(
            "PATCH", QStringLiteral("/Users/") + m_idUserOne,
            R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":false}}]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("active")), QJsonValue(false));
        // Soft delete: still readable and still found by filter (CRUD test step 11).
        QCOMPARE(h("GET", QStringLiteral("/Users/") + m_idUserOne).json().value(QLatin1StringView("active")),
                 QJsonValue(false));
    }

    // The 2016 beta suite sends its token in an "Authentication" header, which is not HTTP auth: refused.
    void beta_authenticationHeaderIsNotAuthorization()
    {
        const Reply r = m_server->send("GET", QStringLiteral("/Users?count=2&startIndex=1"), {}, {},
                                       {{"Authentication", "Bearer " + m_server->token}});
        QVERIFY(r.isScimError(401));
    }
};

QTEST_GUILESS_MAIN(TestOktaSpec)
#include "tst_okta_spec.moc"
