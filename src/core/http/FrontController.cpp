// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontController.h"

#include "ConnectionGuard.h"
#include "HttpLogging.h"
#include "HttpWire.h"
#include "ServerContext.h"

#include <QHttpServerRequest>
#include <QSslSocket>
#include <QTcpSocket>

#include <exception>

using namespace Qt::StringLiterals;

namespace scimdesk::http {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Head:
        return QByteArrayLiteral("HEAD");
    case M::Options:
        return QByteArrayLiteral("OPTIONS");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    case M::Connect:
        return QByteArrayLiteral("CONNECT");
    case M::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return {}; // Unknown: the real name is lost in QHttpServerRequest 6.4
    }
}

} // namespace

FrontController::FrontController(ServerContext &context, QObject *parent) : QAbstractHttpServer(parent), m_ctx(context)
{}

FrontController::~FrontController() = default;

bool FrontController::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 startNs = m_ctx.nowNs();
    auto *guarded = qobject_cast<GuardedSocket *>(socket);

    RequestFramer::Framed framed;
    if (!guarded || !guarded->takeFramed(&framed)) {
        // Cannot happen while the guard and QHttpServer agree on framing; if they ever do not, serve what
        // QHttpServer parsed and stop using the connection.
        qCWarning(lcHttp, "request framing out of step with QHttpServer; closing the connection after it");
        framed.method = methodName(request.method());
        framed.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        framed.keepAlive = false;
    }

    HttpRequest httpRequest;
    httpRequest.method = std::move(framed.method);
    httpRequest.target = std::move(framed.target);
    httpRequest.headers = request.headers();
    httpRequest.body = request.body();
    httpRequest.peerAddress = socket->peerAddress();
    httpRequest.peerPort = socket->peerPort();
    // The guard's sockets are QSslSockets; encrypted only when the listener serves HTTPS.
    if (const auto *ssl = qobject_cast<QSslSocket *>(socket))
        httpRequest.tls = ssl->isEncrypted();
    if (guarded)
        httpRequest.localHost = guarded->localHostBytes();

    HttpResponse response;
    try {
        response = m_ctx.handler()->handle(httpRequest);
    } catch (const std::exception &e) {
        qCCritical(lcHttp, "request handler threw: %s", e.what());
        response = m_ctx.errorResponse(500, u"internal server error"_s);
    } catch (...) {
        qCCritical(lcHttp, "request handler threw");
        response = m_ctx.errorResponse(500, u"internal server error"_s);
    }

    WireOptions options;
    options.headRequest = httpRequest.method == "HEAD";
    options.closeConnection = !framed.keepAlive;
    options.http10KeepAlive = framed.http10 && framed.keepAlive;
    bool close = false;
    const QByteArray wire = serializeResponse(response, options, m_ctx.httpDate(), &close);

    if (guarded) {
        guarded->writeResponse(wire);
    } else if (socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(wire);
        socket->flush();
    }
    const qint64 latencyUs = (m_ctx.nowNs() - startNs) / 1000;
    qCDebug(lcHttp, "%s %s -> %d (%lld us)", httpRequest.method.constData(), httpRequest.path().constData(),
            response.status, static_cast<long long>(latencyUs));
    m_ctx.served(httpRequest.method, httpRequest.target, response.status, latencyUs);

    if (guarded)
        guarded->afterResponse(!close);
    else if (close)
        socket->disconnectFromHost();
    return true;
}

void FrontController::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() always answers; kept so a future early return still produces a proper response.
    Q_UNUSED(request);
    if (auto *guarded = qobject_cast<GuardedSocket *>(socket))
        guarded->reject(404, u"no handler for this request"_s);
    else
        socket->disconnectFromHost();
}

} // namespace scimdesk::http
