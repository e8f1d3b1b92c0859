// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConformanceCommand.h"

#include "CliSupport.h"
#include "simulator/Conformance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace scimdesk::cli {

namespace {

QJsonObject requestJson(const sim::TraceEntry &t)
{
    QJsonArray headers;
    for (const auto &[k, v] : t.headers)
        headers.append(QString(QString::fromLatin1(k) + QStringLiteral(": ") + QString::fromUtf8(v)));
    return {{QStringLiteral("method"), QString::fromLatin1(t.method)},
            {QStringLiteral("url"), t.url},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(t.body)},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("responseBody"), QString::fromUtf8(t.responseBody)},
            {QStringLiteral("elapsedMs"), t.elapsedMs}};
}

QJsonObject checkJson(const sim::ConformanceCheck &c)
{
    QJsonArray requests;
    for (const sim::TraceEntry &t : c.requests)
        requests.append(requestJson(t));
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("passed"), c.passed},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("requests"), requests}};
}

} // namespace

int runConformance(const QStringList &args)
{
    const QString command = QStringLiteral("conformance");
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Runs Okta's SCIM 2.0 SPEC test and Okta's provisioning request "
                                            "scripts against a SCIM endpoint, one pass/fail line per check."));
    parser.addHelpOption();
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          Tr::tr("The SCIM base URL, e.g. http://127.0.0.1:7643/scim/v2/acme."),
                                          QStringLiteral("URL"));
    const QCommandLineOption tokenEnvOption(
        QStringLiteral("token-env"),
        Tr::tr("The environment variable holding the bearer token (default SCIMDESK_TOKEN)."), QStringLiteral("VAR"),
        QStringLiteral("SCIMDESK_TOKEN"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the checks and requests as JSON."));
    parser.addOptions({targetOption, tokenEnvOption, jsonOption});
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.isSet(targetOption)) {
        err() << Tr::tr("scimdesk conformance: --target is required.") << Qt::endl;
        return Usage;
    }
    const QUrl target(parser.value(targetOption), QUrl::StrictMode);
    if (!target.isValid() ||
        (target.scheme() != QLatin1StringView("http") && target.scheme() != QLatin1StringView("https"))) {
        err() << Tr::tr("scimdesk conformance: --target must be an http:// or https:// URL, not \"%1\".")
                     .arg(parser.value(targetOption))
              << Qt::endl;
        return Usage;
    }
    const QString tokenVariable = parser.value(tokenEnvOption);
    const QByteArray token = qgetenv(tokenVariable.toLocal8Bit().constData());
    if (token.isEmpty()) {
        err() << Tr::tr("scimdesk conformance: the environment variable %1 holding the bearer token is not set.")
                     .arg(tokenVariable)
              << Qt::endl;
        return Usage;
    }

    sim::ConformanceConfig config;
    config.baseUrl = target.toString(QUrl::FullyEncoded);
    config.token = token;
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
