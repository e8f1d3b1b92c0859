// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScimService.h"
#include "http/Listener.h"

#include <QObject>
#include <QString>

#include <expected>

namespace scimdesk {

// The SCIM listener with its service: opens the database in the listener's own thread and serves every
// directory in it. Used by `scimdesk serve` and by the console.
class ScimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScimServer)

public:
    ScimServer(QString databaseLocation, ServiceConfig config, QObject *parent = nullptr);
    ~ScimServer() override;

    // Checks the database opens (and migrates it), then binds. Returns the port or a plain message.
    std::expected<quint16, QString> start(ListenerConfig config);
    void stop();

    Listener &listener() { return m_listener; }
    QString baseUrl(const QString &directory) const; // e.g. http://127.0.0.1:7643/scim/v2/acme (https:// with TLS)

private:
    QString m_location;
    ServiceConfig m_config;
    Listener m_listener;
};

} // namespace scimdesk
