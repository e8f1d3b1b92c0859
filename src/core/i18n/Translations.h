// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace scimdesk::Translations {

// The languages ScimDesk is translated into ("en" is the source language), as locale names.
QStringList available();
// The language to use: `chosen` (a locale name from the settings) when ScimDesk has it, otherwise the first of
// the system's UI languages that it has, otherwise English.
QString resolve(const QString &chosen, const QLocale &system = QLocale::system());
// Loads ScimDesk's translation for `language` (embedded at :/i18n) and Qt's own (from Qt's translations
// directory, when installed) into the running application, replacing what an earlier call installed, and makes
// it the default QLocale. Returns false when ScimDesk's translation could not be loaded (English stays).
bool install(const QString &language);

} // namespace scimdesk::Translations
