// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listener.h"

#include "ConnectionGuard.h"
#include "FrontController.h"
#include "HttpLogging.h"
#include "HttpWire.h"
#include "ServerContext.h"

#include <QDateTime>
#include <QMetaMethod>
#include <QSslSocket>
#include <QThread>

#include <exception>
#include <future>

Q_LOGGING_CATEGORY(lcHttp, "scimdesk.http", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace scimdesk {

using http::FrontController;
using http::GuardedTcpServer;
using http::ServerContext;

namespace {

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return host + u':' + QString::number(port);
}

QString describeListenError(const QTcpServer &server, const QHostAddress &address, quint16 port)
{
    const QString where = hostPort(address, port);
    switch (server.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return u"address %1 is already in use"_s.arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return u"address %1 is not available on this machine"_s.arg(where);
    case QAbstractSocket::SocketAccessError:
        return u"not permitted to listen on %1"_s.arg(where);
    default:
        return u"cannot listen on %1: %2"_s.arg(where, server.errorString());
    }
}

using StartResult = std::expected<quint16, QString>;

// Owns everything that lives in the listener thread; all of it is created and destroyed in run().
class ListenerThread final : public QThread
{
public:
    ListenerThread(Listener::HandlerFactory factory, const ListenerConfig &config, ServerContext::ServedCallback served)
        : m_factory(std::move(factory)), m_config(config), m_served(std::move(served))
    {
        setObjectName(u"scimdesk-http"_s);
    }

    std::future<StartResult> startResult() { return m_started.get_future(); }

protected:
    void run() override
    {
        ServerContext context(m_config, m_served);
        std::unique_ptr<RequestHandler> handler;
        try {
            handler = m_factory ? m_factory() : nullptr;
        } catch (const std::exception &e) {
            m_started.set_value(
                std::unexpected(u"cannot create the request handler: %1"_s.arg(QString::fromLocal8Bit(e.what()))));
            return;
        } catch (...) {
            m_started.set_value(std::unexpected(u"cannot create the request handler"_s));
            return;
        }
        if (!handler) {
            m_started.set_value(std::unexpected(u"cannot create the request handler"_s));
            return;
        }
        context.setHandler(handler.get());
        {
            // Declared after the handler, so destroyed before it: sockets go first, then the handler.
            FrontController front(context);
            auto *server = new GuardedTcpServer(context, &front);
            if (!server->listen(m_config.address, m_config.port)) {
                const QString message = describeListenError(*server, m_config.address, m_config.port);
                delete server;
                m_started.set_value(std::unexpected(message));
                return;
            }
            front.bind(server); // parents the server to front
            const quint16 port = server->serverPort();
            qCInfo(lcHttp, "listening on %s%s", qPrintable(hostPort(m_config.address, port)),
                   m_config.tlsEnabled() ? " (HTTPS)" : "");
            m_started.set_value(port);
            exec();
            qCInfo(lcHttp, "stopped listening on %s", qPrintable(hostPort(m_config.address, port)));
        }
    }

private:
    Listener::HandlerFactory m_factory;
    ListenerConfig m_config;
    ServerContext::ServedCallback m_served;
    std::promise<StartResult> m_started;
};

} // namespace

class Listener::Private
{
public:
    HandlerFactory factory;
    std::unique_ptr<ListenerThread> thread;
    QHostAddress address;
    quint16 port = 0;
    bool tls = false;
};

// ---------------------------------------------------------------------------------------------------------
// ServerContext

namespace http {

ServerContext::ServerContext(const ListenerConfig &config, ServedCallback served)
    : m_config(config), m_served(std::move(served))
{
    m_limits.maxBodyBytes = config.maxBodyBytes;
    m_limits.maxHeaderBytes = config.maxHeaderBytes;
    m_limits.maxHeaderFields = config.maxHeaderFields;
    if (config.tlsEnabled()) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificateChain(config.tlsCertificateChain);
        m_tls.setPrivateKey(config.tlsPrivateKey);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with bearer tokens
        m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    }
    m_clock.start();
}

const QByteArray &ServerContext::httpDate()
{
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    if (secs != m_dateSecs) {
        m_dateSecs = secs;
        m_date = formatHttpDate(secs);
    }
    return m_date;
}

HttpResponse ServerContext::errorResponse(int status, const QString &detail) const
{
    if (m_config.errorResponse) {
        try {
            return m_config.errorResponse(status, detail);
        } catch (const std::exception &e) {
            qCCritical(lcHttp, "errorResponse threw: %s", e.what());
        } catch (...) {
            qCCritical(lcHttp, "errorResponse threw");
        }
    }
    return defaultErrorResponse(status, detail);
}

} // namespace http

// ---------------------------------------------------------------------------------------------------------
// Listener

Listener::Listener(HandlerFactory factory, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->factory = std::move(factory);
}

Listener::~Listener()
{
    stop();
}

std::expected<quint16, QString> Listener::start(const ListenerConfig &config)
{
    if (d->thread)
        return std::unexpected(u"the listener is already running on %1"_s.arg(hostPort(d->address, d->port)));
    if (config.maxBodyBytes < 0 || config.maxHeaderBytes <= 0 || config.maxConnections <= 0 ||
        config.idleTimeoutMs <= 0 || config.requestTimeoutMs <= 0 || config.maxHeaderFields <= 0) {
        return std::unexpected(u"invalid listener limits"_s);
    }
    if (config.tlsEnabled()) {
        if (!QSslSocket::supportsSsl())
            return std::unexpected(u"TLS is not available: Qt found no usable OpenSSL library"_s);
        if (config.tlsCertificateChain.first().isNull() || config.tlsPrivateKey.isNull() ||
            config.tlsPrivateKey.type() != QSsl::PrivateKey) {
            return std::unexpected(u"TLS needs a certificate and its private key"_s);
        }
    }

    ListenerConfig effective = config;
    if (!effective.errorResponse)
        effective.errorResponse = http::defaultErrorResponse;
    // Runs in the listener thread. The path is cut out of the target only when someone listens.
    auto served = [this](const QByteArray &method, const QByteArray &target, int status, qint64 latencyUs) {
        static const QMetaMethod signal = QMetaMethod::fromSignal(&Listener::requestServed);
        if (!isSignalConnected(signal))
            return;
        const qsizetype query = target.indexOf('?');
        Q_EMIT requestServed(method, query < 0 ? target : target.left(query), status, latencyUs);
    };
    auto thread = std::make_unique<ListenerThread>(d->factory, effective, std::move(served));
    std::future<StartResult> started = thread->startResult();
    thread->start();
    StartResult result = started.get();
    if (!result) {
        thread->wait();
        return result;
    }
    d->thread = std::move(thread);
    d->address = config.address;
    d->port = *result;
    d->tls = config.tlsEnabled();
    return result;
}

void Listener::stop()
{
    if (!d->thread)
        return;
    d->thread->quit();
    d->thread->wait();
    d->thread.reset();
    d->port = 0;
}

bool Listener::isRunning() const
{
    return d->thread != nullptr;
}

bool Listener::isTls() const
{
    return d->tls;
}

quint16 Listener::port() const
{
    return d->port;
}

QHostAddress Listener::address() const
{
    return d->address;
}

} // namespace scimdesk
