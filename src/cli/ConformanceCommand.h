// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// `scimdesk conformance --target URL [--token-env VAR] [--json]`: runs Okta's SPEC test and request scripts
// against a SCIM endpoint and prints a line per check. Exit 0 only when every check passed. The token comes from
// the environment.
int runConformance(const QStringList &args);

} // namespace scimdesk::cli
