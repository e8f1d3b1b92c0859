// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "CliSupport.h"
#include "audit/AuditChain.h"
#include "store/Database.h"

#include <QDateTime>
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

std::optional<qint64> parseIsoTime(const QString &text, bool endOfDay)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    const bool dateOnly = text.size() == 10;
    return t.toMSecsSinceEpoch() + (dateOnly && endOfDay ? 24 * 3600 * 1000 - 1 : 0);
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
                                           {QStringLiteral("retentionCutSeq"), result->retentionCutSeq},
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
    if (result->retentionCutSeq > 0) {
        out() << Tr::tr("Retention removed the journal entries up to seq %1; the chain is checked from there.")
                     .arg(result->retentionCutSeq)
              << Qt::endl;
    }
    if (result->intact())
        out() << Tr::tr("Intact: %1 entries checked.").arg(result->checked) << Qt::endl;
    return result->intact() ? Ok : Failure;
}

int prune(const QStringList &args)
{
    const QString command = QStringLiteral("audit prune");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Retention: delete the journal entries older than --before and record, as a new journal entry, the "
               "hash the chain was cut at, so that \"audit verify\" still checks what is kept. The access history "
               "is kept whole (past access reviews are rebuilt from it)."));
    const QCommandLineOption before{QStringLiteral("before"),
                                    Tr::tr("Remove entries older than this time (ISO 8601, UTC unless a zone is "
                                           "given)."),
                                    Tr::tr("TIME")};
    parser.addOptions({databaseOption(), before});
    if (const auto code = parseOptionsOnly(parser, args, command))
        return *code;
    const std::optional<qint64> cut = parseIsoTime(parser.value(before));
    if (!parser.isSet(before) || !cut) {
        err() << Tr::tr("scimdesk %1: --before must be an ISO 8601 time such as 2026-01-01T00:00:00Z, not \"%2\".")
                     .arg(command, parser.value(before))
              << Qt::endl;
        return Usage;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (*cut > now) {
        err() << Tr::tr("scimdesk %1: --before is in the future; retention only removes the past.").arg(command)
              << Qt::endl;
        return Usage;
    }
    const std::unique_ptr<Database> db = openExistingDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    const auto result = AuditChain::prune(*db, *cut, QStringLiteral("local"), now);
    if (!result) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, result.error()) << Qt::endl;
        return Failure;
    }
    if (result->removed == 0) {
        out() << Tr::tr("No journal entries older than %1.").arg(formatTime(*cut)) << Qt::endl;
        return Ok;
    }
    out() << Tr::tr("Removed %1 journal entries up to seq %2; checkpoint at seq %3 records the hash %4.")
                 .arg(result->removed)
                 .arg(result->cutSeq)
                 .arg(result->checkpointSeq)
                 .arg(QString::fromLatin1(result->cutHash.toHex()))
          << Qt::endl;
    return Ok;
}

void printUsage()
{
    out() << Tr::tr("Usage: scimdesk audit verify [--database PATH] [--json]\n"
                    "       scimdesk audit prune --before TIME [--database PATH]\n"
                    "\n"
                    "  verify   Check the journal's and the access history's hash chains; exit 1 naming the\n"
                    "           first entry that was edited, deleted or reordered\n"
                    "  prune    Retention: delete journal entries older than TIME, keeping the chain verifiable\n")
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
    if (sub == QLatin1StringView("prune"))
        return prune(rest);
    err() << Tr::tr("scimdesk audit: unknown subcommand \"%1\".").arg(sub) << Qt::endl;
    printUsage();
    return Usage;
}

} // namespace scimdesk::cli
