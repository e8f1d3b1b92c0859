// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "service/DirectoryAdmin.h"
#include "service/ScimServer.h"
#include "store/Database.h"
#include "ui_MainWindow.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QtConcurrent>

namespace scimdesk {

MainWindow::MainWindow(QString databasePath, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_databasePath(std::move(databasePath))
{
    m_ui->setupUi(this);
    m_ui->directoriesTableWidget->setColumnCount(4);
    m_ui->directoriesTableWidget->setHorizontalHeaderLabels(
        {tr("Directory"), tr("Profile"), tr("Organization"), tr("SCIM connector base URL")});
    m_ui->directoriesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->directoriesTableWidget->setAccessibleName(tr("Directories"));
    m_ui->hintLabel->setText(tr("Create a directory and its bearer token with:  scimdesk directory add NAME --database "
                                "%1 --json\nThe token is shown once; Okta's \"HTTP Header\" authentication takes it.")
                                 .arg(m_databasePath));
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral("QLabel { padding: 6px; border-radius: 4px;"
                       " background: palette(highlight); color: palette(highlighted-text); }"));
}

MainWindow::~MainWindow()
{
    if (m_server)
        m_server->stop();
}

void MainWindow::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void MainWindow::startListener(quint16 port)
{
    m_server = std::make_unique<ScimServer>(m_databasePath, ServiceConfig{});
    ListenerConfig config;
    config.port = port;
    const std::expected<quint16, QString> bound = m_server->start(config);
    if (!bound) {
        m_ui->listenerLabel->setText(tr("Listener stopped."));
        showMessage(tr("The SCIM listener could not start: %1").arg(bound.error()));
        statusBar()->showMessage(tr("Listener stopped"));
    } else {
        const QString address = m_server->baseUrl(QString()).chopped(QStringLiteral("/scim/v2/").size());
        m_ui->listenerLabel->setText(
            tr("Listening on %1 (loopback only, HTTP). Database: %2").arg(address, m_databasePath));
        statusBar()->showMessage(tr("Listener: %1").arg(address));
    }
    // The store is read off the GUI thread, on a connection of its own.
    auto *watcher = new QFutureWatcher<QList<DirectoryRecord>>(this);
    connect(watcher, &QFutureWatcher<QList<DirectoryRecord>>::finished, this, [this, watcher] {
        showDirectories(watcher->result());
        watcher->deleteLater();
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path] {
        const QString name = QStringLiteral("scimdesk-gui-load-%1").arg(quintptr(QThread::currentThreadId()));
        auto db = Database::open(path, name);
        return db ? DirectoryAdmin(**db).list() : QList<DirectoryRecord>();
    }));
}

void MainWindow::showDirectories(const QList<DirectoryRecord> &directories)
{
    QTableWidget *table = m_ui->directoriesTableWidget;
    table->setRowCount(int(directories.size()));
    for (int row = 0; row < directories.size(); ++row) {
        const DirectoryRecord &d = directories.at(row);
        const QString url =
            m_server && m_server->listener().isRunning() ? m_server->baseUrl(d.name) : DirectoryAdmin::basePath(d.name);
        table->setItem(row, 0, new QTableWidgetItem(d.name));
        table->setItem(row, 1, new QTableWidgetItem(d.profile));
        table->setItem(row, 2, new QTableWidgetItem(d.organization));
        table->setItem(row, 3, new QTableWidgetItem(url));
    }
    if (directories.isEmpty())
        showMessage(tr("No directories yet. Create one with the command shown below, then enter its base URL and "
                       "token in Okta."));
}

} // namespace scimdesk
