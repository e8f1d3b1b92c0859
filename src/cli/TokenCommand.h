// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// `scimdesk token rotate|revoke|show NAME …`: a directory's bearer-token lifecycle.
int runToken(const QStringList &args);

} // namespace scimdesk::cli
