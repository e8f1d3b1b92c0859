// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "AuditCommand.h"
#include "CliSupport.h"
#include "audit/Report.h"
#include "store/Database.h"

#include <QDateTime>
#include <QFileInfo>

namespace scimdesk::cli {

namespace {

QStringList names(const auto &values, const auto &name)
{
    QStringList result;
    for (const auto v : values)
        result.append(name(v));
    return result;
}

} // namespace

int runReport(const QStringList &args)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write an audit report of one directory: access-review (who held which role and privilege at --at, "
               "and why), changes (joiners, movers, leavers with the time to the loss of every role, grants), "
               "tokens (issued, rotated, revoked and expired tokens, last use, bad-token attempts) or errors (failed "
               "requests by cause) over --from/--to. Times are ISO 8601, UTC unless a zone is given; a date alone "
               "is the start of that day (for --to: its end)."));
    const QCommandLineOption directory{QStringLiteral("directory"), Tr::tr("The directory."), Tr::tr("NAME")};
    const QCommandLineOption type{QStringLiteral("type"), Tr::tr("access-review, changes, tokens or errors."),
                                  Tr::tr("TYPE")};
    const QCommandLineOption at{QStringLiteral("at"), Tr::tr("The point in time (access-review)."), Tr::tr("TIME")};
    const QCommandLineOption from{QStringLiteral("from"), Tr::tr("The start of the period."), Tr::tr("TIME")};
    const QCommandLineOption to{QStringLiteral("to"), Tr::tr("The end of the period (included)."), Tr::tr("TIME")};
    const QCommandLineOption format{QStringLiteral("format"), Tr::tr("csv, json, html or pdf."), Tr::tr("FORMAT")};
    const QCommandLineOption output{QStringLiteral("output"), Tr::tr("The file to write (replaced when complete)."),
                                    Tr::tr("FILE")};
    parser.addOptions({databaseOption(), directory, type, at, from, to, format, output});
    if (const auto code = parseOptionsOnly(parser, args, command))
        return *code;
    const auto usage = [&](const QString &message) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, message) << Qt::endl
              << Tr::tr("Run \"scimdesk %1 --help\" for the usage.").arg(command) << Qt::endl;
        return Usage;
    };
    for (const QCommandLineOption &required : {directory, type, format, output}) {
        if (!parser.isSet(required))
            return usage(Tr::tr("--%1 is required.").arg(required.names().first()));
    }
    ReportRequest request;
    const auto reportType = Reports::typeFromName(parser.value(type));
    if (!reportType) {
        return usage(
            Tr::tr("--type must be one of %1, not \"%2\".")
                .arg(names(Reports::types(), Reports::typeName).join(QStringLiteral(", ")), parser.value(type)));
    }
    request.type = *reportType;
    const auto reportFormat = Reports::formatFromName(parser.value(format));
    if (!reportFormat) {
        return usage(
            Tr::tr("--format must be one of %1, not \"%2\".")
                .arg(names(Reports::formats(), Reports::formatName).join(QStringLiteral(", ")), parser.value(format)));
    }
    request.format = *reportFormat;
    const auto time = [&](const QCommandLineOption &option, bool endOfDay) -> std::optional<qint64> {
        return parseIsoTime(parser.value(option), endOfDay);
    };
    if (Reports::isPointInTime(request.type)) {
        if (!parser.isSet(at) || parser.isSet(from) || parser.isSet(to))
            return usage(Tr::tr("--type %1 takes --at TIME (not --from/--to).").arg(parser.value(type)));
        const auto t = time(at, false);
        if (!t) {
            return usage(Tr::tr("--at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, not \"%1\".")
                             .arg(parser.value(at)));
        }
        request.atMs = *t;
    } else {
        if (parser.isSet(at) || !parser.isSet(from) || !parser.isSet(to))
            return usage(Tr::tr("--type %1 takes --from TIME and --to TIME (not --at).").arg(parser.value(type)));
        const auto f = time(from, false);
        const auto t = time(to, true);
        if (!f || !t) {
            return usage(Tr::tr("--from and --to must be ISO 8601 times such as 2026-11-01T12:00:00Z, not \"%1\".")
                             .arg(parser.value(!f ? from : to)));
        }
        request.fromMs = *f;
        request.toMs = *t;
    }
    request.directory = parser.value(directory);
    request.outputPath = QFileInfo(parser.value(output)).absoluteFilePath();
    if (const auto why = Reports::problem(request)) {
        if (request.format == ReportFormat::Pdf) {
            err() << Tr::tr("scimdesk %1: %2").arg(command, *why) << Qt::endl
                  << Tr::tr("Make the PDF with the console's Export Report dialog, or write --format html and print "
                            "it to PDF.")
                  << Qt::endl;
            return Failure;
        }
        return usage(*why);
    }
    const std::unique_ptr<Database> db = openExistingDatabaseOrComplain(parser, command);
    if (!db)
        return Failure;
    request.databasePath = QFileInfo(db->location()).absoluteFilePath();
    const auto result = Reports::generate(*db, request);
    if (!result) {
        err() << Tr::tr("scimdesk %1: %2").arg(command, result.error()) << Qt::endl;
        return Failure;
    }
    out() << Tr::tr("Wrote %1 (%2 rows) to %3.")
                 .arg(Reports::title(request.type))
                 .arg(result->rows)
                 .arg(result->outputPath)
          << Qt::endl;
    return Ok;
}

} // namespace scimdesk::cli
