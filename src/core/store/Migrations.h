// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace scimdesk {

// One schema step: the version it brings the database to and its DDL (with SqlDialect placeholders).
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace scimdesk
