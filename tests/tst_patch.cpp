// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scim/Patch.h"
#include "scim/ScimConstants.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimdesk;

// PATCH (RFC 7644 §3.5.2): PatchRequest validation and the PatchEngine, driven by the Okta and Entra payloads in
// data/patch/*.json. Each fixture holds a resource, a PatchOp body and either the expected resource or the
// expected error (status, scimType and a detail fragment).
class TestPatch final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();

    void atomicity();
    void operationsAppliedInOrder();
    void parseOperations();
    void parseErrors_data();
    void parseErrors();
    void fromJson_data();
    void fromJson();
    void tooManyOperations();
    void largeGroupMembership();
    void groupKindUsesGroupSchema();
};

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

ScimResult<QJsonObject> patch(const QJsonObject &resource, const QJsonObject &body, ResourceKind kind)
{
    ScimResult<PatchRequest> request = PatchRequest::parse(body, kind);
    if (!request)
        return std::unexpected(request.error());
    return PatchEngine::apply(resource, *request, kind);
}

const QString Gid = u"abf4dd94-a4c0-4f67-89c9-76b03340cb9b"_s;

QJsonObject group()
{
    return QJsonObject{{u"schemas"_s, QJsonArray{Urn::Group}},
                       {u"id"_s, Gid},
                       {u"displayName"_s, u"Test SCIMv2"_s},
                       {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"u1"_s}, {u"display"_s, u"a"_s}}}}};
}

} // namespace

void TestPatch::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SCIMDESK_TEST_DATA "/patch"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    // Guard against the data directory silently going missing (the test would then pass with no rows).
    QVERIFY2(files.size() >= 80, qPrintable(u"only %1 fixtures in "_s.arg(files.size()) + dir.path()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(5))) << dir.filePath(f);
}

void TestPatch::fixtures()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    QJsonParseError parseError;
    const QJsonObject fixture = QJsonDocument::fromJson(f.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(!fixture.value(u"description").toString().isEmpty());
    QVERIFY(!fixture.value(u"source").toString().isEmpty());
    const QString kindName = fixture.value(u"kind").toString();
    QVERIFY(kindName == u"User" || kindName == u"Group");
    const ResourceKind kind = kindName == u"Group" ? ResourceKind::Group : ResourceKind::User;

    const QJsonObject resource = fixture.value(u"resource").toObject();
    const QJsonObject before = resource;
    QVERIFY(!resource.isEmpty());
    const ScimResult<QJsonObject> result = patch(resource, fixture.value(u"request").toObject(), kind);
    QCOMPARE(resource, before);

    if (fixture.contains(u"error")) {
        const QJsonObject expected = fixture.value(u"error").toObject();
        QVERIFY2(!result, qPrintable(u"expected an error, got "_s + (result ? compact(*result) : QString())));
        QCOMPARE(result.error().status, expected.value(u"status").toInt());
        QCOMPARE(result.error().scimType, expected.value(u"scimType").toString());
        const QString detail = expected.value(u"detail").toString();
        QVERIFY(!detail.isEmpty());
        QVERIFY2(result.error().detail.contains(detail), qPrintable(u"detail was: "_s + result.error().detail));
        return;
    }
    QVERIFY2(fixture.contains(u"expected"), "a fixture needs \"expected\" or \"error\"");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().scimType + u": "_s + result.error().detail));
    const QJsonObject expected = fixture.value(u"expected").toObject();
    QVERIFY2(*result == expected,
             qPrintable(u"\n   actual: "_s + compact(*result) + u"\n expected: "_s + compact(expected)));
}

void TestPatch::atomicity()
{
    const QJsonObject original = group();
    const QJsonObject body = parseObject(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations":[
          {"op":"replace","path":"displayName","value":"Renamed"},
          {"op":"add","path":"members","value":[{"value":"u2"}]},
          {"op":"remove","path":"members[value eq \"u1\"]"},
          {"op":"add","path":"urn:ietf:params:scim:schemas:extension:acme:2.0:Group:code","value":"X"},
          {"op":"remove"}]})");
    const ScimResult<QJsonObject> failed = patch(original, body, ResourceKind::Group);
    QVERIFY(!failed);
    QCOMPARE(failed.error().scimType, u"noTarget"_s);
    QCOMPARE(failed.error().detail, u"Operations[4]: a remove operation needs a \"path\""_s);
    QCOMPARE(original, group());

    // Without the failing operation the same request changes all four things, so the error above really
    // discarded applied work rather than failing before it.
    QJsonObject withoutLast = body;
    QJsonArray ops = withoutLast.value(u"Operations").toArray();
    ops.removeLast();
    withoutLast.insert(u"Operations"_s, ops);
    const ScimResult<QJsonObject> ok = patch(original, withoutLast, ResourceKind::Group);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().detail));
    QCOMPARE(ok->value(u"displayName").toString(), u"Renamed"_s);
    QCOMPARE(ok->value(u"members").toArray(), (QJsonArray{QJsonObject{{u"value"_s, u"u2"_s}}}));
    QCOMPARE(ok->value(u"schemas").toArray(),
             (QJsonArray{Urn::Group, u"urn:ietf:params:scim:schemas:extension:acme:2.0:Group"_s}));
    QCOMPARE(original, group());
}

void TestPatch::operationsAppliedInOrder()
{
    const QJsonObject body = parseObject(R"({"Operations":[
        {"op":"add","path":"members","value":[{"value":"u2"}]},
        {"op":"remove","path":"members[value eq \"u2\"]"},
        {"op":"replace","path":"displayName","value":"A"},
        {"op":"replace","path":"displayName","value":"B"}]})");
    const ScimResult<QJsonObject> result = patch(group(), body, ResourceKind::Group);
    QVERIFY(result);
    QCOMPARE(result->value(u"members"), group().value(u"members"));
    QCOMPARE(result->value(u"displayName").toString(), u"B"_s);

    // Reversed: the remove runs first (a no-op), so the member added afterwards stays.
    const QJsonObject reversed = parseObject(R"({"Operations":[
        {"op":"remove","path":"members[value eq \"u2\"]"},
        {"op":"add","path":"members","value":[{"value":"u2"}]}]})");
    const ScimResult<QJsonObject> second = patch(group(), reversed, ResourceKind::Group);
    QVERIFY(second);
    QCOMPARE(second->value(u"members").toArray().size(), 2);
}

void TestPatch::parseOperations()
{
    const QJsonObject body = parseObject(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations":[
          {"op":"Add","path":"members","value":[{"$ref":null,"value":"u2"}]},
          {"op":"REMOVE","path":"members[value eq \"u1\"]"},
          {"op":"replace","value":{"displayName":"x"}},
          {"op":" remove ","path":"  "}]})");
    ScimResult<PatchRequest> request = PatchRequest::parse(body, ResourceKind::Group);
    QVERIFY2(request, qPrintable(request ? QString() : request.error().detail));
    QCOMPARE(request->operations.size(), 4);

    const PatchOperation &add = request->operations.at(0);
    QCOMPARE(add.op, PatchOperation::Op::Add);
    QCOMPARE(add.pathText, u"members"_s);
    QVERIFY(add.path);
    QCOMPARE(add.path->attr.attribute, u"members"_s);
    QVERIFY(add.value.isArray());

    const PatchOperation &remove = request->operations.at(1);
    QCOMPARE(remove.op, PatchOperation::Op::Remove);
    QVERIFY(remove.path && remove.path->valueFilter);
    QVERIFY(remove.path->valueFilter->matches(QJsonObject{{u"value"_s, u"u1"_s}}));
    QVERIFY(remove.value.isUndefined());

    const PatchOperation &replace = request->operations.at(2);
    QCOMPARE(replace.op, PatchOperation::Op::Replace);
    QVERIFY(replace.pathText.isEmpty());
    QVERIFY(!replace.path);
    QCOMPARE(replace.value, QJsonValue(QJsonObject{{u"displayName"_s, u"x"_s}}));

    // A blank path is no path; a remove without one is then refused by the engine.
    const PatchOperation &blank = request->operations.at(3);
    QCOMPARE(blank.op, PatchOperation::Op::Remove);
    QVERIFY(!blank.path);

    // The parsed request (which holds filters) copies like any value.
    const PatchRequest copy = *request;
    QCOMPARE(copy.operations.size(), 4);
    QVERIFY(copy.operations.at(1).path->valueFilter->matches(QJsonObject{{u"value"_s, u"U1"_s}}));
}

void TestPatch::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("scimType");
    QTest::addColumn<QString>("detail");

    auto row = [](const char *tag, const char *body, const char *scimType, const QString &detail) {
        QTest::newRow(tag) << QByteArray(body) << QString::fromLatin1(scimType) << detail;
    };
    row("empty object", "{}", "invalidSyntax", u"the PatchOp message has no \"Operations\" array"_s);
    row("schemas only", R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]})", "invalidSyntax",
        u"no \"Operations\" array"_s);
    row("Operations object", R"({"Operations":{"op":"add"}})", "invalidSyntax",
        u"\"Operations\" must be an array, got an object"_s);
    row("Operations string", R"({"Operations":"add"})", "invalidSyntax", u"must be an array, got the string"_s);
    row("Operations empty", R"({"Operations":[]})", "invalidSyntax", u"\"Operations\" is empty"_s);
    row("wrong schema", R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
        "Operations":[{"op":"add","path":"title","value":"x"}]})",
        "invalidSyntax", u"\"schemas\" must contain \"urn:ietf:params:scim:api:messages:2.0:PatchOp\""_s);
    row("operation not object", R"({"Operations":["add"]})", "invalidSyntax",
        u"Operations[0]: an operation must be an object"_s);
    row("op missing", R"({"Operations":[{"path":"title","value":"x"}]})", "invalidSyntax",
        u"Operations[0]: \"op\" is missing or not a string"_s);
    row("op not string", R"({"Operations":[{"op":1,"path":"title","value":"x"}]})", "invalidSyntax",
        u"Operations[0]: \"op\" is missing or not a string"_s);
    row("op unknown", R"({"Operations":[{"op":"replace","path":"title","value":"x"},
        {"op":"merge","path":"title","value":"x"}]})",
        "invalidSyntax", u"Operations[1]: unknown op \"merge\"; expected add, remove or replace"_s);
    row("op empty", R"({"Operations":[{"op":"","path":"title"}]})", "invalidSyntax", u"unknown op \"\""_s);
    row("path not string", R"({"Operations":[{"op":"remove","path":5}]})", "invalidPath",
        u"Operations[0]: \"path\" must be a string"_s);
    row("path invalid", R"({"Operations":[{"op":"add","path":"title","value":"x"},
        {"op":"remove","path":"emails[type eq \"work\""}]})",
        "invalidPath", u"Operations[1]: invalid path \"emails[type eq \"work\"\": missing \"]\""_s);
    row("path bad filter", R"({"Operations":[{"op":"remove","path":"members[value eq]"}]})", "invalidPath",
        u"Operations[0]: invalid path \"members[value eq]\": in the value filter: invalid filter at position 9"_s);
    row("add without value", R"({"Operations":[{"op":"add","path":"title"}]})", "invalidSyntax",
        u"Operations[0]: an add or replace needs a \"value\""_s);
    row("replace without value", R"({"Operations":[{"op":"Replace","path":"title"}]})", "invalidSyntax",
        u"an add or replace needs a \"value\""_s);
    row("no-path add with string", R"({"Operations":[{"op":"add","value":"x"}]})", "invalidValue",
        u"Operations[0]: without a \"path\", \"value\" must be an object of attributes, got the string \"x\""_s);
    row("no-path replace with array", R"({"Operations":[{"op":"replace","value":[{"active":false}]}]})", "invalidValue",
        u"got an array"_s);
}

void TestPatch::parseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, scimType);
    QFETCH(QString, detail);
    const ScimResult<PatchRequest> request = PatchRequest::parse(parseObject(body), ResourceKind::User);
    QVERIFY(!request);
    QCOMPARE(request.error().status, 400);
    QCOMPARE(request.error().scimType, scimType);
    QVERIFY2(request.error().detail.contains(detail), qPrintable(u"detail was: "_s + request.error().detail));
}

void TestPatch::fromJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << u"the body is not valid JSON"_s;
    QTest::newRow("garbage") << QByteArray("op=replace") << u"the body is not valid JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"Operations":[)") << u"the body is not valid JSON"_s;
    QTest::newRow("array") << QByteArray(R"([{"op":"add"}])") << u"the body must be a JSON object"_s;
    QTest::newRow("no Operations") << QByteArray(R"({"operation":[]})") << u"no \"Operations\" array"_s;
}

void TestPatch::fromJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const ScimResult<PatchRequest> request = PatchRequest::fromJson(body, ResourceKind::User);
    QVERIFY(!request);
    QCOMPARE(request.error().status, 400);
    QCOMPARE(request.error().scimType, u"invalidSyntax"_s);
    QVERIFY2(request.error().detail.contains(detail), qPrintable(request.error().detail));

    const ScimResult<PatchRequest> good = PatchRequest::fromJson(
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations":[{"op":"replace","value":{"active":false}}]})",
        ResourceKind::User);
    QVERIFY(good);
    QCOMPARE(good->operations.size(), 1);
}

void TestPatch::tooManyOperations()
{
    QJsonArray ops;
    for (int i = 0; i < 10000; ++i) {
        ops.append(
            QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"displayName"_s}, {u"value"_s, u"name-%1"_s.arg(i)}});
    }
    const ScimResult<PatchRequest> atLimit =
        PatchRequest::parse(QJsonObject{{u"Operations"_s, ops}}, ResourceKind::Group);
    QVERIFY(atLimit);
    QCOMPARE(atLimit->operations.size(), 10000);
    const ScimResult<QJsonObject> applied = PatchEngine::apply(group(), *atLimit, ResourceKind::Group);
    QVERIFY(applied);
    QCOMPARE(applied->value(u"displayName").toString(), u"name-9999"_s);

    ops.append(ops.first());
    const ScimResult<PatchRequest> over = PatchRequest::parse(QJsonObject{{u"Operations"_s, ops}}, ResourceKind::Group);
    QVERIFY(!over);
    QCOMPARE(over.error().status, 400);
    QCOMPARE(over.error().scimType, u"tooMany"_s);
    QCOMPARE(over.error().detail, u"\"Operations\" has 10001 operations; at most 10000 are accepted"_s);
}

void TestPatch::largeGroupMembership()
{
    // Okta's batch shape against a large group: one remove operation per member and one add of many members.
    // The hashed duplicate check and the in-place array updates must keep this correct (and quick).
    QJsonArray members;
    for (int i = 0; i < 5000; ++i)
        members.append(QJsonObject{{u"value"_s, u"user-%1"_s.arg(i)}, {u"display"_s, u"u%1@okta.local"_s.arg(i)}});
    QJsonObject big = group();
    big.insert(u"members"_s, members);

    QJsonArray ops;
    for (int i = 0; i < 100; ++i)
        ops.append(QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"members[value eq \"user-%1\"]"_s.arg(i * 2)}});
    QJsonArray added;
    for (int i = 0; i < 200; ++i) // half of them are already members (different case, no display)
        added.append(QJsonObject{{u"value"_s, i % 2 ? u"USER-%1"_s.arg(4000 + i) : u"new-%1"_s.arg(i)}});
    ops.append(QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"members"_s}, {u"value"_s, added}});

    const ScimResult<PatchRequest> request =
        PatchRequest::parse(QJsonObject{{u"Operations"_s, ops}}, ResourceKind::Group);
    QVERIFY(request);
    const ScimResult<QJsonObject> result = PatchEngine::apply(big, *request, ResourceKind::Group);
    QVERIFY(result);
    const QJsonArray out = result->value(u"members").toArray();
    QCOMPARE(out.size(), 5000 - 100 + 100);
    QCOMPARE(out.at(0).toObject().value(u"value").toString(), u"user-1"_s);
    QCOMPARE(out.last().toObject().value(u"value").toString(), u"new-198"_s);
    // A duplicate keeps its place and takes the keys sent with it; "display" stays.
    const QJsonObject merged = out.at(4000 + 1 - 100).toObject();
    QCOMPARE(merged.value(u"value").toString(), u"USER-4001"_s);
    QCOMPARE(merged.value(u"display").toString(), u"u4001@okta.local"_s);
}

void TestPatch::groupKindUsesGroupSchema()
{
    // "members" is multi-valued for groups (a single object is wrapped) but unknown for users (kept as sent),
    // and "active" is a boolean for users but schema-less for groups.
    const QJsonObject body = parseObject(R"({"Operations":[
        {"op":"add","path":"members","value":{"value":"u2"}},
        {"op":"add","path":"active","value":"yes"}]})");
    const ScimResult<QJsonObject> g = patch(group(), body, ResourceKind::Group);
    QVERIFY2(g, qPrintable(g ? QString() : g.error().detail));
    QCOMPARE(g->value(u"members").toArray().size(), 2);
    QCOMPARE(g->value(u"active"), QJsonValue(u"yes"_s));

    const QJsonObject user{{u"schemas"_s, QJsonArray{Urn::User}}, {u"id"_s, u"1"_s}, {u"userName"_s, u"a"_s}};
    const ScimResult<QJsonObject> u = patch(user, body, ResourceKind::User);
    QVERIFY(!u);
    QCOMPARE(u.error().scimType, u"invalidValue"_s);
    QCOMPARE(u.error().detail,
             u"Operations[1]: attribute \"active\" must be a boolean (true or false), got the string \"yes\""_s);
}

QTEST_GUILESS_MAIN(TestPatch)
#include "tst_patch.moc"
