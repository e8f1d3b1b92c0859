// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include "HttpLogging.h"
#include "HttpWire.h"
#include "ServerContext.h"

#include <QTimerEvent>

#include <algorithm>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scimdesk::http {

namespace {
// After the last response: how long and how much to keep reading (and discarding) so the client sees the
// response and an orderly close, not a reset caused by unread data.
constexpr qint64 kLingerMs = 2000;
constexpr qint64 kMaxDrainBytes = 8 * 1024 * 1024;

constexpr QByteArrayView kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
} // namespace

// ---------------------------------------------------------------------------------------------------------
// GuardedSocket

GuardedSocket::GuardedSocket(GuardedTcpServer *server, bool counted)
    : QSslSocket(server), m_server(server), m_ctx(&server->context()), m_framer(server->context().limits()),
      m_counted(counted)
{
    m_deadlineMs = m_ctx->nowMs() + m_ctx->config().idleTimeoutMs;
}

GuardedSocket::~GuardedSocket()
{
    // ~QAbstractSocket aborts and emits disconnected() when this part is already gone.
    disconnect(this, &QAbstractSocket::disconnected, this, &GuardedSocket::onDisconnected);
    if (m_server)
        m_server->forget(this);
}

void GuardedSocket::connectBeforeHttpServer()
{
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::onReadyReadBefore);
    connect(this, &QAbstractSocket::disconnected, this, &GuardedSocket::onDisconnected);
}

void GuardedSocket::connectAfterHttpServer()
{
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::onReadyReadAfter);
}

void GuardedSocket::detach()
{
    disconnect(this, &QIODevice::readyRead, this, nullptr);
    disconnect(this, &QAbstractSocket::disconnected, this, &GuardedSocket::onDisconnected);
    disconnect(this, &QIODevice::bytesWritten, this, &GuardedSocket::onBytesWritten);
    disconnect(this, &QSslSocket::encryptedBytesWritten, this, &GuardedSocket::onBytesWritten);
    disconnect(this, &QAbstractSocket::errorOccurred, this, &GuardedSocket::onSocketError);
    m_server = nullptr;
}

void GuardedSocket::onReadyReadBefore()
{
    if (m_phase == Phase::Lingering) {
        drain();
        return;
    }
    if (m_phase != Phase::Open)
        return;

    const qint64 available = bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0) {
        m_scanned = available;
        return;
    }
    const qint64 now = m_ctx->nowMs();
    if (fresh <= m_framer.opaqueBytes()) {
        // More of a body: nothing to look at.
        m_framer.skipOpaque(fresh);
    } else if (!m_framer.failed()) {
        // peek() starts at the read position; what QHttpServer left unread there was scanned already.
        char *buffer = m_server->scratch(available);
        const qint64 got = peek(buffer, available);
        if (got > m_scanned)
            m_framer.feed(buffer + m_scanned, got - m_scanned, now);
    }
    m_scanned = available;

    if (m_framer.failed()) {
        // Requests framed before the bad one are answered first (QHttpServer parses one per readyRead);
        // the rejection follows in onReadyReadAfter once they are done.
        if (!m_framer.hasFramed())
            rejectNow();
        return;
    }
    m_deadlineMs = m_framer.inRequest() ? m_framer.currentStartedMs() + m_ctx->config().requestTimeoutMs
                                        : now + m_ctx->config().idleTimeoutMs;
    sendContinueIfDue();
}

void GuardedSocket::onReadyReadAfter()
{
    if (m_phase != Phase::Open)
        return;
    // Everything QHttpServer did not consume has been through the framer. (With pipelined requests left in
    // the buffer, QAbstractHttpServer 6.4.2 posts another readyRead itself.)
    m_scanned = bytesAvailable();
    if (m_framer.failed() && !m_framer.hasFramed())
        rejectNow();
}

bool GuardedSocket::takeFramed(RequestFramer::Framed *framed)
{
    if (!m_framer.hasFramed())
        return false;
    *framed = m_framer.takeFramed();
    return true;
}

void GuardedSocket::writeResponse(const QByteArray &wire)
{
    if (state() != QAbstractSocket::ConnectedState)
        return;
    write(wire);
    // Hand it to the kernel now rather than on the next write notification: one less event loop pass.
    flush();
}

void GuardedSocket::afterResponse(bool keepAlive)
{
    if (m_phase != Phase::Open)
        return;
    if (!keepAlive) {
        closeLingering();
        return;
    }
    if (!m_framer.inRequest() && !m_framer.hasFramed())
        m_deadlineMs = m_ctx->nowMs() + m_ctx->config().idleTimeoutMs;
    sendContinueIfDue();
}

void GuardedSocket::sendContinueIfDue()
{
    // Only when every earlier pipelined request has its response, so the interim response is not
    // mistaken for one of theirs.
    if (m_phase == Phase::Open && m_framer.wantsContinue() && !m_framer.hasFramed()) {
        m_framer.clearContinue();
        write(kContinue.data(), kContinue.size());
        flush();
    }
}

const QByteArray &GuardedSocket::localHostBytes()
{
    if (m_localHost.isEmpty()) {
        const QHostAddress address = localAddress();
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
        const QString host = isV4 ? QHostAddress(v4).toString() : u'[' + address.toString() + u']';
        m_localHost = (host + u':' + QString::number(localPort())).toLatin1();
    }
    return m_localHost;
}

void GuardedSocket::rejectNow()
{
    reject(m_framer.failureStatus(), m_framer.failureDetail());
}

void GuardedSocket::reject(int status, const QString &detail)
{
    if (m_phase != Phase::Open)
        return;
    const qint64 now = m_ctx->nowMs();
    const bool started = m_framer.inRequest() || m_framer.failed();
    qCInfo(lcHttp, "%s:%u: %d %s", qPrintable(peerAddress().toString()), unsigned(peerPort()), status,
           qPrintable(detail));
    const HttpResponse response = m_ctx->errorResponse(status, detail);
    WireOptions options;
    options.closeConnection = true;
    closeLingering(serializeResponse(response, options, m_ctx->httpDate()));
    m_ctx->served(m_framer.currentMethod(), m_framer.currentTarget(), status,
                  started ? (now - m_framer.currentStartedMs()) * 1000 : 0);
}

void GuardedSocket::closeLingering(const QByteArray &finalBytes)
{
    if (m_phase != Phase::Open)
        return;
    m_phase = Phase::Lingering;
    // QHttpServer must not parse anything more from this connection.
    if (m_server)
        QObject::disconnect(this, nullptr, m_server->httpServer(), nullptr);
    if (state() != QAbstractSocket::ConnectedState) {
        abort();
        return;
    }
    if (isTransactionStarted())
        commitTransaction();
    if (!finalBytes.isEmpty())
        write(finalBytes);
    flush();
    m_deadlineMs = m_ctx->nowMs() + kLingerMs;
    if (unsentBytes() > 0) {
        m_writeShutdownPending = true;
        connect(this, &QIODevice::bytesWritten, this, &GuardedSocket::onBytesWritten, Qt::UniqueConnection);
        if (m_ctx->tlsEnabled()) {
            connect(this, &QSslSocket::encryptedBytesWritten, this, &GuardedSocket::onBytesWritten,
                    Qt::UniqueConnection);
        }
    } else {
        shutdownWriteSide();
    }
    drain();
}

qint64 GuardedSocket::unsentBytes() const
{
    // With TLS, bytesToWrite() counts only plaintext; the ciphertext waits in the underlying socket.
    return bytesToWrite() + (m_ctx->tlsEnabled() ? encryptedBytesToWrite() : 0);
}

void GuardedSocket::onBytesWritten()
{
    if (m_writeShutdownPending && unsentBytes() == 0) {
        m_writeShutdownPending = false;
        disconnect(this, &QIODevice::bytesWritten, this, &GuardedSocket::onBytesWritten);
        disconnect(this, &QSslSocket::encryptedBytesWritten, this, &GuardedSocket::onBytesWritten);
        shutdownWriteSide();
    }
}

void GuardedSocket::onSocketError(QAbstractSocket::SocketError error)
{
    if (error != QAbstractSocket::SslHandshakeFailedError && error != QAbstractSocket::SslInternalError &&
        error != QAbstractSocket::SslInvalidUserDataError) {
        return;
    }
    // A client that does not trust the certificate (or speaks plain HTTP to the HTTPS port): nothing can be
    // said to it, so the connection is dropped; its slot is released through disconnected().
    qCDebug(lcHttp, "%s:%u: TLS handshake failed: %s", qPrintable(peerAddress().toString()), unsigned(peerPort()),
            qPrintable(errorString()));
    if (m_phase == Phase::Open && m_server)
        QObject::disconnect(this, nullptr, m_server->httpServer(), nullptr);
    if (m_phase == Phase::Open)
        m_phase = Phase::Lingering;
    abort();
}

void GuardedSocket::shutdownWriteSide()
{
    // The client sees EOF after the response; reading stays possible so its unread request bytes can be
    // drained instead of triggering a reset that could discard the response on its side.
    // Not with TLS: a TCP half-close without close_notify is a truncation to the client, which then drops
    // the response (Qt's client retries and fails). The response says "Connection: close", so the client
    // closes after reading it while its remaining request bytes are drained; the linger deadline bounds it.
    if (m_ctx->tlsEnabled())
        return;
    const qintptr fd = socketDescriptor();
    if (fd >= 0)
        ::shutdown(int(fd), SHUT_WR);
}

void GuardedSocket::drain()
{
    const qint64 n = bytesAvailable();
    if (n <= 0)
        return;
    m_drained += skip(n);
    if (m_drained > kMaxDrainBytes) {
        qCDebug(lcHttp, "%s:%u: client keeps sending after the final response; aborting",
                qPrintable(peerAddress().toString()), unsigned(peerPort()));
        abort();
    }
}

void GuardedSocket::onDeadline(qint64 nowMs)
{
    switch (m_phase) {
    case Phase::Closed:
        return;
    case Phase::Lingering:
        abort();
        return;
    case Phase::Open:
        break;
    }
    if (m_framer.hasFramed()) {
        // A complete request is about to be handled: not idle, not slow.
        m_deadlineMs = nowMs + m_ctx->config().idleTimeoutMs;
        return;
    }
    if (m_framer.inRequest() || m_framer.failed()) {
        reject(408, u"request not completed within %1 ms"_s.arg(m_ctx->config().requestTimeoutMs));
        return;
    }
    qCDebug(lcHttp, "%s:%u: closing idle connection", qPrintable(peerAddress().toString()), unsigned(peerPort()));
    m_phase = Phase::Lingering;
    m_deadlineMs = nowMs + kLingerMs;
    if (m_server)
        QObject::disconnect(this, nullptr, m_server->httpServer(), nullptr);
    disconnectFromHost();
}

void GuardedSocket::onDisconnected()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    if (m_server)
        m_server->connectionClosed(this);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------
// GuardedTcpServer

GuardedTcpServer::GuardedTcpServer(ServerContext &context, QObject *httpServer)
    : m_ctx(context), m_httpServer(httpServer)
{
    const ListenerConfig &config = context.config();
    setListenBacklogSize(std::max(128, config.maxConnections));
    // Deadlines are checked a few times per timeout: precise enough, and costs nothing per request.
    const int shortest = std::min(config.idleTimeoutMs, config.requestTimeoutMs);
    m_sweep.start(std::clamp(shortest / 4, 10, 500), Qt::CoarseTimer, this);
}

GuardedTcpServer::~GuardedTcpServer()
{
    m_sweep.stop();
    close();
    const QList<GuardedSocket *> sockets = std::exchange(m_sockets, {});
    for (GuardedSocket *socket : sockets) {
        socket->detach();
        delete socket;
    }
}

char *GuardedTcpServer::scratch(qint64 size)
{
    if (m_scratch.size() < size)
        m_scratch.resize(size);
    return m_scratch.data();
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    const ListenerConfig &config = m_ctx.config();
    const bool overLimit = m_open >= config.maxConnections;
    if (overLimit && m_refusing >= std::max(16, config.maxConnections)) {
        // Flooded: not even a 503.
        ::close(int(socketDescriptor));
        return;
    }
    auto *socket = new GuardedSocket(this, !overLimit);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp, "cannot adopt accepted connection: %s", qPrintable(socket->errorString()));
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->m_index = int(m_sockets.size());
    m_sockets.append(socket);
    socket->connectBeforeHttpServer();
    if (m_ctx.tlsEnabled()) {
        // The handshake runs in the background; readyRead (and so QHttpServer) only ever sees plaintext. A
        // handshake that never completes is closed by the idle deadline like any silent connection.
        connect(socket, &QAbstractSocket::errorOccurred, socket, &GuardedSocket::onSocketError);
        socket->setSslConfiguration(m_ctx.tlsConfiguration());
        socket->startServerEncryption();
    }

    if (overLimit) {
        ++m_refusing;
        socket->reject(503, u"too many open connections (limit %1)"_s.arg(config.maxConnections));
        return;
    }
    ++m_open;
    // QTcpServer 6.4 emits pendingConnectionAvailable() from addPendingConnection(), and
    // QAbstractHttpServer connects its readyRead slot right there: the guard's first slot is already in place
    // and its second one goes after QHttpServer's.
    addPendingConnection(socket);
    socket->connectAfterHttpServer();
}

void GuardedTcpServer::connectionClosed(GuardedSocket *socket)
{
    if (!socket->m_inCount)
        return;
    socket->m_inCount = false;
    if (socket->m_counted)
        --m_open;
    else
        --m_refusing;
}

void GuardedTcpServer::forget(GuardedSocket *socket)
{
    connectionClosed(socket);
    const int i = socket->m_index;
    if (i < 0 || i >= m_sockets.size() || m_sockets.at(i) != socket)
        return;
    GuardedSocket *last = m_sockets.takeLast();
    if (last != socket) {
        m_sockets[i] = last;
        last->m_index = i;
    }
    socket->m_index = -1;
}

void GuardedTcpServer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_sweep.timerId()) {
        QTcpServer::timerEvent(event);
        return;
    }
    const qint64 now = m_ctx.nowMs();
    QVarLengthArray<GuardedSocket *, 16> due;
    for (GuardedSocket *socket : std::as_const(m_sockets)) {
        if (socket->phase() != GuardedSocket::Phase::Closed && socket->deadlineMs() <= now)
            due.append(socket);
    }
    // onDeadline() may close a socket, but deletion is deferred, so the pointers stay valid here.
    for (GuardedSocket *socket : due)
        socket->onDeadline(now);
}

} // namespace scimdesk::http
