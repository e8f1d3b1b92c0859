// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace scimdesk::Translations {

namespace {

// The translators in use; replaced as a whole by the next install().
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString resolve(const QString &chosen, const QLocale &system)
{
    const QStringList have = available();
    auto language = [](const QString &name) { return QLocale(name).name().section(u'_', 0, 0); };
    if (!chosen.isEmpty() && have.contains(language(chosen)))
        return language(chosen);
    for (const QString &name : system.uiLanguages()) {
        if (have.contains(language(name)))
            return language(name);
    }
    return QStringLiteral("en");
}

bool install(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    // Qt's own strings (standard buttons, file dialogs) are English in the sources; for other languages they come
    // from Qt's translations (Debian's qt6-translations-l10n) when installed.
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1StringView("en") &&
        qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replace(qtTranslator(), std::move(qt));
    else
        replace(qtTranslator(), nullptr);
    // English has a translation too: the plural forms of the "%n …" texts.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/scimdesk_") + language)) {
        replace(appTranslator(), nullptr);
        return false;
    }
    replace(appTranslator(), std::move(app));
    return true;
}

} // namespace scimdesk::Translations
