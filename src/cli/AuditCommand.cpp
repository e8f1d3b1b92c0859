// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "CliSupport.h"
#include "audit/AuditChain.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scimdesk::cli {

std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const QStringList &args, const QString &command)
{
    parser.addHelpOption();
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("scimdesk %1: unexpected argument \"%2\".").arg(command, parser.positionalArguments().first())
              << Qt::endl
              << Tr::tr("Run \"scimdesk %1 --help\" for the usage.").arg(command) << Qt::endl;
        return Usage;
    }
    return std::nullopt;
}

std::unique_ptr<Database> openExistingDatabaseOrComplain(const QCommandLineParser &parser, const QString &command)
{
    const QString path =
        parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database")) : defaultDatabasePath();
    const bool isUrl =
        path.startsWith(QLatin1StringView("postgresql://")) || path.startsWith(QLatin1StringView("postgres://"));
    if (!isUrl && !QFileInfo(path).isFile()) {
        err() << Tr::tr("scimdesk %1: there is no database at %2.").arg(command, path) << Qt::endl;
        return nullptr;
    }
    return openDatabaseOrComplain(parser, command);
}

namespace {

QJsonObject headJson(const ChainHead &h)
{
    return {{QStringLiteral("table"), h.table},
            {QStringLiteral("entries"), h.entries},
            {QStringLiteral("seq"), h.seq},
            {QStringLiteral("at"), h.seq > 0 ? QJsonValue(formatTime(h.atMs)) : QJsonValue()},
            {QStringLiteral("hash"), h.hash.isEmpty() ? QJsonValue() : QJsonValue(h.hex())}};
}

int verify(const QStringList &args)
{
    const QString command = QStringLiteral("audit verify");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check the tamper-evident chains of the journal and the access history: exit 0 when every entry "
               "matches its hash and links to the one before it, 1 naming the first entry that does not (and why)."));
    const QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print the result as JSON.")};
    parser.addOptions({databaseOption(), json});
    if (const auto code = parseOptionsOnly(parser, args, command))
        return *code;
    const std::unique_ptr<Database> db = openExistingDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    const auto result = AuditChain::verify(*db);
    if (!result) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, result.error()) << Qt::endl;
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray heads;
        for (const ChainHead &h : result->heads)
            heads.append(headJson(h));
        QJsonArray breaks;
        for (const ChainBreak &b : result->breaks) {
            breaks.append(QJsonObject{{QStringLiteral("table"), b.table},
                                      {QStringLiteral("seq"), b.seq},
                                      {QStringLiteral("at"), formatTime(b.atMs)},
                                      {QStringLiteral("kind"), ChainBreak::kindName(b.kind)},
                                      {QStringLiteral("reason"), b.reason}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("intact"), result->intact()},
                                           {QStringLiteral("checked"), result->checked},
                                           {QStringLiteral("unsealed"), result->unsealed},
                                           {QStringLiteral("heads"), heads},
                                           {QStringLiteral("breaks"), breaks}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
        return result->intact() ? Ok : Failure;
    }
    for (const ChainHead &h : result->heads) {
        out() << Tr::tr("%1: %2 entries, head #%3 %4")
                     .arg(h.table)
                     .arg(h.entries)
                     .arg(h.seq)
                     .arg(h.hash.isEmpty() ? Tr::tr("(not sealed yet)") : h.hex())
              << Qt::endl;
    }
    if (result->unsealed > 0) {
        out() << Tr::tr("%1 entries were written before the chain existed and are sealed by the next change.")
                     .arg(result->unsealed)
              << Qt::endl;
    }
    for (const ChainBreak &b : result->breaks) {
        out() << Tr::tr("BROKEN: %1 seq %2 (%3), %4: %5")
                     .arg(b.table)
                     .arg(b.seq)
                     .arg(formatTime(b.atMs), ChainBreak::kindName(b.kind), b.reason)
              << Qt::endl;
    }
    if (result->intact())
        out() << Tr::tr("Intact: %1 entries checked.").arg(result->checked) << Qt::endl;
    return result->intact() ? Ok : Failure;
}

void printUsage()
{
    out() << Tr::tr("Usage: scimdesk audit verify [--database PATH] [--json]\n"
                    "\n"
                    "  verify   Check the journal's and the access history's hash chains; exit 1 naming the\n"
                    "           first entry that was edited, deleted or reordered\n")
          << Qt::flush;
}

} // namespace

int runAudit(const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QLatin1StringView("--help") || args.at(1) == QLatin1StringView("-h")) {
        printUsage();
        return args.size() < 2 ? Usage : Ok;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList{args.at(0) + u' ' + sub} + args.mid(2);
    if (sub == QLatin1StringView("verify"))
        return verify(rest);
    err() << Tr::tr("scimdesk audit: unknown subcommand \"%1\".").arg(sub) << Qt::endl;
    printUsage();
    return Usage;
}

} // namespace scimdesk::cli
