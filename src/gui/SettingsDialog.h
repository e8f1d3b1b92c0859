// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class QLineEdit;
class QWidget;

namespace scimdesk {

class AppSettings;

// The Settings dialog: shows the application's preferences, checks what was entered (saying plainly what is wrong)
// and writes them to the AppSettings it was given on OK or Apply; Cancel leaves them untouched.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Checks the form and writes it; false (with the reason shown in the dialog) when something is wrong, in which
    // case nothing is written.
    bool apply();

    void accept() override;

Q_SIGNALS:
    // The settings were written (OK or Apply): language and appearance may have changed.
    void applied();

private:
    void load();
    void updateTlsFields();
    void chooseFile(QLineEdit *target, const QString &caption);
    // The first problem in the form and the widget to fix it in; empty text when the form is valid.
    QString problem(QWidget **where) const;
    void showMessage(const QString &text);

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
};

} // namespace scimdesk
