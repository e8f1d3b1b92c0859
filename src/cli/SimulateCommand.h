// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// `scimdesk simulate --scenario FILE --target URL [--token-env VAR] [--json]`: replays a scenario's Okta actions
// against a SCIM endpoint. Exit 0 only when every action succeeded. The token comes from the environment.
int runSimulate(const QStringList &args);

} // namespace scimdesk::cli
