// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScimServer.h"

#include <QAtomicInteger>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcScim)

namespace scimdesk {

namespace {
QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInteger<quint64> counter;
    return QString::fromLatin1(prefix) + QString::number(counter.fetchAndAddRelaxed(1));
}
} // namespace

ScimServer::ScimServer(QString databaseLocation, ServiceConfig config, QObject *parent)
    : QObject(parent), m_location(std::move(databaseLocation)), m_config(std::move(config)),
      m_listener([this]() -> std::unique_ptr<RequestHandler> {
          auto db = Database::open(m_location, uniqueConnectionName("scimdesk-listener-"));
          if (!db) {
              qCCritical(lcScim) << "the listener cannot open the database:" << db.error();
              return nullptr;
          }
          return std::make_unique<ScimService>(std::move(*db), m_config);
      })
{}

ScimServer::~ScimServer()
{
    stop();
}

std::expected<quint16, QString> ScimServer::start(ListenerConfig config)
{
    {
        // Open once here so a bad path or a too-new schema is reported before binding.
        auto db = Database::open(m_location, uniqueConnectionName("scimdesk-check-"));
        if (!db)
            return std::unexpected(db.error());
    }
    if (!config.errorResponse) {
        config.errorResponse = [](int status, const QString &detail) {
            return ScimService::errorResponse(ScimError{status, QString(), detail});
        };
    }
    return m_listener.start(config);
}

void ScimServer::stop()
{
    m_listener.stop();
}

QString ScimServer::baseUrl(const QString &directory) const
{
    QString host = m_listener.address().toString();
    if (m_listener.address().protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return (m_listener.isTls() ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':' +
           QString::number(m_listener.port()) + QStringLiteral("/scim/v2/") + directory;
}

} // namespace scimdesk
