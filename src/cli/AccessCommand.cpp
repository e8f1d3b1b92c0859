// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessCommand.h"

#include "CliSupport.h"
#include "access/AccessModel.h"
#include "store/Database.h"
#include "store/DirectoryRepository.h"

#include <QDateTime>
#include <QJsonDocument>

#include <functional>

namespace scimdesk::cli {

namespace {

struct Common
{
    QCommandLineOption directory{QStringLiteral("directory"), Tr::tr("The directory."), Tr::tr("NAME")};
    QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print the result as JSON.")};
    QCommandLineOption as{QStringLiteral("as"),
                          Tr::tr("The operator: a user of the directory (or %1, the bootstrap administrator, until a "
                                 "provisioned user is orgadmin).")
                              .arg(QString(AccessModel::BootstrapAdmin)),
                          Tr::tr("USERNAME")};
    QCommandLineOption role{QStringLiteral("role"),
                            Tr::tr("The operator's current role (one they hold); default: all of their roles."),
                            Tr::tr("ROLE")};
    QCommandLineOption at{QStringLiteral("at"), Tr::tr("The time, ISO 8601 (e.g. 2026-11-01T12:00:00Z)."),
                          Tr::tr("TIME")};
};

// Parses, prints help, checks the positional count and opens the database and directory. Returns an exit code
// when the command must stop.
std::optional<int> prepare(QCommandLineParser &parser, const QStringList &args, const QString &command,
                           const QCommandLineOption &directoryOption, int positionals, const QString &usage,
                           std::unique_ptr<Database> &db, DirectoryRecord &directory)
{
    parser.addHelpOption();
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (parser.positionalArguments().size() != positionals) {
        err() << Tr::tr("scimdesk %1: expected %2.").arg(command, usage) << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(directoryOption)) {
        err() << Tr::tr("scimdesk %1: --directory NAME is required.").arg(command) << Qt::endl;
        return Usage;
    }
    db = openDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    const std::optional<DirectoryRecord> found = DirectoryRepository(*db).byName(parser.value(directoryOption));
    if (!found) {
        err() << Tr::tr("scimdesk %1: there is no directory named \"%2\".").arg(command, parser.value(directoryOption))
              << Qt::endl;
        return Failure;
    }
    directory = *found;
    return std::nullopt;
}

void printSnapshot(const AccessSnapshot &snap)
{
    for (const RoleView &r : snap.roles) {
        QString line = r.builtin ? Tr::tr("%1 (built-in)").arg(r.name) : r.name;
        if (!r.group.isEmpty())
            line += Tr::tr(", from push group %1").arg(r.group);
        if (!r.assignedTo.isEmpty())
            line += Tr::tr(", assigned to %1").arg(r.assignedTo.join(QStringLiteral(", ")));
        line += r.privileges.isEmpty() ? Tr::tr(": no privileges")
                                       : QStringLiteral(": ") + r.privileges.join(QStringLiteral(", "));
        out() << line << Qt::endl;
        for (const HolderView &h : r.holders)
            out() << QStringLiteral("  ") << h.userName << QStringLiteral("  (") << h.via.join(QStringLiteral(", "))
                  << QStringLiteral(")") << Qt::endl;
    }
    out() << Qt::endl << Tr::tr("Users:") << Qt::endl;
    for (const UserView &u : snap.users) {
        out() << QStringLiteral("  ") << u.userName << QStringLiteral("  ") << u.status << QStringLiteral("  ")
              << u.roles.join(QStringLiteral(", ")) << Qt::endl;
    }
}

int show(const QStringList &args, bool history)
{
    const QString command = history ? QStringLiteral("access history") : QStringLiteral("access show");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        history ? Tr::tr("Print who held which role, with which privileges and why, at a past time.")
                : Tr::tr("Print the directory's roles with their privileges and holders (and why they hold "
                         "them), and its users with their status and roles."));
    Common c;
    parser.addOptions({databaseOption(), c.directory, c.json});
    if (history)
        parser.addOption(c.at);
    std::unique_ptr<Database> db;
    DirectoryRecord directory;
    if (const auto code =
            prepare(parser, args, command, c.directory, 0, Tr::tr("no arguments besides options"), db, directory))
        return *code;
    AccessModel model(*db);
    AccessSnapshot snap;
    if (history) {
        const QDateTime at = QDateTime::fromString(parser.value(c.at), Qt::ISODateWithMs);
        if (!parser.isSet(c.at) || !at.isValid()) {
            err() << Tr::tr("scimdesk access history: --at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, "
                            "not \"%1\".")
                         .arg(parser.value(c.at))
                  << Qt::endl;
            return Usage;
        }
        snap = model.snapshotAt(directory, at.toMSecsSinceEpoch());
    } else {
        snap = model.snapshot(directory);
    }
    if (parser.isSet(c.json)) {
        QJsonObject o = snap.toJson();
        o.insert(QStringLiteral("directory"), directory.name);
        o.insert(QStringLiteral("profile"), directory.profile);
        if (history)
            o.insert(QStringLiteral("at"), formatTime(snap.atMs));
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    if (history)
        out() << Tr::tr("Access in %1 as of %2:").arg(directory.name, formatTime(snap.atMs)) << Qt::endl;
    printSnapshot(snap);
    return Ok;
}

using Action = std::function<std::expected<QString, QString>(AccessModel &, const DirectoryRecord &,
                                                             const QStringList &, const Operator &, qint64)>;

int operatorCommand(const QStringList &args, const QString &sub, const QString &description, const QString &usage,
                    int positionals, const QStringList &names, const Action &action)
{
    const QString command = QStringLiteral("access ") + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    for (const QString &n : names)
        parser.addPositionalArgument(n, n);
    Common c;
    parser.addOptions({databaseOption(), c.directory, c.as, c.role, c.json});
    std::unique_ptr<Database> db;
    DirectoryRecord directory;
    if (const auto code = prepare(parser, args, command, c.directory, positionals, usage, db, directory))
        return *code;
    if (!parser.isSet(c.as)) {
        err() << Tr::tr("scimdesk %1: --as USERNAME is required (the operator, who must hold MANAGE_GRANTS).")
                     .arg(command)
              << Qt::endl;
        return Usage;
    }
    AccessModel model(*db);
    const auto done = action(model, directory, parser.positionalArguments(),
                             Operator{parser.value(c.as), parser.value(c.role)}, QDateTime::currentMSecsSinceEpoch());
    if (!done) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, done.error()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(c.json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("directory"), directory.name},
                                           {QStringLiteral("actor"), parser.value(c.as)},
                                           {QStringLiteral("done"), *done}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        out() << Tr::tr("%1 %2 in %3.").arg(parser.value(c.as), *done, directory.name) << Qt::endl;
    }
    return Ok;
}

} // namespace

int runAccess(const QStringList &args)
{
    const QString usage = Tr::tr(
        "Usage: scimdesk access show --directory NAME [--database PATH] [--json]\n"
        "       scimdesk access history --directory NAME --at TIME [--database PATH] [--json]\n"
        "       scimdesk access grant ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]\n"
        "       scimdesk access revoke ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]\n"
        "       scimdesk access create-role ROLE --directory NAME --as USERNAME [--role ROLE] [--database PATH]\n"
        "       scimdesk access assign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]\n"
        "       scimdesk access unassign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]\n");
    if (args.size() < 2 || args.at(1) == QLatin1StringView("--help") || args.at(1) == QLatin1StringView("-h")) {
        out() << usage << Qt::flush;
        return args.size() < 2 ? Usage : Ok;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList{QStringLiteral("scimdesk access ") + sub} + args.mid(2);
    if (sub == QLatin1StringView("show"))
        return show(rest, false);
    if (sub == QLatin1StringView("history"))
        return show(rest, true);
    const QString role = Tr::tr("ROLE");
    if (sub == QLatin1StringView("grant") || sub == QLatin1StringView("revoke")) {
        const bool grant = sub == QLatin1StringView("grant");
        return operatorCommand(
            rest, sub,
            grant ? Tr::tr("Grant a privilege to a role (the operator must hold MANAGE_GRANTS).")
                  : Tr::tr("Revoke a privilege from a role (the operator must hold MANAGE_GRANTS)."),
            Tr::tr("ROLE PRIVILEGE"), 2, {role, Tr::tr("PRIVILEGE")},
            [grant](AccessModel &m, const DirectoryRecord &d, const QStringList &p, const Operator &op, qint64 now) {
                return grant ? m.grant(d, p.at(0), p.at(1), op, now) : m.revoke(d, p.at(0), p.at(1), op, now);
            });
    }
    if (sub == QLatin1StringView("create-role")) {
        return operatorCommand(rest, sub, Tr::tr("Create a custom role with no privileges."), role, 1, {role},
                               [](AccessModel &m, const DirectoryRecord &d, const QStringList &p, const Operator &op,
                                  qint64 now) { return m.createRole(d, p.at(0), op, now); });
    }
    if (sub == QLatin1StringView("assign") || sub == QLatin1StringView("unassign")) {
        const bool assign = sub == QLatin1StringView("assign");
        return operatorCommand(
            rest, sub,
            assign ? Tr::tr("Assign a role to a pushed group; its members hold the role.")
                   : Tr::tr("Take a role back from a group."),
            Tr::tr("ROLE GROUP"), 2, {role, Tr::tr("GROUP")},
            [assign](AccessModel &m, const DirectoryRecord &d, const QStringList &p, const Operator &op, qint64 now) {
                return assign ? m.assignRole(d, p.at(0), p.at(1), op, now)
                              : m.unassignRole(d, p.at(0), p.at(1), op, now);
            });
    }
    err() << Tr::tr("scimdesk access: unknown subcommand \"%1\".").arg(sub) << Qt::endl << usage << Qt::flush;
    return Usage;
}

} // namespace scimdesk::cli
