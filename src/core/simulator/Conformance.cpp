// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/Conformance.h"

#include "simulator/OktaOrg.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSimulator)

using namespace Qt::StringLiterals;

namespace scimdesk::sim {

namespace {

constexpr int MaxImportPages = 50; // beyond 5000 resources the import check stops paging

// What §7.1 steps 1 and 3 require of a user.
const QStringList RequiredUserFields{u"id"_s,       u"name.familyName"_s, u"name.givenName"_s,
                                     u"userName"_s, u"active"_s,          u"emails[0].value"_s};

QString randomFrom(int n, QStringView alphabet)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return s;
}

// A value by a path such as "name.givenName" or "emails[0].value"; undefined when absent.
QJsonValue at(const QJsonObject &o, const QString &path)
{
    QJsonValue v = o;
    for (QString part : path.split(u'.')) {
        qsizetype index = -1;
        if (part.endsWith(u']')) {
            const qsizetype open = part.indexOf(u'[');
            index = part.mid(open + 1, part.size() - open - 2).toInt();
            part.truncate(open);
        }
        v = v.toObject().value(part);
        if (index >= 0)
            v = v.toArray().at(index);
    }
    return v;
}

// Runscope's not_empty: a non-empty string, array or object, or any number or boolean.
bool nonEmpty(const QJsonValue &v)
{
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    return v.isBool() || v.isDouble();
}

bool hasSchema(const QJsonObject &o, const QString &schema)
{
    return o.value("schemas"_L1).toArray().contains(schema);
}

QString text(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"(absent)"_s;
    if (v.isString())
        return u'"' + v.toString() + u'"';
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

QString userFilter(const QString &userName, bool paging)
{
    return u"/Users?filter=userName%20eq%20%22"_s + percentEncoded(userName) + u"%22"_s +
           (paging ? u"&startIndex=1&count=100"_s : QString());
}

QString groupFilter(const QString &displayName)
{
    return u"/Groups?filter=displayName%20eq%20%22"_s + percentEncoded(displayName) + u"%22&startIndex=1&count=100"_s;
}

QJsonObject patchOp(const QJsonArray &operations)
{
    return {{u"schemas"_s, QJsonArray{PatchSchema}}, {u"Operations"_s, operations}};
}

QJsonObject replaceActive(bool active)
{
    return patchOp({QJsonObject{{u"op"_s, u"replace"_s}, {u"value"_s, QJsonObject{{u"active"_s, active}}}}});
}

QString removeMemberPath(const QString &id)
{
    return u"members[value eq \""_s + id + u"\"]"_s;
}

} // namespace

int ConformanceReport::passed() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const ConformanceCheck &c) { return c.passed; }));
}

int ConformanceReport::failed() const
{
    return int(checks.size()) - passed();
}

ConformanceRunner::ConformanceRunner(ConformanceConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    while (m_config.baseUrl.endsWith(u'/'))
        m_config.baseUrl.chop(1);
}

ConformanceRunner::~ConformanceRunner() = default;

void ConformanceRunner::start()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_answered = false;
    m_report = ConformanceReport{};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_queue.clear();
    m_activeUsers.clear();
    m_liveGroups.clear();
    m_oktaUserId.clear();
    m_oktaGroupId.clear();
    m_userOneId.clear();
    m_userOneEmail.clear();
    m_isvUserId.clear();
    m_specGroupId.clear();

    // §7.1's initial script, plus names for the user and group Okta's own scripts create.
    m_suffix = randomFrom(8, u"0123456789abcdefghijklmnopqrstuvwxyz");
    m_given = u"Runscope"_s + randomFrom(3, u"0123456789");
    m_family = randomFrom(1, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ") + randomFrom(8, u"abcdefghijklmnopqrstuvwxyz") +
               randomFrom(3, u"0123456789");
    m_userName = m_given + m_family + u"@atko.com"_s;
    m_oktaUserName = u"scimdesk.conformance."_s + m_suffix + u"@example.com"_s;
    m_oktaGroupName = u"ScimDesk Conformance "_s + m_suffix;
    m_specGroupName = u"Runscope Group "_s + m_suffix;

    using Step = void (ConformanceRunner::*)();
    auto add = [this](std::initializer_list<Step> steps) {
        for (Step step : steps)
            m_queue.push_back([this, step] { (this->*step)(); });
    };
    add({&ConformanceRunner::testConnection, &ConformanceRunner::assignCreate, &ConformanceRunner::specListUsers,
         &ConformanceRunner::specGetUser});
    m_queue.push_back(
        [this] { specFilterNobody(u"spec-05-filter-unknown-user"_s, u"§7.1 step 5"_s, u"abcdefgh@atko.com"_s); });
    m_queue.push_back(
        [this] { specUnknownId(u"spec-07-unknown-id-404"_s, u"§7.1 step 7"_s, u"010101001010101011001010101011"_s); });
    m_queue.push_back([this] { specFilterNobody(u"spec-09-filter-random-user"_s, u"§7.1 step 9"_s, m_userName); });
    add({&ConformanceRunner::specCreateUser, &ConformanceRunner::specGetCreatedUser, &ConformanceRunner::specDuplicate,
         &ConformanceRunner::specUserNameCase, &ConformanceRunner::specGroupsEndpoint,
         &ConformanceRunner::specBadToken});
    m_queue.push_back(
        [this] { specUnknownId(u"spec-23-unknown-id-404"_s, u"§7.1 step 23"_s, u"00919288221112222"_s); });
    add({&ConformanceRunner::assignLink});
    m_queue.push_back([this] { patchActive(false); });
    m_queue.push_back([this] { patchActive(true); });
    add({&ConformanceRunner::deactivatePut, &ConformanceRunner::pushGroup, &ConformanceRunner::membershipChange,
         &ConformanceRunner::renameGroup, &ConformanceRunner::pushNow, &ConformanceRunner::pushGroupPut,
         &ConformanceRunner::unlinkDeleteGroup, &ConformanceRunner::specPutUser, &ConformanceRunner::specCreateGroup,
         &ConformanceRunner::specGetGroup, &ConformanceRunner::specRemoveMember, &ConformanceRunner::specAddMember,
         &ConformanceRunner::specPutGroup, &ConformanceRunner::specDeleteGroup,
         &ConformanceRunner::specDeactivateUser});
    m_queue.push_back([this] { importPages(u"Users"_s, 1, 0); });
    m_queue.push_back([this] { importPages(u"Groups"_s, 1, 0); });
    m_queue.push_back([this] { cleanup(); });
    proceed();
}

ConformanceReport ConformanceRunner::run()
{
    ConformanceReport report;
    QEventLoop loop;
    const auto c = connect(this, &ConformanceRunner::finished, &loop, [&](const ConformanceReport &r) {
        report = r;
        loop.quit();
    });
    start();
    if (m_busy)
        loop.exec();
    disconnect(c);
    return report;
}

void ConformanceRunner::proceed()
{
    if (m_queue.empty()) {
        m_busy = false;
        qCDebug(lcSimulator) << "conformance:" << m_report.passed() << "passed," << m_report.failed() << "failed";
        emit finished(m_report);
        return;
    }
    auto task = std::move(m_queue.front());
    m_queue.pop_front();
    task();
}

void ConformanceRunner::begin(const QString &name, const QString &source)
{
    m_check = ConformanceCheck{};
    m_check.name = name;
    m_check.source = source;
    m_problems.clear();
}

void ConformanceRunner::expect(bool condition, const QString &problem)
{
    if (!condition && !m_problems.contains(problem))
        m_problems.append(problem);
}

void ConformanceRunner::done(const QString &verified)
{
    if (m_check.name.isEmpty()) { // a cleanup request, not a check
        m_report.cleanupProblems += m_problems;
    } else {
        m_check.passed = m_problems.isEmpty();
        m_check.reason = m_check.passed ? verified : m_problems.join(u"; "_s);
        m_report.checks.append(m_check);
        emit checkFinished(m_check);
    }
    // Queued, so a long run never nests reply handlers.
    QMetaObject::invokeMethod(
        this, [this] { proceed(); }, Qt::QueuedConnection);
}

bool ConformanceRunner::needs(const QString &value, const QString &from)
{
    if (!value.isEmpty())
        return true;
    expect(false, tr("not run: it needs what %1 should have created").arg(from));
    done({});
    return false;
}

void ConformanceRunner::send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body, Next next,
                             Headers headers, const QByteArray &authorization)
{
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const RawHeaders sent =
        headers == Headers::Okta ? oktaHeaders(!bytes.isEmpty()) : runscopeHeaders(headers == Headers::RunscopePost);
    const PreparedRequest prepared =
        prepareRequest(m_config.baseUrl, method, pathAndQuery, bytes, sent,
                       authorization.isEmpty() ? "Bearer " + m_config.token : authorization);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const qsizetype index = appendTrace(m_check.requests, prepared, started - m_startedMs);

    auto timedOut = std::make_shared<bool>(false);
    QNetworkReply *reply = sendWithTimeout(m_manager, prepared, m_config.timeoutMs, timedOut);
    const QString what = QString::fromLatin1(method) + u' ' + pathAndQuery;
    connect(reply, &QNetworkReply::finished, this, [=, this, next = std::move(next)] {
        reply->deleteLater();
        TraceEntry &t = m_check.requests[index];
        Reply r;
        r.what = what;
        r.elapsedMs = QDateTime::currentMSecsSinceEpoch() - started;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        t.elapsedMs = r.elapsedMs;
        t.status = r.status;
        t.responseBody = r.body;
        if (r.status == 0) {
            const QString problem =
                *timedOut ? what + u": "_s + tr("no response within %1 s").arg(m_config.timeoutMs / 1000.0)
                          : what + u": "_s + tr("could not connect to %1: %2").arg(t.url, reply->errorString());
            t.outcome = problem;
            if (!m_answered) { // nothing to test: say so once instead of failing every check the same way
                m_report.fatal = tr("The target %1 did not answer: %2").arg(m_config.baseUrl, reply->errorString());
                m_queue.clear();
            }
            expect(false, problem);
            done({});
            return;
        }
        m_answered = true;
        t.outcome = u"ok"_s;

        // What every response must be: SCIM JSON with a JSON media type, and errors as SCIM Error JSON (§1.3, §6).
        if (!r.body.trimmed().isEmpty()) {
            const QByteArray type = reply->rawHeader("Content-Type");
            const QByteArray media = type.split(';').constFirst().trimmed().toLower();
            expect(media == "application/scim+json" || media == "application/json",
                   what + u": "_s +
                       tr("Content-Type is \"%1\", not application/scim+json").arg(QString::fromLatin1(type)));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            if (error.error == QJsonParseError::NoError && doc.isObject())
                r.json = doc.object();
            else
                expect(false, what + u": "_s +
                                  tr("the %1 response is not a JSON object (Okta reports \"%2\")")
                                      .arg(r.status)
                                      .arg(remoteDetail(r.body)));
        } else if (r.status >= 400) {
            expect(false, what + u": "_s + tr("the %1 response has no body; Okta needs SCIM Error JSON").arg(r.status));
        }
        if (r.status >= 400 && !r.json.isEmpty()) {
            const QJsonValue status = r.json.value("status"_L1);
            expect(hasSchema(r.json, ErrorSchema),
                   what + u": "_s + tr("the %1 error's schemas do not name %2").arg(r.status).arg(ErrorSchema));
            expect(nonEmpty(r.json.value("detail"_L1)),
                   what + u": "_s + tr("the %1 error has no detail").arg(r.status));
            expect(status.toString() == QString::number(r.status) || status.toInt(-1) == r.status,
                   what + u": "_s + tr("the %1 error's status is %2").arg(r.status).arg(text(status)));
        }
        next(r);
    });
}

void ConformanceRunner::expectStatus(const Reply &r, int status)
{
    expect(r.status == status, r.what + u": "_s + tr("expected %1, got %2").arg(status).arg(r.status));
}

void ConformanceRunner::expectStatusIn(const Reply &r, const QList<int> &statuses)
{
    QStringList names;
    for (int s : statuses)
        names.append(QString::number(s));
    expect(statuses.contains(r.status),
           r.what + u": "_s + tr("expected %1, got %2").arg(names.join(u" or "_s)).arg(r.status));
}

void ConformanceRunner::expectFast(const Reply &r)
{
    expect(r.elapsedMs < m_config.maxResponseMs,
           r.what + u": "_s + tr("took %1 ms, over the suite's %2 ms").arg(r.elapsedMs).arg(m_config.maxResponseMs));
}

void ConformanceRunner::expectList(const Reply &r, int count, int startIndex)
{
    expectStatus(r, 200);
    if (r.status != 200 || r.json.isEmpty())
        return;
    const QJsonObject &o = r.json;
    expect(hasSchema(o, ListResponseSchema), r.what + u": "_s + tr("schemas do not name %1").arg(ListResponseSchema));
    for (const char *key : {"totalResults", "startIndex", "itemsPerPage"})
        expect(o.value(QLatin1StringView(key)).isDouble(),
               r.what + u": "_s +
                   tr("%1 is %2, not a number").arg(QLatin1StringView(key), text(o.value(QLatin1StringView(key)))));
    const QJsonValue resources = o.value("Resources"_L1);
    expect(resources.isArray(),
           r.what + u": "_s + tr("Resources is %1, not an array ([] when empty)").arg(text(resources)));
    const int n = int(resources.toArray().size());
    const QJsonValue items = o.value("itemsPerPage"_L1);
    expect(!items.isDouble() || items.toInt() == n,
           r.what + u": "_s + tr("itemsPerPage is %1 but Resources holds %2").arg(items.toInt()).arg(n));
    expect(count < 0 || n <= count, r.what + u": "_s + tr("%1 resources for count=%2").arg(n).arg(count));
    const QJsonValue start = o.value("startIndex"_L1);
    expect(!start.isDouble() || start.toInt() == startIndex,
           r.what + u": "_s + tr("startIndex is %1, not %2").arg(start.toInt()).arg(startIndex));
    const QJsonValue total = o.value("totalResults"_L1);
    expect(!total.isDouble() || total.toInt() >= n,
           r.what + u": "_s + tr("totalResults is %1, fewer than the %2 resources").arg(total.toInt()).arg(n));
}

bool ConformanceRunner::expectActive(const Reply &r, bool active)
{
    const QJsonValue got = r.json.value("active"_L1);
    expect(got == QJsonValue(active),
           r.what + u": "_s + tr("active is %1, not %2").arg(text(got), active ? u"true"_s : u"false"_s));
    return got == QJsonValue(active);
}

void ConformanceRunner::expectUser(const Reply &r)
{
    if (r.json.isEmpty())
        return;
    expect(hasSchema(r.json, UserSchema), r.what + u": "_s + tr("schemas do not contain %1").arg(UserSchema));
    expect(!r.json.value("id"_L1).toString().isEmpty(), r.what + u": "_s + tr("the user has no id"));
}

void ConformanceRunner::expectGroup(const Reply &r)
{
    if (r.json.isEmpty())
        return;
    expect(hasSchema(r.json, GroupSchema), r.what + u": "_s + tr("schemas do not contain %1").arg(GroupSchema));
    expect(!r.json.value("id"_L1).toString().isEmpty(), r.what + u": "_s + tr("the group has no id"));
}

void ConformanceRunner::expectFields(const Reply &r, const QStringList &paths)
{
    if (r.json.isEmpty())
        return;
    for (const QString &path : paths)
        expect(nonEmpty(at(r.json, path)), r.what + u": "_s + tr("%1 is missing or empty").arg(path));
}

void ConformanceRunner::expectMembers(const Reply &r, const QStringList &ids)
{
    if (r.json.isEmpty())
        return;
    QStringList got;
    for (const QJsonValue &m : r.json.value("members"_L1).toArray())
        got.append(m.toObject().value("value"_L1).toString());
    QStringList want = ids;
    got.sort();
    want.sort();
    const QJsonValue members = r.json.value("members"_L1);
    expect(got == want && (members.isArray() || members.isNull() || members.isUndefined()),
           r.what + u": "_s + tr("members are [%1], expected [%2]").arg(got.join(u", "_s), want.join(u", "_s)));
}

QJsonObject ConformanceRunner::oktaCreateBody() const
{
    // Okta's create body (§2.2): password and groups always sent, externalId the Okta user id.
    return {{u"schemas"_s, QJsonArray{UserSchema}},
            {u"userName"_s, m_oktaUserName},
            {u"name"_s, QJsonObject{{u"givenName"_s, u"Conformance"_s}, {u"familyName"_s, u"Check"_s}}},
            {u"emails"_s,
             QJsonArray{QJsonObject{{u"primary"_s, true}, {u"value"_s, m_oktaUserName}, {u"type"_s, u"work"_s}}}},
            {u"displayName"_s, u"Conformance Check"_s},
            {u"locale"_s, u"en-US"_s},
            {u"externalId"_s, OktaOrg::newOktaUserId()},
            {u"groups"_s, QJsonArray{}},
            {u"password"_s, OktaOrg::newPassword()},
            {u"active"_s, true}};
}

QJsonObject ConformanceRunner::specUserBody(const QString &email) const
{
    return {{u"schemas"_s, QJsonArray{UserSchema}},
            {u"userName"_s, m_userName},
            {u"name"_s, QJsonObject{{u"givenName"_s, m_given}, {u"familyName"_s, m_family}}},
            {u"emails"_s, QJsonArray{QJsonObject{{u"primary"_s, true}, {u"value"_s, email}, {u"type"_s, u"work"_s}}}},
            {u"displayName"_s, QString(m_given + u' ' + m_family)},
            {u"active"_s, true}};
}

QJsonObject ConformanceRunner::memberOf(const QString &id, const QString &display) const
{
    return {{u"value"_s, id}, {u"display"_s, display}};
}

void ConformanceRunner::single(const Request &request, std::function<QString(const Reply &)> verify)
{
    send(
        request.method, request.path, request.body,
        [this, verify = std::move(verify)](const Reply &r) { done(verify(r)); }, request.headers,
        request.authorization);
}

void ConformanceRunner::expectSpecUser(const Reply &r)
{
    if (r.json.isEmpty())
        return;
    expect(at(r.json, u"name.givenName"_s).toString() == m_given &&
               at(r.json, u"name.familyName"_s).toString() == m_family,
           r.what + u": "_s + tr("the name differs from the one sent"));
    expect(r.json.value("userName"_L1).toString() == m_userName,
           r.what + u": "_s +
               tr("userName is %1, not the \"%2\" sent (case must be preserved)")
                   .arg(text(r.json.value("userName"_L1)), m_userName));
}

void ConformanceRunner::expectSpecMember(const Reply &r)
{
    expect(r.json.isEmpty() || (at(r.json, u"members[0].value"_s).toString() == m_userOneId &&
                                at(r.json, u"members[0].display"_s).toString() == m_userOneEmail),
           r.what + u": "_s + tr("members[0] is not {value: %1, display: %2}").arg(m_userOneId, m_userOneEmail));
}

// §10 "Test API Credentials": Okta's connection probe.
void ConformanceRunner::testConnection()
{
    begin(u"okta-test-connection"_s, u"§10 Test API Credentials, §3"_s);
    single({"GET", u"/Users?startIndex=1&count=2"_s, {}, Headers::Okta}, [this](const Reply &r) {
        expectList(r, 2, 1);
        return tr("200 with a well-formed ListResponse of at most 2 users");
    });
}

// §10 "Assign user, not found": the userName pre-check finds nobody, then Okta's exact create body.
void ConformanceRunner::assignCreate()
{
    begin(u"okta-assign-create"_s, u"§10 Assign user, not found; §2.2"_s);
    send("GET", userFilter(m_oktaUserName, true), {}, [this](const Reply &found) {
        expectList(found, 100, 1);
        const QJsonValue total = found.json.value("totalResults"_L1);
        expect(found.json.isEmpty() || total.toInt(-1) == 0,
               found.what + u": "_s + tr("totalResults is %1 for a userName nobody has").arg(text(total)));
        send("POST", u"/Users"_s, oktaCreateBody(), [this](const Reply &r) {
            expectStatus(r, 201);
            expectUser(r);
            if (r.status == 201) {
                const QJsonValue userName = r.json.value("userName"_L1);
                expect(userName.toString() == m_oktaUserName,
                       r.what + u": "_s +
                           tr("userName is %1, not the \"%2\" sent").arg(text(userName), m_oktaUserName));
                expectActive(r, true);
                expect(!r.json.contains("password"_L1), r.what + u": "_s + tr("the response returns the password"));
                m_oktaUserId = r.json.value("id"_L1).toString();
                if (!m_oktaUserId.isEmpty())
                    m_activeUsers.append(m_oktaUserId);
            }
            done(tr("the filter found nobody; POST created %1").arg(m_oktaUserId));
        });
    });
}

// §7.1 step 1.
void ConformanceRunner::specListUsers()
{
    begin(u"spec-01-list-users"_s, u"§7.1 step 1"_s);
    single({"GET", u"/Users?count=1&startIndex=1"_s}, [this](const Reply &r) {
        expectList(r, 1, 1);
        const QJsonObject first = r.json.value("Resources"_L1).toArray().at(0).toObject();
        expect(r.status != 200 || !first.isEmpty(), r.what + u": "_s + tr("Resources is empty"));
        if (!first.isEmpty())
            expectFields(Reply{r.status, {}, first, r.elapsedMs, r.what + u" Resources[0]"_s}, RequiredUserFields);
        m_isvUserId = first.value("id"_L1).toString();
        return tr("ListResponse with Resources[0] complete (id %1)").arg(m_isvUserId);
    });
}

// §7.1 step 3.
void ConformanceRunner::specGetUser()
{
    begin(u"spec-03-get-user"_s, u"§7.1 step 3"_s);
    if (!needs(m_isvUserId, u"spec-01-list-users"_s))
        return;
    single({"GET", u"/Users/"_s + percentEncoded(m_isvUserId)}, [this](const Reply &r) {
        expectStatus(r, 200);
        expectUser(r);
        expectFields(r, RequiredUserFields);
        expect(r.json.isEmpty() || r.json.value("id"_L1).toString() == m_isvUserId,
               r.what + u": "_s + tr("id is %1").arg(text(r.json.value("id"_L1))));
        return tr("200 with the user's required attributes");
    });
}

// §7.1 steps 5 and 9: a userName filter, without paging parameters, for a user nobody has.
void ConformanceRunner::specFilterNobody(const QString &name, const QString &source, const QString &userName)
{
    begin(name, source);
    single({"GET", userFilter(userName, false)}, [this](const Reply &r) {
        expectList(r, -1, 1);
        const QJsonValue total = r.json.value("totalResults"_L1);
        expect(r.json.isEmpty() || total.toInt(-1) == 0,
               r.what + u": "_s + tr("totalResults is %1, not 0").arg(text(total)));
        return tr("200 with an empty ListResponse");
    });
}

// §7.1 steps 7 and 23: an unknown, odd-looking id is a 404 SCIM Error, never 200 or 400.
void ConformanceRunner::specUnknownId(const QString &name, const QString &source, const QString &id)
{
    begin(name, source);
    single({"GET", u"/Users/"_s + id}, [this](const Reply &r) {
        expectStatus(r, 404);
        return tr("404 with a SCIM Error (schemas, detail, status)");
    });
}

// §7.1 step 11: create with Runscope's POST headers (Content-Type: application/json), userName with capitals.
void ConformanceRunner::specCreateUser()
{
    begin(u"spec-11-create-user"_s, u"§7.1 step 11"_s);
    single({"POST", u"/Users"_s, specUserBody(m_userName), Headers::RunscopePost}, [this](const Reply &r) {
        expectStatus(r, 201);
        expectUser(r);
        if (r.status == 201) {
            expectActive(r, true);
            expectSpecUser(r);
            m_userOneId = r.json.value("id"_L1).toString();
            m_userOneEmail = at(r.json, u"emails[0].value"_s).toString();
            if (!m_userOneId.isEmpty())
                m_activeUsers.append(m_userOneId);
        }
        return tr("201 with the user as sent (id %1)").arg(m_userOneId);
    });
}

// §7.1 step 13.
void ConformanceRunner::specGetCreatedUser()
{
    begin(u"spec-13-get-created-user"_s, u"§7.1 step 13"_s);
    if (!needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    single({"GET", u"/Users/"_s + percentEncoded(m_userOneId)}, [this](const Reply &r) {
        expectStatus(r, 200);
        expectUser(r);
        expectSpecUser(r);
        return tr("200 with userName and name as created");
    });
}

// §7.1 step 15.
void ConformanceRunner::specDuplicate()
{
    begin(u"spec-15-duplicate-409"_s, u"§7.1 step 15"_s);
    single({"POST", u"/Users"_s, specUserBody(m_userName), Headers::RunscopePost}, [this](const Reply &r) {
        expectStatus(r, 409);
        const QString id = r.json.value("id"_L1).toString();
        if (r.status < 300 && !id.isEmpty() && id != m_userOneId)
            m_activeUsers.append(id); // a duplicate the target created: clean it up too
        return tr("409 with a SCIM Error");
    });
}

// §7.1 step 17: the filter with the userName in upper case; the RFC wants the one user back.
void ConformanceRunner::specUserNameCase()
{
    begin(u"spec-17-username-case"_s, u"§7.1 step 17, §2.7"_s);
    if (!needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    single({"GET", userFilter(m_userName.toUpper(), false)}, [this](const Reply &r) {
        expectList(r, -1, 1);
        const QJsonArray resources = r.json.value("Resources"_L1).toArray();
        if (r.status == 200 && !r.json.isEmpty()) {
            expect(resources.size() == 1 && resources.at(0).toObject().value("id"_L1).toString() == m_userOneId,
                   r.what + u": "_s +
                       tr("found %1 users, not the one created as \"%2\": userName must match case-insensitively")
                           .arg(resources.size())
                           .arg(m_userName));
            expect(resources.isEmpty() || resources.at(0).toObject().value("userName"_L1).toString() == m_userName,
                   r.what + u": "_s + tr("userName is not echoed with its case preserved"));
        }
        return tr("200 with the user created as \"%1\"").arg(m_userName);
    });
}

// §7.1 step 19.
void ConformanceRunner::specGroupsEndpoint()
{
    begin(u"spec-19-groups-endpoint"_s, u"§7.1 step 19"_s);
    single({"GET", u"/Groups"_s}, [this](const Reply &r) {
        expectList(r, -1, 1);
        expectFast(r);
        return tr("200 with a ListResponse in %1 ms").arg(r.elapsedMs);
    });
}

// §7.1 step 21.
void ConformanceRunner::specBadToken()
{
    begin(u"spec-21-bad-token-401"_s, u"§7.1 step 21"_s);
    single({"GET", userFilter(m_userName.toUpper(), false), {}, Headers::RunscopeGet, "non-token"},
           [this](const Reply &r) {
               expectStatus(r, 401);
               return tr("401 with a SCIM Error (schemas, detail, status)");
           });
}

// §10 "Assign user, found": filter, GET, then PUT of the server's own representation with Okta's changes.
void ConformanceRunner::assignLink()
{
    begin(u"okta-assign-link"_s, u"§10 Assign user, found / Profile change; §2.3"_s);
    if (!needs(m_oktaUserId, u"okta-assign-create"_s))
        return;
    send("GET", userFilter(m_oktaUserName, true), {}, [this](const Reply &found) {
        expectList(found, 100, 1);
        const QJsonArray resources = found.json.value("Resources"_L1).toArray();
        expect(found.json.isEmpty() ||
                   (resources.size() == 1 && resources.at(0).toObject().value("id"_L1).toString() == m_oktaUserId),
               found.what + u": "_s + tr("found %1 users, not the one created").arg(resources.size()));
        const QString path = u"/Users/"_s + percentEncoded(m_oktaUserId);
        send("GET", path, {}, [this, path](const Reply &current) {
            expectStatus(current, 200);
            expectUser(current);
            QJsonObject body = current.json;
            QJsonObject name = body.value("name"_L1).toObject();
            name.insert(u"givenName"_s, u"Conformed"_s);
            body.insert(u"name"_s, name);
            body.insert(u"displayName"_s, u"Conformed Check"_s);
            send("PUT", path, body, [this](const Reply &r) {
                expectStatus(r, 200);
                expectUser(r);
                expect(r.json.isEmpty() || (at(r.json, u"name.givenName"_s).toString() == u"Conformed"_s &&
                                            r.json.value("id"_L1).toString() == m_oktaUserId &&
                                            r.json.value("userName"_L1).toString() == m_oktaUserName),
                       r.what + u": "_s + tr("the response does not carry the change, the same id and userName"));
                done(tr("filter found the user; GET then PUT of its own representation returned 200"));
            });
        });
    });
}

// §10 "Unassign or deactivate" and "Re-assign after deactivation" for OIN apps. Deactivation is a soft delete
// (§9 item 9): the user is still returned, by id and by the filter; reactivation brings back the same id.
void ConformanceRunner::patchActive(bool active)
{
    if (active)
        begin(u"okta-reactivate-patch"_s, u"§10 Re-assign after deactivation (OIN)"_s);
    else
        begin(u"okta-deactivate-patch"_s, u"§10 Unassign (OIN), §2.4"_s);
    if (!needs(m_oktaUserId, u"okta-assign-create"_s))
        return;
    const QString path = u"/Users/"_s + percentEncoded(m_oktaUserId);
    send("PATCH", path, replaceActive(active), [this, path, active](const Reply &r) {
        expectStatusIn(r, {200, 204});
        if (r.status == 200)
            expectActive(r, active);
        send("GET", path, {}, [this, active](const Reply &got) {
            expectStatus(got, 200);
            if (got.status == 200)
                expectActive(got, active);
            expect(got.json.isEmpty() || got.json.value("id"_L1).toString() == m_oktaUserId,
                   got.what + u": "_s + tr("the user came back under another id"));
            if (active) {
                done(tr("PATCH active:true reactivated the same id"));
                return;
            }
            send("GET", userFilter(m_oktaUserName, true), {}, [this](const Reply &found) {
                expectList(found, 100, 1);
                expect(found.json.value("totalResults"_L1).toInt() == 1,
                       found.what + u": "_s + tr("the filter no longer finds the deactivated user"));
                done(tr("PATCH active:false; the user is still there, inactive"));
            });
        });
    });
}

// §10 "Unassign" and "Re-assign" for AIW apps: GET, then PUT with active false, and back.
void ConformanceRunner::deactivatePut()
{
    begin(u"okta-deactivate-put"_s, u"§10 Unassign / Re-assign (AIW)"_s);
    if (!needs(m_oktaUserId, u"okta-assign-create"_s))
        return;
    const QString path = u"/Users/"_s + percentEncoded(m_oktaUserId);
    auto putActive = [this, path](bool active, std::function<void()> then) {
        send("GET", path, {}, [this, path, active, then](const Reply &current) {
            expectStatus(current, 200);
            QJsonObject body = current.json;
            body.insert(u"active"_s, active);
            send("PUT", path, body, [this, active, then](const Reply &r) {
                expectStatus(r, 200);
                if (r.status == 200)
                    expectActive(r, active);
                then();
            });
        });
    };
    putActive(false,
              [this, putActive] { putActive(true, [this] { done(tr("GET then PUT set active false, then true")); }); });
}

// §10 "Push a group (new)" for OIN apps: pre-check, POST with no members, membership PATCH, GET, rename PATCH.
void ConformanceRunner::pushGroup()
{
    begin(u"okta-push-group"_s, u"§10 Push a group (OIN), §4.2"_s);
    if (!needs(m_oktaUserId, u"okta-assign-create"_s))
        return;
    send("GET", groupFilter(m_oktaGroupName), {}, [this](const Reply &found) {
        expectList(found, 100, 1);
        expect(found.json.isEmpty() || found.json.value("totalResults"_L1).toInt(-1) == 0,
               found.what + u": "_s + tr("totalResults is not 0 for a new group name"));
        const QJsonObject body{
            {u"schemas"_s, QJsonArray{GroupSchema}}, {u"displayName"_s, m_oktaGroupName}, {u"members"_s, QJsonArray{}}};
        send("POST", u"/Groups"_s, body, [this](const Reply &r) {
            expectStatus(r, 201);
            expectGroup(r);
            expect(r.json.isEmpty() || r.json.value("displayName"_L1).toString() == m_oktaGroupName,
                   r.what + u": "_s + tr("displayName is %1").arg(text(r.json.value("displayName"_L1))));
            m_oktaGroupId = r.status == 201 ? r.json.value("id"_L1).toString() : QString();
            if (m_oktaGroupId.isEmpty()) {
                done({});
                return;
            }
            m_liveGroups.append(m_oktaGroupId);
            const QString path = u"/Groups/"_s + percentEncoded(m_oktaGroupId);
            const QJsonObject add{{u"op"_s, u"add"_s},
                                  {u"path"_s, u"members"_s},
                                  {u"value"_s, QJsonArray{memberOf(m_oktaUserId, m_oktaUserName)}}};
            patchGroupMembers({add}, {m_oktaUserId}, [this, path] {
                const QJsonObject value{{u"id"_s, m_oktaGroupId}, {u"displayName"_s, m_oktaGroupName}};
                send("PATCH", path, patchOp({QJsonObject{{u"op"_s, u"replace"_s}, {u"value"_s, value}}}),
                     [this](const Reply &renamed) {
                         expectStatusIn(renamed, {200, 204});
                         done(tr("created %1 and pushed its member").arg(m_oktaGroupId));
                     });
            });
        });
    });
}

// PATCHes the Okta group with `operations`, then GETs it and expects exactly `memberIds` in it.
void ConformanceRunner::patchGroupMembers(const QJsonArray &operations, const QStringList &memberIds,
                                          std::function<void()> then)
{
    const QString path = u"/Groups/"_s + percentEncoded(m_oktaGroupId);
    send("PATCH", path, patchOp(operations), [this, path, memberIds, then](const Reply &r) {
        expectStatusIn(r, {200, 204});
        send("GET", path, {}, [this, memberIds, then](const Reply &got) {
            expectStatus(got, 200);
            expectGroup(got);
            expectMembers(got, memberIds);
            then();
        });
    });
}

// §10 "Membership change" (OIN): a value-filter removal and an add in one PATCH.
void ConformanceRunner::membershipChange()
{
    begin(u"okta-membership-change"_s, u"§10 Membership change (OIN), §4.3"_s);
    if (!needs(m_oktaGroupId, u"okta-push-group"_s) || !needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    const QJsonArray ops{QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, removeMemberPath(m_oktaUserId)}},
                         QJsonObject{{u"op"_s, u"add"_s},
                                     {u"path"_s, u"members"_s},
                                     {u"value"_s, QJsonArray{memberOf(m_userOneId, m_userName)}}}};
    patchGroupMembers(ops, {m_userOneId}, [this] { done(tr("one member removed by a value filter, another added")); });
}

// §10 "Rename" (OIN): a no-path replace with id inside the value.
void ConformanceRunner::renameGroup()
{
    begin(u"okta-rename-group"_s, u"§10 Rename (OIN), §4.4"_s);
    if (!needs(m_oktaGroupId, u"okta-push-group"_s))
        return;
    const QString path = u"/Groups/"_s + percentEncoded(m_oktaGroupId);
    m_oktaGroupName += u" Renamed"_s;
    const QJsonObject value{{u"id"_s, m_oktaGroupId}, {u"displayName"_s, m_oktaGroupName}};
    send("PATCH", path, patchOp({QJsonObject{{u"op"_s, u"replace"_s}, {u"value"_s, value}}}),
         [this, path](const Reply &r) {
             expectStatusIn(r, {200, 204});
             send("GET", groupFilter(m_oktaGroupName), {}, [this](const Reply &found) {
                 expectList(found, 100, 1);
                 const QJsonArray resources = found.json.value("Resources"_L1).toArray();
                 expect(found.json.isEmpty() || (resources.size() == 1 && resources.at(0).toObject().value("id"_L1) ==
                                                                              QJsonValue(m_oktaGroupId)),
                        found.what + u": "_s + tr("the renamed group is not found by its new name"));
                 done(tr("renamed; found by the new displayName"));
             });
         });
}

// §10 "Push Now" (OIN): replace of members with everyone, then with [].
void ConformanceRunner::pushNow()
{
    begin(u"okta-push-now"_s, u"§10 Push Now (OIN), §4.3"_s);
    if (!needs(m_oktaGroupId, u"okta-push-group"_s) || !needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    auto replace = [](const QJsonArray &members) {
        return QJsonArray{QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"members"_s}, {u"value"_s, members}}};
    };
    patchGroupMembers(replace({memberOf(m_oktaUserId, m_oktaUserName), memberOf(m_userOneId, m_userName)}),
                      {m_oktaUserId, m_userOneId}, [this, replace] {
                          patchGroupMembers(replace({}), {},
                                            [this] { done(tr("replaced members with two, then with []")); });
                      });
}

// §10 "Push a group" / "Membership change" for AIW apps: GET, then PUT with all members.
void ConformanceRunner::pushGroupPut()
{
    begin(u"okta-push-group-put"_s, u"§10 Membership change (AIW), §4.3"_s);
    if (!needs(m_oktaGroupId, u"okta-push-group"_s))
        return;
    const QString path = u"/Groups/"_s + percentEncoded(m_oktaGroupId);
    send("GET", path, {}, [this, path](const Reply &current) {
        expectStatus(current, 200);
        const QJsonObject body{{u"schemas"_s, QJsonArray{GroupSchema}},
                               {u"id"_s, m_oktaGroupId},
                               {u"displayName"_s, m_oktaGroupName},
                               {u"members"_s, QJsonArray{memberOf(m_oktaUserId, m_oktaUserName)}}};
        send("PUT", path, body, [this, path](const Reply &r) {
            expectStatus(r, 200);
            expectGroup(r);
            send("GET", path, {}, [this](const Reply &got) {
                expectStatus(got, 200);
                expectMembers(got, {m_oktaUserId});
                done(tr("GET then PUT with all members returned 200"));
            });
        });
    });
}

// §10 "Unlink and delete in the app".
void ConformanceRunner::unlinkDeleteGroup()
{
    begin(u"okta-unlink-delete-group"_s, u"§10 Unlink and delete, §4.5"_s);
    if (!needs(m_oktaGroupId, u"okta-push-group"_s))
        return;
    const QString path = u"/Groups/"_s + percentEncoded(m_oktaGroupId);
    send("DELETE", path, {}, [this, path](const Reply &r) {
        expectStatus(r, 204);
        expect(r.body.isEmpty(), r.what + u": "_s + tr("the 204 response has a body"));
        if (r.status == 204)
            m_liveGroups.removeAll(m_oktaGroupId);
        send("GET", path, {}, [this](const Reply &got) {
            expectStatus(got, 404);
            done(tr("DELETE answered 204; the group is gone (404)"));
        });
    });
}

// §7.2 step 19: PUT of the full user with phoneNumbers and id.
void ConformanceRunner::specPutUser()
{
    begin(u"spec2023-19-put-user"_s, u"§7.2 step 19"_s);
    if (!needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    QJsonObject body = specUserBody(m_userOneEmail.isEmpty() ? m_userName : m_userOneEmail);
    body.insert(u"id"_s, m_userOneId);
    body.insert(u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"value"_s, u"555-555-5555"_s}, {u"type"_s, u"work"_s}}});
    single({"PUT", u"/Users/"_s + percentEncoded(m_userOneId), body}, [this](const Reply &r) {
        expectStatus(r, 200);
        expectUser(r);
        expectSpecUser(r);
        expectFields(r, {u"phoneNumbers[0].value"_s, u"phoneNumbers[0].type"_s});
        expect(r.json.isEmpty() ||
                   (r.json.value("active"_L1) == QJsonValue(true) && r.json.value("id"_L1).toString() == m_userOneId),
               r.what + u": "_s + tr("active or id differ from what was sent"));
        return tr("200 with the user as sent, phoneNumbers included");
    });
}

// §7.2 step 23: a group created with a member.
void ConformanceRunner::specCreateGroup()
{
    begin(u"spec2023-23-create-group"_s, u"§7.2 step 23"_s);
    if (!needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    const QJsonObject body{{u"schemas"_s, QJsonArray{GroupSchema}},
                           {u"displayName"_s, m_specGroupName},
                           {u"members"_s, QJsonArray{memberOf(m_userOneId, m_userOneEmail)}}};
    single({"POST", u"/Groups"_s, body, Headers::RunscopePost}, [this](const Reply &r) {
        expectStatus(r, 201);
        expectFast(r);
        expectGroup(r);
        expectSpecMember(r);
        m_specGroupId = r.status == 201 ? r.json.value("id"_L1).toString() : QString();
        if (!m_specGroupId.isEmpty())
            m_liveGroups.append(m_specGroupId);
        return tr("201 with the member as sent (id %1)").arg(m_specGroupId);
    });
}

// §7.2 steps 25 to 33 on the group of step 23: each must answer within the suite's limit.
void ConformanceRunner::specGroupStep(const QString &name, const QString &source, const QByteArray &method,
                                      const QJsonObject &body, int status, std::function<QString(const Reply &)> verify)
{
    begin(name, source);
    if (!needs(m_specGroupId, u"spec2023-23-create-group"_s))
        return;
    single({method, u"/Groups/"_s + percentEncoded(m_specGroupId), body},
           [this, status, verify = std::move(verify)](const Reply &r) {
               expectStatus(r, status);
               expectFast(r);
               return verify(r);
           });
}

void ConformanceRunner::specGetGroup()
{
    specGroupStep(u"spec2023-25-get-group"_s, u"§7.2 step 25"_s, "GET", {}, 200, [this](const Reply &r) {
        expectGroup(r);
        expectSpecMember(r);
        return tr("200 with the member");
    });
}

// Step 27's removal must answer 200 with the group, not 204.
void ConformanceRunner::specRemoveMember()
{
    const QJsonObject remove =
        patchOp({QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, removeMemberPath(m_userOneId)}}});
    specGroupStep(u"spec2023-27-remove-member"_s, u"§7.2 step 27"_s, "PATCH", remove, 200, [this](const Reply &r) {
        expectMembers(r, {});
        return tr("200 with the group and no members");
    });
}

void ConformanceRunner::specAddMember()
{
    const QJsonObject add = patchOp({QJsonObject{{u"op"_s, u"add"_s},
                                                 {u"path"_s, u"members"_s},
                                                 {u"value"_s, QJsonArray{memberOf(m_userOneId, m_userOneEmail)}}}});
    specGroupStep(u"spec2023-29-add-member"_s, u"§7.2 step 29"_s, "PATCH", add, 200, [this](const Reply &r) {
        expectSpecMember(r);
        return tr("200 with the member added");
    });
}

void ConformanceRunner::specPutGroup()
{
    const QJsonObject put{
        {u"schemas"_s, QJsonArray{GroupSchema}}, {u"displayName"_s, m_specGroupName}, {u"members"_s, QJsonArray{}}};
    specGroupStep(u"spec2023-31-put-group"_s, u"§7.2 step 31"_s, "PUT", put, 200, [this](const Reply &r) {
        expectMembers(r, {});
        return tr("200 with no members");
    });
}

void ConformanceRunner::specDeleteGroup()
{
    specGroupStep(u"spec2023-33-delete-group"_s, u"§7.2 step 33"_s, "DELETE", {}, 204, [this](const Reply &r) {
        if (r.status == 204)
            m_liveGroups.removeAll(m_specGroupId);
        return tr("204");
    });
}

// §7.2 step 35: the SPEC user is deactivated, which also cleans it up.
void ConformanceRunner::specDeactivateUser()
{
    begin(u"spec2023-35-deactivate-user"_s, u"§7.2 step 35"_s);
    if (!needs(m_userOneId, u"spec-11-create-user"_s))
        return;
    single({"PATCH", u"/Users/"_s + percentEncoded(m_userOneId), replaceActive(false)}, [this](const Reply &r) {
        expectStatus(r, 200);
        expectFast(r);
        if (r.status == 200 && expectActive(r, false))
            m_activeUsers.removeAll(m_userOneId);
        return tr("200 with active false");
    });
}

// §10 "Import users" / "Import groups": pages of exactly 100, stepping startIndex by 100 (§3).
void ConformanceRunner::importPages(const QString &endpoint, int startIndex, int pages)
{
    if (startIndex == 1) {
        begin(endpoint == "Users"_L1 ? u"okta-import-users"_s : u"okta-import-groups"_s,
              u"§10 Import "_s + endpoint.toLower() + u", §3"_s);
        m_importedIds.clear();
    }
    send("GET", u'/' + endpoint + u"?startIndex="_s + QString::number(startIndex) + u"&count=100"_s, {},
         [this, endpoint, startIndex, pages](const Reply &r) {
             expectList(r, 100, startIndex);
             if (r.status != 200 || r.json.isEmpty()) {
                 done({});
                 return;
             }
             const int total = r.json.value("totalResults"_L1).toInt();
             const QJsonArray resources = r.json.value("Resources"_L1).toArray();
             const int expected = std::clamp(total - startIndex + 1, 0, 100);
             expect(resources.size() == expected,
                    r.what + u": "_s +
                        tr("%1 resources of the %2 expected; Okta steps by 100 and would skip the rest")
                            .arg(resources.size())
                            .arg(expected));
             for (const QJsonValue &v : resources)
                 m_importedIds.append(v.toObject().value("id"_L1).toString());
             if (startIndex + 100 <= total && pages + 1 < MaxImportPages) {
                 importPages(endpoint, startIndex + 100, pages + 1);
                 return;
             }
             if (endpoint == "Users"_L1 && startIndex + 100 > total) {
                 for (const QString &id : {m_oktaUserId, m_userOneId})
                     expect(id.isEmpty() || m_importedIds.contains(id),
                            tr("user %1, created by this run, is missing from the import").arg(id));
             }
             done(tr("%1 %2, pages of 100: %3").arg(total).arg(endpoint.toLower()).arg(pages + 1));
         });
}

// Deactivates the users and deletes the groups this run created and did not already remove.
void ConformanceRunner::cleanup()
{
    for (const QString &id : std::as_const(m_activeUsers)) {
        m_queue.push_back([this, id] {
            begin({}, {});
            send("PATCH", u"/Users/"_s + percentEncoded(id), replaceActive(false), [this, id](const Reply &r) {
                m_problems.clear();
                expect(r.status == 200 || r.status == 204,
                       tr("could not deactivate user %1: %2 %3").arg(id).arg(r.status).arg(remoteDetail(r.body)));
                done({});
            });
        });
    }
    for (const QString &id : std::as_const(m_liveGroups)) {
        m_queue.push_back([this, id] {
            begin({}, {});
            send("DELETE", u"/Groups/"_s + percentEncoded(id), {}, [this, id](const Reply &r) {
                m_problems.clear();
                expect(r.status == 204 || r.status == 200,
                       tr("could not delete group %1: %2 %3").arg(id).arg(r.status).arg(remoteDetail(r.body)));
                done({});
            });
        });
    }
    proceed();
}

} // namespace scimdesk::sim
