// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Okta's request scripts (okta-scim-wire.md §10) for both app kinds, and Entra's PATCH shapes (§8), sent over
// real HTTP exactly as the clients send them, with the results checked on the wire and in the store.

#include "store/ResourceRepository.h"
#include "support/ScimTestServer.h"

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

const QString PatchSchema = QStringLiteral(R"("schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"])");

QByteArray patchOps(const QString &operations)
{
    return (u'{' + PatchSchema + QStringLiteral(R"(,"Operations":)") + operations + u'}').toUtf8();
}

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QByteArray oktaCreateBody(const QString &login, const QString &given, const QString &family, const QString &oktaId,
                          const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                  {QStringLiteral("userName"), login},
                  {QStringLiteral("name"),
                   QJsonObject{{QStringLiteral("givenName"), given}, {QStringLiteral("familyName"), family}}},
                  {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                                    {QStringLiteral("value"), login},
                                                                    {QStringLiteral("type"), QStringLiteral("work")}}}},
                  {QStringLiteral("displayName"), QString(given + u' ' + family)},
                  {QStringLiteral("locale"), QStringLiteral("en-US")},
                  {QStringLiteral("externalId"), oktaId},
                  {QStringLiteral("groups"), QJsonArray{}},
                  {QStringLiteral("password"), QStringLiteral("1mz050nq")},
                  {QStringLiteral("active"), true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return json(o);
}

} // namespace

class TestOktaScripts final : public QObject
{
    Q_OBJECT

private:
    // Assign user: the userName pre-check, then POST when nobody matches (both app kinds).
    QString assign(ScimTestServer &s, const QString &login, const QJsonObject &extra = {})
    {
        const Reply check = s.get(QStringLiteral("/Users?filter=userName%20eq%20%22") + enc(login) +
                                  QStringLiteral("%22&startIndex=1&count=100"));
        if (check.status != 200)
            return {};
        const QJsonArray found = check.json().value(QLatin1StringView("Resources")).toArray();
        if (!found.isEmpty())
            return found.first().toObject().value(QLatin1StringView("id")).toString();
        const Reply created =
            s.post(QStringLiteral("/Users"), oktaCreateBody(login, QStringLiteral("Alice"), QStringLiteral("Ng"),
                                                            QStringLiteral("00u") + enc(login).left(10), extra));
        return created.status == 201 ? created.json().value(QLatin1StringView("id")).toString() : QString();
    }

    // The AIW profile update: GET, change, PUT the server's own representation back.
    Reply getThenPut(ScimTestServer &s, const QString &path, const std::function<void(QJsonObject &)> &change)
    {
        const Reply current = s.get(path);
        if (current.status != 200)
            return current;
        QJsonObject body = current.json();
        change(body);
        return s.put(path, json(body));
    }

    StoredResource stored(ScimTestServer &s, ResourceKind kind, const QString &id)
    {
        auto db = Database::open(s.databasePath(), QStringLiteral("verify"));
        if (!db)
            return {};
        const qint64 dirId = DirectoryRepository(**db).byName(QStringLiteral("acme"))->id;
        return ResourceRepository(**db).byId(kind, dirId, id).value_or(StoredResource{});
    }

    QStringList memberIds(const Reply &groupReply)
    {
        QStringList ids;
        for (const QJsonValue &m : groupReply.json().value(QLatin1StringView("members")).toArray())
            ids.append(m.toObject().value(QLatin1StringView("value")).toString());
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void connectionTest()
    {
        ScimTestServer s;
        const Reply r = s.get(QStringLiteral("/Users?startIndex=1&count=2"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1StringView("totalResults")), QJsonValue(0));
        QCOMPARE(o.value(QLatin1StringView("startIndex")), QJsonValue(1));
        QCOMPARE(o.value(QLatin1StringView("itemsPerPage")), QJsonValue(0));
        QVERIFY(o.value(QLatin1StringView("Resources")).isArray());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/scim+json; charset=utf-8"));
    }

    void assignCreatesWithOktaBody()
    {
        ScimTestServer s;
        const QJsonObject extra{{QStringLiteral("deltastreamOrgadmin"), true},
                                {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                                 QJsonObject{{QStringLiteral("department"), QStringLiteral("Sales")}}}};
        const QString id = assign(s, QStringLiteral("alice@example.com"), extra);
        QVERIFY(!id.isEmpty());
        const QJsonObject u = s.get(QStringLiteral("/Users/") + id).json();
        QCOMPARE(u.value(QLatin1StringView("externalId")).toString().left(3), QStringLiteral("00u"));
        QCOMPARE(u.value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(true));
        QCOMPARE(u.value(QLatin1StringView("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
                     .toObject()
                     .value(QLatin1StringView("department"))
                     .toString(),
                 QStringLiteral("Sales"));
        QVERIFY(u.value(QLatin1StringView("schemas"))
                    .toArray()
                    .contains(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")));
        QVERIFY(!u.contains(QLatin1StringView("password"))); // accepted, never kept or returned
        QVERIFY(!stored(s, ResourceKind::User, id).doc().contains(QLatin1StringView("password")));
        // Assigning again finds the same user (link), no duplicate.
        QCOMPARE(assign(s, QStringLiteral("ALICE@example.com")), id);
        QCOMPARE(s.get(QStringLiteral("/Users?startIndex=1&count=100")).json().value(QLatin1StringView("totalResults")),
                 QJsonValue(1));
    }

    void profileUpdateRoundTripsOwnRepresentation()
    {
        ScimTestServer s;
        const QString id = assign(s, QStringLiteral("bob@example.com"));
        const QJsonObject before = s.get(QStringLiteral("/Users/") + id).json();
        const Reply r = getThenPut(s, QStringLiteral("/Users/") + id, [](QJsonObject &u) {
            QJsonObject name = u.value(QLatin1StringView("name")).toObject();
            name.insert(QStringLiteral("givenName"), QStringLiteral("Robert"));
            name.insert(QStringLiteral("formatted"), QStringLiteral("Robert Ng"));
            u.insert(QStringLiteral("name"), name);
            u.insert(QStringLiteral("password"), QStringLiteral("x")); // the 2019 example PUT carries it
            // Okta echoes id, meta, groups and display values; read-only parts must be ignored, not rejected.
            QJsonObject meta = u.value(QLatin1StringView("meta")).toObject();
            meta.insert(QStringLiteral("created"), QStringLiteral("1999-01-01T00:00:00Z"));
            u.insert(QStringLiteral("meta"), meta);
        });
        QCOMPARE(r.status, 200);
        const QJsonObject after = r.json();
        QCOMPARE(after.value(QLatin1StringView("id")), before.value(QLatin1StringView("id")));
        QCOMPARE(after.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("givenName")).toString(),
                 QStringLiteral("Robert"));
        QCOMPARE(after.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("created")),
                 before.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("created")));
        QVERIFY(after.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("version")) !=
                before.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("version")));
        // PUT of an unknown id is 404 and creates nothing.
        QVERIFY(s.put(QStringLiteral("/Users/9c1c0f0e-0000-4000-8000-000000000000"), json(after)).isScimError(404));
        QCOMPARE(s.get(QStringLiteral("/Users")).json().value(QLatin1StringView("totalResults")), QJsonValue(1));
    }

    void deactivateAndReactivate_data()
    {
        QTest::addColumn<bool>("oin");
        QTest::newRow("OIN (PATCH)") << true;
        QTest::newRow("App Integration Wizard (GET, PUT)") << false;
    }

    void deactivateAndReactivate()
    {
        QFETCH(bool, oin);
        ScimTestServer s;
        const QString id = assign(s, QStringLiteral("carol@example.com"));
        const QString path = QStringLiteral("/Users/") + id;
        auto setActive = [&](bool active) {
            if (oin) {
                return s.patch(path, patchOps(QStringLiteral(R"([{"op":"replace","value":{"active":%1}}])")
                                                  .arg(active ? QStringLiteral("true") : QStringLiteral("false"))));
            }
            return getThenPut(s, path, [active](QJsonObject &u) { u.insert(QStringLiteral("active"), active); });
        };
        const Reply off = setActive(false);
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json().value(QLatin1StringView("active")), QJsonValue(false));
        QCOMPARE(stored(s, ResourceKind::User, id).active, false);
        // Deactivated users stay readable and findable (soft delete).
        const Reply found =
            s.get(QStringLiteral("/Users?filter=userName%20eq%20%22carol%40example.com%22&startIndex=1&count=100"));
        QCOMPARE(found.json().value(QLatin1StringView("totalResults")), QJsonValue(1));
        const Reply on = setActive(true);
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json().value(QLatin1StringView("id")).toString(), id); // the same id after reactivation
        QCOMPARE(on.json().value(QLatin1StringView("active")), QJsonValue(true));
    }

    void passwordSyncIsAcceptedNotStored()
    {
        ScimTestServer s;
        const QString id = assign(s, QStringLiteral("dave@example.com"));
        const Reply r = s.patch(QStringLiteral("/Users/") + id,
                                patchOps(QStringLiteral(R"([{"op":"replace","value":{"password":"n3wP4ss"}}])")));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("n3wP4ss"));
        QVERIFY(!QJsonDocument(stored(s, ResourceKind::User, id).doc()).toJson().contains("n3wP4ss"));
    }

    void pushGroupOin()
    {
        ScimTestServer s;
        QStringList users;
        for (int i = 0; i < 130; ++i)
            users.append(assign(s, QStringLiteral("user%1@example.com").arg(i)));
        // Existence check, create with members [], membership PATCH in chunks of at most 100, GET, rename PATCH.
        QCOMPARE(s.get(QStringLiteral("/Groups?filter=displayName%20eq%20%22development%22&startIndex=1&count=100"))
                     .json()
                     .value(QLatin1StringView("totalResults")),
                 QJsonValue(0));
        const Reply created = s.post(
            QStringLiteral("/Groups"),
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"development","members":[]})");
        QCOMPARE(created.status, 201);
        QVERIFY(created.json().value(QLatin1StringView("members")).toArray().isEmpty());
        QCOMPARE(created.json()
                     .value(QLatin1StringView("meta"))
                     .toObject()
                     .value(QLatin1StringView("resourceType"))
                     .toString(),
                 QStringLiteral("Group"));
        const QString gid = created.json().value(QLatin1StringView("id")).toString();
        for (int start = 0; start < users.size(); start += 100) {
            QJsonArray chunk;
            for (int i = start; i < qMin(start + 100, int(users.size())); ++i)
                chunk.append(QJsonObject{{QStringLiteral("value"), users.at(i)},
                                         {QStringLiteral("display"), QStringLiteral("user%1@example.com").arg(i)}});
            const Reply r =
                s.patch(QStringLiteral("/Groups/") + gid,
                        patchOps(QString::fromUtf8(json({{QStringLiteral("op"), QStringLiteral("add")},
                                                         {QStringLiteral("path"), QStringLiteral("members")},
                                                         {QStringLiteral("value"), chunk}}))
                                     .prepend(u'[')
                                     .append(u']')));
            QCOMPARE(r.status, 200);
        }
        const Reply read = s.get(QStringLiteral("/Groups/") + gid);
        QCOMPARE(read.json().value(QLatin1StringView("members")).toArray().size(), 130);
        const Reply renamed = s.patch(
            QStringLiteral("/Groups/") + gid,
            patchOps(QStringLiteral(R"([{"op":"replace","value":{"id":"%1","displayName":"developers"}}])").arg(gid)));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(QLatin1StringView("displayName")).toString(), QStringLiteral("developers"));
        QCOMPARE(renamed.json().value(QLatin1StringView("members")).toArray().size(), 130);
        // A rename with a different id inside the value is refused and changes nothing.
        QVERIFY(s.patch(QStringLiteral("/Groups/") + gid,
                        patchOps(QStringLiteral(R"([{"op":"replace","value":{"id":"other","displayName":"x"}}])")))
                    .isScimError(400, QStringLiteral("mutability")));

        // Membership change: removals by value filter and additions in one request.
        const Reply changed = s.patch(
            QStringLiteral("/Groups/") + gid,
            patchOps(
                QString::fromUtf8(
                    jq(R"([{"op":"remove","path":"members[value eq `%1`]"},{"op":"remove","path":"members[value eq `%2`]"}])"))
                    .arg(users.at(0), users.at(1))));
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QLatin1StringView("members")).toArray().size(), 128);
        // Removing a member who is already gone is not an error (Okta may repeat it).
        QCOMPARE(
            s.patch(QStringLiteral("/Groups/") + gid,
                    patchOps(
                        QString::fromUtf8(jq(R"([{"op":"remove","path":"members[value eq `%1`]"}])")).arg(users.at(0))))
                .status,
            200);

        // Push Now on an emptied group: replace members with [].
        const Reply emptied = s.patch(QStringLiteral("/Groups/") + gid,
                                      patchOps(QStringLiteral(R"([{"op":"replace","path":"members","value":[]}])")));
        QCOMPARE(emptied.status, 200);
        QVERIFY(emptied.json().value(QLatin1StringView("members")).toArray().isEmpty());
        // GW111's variant: a no-path replace that carries members.
        const Reply gw = s.patch(
            QStringLiteral("/Groups/") + gid,
            patchOps(
                QStringLiteral(
                    R"([{"op":"replace","value":{"id":"%1","displayName":"developers","members":[{"value":"%2"}]}}])")
                    .arg(gid, users.at(5))));
        QCOMPARE(gw.status, 200);
        QCOMPARE(memberIds(gw), QStringList{users.at(5)});

        // Unlink and delete in the app.
        const Reply deleted = s.del(QStringLiteral("/Groups/") + gid);
        QCOMPARE(deleted.status, 204);
        QVERIFY(s.get(QStringLiteral("/Groups/") + gid).isScimError(404));
        // Users are untouched by the group's deletion.
        QCOMPARE(s.get(QStringLiteral("/Users/") + users.at(5)).status, 200);
    }

    void pushGroupAiw()
    {
        ScimTestServer s;
        const QString a = assign(s, QStringLiteral("a@example.com"));
        const QString b = assign(s, QStringLiteral("b@example.com"));
        const Reply created =
            s.post(QStringLiteral("/Groups"),
                   R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"ops","members":[]})");
        const QString gid = created.json().value(QLatin1StringView("id")).toString();
        const Reply put = getThenPut(s, QStringLiteral("/Groups/") + gid, [&](QJsonObject &g) {
            g.insert(QStringLiteral("members"),
                     QJsonArray{QJsonObject{{QStringLiteral("value"), a},
                                            {QStringLiteral("display"), QStringLiteral("a@example.com")}},
                                QJsonObject{{QStringLiteral("value"), b},
                                            {QStringLiteral("display"), QStringLiteral("b@example.com")}}});
        });
        QCOMPARE(put.status, 200);
        QStringList expected{a, b};
        expected.sort();
        QCOMPARE(memberIds(put), expected);
        // Rename and remove one member by PUT of the full list.
        const Reply renamed = getThenPut(s, QStringLiteral("/Groups/") + gid, [&](QJsonObject &g) {
            g.insert(QStringLiteral("displayName"), QStringLiteral("operations"));
            g.insert(QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), b}}});
        });
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value(QLatin1StringView("displayName")).toString(), QStringLiteral("operations"));
        QCOMPARE(memberIds(renamed), QStringList{b});
    }

    void patchErrorsNameTheClientsOperation()
    {
        ScimTestServer s;
        const QString a = assign(s, QStringLiteral("a@example.com"));
        const Reply created = s.post(QStringLiteral("/Groups"), R"({"displayName":"idx","members":[]})");
        const QString gid = created.json().value(QLatin1StringView("id")).toString();
        // Operation 0 is a member operation, handled apart from the others; operation 1 is the bad one.
        const Reply r = s.patch(QStringLiteral("/Groups/") + gid,
                                patchOps(QStringLiteral(R"([{"op":"add","path":"members","value":[{"value":"%1"}]},)"
                                                        R"({"op":"replace","path":"displayName","value":42}])")
                                             .arg(a)));
        QVERIFY(r.isScimError(400, QStringLiteral("invalidValue")));
        QVERIFY2(r.json().value(QLatin1StringView("detail")).toString().startsWith(QLatin1StringView("Operations[1]")),
                 r.body.constData());
        QVERIFY(s.get(QStringLiteral("/Groups/") + gid).json().value(QLatin1StringView("members")).toArray().isEmpty());
    }

    void duplicateGroupNameIs409()
    {
        ScimTestServer s;
        QCOMPARE(s.post(QStringLiteral("/Groups"), R"({"displayName":"Sales","members":[]})").status, 201);
        QVERIFY(s.post(QStringLiteral("/Groups"), R"({"displayName":"sales","members":[]})")
                    .isScimError(409, QStringLiteral("uniqueness")));
    }

    void unknownMemberIsRefusedAndNothingApplied()
    {
        ScimTestServer s;
        const QString a = assign(s, QStringLiteral("a@example.com"));
        const Reply created = s.post(QStringLiteral("/Groups"), R"({"displayName":"eng","members":[]})");
        const QString gid = created.json().value(QLatin1StringView("id")).toString();
        const Reply r =
            s.patch(QStringLiteral("/Groups/") + gid,
                    patchOps(QStringLiteral(
                                 R"([{"op":"add","path":"members","value":[{"value":"%1"},{"value":"no-such-user"}]}])")
                                 .arg(a)));
        QVERIFY(r.isScimError(400, QStringLiteral("invalidValue")));
        QVERIFY(r.json().value(QLatin1StringView("detail")).toString().contains(QLatin1StringView("no-such-user")));
        QVERIFY(s.get(QStringLiteral("/Groups/") + gid).json().value(QLatin1StringView("members")).toArray().isEmpty());
    }

    void importUsersInPagesOf100()
    {
        ScimTestServer s;
        QStringList created;
        for (int i = 0; i < 250; ++i)
            created.append(assign(s, QStringLiteral("import%1@example.com").arg(i, 3, 10, QLatin1Char('0'))));
        QStringList seen;
        for (int start = 1;; start += 100) {
            const Reply page = s.get(QStringLiteral("/Users?startIndex=%1&count=100").arg(start));
            QCOMPARE(page.status, 200);
            const QJsonObject o = page.json();
            QCOMPARE(o.value(QLatin1StringView("totalResults")), QJsonValue(250));
            QCOMPARE(o.value(QLatin1StringView("startIndex")), QJsonValue(start));
            const QJsonArray resources = o.value(QLatin1StringView("Resources")).toArray();
            QCOMPARE(o.value(QLatin1StringView("itemsPerPage")), QJsonValue(resources.size()));
            QCOMPARE(resources.size(), qMin(100, 250 - (start - 1)));
            for (const QJsonValue &u : resources)
                seen.append(u.toObject().value(QLatin1StringView("id")).toString());
            if (start + 100 > 250)
                break;
        }
        QCOMPARE(seen, created); // every user once, in a stable order
    }

    void entraShapes()
    {
        ScimTestServer s;
        const QString id = assign(s, QStringLiteral("erin@example.com"));
        const QString path = QStringLiteral("/Users/") + id;
        // Capitalised ops, "False" as a string.
        Reply r = s.patch(path, patchOps(QStringLiteral(R"([{"op":"Replace","path":"active","value":"False"}])")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("active")), QJsonValue(false));
        // Value-filter paths and extension URN paths.
        r = s.patch(
            path,
            patchOps(QString::fromUtf8(jq(
                R"([{"op":"Replace","path":"emails[type eq `work`].value","value":"erin.new@example.com"},)"
                R"({"op":"Replace","path":"name.familyName","value":"Smith"},)"
                R"({"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"701984"}])"))));
        QCOMPARE(r.status, 200);
        const QJsonObject u = r.json();
        QCOMPARE(u.value(QLatin1StringView("emails"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("value"))
                     .toString(),
                 QStringLiteral("erin.new@example.com"));
        QCOMPARE(u.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("familyName")).toString(),
                 QStringLiteral("Smith"));
        QCOMPARE(u.value(QLatin1StringView("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"))
                     .toObject()
                     .value(QLatin1StringView("employeeNumber"))
                     .toString(),
                 QStringLiteral("701984"));
        // Entra's member removal by value array removes only the listed members.
        const QString other = assign(s, QStringLiteral("frank@example.com"));
        const Reply g =
            s.post(QStringLiteral("/Groups"),
                   json({{QStringLiteral("displayName"), QStringLiteral("Entra group")},
                         {QStringLiteral("members"), QJsonArray{QJsonObject{{QStringLiteral("value"), id}},
                                                                QJsonObject{{QStringLiteral("value"), other}}}}}));
        const QString gid = g.json().value(QLatin1StringView("id")).toString();
        r = s.patch(QStringLiteral("/Groups/") + gid,
                    patchOps(QStringLiteral(R"([{"op":"Remove","path":"members","value":[{"value":"%1"}]}])").arg(id)));
        QCOMPARE(r.status, 200);
        QCOMPARE(memberIds(r), QStringList{other});
        r = s.patch(
            QStringLiteral("/Groups/") + gid,
            patchOps(
                QStringLiteral(R"([{"op":"Add","path":"members","value":[{"$ref":null,"value":"%1"}]}])").arg(id)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("members")).toArray().size(), 2);
        // Entra's group lookup and read without members.
        r = s.get(QStringLiteral("/Groups?excludedAttributes=members&filter=displayName%20eq%20%22Entra%20group%22"));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(1));
        QVERIFY(!r.json()
                     .value(QLatin1StringView("Resources"))
                     .toArray()
                     .first()
                     .toObject()
                     .contains(QLatin1StringView("members")));
        r = s.get(QStringLiteral("/Groups/") + gid + QStringLiteral("?excludedAttributes=members"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QLatin1StringView("members")));
        // Entra's filter on a value path.
        r = s.get(QStringLiteral("/Users?filter=") +
                  enc(QStringLiteral(R"(emails[type eq "work"].value eq "erin.new@example.com")")));
        QCOMPARE(r.json().value(QLatin1StringView("totalResults")), QJsonValue(1));
    }
};

QTEST_GUILESS_MAIN(TestOktaScripts)
#include "tst_okta_scripts.moc"
