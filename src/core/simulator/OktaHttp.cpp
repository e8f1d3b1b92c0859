// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/OktaHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace scimdesk::sim {

QJsonObject traceJson(const TraceEntry &t)
{
    QJsonArray headers;
    for (const auto &[k, v] : t.headers)
        headers.append(QString(QString::fromLatin1(k) + QStringLiteral(": ") + QString::fromUtf8(v)));
    return {{QStringLiteral("method"), QString::fromLatin1(t.method)},
            {QStringLiteral("url"), t.url},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(t.body)},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("responseBody"), QString::fromUtf8(t.responseBody)},
            {QStringLiteral("attempt"), t.attempt},
            {QStringLiteral("startedMs"), t.startedMs},
            {QStringLiteral("elapsedMs"), t.elapsedMs},
            {QStringLiteral("outcome"), t.outcome}};
}

QJsonArray traceJson(const QList<TraceEntry> &trace)
{
    QJsonArray out;
    for (const TraceEntry &t : trace)
        out.append(traceJson(t));
    return out;
}

RawHeaders oktaHeaders(bool withBody)
{
    RawHeaders headers{
        {"User-Agent", "Okta SCIM Client 1.0.0"}, {"Accept", "application/scim+json"}, {"Accept-Charset", "utf-8"}};
    if (withBody)
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/scim+json; charset=utf-8")));
    return headers;
}

RawHeaders runscopeHeaders(bool post)
{
    if (post)
        return {{"Content-Type", "application/json"}, {"Accept", "application/scim+json; charset=utf-8"}};
    return {{"Accept-Charset", "utf-8"},
            {"Content-Type", "application/scim+json; charset=utf-8"},
            {"Accept", "application/scim+json"},
            {"User-Agent", "OKTA SCIM Integration"}};
}

PreparedRequest prepareRequest(const QString &baseUrl, const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const RawHeaders &headers, const QByteArray &authorization)
{
    PreparedRequest p;
    p.request = QNetworkRequest(QUrl::fromEncoded((baseUrl + pathAndQuery).toUtf8()));
    for (const auto &[k, v] : headers)
        p.request.setRawHeader(k, v);
    p.request.setRawHeader("Authorization", authorization);
    p.trace.method = method;
    p.trace.url = p.request.url().toString(QUrl::FullyEncoded);
    p.trace.headers = headers;
    // Only the scheme survives into the trace: "Bearer <redacted>", or "<redacted>" for a bare value.
    const qsizetype space = authorization.indexOf(' ');
    p.trace.headers.append(qMakePair(QByteArray("Authorization"),
                                     (space > 0 ? authorization.left(space + 1) : QByteArray()) + "<redacted>"));
    p.trace.body = body;
    return p;
}

qsizetype appendTrace(QList<TraceEntry> &trace, const PreparedRequest &prepared, qint64 startedMs)
{
    TraceEntry entry = prepared.trace;
    entry.startedMs = startedMs;
    trace.append(entry);
    return trace.size() - 1;
}

QNetworkReply *sendWithTimeout(QNetworkAccessManager &manager, const PreparedRequest &prepared, int timeoutMs,
                               const std::shared_ptr<bool> &timedOut)
{
    QNetworkReply *reply = manager.sendCustomRequest(prepared.request, prepared.trace.method, prepared.trace.body);
    QTimer::singleShot(timeoutMs, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    return reply;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString standardReason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("HTTP ") + QString::number(status);
    }
}

QString remoteDetail(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
    if (trimmed.isEmpty())
        return QStringLiteral("Invalid JSON: No content to map due to end-of-input");
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        qsizetype n = 0;
        while (n < trimmed.size() && (QChar::isLetterOrNumber(uchar(trimmed.at(n))) || trimmed.at(n) == '_'))
            ++n;
        return QStringLiteral("Invalid JSON: Unrecognized token '") +
               QString::fromUtf8(trimmed.left(std::max<qsizetype>(n, 1))) + u'\'';
    }
    return doc.object().value(QLatin1StringView("detail")).toString();
}

} // namespace scimdesk::sim
