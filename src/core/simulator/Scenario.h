// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scenario file: the Okta org to start from and the admin actions to replay, parsed with errors that name the
// file, the line and the field ("scenario.json:14: steps[3].person: no person with login \"bob@x\"").

#include "simulator/OktaOrg.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>

namespace scimdesk::sim {

struct Step
{
    QString action; // testConnection, assignGroup, pushGroup, updateProfile, …
    QString person;
    QString group;
    QString to;               // renameGroup
    QJsonObject set;          // updateProfile
    bool deleteInApp = false; // unlinkGroup
    int line = 0;
};

struct Scenario
{
    OktaOrg org;
    QList<Step> steps;

    static std::expected<Scenario, QString> parse(const QByteArray &text, const QString &fileName);
    static std::expected<Scenario, QString> load(const QString &path);
    static QStringList actions();
};

} // namespace scimdesk::sim
