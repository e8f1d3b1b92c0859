// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace scimdesk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the SCIM service sees it, independent of the transport, so the service can be tested
// without sockets.
struct HttpRequest
{
    QByteArray method;   // upper case as sent ("GET", "PATCH", …)
    QByteArray target;   // the request target as sent: percent-encoded path plus optional "?query"
    HttpHeaders headers; // names as sent
    QByteArray body;
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    bool tls = false;
    QByteArray localHost; // "host:port" the listener is bound to, used when the request has no Host header

    // Case-insensitive header lookup; the first value, or an empty array.
    QByteArray header(QByteArrayView name) const;
    QByteArray path() const;  // target without the query, still percent-encoded
    QByteArray query() const; // target after '?', still encoded; empty when none
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

// Turns requests into responses. Implementations are created and used in the listener's thread only.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest &request) = 0;
};

} // namespace scimdesk
