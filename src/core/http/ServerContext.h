// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "Listener.h"
#include "RequestFramer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QSslConfiguration>

#include <functional>

namespace scimdesk::http {

// What the front controller and the connection guard share inside the listener thread: configuration, the
// handler, one monotonic clock, the cached Date header, and the way back to Listener::requestServed.
// Lives on the listener thread's stack for as long as the server runs; used from that thread only.
class ServerContext final
{
    Q_DISABLE_COPY_MOVE(ServerContext)

public:
    // Reports a written response; installed by Listener, emits requestServed when someone listens.
    using ServedCallback =
        std::function<void(const QByteArray &method, const QByteArray &target, int status, qint64 latencyUs)>;

    ServerContext(const ListenerConfig &config, ServedCallback served);

    const ListenerConfig &config() const { return m_config; }
    const RequestFramer::Limits &limits() const { return m_limits; }
    bool tlsEnabled() const { return m_config.tlsEnabled(); }
    const QSslConfiguration &tlsConfiguration() const { return m_tls; } // server side, built once

    RequestHandler *handler() const { return m_handler; }
    void setHandler(RequestHandler *handler) { m_handler = handler; }

    qint64 nowMs() const { return m_clock.elapsed(); }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    const QByteArray &httpDate(); // refreshed once a second

    // config.errorResponse, or the default JSON when it is unset or throws.
    HttpResponse errorResponse(int status, const QString &detail) const;

    void served(const QByteArray &method, const QByteArray &target, int status, qint64 latencyUs) const
    {
        if (m_served)
            m_served(method, target, status, latencyUs);
    }

private:
    ListenerConfig m_config;
    RequestFramer::Limits m_limits;
    QSslConfiguration m_tls;
    ServedCallback m_served;
    RequestHandler *m_handler = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_date;
    qint64 m_dateSecs = -1;
};

} // namespace scimdesk::http
