// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// `scimdesk serve [--database PATH] [--listen HOST:PORT] [--insecure-bind]`: runs the listener headless until
// SIGTERM or SIGINT, printing each directory's base URL once it is bound.
int runServe(const QStringList &args);

} // namespace scimdesk::cli
