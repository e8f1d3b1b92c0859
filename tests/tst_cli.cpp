// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scimdesk binary as other tools use it: exit codes, JSON output, `serve` over real HTTP and signals.

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env = {})
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.start(QStringLiteral(SCIMDESK_BINARY), args);
        if (!p.waitForFinished(30'000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // What libsecret's own client finds where QtKeychain stores ScimDesk's secrets (empty when nothing).
    static QByteArray secretToolLookup(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                QStringLiteral("scimdesk"), QStringLiteral("user"), key});
        if (!p.waitForFinished(10'000))
            return {};
        return p.readAllStandardOutput();
    }

    QByteArray get(const QUrl &url, const QByteArray &token, int *status)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

    // Starts `serve` and returns its origin (http://127.0.0.1:PORT) once it printed that it listens.
    QString startServe(QProcess &p, const QStringList &args, const QProcessEnvironment &env = {})
    {
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.start(QStringLiteral(SCIMDESK_BINARY), args);
        QByteArray seen;
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        for (int i = 0; i < 100; ++i) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(seen));
            if (m.hasMatch())
                return m.captured(1);
        }
        qWarning() << "serve did not start:" << seen << p.readAllStandardError();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("cli.sqlite"));
    }

    void versionAndHelp()
    {
        Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("scimdesk " SCIMDESK_VERSION));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("serve"));
        QVERIFY(r.out.contains("directory"));
        r = run({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--listen"));
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("serve"), QStringLiteral("--bogus")}
                                        << QByteArray("bogus");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                   QStringLiteral("here")}
                                    << QByteArray("HOST:PORT");
        QTest::newRow("non-loopback without ack")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")}
            << QByteArray("--insecure-bind");
        QTest::newRow("add without name")
            << QStringList{QStringLiteral("directory"), QStringLiteral("add")} << QByteArray("NAME");
        QTest::newRow("add bad name") << QStringList{QStringLiteral("directory"), QStringLiteral("add"),
                                                     QStringLiteral("my_dir")}
                                      << QByteArray("'_'");
        QTest::newRow("add bad profile") << QStringList{QStringLiteral("directory"), QStringLiteral("add"),
                                                        QStringLiteral("x"), QStringLiteral("--profile"),
                                                        QStringLiteral("okta")}
                                         << QByteArray("unknown profile");
        QTest::newRow("add bad duration")
            << QStringList{QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("x"),
                           QStringLiteral("--expires-in"), QStringLiteral("soon")}
            << QByteArray("--expires-in");
        QTest::newRow("directory without subcommand") << QStringList{QStringLiteral("directory")} << QByteArray();
        QTest::newRow("directory unknown subcommand")
            << QStringList{QStringLiteral("directory"), QStringLiteral("remove")} << QByteArray("unknown subcommand");
    }

    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args + QStringList{QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message) || r.out.contains(message), r.err.constData());
    }

    void directoryAddAndList()
    {
        Run r = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("acme"),
                     QStringLiteral("--database"), m_db, QStringLiteral("--profile"), QStringLiteral("deltastream"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1StringView("name")).toString(), QStringLiteral("acme"));
        QCOMPARE(o.value(QLatin1StringView("path")).toString(), QStringLiteral("/scim/v2/acme"));
        QCOMPARE(o.value(QLatin1StringView("profile")).toString(), QStringLiteral("deltastream"));
        const QString token = o.value(QLatin1StringView("token")).toString();
        QVERIFY(token.startsWith(QLatin1StringView("scimdesk_")));
        QCOMPARE(token.size(), 9 + 43); // 256 bits, base64url without padding
        // Only a hash is stored: the token appears nowhere in the database files.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(token.toLatin1()));
        }
        r = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("acme"),
                 QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already exists"));

        r = run({QStringLiteral("directory"), QStringLiteral("list"), QStringLiteral("--database"), m_db,
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject d = list.first().toObject();
        QCOMPARE(d.value(QLatin1StringView("name")).toString(), QStringLiteral("acme"));
        const QJsonObject t = d.value(QLatin1StringView("tokens")).toArray().first().toObject();
        QCOMPARE(t.value(QLatin1StringView("status")).toString(), QStringLiteral("active"));
        QVERIFY(!t.contains(QLatin1StringView("token")));
        QVERIFY(!r.out.contains(token.toLatin1()));
    }

    void serveAnswersAndStopsOnSigterm()
    {
        const Run added = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("serve-test"),
                               QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        const QByteArray token =
            QJsonDocument::fromJson(added.out).object().value(QLatin1StringView("token")).toString().toLatin1();
        QProcess p;
        const QString origin = startServe(p, {QStringLiteral("serve"), QStringLiteral("--database"), m_db,
                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(!origin.isEmpty());
        int status = 0;
        const QByteArray body =
            get(QUrl(origin + QStringLiteral("/scim/v2/serve-test/Users?startIndex=1&count=2")), token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1StringView("totalResults")), QJsonValue(0));

        // A second serve on the same port fails clearly.
        const Run taken = run(
            {QStringLiteral("serve"), QStringLiteral("--database"), m_db, QStringLiteral("--listen"), origin.mid(7)});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("already in use"), taken.err.constData());

        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void serveTlsSelfSignedAnswersOverHttps()
    {
        const QString db = m_home.filePath(QStringLiteral("tls/cli.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        const Run added = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("tls-test"),
                               QStringLiteral("--database"), db, QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QByteArray token =
            QJsonDocument::fromJson(added.out).object().value(QLatin1StringView("token")).toString().toLatin1();

        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SCIMDESK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--tls-self-signed"),
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const QRegularExpression listening(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpression fingerprint(QStringLiteral("SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
        QByteArray seen;
        QString origin;
        QString pinned;
        // Ready once the last line ("Stop with Ctrl+C or SIGTERM.") is out.
        for (int i = 0; i < 100 && !seen.contains("SIGTERM"); ++i) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
            const QString text = QString::fromUtf8(seen);
            origin = listening.match(text).captured(1);
            pinned = fingerprint.match(text).captured(1);
        }
        QVERIFY2(!origin.isEmpty() && !pinned.isEmpty(), seen.constData());
        QVERIFY2(seen.contains("/scim/v2/tls-test"), seen.constData());
        QVERIFY2(seen.contains("https://127.0.0.1:"), seen.constData());

        // The certificate sits next to the database; the printed fingerprint is its SHA-256.
        QFile certFile(m_home.filePath(QStringLiteral("tls/tls-self-signed.crt")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(pinned.toLatin1(), chain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(m_home.filePath(QStringLiteral("tls/tls-self-signed.key"))) & others,
                 QFileDevice::Permissions());

        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(origin + QStringLiteral("/scim/v2/tls-test/Users")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(chain);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);

        // The next start reuses the certificate: same fingerprint.
        QProcess again;
        again.setProcessEnvironment(environment());
        again.start(QStringLiteral(SCIMDESK_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--tls-self-signed"),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        seen.clear();
        QString second;
        for (int i = 0; i < 100 && second.isEmpty(); ++i) {
            again.waitForReadyRead(200);
            seen += again.readAllStandardOutput();
            second = fingerprint.match(QString::fromUtf8(seen)).captured(1);
        }
        QCOMPARE(second, pinned);
        QVERIFY2(seen.contains("Using the self-signed certificate"), seen.constData());
        ::kill(pid_t(again.processId()), SIGTERM);
        QVERIFY(again.waitForFinished(10'000));
        QCOMPARE(again.exitCode(), 0);
    }

    void serveNonLoopbackNeedsTlsOrInsecureBind()
    {
        const Run refused = run({QStringLiteral("serve"), QStringLiteral("--database"), m_db,
                                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--insecure-bind"), refused.err.constData());
        QVERIFY2(refused.err.contains("--tls-self-signed"), refused.err.constData());
        QVERIFY2(refused.err.contains("--tls-cert"), refused.err.constData());

        // With TLS the same address is allowed without --insecure-bind.
        QProcess p;
        const QString db = m_home.filePath(QStringLiteral("tls-any/cli.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SCIMDESK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--tls-self-signed"),
                 QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QByteArray seen;
        for (int i = 0; i < 100 && !seen.contains("listening on https://0.0.0.0:"); ++i) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("listening on https://0.0.0.0:"), seen.constData());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
    }

    void serveTlsOptionMisuseExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        const QString cert = m_home.filePath(QStringLiteral("missing.crt"));
        const QString key = m_home.filePath(QStringLiteral("missing.key"));
        QTest::newRow("cert without key") << QStringList{QStringLiteral("--tls-cert"), cert} << QByteArray("--tls-key");
        QTest::newRow("key without cert") << QStringList{QStringLiteral("--tls-key"), key} << QByteArray("--tls-cert");
        QTest::newRow("files and self-signed")
            << QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                           QStringLiteral("--tls-self-signed")}
            << QByteArray("--tls-self-signed");
    }

    void serveTlsOptionMisuseExits2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(QStringList{QStringLiteral("serve"), QStringLiteral("--database"), m_db,
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                          args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void serveHttpAndHttpsTogether()
    {
        const QString db = m_home.filePath(QStringLiteral("dual/cli.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        const Run added = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("dual-test"),
                               QStringLiteral("--database"), db, QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QByteArray token =
            QJsonDocument::fromJson(added.out).object().value(QLatin1StringView("token")).toString().toLatin1();

        // Port 0 on both: the printed URLs are the only way to learn the ports.
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SCIMDESK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--tls-self-signed")});
        const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+) and (https://127\\.0\\.0\\.1:\\d+)"));
        const QRegularExpression fingerprint(QStringLiteral("SHA-256 fingerprint: ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
        QByteArray seen;
        for (int i = 0; i < 100 && !seen.contains("SIGTERM"); ++i) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(seen);
        const auto m = listening.match(text);
        QVERIFY2(m.hasMatch(), seen.constData());
        const QString httpOrigin = m.captured(1);
        const QString httpsOrigin = m.captured(2);
        QVERIFY(httpOrigin.section(u':', 2) != httpsOrigin.section(u':', 2));
        const QString pinned = fingerprint.match(text).captured(1);
        QVERIFY2(!pinned.isEmpty(), seen.constData());
        // Both base URLs of the directory.
        QVERIFY2(text.contains(httpOrigin + QStringLiteral("/scim/v2/dual-test")), seen.constData());
        QVERIFY2(text.contains(httpsOrigin + QStringLiteral("/scim/v2/dual-test")), seen.constData());

        QFile certFile(m_home.filePath(QStringLiteral("dual/tls-self-signed.crt")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(pinned.toLatin1(), chain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(chain);

        // Plain HTTP on --listen.
        int status = 0;
        QByteArray body = get(QUrl(httpOrigin + QStringLiteral("/scim/v2/dual-test/Users")), token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1StringView("totalResults")), QJsonValue(0));

        // HTTPS on --tls-listen, trusting exactly the self-signed certificate: create a user there.
        QNetworkAccessManager manager;
        QNetworkRequest post(QUrl(httpsOrigin + QStringLiteral("/scim/v2/dual-test/Users")));
        post.setSslConfiguration(trusting);
        post.setRawHeader("Authorization", "Bearer " + token);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
        const QJsonObject user{
            {QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
            {QStringLiteral("userName"), QStringLiteral("dual.user@example.com")},
            {QStringLiteral("active"), true}};
        QNetworkReply *reply = manager.post(post, QJsonDocument(user).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QJsonObject created = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        const QString id = created.value(QLatin1StringView("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(created.value(QLatin1StringView("meta"))
                    .toObject()
                    .value(QLatin1StringView("location"))
                    .toString()
                    .startsWith(httpsOrigin));

        // The same directory over HTTP sees it: the two listeners have their own caches, which follow the
        // database's change counter within 20 ms, hence the retries.
        const QUrl users(httpOrigin + QStringLiteral("/scim/v2/dual-test/Users"));
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(get(users, token, &status)).object().value(QLatin1StringView("totalResults")),
            QJsonValue(1), 5'000);
        QCOMPARE(status, 200);
        body = get(QUrl(users.toString() + u'/' + id), token, &status);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1StringView("userName")).toString(),
                 QStringLiteral("dual.user@example.com"));

        // A taken port on either address fails the whole command.
        const Run httpTaken = run({QStringLiteral("serve"), QStringLiteral("--database"), db,
                                   QStringLiteral("--listen"), httpOrigin.mid(7), QStringLiteral("--tls-listen"),
                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-self-signed")});
        QCOMPARE(httpTaken.exitCode, 1);
        QVERIFY2(httpTaken.err.contains("--listen") && httpTaken.err.contains("already in use"),
                 httpTaken.err.constData());
        const Run httpsTaken =
            run({QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-listen"), httpsOrigin.mid(8),
                 QStringLiteral("--tls-self-signed")});
        QCOMPARE(httpsTaken.exitCode, 1);
        QVERIFY2(httpsTaken.err.contains("--tls-listen") && httpsTaken.err.contains("already in use"),
                 httpsTaken.err.constData());

        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void serveTlsListenUsageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<QByteArray>>("messages");
        QTest::newRow("tls-listen without certificate")
            << QStringList{QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:0")}
            << QList<QByteArray>{"--tls-listen needs a certificate", "--tls-cert", "--tls-key", "--tls-self-signed"};
        QTest::newRow("tls-listen with cert but no key")
            << QStringList{QStringLiteral("--tls-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                           m_home.filePath(QStringLiteral("missing.crt"))}
            << QList<QByteArray>{"--tls-key"};
        QTest::newRow("bad tls-listen") << QStringList{QStringLiteral("--tls-listen"), QStringLiteral("there"),
                                                       QStringLiteral("--tls-self-signed")}
                                        << QList<QByteArray>{"--tls-listen", "HOST:PORT"};
        // --listen is plain HTTP next to --tls-listen: the loopback rule applies to it.
        QTest::newRow("non-loopback http next to https")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--tls-listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-self-signed")}
            << QList<QByteArray>{"0.0.0.0", "--insecure-bind"};
    }

    void serveTlsListenUsageErrorsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QList<QByteArray>, messages);
        const Run r = run(QStringList{QStringLiteral("serve"), QStringLiteral("--database"), m_db} + args);
        QCOMPARE(r.exitCode, 2);
        for (const QByteArray &message : std::as_const(messages))
            QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void serveNonLoopbackTlsListenAllowed()
    {
        // The HTTPS address may be anything; the HTTP one stays on loopback.
        const QString db = m_home.filePath(QStringLiteral("dual-any/cli.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(SCIMDESK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--database"), db, QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-listen"), QStringLiteral("0.0.0.0:0"),
                 QStringLiteral("--tls-self-signed")});
        QByteArray seen;
        for (int i = 0; i < 100 && !seen.contains("SIGTERM"); ++i) {
            p.waitForReadyRead(200);
            seen += p.readAllStandardOutput();
        }
        QVERIFY2(seen.contains(" and https://0.0.0.0:"), seen.constData());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
    }

    void serveTlsBadCertificateExits1()
    {
        const QString cert = m_home.filePath(QStringLiteral("missing.crt"));
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--database"), m_db, QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
                           QStringLiteral("--tls-key"), m_home.filePath(QStringLiteral("missing.key"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("does not exist") && r.err.contains(cert.toUtf8()), r.err.constData());
    }

    void withoutDisplayRunsServe()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("SCIMDESK_DATABASE"), m_db);
        env.insert(QStringLiteral("SCIMDESK_LISTEN"), QStringLiteral("127.0.0.1:0"));
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        const QString origin = startServe(p, {}, env);
        QVERIFY(!origin.isEmpty());
        QVERIFY(p.readAllStandardError().contains("No display"));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
    }

    void tokenBadArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("token without subcommand") << QStringList{QStringLiteral("token")} << QByteArray();
        QTest::newRow("token unknown subcommand")
            << QStringList{QStringLiteral("token"), QStringLiteral("renew"), QStringLiteral("acme")}
            << QByteArray("unknown subcommand");
        QTest::newRow("rotate without name")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate")} << QByteArray("NAME");
        QTest::newRow("rotate two names")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("a"), QStringLiteral("b")}
            << QByteArray("NAME");
        QTest::newRow("rotate bad overlap")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("acme"),
                           QStringLiteral("--overlap"), QStringLiteral("a while")}
            << QByteArray("--overlap");
        QTest::newRow("rotate negative overlap")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("acme"),
                           QStringLiteral("--overlap"), QStringLiteral("-5m")}
            << QByteArray("--overlap");
        QTest::newRow("rotate bad expiry")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("acme"),
                           QStringLiteral("--expires-in"), QStringLiteral("never")}
            << QByteArray("--expires-in");
        QTest::newRow("rotate unknown option")
            << QStringList{QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("acme"),
                           QStringLiteral("--token"), QStringLiteral("x")}
            << QByteArray("token");
        QTest::newRow("revoke without name")
            << QStringList{QStringLiteral("token"), QStringLiteral("revoke")} << QByteArray("NAME");
        QTest::newRow("show without name")
            << QStringList{QStringLiteral("token"), QStringLiteral("show")} << QByteArray("NAME");
    }

    void tokenBadArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = run(args + QStringList{QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message) || r.out.contains(message), r.err.constData());
    }

    void tokenRotateShowRevoke()
    {
        Run r = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("tokens-cli"),
                     QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject added = QJsonDocument::fromJson(r.out).object();
        const QByteArray first = added.value(QLatin1StringView("token")).toString().toLatin1();
        // scripts/test.sh runs the tests with a Secret Service: the token is in the keychain too.
        QCOMPARE(added.value(QLatin1StringView("keychain")), QJsonValue(true));
        QVERIFY(!added.contains(QLatin1StringView("keychainError")));
        QCOMPARE(secretToolLookup(QStringLiteral("directory/tokens-cli/token")), first);

        r = run({QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db, QStringLiteral("--overlap"), QStringLiteral("10m"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rotated = QJsonDocument::fromJson(r.out).object();
        const QStringList keys{QStringLiteral("expires"),      QStringLiteral("keychain"), QStringLiteral("name"),
                               QStringLiteral("overlapUntil"), QStringLiteral("owner"),    QStringLiteral("path"),
                               QStringLiteral("token")};
        QCOMPARE(rotated.keys(), keys);
        QVERIFY(rotated.value(QLatin1StringView("owner")).isNull()); // a generic directory's token has no owner
        QCOMPARE(rotated.value(QLatin1StringView("name")).toString(), QStringLiteral("tokens-cli"));
        QCOMPARE(rotated.value(QLatin1StringView("path")).toString(), QStringLiteral("/scim/v2/tokens-cli"));
        const QByteArray second = rotated.value(QLatin1StringView("token")).toString().toLatin1();
        QVERIFY(second.startsWith("scimdesk_"));
        QCOMPARE(second.size(), 9 + 43);
        QVERIFY(second != first);
        const QDateTime overlapUntil =
            QDateTime::fromString(rotated.value(QLatin1StringView("overlapUntil")).toString(), Qt::ISODate);
        QVERIFY(overlapUntil.isValid());
        const qint64 untilFromNow = QDateTime::currentDateTimeUtc().msecsTo(overlapUntil);
        QVERIFY2(untilFromNow > 9 * 60'000 && untilFromNow <= 10 * 60'000, qPrintable(overlapUntil.toString()));
        const QDateTime expires =
            QDateTime::fromString(rotated.value(QLatin1StringView("expires")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 365) <= 1);
        QCOMPARE(rotated.value(QLatin1StringView("keychain")), QJsonValue(true));
        QCOMPARE(secretToolLookup(QStringLiteral("directory/tokens-cli/token")), second);

        r = run({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(first));
        QVERIFY(!r.out.contains(second));
        QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QLatin1StringView("name")).toString(), QStringLiteral("tokens-cli"));
        QJsonArray tokens = shown.value(QLatin1StringView("tokens")).toArray();
        QCOMPARE(tokens.size(), 2);
        const QStringList tokenKeys{QStringLiteral("created"),    QStringLiteral("expires"), QStringLiteral("lastUsed"),
                                    QStringLiteral("lastUsedBy"), QStringLiteral("owner"),   QStringLiteral("retireAt"),
                                    QStringLiteral("revoked"),    QStringLiteral("status"),  QStringLiteral("warning")};
        for (const QJsonValue &t : std::as_const(tokens)) {
            QCOMPARE(t.toObject().keys(), tokenKeys);
            QCOMPARE(t.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("active"));
        }
        QCOMPARE(tokens.at(0).toObject().value(QLatin1StringView("retireAt")),
                 rotated.value(QLatin1StringView("overlapUntil")));
        QVERIFY(tokens.at(1).toObject().value(QLatin1StringView("retireAt")).isNull());
        // The text form never shows a token either.
        r = run({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("active"));
        QVERIFY(!r.out.contains(first) && !r.out.contains(second) && !r.out.contains("scimdesk_"));

        r = run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("tokens-cli"));
        r = run({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        tokens = QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("tokens")).toArray();
        QCOMPARE(tokens.size(), 2);
        for (const QJsonValue &t : std::as_const(tokens)) {
            QCOMPARE(t.toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("revoked"));
            QVERIFY(!t.toObject().value(QLatin1StringView("revoked")).isNull());
        }

        // Rotating without an overlap revokes at once: overlapUntil is null.
        r = run({QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("tokens-cli"),
                 QStringLiteral("--database"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("overlapUntil")).isNull());

        // Only hashes are stored.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                QVERIFY(!bytes.contains(first) && !bytes.contains(second));
            }
        }
    }

    void tokenCommandsOnAMissingDirectoryExit1()
    {
        for (const QString &sub : {QStringLiteral("rotate"), QStringLiteral("revoke"), QStringLiteral("show")}) {
            const Run r = run({QStringLiteral("token"), sub, QStringLiteral("no-such-directory"),
                               QStringLiteral("--database"), m_db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("no directory named \"no-such-directory\""), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void withoutSecretServiceTokensAreStillIssued()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/scimdesk-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        Run r = run({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("headless"),
                     QStringLiteral("--database"), m_db, QStringLiteral("--json")},
                    env);
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1StringView("keychain")), QJsonValue(false));
        QVERIFY2(o.value(QLatin1StringView("keychainError"))
                     .toString()
                     .startsWith(QLatin1StringView("No Secret Service is running (")),
                 r.out.constData());
        const QByteArray token = o.value(QLatin1StringView("token")).toString().toLatin1();
        QVERIFY(token.startsWith("scimdesk_"));

        r = run({QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("headless"),
                 QStringLiteral("--database"), m_db, QStringLiteral("--json")},
                env);
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1StringView("keychain")), QJsonValue(false));
        QVERIFY(o.value(QLatin1StringView("keychainError")).toString().contains(QLatin1StringView("Secret Service")));
        // No fallback: neither token is anywhere under the command's HOME but the database (as a hash).
        const QByteArray rotated = o.value(QLatin1StringView("token")).toString().toLatin1();
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains(token) && !bytes.contains(rotated), qPrintable(f.fileName()));
            }
        }
        // In text mode the reason is on stderr and the command still succeeds.
        r = run({QStringLiteral("token"), QStringLiteral("rotate"), QStringLiteral("headless"),
                 QStringLiteral("--database"), m_db},
                env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("scimdesk_"));
        QVERIFY2(r.err.contains("not stored in the keychain: No Secret Service is running"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
