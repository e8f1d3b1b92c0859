// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DirectoryRepository.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace scimdesk {

class ScimServer;

// The console window: starts the embedded SCIM listener on loopback and shows the directories it serves.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QString databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the listener on 127.0.0.1:`port` (0 picks a free port) and loads the directories in the background.
    void startListener(quint16 port);

private:
    void showDirectories(const QList<DirectoryRecord> &directories);
    void showMessage(const QString &text);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    QString m_databasePath;
    std::unique_ptr<ScimServer> m_server;
};

} // namespace scimdesk
