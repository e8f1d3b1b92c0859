// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// scimdesk access show|history|grant|revoke|create-role|assign|unassign
int runAccess(const QStringList &args);

} // namespace scimdesk::cli
