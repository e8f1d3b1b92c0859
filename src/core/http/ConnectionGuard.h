// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestFramer.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QList>
#include <QSslSocket>
#include <QTcpServer>

namespace scimdesk::http {

class GuardedTcpServer;
class ServerContext;

// One client connection. Before QAbstractHttpServer reads anything, it peeks at the newly arrived bytes and
// runs them through a RequestFramer, so it can refuse a request (413, 431, 400, …) before its body is read,
// answer "Expect: 100-continue", time out slow senders and idle connections, and tell the front controller
// the method and target exactly as sent. It also closes connections in a way that lets the client read the
// last response (write, half-close, drain) instead of resetting them.
// It is a QSslSocket so the same guard serves HTTPS: with TLS the server starts the handshake on accept and
// the guard sees the decrypted bytes (QSslSocket's peek() and bytesAvailable() are plaintext); without TLS
// encryption is never started and it behaves as a plain TCP socket.
class GuardedSocket final : public QSslSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    enum class Phase : quint8 {
        Open,      // served by QAbstractHttpServer
        Lingering, // last response written, write side shut down, discarding input until the client closes
        Closed,
    };

    GuardedSocket(GuardedTcpServer *server, bool counted);
    ~GuardedSocket() override;

    // Connected before and after QAbstractHttpServer's readyRead slot (see GuardedTcpServer).
    void connectBeforeHttpServer();
    void connectAfterHttpServer();

    // Front controller side, for the request QAbstractHttpServer is handing over right now.
    bool takeFramed(RequestFramer::Framed *framed);
    void writeResponse(const QByteArray &wire);
    void afterResponse(bool keepAlive);
    const QByteArray &localHostBytes();

    // Listener-raised error: config.errorResponse(status, detail), then close.
    void reject(int status, const QString &detail);
    // Closes after anything already written has reached the client; `finalBytes` are written first.
    void closeLingering(const QByteArray &finalBytes = {});
    void onDeadline(qint64 nowMs);
    // Stops reacting to signals and forgets the server: used when the server itself goes away.
    void detach();

    Phase phase() const { return m_phase; }
    bool isCounted() const { return m_counted; }
    qint64 deadlineMs() const { return m_deadlineMs; }

private:
    friend class GuardedTcpServer;

    void onReadyReadBefore();
    void onReadyReadAfter();
    void onDisconnected();
    void onBytesWritten();
    void onSocketError(QAbstractSocket::SocketError error);
    qint64 unsentBytes() const; // plaintext not yet encrypted plus ciphertext not yet handed to the kernel
    void drain();
    void shutdownWriteSide();
    void sendContinueIfDue();
    void rejectNow();

    GuardedTcpServer *m_server;
    ServerContext *m_ctx;
    RequestFramer m_framer;
    qint64 m_scanned = 0;    // bytes at the front of the read buffer the framer has already seen
    qint64 m_deadlineMs = 0; // request, idle or linger deadline depending on the state
    qint64 m_drained = 0;
    QByteArray m_localHost;
    Phase m_phase = Phase::Open;
    int m_index = -1;      // position in GuardedTcpServer's list
    bool m_counted;        // counts against maxConnections (false: being refused with 503)
    bool m_inCount = true; // still included in the server's open/refusing counters
    bool m_writeShutdownPending = false;
};

// Accepts connections for QAbstractHttpServer and applies the connection-level limits: creates every socket
// itself so the guard's readyRead slot runs first, refuses connections beyond maxConnections with 503, and
// sweeps request, idle and linger deadlines on one coarse timer instead of a timer per connection.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    GuardedTcpServer(ServerContext &context, QObject *httpServer);
    ~GuardedTcpServer() override;

    ServerContext &context() const { return m_ctx; }
    QObject *httpServer() const { return m_httpServer; }
    int openConnections() const { return m_open; }

    // Reusable buffer the guards peek into (all sockets of this server live in one thread).
    char *scratch(qint64 size);

    void connectionClosed(GuardedSocket *socket);
    void forget(GuardedSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
    void timerEvent(QTimerEvent *event) override;

private:
    ServerContext &m_ctx;
    QObject *m_httpServer;
    QList<GuardedSocket *> m_sockets;
    QByteArray m_scratch;
    QBasicTimer m_sweep;
    int m_open = 0;
    int m_refusing = 0; // over-limit connections still being answered with 503
};

} // namespace scimdesk::http
