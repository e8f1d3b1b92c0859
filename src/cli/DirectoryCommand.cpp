// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryCommand.h"

#include "CliSupport.h"
#include "service/DirectoryAdmin.h"
#include "service/TokenAdmin.h"
#include "store/Database.h"
#include "store/DirectoryRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scimdesk::cli {

namespace {

int add(const QStringList &args)
{
    const QString command = QStringLiteral("directory add");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create a SCIM directory and print its bearer token once."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), Tr::tr("The directory name (letters, digits, '-'); the "
                                                                "base URL is /scim/v2/NAME."));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Tr::tr("The directory profile: %1 (default: generic).")
                                         .arg(DirectoryAdmin::profiles().join(QStringLiteral(", "))),
                                     Tr::tr("NAME"), QStringLiteral("generic"));
    const QCommandLineOption organization(QStringLiteral("organization"), Tr::tr("The organization it belongs to."),
                                          Tr::tr("ORG"));
    const QCommandLineOption environment(QStringLiteral("environment"), Tr::tr("The environment it belongs to."),
                                         Tr::tr("ENV"));
    const QCommandLineOption primary(QStringLiteral("primary"),
                                     Tr::tr("Make it the organization's primary directory."));
    const QCommandLineOption expiresIn(QStringLiteral("expires-in"),
                                       Tr::tr("Token lifetime, e.g. 365d, 12h, 30s (default: 365d)."),
                                       Tr::tr("DURATION"), QStringLiteral("365d"));
    const QCommandLineOption adminAttribute(
        QStringLiteral("admin-attribute"),
        Tr::tr("The boolean user attribute that makes a user orgadmin (default: deltastreamOrgadmin in the "
               "deltastream profile, none otherwise)."),
        Tr::tr("ATTRIBUTE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({database, profile, organization, environment, primary, expiresIn, adminAttribute, json});
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Tr::tr("scimdesk directory add: give exactly one directory NAME.") << Qt::endl;
        return Usage;
    }
    DirectoryAdmin::NewDirectory spec;
    spec.name = parser.positionalArguments().first();
    spec.profile = parser.value(profile);
    spec.organization = parser.value(organization);
    spec.environment = parser.value(environment);
    spec.primary = parser.isSet(primary);
    spec.adminAttribute = parser.value(adminAttribute);
    const std::optional<qint64> lifetime = parseDuration(parser.value(expiresIn));
    if (!lifetime) {
        err() << Tr::tr("scimdesk directory add: --expires-in must be a positive duration such as 365d, 12h or 30s, "
                        "not \"%1\".")
                     .arg(parser.value(expiresIn))
              << Qt::endl;
        return Usage;
    }
    spec.expiresInMs = *lifetime;
    if (const QString error = DirectoryAdmin::validateName(spec.name); !error.isEmpty()) {
        err() << Tr::tr("scimdesk directory add: %1").arg(error) << Qt::endl;
        return Usage;
    }
    if (!DirectoryAdmin::profiles().contains(spec.profile)) {
        err() << Tr::tr("scimdesk directory add: unknown profile \"%1\"; choose one of: %2.")
                     .arg(spec.profile, DirectoryAdmin::profiles().join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    std::unique_ptr<Database> db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    auto created = DirectoryAdmin(*db).create(spec, QDateTime::currentMSecsSinceEpoch());
    if (!created) {
        err() << Tr::tr("scimdesk directory add: %1").arg(created.error()) << Qt::endl;
        return Failure;
    }
    const QString path = DirectoryAdmin::basePath(created->directory.name);
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("name"), created->directory.name},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("token"), QString::fromLatin1(created->token)},
                      {QStringLiteral("profile"), created->directory.profile},
                      {QStringLiteral("organization"), created->directory.organization},
                      {QStringLiteral("environment"), created->directory.environment},
                      {QStringLiteral("primary"), created->directory.primary},
                      {QStringLiteral("adminAttribute"), created->directory.adminAttribute},
                      {QStringLiteral("expires"),
                       created->expiresMs ? QJsonValue(formatTime(*created->expiresMs)) : QJsonValue()}};
        storeTokenInKeychain(created->directory.name, created->token, o);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    out() << Tr::tr("Created directory %1 (profile %2).").arg(created->directory.name, created->directory.profile)
          << Qt::endl
          << Tr::tr("SCIM base path: %1 (append it to the listener's address)").arg(path) << Qt::endl
          << Tr::tr("Bearer token (shown only now; ScimDesk keeps only its hash): %1")
                 .arg(QString::fromLatin1(created->token))
          << Qt::endl;
    if (created->expiresMs)
        out() << Tr::tr("The token expires on %1.").arg(formatTime(*created->expiresMs)) << Qt::endl;
    printKeychainResult(created->directory.name, created->token);
    return Ok;
}

int list(const QStringList &args)
{
    const QString command = QStringLiteral("directory list");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the SCIM directories and the state of their tokens."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    parser.addOptions({database, json});
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err()
            << Tr::tr("scimdesk directory list: unexpected argument \"%1\".").arg(parser.positionalArguments().first())
            << Qt::endl;
        return Usage;
    }
    std::unique_ptr<Database> db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    DirectoryRepository repo(*db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray all;
    for (const DirectoryRecord &d : repo.list()) {
        QJsonArray tokens;
        for (const TokenRecord &t : repo.tokens(d.id)) {
            tokens.append(QJsonObject{
                {QStringLiteral("status"), TokenAdmin::status(t, now)},
                {QStringLiteral("created"), formatTime(t.createdMs)},
                {QStringLiteral("expires"), t.expiresMs ? QJsonValue(formatTime(*t.expiresMs)) : QJsonValue()},
                {QStringLiteral("lastUsed"), t.lastUsedMs ? QJsonValue(formatTime(*t.lastUsedMs)) : QJsonValue()},
                {QStringLiteral("lastUsedBy"),
                 t.lastUsedClient.isEmpty() ? QJsonValue() : QJsonValue(t.lastUsedClient)}});
        }
        all.append(QJsonObject{{QStringLiteral("name"), d.name},
                               {QStringLiteral("path"), DirectoryAdmin::basePath(d.name)},
                               {QStringLiteral("profile"), d.profile},
                               {QStringLiteral("organization"), d.organization},
                               {QStringLiteral("environment"), d.environment},
                               {QStringLiteral("primary"), d.primary},
                               {QStringLiteral("adminAttribute"), d.adminAttribute},
                               {QStringLiteral("created"), formatTime(d.createdMs)},
                               {QStringLiteral("tokens"), tokens}});
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    if (all.isEmpty()) {
        out() << Tr::tr("No directories. Create one with: scimdesk directory add NAME") << Qt::endl;
        return Ok;
    }
    for (const QJsonValue &v : std::as_const(all)) {
        const QJsonObject d = v.toObject();
        const QJsonArray tokens = d.value(QLatin1StringView("tokens")).toArray();
        QString tokenText = tokens.isEmpty()
                                ? Tr::tr("no token")
                                : Tr::tr("token %1, expires %2")
                                      .arg(tokens.last().toObject().value(QLatin1StringView("status")).toString(),
                                           tokens.last().toObject().value(QLatin1StringView("expires")).toString());
        out() << QStringLiteral("%1  %2  %3  %4")
                     .arg(d.value(QLatin1StringView("name")).toString(), d.value(QLatin1StringView("path")).toString(),
                          d.value(QLatin1StringView("profile")).toString(), tokenText)
              << Qt::endl;
    }
    return Ok;
}

} // namespace

int runDirectory(const QStringList &args)
{
    // args: ["scimdesk directory", SUBCOMMAND, ...]
    if (args.size() < 2 || args.at(1) == QLatin1StringView("--help") || args.at(1) == QLatin1StringView("-h")) {
        out() << Tr::tr(
                     "Usage: scimdesk directory add NAME [--database PATH] [--profile NAME] [--organization ORG]\n"
                     "                              [--environment ENV] [--primary] [--expires-in DURATION] [--json]\n"
                     "       scimdesk directory list [--database PATH] [--json]\n")
              << Qt::flush;
        return args.size() < 2 ? Usage : Ok;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList{QStringLiteral("scimdesk directory ") + sub} + args.mid(2);
    if (sub == QLatin1StringView("add"))
        return add(rest);
    if (sub == QLatin1StringView("list"))
        return list(rest);
    err() << Tr::tr("scimdesk directory: unknown subcommand \"%1\" (use add or list).").arg(sub) << Qt::endl;
    return Usage;
}

} // namespace scimdesk::cli
