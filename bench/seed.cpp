// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds a benchmark database: one directory with N Okta-shaped users and G empty groups, written through the
// store in one transaction. Prints {"token", "users", "groups"} as JSON and writes the user ids, userNames and
// group ids (one per line) next to the database for the wrk scripts.

#include "service/DirectoryAdmin.h"
#include "service/ResourceCodec.h"
#include "store/Database.h"
#include "store/ResourceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

using namespace scimdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: scimdesk_bench_seed DATABASE USERS GROUPS\n";
        return 2;
    }
    const QString path = args.at(1);
    const int users = args.at(2).toInt();
    const int groups = args.at(3).toInt();
    auto db = Database::open(path, QStringLiteral("seed"));
    if (!db) {
        QTextStream(stderr) << db.error() << '\n';
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DirectoryAdmin::NewDirectory spec;
    spec.name = QStringLiteral("bench");
    auto created = DirectoryAdmin(**db).create(spec, now);
    if (!created) {
        QTextStream(stderr) << created.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ResourceRepository repo(**db);
    QFile ids(path + QStringLiteral(".user-ids")), names(path + QStringLiteral(".user-names")),
        groupIds(path + QStringLiteral(".group-ids"));
    if (!ids.open(QIODevice::WriteOnly) || !names.open(QIODevice::WriteOnly) || !groupIds.open(QIODevice::WriteOnly))
        return 1;
    (*db)->begin();
    for (int i = 0; i < users; ++i) {
        const QString login = QStringLiteral("user%1@example.com").arg(i, 6, 10, QLatin1Char('0'));
        StoredResource r;
        r.directoryId = created->directory.id;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.name = login;
        r.nameKey = ResourceRepository::nameKey(login);
        r.externalId = QStringLiteral("00u%1").arg(i, 17, 36, QLatin1Char('0'));
        r.displayName = QStringLiteral("User %1").arg(i);
        r.active = true;
        r.createdMs = r.modifiedMs = now;
        // Okta's create body, normalised by the same codec the service uses.
        const QJsonObject body{
            {QStringLiteral("userName"), login},
            {QStringLiteral("externalId"), r.externalId},
            {QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("locale"), QStringLiteral("en-US")},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("givenName"), QStringLiteral("User")},
                                                 {QStringLiteral("familyName"), QString::number(i)}}},
            {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("primary"), true},
                                                              {QStringLiteral("value"), login},
                                                              {QStringLiteral("type"), QStringLiteral("work")}}}},
            {QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
             QJsonObject{{QStringLiteral("department"), QStringLiteral("Dept %1").arg(i % 50)}}},
            {QStringLiteral("password"), QStringLiteral("1mz050nq")},
            {QStringLiteral("active"), true}};
        auto input = ResourceCodec::parse(ResourceKind::User, body);
        if (!input)
            return 1;
        r.setDoc(input->doc);
        if (!repo.insert(ResourceKind::User, r)) {
            QTextStream(stderr) << repo.lastError() << '\n';
            return 1;
        }
        ids.write(r.id.toLatin1() + '\n');
        names.write(login.toLatin1() + '\n');
    }
    for (int g = 0; g < groups; ++g) {
        StoredResource r;
        r.directoryId = created->directory.id;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.name = QStringLiteral("group-%1").arg(g);
        r.nameKey = r.name;
        r.createdMs = r.modifiedMs = now;
        r.setDoc(ResourceCodec::parse(ResourceKind::Group, QJsonObject{{QStringLiteral("displayName"), r.name}})->doc);
        if (!repo.insert(ResourceKind::Group, r))
            return 1;
        groupIds.write(r.id.toLatin1() + '\n');
    }
    if (!(*db)->commit())
        return 1;
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(created->token)},
                                                     {QStringLiteral("users"), users},
                                                     {QStringLiteral("groups"), groups},
                                                     {QStringLiteral("seconds"), timer.elapsed() / 1000.0}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}
