// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AccessCommand.h"
#include "AuditCommand.h"
#include "CliSupport.h"
#include "ConformanceCommand.h"
#include "DirectoryCommand.h"
#include "ReportCommand.h"
#include "ServeCommand.h"
#include "SimulateCommand.h"
#include "TokenCommand.h"

namespace scimdesk::cli {

bool isCommand(const QString &firstArgument)
{
    static const QStringList commands{
        QStringLiteral("serve"),    QStringLiteral("directory"),   QStringLiteral("token"),
        QStringLiteral("simulate"), QStringLiteral("conformance"), QStringLiteral("access"),
        QStringLiteral("audit"),    QStringLiteral("report"),      QStringLiteral("help"),
        QStringLiteral("--help"),   QStringLiteral("-h"),          QStringLiteral("--version"),
        QStringLiteral("-v"),       QStringLiteral("version")};
    return commands.contains(firstArgument);
}

void printUsage()
{
    out() << Tr::tr("Usage: scimdesk [COMMAND] [OPTIONS]\n"
                    "\n"
                    "Without a command, scimdesk opens the console (or, with no display, runs \"serve\").\n"
                    "\n"
                    "Commands:\n"
                    "  serve       Run the SCIM listener headless until SIGTERM or SIGINT\n"
                    "  directory   Create and list SCIM directories (add, list)\n"
                    "  token       Rotate, revoke and show a directory's bearer tokens\n"
                    "  access      Show roles, holders and history; grant and revoke privileges\n"
                    "  report      Export an audit report (access review, changes, tokens, errors) as CSV, JSON,\n"
                    "              HTML or PDF\n"
                    "  audit       Verify the tamper-evident chains of the journal and the access history\n"
                    "  simulate    Replay an Okta scenario's SCIM requests against a SCIM endpoint\n"
                    "  conformance Run Okta's SCIM SPEC test and request scripts against a SCIM endpoint\n"
                    "\n"
                    "Options:\n"
                    "  -h, --help     Show this help (also: scimdesk COMMAND --help)\n"
                    "  -v, --version  Show the version\n"
                    "\n"
                    "Secrets are never read from the command line: tokens are printed once when created (and kept in\n"
                    "the keychain when a Secret Service is running).\n")
          << Qt::flush;
}

int run(const QStringList &args)
{
    if (args.size() < 2) {
        printUsage();
        return Usage;
    }
    const QString command = args.at(1);
    const QStringList rest = QStringList{QStringLiteral("scimdesk ") + command} + args.mid(2);
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h") ||
        command == QLatin1StringView("help")) {
        printUsage();
        return Ok;
    }
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v") ||
        command == QLatin1StringView("version")) {
        out() << "scimdesk " << SCIMDESK_VERSION << Qt::endl;
        return Ok;
    }
    if (command == QLatin1StringView("serve"))
        return runServe(rest);
    if (command == QLatin1StringView("directory"))
        return runDirectory(rest);
    if (command == QLatin1StringView("token"))
        return runToken(rest);
    if (command == QLatin1StringView("access"))
        return runAccess(rest);
    if (command == QLatin1StringView("report"))
        return runReport(rest);
    if (command == QLatin1StringView("audit"))
        return runAudit(rest);
    if (command == QLatin1StringView("simulate"))
        return runSimulate(rest);
    if (command == QLatin1StringView("conformance"))
        return runConformance(rest);
    err() << Tr::tr("scimdesk: unknown command \"%1\".").arg(command) << Qt::endl
          << Tr::tr("Run \"scimdesk --help\" for the list of commands.") << Qt::endl;
    return Usage;
}

} // namespace scimdesk::cli
