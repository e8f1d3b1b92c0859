// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

namespace scimdesk {

// Applies the appearance of the settings to the running application: the system's style and palette, or Qt's
// Fusion style with a light or a dark palette. Can be called again to change it.
void applyAppearance(AppSettings::Appearance appearance);

} // namespace scimdesk
