// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses between the console and a headless command; does nothing else.
#include "Cli.h"
#include "CliSupport.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool isGuiOption(const char *arg)
{
    const QByteArray a(arg);
    return a == "-platform" || a == "-style" || a == "-reverse" || a == "-qwindowgeometry";
}

// The application's name and version, and its language: the one chosen in the settings, else the system's.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("scimdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIMDESK_VERSION));
    scimdesk::Translations::install(scimdesk::Translations::resolve(scimdesk::AppSettings().language()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]) == "report") {
        // PDF reports are drawn with Qt Gui (QPdfWriter, QTextDocument): a GUI application without a window, on
        // the offscreen platform unless one was chosen, so it works on a server too.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setIdentity();
        return scimdesk::cli::run(QCoreApplication::arguments());
    }
    if (argc > 1 && !isGuiOption(argv[1])) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return scimdesk::cli::run(QCoreApplication::arguments());
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        scimdesk::cli::err() << QCoreApplication::translate(
                                    "main",
                                    "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the console "
                                    "cannot open. Running the headless listener instead (scimdesk serve).")
                             << Qt::endl;
        return scimdesk::cli::run({QStringLiteral("scimdesk"), QStringLiteral("serve")});
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ScimDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.scimdesk.ScimDesk"));
    scimdesk::MainWindow window(scimdesk::cli::defaultDatabasePath());
    window.offerOnboarding();
    window.show();
    window.startListener(7643);
    return QApplication::exec();
}
