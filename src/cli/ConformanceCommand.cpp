// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConformanceCommand.h"

#include "CliSupport.h"
#include "simulator/Conformance.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scimdesk::cli {

namespace {

QJsonObject checkJson(const sim::ConformanceCheck &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("passed"), c.passed},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("requests"), sim::traceJson(c.requests)}};
}

} // namespace

int runConformance(const QStringList &args)
{
    const QString command = QStringLiteral("conformance");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Runs Okta's SCIM 2.0 SPEC test and Okta's provisioning request "
                                            "scripts against a SCIM endpoint, one pass/fail line per check."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the checks and requests as JSON."));
    parser.addOptions({targetOption(), tokenEnvOption(), jsonOption});
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("target"))) {
        err() << Tr::tr("scimdesk conformance: --target is required.") << Qt::endl;
        return Usage;
    }
    const auto target = scimTargetOrComplain(parser, command);
    if (!target)
        return Usage;

    sim::ConformanceConfig config;
    config.baseUrl = target->baseUrl;
    config.token = target->token;
    sim::ConformanceRunner runner(config);
    const bool json = parser.isSet(jsonOption);
    if (!json) {
        QObject::connect(&runner, &sim::ConformanceRunner::checkFinished, &runner, [](const sim::ConformanceCheck &c) {
            out() << (c.passed ? Tr::tr("PASS") : Tr::tr("FAIL")) << u' ' << c.name << QStringLiteral(" (") << c.source
                  << QStringLiteral("): ") << c.reason << Qt::endl;
        });
    }
    const sim::ConformanceReport report = runner.run();
    if (!report.fatal.isEmpty()) {
        err() << Tr::tr("scimdesk conformance: %1").arg(report.fatal) << Qt::endl;
        return Failure;
    }
    if (json) {
        QJsonArray checks;
        for (const sim::ConformanceCheck &c : report.checks)
            checks.append(checkJson(c));
        QJsonArray cleanup;
        for (const QString &problem : report.cleanupProblems)
            cleanup.append(problem);
        out() << QJsonDocument(QJsonObject{{QStringLiteral("checks"), checks},
                                           {QStringLiteral("passed"), report.passed()},
                                           {QStringLiteral("failed"), report.failed()},
                                           {QStringLiteral("cleanupProblems"), cleanup}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    } else {
        for (const QString &problem : report.cleanupProblems)
            err() << Tr::tr("cleanup: %1").arg(problem) << Qt::endl;
        out() << Tr::tr("%1 passed, %2 failed").arg(report.passed()).arg(report.failed()) << Qt::endl;
    }
    return report.failed() == 0 ? Ok : Failure;
}

} // namespace scimdesk::cli
