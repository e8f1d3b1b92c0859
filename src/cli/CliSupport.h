// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace scimdesk {
class Database;
}

namespace scimdesk::cli {

// Exit codes every command uses.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// Text output for commands: stdout for results, stderr for diagnostics.
QTextStream &out();
QTextStream &err();

// Parses a subcommand's arguments; on error prints the message with a hint to --help and returns false.
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args, const QString &command);

// The database used when --database is not given: $SCIMDESK_DATABASE, else scimdesk.sqlite in the user's data
// directory.
QString defaultDatabasePath();
// The listen address when --listen is not given: $SCIMDESK_LISTEN, else 127.0.0.1:7643.
QString defaultListen();

// "365d", "12h", "30m", "30s" (or plain seconds) in milliseconds; nullopt when malformed or not positive.
std::optional<qint64> parseDuration(const QString &text);

// "HOST:PORT", "[v6]:PORT" or ":PORT"; nullopt when malformed.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};
std::optional<ListenAddress> parseListen(const QString &text);

QString formatTime(qint64 ms);

// The --database option every store command takes, and opening it (nullptr after printing the error).
QCommandLineOption databaseOption();
std::unique_ptr<Database> openDatabaseOrComplain(const QCommandLineParser &parser, const QString &command);

// Stores a directory's new bearer token in the keychain when a Secret Service is reachable. Sets "keychain" in
// `result`, and "keychainError" with the reason when it could not; never fails the command (headless servers
// have no keychain) and never keeps the token anywhere else.
void storeTokenInKeychain(const QString &directoryName, const QByteArray &token, QJsonObject &result);
// The same for text output: says on stdout where the token is kept, or on stderr why it is not.
void printKeychainResult(const QString &directoryName, const QByteArray &token);

// --target and --token-env, for the commands that talk to a SCIM endpoint as its client.
QCommandLineOption targetOption();
QCommandLineOption tokenEnvOption();
struct ScimTarget
{
    QString baseUrl;
    QByteArray token; // from the environment variable --token-env names, never from argv
};
// Checks --target is an http:// or https:// URL and the token variable is set; nullopt after saying why.
std::optional<ScimTarget> scimTargetOrComplain(const QCommandLineParser &parser, const QString &command);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace scimdesk::cli
