// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace scimdesk::http {

// Tracks HTTP/1.1 request framing on one connection, incrementally, without buffering bodies: where a request
// line and header section end, how long the body is (Content-Length or chunked), and where the next pipelined
// request begins. The connection guard feeds it every byte before QHttpServer reads them, so limits are
// enforced before a body is read, and it records what QHttpServerRequest 6.4 loses: the method as sent
// (unknown methods become Method::Unknown) and the request target exactly as sent.
class RequestFramer final
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 32 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int maxHeaderFields = 100;
    };

    // One request whose framing is complete, in arrival order.
    struct Framed
    {
        QByteArray method;
        QByteArray target;
        bool keepAlive = true; // false: "Connection: close", or HTTP/1.0 without keep-alive
        bool http10 = false;
        qint64 startedMs = 0; // clock value when its first byte was seen
    };

    enum class State : quint8 {
        Idle,         // between requests
        Head,         // request line and header fields
        Body,         // Content-Length body
        ChunkSize,    // chunk-size line
        ChunkData,    // chunk data
        ChunkDataEnd, // CRLF after chunk data
        LastChunkEnd, // CRLF after the last (zero) chunk; trailers are not supported
        Closing,      // a request asked to close the connection: later bytes are ignored
        Failed,       // protocol violation or limit exceeded: see failureStatus()
    };

    explicit RequestFramer(const Limits &limits) : m_limits(limits) {}

    // Consumes `size` bytes that follow everything fed before. `nowMs` stamps requests that start here.
    // Returns false once the stream is rejected (state() == Failed).
    bool feed(const char *data, qsizetype size, qint64 nowMs);

    // Bytes the framer would skip without looking at them (the rest of a Content-Length body or chunk), so
    // the caller can account for them without copying them out of the socket.
    qint64 opaqueBytes() const { return (m_state == State::Body || m_state == State::ChunkData) ? m_left : 0; }
    void skipOpaque(qint64 n); // n <= opaqueBytes()

    State state() const { return m_state; }
    bool inRequest() const { return m_state != State::Idle && m_state != State::Closing; }
    bool failed() const { return m_state == State::Failed; }
    int failureStatus() const { return m_failureStatus; }
    const QString &failureDetail() const { return m_failureDetail; }

    // The request being received (method and target are known once its request line is complete).
    const QByteArray &currentMethod() const { return m_method; }
    const QByteArray &currentTarget() const { return m_target; }
    qint64 currentStartedMs() const { return m_startedMs; }

    // True once the current request's header section asked for "100-continue" and no body byte arrived yet.
    bool wantsContinue() const { return m_wantsContinue; }
    void clearContinue() { m_wantsContinue = false; }

    bool hasFramed() const { return !m_framed.isEmpty(); }
    Framed takeFramed() { return m_framed.takeFirst(); }

    static QString describeSize(qint64 bytes);

private:
    bool fail(int status, const QString &detail);
    bool feedHead(const char *&p, const char *end, qint64 nowMs);
    bool feedChunkSizeLine(const char *&p, const char *end);
    bool feedCrlf(const char *&p, const char *end, State next);
    bool processRequestLine(QByteArrayView line);
    bool processHeaderLine(QByteArrayView line);
    bool finishHead();
    void finishRequest();

    const Limits m_limits;
    State m_state = State::Idle;

    // Current request
    QByteArray m_line; // an incomplete line carried over between reads (capacity reused)
    QByteArray m_method;
    QByteArray m_target;
    qint64 m_headBytes = 0;
    qint64 m_contentLength = -1;
    qint64 m_left = 0;      // body or chunk bytes still to come
    qint64 m_bodyTotal = 0; // chunked: sum of chunk sizes so far
    qint64 m_startedMs = 0;
    int m_fields = 0;
    bool m_requestLineDone = false;
    bool m_http10 = false;
    bool m_chunked = false;
    bool m_hasTransferEncoding = false;
    bool m_connectionClose = false;
    bool m_connectionKeepAlive = false;
    bool m_expectContinue = false;
    bool m_wantsContinue = false;
    bool m_sawCr = false;

    QList<Framed> m_framed;

    int m_failureStatus = 0;
    QString m_failureDetail;
};

} // namespace scimdesk::http
