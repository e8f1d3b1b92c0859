// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// The command names `scimdesk` treats as headless commands (anything else starts the console).
bool isCommand(const QString &firstArgument);

// Runs a headless command. `args` is the whole argument list including the program name. Needs a
// QCoreApplication. Returns the process exit code (0 ok, 1 failure, 2 usage error).
int run(const QStringList &args);

// Prints the top-level usage.
void printUsage();

} // namespace scimdesk::cli
