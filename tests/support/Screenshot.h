// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace scimdesk::test {

// With SCIMDESK_SCREENSHOT_DIR set, saves the widget as NAME.png there, to look at what a test showed; otherwise
// does nothing.
inline void screenshot(QWidget &widget, const QString &name)
{
    const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(50);
    if (!widget.grab().save(QDir(shots).filePath(name + QStringLiteral(".png"))))
        qWarning("cannot save the screenshot %s", qPrintable(name));
}

} // namespace scimdesk::test
