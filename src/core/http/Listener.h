// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

namespace scimdesk {

// Limits and binding of the embedded HTTP listener.
struct ListenerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                  // 0 picks a free port
    qint64 maxBodyBytes = 1024 * 1024; // larger bodies get 413 (SCIM Error JSON) before they are read
    qint64 maxHeaderBytes = 32 * 1024; // request line + headers; larger gets 431
    int maxConnections = 256;          // further connections get 503 and are closed
    int idleTimeoutMs = 30'000;        // a keep-alive connection with nothing in flight is closed after this
    int requestTimeoutMs = 20'000;     // a started request must be complete within this (slow senders)
    int maxHeaderFields = 100;         // more header fields than this get 431

    // HTTPS: the certificate chain (leaf first) and its private key; an empty chain serves plain HTTP.
    // See TlsIdentity for loading PEM files or a self-signed certificate.
    QList<QSslCertificate> tlsCertificateChain;
    QSslKey tlsPrivateKey;
    bool tlsEnabled() const { return !tlsCertificateChain.isEmpty(); }

    // Builds the response for errors the listener itself raises (413, 431, 503, 408 for slow requests, 400 for
    // unparsable HTTP, 501 for transfer codings other than chunked, 505 for HTTP versions other than 1.x).
    // The SCIM service installs one that produces SCIM Error JSON; the default gives a small JSON object.
    std::function<HttpResponse(int status, const QString &detail)> errorResponse;
};

// The embedded HTTP/1.1 listener: QAbstractHttpServer in its own thread, with one front controller that
// applies the limits, answers `Expect: 100-continue`, and hands every complete request to a RequestHandler
// created inside that thread (so the handler's database connection belongs to it).
class Listener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    using HandlerFactory = std::function<std::unique_ptr<RequestHandler>()>;

    explicit Listener(HandlerFactory factory, QObject *parent = nullptr);
    ~Listener() override;

    // Starts the thread and binds. Returns the bound port, or a message saying why it could not bind
    // (port taken, address not available). Blocks until bound or failed.
    std::expected<quint16, QString> start(const ListenerConfig &config);
    void stop(); // closes all connections and joins the thread; safe to call twice

    bool isRunning() const;
    bool isTls() const; // serving HTTPS
    quint16 port() const;
    QHostAddress address() const;

Q_SIGNALS:
    // Emitted (from the listener thread, queued to receivers elsewhere) after each response is written.
    void requestServed(const QByteArray &method, const QByteArray &path, int status, qint64 latencyUs);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace scimdesk
