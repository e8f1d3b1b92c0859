// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Okta simulator: scenario files and their errors, the exact request sequences of both app kinds (against a
// recording server that answers canned SCIM responses, 429s, silence and plain-text errors), and whole scenarios
// end to end against the real embedded listener.

#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"
#include "support/ScimTestServer.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace scimdesk;
using namespace scimdesk::sim;
using namespace scimdesk::test;

namespace {

struct Recorded
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString line() const { return QString::fromUtf8(method + ' ' + target); }
};

struct Canned
{
    Canned(int s = 200, QByteArray b = {}, QByteArray type = "application/scim+json",
           QList<QPair<QByteArray, QByteArray>> h = {}, bool never = false)
        : status(s), body(std::move(b)), contentType(std::move(type)), headers(std::move(h)), silent(never)
    {}
    int status;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool silent; // never answer (the timeout)
};

EngineConfig config(const QString &baseUrl, const QByteArray &token)
{
    EngineConfig c;
    c.baseUrl = baseUrl;
    c.token = token;
    return c;
}

// A loopback HTTP server that records every raw request and answers like a small SCIM server, unless a canned
// reply is queued.
class RecordingServer
{
public:
    RecordingServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    serve(socket, *buffer);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:") + QString::number(m_server.serverPort()) +
               QStringLiteral("/scim/v2");
    }
    QStringList lines() const
    {
        QStringList out;
        for (const Recorded &r : requests)
            out.append(r.line());
        return out;
    }

    QList<Recorded> requests;
    QList<Canned> queued;
    int totalUsers = 0;
    QJsonArray existingUsers;  // answered to the userName filter
    QJsonArray existingGroups; // answered to the displayName filter

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> headLines = buffer.left(end).split('\n');
            Recorded r;
            const QList<QByteArray> requestLine = headLines.first().trimmed().split(' ');
            r.method = requestLine.value(0);
            r.target = requestLine.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < headLines.size(); ++i) {
                const QByteArray l = headLines.at(i).trimmed();
                const qsizetype colon = l.indexOf(':');
                r.headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
                if (l.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = l.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(r);
            const Canned c = queued.isEmpty() ? answer(r) : queued.takeFirst();
            if (c.silent)
                continue;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(c.status) + ' ' + reason(c.status) + "\r\n";
            out +=
                "Content-Type: " + c.contentType + "\r\nContent-Length: " + QByteArray::number(c.body.size()) + "\r\n";
            for (const auto &[k, v] : c.headers)
                out += k + ": " + v + "\r\n";
            socket->write(out + "\r\n" + c.body);
        }
    }
    static QByteArray reason(int status)
    {
        switch (status) {
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        case 502:
            return "Bad Gateway";
        default:
            return "OK";
        }
    }
    static QByteArray list(const QJsonArray &resources, int total, int startIndex)
    {
        return json({{QStringLiteral("schemas"),
                      QJsonArray{QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse")}},
                     {QStringLiteral("totalResults"), total},
                     {QStringLiteral("startIndex"), startIndex},
                     {QStringLiteral("itemsPerPage"), int(resources.size())},
                     {QStringLiteral("Resources"), resources}});
    }
    Canned answer(const Recorded &r)
    {
        const QByteArray path = r.target.mid(r.target.indexOf("/scim/v2") + 8);
        if (r.method == "GET" && path.startsWith("/Users?filter="))
            return {200, list(existingUsers, int(existingUsers.size()), 1)};
        if (r.method == "GET" && path.startsWith("/Groups?filter="))
            return {200, list(existingGroups, int(existingGroups.size()), 1)};
        if (r.method == "GET" && path.startsWith("/Users?")) {
            const int start =
                QUrlQuery(QString::fromUtf8(path.mid(7))).queryItemValue(QStringLiteral("startIndex")).toInt();
            QJsonArray page;
            for (int i = start; i < start + 100 && i <= totalUsers; ++i)
                page.append(
                    QJsonObject{{QStringLiteral("id"), QString::number(i)}, {QStringLiteral("active"), i % 10 != 0}});
            return {200, list(page, totalUsers, start)};
        }
        if (r.method == "GET" && path.startsWith("/Groups?"))
            return {200, list({}, 0, 1)};
        if (r.method == "POST" && path == "/Users") {
            QJsonObject o = r.json();
            o.insert(QStringLiteral("id"), QString(QStringLiteral("user-") + QString::number(++m_nextId)));
            o.remove(QStringLiteral("password"));
            return {201, json(o)};
        }
        if (r.method == "POST" && path == "/Groups") {
            QJsonObject o = r.json();
            o.insert(QStringLiteral("id"), QString(QStringLiteral("group-") + QString::number(++m_nextId)));
            return {201, json(o)};
        }
        if (r.method == "GET" && path.startsWith("/Users/"))
            return {
                200,
                jq(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"ID","userName":"old@x","name":{"givenName":"Old","familyName":"Name","formatted":"Old Name"},"emails":[{"value":"old@x","primary":true,"type":"work","display":"old@x"}],"active":true,"meta":{"resourceType":"User","location":"loc"}})")
                    .replace("ID", path.mid(7))};
        if (r.method == "GET" && path.startsWith("/Groups/"))
            return {
                200,
                jq(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"ID","displayName":"server","members":[]})")
                    .replace("ID", path.mid(8))};
        if (r.method == "DELETE")
            return {204, {}};
        return {200, r.body};
    }

    QTcpServer m_server;
    int m_nextId = 0;
};

QString enc(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

Step step(const QString &action, const QString &person = {}, const QString &group = {})
{
    Step s;
    s.action = action;
    s.person = person;
    s.group = group;
    return s;
}

Scenario scenario(const char *text)
{
    auto s = Scenario::parse(jq(text), QStringLiteral("test.json"));
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return *s;
}

// Three people: alice and bob in the assignment group "Admins" (with an attribute), carol unassigned; group
// "development" holds alice and carol.
const char *const ThreePeople = R"({"okta":{"appKind":"KIND"},
 "people":[{"login":"alice@x","firstName":"Alice","lastName":"Ng","id":"00ualice000000000000"},
           {"login":"bob@x","firstName":"Bob","lastName":"Stone","id":"00ubob00000000000000"},
           {"login":"carol@x","firstName":"Carol","lastName":"Li"}],
 "groups":[{"name":"Admins","members":["alice@x","bob@x"],"assign":true,"attributes":{"deltastreamOrgadmin":true}},
           {"name":"development","members":["alice@x","carol@x"]}]})";

Scenario threePeople(const char *kind)
{
    return scenario(QByteArray(ThreePeople).replace("KIND", kind).constData());
}

QByteArray patch(const char *operations)
{
    return jq(R"({"Operations":OPS,"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})")
        .replace("OPS", jq(operations));
}

QByteArray canonical(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private slots:
    void scenarioErrors_data();
    void scenarioErrors();
    void scenarioFileError();
    void scenarioModel();

    void headersAndConnectionTest();
    void assignCreates();
    void assignLinksExisting();
    void oinSequence();
    void aiwSequence();
    void membershipChunks();
    void settingsAndLinkedGroups();
    void importsPage();
    void retriesAfter429();
    void givesUpAfterTenAttempts();
    void timesOut();
    void reportsErrorsAsOkta();

    void endToEnd_data();
    void endToEnd();
};

void TestSimulator::scenarioErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{\n\"okta\": {\n}\n,,}")
                              << QStringLiteral("s.json:4: invalid JSON: unterminated object");
    QTest::newRow("app kind") << QByteArray("{\"okta\":\n {\"appKind\": \"oiw\"}}")
                              << QStringLiteral("s.json:2: okta.appKind: must be \"oin\" or \"aiw\", not \"oiw\"");
    QTest::newRow("bool") << QByteArray("{\"okta\": {\"importGroups\": \"yes\"}}")
                          << QStringLiteral("s.json:1: okta.importGroups: must be true or false");
    QTest::newRow("unknown field")
        << QByteArray(
               "{\"people\": [\n{\"login\": \"a\", \"firstName\": \"A\", \"lastName\": \"B\",\n \"mail\": \"x\"}]}")
        << QStringLiteral("s.json:3: people[0].mail: unknown field (expected one of: login, firstName, lastName, "
                          "email, status, id)");
    QTest::newRow("missing") << QByteArray("{\"people\": [\n{\"login\": \"a\",\n \"lastName\": \"B\"}]}")
                             << QStringLiteral("s.json:2: people[0].firstName: missing");
    QTest::newRow("status")
        << QByteArray(
               "{\"people\": [{\"login\": \"a\", \"firstName\": \"A\", \"lastName\": \"B\",\n\"status\": \"gone\"}]}")
        << QStringLiteral("s.json:2: people[0].status: must be \"active\" or \"deactivated\"");
    QTest::newRow("member") << QByteArray("{\"groups\": [{\"name\": \"g\",\n \"members\": [\n\"zed\"]}]}")
                            << QStringLiteral("s.json:3: groups[0].members[0]: no person with login \"zed\"");
    QTest::newRow("action") << QByteArray("{\"steps\": [\n{\"do\": \"testConnection\"},\n{\"do\": \"fly\"}]}")
                            << QStringLiteral("s.json:3: steps[1].do: unknown action \"fly\"");
    QTest::newRow("group") << QByteArray("{\"steps\": [\n{\"do\": \"pushNow\",\n \"group\": \"nope\"}]}")
                           << QStringLiteral("s.json:3: steps[0].group: no group named \"nope\"");
    QTest::newRow("field for action") << QByteArray("{\"steps\": [\n{\"do\": \"importUsers\", \"person\": \"a\"}]}")
                                      << QStringLiteral(
                                             "s.json:2: steps[0].person: unknown field (expected one of: do)");
    QTest::newRow("set")
        << QByteArray("{\"people\": [{\"login\": \"a\", \"firstName\": \"A\", \"lastName\": \"B\"}],\n\"steps\": "
                      "[{\"do\": \"updateProfile\", \"person\": \"a\",\n\"set\": {\"title\": \"x\"}}]}")
        << QStringLiteral(
               "s.json:3: steps[0].set.title: unknown field (expected one of: firstName, lastName, email, login)");
}

void TestSimulator::scenarioErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto parsed = Scenario::parse(text, QStringLiteral("s.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

void TestSimulator::scenarioFileError()
{
    const auto parsed = Scenario::load(QStringLiteral(SCIMDESK_TEST_DATA "/scenarios/unknown-person.json"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), QStringLiteral("unknown-person.json:15: steps[3].person: no person with login \"bob@x\""));
}

void TestSimulator::scenarioModel()
{
    const auto parsed = Scenario::load(QStringLiteral(SCIMDESK_TEST_DATA "/scenarios/deltastream-e2e.json"));
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
    const OktaOrg &org = parsed->org;
    QCOMPARE(org.settings.kind, AppKind::Oin);
    QCOMPARE(org.settings.uniqueIdentifier, QStringLiteral("email"));
    QVERIFY(org.settings.importGroups);
    QCOMPARE(org.people.size(), 4);
    QVERIFY(org.people.at(0).oktaId.contains(QRegularExpression(QStringLiteral("^00u[0-9A-Za-z]{17}$"))));
    QCOMPARE(org.uniqueValue(org.people.at(0)), QStringLiteral("alice@deltastream.test"));
    // The file's assign and push flags become the first steps, with their lines.
    QCOMPARE(parsed->steps.at(0).action, QStringLiteral("assignGroup"));
    QCOMPARE(parsed->steps.at(0).group, QStringLiteral("OrgAdmins"));
    QCOMPARE(parsed->steps.at(0).line, 10);
    QCOMPARE(parsed->steps.at(1).group, QStringLiteral("Everyone"));
    QCOMPARE(parsed->steps.at(2).action, QStringLiteral("testConnection"));
    QCOMPARE(parsed->steps.at(2).line, 16);
    QCOMPARE(parsed->steps.size(), 16);

    OktaOrg o = org;
    QVERIFY(!o.isAssigned(QStringLiteral("alice"))); // nothing assigned until the steps run
    o.group(QStringLiteral("OrgAdmins"))->assign = true;
    QVERIFY(o.isAssigned(QStringLiteral("alice")));
    QCOMPARE(o.assignmentAttributes(QStringLiteral("alice")),
             (QJsonObject{{QStringLiteral("deltastreamOrgadmin"), true}}));
    QVERIFY(o.assignmentAttributes(QStringLiteral("bob")).isEmpty());
    // Only assigned, active people with an app user are pushed.
    o.appUsers.insert(QStringLiteral("alice"), AppUser{QStringLiteral("id-a"), true});
    o.appUsers.insert(QStringLiteral("dave"), AppUser{QStringLiteral("id-d"), true});
    QCOMPARE(o.pushableMembers(*o.group(QStringLiteral("development"))), QStringList{QStringLiteral("alice")});
    o.person(QStringLiteral("alice"))->active = false;
    QVERIFY(o.pushableMembers(*o.group(QStringLiteral("development"))).isEmpty());
}

void TestSimulator::headersAndConnectionTest()
{
    RecordingServer server;
    Scenario s = threePeople("oin");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "s3cr3t-token"));
    ActionResult r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(server.lines(), QStringList{QStringLiteral("GET /scim/v2/Users?startIndex=1&count=2")});
    const Recorded &get = server.requests.first();
    QCOMPARE(get.header("User-Agent"), QByteArray("Okta SCIM Client 1.0.0"));
    QCOMPARE(get.header("Accept"), QByteArray("application/scim+json"));
    QCOMPARE(get.header("Accept-Charset"), QByteArray("utf-8"));
    QCOMPARE(get.header("Authorization"), QByteArray("Bearer s3cr3t-token"));
    QVERIFY(get.header("Content-Type").isEmpty()); // GETs carry no body and no Content-Type
    // The trace keeps the request without the token.
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().status, 200);
    for (const auto &[k, v] : r.requests.first().headers)
        QVERIFY(!v.contains("s3cr3t"));

    s.org.settings.importGroups = true;
    r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY(r.ok);
    QCOMPARE(server.lines().mid(1), (QStringList{QStringLiteral("GET /scim/v2/Users?startIndex=1&count=2"),
                                                 QStringLiteral("GET /scim/v2/Groups?startIndex=1&count=100")}));
}

void TestSimulator::assignCreates()
{
    RecordingServer server;
    Scenario s = threePeople("oin");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    const ActionResult r = engine.run(step(QStringLiteral("assignGroup"), {}, QStringLiteral("Admins")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(
        server.lines(),
        (QStringList{QStringLiteral("GET /scim/v2/Users?filter=userName%20eq%20%22alice%40x%22&startIndex=1&count=100"),
                     QStringLiteral("POST /scim/v2/Users"),
                     QStringLiteral("GET /scim/v2/Users?filter=userName%20eq%20%22bob%40x%22&startIndex=1&count=100"),
                     QStringLiteral("POST /scim/v2/Users")}));
    const Recorded &post = server.requests.at(1);
    QCOMPARE(post.header("Content-Type"), QByteArray("application/scim+json; charset=utf-8"));
    QJsonObject body = post.json();
    QVERIFY(body.value(QLatin1StringView("password"))
                .toString()
                .contains(QRegularExpression(QStringLiteral("^[0-9a-z]{8}$"))));
    body.remove(QStringLiteral("password"));
    QCOMPARE(json(body), canonical(jq(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice@x",
        "name":{"givenName":"Alice","familyName":"Ng"},"emails":[{"primary":true,"value":"alice@x","type":"work"}],
        "displayName":"Alice Ng","locale":"en-US","externalId":"00ualice000000000000","groups":[],"active":true,
        "deltastreamOrgadmin":true})")));
    QCOMPARE(s.org.appUsers.value(QStringLiteral("alice@x")).scimId, QStringLiteral("user-1"));
    QCOMPARE(s.org.appUsers.value(QStringLiteral("bob@x")).scimId, QStringLiteral("user-2"));
    // Assigning again sends nothing: both are provisioned.
    QVERIFY(engine.run(step(QStringLiteral("assignGroup"), {}, QStringLiteral("Admins"))).ok);
    QCOMPARE(server.requests.size(), 4);
}

void TestSimulator::assignLinksExisting()
{
    for (const char *kind : {"oin", "aiw"}) {
        RecordingServer server;
        server.existingUsers = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("existing-7")},
                                                      {QStringLiteral("userName"), QStringLiteral("carol@x")}}};
        Scenario s = threePeople(kind);
        ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
        const ActionResult r = engine.run(step(QStringLiteral("assignPerson"), QStringLiteral("carol@x")));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(
            server.lines(),
            (QStringList{
                QStringLiteral("GET /scim/v2/Users?filter=userName%20eq%20%22carol%40x%22&startIndex=1&count=100"),
                QStringLiteral("GET /scim/v2/Users/existing-7"), QStringLiteral("PUT /scim/v2/Users/existing-7")}));
        // The PUT is the server's own representation with Okta's values merged in.
        QCOMPARE(canonical(server.requests.at(2).body),
                 canonical(jq(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
            "id":"existing-7","userName":"carol@x","name":{"givenName":"Carol","familyName":"Li","formatted":"Old Name"},
            "displayName":"Carol Li","emails":[{"value":"carol@x","primary":true,"type":"work","display":"old@x"}],
            "active":true,"meta":{"resourceType":"User","location":"loc"}})")));
        QCOMPARE(s.org.appUsers.value(QStringLiteral("carol@x")).scimId, QStringLiteral("existing-7"));
    }
}

void TestSimulator::oinSequence()
{
    RecordingServer server;
    Scenario s = threePeople("oin");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    QVERIFY(engine.run(step(QStringLiteral("assignGroup"), {}, QStringLiteral("Admins"))).ok);
    server.requests.clear();

    auto run = [&](const Step &st) {
        const ActionResult r = engine.run(st);
        QVERIFY2(r.ok, qPrintable(r.message));
    };
    // Push "development": carol is not assigned, so only alice (user-1) is sent.
    run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("development")));
    QCOMPARE(
        server.lines(),
        (QStringList{
            QStringLiteral("GET /scim/v2/Groups?filter=displayName%20eq%20%22development%22&startIndex=1&count=100"),
            QStringLiteral("POST /scim/v2/Groups"), QStringLiteral("PATCH /scim/v2/Groups/group-3"),
            QStringLiteral("GET /scim/v2/Groups/group-3"), QStringLiteral("PATCH /scim/v2/Groups/group-3")}));
    QCOMPARE(
        canonical(server.requests.at(1).body),
        canonical(jq(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"development","members":[]})")));
    QCOMPARE(canonical(server.requests.at(2).body),
             canonical(patch(R"([{"op":"add","path":"members","value":[{"value":"user-1","display":"alice@x"}]}])")));
    QCOMPARE(canonical(server.requests.at(4).body),
             canonical(patch(R"([{"op":"replace","value":{"id":"group-3","displayName":"development"}}])")));
    server.requests.clear();

    // A profile change: GET, then PUT of the server's representation.
    Step update = step(QStringLiteral("updateProfile"), QStringLiteral("bob@x"));
    update.set = QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Stoner")}};
    run(update);
    QCOMPARE(server.lines(),
             (QStringList{QStringLiteral("GET /scim/v2/Users/user-2"), QStringLiteral("PUT /scim/v2/Users/user-2")}));
    const QJsonObject put = server.requests.at(1).json();
    QCOMPARE(put.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("familyName")).toString(),
             QStringLiteral("Stoner"));
    QCOMPARE(put.value(QLatin1StringView("displayName")).toString(), QStringLiteral("Bob Stoner"));
    QCOMPARE(put.value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(true));
    QCOMPARE(put.value(QLatin1StringView("meta")).toObject().value(QLatin1StringView("location")).toString(),
             QStringLiteral("loc"));
    server.requests.clear();

    run(step(QStringLiteral("deactivatePerson"), QStringLiteral("bob@x")));
    run(step(QStringLiteral("reactivatePerson"), QStringLiteral("bob@x")));
    QCOMPARE(server.lines(), (QStringList{QStringLiteral("PATCH /scim/v2/Users/user-2"),
                                          QStringLiteral("PATCH /scim/v2/Users/user-2")}));
    QCOMPARE(canonical(server.requests.at(0).body), canonical(patch(R"([{"op":"replace","value":{"active":false}}])")));
    QCOMPARE(canonical(server.requests.at(1).body), canonical(patch(R"([{"op":"replace","value":{"active":true}}])")));
    server.requests.clear();

    // Membership: bob joins, alice leaves; each followed by GET and the rename PATCH.
    run(step(QStringLiteral("addToGroup"), QStringLiteral("bob@x"), QStringLiteral("development")));
    run(step(QStringLiteral("removeFromGroup"), QStringLiteral("alice@x"), QStringLiteral("development")));
    QCOMPARE(
        server.lines(),
        (QStringList{QStringLiteral("PATCH /scim/v2/Groups/group-3"), QStringLiteral("GET /scim/v2/Groups/group-3"),
                     QStringLiteral("PATCH /scim/v2/Groups/group-3"), QStringLiteral("PATCH /scim/v2/Groups/group-3"),
                     QStringLiteral("GET /scim/v2/Groups/group-3"), QStringLiteral("PATCH /scim/v2/Groups/group-3")}));
    QCOMPARE(canonical(server.requests.at(0).body),
             canonical(patch(R"([{"op":"add","path":"members","value":[{"value":"user-2","display":"bob@x"}]}])")));
    QCOMPARE(canonical(server.requests.at(3).body),
             canonical(patch(R"([{"op":"remove","path":"members[value eq `user-1`]"}])")));
    server.requests.clear();

    // Unassigned people are never sent: carol joining the (non-assignment) group sends nothing.
    run(step(QStringLiteral("addToGroup"), QStringLiteral("carol@x"), QStringLiteral("development")));
    QVERIFY(server.requests.isEmpty());

    Step rename = step(QStringLiteral("renameGroup"), {}, QStringLiteral("development"));
    rename.to = QStringLiteral("engineering");
    run(rename);
    run(step(QStringLiteral("pushNow"), {}, QStringLiteral("engineering")));
    // A deactivated member is not pushed: Push Now sends an empty list.
    run(step(QStringLiteral("deactivatePerson"), QStringLiteral("bob@x")));
    run(step(QStringLiteral("pushNow"), {}, QStringLiteral("engineering")));
    Step unlink = step(QStringLiteral("unlinkGroup"), {}, QStringLiteral("engineering"));
    unlink.deleteInApp = true;
    run(unlink);
    QCOMPARE(
        server.lines(),
        (QStringList{QStringLiteral("PATCH /scim/v2/Groups/group-3"), QStringLiteral("PATCH /scim/v2/Groups/group-3"),
                     QStringLiteral("PATCH /scim/v2/Users/user-2"), QStringLiteral("PATCH /scim/v2/Groups/group-3"),
                     QStringLiteral("DELETE /scim/v2/Groups/group-3")}));
    QCOMPARE(canonical(server.requests.at(0).body),
             canonical(patch(R"([{"op":"replace","value":{"id":"group-3","displayName":"engineering"}}])")));
    QCOMPARE(canonical(server.requests.at(1).body),
             canonical(patch(R"([{"op":"replace","path":"members","value":[{"value":"user-2","display":"bob@x"}]}])")));
    QCOMPARE(canonical(server.requests.at(3).body),
             canonical(patch(R"([{"op":"replace","path":"members","value":[]}])")));
    QVERIFY(server.requests.at(4).body.isEmpty());
    server.requests.clear();

    // Unlink and leave the group sends nothing; unassigning alice deactivates her.
    run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("Admins")));
    server.requests.clear();
    run(step(QStringLiteral("unlinkGroup"), {}, QStringLiteral("Admins")));
    QVERIFY(server.requests.isEmpty());
    run(step(QStringLiteral("removeFromGroup"), QStringLiteral("alice@x"), QStringLiteral("Admins")));
    QCOMPARE(server.lines(), QStringList{QStringLiteral("PATCH /scim/v2/Users/user-1")});
}

void TestSimulator::aiwSequence()
{
    RecordingServer server;
    Scenario s = threePeople("aiw");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    auto run = [&](const Step &st) {
        const ActionResult r = engine.run(st);
        QVERIFY2(r.ok, qPrintable(r.message));
    };
    run(step(QStringLiteral("assignGroup"), {}, QStringLiteral("Admins")));
    server.requests.clear();

    run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("development")));
    QCOMPARE(server.lines(),
             (QStringList{QStringLiteral(
                              "GET /scim/v2/Groups?filter=displayName%20eq%20%22development%22&startIndex=1&count=100"),
                          QStringLiteral("POST /scim/v2/Groups"), QStringLiteral("GET /scim/v2/Groups/group-3"),
                          QStringLiteral("PUT /scim/v2/Groups/group-3")}));
    QCOMPARE(
        canonical(server.requests.at(3).body),
        canonical(jq(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"group-3","displayName":"development","members":[{"value":"user-1","display":"alice@x"}]})")));
    server.requests.clear();

    run(step(QStringLiteral("deactivatePerson"), QStringLiteral("bob@x")));
    run(step(QStringLiteral("reactivatePerson"), QStringLiteral("bob@x")));
    QCOMPARE(server.lines(),
             (QStringList{QStringLiteral("GET /scim/v2/Users/user-2"), QStringLiteral("PUT /scim/v2/Users/user-2"),
                          QStringLiteral("GET /scim/v2/Users/user-2"), QStringLiteral("PUT /scim/v2/Users/user-2")}));
    QCOMPARE(server.requests.at(1).json().value(QLatin1StringView("active")), QJsonValue(false));
    QCOMPARE(server.requests.at(1).json().value(QLatin1StringView("id")).toString(), QStringLiteral("user-2"));
    QCOMPARE(server.requests.at(3).json().value(QLatin1StringView("active")), QJsonValue(true));
    server.requests.clear();

    run(step(QStringLiteral("addToGroup"), QStringLiteral("bob@x"), QStringLiteral("development")));
    run(step(QStringLiteral("removeFromGroup"), QStringLiteral("alice@x"), QStringLiteral("development")));
    Step rename = step(QStringLiteral("renameGroup"), {}, QStringLiteral("development"));
    rename.to = QStringLiteral("engineering");
    run(rename);
    run(step(QStringLiteral("pushNow"), {}, QStringLiteral("engineering")));
    QCOMPARE(server.lines(),
             (QStringList{QStringLiteral("GET /scim/v2/Groups/group-3"), QStringLiteral("PUT /scim/v2/Groups/group-3"),
                          QStringLiteral("GET /scim/v2/Groups/group-3"), QStringLiteral("PUT /scim/v2/Groups/group-3"),
                          QStringLiteral("GET /scim/v2/Groups/group-3"), QStringLiteral("PUT /scim/v2/Groups/group-3"),
                          QStringLiteral("PUT /scim/v2/Groups/group-3")}));
    QCOMPARE(
        canonical(server.requests.at(1).body),
        canonical(jq(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"group-3","displayName":"development","members":[{"value":"user-1","display":"alice@x"},{"value":"user-2","display":"bob@x"}]})")));
    QCOMPARE(
        canonical(server.requests.at(3).body),
        canonical(jq(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"group-3","displayName":"development","members":[{"value":"user-2","display":"bob@x"}]})")));
    QCOMPARE(
        canonical(server.requests.at(5).body),
        canonical(jq(
            R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"group-3","displayName":"engineering","members":[{"value":"user-2","display":"bob@x"}]})")));
}

void TestSimulator::membershipChunks()
{
    RecordingServer server;
    Scenario s;
    Group g;
    g.name = QStringLiteral("big");
    g.assign = true;
    for (int i = 0; i < 150; ++i) {
        Person p;
        p.login = QStringLiteral("u") + QString::number(i) + QStringLiteral("@x");
        p.firstName = QStringLiteral("U");
        p.lastName = QString::number(i);
        p.email = p.login;
        p.oktaId = OktaOrg::newOktaUserId();
        s.org.people.append(p);
        g.members.append(p.login);
        s.org.appUsers.insert(p.login, AppUser{QStringLiteral("id") + QString::number(i), true});
    }
    s.org.groups.append(g);
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    const ActionResult r = engine.run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("big")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(server.lines().size(), 6); // filter, POST, two add PATCHes, GET, rename PATCH
    const QJsonArray first = server.requests.at(2).json().value(QLatin1StringView("Operations")).toArray();
    const QJsonArray second = server.requests.at(3).json().value(QLatin1StringView("Operations")).toArray();
    QCOMPARE(first.first().toObject().value(QLatin1StringView("value")).toArray().size(), 100);
    QCOMPARE(second.first().toObject().value(QLatin1StringView("value")).toArray().size(), 50);
    QCOMPARE(second.first().toObject().value(QLatin1StringView("value")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("id100")},
                          {QStringLiteral("display"), QStringLiteral("u100@x")}}));
}

void TestSimulator::settingsAndLinkedGroups()
{
    RecordingServer server;
    Scenario s = threePeople("oin");
    s.org.settings.pushMembershipsImmediately = false;
    s.org.settings.deactivateUsers = false;
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    QVERIFY(engine.run(step(QStringLiteral("assignGroup"), {}, QStringLiteral("Admins"))).ok);
    server.requests.clear();

    // Memberships wait for Push Now when "Push group memberships immediately" is off.
    QVERIFY(engine.run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("development"))).ok);
    QCOMPARE(server.lines(),
             (QStringList{QStringLiteral(
                              "GET /scim/v2/Groups?filter=displayName%20eq%20%22development%22&startIndex=1&count=100"),
                          QStringLiteral("POST /scim/v2/Groups")}));
    // Deactivation sends nothing when "Deactivate Users" is off.
    server.requests.clear();
    QVERIFY(engine.run(step(QStringLiteral("deactivatePerson"), QStringLiteral("alice@x"))).ok);
    QVERIFY(server.requests.isEmpty());

    // A group that already exists in the app is linked, then its membership pushed in full.
    s.org.settings.pushMembershipsImmediately = true;
    server.existingGroups = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("g-old")},
                                                   {QStringLiteral("displayName"), QStringLiteral("Admins")}}};
    QVERIFY(engine.run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("Admins"))).ok);
    QCOMPARE(server.lines(),
             (QStringList{
                 QStringLiteral("GET /scim/v2/Groups?filter=displayName%20eq%20%22Admins%22&startIndex=1&count=100"),
                 QStringLiteral("PATCH /scim/v2/Groups/g-old")}));
    QCOMPARE(canonical(server.requests.at(1).body),
             canonical(patch(R"([{"op":"replace","path":"members","value":[{"value":"user-2","display":"bob@x"}]}])")));
    QCOMPARE(s.org.pushedIds.value(QStringLiteral("Admins")), QStringLiteral("g-old"));

    // Push Groups off: the action fails without a request.
    s.org.settings.pushGroups = false;
    server.requests.clear();
    const ActionResult off = engine.run(step(QStringLiteral("pushGroup"), {}, QStringLiteral("development")));
    QVERIFY(!off.ok);
    QCOMPARE(off.message, QStringLiteral("Push Groups is not enabled for this app"));
    QVERIFY(server.requests.isEmpty());
}

void TestSimulator::importsPage()
{
    RecordingServer server;
    server.totalUsers = 250;
    Scenario s = threePeople("oin");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    ActionResult r = engine.run(step(QStringLiteral("importUsers")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(server.lines(), (QStringList{QStringLiteral("GET /scim/v2/Users?startIndex=1&count=100"),
                                          QStringLiteral("GET /scim/v2/Users?startIndex=101&count=100"),
                                          QStringLiteral("GET /scim/v2/Users?startIndex=201&count=100")}));
    QCOMPARE(r.message, QStringLiteral("225 users scanned")); // every tenth is inactive and not imported
    server.requests.clear();
    r = engine.run(step(QStringLiteral("importGroups")));
    QVERIFY(r.ok);
    QCOMPARE(server.lines(), QStringList{QStringLiteral("GET /scim/v2/Groups?startIndex=1&count=100")});
    QCOMPARE(r.message, QStringLiteral("0 groups scanned"));
}

void TestSimulator::retriesAfter429()
{
    RecordingServer server;
    const QByteArray busy =
        jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"slow down","status":"429"})");
    server.queued = {Canned{429, busy, "application/scim+json", {{"Retry-After", "2"}}},
                     Canned{429, busy, "application/scim+json", {{"Retry-After", "1"}}},
                     Canned{429, busy, "application/scim+json", {}}};
    Scenario s = threePeople("oin");
    EngineConfig c = config(server.baseUrl(), "t");
    c.retryScale = 0.001;
    ProvisioningEngine engine(s.org, c);
    const ActionResult r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(server.requests.size(), 4);
    QCOMPARE(r.requests.size(), 4);
    // The first wait honours Retry-After; each further 429 doubles it.
    QCOMPARE(r.requests.at(0).outcome, QStringLiteral("retry in 2000 ms"));
    QCOMPARE(r.requests.at(1).outcome, QStringLiteral("retry in 4000 ms"));
    QCOMPARE(r.requests.at(2).outcome, QStringLiteral("retry in 8000 ms"));
    QCOMPARE(r.requests.at(3).attempt, 4);
    QVERIFY(r.requests.at(3).startedMs - r.requests.at(2).startedMs >= 8);

    // A missing or non-integer Retry-After means the 5 minute default.
    server.queued = {Canned{429, busy, "application/scim+json", {{"Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT"}}}};
    const ActionResult d = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY(d.ok);
    QCOMPARE(d.requests.at(0).outcome, QStringLiteral("retry in 300000 ms"));
}

void TestSimulator::givesUpAfterTenAttempts()
{
    RecordingServer server;
    const QByteArray busy =
        jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"slow down","status":"429"})");
    for (int i = 0; i < 12; ++i)
        server.queued.append(Canned{429, busy, "application/scim+json", {{"Retry-After", "1"}}});
    Scenario s = threePeople("oin");
    EngineConfig c = config(server.baseUrl(), "t");
    c.retryScale = 0.0001;
    ProvisioningEngine engine(s.org, c);
    const ActionResult r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY(!r.ok);
    QCOMPARE(server.requests.size(), 10);
    QCOMPARE(
        r.message,
        QStringLiteral("Too Many Requests. Errors reported by remote server: slow down (gave up after 10 attempts)"));
    QCOMPARE(r.requests.at(8).outcome, QStringLiteral("retry in 256000 ms"));
}

void TestSimulator::timesOut()
{
    RecordingServer server;
    server.queued = {Canned{200, {}, {}, {}, true}};
    Scenario s = threePeople("oin");
    EngineConfig c = config(server.baseUrl(), "t");
    c.timeoutMs = 300;
    ProvisioningEngine engine(s.org, c);
    const ActionResult r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY(!r.ok);
    QCOMPARE(r.message, QString(QStringLiteral("Read timed out: no response from ") + server.baseUrl() +
                                QStringLiteral("/Users?startIndex=1&count=2 within 0.3 s")));
    QCOMPARE(r.requests.first().status, 0);
    QVERIFY(r.requests.first().elapsedMs >= 290);
}

void TestSimulator::reportsErrorsAsOkta()
{
    RecordingServer server;
    server.queued = {Canned{502, "error code: 502", "text/plain", {}}};
    Scenario s = threePeople("oin");
    ProvisioningEngine engine(s.org, config(server.baseUrl(), "t"));
    ActionResult r = engine.run(step(QStringLiteral("testConnection")));
    QVERIFY(!r.ok);
    QCOMPARE(r.message,
             QStringLiteral("Bad Gateway. Errors reported by remote server: Invalid JSON: Unrecognized token 'error'"));
    QCOMPARE(r.requests.first().status, 502);
    QCOMPARE(r.requests.first().responseBody, QByteArray("error code: 502"));

    // A SCIM Error: its detail; the action stops at the failing request.
    s.org.appUsers.insert(QStringLiteral("alice@x"), AppUser{QStringLiteral("gone"), true});
    server.queued = {Canned{
        404,
        jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"User not found.","status":"404"})")}};
    server.requests.clear();
    r = engine.run(step(QStringLiteral("deactivatePerson"), QStringLiteral("alice@x")));
    QVERIFY(!r.ok);
    QCOMPARE(r.message, QStringLiteral("Not Found. Errors reported by remote server: User not found."));
    QCOMPARE(server.requests.size(), 1);
}

void TestSimulator::endToEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("oin") << QStringLiteral("deltastream-e2e.json");
    QTest::newRow("aiw") << QStringLiteral("aiw-e2e.json");
}

void TestSimulator::endToEnd()
{
    QFETCH(QString, file);
    ScimTestServer server(QStringLiteral("acme"), QStringLiteral("deltastream"));
    auto parsed = Scenario::load(QStringLiteral(SCIMDESK_TEST_DATA "/scenarios/") + file);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error()));
    Scenario s = *parsed;
    ProvisioningEngine engine(s.org, config(server.baseUrl(), server.token));
    const QList<ActionResult> results = engine.runAll(s.steps);
    QCOMPARE(results.size(), s.steps.size());
    for (const ActionResult &r : results)
        QVERIFY2(r.ok, qPrintable(r.step.action + QStringLiteral(": ") + r.message));
    QCOMPARE(results.at(14).message,
             QStringLiteral("2 users scanned")); // alice and carol: bob is inactive, dave never assigned

    auto user = [&](const QString &email) {
        const Reply r = server.get(QStringLiteral("/Users?filter=userName%20eq%20%22") + enc(email) +
                                   QStringLiteral("%22&startIndex=1&count=100"));
        return r.json().value(QLatin1StringView("Resources")).toArray().first().toObject();
    };
    const QJsonObject alice = user(QStringLiteral("alice@deltastream.test"));
    const QJsonObject bob = user(QStringLiteral("bob@deltastream.test"));
    const QJsonObject carol = user(QStringLiteral("carol@deltastream.test"));
    QCOMPARE(alice.value(QLatin1StringView("deltastreamOrgadmin")), QJsonValue(true));
    QCOMPARE(alice.value(QLatin1StringView("active")), QJsonValue(true));
    QCOMPARE(alice.value(QLatin1StringView("externalId")).toString(), s.org.person(QStringLiteral("alice"))->oktaId);
    QVERIFY(!bob.contains(QLatin1StringView("deltastreamOrgadmin")));
    QCOMPARE(bob.value(QLatin1StringView("active")), QJsonValue(false));
    QCOMPARE(bob.value(QLatin1StringView("name")).toObject().value(QLatin1StringView("familyName")).toString(),
             QStringLiteral("Stoner"));
    QCOMPARE(bob.value(QLatin1StringView("displayName")).toString(), QStringLiteral("Robert Stoner"));
    QCOMPARE(carol.value(QLatin1StringView("active")), QJsonValue(true)); // deactivated, then reactivated
    QCOMPARE(carol.value(QLatin1StringView("id")).toString(), s.org.appUsers.value(QStringLiteral("carol")).scimId);
    QCOMPARE(server.get(QStringLiteral("/Users?filter=userName%20eq%20%22dave%40deltastream.test%22"))
                 .json()
                 .value(QLatin1StringView("totalResults"))
                 .toInt(),
             0);

    // "development" was renamed to "engineering" and holds alice and carol; "analytics" was deleted.
    const Reply groups = server.get(QStringLiteral("/Groups?startIndex=1&count=100"));
    const QJsonArray all = groups.json().value(QLatin1StringView("Resources")).toArray();
    QCOMPARE(all.size(), 1);
    const QJsonObject engineering = all.first().toObject();
    QCOMPARE(engineering.value(QLatin1StringView("displayName")).toString(), QStringLiteral("engineering"));
    QCOMPARE(engineering.value(QLatin1StringView("id")).toString(),
             s.org.pushedIds.value(QStringLiteral("engineering")));
    const Reply g = server.get(QStringLiteral("/Groups/") + engineering.value(QLatin1StringView("id")).toString());
    QStringList members;
    for (const QJsonValue &m : g.json().value(QLatin1StringView("members")).toArray())
        members.append(m.toObject().value(QLatin1StringView("value")).toString());
    members.sort();
    QStringList expected{alice.value(QLatin1StringView("id")).toString(),
                         carol.value(QLatin1StringView("id")).toString()};
    expected.sort();
    QCOMPARE(members, expected);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
