// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against the real Secret Service (gnome-keyring on a private session bus, see scripts/test.sh):
// round trips, what other tools see, no copy outside the keyring, and errors (never a fallback) without one.

#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace scimdesk;

namespace {

QString uniqueKey(const QString &what)
{
    return QStringLiteral("test/") + what + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray uniqueSecret()
{
    return "secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// What `secret-tool lookup` (libsecret's own client) finds under QtKeychain's attributes; nullopt when nothing.
std::optional<QByteArray> secretToolLookup(const QString &service, const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit)
        return std::nullopt;
    const QByteArray value = p.readAllStandardOutput();
    if (p.exitCode() != 0 || value.isEmpty())
        return std::nullopt;
    return value;
}

// The files under `root` that contain `needle`, skipping the keyring directory (encrypted by gnome-keyring).
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1StringView("/.local/share/keyrings/")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

// In a child process (see main()): one write and one read with whatever session bus the environment names.
int runChild()
{
    const SecretStore store;
    const QString key = qEnvironmentVariable("TST_SECRET_STORE_KEY");
    const auto written = store.writeNow(key, qgetenv("TST_SECRET_STORE_SECRET"));
    const auto read = store.readNow(key);
    const auto removed = store.removeNow(key);
    auto describe = [](const SecretStore::Error &e) {
        return QJsonObject{{QStringLiteral("code"), int(e.code)}, {QStringLiteral("message"), e.message}};
    };
    QJsonObject o{{QStringLiteral("written"), written.has_value()},
                  {QStringLiteral("read"), read.has_value()},
                  {QStringLiteral("removed"), removed.has_value()}};
    if (!written)
        o.insert(QStringLiteral("writeError"), describe(written.error()));
    if (!read)
        o.insert(QStringLiteral("readError"), describe(read.error()));
    if (!removed)
        o.insert(QStringLiteral("removeError"), describe(removed.error()));
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No skipping: without the Secret Service this suite must fail, not pass vacuously.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run the tests through scripts/test.sh (a session bus with gnome-keyring unlocked)");
    }

    void tokenKeyIsScopedByDirectory()
    {
        QCOMPARE(SecretStore::tokenKey(QStringLiteral("acme")), QStringLiteral("directory/acme/token"));
        QCOMPARE(SecretStore::defaultService(), QStringLiteral("scimdesk"));
    }

    void writeReadDeleteRoundTrip()
    {
        const SecretStore store;
        const QString key = uniqueKey(QStringLiteral("roundtrip"));
        const QByteArray secret = uniqueSecret();

        const auto written = store.writeNow(key, secret);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        const auto read = store.readNow(key);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, secret);
        // Other tools see it under QtKeychain's attributes: server = service, user = key.
        QCOMPARE(secretToolLookup(store.service(), key), std::optional<QByteArray>(secret));

        const QByteArray replaced = uniqueSecret();
        QVERIFY(store.writeNow(key, replaced).has_value());
        QCOMPARE(store.readNow(key).value_or(QByteArray()), replaced);

        const auto removed = store.removeNow(key);
        QVERIFY2(removed.has_value(), qPrintable(removed ? QString() : removed.error().message));
        const auto gone = store.readNow(key);
        QVERIFY(!gone.has_value());
        QCOMPARE(gone.error().code, SecretStore::ErrorCode::NotFound);
        QVERIFY(gone.error().message.contains(key));
        QVERIFY(gone.error().message.contains(QLatin1StringView("locked")));
        QCOMPARE(secretToolLookup(store.service(), key), std::nullopt);
    }

    void asynchronousCallbacksRunInTheContext()
    {
        const SecretStore store;
        const QString key = uniqueKey(QStringLiteral("async"));
        const QByteArray secret = uniqueSecret();
        QObject context;
        std::optional<SecretStore::WriteResult> written;
        store.write(key, secret, &context, [&](const SecretStore::WriteResult &r) { written = r; });
        QVERIFY(!written); // asynchronous: nothing has happened yet
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10'000);
        QVERIFY(written->has_value());

        std::optional<SecretStore::ReadResult> read;
        store.read(key, &context, [&](const SecretStore::ReadResult &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10'000);
        QCOMPARE(read->value_or(QByteArray()), secret);

        // A callback whose context is gone is not called (no dangling captures).
        bool called = false;
        auto *shortLived = new QObject;
        store.read(key, shortLived, [&](const SecretStore::ReadResult &) { called = true; });
        delete shortLived;
        QTest::qWait(300);
        QVERIFY(!called);

        std::optional<SecretStore::WriteResult> removed;
        store.remove(key, &context, [&](const SecretStore::WriteResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10'000);
        QVERIFY(removed->has_value());
    }

    void secretIsNowhereUnderHomeButTheKeyring()
    {
        const SecretStore store;
        const QString key = uniqueKey(QStringLiteral("files"));
        const QByteArray secret = uniqueSecret();
        QVERIFY(store.writeNow(key, secret).has_value());
        const QString home = QDir::homePath();
        // This HOME is the keyring daemon's: its keyring directory exists, so the scan below covers the right tree.
        QVERIFY2(QDir(home + QStringLiteral("/.local/share/keyrings")).exists(), qPrintable(home));
        QCOMPARE(filesContaining(home, secret), QStringList());
        // QtKeychain's insecure fallback would have written here.
        QVERIFY(!QFile::exists(home + QStringLiteral("/.config/scimdesk.conf")));
        QVERIFY(store.removeNow(key).has_value());
    }

    void withoutSecretServiceEveryOperationFails_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::addColumn<bool>("keyringWithoutLogin"); // a private bus with gnome-keyring, never unlocked
        QTest::addColumn<int>("writeCode");
        QTest::addColumn<int>("readCode");
        QTest::addColumn<QString>("writeMessage");
        QTest::addColumn<QString>("readMessage");
        QTest::addColumn<bool>("removeFails"); // deleting what is not there succeeds where a keyring answers
        const int noService = int(SecretStore::ErrorCode::NoService);
        const QString noServiceText = QStringLiteral("No Secret Service is running (");
        QTest::newRow("no session bus") << QString() << false << noService << noService << noServiceText
                                        << noServiceText << true;
        QTest::newRow("bus address leads nowhere")
            << QStringLiteral("unix:path=/nonexistent/scimdesk-test-bus") << false << noService << noService
            << noServiceText << noServiceText << true;
        // The documented quirk: with no unlocked login collection a write fails and a read says "not found".
        QTest::newRow("keyring without an unlocked login collection")
            << QString() << true << int(SecretStore::ErrorCode::Other) << int(SecretStore::ErrorCode::NotFound)
            << QStringLiteral("is the login keyring unlocked?") << QStringLiteral("locked or missing login keyring")
            << false;
    }

    void withoutSecretServiceEveryOperationFails()
    {
        QFETCH(QString, busAddress);
        QFETCH(bool, keyringWithoutLogin);
        QFETCH(int, writeCode);
        QFETCH(int, readCode);
        QFETCH(QString, writeMessage);
        QFETCH(QString, readMessage);
        QFETCH(bool, removeFails);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray secret = uniqueSecret();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        // Its own runtime directory too: there gnome-keyring finds a running daemon (the one of this test).
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("TST_SECRET_STORE_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("TST_SECRET_STORE_KEY"), uniqueKey(QStringLiteral("nobus")));
        env.insert(QStringLiteral("TST_SECRET_STORE_SECRET"), QString::fromLatin1(secret));
        QProcess child;
        child.setProcessEnvironment(env);
        if (keyringWithoutLogin) {
            child.start(QStringLiteral("dbus-run-session"),
                        {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null && exec \"$0\""),
                         QCoreApplication::applicationFilePath()});
        } else {
            child.start(QCoreApplication::applicationFilePath(), {});
        }
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit); // an error, not a crash
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(!o.isEmpty(), child.readAllStandardError().constData());
        QCOMPARE(o.value(QLatin1StringView("written")).toBool(true), false);
        QCOMPARE(o.value(QLatin1StringView("read")).toBool(true), false);
        QCOMPARE(o.value(QLatin1StringView("removed")).toBool(removeFails), !removeFails);
        const QJsonObject writeError = o.value(QLatin1StringView("writeError")).toObject();
        const QJsonObject readError = o.value(QLatin1StringView("readError")).toObject();
        QCOMPARE(writeError.value(QLatin1StringView("code")).toInt(-1), writeCode);
        QCOMPARE(readError.value(QLatin1StringView("code")).toInt(-1), readCode);
        QVERIFY2(writeError.value(QLatin1StringView("message")).toString().contains(writeMessage),
                 qPrintable(writeError.value(QLatin1StringView("message")).toString()));
        QVERIFY2(readError.value(QLatin1StringView("message")).toString().contains(readMessage),
                 qPrintable(readError.value(QLatin1StringView("message")).toString()));
        // No fallback: the secret was written nowhere in the child's HOME.
        QCOMPARE(filesContaining(home.path(), secret), QStringList());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral(".config/scimdesk.conf"))));
    }

    void errorCodesHaveClearMessages()
    {
        using Op = SecretStore::Operation;
        const QString key = QStringLiteral("directory/acme/token");
        auto e = SecretStore::describe(QKeychain::NoBackendAvailable, QStringLiteral("no backend"), Op::Write, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::NoService);
        QVERIFY(e.message.startsWith(QLatin1StringView("No Secret Service is running (no backend)")));
        e = SecretStore::describe(QKeychain::OtherError, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"),
                                  Op::Read, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::NoService);
        e = SecretStore::describe(QKeychain::AccessDenied, QStringLiteral("denied"), Op::Read, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::AccessDenied);
        QVERIFY(e.message.contains(QLatin1StringView("refused")));
        e = SecretStore::describe(QKeychain::AccessDeniedByUser, QString(), Op::Read, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::AccessDenied);
        e = SecretStore::describe(QKeychain::EntryNotFound, QStringLiteral("not found"), Op::Read, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::NotFound);
        QVERIFY(e.message.contains(key));
        QVERIFY(e.message.contains(QLatin1StringView("locked or missing login keyring")));
        e = SecretStore::describe(QKeychain::OtherError, QStringLiteral("boom"), Op::Write, key);
        QCOMPARE(e.code, SecretStore::ErrorCode::Other);
        QVERIFY(e.message.contains(QLatin1StringView("boom")));
        QVERIFY(e.message.contains(QLatin1StringView("unlocked")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TST_SECRET_STORE_CHILD"))
        return runChild();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_store.moc"
