// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace scimdesk {
class Database;
}

namespace scimdesk::cli {

// scimdesk audit verify|prune
int runAudit(const QStringList &args);

// Adds --help, parses, prints the help or the parse error, and refuses positional arguments. Returns the exit code
// when the command must stop there.
std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const QStringList &args, const QString &command);

// ISO 8601 with or without a zone (without one it is UTC). A date alone is the start of that day, or with
// `endOfDay` its last millisecond. nullopt when malformed.
std::optional<qint64> parseIsoTime(const QString &text, bool endOfDay = false);

// Opens --database for audit and report commands, which must never create an empty database where the user
// mistyped a path: a SQLite file that does not exist is an error. nullptr after printing why.
std::unique_ptr<Database> openExistingDatabaseOrComplain(const QCommandLineParser &parser, const QString &command);

} // namespace scimdesk::cli
