// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// scimdesk report --directory NAME --type T (--at TIME | --from TIME --to TIME) --format F --output FILE
int runReport(const QStringList &args);

} // namespace scimdesk::cli
