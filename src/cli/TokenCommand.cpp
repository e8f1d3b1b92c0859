// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "CliSupport.h"
#include "service/DirectoryAdmin.h"
#include "service/TokenAdmin.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace scimdesk::cli {

namespace {

QJsonValue timeOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(formatTime(*ms)) : QJsonValue();
}

// Sets up the parser shared by the subcommands; returns the directory name, or an exit code to return.
std::variant<QString, int> parseCommon(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The directory name."));
    if (!parseOrComplain(parser, args, command))
        return int(Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return int(Ok);
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("scimdesk %1: give exactly one directory NAME.").arg(command) << Qt::endl;
        return int(Usage);
    }
    return parser.positionalArguments().first();
}

int rotate(const QStringList &args)
{
    const QString command = QStringLiteral("token rotate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Issue a new bearer token for a directory and print it once; the previous token is revoked at once, "
               "or keeps working for the --overlap while Okta is updated."));
    const QCommandLineOption overlap(QStringLiteral("overlap"),
                                     Tr::tr("How long the previous token keeps working, e.g. 10m, 1h, 0 (default: "
                                            "0, revoked at once)."),
                                     Tr::tr("DURATION"), QStringLiteral("0"));
    const QCommandLineOption expiresIn(QStringLiteral("expires-in"),
                                       Tr::tr("The new token's lifetime, e.g. 365d, 12h (default: 365d)."),
                                       Tr::tr("DURATION"), QStringLiteral("365d"));
    const QCommandLineOption as(QStringLiteral("as"),
                                Tr::tr("The administrator (a user holding orgadmin) the token belongs to; it works "
                                       "only while they hold orgadmin. Needed where the profile wants an "
                                       "administrator's token (rudderstack; default there: the bootstrap "
                                       "administrator, while no provisioned user holds orgadmin)."),
                                Tr::tr("USERNAME"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({databaseOption(), overlap, expiresIn, as, json});
    const auto parsed = parseCommon(parser, args, command);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const QString name = std::get<QString>(parsed);
    const QString overlapText = parser.value(overlap).trimmed();
    const std::optional<qint64> overlapMs =
        overlapText == QLatin1StringView("0") ? std::optional<qint64>(0) : parseDuration(overlapText);
    if (!overlapMs) {
        err() << Tr::tr("scimdesk token rotate: --overlap must be 0 or a positive duration such as 10m, 1h or 30s, "
                        "not \"%1\".")
                     .arg(parser.value(overlap))
              << Qt::endl;
        return Usage;
    }
    const std::optional<qint64> lifetime = parseDuration(parser.value(expiresIn));
    if (!lifetime) {
        err() << Tr::tr("scimdesk token rotate: --expires-in must be a positive duration such as 365d, 12h or 30s, "
                        "not \"%1\".")
                     .arg(parser.value(expiresIn))
              << Qt::endl;
        return Usage;
    }
    std::unique_ptr<Database> db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    auto rotated = TokenAdmin(*db).rotate(name, *overlapMs, QDateTime::currentMSecsSinceEpoch(), *lifetime,
                                          parser.value(as).trimmed());
    if (!rotated) {
        err() << Tr::tr("scimdesk token rotate: %1").arg(rotated.error()) << Qt::endl;
        return Failure;
    }
    const QString path = DirectoryAdmin::basePath(rotated->directory.name);
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("name"), rotated->directory.name},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("token"), QString::fromLatin1(rotated->token)},
                      {QStringLiteral("expires"), timeOrNull(rotated->expiresMs)},
                      {QStringLiteral("overlapUntil"), timeOrNull(rotated->overlapUntilMs)},
                      {QStringLiteral("owner"), rotated->owner.isEmpty() ? QJsonValue() : QJsonValue(rotated->owner)}};
        storeTokenInKeychain(rotated->directory.name, rotated->token, o);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    out() << Tr::tr("New bearer token for %1 (shown only now; ScimDesk keeps only its hash): %2")
                 .arg(path, QString::fromLatin1(rotated->token))
          << Qt::endl;
    if (rotated->expiresMs)
        out() << Tr::tr("It expires on %1.").arg(formatTime(*rotated->expiresMs)) << Qt::endl;
    if (!rotated->owner.isEmpty()) {
        out() << Tr::tr("It belongs to %1 and works only while they hold orgadmin.").arg(rotated->owner) << Qt::endl;
    }
    if (rotated->overlapUntilMs) {
        out() << Tr::tr("The previous token keeps working until %1: enter the new one in Okta before then.")
                     .arg(formatTime(*rotated->overlapUntilMs))
              << Qt::endl;
    } else if (rotated->previousTokens > 0) {
        out() << Tr::tr("The previous token was revoked: enter the new one in Okta now.") << Qt::endl;
    }
    printKeychainResult(rotated->directory.name, rotated->token);
    return Ok;
}

int revoke(const QStringList &args)
{
    const QString command = QStringLiteral("token revoke");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Revoke every active bearer token of a directory: Okta's requests fail until a new token is "
               "rotated in."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({databaseOption(), json});
    const auto parsed = parseCommon(parser, args, command);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const QString name = std::get<QString>(parsed);
    std::unique_ptr<Database> db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    auto revoked = TokenAdmin(*db).revoke(name, QDateTime::currentMSecsSinceEpoch());
    if (!revoked) {
        err() << Tr::tr("scimdesk token revoke: %1").arg(revoked.error()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                           {QStringLiteral("path"), DirectoryAdmin::basePath(name)},
                                           {QStringLiteral("revoked"), *revoked}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
        return Ok;
    }
    out() << Tr::tr("Revoked %n bearer token(s) of %1.", nullptr, *revoked).arg(name) << Qt::endl;
    return Ok;
}

int show(const QStringList &args)
{
    const QString command = QStringLiteral("token show");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the state of a directory's bearer tokens (never the tokens)."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({databaseOption(), json});
    const auto parsed = parseCommon(parser, args, command);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const QString name = std::get<QString>(parsed);
    std::unique_ptr<Database> db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto tokens = TokenAdmin(*db).show(name, now);
    if (!tokens) {
        err() << Tr::tr("scimdesk token show: %1").arg(tokens.error()) << Qt::endl;
        return Failure;
    }
    QJsonArray list;
    for (const TokenAdmin::TokenStatus &t : std::as_const(*tokens)) {
        list.append(QJsonObject{
            {QStringLiteral("status"), t.status},
            {QStringLiteral("created"), formatTime(t.createdMs)},
            {QStringLiteral("expires"), timeOrNull(t.expiresMs)},
            {QStringLiteral("lastUsed"), timeOrNull(t.lastUsedMs)},
            {QStringLiteral("lastUsedBy"), t.lastUsedBy.isEmpty() ? QJsonValue() : QJsonValue(t.lastUsedBy)},
            {QStringLiteral("retireAt"), timeOrNull(t.retireAtMs)},
            {QStringLiteral("revoked"), timeOrNull(t.revokedMs)},
            {QStringLiteral("owner"), t.owner.isEmpty() ? QJsonValue() : QJsonValue(t.owner)},
            {QStringLiteral("warning"), [&] {
                 const QString w = TokenAdmin::expiryWarning(t, now);
                 return w.isEmpty() ? QJsonValue() : QJsonValue(w);
             }()}});
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("tokens"), list}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
        return Ok;
    }
    const QString none = Tr::tr("never");
    for (const TokenAdmin::TokenStatus &t : std::as_const(*tokens)) {
        QString line = Tr::tr("%1  created %2  expires %3  last used %4")
                           .arg(t.status, formatTime(t.createdMs), t.expiresMs ? formatTime(*t.expiresMs) : none,
                                t.lastUsedMs ? formatTime(*t.lastUsedMs) : none);
        if (!t.lastUsedBy.isEmpty())
            line += Tr::tr(" by %1").arg(t.lastUsedBy);
        if (t.retireAtMs)
            line += Tr::tr("  works until %1").arg(formatTime(*t.retireAtMs));
        if (t.revokedMs)
            line += Tr::tr("  revoked %1").arg(formatTime(*t.revokedMs));
        if (!t.owner.isEmpty())
            line += Tr::tr("  belongs to %1").arg(t.owner);
        out() << line << Qt::endl;
        if (const QString warning = TokenAdmin::expiryWarning(t, now); !warning.isEmpty())
            out() << Tr::tr("  warning: %1").arg(warning) << Qt::endl;
    }
    if (tokens->isEmpty())
        out() << Tr::tr("%1 has no token. Issue one with: scimdesk token rotate %1").arg(name) << Qt::endl;
    return Ok;
}

} // namespace

int runToken(const QStringList &args)
{
    // args: ["scimdesk token", SUBCOMMAND, ...]
    if (args.size() < 2 || args.at(1) == QLatin1StringView("--help") || args.at(1) == QLatin1StringView("-h")) {
        out() << Tr::tr("Usage: scimdesk token rotate NAME [--database PATH] [--overlap DURATION] "
                        "[--expires-in DURATION] [--as USERNAME] [--json]\n"
                        "       scimdesk token revoke NAME [--database PATH] [--json]\n"
                        "       scimdesk token show NAME [--database PATH] [--json]\n")
              << Qt::flush;
        return args.size() < 2 ? Usage : Ok;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList{QStringLiteral("scimdesk token ") + sub} + args.mid(2);
    if (sub == QLatin1StringView("rotate"))
        return rotate(rest);
    if (sub == QLatin1StringView("revoke"))
        return revoke(rest);
    if (sub == QLatin1StringView("show"))
        return show(rest);
    err() << Tr::tr("scimdesk token: unknown subcommand \"%1\" (use rotate, revoke or show).").arg(sub) << Qt::endl;
    return Usage;
}

} // namespace scimdesk::cli
