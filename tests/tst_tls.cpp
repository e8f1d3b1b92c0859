// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS on the listener: PEM loading and the self-signed certificate, then real TLS over loopback with clients
// that trust exactly that certificate (never "ignore all SSL errors").

#include "http/TlsIdentity.h"
#include "support/ScimTestServer.h"

#include <QDir>
#include <QRegularExpression>
#include <QSslConfiguration>

#include <sys/stat.h>

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

const QString kUserSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The error of a std::expected for a failure message, without touching error() when there is a value.
template <typename T>
QByteArray why(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toLocal8Bit();
}

QSslConfiguration trusting(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(certificates);
    return c;
}

// One TLS connection driven by hand, so a test knows exactly how many connections it holds.
class RawTlsClient
{
public:
    bool connect(quint16 port, const QSslConfiguration &tls)
    {
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForEncrypted(10'000);
    }
    QAbstractSocket::SocketError error() const { return m_socket.error(); }

    // Sends a keep-alive GET and returns the response status (0 when none arrived).
    int get(const QByteArray &target, const QByteArray &authorization)
    {
        m_socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/scim+json\r\n" +
                       "Authorization: " + authorization + "\r\n\r\n");
        QByteArray data;
        qsizetype end = -1;
        while ((end = data.indexOf("\r\n\r\n")) < 0) {
            if (!m_socket.waitForReadyRead(10'000))
                return 0;
            data += m_socket.readAll();
        }
        const QByteArray head = data.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        while (data.size() < end + 4 + length) {
            if (!m_socket.waitForReadyRead(10'000))
                return 0;
            data += m_socket.readAll();
        }
        return data.mid(9, 3).toInt();
    }

private:
    QSslSocket m_socket;
};

} // namespace

class TestTls final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    QByteArray m_token;
    QString m_database;

    std::unique_ptr<ScimServer> startServer(int maxConnections = 256)
    {
        auto server = std::make_unique<ScimServer>(m_database, ServiceConfig{});
        ListenerConfig config;
        config.maxConnections = maxConnections;
        config.tlsCertificateChain = m_identity.chain;
        config.tlsPrivateKey = m_identity.privateKey;
        const auto port = server->start(config);
        if (!port) {
            qWarning() << "cannot start:" << port.error();
            return nullptr;
        }
        return server;
    }

    QUrl usersUrl(const ScimServer &server) const { return QUrl(server.baseUrl(QStringLiteral("acme")) + u"/Users"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        const auto identity =
            TlsIdentity::selfSigned(m_dir.filePath(QStringLiteral("server")), QStringLiteral("tst-host"));
        QVERIFY2(identity.has_value(), why(identity).constData());
        m_identity = *identity;

        m_database = m_dir.filePath(QStringLiteral("scimdesk.sqlite"));
        auto db = Database::open(m_database, QStringLiteral("tst-tls-admin"));
        QVERIFY2(db.has_value(), why(db).constData());
        DirectoryAdmin::NewDirectory spec;
        spec.name = QStringLiteral("acme");
        spec.profile = QStringLiteral("generic");
        auto created = DirectoryAdmin(**db).create(spec, QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(created.has_value(), why(created).constData());
        m_token = "Bearer " + created->token;
    }

    void selfSignedCertificate()
    {
        const QString dir = m_dir.filePath(QStringLiteral("self"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto first = TlsIdentity::selfSigned(dir, QStringLiteral("Build-Box.example"), now);
        QVERIFY2(first.has_value(), why(first).constData());
        QVERIFY(first->generated);
        QVERIFY(first->warnings.isEmpty());
        QCOMPARE(first->chain.size(), 1);
        QVERIFY(!first->privateKey.isNull());
        QCOMPARE(first->privateKey.algorithm(), QSsl::Ec);
        QCOMPARE(first->privateKey.length(), 256);

        const QSslCertificate &cert = first->chain.first();
        QVERIFY(cert.isSelfSigned());
        const auto san = cert.subjectAlternativeNames();
        QVERIFY(san.contains(QSsl::DnsEntry, QStringLiteral("localhost")));
        QVERIFY(san.contains(QSsl::DnsEntry, QStringLiteral("build-box.example")));
        QVERIFY(san.contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1")));
        QCOMPARE(san.size(), 3);
        QVERIFY(cert.effectiveDate() <= now);
        QVERIFY(cert.effectiveDate() >= now.addSecs(-120));
        QVERIFY(qAbs(cert.expiryDate().secsTo(now.addDays(365))) <= 2);

        QString fingerprint = first->sha256Fingerprint();
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fingerprint).hasMatch(),
                 qPrintable(fingerprint));
        QCOMPARE(fingerprint.remove(u':').toLower().toLatin1(), cert.digest(QCryptographicHash::Sha256).toHex());

        const QString keyFile = TlsIdentity::selfSignedKeyFile(dir);
        QCOMPARE(fileMode(keyFile), 0600);
        QVERIFY(readBytes(keyFile).startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(readBytes(TlsIdentity::selfSignedCertificateFile(dir)).startsWith("-----BEGIN CERTIFICATE-----"));

        // The next start reuses it while it is valid.
        const auto second = TlsIdentity::selfSigned(dir, QStringLiteral("build-box.example"), now.addDays(30));
        QVERIFY2(second.has_value(), why(second).constData());
        QVERIFY(!second->generated);
        QCOMPARE(second->sha256Fingerprint(), first->sha256Fingerprint());
        QCOMPARE(second->privateKey.toPem(), first->privateKey.toPem());

        // Close to expiry (or expired) it is replaced, still 0600 even when the old file was loosened.
        QVERIFY(QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const auto renewed = TlsIdentity::selfSigned(dir, QStringLiteral("build-box.example"), now.addDays(365));
        QVERIFY2(renewed.has_value(), why(renewed).constData());
        QVERIFY(renewed->generated);
        QVERIFY(renewed->sha256Fingerprint() != first->sha256Fingerprint());
        QCOMPARE(fileMode(keyFile), 0600);
    }

    void pemLoading()
    {
        const QString dir = m_dir.filePath(QStringLiteral("server"));
        const QString cert = TlsIdentity::selfSignedCertificateFile(dir);
        const QString key = TlsIdentity::selfSignedKeyFile(dir);

        const auto loaded = TlsIdentity::loadPem(cert, key);
        QVERIFY2(loaded.has_value(), why(loaded).constData());
        QVERIFY(loaded->warnings.isEmpty());
        QCOMPARE(loaded->sha256Fingerprint(), m_identity.sha256Fingerprint());
        QCOMPARE(loaded->privateKey.toPem(), m_identity.privateKey.toPem());

        // A chain: leaf first, then the rest, in one file.
        const QString other = m_dir.filePath(QStringLiteral("other"));
        const auto otherIdentity = TlsIdentity::selfSigned(other, QStringLiteral("other-host"));
        QVERIFY2(otherIdentity.has_value(), why(otherIdentity).constData());
        const QString chainFile = m_dir.filePath(QStringLiteral("chain.pem"));
        QVERIFY(writeBytes(chainFile, readBytes(cert) + readBytes(TlsIdentity::selfSignedCertificateFile(other))));
        const auto chain = TlsIdentity::loadPem(chainFile, key);
        QVERIFY2(chain.has_value(), why(chain).constData());
        QCOMPARE(chain->chain.size(), 2);
        QCOMPARE(chain->sha256Fingerprint(), m_identity.sha256Fingerprint());

        const QString missing = m_dir.filePath(QStringLiteral("nope.pem"));
        auto r = TlsIdentity::loadPem(missing, key);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(missing) && r.error().contains(QStringLiteral("does not exist")),
                 qPrintable(r.error()));
        r = TlsIdentity::loadPem(cert, missing);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("private key file")) && r.error().contains(missing),
                 qPrintable(r.error()));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
        QVERIFY(writeBytes(garbage, "this is not a certificate\n"));
        r = TlsIdentity::loadPem(garbage, key);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("is not a PEM certificate")), qPrintable(r.error()));
        // Certificate and key swapped.
        r = TlsIdentity::loadPem(key, cert);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("is not a PEM")), qPrintable(r.error()));
        r = TlsIdentity::loadPem(cert, garbage);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("is not a PEM private key")), qPrintable(r.error()));

        const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.key"));
        QVERIFY(writeBytes(encrypted,
                           "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"));
        r = TlsIdentity::loadPem(cert, encrypted);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("encrypted")), qPrintable(r.error()));

        r = TlsIdentity::loadPem(cert, TlsIdentity::selfSignedKeyFile(other));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("does not match")), qPrintable(r.error()));

        // Expired: still loads, with a warning.
        const auto expired = TlsIdentity::loadPem(cert, key, QDateTime::currentDateTimeUtc().addDays(400));
        QVERIFY2(expired.has_value(), why(expired).constData());
        QCOMPARE(expired->warnings.size(), 1);
        QVERIFY2(expired->warnings.first().contains(QStringLiteral("expired")), qPrintable(expired->warnings.first()));
    }

    void listenerRefusesIncompleteTls()
    {
        ScimServer server(m_database, ServiceConfig{});
        ListenerConfig config;
        config.tlsCertificateChain = m_identity.chain; // no key
        const auto port = server.start(config);
        QVERIFY(!port);
        QVERIFY2(port.error().contains(QStringLiteral("private key")), qPrintable(port.error()));
    }

    void scimOverHttps()
    {
        const auto server = startServer();
        QVERIFY(server);
        QVERIFY(server->listener().isTls());
        QVERIFY(server->baseUrl(QStringLiteral("acme")).startsWith(QStringLiteral("https://127.0.0.1:")));
        HttpClient client(trusting(m_identity.chain));

        Reply r = client.send("GET", usersUrl(*server), {}, m_token);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);

        const QJsonObject user{{QStringLiteral("schemas"), QJsonArray{kUserSchema}},
                               {QStringLiteral("userName"), QStringLiteral("tls.user@example.com")},
                               {QStringLiteral("active"), true}};
        r = client.send("POST", usersUrl(*server), json(user), m_token);
        QCOMPARE(r.status, 201);
        const QString location =
            r.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("location")).toString();
        QVERIFY2(location.startsWith(server->baseUrl(QStringLiteral("acme")) + u"/Users/"), qPrintable(location));
        QVERIFY(location.startsWith(QStringLiteral("https://")));

        r = client.send("GET", QUrl(location), {}, m_token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("userName")).toString(), QStringLiteral("tls.user@example.com"));
        QVERIFY(r.json()
                    .value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("location"))
                    .toString()
                    .startsWith(QStringLiteral("https://")));
    }

    void untrustedClientFailsOthersServed()
    {
        // Two slots: one kept by a trusted keep-alive connection, the other taken by each failed handshake in
        // turn; if a failed handshake kept its slot, the later trusted connection would get 503.
        const auto server = startServer(2);
        QVERIFY(server);
        const quint16 port = server->listener().port();
        const QByteArray target = usersUrl(*server).path(QUrl::FullyEncoded).toLatin1();
        RawTlsClient kept;
        QVERIFY(kept.connect(port, trusting(m_identity.chain)));
        QCOMPARE(kept.get(target, m_token), 200);

        for (int i = 0; i < 4; ++i) {
            RawTlsClient untrusted;
            QVERIFY(!untrusted.connect(port, QSslConfiguration::defaultConfiguration()));
            QCOMPARE(untrusted.error(), QAbstractSocket::SslHandshakeFailedError);
        }
        HttpClient untrustedNam(QSslConfiguration::defaultConfiguration());
        const Reply refused = untrustedNam.send("GET", usersUrl(*server), {}, m_token);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(refused.status, 0);
        // Plain HTTP to the HTTPS port gets no answer either.
        QUrl plain = usersUrl(*server);
        plain.setScheme(QStringLiteral("http"));
        HttpClient http;
        const Reply cleartext = http.send("GET", plain, {}, m_token);
        QVERIFY(cleartext.error != QNetworkReply::NoError);
        QCOMPARE(cleartext.status, 0);

        QCOMPARE(kept.get(target, m_token), 200);
        // The server notices a failed handshake when the client's alert arrives: allow it a moment. Each try
        // is a new connection that holds the free slot until the server sees it closed, hence no QTRY here.
        std::unique_ptr<RawTlsClient> fresh;
        int status = 0;
        for (int i = 0; i < 100 && status != 200; ++i) {
            if (i > 0) {
                fresh.reset();
                QTest::qWait(50);
            }
            fresh = std::make_unique<RawTlsClient>();
            status = fresh->connect(port, trusting(m_identity.chain)) ? fresh->get(target, m_token) : -1;
        }
        QCOMPARE(status, 200);
        QCOMPARE(fresh->get(target, m_token), 200);
        QCOMPARE(kept.get(target, m_token), 200);
    }

    void limitsOverHttps()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpClient client(trusting(m_identity.chain));
        const QJsonObject user{{QStringLiteral("schemas"), QJsonArray{kUserSchema}},
                               {QStringLiteral("userName"), QString(2 * 1024 * 1024, u'x')}};
        const Reply r = client.send("POST", usersUrl(*server), json(user), m_token);
        QVERIFY2(r.isScimError(413), r.body.constData());
        // The listener still serves afterwards.
        QCOMPARE(client.send("GET", usersUrl(*server), {}, m_token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
