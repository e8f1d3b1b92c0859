// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulateCommand.h"

#include "CliSupport.h"
#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scimdesk::cli {

namespace {

QJsonObject resultJson(const sim::ActionResult &r)
{
    QJsonObject o{{QStringLiteral("action"), r.step.action},
                  {QStringLiteral("line"), r.step.line},
                  {QStringLiteral("ok"), r.ok},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("elapsedMs"), r.elapsedMs},
                  {QStringLiteral("requests"), sim::traceJson(r.requests)}};
    if (!r.step.person.isEmpty())
        o.insert(QStringLiteral("person"), r.step.person);
    if (!r.step.group.isEmpty())
        o.insert(QStringLiteral("group"), r.step.group);
    return o;
}

} // namespace

int runSimulate(const QStringList &args)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Replays a scenario's Okta admin actions as Okta's SCIM requests against a SCIM endpoint."));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), Tr::tr("The scenario file (JSON)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the results and traces as JSON."));
    parser.addOptions({scenarioOption, targetOption(), tokenEnvOption(), jsonOption});
    if (!parseOrComplain(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.isSet(scenarioOption) || !parser.isSet(QStringLiteral("target"))) {
        err() << Tr::tr("scimdesk simulate: --scenario and --target are required.") << Qt::endl;
        return Usage;
    }
    const auto target = scimTargetOrComplain(parser, command);
    if (!target)
        return Usage;
    auto scenario = sim::Scenario::load(parser.value(scenarioOption));
    if (!scenario) {
        err() << scenario.error() << Qt::endl;
        return Failure;
    }

    sim::EngineConfig config;
    config.baseUrl = target->baseUrl;
    config.token = target->token;
    sim::ProvisioningEngine engine(scenario->org, config);
    bool allOk = true;
    QJsonArray results;
    for (const sim::Step &step : scenario->steps) {
        const sim::ActionResult r = engine.run(step);
        allOk = allOk && r.ok;
        if (parser.isSet(jsonOption)) {
            results.append(resultJson(r));
            continue;
        }
        QString subject = step.person.isEmpty() ? step.group : step.person;
        if (!step.person.isEmpty() && !step.group.isEmpty())
            subject = step.person + QStringLiteral(" / ") + step.group;
        out() << (r.ok ? QStringLiteral("ok     ") : QStringLiteral("FAILED ")) << QStringLiteral("line ") << step.line
              << QStringLiteral(": ") << step.action << (subject.isEmpty() ? QString() : QString(u' ' + subject))
              << QStringLiteral(" (") << r.requests.size() << QStringLiteral(" requests, ") << r.elapsedMs
              << QStringLiteral(" ms)") << (r.message.isEmpty() ? QString() : QString(QStringLiteral(": ") + r.message))
              << Qt::endl;
    }
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("actions"), results}})
                     .toJson(QJsonDocument::Indented)
              << Qt::flush;
    }
    return allOk ? Ok : Failure;
}

} // namespace scimdesk::cli
