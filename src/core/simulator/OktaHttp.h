// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every simulated SCIM request shares: the header sets Okta and Okta's Runscope suites send
// (okta-scim-wire.md §1.2, §7.1), building a request with the token kept out of its trace, sending it with a
// timeout, and the wording Okta uses for a failed response (§6).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace scimdesk::sim {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

inline const QString UserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString GroupSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString PatchSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString ListResponseSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString ErrorSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");

struct TraceEntry
{
    QByteArray method;
    QString url;
    RawHeaders headers; // the Authorization value is redacted
    QByteArray body;
    int status = 0; // 0 when no response arrived
    QByteArray responseBody;
    qint64 startedMs = 0; // since the action started
    qint64 elapsedMs = 0;
    int attempt = 1;
    QString outcome; // "ok", "retry in N ms", or the failure
};

// A trace entry as JSON (for --json output), headers as "Name: value" lines.
QJsonObject traceJson(const TraceEntry &t);
QJsonArray traceJson(const QList<TraceEntry> &trace);

// Okta's own client (§1.2); Content-Type only when there is a body.
RawHeaders oktaHeaders(bool withBody);
// The Runscope SPEC suite's "H" headers, or its "P" headers for POSTs (§7.1).
RawHeaders runscopeHeaders(bool post);

struct PreparedRequest
{
    QNetworkRequest request;
    TraceEntry trace; // method, url, headers (token redacted) and body filled in
};

// `baseUrl` + `pathAndQuery` (already percent-encoded) with `headers` and `Authorization: <authorization>`.
PreparedRequest prepareRequest(const QString &baseUrl, const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const RawHeaders &headers, const QByteArray &authorization);

// Appends the request's trace, started `startedMs` into the action, to `trace`; returns its index.
qsizetype appendTrace(QList<TraceEntry> &trace, const PreparedRequest &prepared, qint64 startedMs);

// Sends it; after `timeoutMs` without an answer the reply is aborted and `*timedOut` becomes true.
QNetworkReply *sendWithTimeout(QNetworkAccessManager &manager, const PreparedRequest &prepared, int timeoutMs,
                               const std::shared_ptr<bool> &timedOut);

// A path segment or query value, percent-encoded.
QString percentEncoded(const QString &text);

// The HTTP reason phrase Okta prints for a status ("Not Found").
QString standardReason(int status);
// What Okta reports from an error body: the SCIM Error's detail, or the JSON parser's complaint (§1.3, §6).
QString remoteDetail(const QByteArray &body);

} // namespace scimdesk::sim
