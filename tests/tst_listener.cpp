// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded HTTP listener over real loopback connections: QNetworkAccessManager for ordinary traffic,
// raw QTcpSockets for the protocol edges (limits, framing, timeouts, pipelining, broken clients).
#include "http/Listener.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

using namespace scimdesk;
using namespace Qt::StringLiterals;

namespace {

// What the handler saw, readable from the test thread.
struct Probe
{
    std::atomic<int> calls{0};
    std::atomic<QThread *> thread{nullptr};
};

// Echoes the request as JSON; "/status/NNN" answers with that status.
class EchoHandler final : public RequestHandler
{
public:
    explicit EchoHandler(Probe *probe) : m_probe(probe) {}

    HttpResponse handle(const HttpRequest &request) override
    {
        ++m_probe->calls;
        m_probe->thread = QThread::currentThread();
        QJsonArray headers;
        for (const auto &[name, value] : request.headers)
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        const QJsonObject echo{
            {u"method"_s, QString::fromLatin1(request.method)},
            {u"target"_s, QString::fromLatin1(request.target)},
            {u"path"_s, QString::fromLatin1(request.path())},
            {u"query"_s, QString::fromLatin1(request.query())},
            {u"body"_s, QString::fromUtf8(request.body)},
            {u"bodySize"_s, request.body.size()},
            {u"headers"_s, headers},
            {u"peerPort"_s, request.peerPort},
            {u"peerAddress"_s, request.peerAddress.toString()},
            {u"localHost"_s, QString::fromLatin1(request.localHost)},
        };
        HttpResponse response;
        const QByteArray path = request.path();
        if (path.startsWith("/status/"))
            response.status = path.mid(8).toInt();
        response.body = QJsonDocument(echo).toJson(QJsonDocument::Compact);
        response.setHeader("Content-Type", "application/json");
        response.setHeader("X-Echo", "1");
        return response;
    }

private:
    Probe *m_probe;
};

struct RawResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A hand-driven HTTP/1.1 client: writes exactly the bytes given, parses responses by Content-Length.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool waitConnected() { return m_socket.waitForConnected(5000); }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    // One response (an interim 100 is returned as such). Empty when none arrived within the time or the
    // connection closed first.
    std::optional<RawResponse> read(int timeoutMs = 5000, bool headRequest = false)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            if (auto response = tryParse(headRequest))
                return response;
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || m_socket.state() != QAbstractSocket::ConnectedState)
                return std::nullopt;
            m_socket.waitForReadyRead(int(left));
        }
    }

    // True when the server closes the connection within the time.
    bool waitClosed(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray unparsed() const { return m_buffer; }

private:
    std::optional<RawResponse> tryParse(bool headRequest)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        RawResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
            return std::nullopt;
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = headRequest ? 0 : response.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

} // namespace

class TestListener final : public QObject
{
    Q_OBJECT

private:
    quint16 startListener(ListenerConfig config = {})
    {
        m_probe = std::make_unique<Probe>();
        Probe *probe = m_probe.get();
        m_listener = std::make_unique<Listener>([probe] { return std::make_unique<EchoHandler>(probe); });
        const auto started = m_listener->start(config);
        if (!started) {
            qWarning("start failed: %s", qPrintable(started.error()));
            return 0;
        }
        return *started;
    }

    QNetworkReply *send(const QByteArray &verb, quint16 port, const QByteArray &target, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(port) + target));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_nam.sendCustomRequest(request, verb, body);
    }

    static bool finished(QNetworkReply *reply)
    {
        return reply->isFinished() || QSignalSpy(reply, &QNetworkReply::finished).wait(5000);
    }

    std::unique_ptr<Probe> m_probe;
    std::unique_ptr<Listener> m_listener;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    void cleanup()
    {
        m_listener.reset();
        m_nam.clearConnectionCache();
    }

    void roundTripWithKeepAlive_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("GET") << QByteArray("GET") << QByteArray();
        QTest::newRow("POST") << QByteArray("POST") << QByteArray(R"({"userName":"ada"})");
        QTest::newRow("PUT") << QByteArray("PUT") << QByteArray(R"({"userName":"bob"})");
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray(R"({"Operations":[]})");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
    }
    void roundTripWithKeepAlive()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        const quint16 port = startListener();
        QVERIFY(port != 0);

        int firstPeerPort = -1;
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<QNetworkReply> reply(send(verb, port, "/scim/v2/Users?i=" + QByteArray::number(i), body));
            QVERIFY(finished(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->rawHeader("X-Echo"), QByteArray("1"));
            const QJsonObject echo = QJsonDocument::fromJson(reply->readAll()).object();
            QCOMPARE(echo.value(u"method"_s).toString().toLatin1(), verb);
            QCOMPARE(echo.value(u"target"_s).toString(), u"/scim/v2/Users?i=%1"_s.arg(i));
            QCOMPARE(echo.value(u"body"_s).toString().toUtf8(), body);
            QCOMPARE(echo.value(u"peerAddress"_s).toString(), u"127.0.0.1"_s);
            QCOMPARE(echo.value(u"localHost"_s).toString(), u"127.0.0.1:%1"_s.arg(port));
            // The second request travels on the first one's connection.
            const int peerPort = echo.value(u"peerPort"_s).toInt();
            if (i == 0)
                firstPeerPort = peerPort;
            else
                QCOMPARE(peerPort, firstPeerPort);
        }
        QCOMPARE(m_probe->calls.load(), 2);
    }

    void twoRequestsOnOneRawConnection()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/first", "X-Custom-Header: Some Value\r\nAuthorization: Bearer t0k3n\r\n"));
        const auto first = client.read();
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->json().value(u"path"_s).toString(), u"/first"_s);
        const QJsonArray headers = first->json().value(u"headers"_s).toArray();
        QVERIFY2(headers.contains(QJsonArray{u"X-Custom-Header"_s, u"Some Value"_s}),
                 QJsonDocument(headers).toJson().constData());
        QVERIFY(headers.contains(QJsonArray{u"Authorization"_s, u"Bearer t0k3n"_s}));
        QVERIFY(first->header("Date").endsWith(" GMT"));
        QVERIFY(!first->hasHeader("Connection"));
        QVERIFY(client.isOpen());
        client.send(post("/second", "{}"));
        const auto second = client.read();
        QVERIFY(second);
        QCOMPARE(second->json().value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(second->json().value(u"body"_s).toString(), u"{}"_s);
        QVERIFY(client.isOpen());
    }

    void targetSurvivesAsSent()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        const QByteArray target = "/scim/v2/Users/a%2Fb%20c?filter=userName%20eq%20%22a+b%22&x=%2B1+2";
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get(target));
        const auto response = client.read();
        QVERIFY(response);
        const QJsonObject echo = response->json();
        QCOMPARE(echo.value(u"target"_s).toString().toLatin1(), target);
        QCOMPARE(echo.value(u"path"_s).toString(), u"/scim/v2/Users/a%2Fb%20c"_s);
        QCOMPARE(echo.value(u"query"_s).toString(), u"filter=userName%20eq%20%22a+b%22&x=%2B1+2"_s);

        // Absolute form is accepted and handed on in origin form.
        client.send("GET http://127.0.0.1:" + QByteArray::number(port) + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        const auto absolute = client.read();
        QVERIFY(absolute);
        QCOMPARE(absolute->json().value(u"target"_s).toString().toLatin1(), target);
        client.send("GET http://127.0.0.1?a=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        const auto noPath = client.read();
        QVERIFY(noPath);
        QCOMPARE(noPath->json().value(u"target"_s).toString(), u"/?a=1"_s);

        // The same through QNetworkAccessManager (which sends the encoded URL unchanged).
        std::unique_ptr<QNetworkReply> reply(send("GET", port, target));
        QVERIFY(finished(reply.get()));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"target"_s).toString().toLatin1(), target);
    }

    void methodsQHttpServerDoesNotRoute()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());

        // An unknown method reaches the handler under its own name (QHttpServerRequest says "Unknown").
        client.send("PROPFIND /x HTTP/1.1\r\nHost: test\r\n\r\n");
        auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->json().value(u"method"_s).toString(), u"PROPFIND"_s);

        client.send("OPTIONS /x HTTP/1.1\r\nHost: test\r\n\r\n");
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->json().value(u"method"_s).toString(), u"OPTIONS"_s);

        // HEAD: the GET's Content-Length, no body; the next response on the connection must still parse.
        client.send("HEAD /head HTTP/1.1\r\nHost: test\r\n\r\n");
        response = client.read(5000, true);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->header("Content-Length").toInt() > 0);
        client.send(get("/after-head"));
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->json().value(u"path"_s).toString(), u"/after-head"_s);

        // 204 has neither body nor Content-Length.
        client.send(get("/status/204"));
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 204);
        QVERIFY(!response->hasHeader("Content-Length"));
        client.send(get("/after-204"));
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->json().value(u"path"_s).toString(), u"/after-204"_s);
    }

    void bodyTooLargeIsRefusedBeforeReading()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        const QByteArray body(2 * 1024 * 1024, 'x');
        client.send(post("/scim/v2/Users", body));
        const auto response = client.read(10000);
        QVERIFY2(response, client.unparsed().left(200).constData());
        QCOMPARE(response->status, 413);
        QCOMPARE(response->header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        const QJsonObject error = response->json();
        QCOMPARE(error.value(u"status"_s).toString(), u"413"_s);
        QCOMPARE(error.value(u"detail"_s).toString(), u"request body exceeds the 1 MiB limit"_s);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_probe->calls.load(), 0);
    }

    void bodyTooLargeThroughNetworkAccessManager()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        std::unique_ptr<QNetworkReply> reply(send("POST", port, "/scim/v2/Users", QByteArray(2 * 1024 * 1024, 'x')));
        QVERIFY(finished(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(error.value(u"detail"_s).toString(), u"request body exceeds the 1 MiB limit"_s);
        QCOMPARE(m_probe->calls.load(), 0);
    }

    void chunkedBody()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send("POST /chunked HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n");
        QTest::qWait(20);
        client.send("7;ext=1\r\n, world\r\n0\r\n\r\n");
        auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->json().value(u"body"_s).toString(), u"hello, world"_s);

        // A chunk that would take the body past the limit is refused when announced.
        client.send("POST /chunked HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "10\r\n0123456789abcdef\r\n200000\r\n");
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_probe->calls.load(), 1);
    }

    void expectContinueTooLargeGets413WithoutBody()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send("POST /scim/v2/Users HTTP/1.1\r\nHost: test\r\nContent-Length: 2097152\r\n"
                    "Expect: 100-continue\r\n\r\n");
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_probe->calls.load(), 0);
    }

    void expectContinueThenBody()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        const QByteArray body = R"({"userName":"ada"})";
        client.send("POST /scim/v2/Users HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) +
                    "\r\nExpect: 100-continue\r\n\r\n");
        auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 100);
        QVERIFY(client.unparsed().isEmpty());
        QCOMPARE(m_probe->calls.load(), 0);
        client.send(body);
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"body"_s).toString().toUtf8(), body);
    }

    void headerSectionTooLarge()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        QByteArray headers;
        for (int i = 0; i < 64; ++i)
            headers += "X-Fill-" + QByteArray::number(i) + ": " + QByteArray(1024, 'h') + "\r\n";
        client.send(get("/big", headers));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(response->json().value(u"detail"_s).toString(), u"request header section exceeds the 32 KiB limit"_s);
        QVERIFY(client.waitClosed());

        // Too many fields, each small.
        RawClient many(port);
        QVERIFY(many.waitConnected());
        QByteArray fields;
        for (int i = 0; i < 150; ++i)
            fields += "X-" + QByteArray::number(i) + ": 1\r\n";
        many.send(get("/many", fields));
        const auto tooMany = many.read();
        QVERIFY(tooMany);
        QCOMPARE(tooMany->status, 431);
        QCOMPARE(m_probe->calls.load(), 0);
    }

    void customErrorResponse()
    {
        ListenerConfig config;
        config.maxHeaderBytes = 1024;
        config.errorResponse = [](int status, const QString &detail) {
            HttpResponse response;
            response.status = status;
            response.setHeader("Content-Type", "application/scim+json");
            response.setHeader("Content-Length", "99999"); // the transport frames, not the builder
            response.body = "custom:" + detail.toUtf8();
            return response;
        };
        const quint16 port = startListener(config);
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/x", "X-Fill: " + QByteArray(2048, 'h') + "\r\n"));
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(response->header("Content-Type"), QByteArray("application/scim+json"));
        QCOMPARE(response->body, QByteArray("custom:request header section exceeds the 1 KiB limit"));
    }

    void connectionLimit()
    {
        ListenerConfig config;
        config.maxConnections = 2;
        const quint16 port = startListener(config);
        QVERIFY(port != 0);

        auto first = std::make_unique<RawClient>(port);
        RawClient second(port);
        for (RawClient *client : {first.get(), &second}) {
            QVERIFY(client->waitConnected());
            client->send(get("/held"));
            QVERIFY(client->read());
        }

        RawClient third(port);
        QVERIFY(third.waitConnected());
        const auto refused = third.read();
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
        QCOMPARE(refused->header("Connection"), QByteArray("close"));
        QCOMPARE(refused->json().value(u"detail"_s).toString(), u"too many open connections (limit 2)"_s);
        QVERIFY(third.waitClosed());

        // A slot frees up once the server has seen a connection close (the expression has side effects, so
        // no QTRY_ macro, which evaluates it again after success).
        first->socket().disconnectFromHost();
        first.reset();
        bool servedAgain = false;
        QElapsedTimer timer;
        timer.start();
        while (!servedAgain && timer.elapsed() < 5000) {
            RawClient fourth(port);
            QVERIFY(fourth.waitConnected());
            fourth.send(get("/again"));
            const auto response = fourth.read(2000);
            QVERIFY(response);
            servedAgain = response->status == 200;
            if (!servedAgain) {
                QCOMPARE(response->status, 503);
                QTest::qWait(10);
            }
        }
        QVERIFY(servedAgain);
        QVERIFY(second.isOpen());
    }

    void idleConnectionIsClosed()
    {
        ListenerConfig config;
        config.idleTimeoutMs = 300;
        config.requestTimeoutMs = 5000;
        const quint16 port = startListener(config);
        QVERIFY(port != 0);

        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/once"));
        QVERIFY(client.read());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.waitClosed(5000));
        QVERIFY2(timer.elapsed() >= 250, QByteArray::number(timer.elapsed()).constData());
        QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(client.unparsed().isEmpty()); // closed silently, no 408

        // A connection that never sends anything is idle too.
        RawClient silent(port);
        QVERIFY(silent.waitConnected());
        QVERIFY(silent.waitClosed(5000));
    }

    void slowRequestDoesNotBlockOthers_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::newRow("half-sent headers") << QByteArray("GET /slow HTTP/1.1\r\nHost: test\r\nX-Sl");
        QTest::newRow("half-sent body") << QByteArray("POST /slow HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n"
                                                      "0123456789");
    }
    void slowRequestDoesNotBlockOthers()
    {
        QFETCH(QByteArray, partial);
        ListenerConfig config;
        config.requestTimeoutMs = 400;
        config.idleTimeoutMs = 10'000;
        const quint16 port = startListener(config);
        QVERIFY(port != 0);

        RawClient slow(port);
        QVERIFY(slow.waitConnected());
        QElapsedTimer timer;
        timer.start();
        slow.send(partial);

        RawClient quick(port);
        QVERIFY(quick.waitConnected());
        quick.send(get("/quick"));
        const auto answered = quick.read(5000);
        QVERIFY(answered);
        QCOMPARE(answered->status, 200);
        QVERIFY2(timer.elapsed() < 300, QByteArray::number(timer.elapsed()).constData());

        const auto timedOut = slow.read(5000);
        QVERIFY(timedOut);
        QCOMPARE(timedOut->status, 408);
        QVERIFY2(timer.elapsed() >= 350, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(slow.waitClosed());
        QCOMPARE(m_probe->calls.load(), 1);
        QVERIFY(quick.isOpen());
    }

    void connectionCloseHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<QByteArray>("connectionHeader");
        QTest::newRow("1.1 close") << QByteArray("GET /c HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n") << true
                                   << QByteArray("close");
        QTest::newRow("1.1 keep-alive, close")
            << QByteArray("GET /c HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n") << true << QByteArray("close");
        QTest::newRow("1.0 default") << QByteArray("GET /c HTTP/1.0\r\n\r\n") << true << QByteArray("close");
        QTest::newRow("1.0 keep-alive") << QByteArray("GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false
                                        << QByteArray("keep-alive");
        QTest::newRow("1.1 default") << QByteArray("GET /c HTTP/1.1\r\nHost: t\r\n\r\n") << false << QByteArray();
    }
    void connectionCloseHonoured()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, closes);
        QFETCH(QByteArray, connectionHeader);
        ListenerConfig config;
        config.idleTimeoutMs = 10'000;
        const quint16 port = startListener(config);
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(request);
        const auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection"), connectionHeader);
        if (closes) {
            QVERIFY(client.waitClosed(3000));
        } else {
            QVERIFY(!client.waitClosed(200));
            client.send(request);
            QVERIFY(client.read());
        }
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/one") + post("/two", "second body") + "DELETE /three HTTP/1.1\r\nHost: t\r\n\r\n" +
                    post("/four", "x", "Connection: close\r\n") + get("/never-served"));
        const QStringList expected = {u"/one"_s, u"/two"_s, u"/three"_s, u"/four"_s};
        for (const QString &path : expected) {
            const auto response = client.read();
            QVERIFY2(response, qPrintable(path));
            QCOMPARE(response->json().value(u"path"_s).toString(), path);
            if (path == u"/two")
                QCOMPARE(response->json().value(u"body"_s).toString(), u"second body"_s);
        }
        QVERIFY(client.waitClosed());
        QVERIFY(client.unparsed().isEmpty());
        QCOMPARE(m_probe->calls.load(), 4);
    }

    void pipelinedRequestBeforeRefusedOneIsAnsweredFirst()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/ok") + "POST /big HTTP/1.1\r\nHost: t\r\nContent-Length: 5000000\r\n\r\n");
        auto response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json().value(u"path"_s).toString(), u"/ok"_s);
        response = client.read();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(client.waitClosed());
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("TLS hello") << QByteArray::fromHex("160301020001000200") << 400;
        QTest::newRow("no version") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("GET / HTTX/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
        QTest::newRow("bad Content-Length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n") << 400;
        QTest::newRow("negative Content-Length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                                     << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
        QTest::newRow("control char in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400;
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const quint16 port = startListener();
        QVERIFY(port != 0);
        RawClient bad(port);
        QVERIFY(bad.waitConnected());
        bad.send(bytes);
        const auto response = bad.read();
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QVERIFY(bad.waitClosed());

        RawClient good(port);
        QVERIFY(good.waitConnected());
        good.send(get("/fine"));
        const auto fine = good.read();
        QVERIFY(fine);
        QCOMPARE(fine->status, 200);
        QCOMPARE(m_probe->calls.load(), 1);
    }

    void takenPortGivesClearError()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        Probe probe;
        Listener second([&probe] { return std::make_unique<EchoHandler>(&probe); });
        ListenerConfig config;
        config.port = port;
        const auto result = second.start(config);
        QVERIFY(!result);
        QCOMPARE(result.error(), u"address 127.0.0.1:%1 is already in use"_s.arg(port));
        QVERIFY(!second.isRunning());
        second.stop();
    }

    void stopIsIdempotentAndRestartable()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        QVERIFY(m_listener->isRunning());
        QCOMPARE(m_listener->port(), port);
        QCOMPARE(m_listener->address(), QHostAddress(QHostAddress::LocalHost));
        RawClient open(port);
        QVERIFY(open.waitConnected());
        open.send(get("/x"));
        QVERIFY(open.read());

        m_listener->stop();
        QVERIFY(!m_listener->isRunning());
        QVERIFY(open.waitClosed()); // stop() closes connections
        m_listener->stop();
        QVERIFY(!m_listener->isRunning());

        ListenerConfig config;
        config.port = port;
        const auto again = m_listener->start(config);
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE(*again, port);
        QVERIFY(!m_listener->start(config)); // already running
    }

    void handlerRunsInListenerThread()
    {
        const quint16 port = startListener();
        QVERIFY(port != 0);
        std::unique_ptr<QNetworkReply> reply(send("GET", port, "/thread"));
        QVERIFY(finished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QThread *handlerThread = m_probe->thread.load();
        QVERIFY(handlerThread != nullptr);
        QVERIFY(handlerThread != QThread::currentThread());
        QVERIFY(handlerThread != thread());
    }

    void requestServedIsEmitted()
    {
        ListenerConfig config;
        config.maxHeaderBytes = 1024;
        const quint16 port = startListener(config);
        QVERIFY(port != 0);
        QSignalSpy served(m_listener.get(), &Listener::requestServed);
        RawClient client(port);
        QVERIFY(client.waitConnected());
        client.send(get("/scim/v2/Users?filter=x"));
        QVERIFY(client.read());
        QTRY_COMPARE(served.size(), 1);
        QCOMPARE(served.at(0).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(served.at(0).at(1).toByteArray(), QByteArray("/scim/v2/Users"));
        QCOMPARE(served.at(0).at(2).toInt(), 200);
        QVERIFY(served.at(0).at(3).toLongLong() >= 0);

        client.send(get("/too-big", "X-Fill: " + QByteArray(2048, 'h') + "\r\n"));
        QVERIFY(client.read());
        QTRY_COMPARE(served.size(), 2);
        QCOMPARE(served.at(1).at(1).toByteArray(), QByteArray("/too-big"));
        QCOMPARE(served.at(1).at(2).toInt(), 431);
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
