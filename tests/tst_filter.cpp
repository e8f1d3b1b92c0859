// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scim/Filter.h"
#include "scim/ScimConstants.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimdesk;

// The SCIM filter grammar of RFC 7644 §3.4.2.2 (and PATCH paths, which share it), parsed and evaluated against
// the canned resources in data/filter/resources.json.
class TestFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void matches_data();
    void matches();

    void precedence();
    void valuePathTree();
    void compValues_data();
    void compValues();
    void caseInsensitiveKeywords();

    void invalid_data();
    void invalid();
    void nestingLimit();
    void lengthLimit();
    void longChainEvaluates();
    void garbageNeverCrashes();
    void randomValidFilters();

    void scopedFilter();
    void defaultFilterMatchesEverything();
    void copiesShareTheTree();

    void equalityOn_data();
    void equalityOn();

    void patchPath();
    void patchPathBareExtension();
    void patchPathBracketInString();
    void patchPathInvalid_data();
    void patchPathInvalid();

private:
    QJsonObject resource(const QString &name) const { return m_resources.value(name).toObject(); }
    QJsonObject m_resources;
};

namespace {

const QString Enterprise = u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s;

ResourceKind kindFor(const QString &resourceName)
{
    return resourceName == u"group" ? ResourceKind::Group : ResourceKind::User;
}

} // namespace

void TestFilter::initTestCase()
{
    QFile file(QStringLiteral(SCIMDESK_TEST_DATA "/filter/resources.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    m_resources = doc.object();
    QCOMPARE(m_resources.size(), 3);
}

void TestFilter::matches_data()
{
    QTest::addColumn<QString>("resourceName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("expected");

    auto row = [](const char *tag, const QString &res, const QString &filter, bool expected) {
        QTest::newRow(tag) << res << filter << expected;
    };
    const QString u = u"user"_s;
    const QString u2 = u"user2"_s;
    const QString g = u"group"_s;

    // eq / ne and case sensitivity from the schema.
    row("eq exact", u, uR"(userName eq "Barbara.Jensen@example.com")"_s, true);
    row("eq userName ignores case", u, uR"(userName eq "barbara.jensen@EXAMPLE.com")"_s, true);
    row("stored key case ignored", u2, uR"(userName eq "JSMITH")"_s, true);
    row("eq mismatch", u, uR"(userName eq "bjensen")"_s, false);
    row("ne mismatch", u, uR"(userName ne "bjensen")"_s, true);
    row("ne same value other case", u, uR"(userName ne "BARBARA.JENSEN@example.com")"_s, false);
    row("id is caseExact", u, uR"(id eq "2819C223-7F76-453A-919D-413861904646")"_s, false);
    row("id exact", u, uR"(id eq "2819c223-7f76-453a-919d-413861904646")"_s, true);
    row("externalId is caseExact", u, uR"(externalId eq "00UJL29U0LE5T6AJ10H7")"_s, false);
    row("externalId exact", u, uR"(externalId eq "00ujl29u0le5T6Aj10h7")"_s, true);
    row("meta.resourceType caseExact", u, uR"(meta.resourceType eq "user")"_s, false);
    row("meta.resourceType exact", u, uR"(meta.resourceType eq "User")"_s, true);

    // Substring operators.
    row("co", u, uR"(userName co "JENSEN")"_s, true);
    row("co missing", u, uR"(userName co "smith")"_s, false);
    row("sw", u, uR"(userName sw "barb")"_s, true);
    row("sw not a prefix", u, uR"(userName sw "jensen")"_s, false);
    row("ew", u, uR"(userName ew "EXAMPLE.COM")"_s, true);
    row("ew not a suffix", u, uR"(userName ew "example")"_s, false);
    row("co on caseExact id", u, uR"(id co "413861904646")"_s, true);
    row("co on caseExact id wrong case", u, uR"(externalId co "t6aj")"_s, false);

    // Ordering on strings: lexicographic, case-insensitive unless caseExact.
    row("gt string", u, uR"(userName gt "b")"_s, true);
    row("lt string", u, uR"(userName lt "c")"_s, true);
    row("lt ignores case", u, uR"(userName lt "BB")"_s, true);
    row("ge equal", u, uR"(userName ge "barbara.jensen@example.com")"_s, true);
    row("le smaller", u, uR"(userName le "a")"_s, false);
    row("lt caseExact id", u, uR"(id lt "2819D")"_s, false);
    row("gt caseExact id", u, uR"(id gt "2819D")"_s, true);

    // Presence.
    row("pr present", u, uR"(title pr)"_s, true);
    row("pr absent", u, uR"(profileUrl pr)"_s, false);
    row("pr empty array", u2, uR"(emails pr)"_s, false);
    row("pr complex", u, uR"(name pr)"_s, true);
    row("pr sub-attribute", u, uR"(name.middleName pr)"_s, false);
    row("pr multi-valued", u, uR"(emails pr)"_s, true);
    row("pr boolean false counts", u2, uR"(active pr)"_s, true);

    // null.
    row("eq null absent", u, uR"(profileUrl eq null)"_s, true);
    row("eq null present", u, uR"(title eq null)"_s, false);
    row("eq null empty array", u2, uR"(emails eq null)"_s, true);
    row("ne null present", u, uR"(title ne null)"_s, true);
    row("ne null absent", u, uR"(profileUrl ne null)"_s, false);
    row("ne value absent", u, uR"(profileUrl ne "x")"_s, true);
    row("eq value absent", u, uR"(profileUrl eq "x")"_s, false);
    row("co absent", u, uR"(profileUrl co "x")"_s, false);

    // Complex and multi-valued.
    row("sub-attribute", u, uR"(name.familyName eq "jensen")"_s, true);
    row("sub-attribute sw", u, uR"(name.givenName sw "Bar")"_s, true);
    row("sub-attribute names ignore case", u, uR"(NAME.FAMILYNAME eq "Jensen")"_s, true);
    row("complex compares value", u, uR"(emails co "example.com")"_s, true);
    row("complex eq any value", u, uR"(emails eq "babs@jensen.org")"_s, true);
    row("complex eq no value", u, uR"(emails eq "nobody@example.com")"_s, false);
    row("multi sub-attribute any", u, uR"(emails.value ew "jensen.org")"_s, true);
    row("multi type any", u, uR"(emails.type eq "home")"_s, true);
    row("multi type none", u, uR"(emails.type eq "mobile")"_s, false);
    row("multi ne is any", u, uR"(emails.type ne "work")"_s, true);
    row("multi ne all equal", u, uR"(phoneNumbers.type ne "work")"_s, false);
    row("complex without value", u, uR"(name eq "Jensen")"_s, false);

    // Value paths: all conditions must hold on the same element.
    row("valuePath and", u, uR"(emails[type eq "work" and value co "@example.com"])"_s, true);
    row("valuePath same element", u, uR"(emails[type eq "home" and value co "@example.com"])"_s, false);
    row("valuePath or", u, uR"(emails[type eq "other" or type eq "HOME"])"_s, true);
    row("valuePath not", u, uR"(emails[not (type eq "work")])"_s, true);
    row("valuePath boolean", u, uR"(emails[primary eq true])"_s, true);
    row("valuePath pr", u, uR"(emails[display pr])"_s, false);
    row("valuePath on empty array", u2, uR"(emails[type eq "work"])"_s, false);
    row("valuePath subattr eq", u, uR"(emails[type eq "work"].value eq "bjensen@example.com")"_s, true);
    row("valuePath subattr other element", u, uR"(emails[type eq "home"].value eq "bjensen@example.com")"_s, false);
    row("valuePath subattr sw", u, uR"(emails[primary eq true].value ew "EXAMPLE.COM")"_s, true);
    row("valuePath subattr pr", u, uR"(emails[type eq "home"].value pr)"_s, true);
    row("valuePath in logic", u, uR"(userName sw "b" and emails[type eq "work"])"_s, true);
    row("valuePath spaces", u, uR"(emails[ type  eq  "work" ])"_s, true);
    row("members value", g, uR"(members[value eq "902c246b-6245-4190-8e05-00816be7344a"])"_s, true);
    row("members value missing", g, uR"(members[value eq "nope"])"_s, false);
    row("members display co", g, uR"(members.display co "pepper")"_s, true);
    row("members compares value", g, uR"(members eq "2819c223-7f76-453a-919d-413861904646")"_s, true);
    row("group displayName", g, uR"(displayName eq "tour guides")"_s, true);

    // Extensions, under their URN key.
    row("extension attribute", u, (Enterprise + uR"(:employeeNumber eq "701984")"_s), true);
    row("extension URN ignores case", u,
        uR"(URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:employeenumber eq "701984")"_s, true);
    row("extension key stored in other case", u2, (Enterprise + uR"(:department eq "sales")"_s), true);
    row("extension sub-attribute", u, (Enterprise + uR"(:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d")"_s),
        true);
    row("extension complex compares value", u,
        (Enterprise + uR"(:manager eq "26118915-6090-4610-87e4-49d8ca9f808d")"_s), true);
    row("extension pr", u, (Enterprise + uR"(:department pr)"_s), true);
    row("extension absent attribute", u, (Enterprise + uR"(:division pr)"_s), false);
    row("extension absent object", u2, (Enterprise + uR"(:employeeNumber eq "1")"_s), false);
    row("extension not at top level", u, uR"(employeeNumber eq "701984")"_s, false);
    row("core URN prefix", u, uR"(urn:ietf:params:scim:schemas:core:2.0:User:userName sw "barbara")"_s, true);
    row("unknown extension", u, uR"(urn:example:params:scim:schemas:extension:acme:2.0:User:badge pr)"_s, false);

    // dateTime: chronological, with offsets and fractions.
    row("dateTime gt equal", u, uR"(meta.lastModified gt "2011-05-13T04:42:34Z")"_s, false);
    row("dateTime ge equal", u, uR"(meta.lastModified ge "2011-05-13T04:42:34Z")"_s, true);
    row("dateTime gt earlier", u, uR"(meta.lastModified gt "2011-05-13T04:42:33Z")"_s, true);
    row("dateTime eq other offset", u, uR"(meta.lastModified eq "2011-05-13T06:42:34+02:00")"_s, true);
    row("dateTime eq with millis", u, uR"(meta.created eq "2010-01-23T04:56:22.000Z")"_s, true);
    row("dateTime lt offset", u2, uR"(meta.lastModified lt "2011-05-13T04:00:00Z")"_s, true);
    row("dateTime lt not lexicographic", u2, uR"(meta.lastModified gt "2011-05-13T04:00:00Z")"_s, false);
    row("dateTime without offset is UTC", u, uR"(meta.lastModified eq "2011-05-13T04:42:34")"_s, true);
    row("dateTime sw is textual", u, uR"(meta.lastModified sw "2011-05")"_s, true);

    // Booleans, stored as JSON or as strings.
    row("active eq true", u, uR"(active eq true)"_s, true);
    row("active eq false", u, uR"(active eq false)"_s, false);
    row("active stored as string", u2, uR"(active eq false)"_s, true);
    row("active ne true on string", u2, uR"(active ne true)"_s, true);
    row("active compValue string", u2, uR"(active eq "FALSE")"_s, true);
    row("active compValue True", u, uR"(active eq "True")"_s, true);
    row("unknown attribute bool vs string", u, uR"(deltastreamOrgadmin eq true)"_s, true);
    row("unknown attribute string ci", u, uR"(deltastreamorgadmin eq "true")"_s, true);
    row("unknown attribute bool mismatch", u, uR"(deltastreamOrgadmin eq false)"_s, false);

    // Numbers (schema-less attribute).
    row("number gt", u, uR"(loginCount gt 40)"_s, true);
    row("number eq decimal", u, uR"(loginCount eq 42.0)"_s, true);
    row("number lt exponent", u, uR"(loginCount lt 4.2e1)"_s, false);
    row("number le exponent", u, uR"(loginCount le 4.2E+1)"_s, true);
    row("number negative", u, uR"(loginCount gt -1)"_s, true);
    row("number as string", u, uR"(loginCount eq "42")"_s, true);

    // Escapes in compValue strings.
    row("escaped quotes", u, uR"(title eq "Tour \"Guide\"")"_s, true);
    row("backslash quote unicode", u, uR"(note eq "C:\\path \"q\" \u00E9")"_s, true);
    row("unicode escape", u, uR"(displayName eq "Babs \u004aensen")"_s, true);
    row("solidus escape", u, uR"(note co "\/")"_s, false);

    // Logic and precedence (not > and > or).
    row("and true", u, uR"(title pr and userType eq "Employee")"_s, true);
    row("and false", u, uR"(title pr and userType eq "Intern")"_s, false);
    row("or", u, uR"(userType eq "Intern" or title pr)"_s, true);
    row("not", u, uR"(not (userType eq "Intern"))"_s, true);
    row("not without space", u, uR"(NOT(title pr))"_s, false);
    row("and binds tighter than or", u, uR"(title pr or userType eq "Intern" and nickName eq "x")"_s, true);
    row("and binds tighter than or 2", u, uR"(userType eq "Intern" and title pr or nickName pr)"_s, true);
    row("parentheses override", u, uR"((title pr or userType eq "Intern") and nickName eq "x")"_s, false);
    row("not binds tighter than and", u, uR"(not (nickName pr) and title pr)"_s, false);
    row("nested groups", u, uR"((userName sw "barb" and (title pr or nickName eq "x")))"_s, true);
    row("double not", u, uR"(not (not (title pr)))"_s, true);
    row("keywords any case", u, uR"(title PR AND userType Eq "employee" Or nickName pr)"_s, true);
    row("whitespace", u, u"  userName \t eq    \"Barbara.Jensen@example.com\"   "_s, true);
    row("no space before string", u, uR"(userName eq"Barbara.Jensen@example.com")"_s, true);
    row("no space around parens", u, uR"((title pr)and(nickName pr))"_s, true);
}

void TestFilter::matches()
{
    QFETCH(QString, resourceName);
    QFETCH(QString, filter);
    QFETCH(bool, expected);
    ScimResult<Filter> parsed = Filter::parse(filter, kindFor(resourceName));
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().detail));
    QCOMPARE(parsed->matches(resource(resourceName)), expected);
}

void TestFilter::precedence()
{
    using K = FilterNode::Kind;
    {
        ScimResult<Filter> f = Filter::parse(u"a pr or b pr and c pr"_s, ResourceKind::User);
        QVERIFY(f);
        const FilterNode *root = f->root();
        QCOMPARE(root->kind, K::Or);
        QCOMPARE(root->left->kind, K::Present);
        QCOMPARE(root->left->path.attribute, u"a"_s);
        QCOMPARE(root->right->kind, K::And);
        QCOMPARE(root->right->left->path.attribute, u"b"_s);
        QCOMPARE(root->right->right->path.attribute, u"c"_s);
    }
    {
        ScimResult<Filter> f = Filter::parse(u"a pr and b pr or c pr and d pr"_s, ResourceKind::User);
        QVERIFY(f);
        QCOMPARE(f->root()->kind, K::Or);
        QCOMPARE(f->root()->left->kind, K::And);
        QCOMPARE(f->root()->right->kind, K::And);
        QCOMPARE(f->root()->right->right->path.attribute, u"d"_s);
    }
    {
        // Same-precedence operators associate to the left.
        ScimResult<Filter> f = Filter::parse(u"a pr or b pr or c pr"_s, ResourceKind::User);
        QVERIFY(f);
        QCOMPARE(f->root()->kind, K::Or);
        QCOMPARE(f->root()->left->kind, K::Or);
        QCOMPARE(f->root()->right->path.attribute, u"c"_s);
    }
    {
        ScimResult<Filter> f = Filter::parse(u"not (a pr) and b pr"_s, ResourceKind::User);
        QVERIFY(f);
        QCOMPARE(f->root()->kind, K::And);
        QCOMPARE(f->root()->left->kind, K::Not);
        QCOMPARE(f->root()->left->left->kind, K::Present);
        QCOMPARE(f->root()->right->kind, K::Present);
    }
    {
        ScimResult<Filter> f = Filter::parse(u"a pr and (b pr or c pr)"_s, ResourceKind::User);
        QVERIFY(f);
        QCOMPARE(f->root()->kind, K::And);
        QCOMPARE(f->root()->right->kind, K::Or);
    }
}

void TestFilter::valuePathTree()
{
    using K = FilterNode::Kind;
    ScimResult<Filter> f = Filter::parse(uR"(emails[type eq "work"].value eq "x")"_s, ResourceKind::User);
    QVERIFY(f);
    const FilterNode *root = f->root();
    QCOMPARE(root->kind, K::ValuePath);
    QCOMPARE(root->path.attribute, u"emails"_s);
    QCOMPARE(root->path.subAttribute, u"value"_s);
    QCOMPARE(root->left->kind, K::Compare);
    QCOMPARE(root->left->path.attribute, u"type"_s);
    QCOMPARE(root->left->value, QJsonValue(u"work"_s));
    QVERIFY(root->right);
    QCOMPARE(root->right->kind, K::Compare);
    QCOMPARE(root->right->path.attribute, u"value"_s);
    QCOMPARE(root->right->value, QJsonValue(u"x"_s));
    // The element's sub-attributes resolve against the emails schema.
    QVERIFY(root->right->attribute);
    QCOMPARE(root->right->attribute->name, u"value"_s);

    ScimResult<Filter> plain = Filter::parse(uR"(members[value eq "1"])"_s, ResourceKind::Group);
    QVERIFY(plain);
    QCOMPARE(plain->root()->kind, K::ValuePath);
    QVERIFY(plain->root()->path.subAttribute.isEmpty());
    QVERIFY(!plain->root()->right);

    ScimResult<Filter> ext = Filter::parse(QString(Enterprise + u":manager.value eq \"m\""_s), ResourceKind::User);
    QVERIFY(ext);
    QCOMPARE(ext->root()->path.urn, Enterprise);
    QCOMPARE(ext->root()->path.attribute, u"manager"_s);
    QCOMPARE(ext->root()->path.subAttribute, u"value"_s);
    QCOMPARE(ext->root()->path.toString(), Enterprise + u":manager.value"_s);
}

void TestFilter::compValues_data()
{
    QTest::addColumn<QString>("literal");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("string") << uR"("abc")"_s << QJsonValue(u"abc"_s);
    QTest::newRow("empty string") << uR"("")"_s << QJsonValue(u""_s);
    QTest::newRow("quote") << uR"("a\"b")"_s << QJsonValue(u"a\"b"_s);
    QTest::newRow("backslash") << uR"("a\\b")"_s << QJsonValue(u"a\\b"_s);
    QTest::newRow("solidus") << uR"("a\/b")"_s << QJsonValue(u"a/b"_s);
    QTest::newRow("controls") << uR"("\b\f\n\r\t")"_s << QJsonValue(u"\b\f\n\r\t"_s);
    QTest::newRow("unicode") << uR"("\u00e9\u00C9")"_s << QJsonValue(u"éÉ"_s);
    QTest::newRow("surrogate pair") << uR"("\uD83D\uDE00")"_s << QJsonValue(u"\U0001F600"_s);
    QTest::newRow("raw non-ASCII") << u"\"Zoë\""_s << QJsonValue(u"Zoë"_s);
    QTest::newRow("brackets in string") << uR"("a]b)c(d[")"_s << QJsonValue(u"a]b)c(d["_s);
    QTest::newRow("keywords in string") << uR"(" and or not ")"_s << QJsonValue(u" and or not "_s);
    QTest::newRow("integer") << u"42"_s << QJsonValue(42.0);
    QTest::newRow("zero") << u"0"_s << QJsonValue(0.0);
    QTest::newRow("negative decimal") << u"-1.5"_s << QJsonValue(-1.5);
    QTest::newRow("exponent") << u"1e3"_s << QJsonValue(1000.0);
    QTest::newRow("exponent signed") << u"2.5E-1"_s << QJsonValue(0.25);
    QTest::newRow("true") << u"true"_s << QJsonValue(true);
    QTest::newRow("FALSE") << u"FALSE"_s << QJsonValue(false);
    QTest::newRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
}

void TestFilter::compValues()
{
    QFETCH(QString, literal);
    QFETCH(QJsonValue, expected);
    ScimResult<Filter> f = Filter::parse(QString(u"x eq "_s + literal), ResourceKind::User);
    QVERIFY2(f, qPrintable(f ? QString() : f.error().detail));
    QCOMPARE(f->root()->kind, FilterNode::Kind::Compare);
    QCOMPARE(f->root()->op, FilterNode::Op::Eq);
    QCOMPARE(f->root()->value, expected);
}

void TestFilter::caseInsensitiveKeywords()
{
    using O = FilterNode::Op;
    const QList<std::pair<QString, O>> ops{{u"eq"_s, O::Eq}, {u"NE"_s, O::Ne}, {u"Co"_s, O::Co},
                                           {u"sW"_s, O::Sw}, {u"EW"_s, O::Ew}, {u"gt"_s, O::Gt},
                                           {u"GE"_s, O::Ge}, {u"Lt"_s, O::Lt}, {u"lE"_s, O::Le}};
    for (const auto &[name, op] : ops) {
        ScimResult<Filter> f = Filter::parse(QString(u"title "_s + name + u" \"x\""_s), ResourceKind::User);
        QVERIFY2(f, qPrintable(name));
        QCOMPARE(f->root()->op, op);
    }
    ScimResult<Filter> pr = Filter::parse(u"title Pr"_s, ResourceKind::User);
    QVERIFY(pr);
    QCOMPARE(pr->root()->kind, FilterNode::Kind::Present);
    ScimResult<Filter> logic = Filter::parse(u"Not (title pr) aNd nickName pr oR x pr"_s, ResourceKind::User);
    QVERIFY(logic);
    QCOMPARE(logic->root()->kind, FilterNode::Kind::Or);
}

void TestFilter::invalid_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("detail");

    auto row = [](const char *tag, const QString &filter, const QString &detail) {
        QTest::newRow(tag) << filter << detail;
    };
    row("empty", u""_s, u"invalid filter: the filter is empty"_s);
    row("blank", u"   "_s, u"invalid filter: the filter is empty"_s);
    row("attribute only", u"userName"_s,
        u"invalid filter at position 9: expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) "
        u"after \"userName\", found the end of the filter"_s);
    row("unknown operator", uR"(userName xx "a")"_s,
        u"invalid filter at position 10: expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) "
        u"after \"userName\", found \"xx\""_s);
    row("operator glued to name", uR"(userNameeq "a")"_s, u"after \"userNameeq\""_s);
    row("operator glued to value", uR"(userName eqx "a")"_s, u"found \"eqx\""_s);
    row("missing value", u"userName eq"_s,
        u"invalid filter at position 12: expected a value (a quoted string, a number, true, false or null), found "
        u"the end of the filter"_s);
    row("bare word value", u"userName eq bjensen"_s,
        u"invalid filter at position 13: expected a value (a quoted string, a number, true, false or null), found "
        u"\"bjensen\""_s);
    row("single quotes", u"userName eq 'bjensen'"_s, u"position 13: expected a value"_s);
    row("unterminated string", uR"(userName eq "abc)"_s,
        u"invalid filter at position 13: unterminated string: the quote at position 13 is never closed"_s);
    row("unterminated after escape", uR"(userName eq "abc\)"_s, u"unterminated string"_s);
    row("bad escape", uR"(userName eq "a\qb")"_s, u"position 15: invalid escape \"\\q\" in a string"_s);
    row("short unicode escape", uR"(userName eq "\u12")"_s,
        u"position 14: \"\\u\" must be followed by four hexadecimal digits"_s);
    row("bad number suffix", u"loginCount eq 12abc"_s, u"position 15: \"12abc\" is not a valid number"_s);
    row("bad number dot", u"loginCount eq 1."_s, u"\"1.\" is not a valid number"_s);
    row("bad number exponent", u"loginCount eq 1e"_s, u"\"1e\" is not a valid number"_s);
    row("bad number minus", u"loginCount eq -"_s, u"\"-\" is not a valid number"_s);
    row("number out of range", u"loginCount eq 1e999"_s, u"the number \"1e999\" is out of range"_s);
    row("dangling and", uR"(userName eq "a" and)"_s,
        u"invalid filter at position 20: expected an attribute name, \"not\" or \"(\", found the end of the filter"_s);
    row("double or", uR"(userName eq "a" or or title pr)"_s, u"position 23: expected a comparison operator"_s);
    row("leading and", uR"(and title pr)"_s, u"position 5: expected a comparison operator"_s);
    row("unclosed paren", uR"((userName eq "a")"_s,
        u"invalid filter at position 17: expected \")\" to close the \"(\" at position 1, found the end of the "
        u"filter"_s);
    row("unclosed nested paren", uR"(userName eq "a" and (title pr or (nickName pr))"_s,
        u"expected \")\" to close the \"(\" at position 21"_s);
    row("extra close paren", uR"(userName eq "a"))"_s,
        u"invalid filter at position 16: found \")\" without a matching \"(\""_s);
    row("empty parens", u"()"_s, u"position 2: expected an attribute name, \"not\" or \"(\", found \")\""_s);
    row("unclosed bracket", uR"(emails[type eq "work")"_s,
        u"invalid filter at position 22: expected \"]\" to close the \"[\" at position 7, found the end of the "
        u"filter"_s);
    row("extra close bracket", uR"(emails[type eq "work"]])"_s, u"position 23: found \"]\" without a matching \"[\""_s);
    row("stray close bracket", uR"(title pr])"_s, u"position 9: found \"]\" without a matching \"[\""_s);
    row("empty brackets", u"emails[]"_s, u"position 8: the value filter of \"emails\" is empty"_s);
    row("nested brackets", uR"(emails[value[type eq "x"]])"_s, u"position 13: value filters cannot be nested"_s);
    row("two brackets", uR"(emails[type eq "work"][value eq "x"])"_s,
        u"position 23: expected \"and\", \"or\" or the end of the filter, found \"[\""_s);
    row("URN inside brackets", uR"(emails[urn:a:b:type eq "x"])"_s,
        u"inside a value filter of \"emails\" only its sub-attribute names are allowed"_s);
    row("dotted inside brackets", uR"(emails[type.x eq "x"])"_s, u"only its sub-attribute names are allowed"_s);
    row("filter after sub-attribute", uR"(name.familyName[x eq "y"])"_s,
        u"position 16: a value filter must follow an attribute name, not the sub-attribute \"name.familyName\""_s);
    row("missing sub-attribute", uR"(emails[type eq "work"]. eq "x")"_s,
        u"position 24: expected a sub-attribute name after \"].\""_s);
    row("valuePath sub without operator", uR"(emails[type eq "work"].value)"_s,
        u"expected a comparison operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after "
        u"\"emails[type eq \"work\"].value\""_s);
    row("trailing garbage", uR"(userName eq "a" title pr)"_s,
        u"invalid filter at position 17: expected \"and\", \"or\" or the end of the filter, found \"title\""_s);
    row("not without parens", uR"(not userName eq "a")"_s,
        u"invalid filter at position 5: expected \"(\" after \"not\", found \"userName\""_s);
    row("not at end", u"not"_s, u"expected \"(\" after \"not\", found the end of the filter"_s);
    row("URN without attribute", Enterprise + u" eq \"x\""_s, u"expected an attribute name after the schema URN"_s);
    row("name starting with digit", uR"(1abc eq "x")"_s, u"position 1: \"1abc\" is not a valid attribute name"_s);
    row("two dots", uR"(name.givenName.x eq "a")"_s, u"\"givenName.x\" is not a valid sub-attribute name"_s);
    row("trailing dot", uR"(name. eq "a")"_s,
        u"invalid filter at position 5: expected a sub-attribute name after the \".\" in \"name.\""_s);
    row("leading dot", uR"(.name eq "a")"_s, u"position 1: expected an attribute name, found \".name\""_s);
    row("symbol", uR"(@ eq "x")"_s, u"position 1: expected an attribute name, \"not\" or \"(\", found \"@\""_s);
    row("gt on boolean", uR"(active gt "a")"_s,
        u"position 8: \"gt\" cannot be applied to the boolean attribute \"active\""_s);
    row("le with boolean value", u"loginCount le true"_s, u"position 15: \"le\" cannot order by a boolean value"_s);
    row("lt on complex", uR"(name lt "a")"_s, u"\"lt\" cannot be applied to the complex attribute \"name\""_s);
    row("ge on binary", uR"(x509Certificates ge "a")"_s,
        u"\"ge\" cannot be applied to the binary attribute \"x509Certificates\""_s);
    row("gt null", u"title gt null"_s, u"position 10: \"gt\" cannot compare with null"_s);
    row("co null", u"title co null"_s, u"\"co\" cannot compare with null"_s);
    row("dateTime not ISO", uR"(meta.lastModified gt "yesterday")"_s,
        u"position 22: \"meta.lastModified\" is a dateTime: expected an ISO 8601 dateTime string"_s);
    row("dateTime date only", uR"(meta.created eq "2011-05-13")"_s, u"is a dateTime"_s);
    row("dateTime number", u"meta.created lt 5"_s, u"is a dateTime"_s);
    row("boolean not true/false", uR"(active eq "yes")"_s,
        u"position 11: \"active\" is a boolean: expected true or false"_s);
    row("valuePath boolean", uR"(emails[primary eq 1])"_s, u"\"primary\" is a boolean"_s);
    row("operator needs space", uR"(title eq(x pr))"_s, u"position 9: expected a space after \"eq\""_s);
}

void TestFilter::invalid()
{
    QFETCH(QString, filter);
    QFETCH(QString, detail);
    ScimResult<Filter> f = Filter::parse(filter, ResourceKind::User);
    QVERIFY2(!f, qPrintable(u"parsed unexpectedly: "_s + filter));
    QCOMPARE(f.error().status, 400);
    QCOMPARE(f.error().scimType, u"invalidFilter"_s);
    QVERIFY2(f.error().detail.contains(detail), qPrintable(u"detail was: "_s + f.error().detail));
}

void TestFilter::nestingLimit()
{
    auto nested = [](int levels) { return QString(QString(levels, u'(') + u"title pr"_s + QString(levels, u')')); };
    QVERIFY(Filter::parse(nested(64), ResourceKind::User));
    ScimResult<Filter> tooDeep = Filter::parse(nested(65), ResourceKind::User);
    QVERIFY(!tooDeep);
    QCOMPARE(tooDeep.error().scimType, u"invalidFilter"_s);
    QCOMPARE(tooDeep.error().detail, u"invalid filter at position 65: nesting deeper than 64 levels"_s);

    QString nots;
    for (int i = 0; i < 65; ++i)
        nots += u"not ("_s;
    nots += u"title pr"_s + QString(65, u')');
    ScimResult<Filter> deepNot = Filter::parse(nots, ResourceKind::User);
    QVERIFY(!deepNot);
    QVERIFY(deepNot.error().detail.contains(u"nesting deeper than 64 levels"_s));

    // A value filter counts as a level too.
    ScimResult<Filter> bracket = Filter::parse(
        QString(QString(63, u'(') + u"emails[type eq \"work\"]"_s + QString(63, u')')), ResourceKind::User);
    QVERIFY(bracket);
    QVERIFY(bracket->matches(resource(u"user"_s)));
    ScimResult<Filter> bracketTooDeep = Filter::parse(
        QString(QString(64, u'(') + u"emails[type eq \"work\"]"_s + QString(64, u')')), ResourceKind::User);
    QVERIFY(!bracketTooDeep);
    QVERIFY(bracketTooDeep.error().detail.contains(u"nesting deeper than 64 levels"_s));
}

void TestFilter::lengthLimit()
{
    const QString base = u"title eq \""_s;
    QString atLimit = base + QString(8192 - base.size() - 1, u'x') + u'"';
    QCOMPARE(atLimit.size(), 8192);
    QVERIFY(Filter::parse(atLimit, ResourceKind::User));
    const QString overLimit = base + QString(8192 - base.size(), u'x') + u'"';
    QCOMPARE(overLimit.size(), 8193);
    ScimResult<Filter> f = Filter::parse(overLimit, ResourceKind::User);
    QVERIFY(!f);
    QCOMPARE(f.error().scimType, u"invalidFilter"_s);
    QCOMPARE(f.error().detail, u"invalid filter: the filter is 8193 characters long; at most 8192 are allowed"_s);
}

void TestFilter::longChainEvaluates()
{
    // Hundreds of operands within the length limit: deep left-leaning trees must evaluate and free cleanly.
    QStringList parts;
    for (int i = 0; i < 900; ++i)
        parts << u"a%1 pr"_s.arg(i % 10);
    ScimResult<Filter> orChain = Filter::parse(parts.join(u" or "_s), ResourceKind::User);
    QVERIFY(orChain);
    QVERIFY(!orChain->matches(resource(u"user"_s)));
    QVERIFY(orChain->matches(QJsonObject{{u"a7"_s, u"x"_s}}));
    ScimResult<Filter> andChain =
        Filter::parse(QString(u"title pr and "_s.repeated(600) + u"nickName pr"_s), ResourceKind::User);
    QVERIFY(andChain);
    QVERIFY(andChain->matches(resource(u"user"_s)));
}

void TestFilter::garbageNeverCrashes()
{
    // Random sequences of filter fragments: whatever parses must evaluate, whatever fails must say why.
    const QStringList pieces{u"userName"_s,
                             u"emails"_s,
                             u"name.givenName"_s,
                             u"meta.lastModified"_s,
                             Enterprise + u":manager.value"_s,
                             u"urn:"_s,
                             u"members"_s,
                             u"active"_s,
                             u" eq "_s,
                             u" ne "_s,
                             u" co "_s,
                             u" gt "_s,
                             u" le "_s,
                             u" pr"_s,
                             u" and "_s,
                             u" or "_s,
                             u"not "_s,
                             u"("_s,
                             u")"_s,
                             u"["_s,
                             u"]"_s,
                             u"."_s,
                             u"\""_s,
                             u"\\"_s,
                             u"\\u"_s,
                             u"\"x\""_s,
                             u"\"2011-05-13T04:42:34Z\""_s,
                             u"12"_s,
                             u"-1.5e3"_s,
                             u"true"_s,
                             u"null"_s,
                             u" "_s,
                             u"\t"_s,
                             u"é"_s,
                             u"\U0001F600"_s,
                             u"$ref"_s,
                             u":"_s,
                             u"'"_s,
                             u"\0"_s};
    QRandomGenerator rng(20260101);
    const QJsonObject user = resource(u"user"_s);
    const QJsonObject group = resource(u"group"_s);
    int parsed = 0;
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int count = int(rng.bounded(1, 14));
        for (int p = 0; p < count; ++p)
            text += pieces.at(rng.bounded(pieces.size()));
        if (rng.bounded(4) == 0) {
            // Raw random code units, including lone surrogates and control characters.
            for (int c = int(rng.bounded(1, 6)); c > 0; --c)
                text.insert(rng.bounded(text.size() + 1), QChar(char16_t(rng.bounded(0x10000))));
        }
        for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
            ScimResult<Filter> f = Filter::parse(text, kind);
            if (f) {
                ++parsed;
                f->matches(user);
                f->matches(group);
                f->equalityOn(u"userName");
            } else {
                QCOMPARE(f.error().scimType, u"invalidFilter"_s);
                QVERIFY(f.error().detail.startsWith(u"invalid filter"_s));
            }
            ScimResult<PatchPath> path = PatchPath::parse(text, kind);
            if (!path)
                QCOMPARE(path.error().scimType, u"invalidPath"_s);
        }
    }
    // A handful do parse (e.g. `userName pr`), so evaluation of odd input was exercised too.
    QVERIFY2(parsed > 0, qPrintable(QString::number(parsed)));
}

namespace {

// A random filter that is valid by construction, over attributes of every type in resources.json.
QString randomFilter(QRandomGenerator &rng, int depth)
{
    const int choice = int(rng.bounded(depth >= 4 ? 3 : 7));
    if (choice == 3)
        return u"not ("_s + randomFilter(rng, depth + 1) + u")"_s;
    if (choice == 4)
        return randomFilter(rng, depth + 1) + u" and "_s + randomFilter(rng, depth + 1);
    if (choice == 5)
        return randomFilter(rng, depth + 1) + u" OR "_s + randomFilter(rng, depth + 1);
    if (choice == 6)
        return u"("_s + randomFilter(rng, depth + 1) + u")"_s;

    static const QStringList strings{u"userName"_s,
                                     u"title"_s,
                                     u"emails"_s,
                                     u"emails.type"_s,
                                     u"name.familyName"_s,
                                     u"displayName"_s,
                                     u"id"_s,
                                     u"members.value"_s,
                                     u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s,
                                     u"emails[type eq \"work\"].value"_s,
                                     u"deltastreamOrgadmin"_s};
    static const QStringList stringValues{u"\"jensen\""_s,  u"\"work\""_s, u"\"Babs Jensen\""_s,
                                          u"\"\""_s,        u"\"b\""_s,    u"\"Tour Operations\""_s,
                                          u"\"2819c223\""_s};
    static const QStringList stringOps{u"eq"_s, u"ne"_s, u"co"_s, u"sw"_s, u"ew"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
    static const QStringList equalityOps{u"eq"_s, u"ne"_s};
    static const QStringList dates{u"\"2011-05-13T04:42:34Z\""_s, u"\"2010-01-01T00:00:00+01:00\""_s};
    auto pick = [&rng](const QStringList &list) { return list.at(rng.bounded(list.size())); };
    switch (rng.bounded(7)) {
    case 0:
        return pick(strings) + u" pr"_s;
    case 1:
        return u"active "_s + pick(equalityOps) + (rng.bounded(2) ? u" true"_s : u" \"False\""_s);
    case 2:
        return u"meta.lastModified "_s + pick(stringOps).replace(u"co"_s, u"gt"_s) + u' ' + pick(dates);
    case 3:
        return u"loginCount "_s + pick(stringOps) + u' ' + QString::number(rng.bounded(100));
    case 4:
        return u"emails[type eq \"work\" and value "_s + pick(stringOps) + u' ' + pick(stringValues) + u']';
    case 5:
        return pick(strings) + u' ' + pick(equalityOps) + u" null"_s;
    default:
        return pick(strings) + u' ' + pick(stringOps) + u' ' + pick(stringValues);
    }
}

} // namespace

void TestFilter::randomValidFilters()
{
    // Every generated filter parses; its negation evaluates to the opposite (which also pins that parentheses
    // and `not` bind correctly); mutated copies (a character dropped, inserted or the text cut) never crash.
    QRandomGenerator rng(7644);
    const QList<QJsonObject> resources{resource(u"user"_s), resource(u"user2"_s), resource(u"group"_s)};
    for (int i = 0; i < 3000; ++i) {
        const QString text = randomFilter(rng, 0);
        ScimResult<Filter> f = Filter::parse(text, ResourceKind::User);
        QVERIFY2(f, qPrintable(text + u" -> "_s + (f ? QString() : f.error().detail)));
        ScimResult<Filter> negated = Filter::parse(QString(u"not ("_s + text + u")"_s), ResourceKind::User);
        QVERIFY2(negated, qPrintable(text));
        ScimResult<Filter> tautology =
            Filter::parse(QString(u"("_s + text + u") or not ("_s + text + u")"_s), ResourceKind::User);
        QVERIFY(tautology);
        for (const QJsonObject &r : resources) {
            QVERIFY2(negated->matches(r) != f->matches(r), qPrintable(text));
            QVERIFY2(tautology->matches(r), qPrintable(text));
        }
        QString mutated = text;
        switch (rng.bounded(3)) {
        case 0:
            mutated.remove(rng.bounded(mutated.size()), 1);
            break;
        case 1:
            mutated.insert(rng.bounded(mutated.size() + 1), u"()[]\". "_s.at(rng.bounded(7)));
            break;
        default:
            mutated.truncate(rng.bounded(mutated.size()));
            break;
        }
        ScimResult<Filter> m = Filter::parse(mutated, ResourceKind::User);
        if (m) {
            for (const QJsonObject &r : resources)
                m->matches(r);
        } else {
            QCOMPARE(m.error().scimType, u"invalidFilter"_s);
        }
    }
}

void TestFilter::scopedFilter()
{
    const AttrPath emails{QString(), u"emails"_s, QString()};
    ScimResult<Filter> f = Filter::parse(uR"(type eq "WORK" and primary eq "true")"_s, ResourceKind::User, emails);
    QVERIFY(f);
    QCOMPARE(f->scope().attribute, u"emails"_s);
    QVERIFY(f->matches(QJsonObject{{u"type"_s, u"work"_s}, {u"primary"_s, true}}));
    QVERIFY(!f->matches(QJsonObject{{u"type"_s, u"work"_s}}));
    // Sub-attribute characteristics come from the scope: members.value is not caseExact, but $ref is.
    const AttrPath members{QString(), u"members"_s, QString()};
    ScimResult<Filter> ref = Filter::parse(uR"($ref eq "https://x/Users/ABC")"_s, ResourceKind::Group, members);
    QVERIFY(ref);
    QVERIFY(!ref->matches(QJsonObject{{u"$ref"_s, u"https://x/Users/abc"_s}}));
    QVERIFY(ref->matches(QJsonObject{{u"$ref"_s, u"https://x/Users/ABC"_s}}));
    ScimResult<Filter> nested = Filter::parse(uR"(x[y eq "1"])"_s, ResourceKind::Group, members);
    QVERIFY(!nested);
    QVERIFY(nested.error().detail.contains(u"value filters cannot be nested"_s));
}

void TestFilter::defaultFilterMatchesEverything()
{
    const Filter none;
    QVERIFY(!none.root());
    QVERIFY(none.matches(resource(u"user"_s)));
    QVERIFY(none.matches(QJsonObject()));
    QVERIFY(!none.equalityOn(u"userName"));
}

void TestFilter::copiesShareTheTree()
{
    ScimResult<Filter> f = Filter::parse(uR"(userName sw "barb")"_s, ResourceKind::User);
    QVERIFY(f);
    const Filter copy = *f;
    QCOMPARE(copy.root(), f->root());
    Filter assigned;
    assigned = copy;
    QVERIFY(assigned.matches(resource(u"user"_s)));
    Filter moved = std::move(*f);
    QVERIFY(moved.matches(resource(u"user"_s)));
    QVERIFY(!moved.matches(resource(u"user2"_s)));
}

void TestFilter::equalityOn_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("value");

    auto row = [](const char *tag, const QString &filter, bool group, const QString &attribute, bool found,
                  const QString &value) { QTest::newRow(tag) << filter << group << attribute << found << value; };
    row("plain", uR"(userName eq "bjensen")"_s, false, u"userName"_s, true, u"bjensen"_s);
    row("attribute case", uR"(USERNAME eq "Bjensen")"_s, false, u"username"_s, true, u"Bjensen"_s);
    row("left of and", uR"(userName eq "a" and active eq true)"_s, false, u"userName"_s, true, u"a"_s);
    row("right of and", uR"(active eq true and userName eq "b")"_s, false, u"userName"_s, true, u"b"_s);
    row("nested and", uR"((title pr and userName eq "c") and nickName pr)"_s, false, u"userName"_s, true, u"c"_s);
    row("core URN prefix", uR"(urn:ietf:params:scim:schemas:core:2.0:User:userName eq "d")"_s, false, u"userName"_s,
        true, u"d"_s);
    row("externalId", uR"(externalId eq "00u1")"_s, false, u"externalId"_s, true, u"00u1"_s);
    row("group displayName", uR"(displayName eq "Tour Guides")"_s, true, u"displayName"_s, true, u"Tour Guides"_s);
    row("or", uR"(userName eq "a" or userName eq "b")"_s, false, u"userName"_s, false, QString());
    row("and inside or", uR"(userName eq "a" and title pr or nickName pr)"_s, false, u"userName"_s, false, QString());
    row("not", uR"(not (userName eq "a"))"_s, false, u"userName"_s, false, QString());
    row("ne", uR"(userName ne "a")"_s, false, u"userName"_s, false, QString());
    row("co", uR"(userName co "a")"_s, false, u"userName"_s, false, QString());
    row("other attribute", uR"(userName eq "a")"_s, false, u"displayName"_s, false, QString());
    row("number", u"userName eq 5"_s, false, u"userName"_s, false, QString());
    row("null", u"userName eq null"_s, false, u"userName"_s, false, QString());
    row("multi-valued", uR"(emails eq "x@example.com")"_s, false, u"emails"_s, false, QString());
    row("sub-attribute", uR"(name.familyName eq "x")"_s, false, u"name"_s, false, QString());
    row("boolean", uR"(active eq "true")"_s, false, u"active"_s, false, QString());
    row("unknown attribute", uR"(deltastreamOrgadmin eq "x")"_s, false, u"deltastreamOrgadmin"_s, false, QString());
    row("extension attribute", Enterprise + uR"(:employeeNumber eq "1")"_s, false, u"employeeNumber"_s, false,
        QString());
    row("valuePath", uR"(emails[type eq "work"])"_s, false, u"type"_s, false, QString());
}

void TestFilter::equalityOn()
{
    QFETCH(QString, filter);
    QFETCH(bool, group);
    QFETCH(QString, attribute);
    QFETCH(bool, found);
    QFETCH(QString, value);
    ScimResult<Filter> f = Filter::parse(filter, group ? ResourceKind::Group : ResourceKind::User);
    QVERIFY2(f, qPrintable(f ? QString() : f.error().detail));
    const std::optional<QString> eq = f->equalityOn(attribute);
    QCOMPARE(eq.has_value(), found);
    if (found)
        QCOMPARE(*eq, value);
}

void TestFilter::patchPath()
{
    {
        ScimResult<PatchPath> p = PatchPath::parse(u"active", ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.attribute, u"active"_s);
        QVERIFY(p->attr.urn.isEmpty());
        QVERIFY(p->attr.subAttribute.isEmpty());
        QVERIFY(!p->valueFilter);
        QVERIFY(!p->isExtensionUrnOnly);
    }
    {
        ScimResult<PatchPath> p = PatchPath::parse(u"  name.givenName ", ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.attribute, u"name"_s);
        QCOMPARE(p->attr.subAttribute, u"givenName"_s);
    }
    {
        ScimResult<PatchPath> p = PatchPath::parse(uR"(members[value eq "2819c223"])", ResourceKind::Group);
        QVERIFY(p);
        QCOMPARE(p->attr.attribute, u"members"_s);
        QVERIFY(p->valueFilter);
        QCOMPARE(p->valueFilter->scope().attribute, u"members"_s);
        QVERIFY(p->valueFilter->matches(QJsonObject{{u"value"_s, u"2819C223"_s}}));
        QVERIFY(!p->valueFilter->matches(QJsonObject{{u"value"_s, u"2819c224"_s}}));
        QVERIFY(p->subAttributeAfterFilter.isEmpty());
    }
    {
        ScimResult<PatchPath> p = PatchPath::parse(uR"(emails[type eq "work"].value)", ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.attribute, u"emails"_s);
        QVERIFY(p->valueFilter);
        QCOMPARE(p->subAttributeAfterFilter, u"value"_s);
        QVERIFY(p->valueFilter->matches(QJsonObject{{u"type"_s, u"Work"_s}}));
    }
    {
        ScimResult<PatchPath> p = PatchPath::parse(QString(Enterprise + u":employeeNumber"_s), ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.urn, Enterprise);
        QCOMPARE(p->attr.attribute, u"employeeNumber"_s);
    }
    {
        ScimResult<PatchPath> p = PatchPath::parse(QString(Enterprise + u":manager.value"_s), ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.urn, Enterprise);
        QCOMPARE(p->attr.attribute, u"manager"_s);
        QCOMPARE(p->attr.subAttribute, u"value"_s);
    }
    {
        ScimResult<PatchPath> p =
            PatchPath::parse(u"urn:ietf:params:scim:schemas:core:2.0:User:userName"_s, ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->attr.attribute, u"userName"_s);
    }
    {
        ScimResult<PatchPath> p =
            PatchPath::parse(uR"(addresses[type eq "work" and primary eq true].locality)", ResourceKind::User);
        QVERIFY(p);
        QCOMPARE(p->subAttributeAfterFilter, u"locality"_s);
        QCOMPARE(p->valueFilter->root()->kind, FilterNode::Kind::And);
    }
}

void TestFilter::patchPathBareExtension()
{
    ScimResult<PatchPath> p = PatchPath::parse(Enterprise, ResourceKind::User);
    QVERIFY(p);
    QVERIFY(p->isExtensionUrnOnly);
    QCOMPARE(p->attr.urn, Enterprise);
    QVERIFY(p->attr.attribute.isEmpty());

    ScimResult<PatchPath> lower = PatchPath::parse(Enterprise.toLower(), ResourceKind::User);
    QVERIFY(lower);
    QVERIFY(lower->isExtensionUrnOnly);
}

void TestFilter::patchPathBracketInString()
{
    ScimResult<PatchPath> p = PatchPath::parse(uR"(members[display eq "a]b \"c]\""].value)", ResourceKind::Group);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().detail));
    QCOMPARE(p->subAttributeAfterFilter, u"value"_s);
    QCOMPARE(p->valueFilter->root()->value, QJsonValue(u"a]b \"c]\""_s));
}

void TestFilter::patchPathInvalid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("detail");
    auto row = [](const char *tag, const QString &path, const QString &detail) {
        QTest::newRow(tag) << path << detail;
    };
    row("empty", u""_s, u"invalid path \"\": the path is empty"_s);
    row("blank", u"  "_s, u"the path is empty"_s);
    row("space inside", u"user name"_s, u"invalid path \"user name\": unexpected character \" \" at position 5"_s);
    row("unclosed bracket", uR"(emails[type eq "work")"_s, u"missing \"]\" to close the value filter"_s);
    row("bracket inside string only", uR"(emails[type eq "wo]rk")"_s, u"missing \"]\""_s);
    row("bad inner filter", uR"(emails[type eq])"_s,
        u"in the value filter: invalid filter at position 8: expected a value"_s);
    row("empty inner filter", u"emails[]"_s, u"in the value filter: invalid filter: the filter is empty"_s);
    row("garbage after filter", uR"(emails[type eq "work"]x)"_s, u"unexpected \"x\" after the value filter"_s);
    row("dot without name", uR"(emails[type eq "work"].)"_s, u"\"\" is not a valid sub-attribute name"_s);
    row("two sub-attributes", uR"(emails[type eq "work"].value.x)"_s,
        u"\"value.x\" is not a valid sub-attribute name"_s);
    row("filter after sub", uR"(name.givenName[x eq "y"])"_s, u"a value filter must follow the attribute name"_s);
    row("nested dots", u"name.givenName.x"_s, u"\"givenName.x\" is not a valid sub-attribute name"_s);
    row("trailing dot", u"name."_s, u"invalid path \"name.\": expected a sub-attribute name after the \".\""_s);
    row("digit first", u"1abc"_s, u"\"1abc\" is not a valid attribute name"_s);
    row("core URN alone", u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
        u"the core schema URN alone does not name an attribute"_s);
    row("URN then bracket", Enterprise + uR"([x eq "y"])"_s, u"expected an attribute name"_s);
    row("nested filter", uR"(emails[value[type eq "x"]])"_s, u"value filters cannot be nested"_s);
    row("quote in name", uR"(user"Name)"_s, u"unexpected character \"\"\" at position 5"_s);
}

void TestFilter::patchPathInvalid()
{
    QFETCH(QString, path);
    QFETCH(QString, detail);
    ScimResult<PatchPath> p = PatchPath::parse(path, ResourceKind::User);
    QVERIFY2(!p, qPrintable(u"parsed unexpectedly: "_s + path));
    QCOMPARE(p.error().status, 400);
    QCOMPARE(p.error().scimType, u"invalidPath"_s);
    QVERIFY2(p.error().detail.contains(detail), qPrintable(u"detail was: "_s + p.error().detail));
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
