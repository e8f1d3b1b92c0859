// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace scimdesk::cli {

// `scimdesk directory add NAME …` and `scimdesk directory list …`.
int runDirectory(const QStringList &args);

} // namespace scimdesk::cli
