// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

namespace scimdesk::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseOrComplain(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    if (parser.parse(args))
        return true;
    err() << Tr::tr("scimdesk %1: %2").arg(command, parser.errorText()) << Qt::endl
          << Tr::tr("Run \"scimdesk %1 --help\" for the usage.").arg(command) << Qt::endl;
    return false;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              Tr::tr("The SQLite database file (default: %1).").arg(defaultDatabasePath()),
                              Tr::tr("PATH"));
}

std::unique_ptr<Database> openDatabaseOrComplain(const QCommandLineParser &parser, const QString &command)
{
    const QString path =
        parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : defaultDatabasePath();
    auto db = Database::open(path, QStringLiteral("scimdesk-cli"));
    if (!db) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, db.error()) << Qt::endl;
        return nullptr;
    }
    return std::move(*db);
}

void storeTokenInKeychain(const QString &directoryName, const QByteArray &token, QJsonObject &result)
{
    const SecretStore store;
    const SecretStore::WriteResult written = store.writeNow(SecretStore::tokenKey(directoryName), token);
    result.insert(QStringLiteral("keychain"), written.has_value());
    if (!written)
        result.insert(QStringLiteral("keychainError"), written.error().message);
}

void printKeychainResult(const QString &directoryName, const QByteArray &token)
{
    QJsonObject result;
    storeTokenInKeychain(directoryName, token, result);
    if (result.value(QLatin1StringView("keychain")).toBool()) {
        out() << Tr::tr("The token is also stored in the keychain (service \"%1\", key \"%2\").")
                     .arg(SecretStore::defaultService(), SecretStore::tokenKey(directoryName))
              << Qt::endl;
    } else {
        err() << Tr::tr("The token was not stored in the keychain: %1")
                     .arg(result.value(QLatin1StringView("keychainError")).toString())
              << Qt::endl;
    }
}

QString defaultDatabasePath()
{
    if (const QString fromEnv = qEnvironmentVariable("SCIMDESK_DATABASE"); !fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("scimdesk.sqlite"));
}

std::optional<qint64> parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    qint64 unit = 1000;
    QString number = t;
    const QChar last = t.back();
    if (!last.isDigit()) {
        number.chop(1);
        switch (last.unicode()) {
        case 's':
            unit = 1000;
            break;
        case 'm':
            unit = 60'000;
            break;
        case 'h':
            unit = 3'600'000;
            break;
        case 'd':
            unit = 86'400'000;
            break;
        case 'w':
            unit = 7 * 86'400'000LL;
            break;
        default:
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok || n <= 0 || n > 100LL * 365 * 86'400'000 / unit)
        return std::nullopt;
    return n * unit;
}

std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    ListenAddress result;
    result.port = quint16(port);
    if (host.isEmpty() || host == QLatin1StringView("localhost"))
        result.address = QHostAddress(QHostAddress::LocalHost);
    else if (!result.address.setAddress(host))
        return std::nullopt;
    return result;
}

QString defaultListen()
{
    const QString fromEnv = qEnvironmentVariable("SCIMDESK_LISTEN");
    return fromEnv.isEmpty() ? QStringLiteral("127.0.0.1:7643") : fromEnv;
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QCommandLineOption targetOption()
{
    return QCommandLineOption(QStringLiteral("target"),
                              Tr::tr("The SCIM base URL, e.g. http://127.0.0.1:7643/scim/v2/acme."),
                              QStringLiteral("URL"));
}

QCommandLineOption tokenEnvOption()
{
    return QCommandLineOption(QStringLiteral("token-env"),
                              Tr::tr("The environment variable holding the bearer token (default SCIMDESK_TOKEN)."),
                              QStringLiteral("VAR"), QStringLiteral("SCIMDESK_TOKEN"));
}

std::optional<ScimTarget> scimTargetOrComplain(const QCommandLineParser &parser, const QString &command)
{
    const QString given = parser.value(QStringLiteral("target"));
    const QUrl target(given, QUrl::StrictMode);
    if (!target.isValid() ||
        (target.scheme() != QLatin1StringView("http") && target.scheme() != QLatin1StringView("https"))) {
        err() << Tr::tr("scimdesk %1: --target must be an http:// or https:// URL, not \"%2\".").arg(command, given)
              << Qt::endl;
        return std::nullopt;
    }
    const QString tokenVariable = parser.value(QStringLiteral("token-env"));
    const QByteArray token = qgetenv(tokenVariable.toLocal8Bit().constData());
    if (token.isEmpty()) {
        err() << Tr::tr("scimdesk %1: the environment variable %2 holding the bearer token is not set.")
                     .arg(command, tokenVariable)
              << Qt::endl;
        return std::nullopt;
    }
    return ScimTarget{target.toString(QUrl::FullyEncoded), token};
}

} // namespace scimdesk::cli
