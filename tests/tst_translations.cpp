// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console and the command line in German and French: the translations embedded in the binary are loaded for
// the chosen or the system's language, Qt's own (standard buttons) with them, and English keeps its plural forms.

#include "MainWindow.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "support/Screenshot.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace scimdesk;
using scimdesk::test::screenshot;

namespace {

struct Expected
{
    QString language;
    QStringList tabs;      // the six tab titles, in order
    QString settingsTitle; // the Settings dialog's title
    QString languageLabel; // its first label
    QString cancel;        // Qt's own Cancel button
    QString noDirectory;   // the command line's answer for a directory that does not exist
};

Expected german()
{
    return {QStringLiteral("de"),
            {QStringLiteral("Sicherheitsintegration"), QStringLiteral("Zuweisungen"), QStringLiteral("Push-Gruppen"),
             QStringLiteral("Rollenzuordnungen"), QStringLiteral("Provisionierungsprotokoll"),
             QStringLiteral("Simulator")},
            QStringLiteral("Einstellungen"),
            QStringLiteral("&Sprache:"),
            QStringLiteral("Abbrechen"),
            QStringLiteral("Es gibt kein Verzeichnis namens „nope“.")};
}

Expected french()
{
    return {QStringLiteral("fr"),
            {QStringLiteral("Intégration de sécurité"), QStringLiteral("Affectations"), QStringLiteral("Groupes Push"),
             QStringLiteral("Correspondances de rôles"), QStringLiteral("Journal de provisionnement"),
             QStringLiteral("Simulateur")},
            QStringLiteral("Paramètres"),
            QStringLiteral("&Langue\u00a0:"),
            QStringLiteral("Annuler"),
            QStringLiteral("Il n'existe aucun annuaire nommé «\u00a0nope\u00a0».")};
}

struct Run
{
    int exitCode = -1;
    QString err;
};

// The installed command with a clean environment: only the locale variables given, and a HOME of its own.
Run runCli(const QStringList &args, const QString &home, const QList<QPair<QString, QString>> &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    for (const auto &[name, value] : locale)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCIMDESK_BINARY), args);
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void choosesTheLanguage();
    void keepsEnglishPluralForms();
    void consoleSpeaksTheLanguage_data();
    void consoleSpeaksTheLanguage();
    void commandLineFollowsTheLocaleAndTheSettings();
};

void TestTranslations::choosesTheLanguage()
{
    QCOMPARE(Translations::available(), (QStringList{u"en"_qs, u"de"_qs, u"fr"_qs}));
    // The setting wins when ScimDesk has that language; otherwise the system's languages in order, then English.
    QCOMPARE(Translations::resolve(QStringLiteral("fr"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("fr"));
    QCOMPARE(Translations::resolve(QStringLiteral("fr_CA"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("fr"));
    QCOMPARE(Translations::resolve({}, QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    QCOMPARE(Translations::resolve(QStringLiteral("ja"), QLocale(QStringLiteral("fr_BE"))), QStringLiteral("fr"));
    QCOMPARE(Translations::resolve({}, QLocale(QStringLiteral("ja_JP"))), QStringLiteral("en"));
    QCOMPARE(Translations::resolve({}, QLocale::c()), QStringLiteral("en"));
}

void TestTranslations::keepsEnglishPluralForms()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("scimdesk::AccessTreeModel", "%n holder(s)", nullptr, 1),
             QStringLiteral("1 holder"));
    QCOMPARE(QCoreApplication::translate("scimdesk::AccessTreeModel", "%n holder(s)", nullptr, 3),
             QStringLiteral("3 holders"));
}

void TestTranslations::consoleSpeaksTheLanguage_data()
{
    QTest::addColumn<Expected>("expected");
    QTest::newRow("German") << german();
    QTest::newRow("French") << french();
}

void TestTranslations::consoleSpeaksTheLanguage()
{
    QFETCH(Expected, expected);
    QVERIFY(Translations::install(expected.language));
    QCOMPARE(QLocale().language(), QLocale(expected.language).language());

    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("i18n.sqlite")));
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QCOMPARE(titles, expected.tabs);
    screenshot(window, QStringLiteral("console-") + expected.language);

    // The Settings dialog, opened from the menu as a user would.
    auto *action = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), expected.settingsTitle);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("languageLabel"))->text(), expected.languageLabel);
    // Qt's own translation: the standard buttons.
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), expected.cancel);
    screenshot(*dialog, QStringLiteral("settings-") + expected.language);
    dialog->reject();
}

void TestTranslations::commandLineFollowsTheLocaleAndTheSettings()
{
    QTemporaryDir home;
    const QString database = home.filePath(QStringLiteral("cli.sqlite"));
    const QStringList args{QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("nope"),
                           QStringLiteral("--database"), database};
    // The system's language.
    Run r = runCli(args, home.path(), {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(german().noDirectory), qPrintable(r.err));
    r = runCli(args, home.path(), {{QStringLiteral("LC_ALL"), QStringLiteral("C")}});
    QVERIFY2(r.err.contains(QStringLiteral("There is no directory named \"nope\"")), qPrintable(r.err));
    // The language chosen in the settings wins over the system's.
    {
        AppSettings settings(home.filePath(QStringLiteral(".config/ScimDesk/scimdesk.ini")));
        QVERIFY(settings.setLanguage(QStringLiteral("fr")));
        QVERIFY(settings.save());
    }
    r = runCli(args, home.path(), {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(french().noDirectory), qPrintable(r.err));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
