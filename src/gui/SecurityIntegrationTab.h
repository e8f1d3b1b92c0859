// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"

#include <QDialog>
#include <QWidget>

#include <memory>

namespace Ui {
class SecurityIntegrationTab;
class NewDirectoryDialog;
class TokenDialog;
} // namespace Ui

namespace scimdesk {

class AppSettings;

// Asks for a new directory's name, profile, place and token lifetime.
class NewDirectoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewDirectoryDialog)

public:
    explicit NewDirectoryDialog(int tokenDays, QWidget *parent = nullptr);
    ~NewDirectoryDialog() override;
    DirectoryAdmin::NewDirectory spec() const;
    void accept() override;

private:
    const std::unique_ptr<Ui::NewDirectoryDialog> m_ui;
};

// Shows a bearer token once, with a copy button and the warning that it will not be shown again.
class TokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDialog)

public:
    TokenDialog(const QString &directory, const QByteArray &token, const QString &keychainNote,
                QWidget *parent = nullptr);
    ~TokenDialog() override;

private:
    const std::unique_ptr<Ui::TokenDialog> m_ui;
};

// The Security Integration tab: directories, the base URL and token of the selected one, the listener and the
// Okta settings checklist.
class SecurityIntegrationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityIntegrationTab)

public:
    explicit SecurityIntegrationTab(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~SecurityIntegrationTab() override;

    void setDirectories(const QList<DirectorySummary> &directories);
    void setDetail(const DirectoryDetail &detail);
    void setListenerStatus(const ListenerStatus &status);
    void selectDirectory(const QString &name);
    // The console's operator: a token of a profile that wants an administrator's token is issued as theirs.
    void setOperatorName(const QString &userName) { m_operatorName = userName; }
    // The listener address, TLS mode and token lifetime to offer, from the settings.
    void setDefaults(const AppSettings &settings);
    // The listener settings as entered; empty error when valid.
    std::expected<ListenerConfig, QString> listenerConfig() const;

signals:
    void directorySelected(const QString &name);
    void message(const QString &text, bool error);

private:
    void startListener();
    void updateTlsHint();
    QString currentDirectory() const { return m_current; }

    ConsoleBackend &m_backend;
    const std::unique_ptr<Ui::SecurityIntegrationTab> m_ui;
    QString m_current;
    QString m_operatorName;
    bool m_tokenOwnedByAdmin = false; // the current directory's profile wants an administrator's token
    int m_tokenDays = 365;
    QString m_certificateFile; // PEM files chosen in the settings
    QString m_keyFile;
};

} // namespace scimdesk
