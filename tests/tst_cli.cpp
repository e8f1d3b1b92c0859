// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scimdesk binary as other tools use it: exit codes, JSON output, `serve` over real HTTP and signals.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
