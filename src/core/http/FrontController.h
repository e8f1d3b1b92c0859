// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace scimdesk::http {

class ServerContext;

// The one place every request passes through: turns the QHttpServerRequest QAbstractHttpServer parsed into
// an HttpRequest (with the method and target as sent, recorded by the connection guard), calls the
// RequestHandler, and writes its HttpResponse with the framing the connection needs (Content-Length,
// Connection: close, no body for HEAD). Routing, auth, 405 and journaling belong to the handler.
//
// What QAbstractHttpServer 6.4.2 does on its own, measured: every method reaches handleRequest() (HEAD,
// OPTIONS, and others such as PROPFIND or even TRACE as Method::Unknown, hence the guard records the name);
// it neither answers HEAD/OPTIONS nor strips bodies, ignores "Connection: close" and HTTP/1.0, never sends
// 100 Continue, and on a request line it cannot parse it just closes the connection. With pipelined requests
// it handles one per readyRead and posts another readyRead itself while bytes remain.
class FrontController final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontController)

public:
    explicit FrontController(ServerContext &context, QObject *parent = nullptr);
    ~FrontController() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ServerContext &m_ctx;
};

} // namespace scimdesk::http
