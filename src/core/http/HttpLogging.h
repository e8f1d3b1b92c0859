// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The http module's one category ("scimdesk.http"). Never log Authorization headers or bodies with it.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
