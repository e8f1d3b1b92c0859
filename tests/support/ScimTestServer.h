// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A ScimServer on a loopback port chosen by the system, over a temporary database with one directory, and a
// synchronous HTTP client that talks to it over real sockets.

#include "service/DirectoryAdmin.h"
#include "service/ScimServer.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace scimdesk::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    // True when the body is a SCIM Error with the given status (and scimType when given).
    bool isScimError(int expectedStatus, const QString &scimType = {}) const
    {
        const QJsonObject o = json();
        return status == expectedStatus &&
               o.value(QLatin1StringView("schemas"))
                   .toArray()
                   .contains(QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error")) &&
               o.value(QLatin1StringView("status")).toString() == QString::number(expectedStatus) &&
               !o.value(QLatin1StringView("detail")).toString().isEmpty() &&
               (scimType.isEmpty() || o.value(QLatin1StringView("scimType")).toString() == scimType);
    }
};

inline QByteArray readTestData(const QString &relative)
{
    QFile f(QStringLiteral(SCIMDESK_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(relative));
    return f.readAll();
}

class HttpClient
{
public:
    HttpClient() = default;
    // A client for HTTPS that trusts what `tls` says (e.g. exactly one self-signed certificate).
    explicit HttpClient(const QSslConfiguration &tls) : m_tls(tls) {}

    // Okta's request headers (okta-scim-wire.md §1.2).
    static QList<QPair<QByteArray, QByteArray>> oktaHeaders()
    {
        return {{"User-Agent", "Okta SCIM Client 1.0.0"},
                {"Accept", "application/scim+json"},
                {"Accept-Charset", "utf-8"},
                {"Content-Type", "application/scim+json; charset=utf-8"}};
    }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &authorization,
               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = oktaHeaders())
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(30'000);
        if (m_tls)
            request.setSslConfiguration(*m_tls);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        for (const auto &[k, v] : extraHeaders)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        r.error = reply->error();
        reply->deleteLater();
        return r;
    }

private:
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager m_manager;
};

class ScimTestServer
{
public:
    explicit ScimTestServer(const QString &directory = QStringLiteral("acme"),
                            const QString &profile = QStringLiteral("generic"), ServiceConfig config = {})
    {
        if (!m_dir.isValid())
            qFatal("cannot create a temporary directory");
        m_databasePath = m_dir.filePath(QStringLiteral("scimdesk.sqlite"));
        token = addDirectory(directory, profile);
        m_server = std::make_unique<ScimServer>(m_databasePath, std::move(config));
        auto port = m_server->start(ListenerConfig{});
        if (!port)
            qFatal("cannot start the test server: %s", qPrintable(port.error()));
        m_directory = directory;
    }

    // Creates another directory in the same database and returns its token.
    QByteArray addDirectory(const QString &name, const QString &profile = QStringLiteral("generic"),
                            const QString &adminAttribute = {})
    {
        auto db = Database::open(m_databasePath, QStringLiteral("test-admin-") + name);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error()));
        DirectoryAdmin::NewDirectory spec;
        spec.name = name;
        spec.profile = profile;
        spec.adminAttribute = adminAttribute;
        auto created = DirectoryAdmin(**db).create(spec, QDateTime::currentMSecsSinceEpoch());
        if (!created)
            qFatal("cannot create the test directory: %s", qPrintable(created.error()));
        return created->token;
    }

    QString databasePath() const { return m_databasePath; }
    quint16 port() const { return m_server->listener().port(); }
    QString baseUrl(const QString &directory = {}) const
    {
        return m_server->baseUrl(directory.isEmpty() ? m_directory : directory);
    }
    QUrl url(const QString &pathAndQuery, const QString &directory = {}) const
    {
        return QUrl::fromEncoded((baseUrl(directory) + pathAndQuery).toUtf8(), QUrl::StrictMode);
    }
    void stop() { m_server->stop(); }

    // Requests with this directory's token, as Okta's "HTTP Header" authentication sends it.
    Reply get(const QString &path) { return m_client.send("GET", url(path), {}, "Bearer " + token); }
    Reply post(const QString &path, const QByteArray &body)
    {
        return m_client.send("POST", url(path), body, "Bearer " + token);
    }
    Reply put(const QString &path, const QByteArray &body)
    {
        return m_client.send("PUT", url(path), body, "Bearer " + token);
    }
    Reply patch(const QString &path, const QByteArray &body)
    {
        return m_client.send("PATCH", url(path), body, "Bearer " + token);
    }
    Reply del(const QString &path) { return m_client.send("DELETE", url(path), {}, "Bearer " + token); }
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &authorization,
               const QList<QPair<QByteArray, QByteArray>> &headers = HttpClient::oktaHeaders())
    {
        return m_client.send(method, url(path), body, authorization, headers);
    }
    // A request to another directory of the same database.
    Reply sendTo(const QString &directory, const QByteArray &method, const QString &path, const QByteArray &body,
                 const QByteArray &authorization)
    {
        return m_client.send(method, url(path, directory), body, authorization, HttpClient::oktaHeaders());
    }

    QByteArray token;

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    QString m_directory;
    std::unique_ptr<ScimServer> m_server;
    HttpClient m_client;
};

// JSON written with ` for an escaped quote (\"): moc 6.4 cannot parse raw string literals that contain \".
inline QByteArray jq(const char *text)
{
    return QByteArray(text).replace('`', "\\\"");
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace scimdesk::test
