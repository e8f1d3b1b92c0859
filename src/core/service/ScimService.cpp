// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScimService.h"

#include "JournalRedaction.h"
#include "ResourceCodec.h"
#include "TokenAdmin.h"
#include "Tokens.h"
#include "scim/Filter.h"
#include "scim/Patch.h"
#include "scim/ScimConstants.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcScim, "scimdesk.scim", QtInfoMsg)

namespace scimdesk {

namespace {

const QByteArray ScimContentType = QByteArrayLiteral("application/scim+json; charset=utf-8");

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = toBytes(body);
    r.headers.append({QByteArrayLiteral("Content-Type"), ScimContentType});
    return r;
}

HttpResponse resourceResponse(int status, const QJsonObject &body, qint64 version)
{
    HttpResponse r = jsonResponse(status, body);
    r.headers.append({QByteArrayLiteral("ETag"), ResourceCodec::etag(version)});
    return r;
}

// Query parameters, form-decoded ('+' is a space, as Okta's older requests send it). Names are matched
// case-insensitively; the first occurrence wins.
QHash<QString, QString> parseQuery(const QByteArray &query)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString k = QString::fromUtf8(QByteArray::fromPercentEncoding(key)).toLower();
        if (!out.contains(k))
            out.insert(k, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

// A page parameter: absent -> fallback; not an integer -> error.
ScimResult<qint64> intParam(const QHash<QString, QString> &params, const QString &name, qint64 fallback)
{
    const auto it = params.constFind(name.toLower());
    if (it == params.constEnd())
        return fallback;
    bool ok = false;
    const qint64 v = it->trimmed().toLongLong(&ok);
    if (!ok) {
        return std::unexpected(ScimError::invalidValue(
            ScimService::tr("The \"%1\" parameter must be an integer, not \"%2\".").arg(name, it->left(64))));
    }
    return v;
}

bool etagMatches(const QByteArray &headerValue, qint64 version)
{
    const QByteArray current = ResourceCodec::etag(version);
    const QByteArray strong = current.mid(2); // without W/
    for (QByteArray candidate : headerValue.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*" || candidate == current || candidate == strong)
            return true;
    }
    return false;
}

// The value used to sort a resource by `path` (RFC 7644 §3.4.2.3): for multi-valued attributes the primary
// value, else the first.
QJsonValue sortValue(const QJsonObject &resource, const QString &path)
{
    const Schemas::SplitPath split = Schemas::splitPath(path);
    QJsonObject scope = resource;
    if (!split.urn.isEmpty() && !split.urn.startsWith(Urn::User, Qt::CaseInsensitive) &&
        !split.urn.startsWith(Urn::Group, Qt::CaseInsensitive)) {
        scope = QJsonObject();
        for (auto it = resource.begin(); it != resource.end(); ++it) {
            if (it.key().compare(split.urn, Qt::CaseInsensitive) == 0)
                scope = it.value().toObject();
        }
    }
    QJsonValue v;
    for (auto it = scope.begin(); it != scope.end(); ++it) {
        if (it.key().compare(split.attribute, Qt::CaseInsensitive) == 0)
            v = it.value();
    }
    if (v.isArray()) {
        const QJsonArray arr = v.toArray();
        QJsonValue chosen = arr.isEmpty() ? QJsonValue() : arr.first();
        for (const QJsonValue &e : arr) {
            if (e.toObject().value(QLatin1StringView("primary")).toBool())
                chosen = e;
        }
        v = chosen;
    }
    if (v.isObject()) {
        const QString sub = split.subAttribute.isEmpty() ? QStringLiteral("value") : split.subAttribute;
        const QJsonObject o = v.toObject();
        v = QJsonValue();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare(sub, Qt::CaseInsensitive) == 0)
                v = it.value();
        }
    }
    return v;
}

int compareSortValues(const QJsonValue &a, const QJsonValue &b, bool caseExact)
{
    const bool aMissing = a.isNull() || a.isUndefined();
    const bool bMissing = b.isNull() || b.isUndefined();
    if (aMissing || bMissing)
        return aMissing == bMissing ? 0 : (aMissing ? 1 : -1); // unassigned values sort last
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return a.toVariant().toString().compare(b.toVariant().toString(),
                                            caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

// `one` or `many` (each a tr() text with %1 for the count) by the count.
QString plural(qsizetype n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

struct ScimService::Context
{
    const HttpRequest &request;
    QElapsedTimer timer;
    QString method;
    QString directoryName;
    DirectoryState *directory = nullptr;
    qint64 tokenId = 0;
    QString baseUrl; // absolute URL of the directory's SCIM root, no trailing slash
    JournalEntry entry;
    bool journaled = false;
    QList<std::function<void()>> afterCommit; // cache updates that must not happen if the change rolls back
    QHash<QString, QString> params;           // the query parameters, decoded once
    QString client;                           // the peer address as text, formatted once
};

ScimService::ScimService(std::unique_ptr<Database> db, ServiceConfig config, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_config(std::move(config)), m_directories(*m_db), m_resources(*m_db),
      m_journal(*m_db), m_access(*m_db), m_writer(m_db->location())
{
    if (!m_config.clock)
        m_config.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_db->leaveCheckpointsToOthers(); // the journal writer checkpoints, off the request thread
    m_flushTimer.setInterval(m_config.journalFlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushJournal(); });
}

ScimService::~ScimService()
{
    syncJournal();
}

qint64 ScimService::now() const
{
    return m_config.clock();
}

HttpResponse ScimService::errorResponse(const ScimError &error)
{
    HttpResponse r = jsonResponse(error.status, error.toJson());
    if (error.status == 401)
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"ScimDesk\"")});
    if (error.retryAfterSeconds > 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds)});
    return r;
}

void ScimService::flushJournal()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() && m_tokenUse.isEmpty())
        return;
    m_writer.submit(std::exchange(m_pending, {}), std::exchange(m_tokenUse, {}));
}

void ScimService::syncJournal()
{
    flushJournal();
    m_writer.drain();
}

ScimService::DirectoryState *ScimService::directory(const QString &name)
{
    // Another connection (the CLI, the console) may have changed directories, tokens or resources: the change
    // counter tells. Asked at most every 20 ms, so a change made elsewhere (a revoked token, say) takes effect
    // here within 20 ms. This service's own changes keep the caches right and do not invalidate them (mutate()).
    if (!m_versionCheck.isValid() || m_versionCheck.hasExpired(20)) {
        m_versionCheck.start();
        m_externalVersion = m_db->changeCounter();
    }
    const std::optional<qint64> version = m_externalVersion;
    if (!version || version != m_dataVersion) {
        m_directoryCache.clear();
        m_order.clear();
        m_dataVersion = version;
    }
    auto it = m_directoryCache.find(name);
    if (it != m_directoryCache.end())
        return &*it;
    const std::optional<DirectoryRecord> record = m_directories.byName(name);
    if (!record)
        return nullptr;
    DirectoryState state;
    state.record = *record;
    state.profile = &Profile::byName(record->profile);
    state.tokens = m_directories.tokens(record->id);
    for (const TokenRecord &t : std::as_const(state.tokens))
        state.hashes.append(t.hash);
    if (!version)
        m_directoryCache.clear(); // cannot tell when to invalidate: keep nothing between requests
    return &*m_directoryCache.insert(name, state);
}

HttpResponse ScimService::handle(const HttpRequest &request)
{
    Context ctx{request, {}, {}, {}, nullptr, 0, {}, {}, false, {}, {}, request.peerAddress.toString()};
    ctx.timer.start();
    ctx.method = QString::fromLatin1(request.method);
    HttpResponse response = dispatch(ctx);
    if (!ctx.journaled)
        record(ctx, response, false);
    return response;
}

HttpResponse ScimService::dispatch(Context &ctx)
{
    const HttpRequest &req = ctx.request;
    // Split the still-encoded path, then decode each segment, so an encoded '/' stays inside its segment.
    QList<QByteArray> raw = req.path().split('/');
    if (!raw.isEmpty() && raw.first().isEmpty())
        raw.removeFirst();
    if (raw.size() > 1 && raw.last().isEmpty())
        raw.removeLast(); // one trailing slash is tolerated
    QStringList segments;
    for (const QByteArray &s : std::as_const(raw))
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(s)));

    if (segments.size() < 3 || segments.at(0) != QLatin1StringView("scim") ||
        segments.at(1).compare(u"v2", Qt::CaseInsensitive) != 0) {
        return errorResponse(ScimError::notFound(
            tr("There is no SCIM endpoint at this path. ScimDesk serves each directory at /scim/v2/<directory>.")));
    }
    ctx.directoryName = segments.at(2);
    ctx.entry.directory = ctx.directoryName.left(200);

    ctx.params = parseQuery(req.query());
    const QHash<QString, QString> &params = ctx.params;
    for (const QString &forbidden :
         {QStringLiteral("access_token"), QStringLiteral("token"), QStringLiteral("api_key")}) {
        if (params.contains(forbidden)) {
            return errorResponse(ScimError::unauthorized(
                tr("Tokens in the query string are refused (they end up in logs); send \"Authorization: Bearer "
                   "<token>\" instead.")));
        }
    }
    if (auto auth = authenticate(ctx); !auth)
        return errorResponse(auth.error());

    const QString endpoint = segments.size() > 3 ? segments.at(3) : QString();
    const QString id = segments.size() > 4 ? segments.at(4) : QString();
    if (segments.size() > 5 || endpoint.isEmpty()) {
        return errorResponse(ScimError::notFound(tr("There is no SCIM resource at this path.")));
    }

    auto methodNotAllowed = [&](const QByteArray &allow) {
        HttpResponse r = errorResponse(
            {405, QString(),
             tr("The method %1 is not allowed here; allowed: %2.").arg(ctx.method, QString::fromLatin1(allow))});
        r.headers.append({QByteArrayLiteral("Allow"), allow});
        return r;
    };

    ScimResult<HttpResponse> result =
        std::unexpected(ScimError::notFound(tr("There is no SCIM resource at this path.")));
    const QByteArray &m = req.method;
    std::optional<ResourceKind> kind;
    if (endpoint.compare(u"Users", Qt::CaseInsensitive) == 0)
        kind = ResourceKind::User;
    else if (endpoint.compare(u"Groups", Qt::CaseInsensitive) == 0)
        kind = ResourceKind::Group;

    if (kind) {
        ctx.entry.resourceType = *kind == ResourceKind::User ? QStringLiteral("User") : QStringLiteral("Group");
        if (const std::optional<ScimError> refusal = refuseByProfile(ctx, *kind, id))
            return errorResponse(*refusal);
        if (id.isEmpty()) {
            if (m == "GET")
                result = listResources(ctx, *kind, params);
            else if (m == "POST")
                result = createResource(ctx, *kind);
            else
                return methodNotAllowed(QByteArrayLiteral("GET, POST"));
        } else if (id == QLatin1StringView(".search")) {
            if (m != "POST")
                return methodNotAllowed(QByteArrayLiteral("POST"));
            // RFC 7644 §3.4.3: the query parameters arrive in a SearchRequest body.
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                result = std::unexpected(ScimError::invalidSyntax(tr("The body must be a SearchRequest JSON object.")));
            } else {
                QHash<QString, QString> searchParams;
                const QJsonObject o = doc.object();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString key = it.key().toLower();
                    if (key == QLatin1StringView("schemas"))
                        continue;
                    if (it.value().isArray()) {
                        QStringList parts;
                        for (const QJsonValue &v : it.value().toArray())
                            parts.append(v.toString());
                        searchParams.insert(key, parts.join(u','));
                    } else {
                        searchParams.insert(key, it.value().toVariant().toString());
                    }
                }
                result = listResources(ctx, *kind, searchParams);
            }
        } else {
            ctx.entry.resourceId = id.left(200);
            if (m == "GET")
                result = getResource(ctx, *kind, id);
            else if (m == "PUT")
                result = replaceResource(ctx, *kind, id);
            else if (m == "PATCH")
                result = patchResource(ctx, *kind, id);
            else if (m == "DELETE")
                result = deleteResource(ctx, *kind, id);
            else
                return methodNotAllowed(QByteArrayLiteral("GET, PUT, PATCH, DELETE"));
        }
    } else if (endpoint == QLatin1StringView("ServiceProviderConfig") ||
               endpoint == QLatin1StringView("ResourceTypes") || endpoint == QLatin1StringView("Schemas")) {
        if (m != "GET")
            return methodNotAllowed(QByteArrayLiteral("GET"));
        result = discovery(ctx, endpoint, id);
    } else if (endpoint == QLatin1StringView("Me") || endpoint == QLatin1StringView("Bulk") ||
               endpoint == QLatin1StringView(".search")) {
        result = std::unexpected(ScimError{
            501, QString(), tr("%1 is not supported by ScimDesk (see /ServiceProviderConfig).").arg(endpoint)});
    }
    if (!result)
        return errorResponse(result.error());
    return *result;
}

ScimResult<HttpResponse> ScimService::authenticate(Context &ctx)
{
    const HttpRequest &req = ctx.request;
    QByteArray header = req.header("Authorization").trimmed();
    if (header.isEmpty()) {
        return std::unexpected(ScimError::unauthorized(
            tr("Authentication required: send \"Authorization: Bearer <token>\" with the directory's token.")));
    }
    // Okta sends "Bearer <t>" (App Integration Wizard) or the bare token (OIN "Header" auth).
    if (header.size() > 7 && header.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        header = header.mid(7).trimmed();
    DirectoryState *dir = directory(ctx.directoryName);
    // The same answer whether the directory or the token is wrong, so names cannot be probed.
    const ScimError invalid = ScimError::unauthorized(
        tr("The bearer token is not valid for this SCIM base URL (check the directory name and the token)."));
    if (!dir) {
        Tokens::match(header, {}); // same work as a real check
        return std::unexpected(refuseBadToken(ctx, invalid));
    }
    const qsizetype index = Tokens::match(header, dir->hashes);
    if (index < 0)
        return std::unexpected(refuseBadToken(ctx, invalid));
    const TokenRecord &token = dir->tokens.at(index);
    const qint64 t = now();
    if (token.revokedMs) {
        return std::unexpected(refuseBadToken(
            ctx, ScimError::unauthorized(
                     tr("This bearer token was revoked on %1; issue a new token in ScimDesk and enter it in Okta.")
                         .arg(ResourceCodec::formatTime(*token.revokedMs)))));
    }
    if (token.retireAtMs && t >= *token.retireAtMs) {
        return std::unexpected(refuseBadToken(
            ctx, ScimError::unauthorized(
                     tr("This bearer token was replaced by a newer one (rotated) and stopped working on %1.")
                         .arg(ResourceCodec::formatTime(*token.retireAtMs)))));
    }
    if (token.expiresMs && t >= *token.expiresMs) {
        return std::unexpected(refuseBadToken(
            ctx, ScimError::unauthorized(
                     tr("This bearer token expired on %1; rotate it in ScimDesk and enter the new token in Okta.")
                         .arg(ResourceCodec::formatTime(*token.expiresMs)))));
    }
    if (!token.owner.isEmpty()) {
        // An administrator's token (RudderStack's personal access token) works only while they are one.
        auto refusal = dir->ownerRefusals.constFind(token.owner);
        if (refusal == dir->ownerRefusals.constEnd()) {
            refusal = dir->ownerRefusals.insert(token.owner, TokenAdmin::ownerRefusal(*m_db, dir->record, token.owner));
        }
        if (!refusal->isEmpty()) {
            return std::unexpected(refuseBadToken(
                ctx, ScimError::unauthorized(tr("This bearer token belongs to %1, who is no longer an administrator "
                                                "of %2: %3 Issue a new token as an administrator (scimdesk token "
                                                "rotate %2 --as USERNAME) and enter it in Okta.")
                                                 .arg(token.owner, dir->record.name, *refusal))));
        }
    }
    ctx.directory = dir;
    ctx.tokenId = token.id;
    ctx.entry.directoryId = dir->record.id;
    m_tokenUse.insert(token.id, {t, ctx.client});

    // The directory's absolute base URL, from the configured public URL or the Host header; cached because it is
    // the same for every request of a client.
    const QByteArray hostHeader = m_config.publicBaseUrl.isEmpty() ? req.header("Host") : QByteArray();
    const QByteArray key = (req.tls ? "s" : "p") + hostHeader + '/' + dir->record.name.toUtf8();
    if (const auto cached = m_baseUrls.constFind(key); cached != m_baseUrls.constEnd()) {
        ctx.baseUrl = *cached;
        return HttpResponse{};
    }
    QString origin = m_config.publicBaseUrl;
    if (origin.isEmpty()) {
        QByteArray host = hostHeader;
        bool hostOk = !host.isEmpty() && host.size() < 256;
        for (char c : std::as_const(host))
            hostOk = hostOk &&
                     (QChar::isLetterOrNumber(uchar(c)) || c == '.' || c == ':' || c == '-' || c == '[' || c == ']');
        if (!hostOk)
            host = req.localHost;
        origin = (req.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + QString::fromLatin1(host);
    }
    ctx.baseUrl = origin + QStringLiteral("/scim/v2/") + QString::fromUtf8(QUrl::toPercentEncoding(dir->record.name));
    if (m_baseUrls.size() > 256)
        m_baseUrls.clear(); // many Host values: keep the cache small
    m_baseUrls.insert(key, ctx.baseUrl);
    return HttpResponse{};
}

ScimError ScimService::refuseBadToken(Context &ctx, ScimError error)
{
    // Tokens have 256 bits, so guessing is hopeless; the lockout keeps a misbehaving client (or a stale token
    // retried in a loop) from flooding the journal and the CPU. Only refusals count: a request with a valid token
    // from a locked-out address is still served.
    const qint64 t = now();
    if (m_badTokens.size() > 10'000 && !m_badTokens.contains(ctx.client))
        m_badTokens.clear(); // bounded memory under a spray from many addresses
    BadTokens &state = m_badTokens[ctx.client];
    auto lockedError = [&] {
        const qint64 seconds = qMax<qint64>(1, (state.lockedUntilMs - t + 999) / 1000);
        ScimError locked{
            429, QString(),
            tr("Too many requests with an invalid bearer token from this address; try again in %1 s.").arg(seconds)};
        locked.retryAfterSeconds = seconds;
        return locked;
    };
    if (t < state.lockedUntilMs)
        return lockedError();
    if (state.lockouts > 0 && t > state.lockedUntilMs + m_config.maxLockoutMs)
        state.lockouts = 0; // quiet for long enough: start again from the shortest lockout
    state.times.append(t);
    while (!state.times.isEmpty() && state.times.first() <= t - m_config.badTokenWindowMs)
        state.times.removeFirst();
    if (state.times.size() < m_config.badTokenLimit)
        return error;
    const qint64 lockout = qMin(m_config.maxLockoutMs, m_config.lockoutMs << qMin(state.lockouts, 20));
    ++state.lockouts;
    state.lockedUntilMs = t + lockout;
    state.times.clear();
    qCWarning(lcScim) << "locked out" << ctx.client << "for" << lockout / 1000 << "s after repeated invalid tokens";
    return lockedError();
}

QJsonObject ScimService::render(Context &ctx, ResourceKind kind, const StoredResource &r, bool withRelated)
{
    if (kind == ResourceKind::User) {
        const QList<GroupRef> groups =
            withRelated ? m_resources.groupsOfUsers({r.seq}).value(r.seq) : QList<GroupRef>();
        return ResourceCodec::toJson(kind, r, ctx.baseUrl, &groups, nullptr);
    }
    if (!withRelated)
        return ResourceCodec::toJson(kind, r, ctx.baseUrl, nullptr, nullptr);
    const QList<MemberRef> members = m_resources.members(r.seq);
    return ResourceCodec::toJson(kind, r, ctx.baseUrl, nullptr, &members);
}

ScimResult<HttpResponse> ScimService::getResource(Context &ctx, ResourceKind kind, const QString &id)
{
    const QHash<QString, QString> &params = ctx.params;
    const AttributeProjection projection(kind, params.value(QStringLiteral("attributes")),
                                         params.value(QStringLiteral("excludedattributes")));
    const std::optional<StoredResource> r = m_resources.byId(kind, ctx.directory->record.id, id);
    if (!r) {
        ctx.entry.meaning = tr("looked for an unknown %1 id").arg(ctx.entry.resourceType.toLower());
        return std::unexpected(ScimError::notFound(tr("%1 %2 not found.").arg(ctx.entry.resourceType, id.left(200))));
    }
    ctx.entry.meaning = tr("read %1 %2").arg(ctx.entry.resourceType.toLower(), r->name);
    const QByteArray ifNoneMatch = ctx.request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, r->version)) {
        HttpResponse notModified;
        notModified.status = 304;
        notModified.headers.append({QByteArrayLiteral("ETag"), ResourceCodec::etag(r->version)});
        return notModified;
    }
    if (projection.isIdentity()) {
        HttpResponse response = resourceResponse(200, {}, r->version);
        response.body = renderBytes(ctx, kind, *r);
        return response;
    }
    const bool related =
        projection.includes(kind == ResourceKind::User ? QStringLiteral("groups") : QStringLiteral("members"));
    return resourceResponse(200, projection.apply(render(ctx, kind, *r, related)), r->version);
}

QByteArray ScimService::renderBytes(Context &ctx, ResourceKind kind, const StoredResource &r)
{
    if (kind == ResourceKind::User) {
        const QList<GroupRef> groups = m_resources.groupsOfUsers({r.seq}).value(r.seq);
        return ResourceCodec::toJsonBytes(kind, r, ctx.baseUrl, &groups, nullptr);
    }
    const QList<MemberRef> members = m_resources.members(r.seq);
    return ResourceCodec::toJsonBytes(kind, r, ctx.baseUrl, nullptr, &members);
}

ScimResult<HttpResponse> ScimService::listResources(Context &ctx, ResourceKind kind,
                                                    const QHash<QString, QString> &params)
{
    const qint64 dirId = ctx.directory->record.id;
    auto startParam = intParam(params, QStringLiteral("startIndex"), 1);
    if (!startParam)
        return std::unexpected(startParam.error());
    auto countParam = intParam(params, QStringLiteral("count"), m_config.maxResults);
    if (!countParam)
        return std::unexpected(countParam.error());
    const qint64 startIndex = qMax<qint64>(1, *startParam);                   // RFC 7644 §3.4.2.4: < 1 is read as 1
    const qint64 count = qBound<qint64>(0, *countParam, m_config.maxResults); // negative is read as 0
    const AttributeProjection projection(kind, params.value(QStringLiteral("attributes")),
                                         params.value(QStringLiteral("excludedattributes")));
    const QString related = kind == ResourceKind::User ? QStringLiteral("groups") : QStringLiteral("members");
    const bool withRelated = projection.includes(related);
    const QString filterText = params.value(QStringLiteral("filter"));
    const QString sortBy = params.value(QStringLiteral("sortby"));
    const QString sortOrder = params.value(QStringLiteral("sortorder"));
    if (!sortOrder.isEmpty() && sortOrder != QLatin1StringView("ascending") &&
        sortOrder != QLatin1StringView("descending")) {
        return std::unexpected(ScimError::invalidValue(
            tr("\"sortOrder\" must be \"ascending\" or \"descending\", not \"%1\".").arg(sortOrder.left(64))));
    }
    const QString noun = kind == ResourceKind::User ? tr("users") : tr("groups");

    qint64 total = 0;
    QList<StoredResource> window;    // the resources of the requested page
    QList<QJsonObject> sortedWindow; // when sorting, the rendered page
    if (filterText.isEmpty() && sortBy.isEmpty()) {
        const QList<qint64> &seqs = orderedSeqs(kind, dirId);
        total = seqs.size();
        if (count > 0 && startIndex <= total) {
            const qint64 last = qMin(startIndex - 1 + count, total) - 1;
            window = m_resources.range(kind, dirId, seqs.at(startIndex - 1), seqs.at(last));
        }
        ctx.entry.meaning =
            tr("listed %1 %2–%3 of %4").arg(noun).arg(startIndex).arg(startIndex + window.size() - 1).arg(total);
    } else {
        std::optional<Filter> filter;
        if (!filterText.isEmpty()) {
            auto parsed = Filter::parse(filterText, kind);
            if (!parsed)
                return std::unexpected(parsed.error());
            filter = std::move(*parsed);
        }
        // Candidates: through an index when the filter pins an indexed attribute, otherwise every resource.
        QList<StoredResource> candidates;
        bool scanned = false;
        const QString nameAttr =
            kind == ResourceKind::User ? QStringLiteral("userName") : QStringLiteral("displayName");
        if (filter) {
            if (auto v = filter->equalityOn(nameAttr)) {
                if (auto r = m_resources.byNameKey(kind, dirId, ResourceRepository::nameKey(*v)))
                    candidates.append(*r);
            } else if (auto idValue = filter->equalityOn(QStringLiteral("id"))) {
                if (auto r = m_resources.byId(kind, dirId, *idValue))
                    candidates.append(*r);
            } else if (auto ext = filter->equalityOn(QStringLiteral("externalId"))) {
                candidates = m_resources.byExternalId(kind, dirId, *ext);
            } else {
                scanned = true;
            }
        } else {
            scanned = true;
        }
        if (scanned && orderedSeqs(kind, dirId).size() > m_config.maxFilterScan) {
            return std::unexpected(ScimError::tooMany(
                tr("This query would examine more than %1 resources; narrow the filter (for example with "
                   "userName eq, id eq or externalId eq).")
                    .arg(m_config.maxFilterScan)));
        }
        // Related data is only needed to evaluate filters that mention it.
        const bool filterNeedsRelated = filter && filterText.contains(related, Qt::CaseInsensitive);
        QList<QJsonObject> matched; // used when sorting
        // `userName eq "x"` alone (Okta's existence check) is answered by the case-folded index lookup itself:
        // the same case-insensitive equality the filter would test, so no need to build the resource to test it.
        const FilterNode *root = filter ? filter->root() : nullptr;
        const bool indexAnswersFilter = !scanned && root && root->kind == FilterNode::Kind::Compare &&
                                        root->op == FilterNode::Op::Eq && root->path.urn.isEmpty() &&
                                        root->path.subAttribute.isEmpty() &&
                                        root->path.attribute.compare(nameAttr, Qt::CaseInsensitive) == 0;
        auto consider = [&](StoredResource &&r) {
            if (filter && !indexAnswersFilter) {
                const QJsonObject json = render(ctx, kind, r, filterNeedsRelated);
                if (!filter->matches(json))
                    return true;
                if (!sortBy.isEmpty()) {
                    matched.append(filterNeedsRelated == withRelated ? json : render(ctx, kind, r, withRelated));
                    return true;
                }
            } else if (!sortBy.isEmpty()) {
                matched.append(render(ctx, kind, r, withRelated));
                return true;
            }
            ++total;
            if (total >= startIndex && qint64(window.size()) < count)
                window.append(std::move(r));
            return true;
        };
        if (scanned)
            m_resources.forEach(kind, dirId, consider);
        else
            for (StoredResource &r : candidates)
                consider(std::move(r));
        if (!sortBy.isEmpty()) {
            const Schemas::SplitPath split = Schemas::splitPath(sortBy);
            const AttributeDef *def = split.subAttribute.isEmpty()
                                          ? Schemas::find(kind, split.urn, split.attribute)
                                          : Schemas::find(kind, split.urn, split.attribute, split.subAttribute);
            if (def && def->type == AttributeDef::Type::Complex)
                def = def->subAttribute(QStringLiteral("value"));
            const bool caseExact = def && def->caseExact;
            const bool descending = sortOrder == QLatin1StringView("descending");
            std::stable_sort(matched.begin(), matched.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                const int c = compareSortValues(sortValue(a, sortBy), sortValue(b, sortBy), caseExact);
                return descending ? c > 0 : c < 0;
            });
            total = matched.size();
            for (qint64 i = startIndex - 1; i < total && qint64(sortedWindow.size()) < count; ++i)
                sortedWindow.append(matched.at(i));
        }
        ctx.entry.meaning = filter ? tr("searched %1 where %2: %3 found").arg(noun, filterText.left(200)).arg(total)
                                   : tr("listed %1 sorted by %2").arg(noun, sortBy.left(100));
    }

    if (projection.isIdentity() && sortedWindow.isEmpty()) {
        // The common case (Okta's imports and lookups): pages spliced from the stored bytes.
        QByteArray body = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":" +
                          QByteArray::number(total) + ",\"startIndex\":" + QByteArray::number(startIndex) +
                          ",\"itemsPerPage\":" + QByteArray::number(window.size()) + ",\"Resources\":[";
        QHash<qint64, QList<GroupRef>> groups;
        if (kind == ResourceKind::User) {
            QList<qint64> seqs;
            for (const StoredResource &r : std::as_const(window))
                seqs.append(r.seq);
            groups = m_resources.groupsOfUsers(seqs);
        }
        for (qsizetype i = 0; i < window.size(); ++i) {
            if (i > 0)
                body += ',';
            const StoredResource &r = window.at(i);
            if (kind == ResourceKind::User) {
                const QList<GroupRef> g = groups.value(r.seq);
                body += ResourceCodec::toJsonBytes(kind, r, ctx.baseUrl, &g, nullptr);
            } else {
                body += renderBytes(ctx, kind, r);
            }
        }
        body += "]}";
        HttpResponse response = jsonResponse(200, {});
        response.body = body;
        return response;
    }
    QJsonArray resources;
    if (!sortedWindow.isEmpty()) {
        for (const QJsonObject &o : std::as_const(sortedWindow))
            resources.append(projection.apply(o));
    } else if (kind == ResourceKind::User) {
        QList<qint64> seqs;
        for (const StoredResource &r : std::as_const(window))
            seqs.append(r.seq);
        const QHash<qint64, QList<GroupRef>> groups =
            withRelated ? m_resources.groupsOfUsers(seqs) : QHash<qint64, QList<GroupRef>>();
        for (const StoredResource &r : std::as_const(window)) {
            const QList<GroupRef> g = groups.value(r.seq);
            resources.append(projection.apply(ResourceCodec::toJson(kind, r, ctx.baseUrl, &g, nullptr)));
        }
    } else {
        for (const StoredResource &r : std::as_const(window))
            resources.append(projection.apply(render(ctx, kind, r, withRelated)));
    }
    const QJsonObject body{{QStringLiteral("schemas"), QJsonArray{Urn::ListResponse}},
                           {QStringLiteral("totalResults"), total},
                           {QStringLiteral("startIndex"), startIndex},
                           {QStringLiteral("itemsPerPage"), qint64(resources.size())},
                           {QStringLiteral("Resources"), resources}};
    return jsonResponse(200, body);
}

namespace {

ScimResult<QJsonObject> parseBody(const HttpRequest &request)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!contentType.isEmpty() && !contentType.contains("json")) {
        return std::unexpected(
            ScimError{415, QString(),
                      ScimService::tr("Unsupported Content-Type \"%1\"; send application/scim+json or "
                                      "application/json.")
                          .arg(QString::fromLatin1(contentType.left(100)))});
    }
    if (request.body.trimmed().isEmpty())
        return std::unexpected(
            ScimError::invalidSyntax(ScimService::tr("The request body is empty; a JSON object is expected.")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
            ScimError::invalidSyntax(ScimService::tr("The request body is not valid JSON: %1 at offset %2.")
                                         .arg(error.errorString())
                                         .arg(error.offset)));
    }
    if (!doc.isObject())
        return std::unexpected(ScimError::invalidSyntax(ScimService::tr("The request body must be a JSON object.")));
    return doc.object();
}

// The top-level attributes whose values differ between two documents, for journal meanings.
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            keys.append(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

} // namespace

ScimResult<StoredResource> ScimService::loadForWrite(Context &ctx, ResourceKind kind, const QString &id)
{
    std::optional<StoredResource> r = m_resources.byId(kind, ctx.directory->record.id, id);
    if (!r) {
        ctx.entry.meaning = tr("tried to change an unknown %1 id").arg(ctx.entry.resourceType.toLower());
        return std::unexpected(ScimError::notFound(tr("%1 %2 not found.").arg(ctx.entry.resourceType, id.left(200))));
    }
    const QByteArray ifMatch = ctx.request.header("If-Match");
    if (!ifMatch.isEmpty() && !etagMatches(ifMatch, r->version)) {
        return std::unexpected(ScimError{
            412, QString(),
            tr("The resource has changed since it was read: If-Match %1 does not match "
               "the current version %2.")
                .arg(QString::fromLatin1(ifMatch.left(64)), QString::fromLatin1(ResourceCodec::etag(r->version)))});
    }
    return *r;
}

ScimResult<QList<qint64>> ScimService::resolveMembers(Context &ctx, const QStringList &ids, QList<MemberRef> *refs)
{
    const QHash<QString, MemberRef> found = m_resources.usersByIds(ctx.directory->record.id, ids);
    QList<qint64> seqs;
    for (const QString &id : ids) {
        const auto it = found.constFind(id);
        if (it == found.constEnd()) {
            return std::unexpected(ScimError::invalidValue(
                tr("Cannot add member \"%1\": there is no user with that id in this directory (provision the user "
                   "first).")
                    .arg(id.left(200))));
        }
        seqs.append(it->userSeq);
        if (refs)
            refs->append(*it);
    }
    return seqs;
}

HttpResponse ScimService::mutate(Context &ctx, const std::function<ScimResult<HttpResponse>()> &change)
{
    if (!m_db->begin())
        return errorResponse(ScimError::internal(tr("The database is not available: %1").arg(m_db->lastErrorText())));
    // The write lock is held from here: the counter is exact. If it is what the caches were built at, the caches
    // stay valid after this change (its own updates go through ctx.afterCommit).
    const std::optional<qint64> versionBefore = m_db->changeCounter();
    for (const JournalEntry &e : std::as_const(m_pending)) {
        if (!m_journal.append(e)) {
            m_db->rollback();
            return errorResponse(ScimError::internal(tr("The journal could not be written.")));
        }
    }
    ScimResult<HttpResponse> result = change();
    if (!result) {
        m_db->rollback();
        return errorResponse(result.error());
    }
    record(ctx, *result, true);
    const std::optional<qint64> versionAfter = m_db->changeCounter();
    if (!ctx.journaled || !m_db->commit()) {
        m_db->rollback();
        ctx.journaled = false;
        qCWarning(lcScim) << "change rolled back:" << m_db->lastErrorText();
        return errorResponse(ScimError::internal(tr("The change could not be saved; nothing was changed.")));
    }
    m_pending.clear();
    if (ctx.directory)
        ctx.directory->ownerRefusals.clear(); // the change may have made or unmade an administrator
    for (const auto &action : std::as_const(ctx.afterCommit))
        action();
    if (versionBefore && versionBefore == m_dataVersion) {
        m_dataVersion = versionAfter;
        m_externalVersion = versionAfter;
    }
    return *result;
}

QList<qint64> &ScimService::orderedSeqs(ResourceKind kind, qint64 directoryId)
{
    const QPair<qint64, int> key{directoryId, int(kind)};
    auto it = m_order.find(key);
    if (it == m_order.end())
        it = m_order.insert(key, m_resources.orderedSeqs(kind, directoryId));
    return *it;
}

ScimResult<HttpResponse> ScimService::createResource(Context &ctx, ResourceKind kind)
{
    auto body = parseBody(ctx.request);
    if (!body)
        return std::unexpected(body.error());
    auto input = ResourceCodec::parse(kind, *body);
    if (!input)
        return std::unexpected(input.error());
    return mutate(ctx, [&]() -> ScimResult<HttpResponse> {
        const qint64 dirId = ctx.directory->record.id;
        const DirectoryRecord &dir = ctx.directory->record;
        const QString key = ResourceRepository::nameKey(input->name);
        if (m_resources.byNameKey(kind, dirId, key)) {
            ctx.entry.meaning = tr("refused duplicate %1 %2").arg(ctx.entry.resourceType.toLower(), input->name);
            return std::unexpected(ScimError::uniqueness(
                kind == ResourceKind::User
                    ? tr("A user with userName \"%1\" already exists in this directory.").arg(input->name)
                    : tr("A group with displayName \"%1\" already exists in this directory.").arg(input->name)));
        }
        QList<qint64> memberSeqs;
        if (kind == ResourceKind::Group && input->memberIds) {
            auto seqs = resolveMembers(ctx, *input->memberIds, nullptr);
            if (!seqs)
                return std::unexpected(seqs.error());
            memberSeqs = *seqs;
        }
        StoredResource r;
        r.directoryId = dirId;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.name = input->name;
        r.nameKey = key;
        r.externalId = input->externalId;
        r.displayName = input->displayName;
        r.active = input->active.value_or(true);
        r.createdMs = r.modifiedMs = now();
        r.version = 1;
        r.setDoc(input->doc);
        if (auto allowed = applyProfile(ctx, kind, r, nullptr); !allowed)
            return std::unexpected(allowed.error());
        if (!m_resources.insert(kind, r))
            return std::unexpected(ScimError::internal(tr("The resource could not be stored.")));
        if (!memberSeqs.isEmpty() && !m_resources.addMembers(r.seq, memberSeqs, r.createdMs))
            return std::unexpected(ScimError::internal(tr("The members could not be stored.")));
        const AccessCause cause = accessCause(ctx);
        if (kind == ResourceKind::Group) {
            if (auto role = m_access.groupCreated(dir, r.seq, r.name, cause); !role)
                return std::unexpected(ScimError::invalidValue(role.error()));
        }
        if (!m_access.sync(dir, kind == ResourceKind::User ? QList<qint64>{r.seq} : memberSeqs, cause))
            return std::unexpected(ScimError::internal(tr("The access model could not be updated.")));
        ctx.entry.resourceId = r.id;
        ctx.afterCommit.append([this, kind, dirId, seq = r.seq] {
            const auto it = m_order.find({dirId, int(kind)});
            if (it != m_order.end())
                it->append(seq); // seqs only grow, so appending keeps the order
        });
        if (kind == ResourceKind::User) {
            ctx.entry.meaning =
                r.active ? tr("created user %1").arg(r.name) : tr("created inactive user %1").arg(r.name);
        } else {
            ctx.entry.meaning = tr("created group %1").arg(r.name);
            if (!memberSeqs.isEmpty())
                ctx.entry.meaning += u' ' + plural(memberSeqs.size(), tr("with %1 member"), tr("with %1 members"));
        }
        HttpResponse response = resourceResponse(201, {}, r.version);
        response.body = renderBytes(ctx, kind, r);
        response.headers.append({QByteArrayLiteral("Location"),
                                 (ctx.baseUrl + u'/' + ResourceCodec::endpoint(kind) + u'/' + r.id).toUtf8()});
        return response;
    });
}

namespace {

// Applies a new member list to a group: returns (added, removed) counts, or an error.
struct MemberDiff
{
    QList<qint64> added;
    QList<qint64> removed;
};

MemberDiff diffMembers(const QList<MemberRef> &before, const QList<qint64> &after)
{
    MemberDiff d;
    QSet<qint64> old;
    for (const MemberRef &m : before)
        old.insert(m.userSeq);
    const QSet<qint64> next(after.begin(), after.end());
    for (qint64 s : after) {
        if (!old.contains(s) && !d.added.contains(s))
            d.added.append(s);
    }
    for (const MemberRef &m : before) {
        if (!next.contains(m.userSeq))
            d.removed.append(m.userSeq);
    }
    return d;
}

} // namespace

ScimResult<HttpResponse> ScimService::replaceResource(Context &ctx, ResourceKind kind, const QString &id)
{
    auto body = parseBody(ctx.request);
    if (!body)
        return std::unexpected(body.error());
    auto input = ResourceCodec::parse(kind, *body);
    if (!input)
        return std::unexpected(input.error());
    return mutate(ctx, [&]() -> ScimResult<HttpResponse> {
        auto loaded = loadForWrite(ctx, kind, id);
        if (!loaded)
            return std::unexpected(loaded.error());
        StoredResource r = *loaded;
        const StoredResource before = r;
        if (auto applied = applyInput(kind, r, *input); !applied)
            return std::unexpected(applied.error());

        MemberDiff diff;
        if (kind == ResourceKind::Group) {
            const QList<MemberRef> current = m_resources.members(r.seq);
            auto seqs = resolveMembers(ctx, input->memberIds.value_or(QStringList()), nullptr);
            if (!seqs)
                return std::unexpected(seqs.error());
            diff = diffMembers(current, *seqs);
        }
        if (auto saved = saveChanges(ctx, kind, r, before, diff.added, diff.removed); !saved)
            return std::unexpected(saved.error());
        HttpResponse response = resourceResponse(200, {}, r.version);
        response.body = renderBytes(ctx, kind, r);
        return response;
    });
}

namespace {

bool isMembersPath(const PatchOperation &op)
{
    return op.path && op.path->attr.urn.isEmpty() &&
           op.path->attr.attribute.compare(u"members", Qt::CaseInsensitive) == 0;
}

// The member ids named in a PATCH value.
ScimResult<QStringList> memberValues(const QJsonValue &value, int opIndex)
{
    return ResourceCodec::memberIds(value, QStringLiteral("Operations[%1].value").arg(opIndex));
}

} // namespace

ScimResult<HttpResponse> ScimService::patchResource(Context &ctx, ResourceKind kind, const QString &id)
{
    auto body = parseBody(ctx.request);
    if (!body)
        return std::unexpected(body.error());
    auto request = PatchRequest::parse(*body, kind);
    if (!request)
        return std::unexpected(request.error());
    return mutate(ctx, [&]() -> ScimResult<HttpResponse> {
        auto loaded = loadForWrite(ctx, kind, id);
        if (!loaded)
            return std::unexpected(loaded.error());
        StoredResource r = *loaded;
        const StoredResource before = r;

        // Group membership is kept as rows, not in the document: member operations are applied to the member
        // list here, everything else goes through the PATCH engine on the document.
        PatchRequest generic;
        QList<int> genericIndex; // the client's index of each operation in `generic`, for error messages
        QList<MemberRef> current;
        QList<QString> memberIds;
        bool membersTouched = false;
        QHash<QString, MemberRef> known; // id -> member, for current members and resolved additions
        if (kind == ResourceKind::Group) {
            current = m_resources.members(r.seq);
            for (const MemberRef &m : std::as_const(current)) {
                memberIds.append(m.userId);
                known.insert(m.userId, m);
            }
        }
        for (int i = 0; i < request->operations.size(); ++i) {
            PatchOperation op = request->operations.at(i);
            if (kind == ResourceKind::Group && !op.path && op.value.isObject()) {
                QJsonObject value = op.value.toObject();
                for (const QString &k : value.keys()) {
                    if (k.compare(u"members", Qt::CaseInsensitive) != 0)
                        continue;
                    auto ids = memberValues(value.value(k), i);
                    if (!ids)
                        return std::unexpected(ids.error());
                    membersTouched = true;
                    if (op.op == PatchOperation::Op::Replace)
                        memberIds.clear();
                    for (const QString &m : *ids) {
                        if (!memberIds.contains(m))
                            memberIds.append(m);
                    }
                    value.remove(k);
                }
                op.value = value;
                if (!value.isEmpty()) {
                    generic.operations.append(op);
                    genericIndex.append(i);
                }
                continue;
            }
            if (kind != ResourceKind::Group || !isMembersPath(op)) {
                generic.operations.append(op);
                genericIndex.append(i);
                continue;
            }
            membersTouched = true;
            const PatchPath &path = *op.path;
            if (!path.attr.subAttribute.isEmpty() || !path.subAttributeAfterFilter.isEmpty()) {
                return std::unexpected(ScimError::mutability(
                    tr("Operations[%1]: member sub-attributes cannot be changed; add or remove members instead.")
                        .arg(i)));
            }
            // Elements matched by a value filter, evaluated on the member representation.
            auto matching = [&]() {
                QStringList out;
                for (const QString &mid : std::as_const(memberIds)) {
                    const MemberRef ref = known.value(mid);
                    const QJsonObject element{
                        {QStringLiteral("value"), mid},
                        {QStringLiteral("display"), ref.userName},
                        {QStringLiteral("type"), QStringLiteral("User")},
                        {QStringLiteral("$ref"), QString(ctx.baseUrl + QStringLiteral("/Users/") + mid)}};
                    if (path.valueFilter->matches(element))
                        out.append(mid);
                }
                return out;
            };
            switch (op.op) {
            case PatchOperation::Op::Add: {
                auto ids = memberValues(op.value, i);
                if (!ids)
                    return std::unexpected(ids.error());
                for (const QString &m : *ids) {
                    if (!memberIds.contains(m))
                        memberIds.append(m);
                }
                break;
            }
            case PatchOperation::Op::Replace: {
                auto ids = memberValues(op.value, i);
                if (!ids)
                    return std::unexpected(ids.error());
                if (path.valueFilter) {
                    for (const QString &m : matching())
                        memberIds.removeAll(m);
                } else {
                    memberIds.clear();
                }
                for (const QString &m : *ids) {
                    if (!memberIds.contains(m))
                        memberIds.append(m);
                }
                break;
            }
            case PatchOperation::Op::Remove:
                if (path.valueFilter) {
                    for (const QString &m : matching())
                        memberIds.removeAll(m);
                } else if (!op.value.isUndefined() && !op.value.isNull()) {
                    // Entra's form: remove only the listed members, never "all".
                    auto ids = memberValues(op.value, i);
                    if (!ids)
                        return std::unexpected(ids.error());
                    for (const QString &m : *ids)
                        memberIds.removeAll(m);
                } else {
                    memberIds.clear();
                }
                break;
            }
        }

        if (!generic.operations.isEmpty()) {
            QJsonObject json = ResourceCodec::toJson(kind, r, ctx.baseUrl, nullptr, nullptr);
            json.remove(QStringLiteral("meta"));
            json.remove(QStringLiteral("groups"));
            auto patched = PatchEngine::apply(json, generic, kind);
            if (!patched) {
                // The engine numbers operations within `generic`; say which one the client sent.
                ScimError error = patched.error();
                static const QRegularExpression index(QStringLiteral("^Operations\\[(\\d+)\\]"));
                const QRegularExpressionMatch m = index.match(error.detail);
                if (m.hasMatch() && m.captured(1).toInt() < genericIndex.size()) {
                    error.detail.replace(0, m.capturedLength(),
                                         QStringLiteral("Operations[%1]").arg(genericIndex.at(m.captured(1).toInt())));
                }
                return std::unexpected(error);
            }
            patched->remove(QStringLiteral("members"));
            auto input = ResourceCodec::parse(kind, *patched);
            if (!input)
                return std::unexpected(input.error());
            if (auto applied = applyInput(kind, r, *input); !applied)
                return std::unexpected(applied.error());
            if (input->hadPassword && kind == ResourceKind::User && r.doc() == before.doc() &&
                r.active == before.active)
                ctx.entry.meaning =
                    tr("ignored a password change for user %1 (ScimDesk stores no passwords)").arg(r.name);
        }

        MemberDiff diff;
        if (membersTouched) {
            QStringList unknown;
            for (const QString &m : std::as_const(memberIds)) {
                if (!known.contains(m))
                    unknown.append(m);
            }
            QList<MemberRef> added;
            auto resolved = resolveMembers(ctx, unknown, &added);
            if (!resolved)
                return std::unexpected(resolved.error());
            for (const MemberRef &m : std::as_const(added))
                known.insert(m.userId, m);
            QList<qint64> seqs;
            for (const QString &m : std::as_const(memberIds))
                seqs.append(known.value(m).userSeq);
            diff = diffMembers(current, seqs);
        }

        if (auto saved = saveChanges(ctx, kind, r, before, diff.added, diff.removed); !saved)
            return std::unexpected(saved.error());
        const QHash<QString, QString> &params = ctx.params;
        const AttributeProjection projection(kind, params.value(QStringLiteral("attributes")),
                                             params.value(QStringLiteral("excludedattributes")));
        const bool related =
            projection.includes(kind == ResourceKind::User ? QStringLiteral("groups") : QStringLiteral("members"));
        if (projection.isIdentity()) {
            HttpResponse response = resourceResponse(200, {}, r.version);
            response.body = renderBytes(ctx, kind, r);
            return response;
        }
        return resourceResponse(200, projection.apply(render(ctx, kind, r, related)), r.version);
    });
}

ScimResult<void> ScimService::applyInput(ResourceKind kind, StoredResource &r, const ResourceCodec::Input &input)
{
    const QString key = ResourceRepository::nameKey(input.name);
    if (key != r.nameKey) {
        if (auto other = m_resources.byNameKey(kind, r.directoryId, key); other && other->seq != r.seq) {
            return std::unexpected(ScimError::uniqueness(
                kind == ResourceKind::User ? tr("Another user already has userName \"%1\".").arg(input.name)
                                           : tr("Another group already has displayName \"%1\".").arg(input.name)));
        }
    }
    r.name = input.name;
    r.nameKey = key;
    r.externalId = input.externalId;
    r.displayName = input.displayName;
    r.setDoc(input.doc);
    // Okta always sends "active"; a request without it leaves the status alone rather than deactivating.
    if (kind == ResourceKind::User)
        r.active = input.active.value_or(r.active);
    return {};
}

ScimResult<void> ScimService::saveChanges(Context &ctx, ResourceKind kind, StoredResource &r,
                                          const StoredResource &before, const QList<qint64> &added,
                                          const QList<qint64> &removed)
{
    if (auto allowed = applyProfile(ctx, kind, r, &before); !allowed)
        return std::unexpected(allowed.error());
    const bool changed = r.doc() != before.doc() || r.active != before.active || r.name != before.name ||
                         !added.isEmpty() || !removed.isEmpty();
    if (changed) {
        r.version = before.version + 1;
        r.modifiedMs = now();
        if (!m_resources.update(kind, r) || !m_resources.removeMembers(r.seq, removed) ||
            !m_resources.addMembers(r.seq, added, r.modifiedMs))
            return std::unexpected(ScimError::internal(tr("The resource could not be updated.")));
        // Who holds what follows in the same transaction: the user's roles, or the roles of the members a group
        // gained or lost (all of them when it was renamed, as they now hold it through the new name).
        const DirectoryRecord &dir = ctx.directory->record;
        const AccessCause cause = accessCause(ctx);
        QList<qint64> affected;
        if (kind == ResourceKind::User) {
            affected.append(r.seq);
        } else {
            affected = added + removed;
            if (before.name != r.name) {
                if (auto renamed = m_access.groupRenamed(dir, r.seq, before.name, r.name, cause); !renamed)
                    return std::unexpected(ScimError::invalidValue(renamed.error()));
                for (const MemberRef &m : m_resources.members(r.seq))
                    affected.append(m.userSeq);
            }
        }
        if (!m_access.sync(dir, affected, cause))
            return std::unexpected(ScimError::internal(tr("The access model could not be updated.")));
    }
    if (!ctx.entry.meaning.isEmpty())
        return {};
    if (kind == ResourceKind::User) {
        if (before.active && !r.active)
            ctx.entry.meaning = tr("deactivated user %1").arg(r.name);
        else if (!before.active && r.active)
            ctx.entry.meaning = tr("reactivated user %1").arg(r.name);
        else if (changed)
            ctx.entry.meaning =
                tr("updated user %1 (%2)").arg(r.name, changedKeys(before.doc(), r.doc()).join(QStringLiteral(", ")));
        else
            ctx.entry.meaning = tr("user %1 unchanged").arg(r.name);
        return {};
    }
    QStringList parts;
    if (before.name != r.name)
        parts.append(tr("renamed group %1 to %2").arg(before.name, r.name));
    if (!added.isEmpty())
        parts.append(
            plural(added.size(), tr("added %1 member to group %2"), tr("added %1 members to group %2")).arg(r.name));
    if (!removed.isEmpty()) {
        parts.append(
            plural(removed.size(), tr("removed %1 member from group %2"), tr("removed %1 members from group %2"))
                .arg(r.name));
    }
    if (parts.isEmpty() && r.doc() != before.doc())
        parts.append(
            tr("updated group %1 (%2)").arg(r.name, changedKeys(before.doc(), r.doc()).join(QStringLiteral(", "))));
    ctx.entry.meaning = parts.isEmpty() ? tr("group %1 unchanged").arg(r.name) : parts.join(QStringLiteral("; "));
    return {};
}

ScimResult<HttpResponse> ScimService::deleteResource(Context &ctx, ResourceKind kind, const QString &id)
{
    return mutate(ctx, [&]() -> ScimResult<HttpResponse> {
        auto loaded = loadForWrite(ctx, kind, id);
        if (!loaded)
            return std::unexpected(loaded.error());
        const DirectoryRecord &dir = ctx.directory->record;
        const AccessCause cause = accessCause(ctx);
        if (kind == ResourceKind::User && ctx.directory->profile->softDeleteUsers) {
            // The profile keeps every record: Okta's delete marks the user inactive instead.
            StoredResource r = *loaded;
            r.active = false;
            ctx.entry.meaning = tr("marked user %1 %2 on delete (the %3 profile keeps user records)")
                                    .arg(r.name, ctx.directory->profile->inactiveStatus, ctx.directory->profile->title);
            if (auto saved = saveChanges(ctx, kind, r, *loaded, {}, {}); !saved)
                return std::unexpected(saved.error());
            HttpResponse response;
            response.status = 204;
            return response;
        }
        QList<qint64> members;
        QString lost;
        if (kind == ResourceKind::User) {
            if (!m_access.userRemoving(dir, loaded->seq, cause))
                return std::unexpected(ScimError::internal(tr("The access model could not be updated.")));
        } else {
            for (const MemberRef &m : m_resources.members(loaded->seq))
                members.append(m.userSeq);
            auto removedRole = m_access.groupDeleting(dir, loaded->seq, loaded->name, cause);
            if (!removedRole)
                return std::unexpected(ScimError::internal(removedRole.error()));
            lost = *removedRole;
        }
        if (!m_resources.remove(kind, loaded->seq) || !m_access.sync(dir, members, cause))
            return std::unexpected(ScimError::internal(tr("The resource could not be deleted.")));
        ctx.afterCommit.append([this, kind, dirId = loaded->directoryId, seq = loaded->seq] {
            const auto it = m_order.find({dirId, int(kind)});
            if (it == m_order.end())
                return;
            const auto pos = std::lower_bound(it->begin(), it->end(), seq);
            if (pos != it->end() && *pos == seq)
                it->erase(pos);
        });
        ctx.entry.meaning = tr("deleted %1 %2").arg(ctx.entry.resourceType.toLower(), loaded->name);
        if (!lost.isEmpty())
            ctx.entry.meaning += QStringLiteral("; ") + lost;
        HttpResponse r;
        r.status = 204;
        return r;
    });
}

AccessCause ScimService::accessCause(const Context &ctx) const
{
    const QByteArray agent = ctx.request.header("User-Agent");
    return {now(), ctx.method + u' ' + QString::fromUtf8(ctx.request.path()).left(300),
            agent.isEmpty() ? ctx.client : QString::fromUtf8(agent.left(100)) + QStringLiteral(" from ") + ctx.client};
}

std::optional<ScimError> ScimService::refuseByProfile(Context &ctx, ResourceKind kind, const QString &id)
{
    const Profile &profile = *ctx.directory->profile;
    const QByteArray &m = ctx.request.method;
    // The journal records the detail of every refusal as its meaning.
    auto unsupported = [](const QString &detail) { return ScimError{501, QString(), detail}; };
    if (kind == ResourceKind::Group && profile.groups == Profile::GroupPolicy::Refused) {
        return unsupported(tr("The %1 profile does not support groups. In Okta, turn off Push Groups for this app "
                              "and leave \"Import Groups\" unchecked (Provisioning > Integration).")
                               .arg(profile.title));
    }
    if (kind == ResourceKind::User && m == "DELETE" && profile.refuseUserDelete) {
        return unsupported(tr("The %1 profile does not support removing users: unassigning a person in Okta "
                              "deactivates them, which keeps the account and revokes its role.")
                               .arg(profile.title));
    }
    // Okta's imports list without a filter; its pre-checks always filter, and its connection test asks for two.
    const bool unfilteredList = m == "GET" && (id.isEmpty() || id == QLatin1StringView(".search")) &&
                                !ctx.params.contains(QStringLiteral("filter"));
    if (!unfilteredList)
        return std::nullopt;
    if (kind == ResourceKind::Group && profile.refuseGroupListing) {
        return unsupported(tr("Listing groups is not supported by the %1 profile. In Okta, open the app's "
                              "Provisioning > Integration settings and uncheck \"Import Groups\".")
                               .arg(profile.title));
    }
    if (kind == ResourceKind::User && profile.refuseUserImport &&
        ctx.params.value(QStringLiteral("count"), QStringLiteral("100")).toLongLong() > 2) {
        return unsupported(tr("Importing users is not supported by the %1 profile. In Okta, leave \"Import New "
                              "Users and Profile Updates\" unchecked and schedule no imports.")
                               .arg(profile.title));
    }
    return std::nullopt;
}

namespace {

bool looksLikeEmail(const QString &s)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(s).hasMatch();
}

QJsonValue valueOf(const QJsonObject &doc, QLatin1StringView attribute)
{
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key().compare(attribute, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue::Undefined;
}

} // namespace

ScimResult<void> ScimService::applyProfile(Context &ctx, ResourceKind kind, StoredResource &r,
                                           const StoredResource *before)
{
    const Profile &profile = *ctx.directory->profile;
    if (kind == ResourceKind::Group) {
        if (before && before->name == r.name)
            return {};
        if (const QString refusal = m_access.refuseGroupName(ctx.directory->record, r.name); !refusal.isEmpty()) {
            return std::unexpected(ScimError::invalidValue(refusal));
        }
        return {};
    }
    if (profile.userNameMustBeEmail && (!before || before->name != r.name) && !looksLikeEmail(r.name)) {
        return std::unexpected(ScimError::invalidValue(
            tr("userName \"%1\" is not an email address; the %2 profile identifies users by email. In Okta, set "
               "the app's unique identifier field to Email.")
                .arg(r.name.left(200), profile.title)));
    }
    if (profile.onlyDisplayNameUpdates && before) {
        const QJsonObject old = before->doc();
        const QJsonObject next = r.doc();
        QString refused;
        if (r.nameKey != before->nameKey)
            refused = QStringLiteral("userName");
        else if (valueOf(next, QLatin1StringView("emails")) != valueOf(old, QLatin1StringView("emails")))
            refused = QStringLiteral("emails");
        if (!refused.isEmpty()) {
            return std::unexpected(ScimError::mutability(
                tr("The %1 profile only lets Okta change a user's display name; %2 cannot be changed here. Change "
                   "it in the application, or unmap the attribute in Okta's profile mappings.")
                    .arg(profile.title, refused)));
        }
        // Only displayName and the status are taken; everything else stays as it was.
        QJsonObject kept = old;
        for (const QLatin1StringView taken : {QLatin1StringView("displayName"), QLatin1StringView("active")}) {
            for (const QString &key : old.keys()) {
                if (key.compare(taken, Qt::CaseInsensitive) == 0)
                    kept.remove(key);
            }
            if (const QJsonValue value = valueOf(next, taken); !value.isUndefined())
                kept.insert(QString(taken), value);
        }
        const bool active = r.active;
        const QString displayNameText = r.displayName;
        r = *before;
        r.active = active;
        r.displayName = displayNameText;
        r.setDoc(kept);
    }
    return {};
}

ScimResult<HttpResponse> ScimService::discovery(Context &ctx, const QString &endpoint, const QString &id)
{
    ctx.entry.resourceType = endpoint;
    ctx.entry.meaning = tr("read %1").arg(endpoint);
    const QString base = ctx.baseUrl;
    auto resourceType = [&](ResourceKind kind) {
        const bool user = kind == ResourceKind::User;
        QJsonArray extensions;
        for (const QString &urn : Schemas::extensionUrns(kind))
            extensions.append(QJsonObject{{QStringLiteral("schema"), urn}, {QStringLiteral("required"), false}});
        const QString name = user ? QStringLiteral("User") : QStringLiteral("Group");
        return QJsonObject{
            {QStringLiteral("schemas"), QJsonArray{Urn::ResourceType}},
            {QStringLiteral("id"), name},
            {QStringLiteral("name"), name},
            {QStringLiteral("endpoint"), user ? QStringLiteral("/Users") : QStringLiteral("/Groups")},
            {QStringLiteral("description"), user ? QStringLiteral("User Account") : QStringLiteral("Group")},
            {QStringLiteral("schema"), Schemas::coreUrn(kind)},
            {QStringLiteral("schemaExtensions"), extensions},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                         {QStringLiteral("location"), QString(base + QStringLiteral("/ResourceTypes/") + name)}}}};
    };
    auto listOf = [](const QJsonArray &items) {
        return QJsonObject{{QStringLiteral("schemas"), QJsonArray{Urn::ListResponse}},
                           {QStringLiteral("totalResults"), qint64(items.size())},
                           {QStringLiteral("startIndex"), 1},
                           {QStringLiteral("itemsPerPage"), qint64(items.size())},
                           {QStringLiteral("Resources"), items}};
    };
    if (endpoint == QLatin1StringView("ServiceProviderConfig")) {
        if (!id.isEmpty())
            return std::unexpected(ScimError::notFound(tr("ServiceProviderConfig has no sub-resources.")));
        const QJsonObject config{
            {QStringLiteral("schemas"), QJsonArray{Urn::ServiceProviderConfig}},
            {QStringLiteral("documentationUri"), QStringLiteral("https://www.rfc-editor.org/rfc/rfc7644")},
            {QStringLiteral("patch"), QJsonObject{{QStringLiteral("supported"), true}}},
            {QStringLiteral("bulk"), QJsonObject{{QStringLiteral("supported"), false},
                                                 {QStringLiteral("maxOperations"), 0},
                                                 {QStringLiteral("maxPayloadSize"), 0}}},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("supported"), true}, {QStringLiteral("maxResults"), m_config.maxResults}}},
            {QStringLiteral("changePassword"), QJsonObject{{QStringLiteral("supported"), false}}},
            {QStringLiteral("sort"), QJsonObject{{QStringLiteral("supported"), true}}},
            {QStringLiteral("etag"), QJsonObject{{QStringLiteral("supported"), true}}},
            {QStringLiteral("authenticationSchemes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
                             {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
                             {QStringLiteral("description"),
                              QStringLiteral("A per-directory bearer token in the Authorization header (the bare "
                                             "token is accepted too, for Okta's header authentication).")},
                             {QStringLiteral("specUri"), QStringLiteral("https://www.rfc-editor.org/rfc/rfc6750")},
                             {QStringLiteral("primary"), true}}}},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
                         {QStringLiteral("location"), QString(base + QStringLiteral("/ServiceProviderConfig"))}}}};
        return jsonResponse(200, config);
    }
    if (endpoint == QLatin1StringView("ResourceTypes")) {
        if (id.isEmpty())
            return jsonResponse(200, listOf({resourceType(ResourceKind::User), resourceType(ResourceKind::Group)}));
        if (id == QLatin1StringView("User"))
            return jsonResponse(200, resourceType(ResourceKind::User));
        if (id == QLatin1StringView("Group"))
            return jsonResponse(200, resourceType(ResourceKind::Group));
        return std::unexpected(ScimError::notFound(tr("Resource type %1 not found.").arg(id.left(200))));
    }
    if (id.isEmpty()) {
        QJsonArray all;
        for (const SchemaDef *s : Schemas::all())
            all.append(s->toJson(base));
        return jsonResponse(200, listOf(all));
    }
    const SchemaDef *schema = Schemas::byId(id);
    if (!schema)
        return std::unexpected(ScimError::notFound(tr("Schema %1 not found.").arg(id.left(200))));
    return jsonResponse(200, schema->toJson(base));
}

void ScimService::record(Context &ctx, const HttpResponse &response, bool inTransaction)
{
    JournalEntry &e = ctx.entry;
    e.atMs = now();
    e.client = ctx.client;
    e.userAgent = QString::fromUtf8(ctx.request.header("User-Agent").left(300));
    e.method = ctx.method.left(16);
    e.path = JournalRedaction::target(ctx.request.target);
    e.status = response.status;
    e.latencyUs = ctx.timer.nsecsElapsed() / 1000;
    if (e.meaning.isEmpty() || response.status >= 400) {
        const QString detail =
            QJsonDocument::fromJson(response.body).object().value(QLatin1StringView("detail")).toString();
        if (response.status >= 400)
            e.meaning = tr("refused (%1): %2").arg(response.status).arg(detail.isEmpty() ? e.meaning : detail);
    }
    const QByteArray secret = [&] {
        QByteArray h = ctx.request.header("Authorization").trimmed();
        if (h.size() > 7 && h.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            h = h.mid(7).trimmed();
        return h;
    }();
    e.requestBody = JournalRedaction::body(ctx.request.body, m_config.maxStoredBodyBytes, secret);
    e.responseBody = JournalRedaction::response(
        response.body, ctx.request.method == "GET" ? m_config.maxStoredReadBodyBytes : m_config.maxStoredBodyBytes);
    if (inTransaction) {
        ctx.journaled = m_journal.append(e);
        return;
    }
    m_pending.append(e);
    if (m_pending.size() >= m_config.journalMaxPending)
        flushJournal();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

} // namespace scimdesk
