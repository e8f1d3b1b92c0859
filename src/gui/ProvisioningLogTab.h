// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/LogWorker.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <expected>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;

namespace Ui {
class ProvisioningLogTab;
}

namespace scimdesk {

class JournalTableModel;

// The Provisioning Log tab: every journaled SCIM request in a lazily fetched table, with filters (applied after
// a short pause in typing), a live tail, the selected request's bodies, an activity chart and a CSV export.
// Everything it reads comes from a LogWorker on a thread and database connection of its own.
class ProvisioningLogTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningLogTab)

public:
    static constexpr int FilterDelayMs = 300;

    explicit ProvisioningLogTab(QString databasePath, QWidget *parent = nullptr);
    ~ProvisioningLogTab() override;

    QString directory() const { return m_directory; }
    // The filter the table shows now.
    LogFilter filter() const;
    // Asks for the file "Export CSV…" writes to; by default a save dialog. Tests replace the dialog.
    void setExportFileChooser(std::function<QString()> chooser) { m_chooseExportFile = std::move(chooser); }

public Q_SLOTS:
    // Shows only this directory's requests; empty shows every directory.
    void setDirectory(const QString &name);
    // Applies the filter controls now instead of after the typing pause.
    void applyFilters();
    // Exports the filtered requests to `filePath` on the worker, with a progress dialog that can cancel.
    void exportCsv(const QString &filePath);

Q_SIGNALS:
    void exportFinished(const QString &filePath, qint64 rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::expected<LogFilter, QString> filterFromControls() const;
    void setFilter(const LogFilter &filter);
    void showCount();
    void updateEmptyState();
    void showEntry(const JournalEntry &entry);
    void clearBodies(const QString &placeholder);
    void showMessage(const QString &text, bool error);
    void chooseAndExport();
    void requestActivity();

    const std::unique_ptr<Ui::ProvisioningLogTab> m_ui;
    LogWorkerThread m_workerThread;
    LogWorker *m_worker; // m_workerThread's
    JournalTableModel *m_model;
    QTimer m_filterTimer;
    QTimer m_chartTimer;
    QString m_directory;
    std::optional<qint64> m_count; // up to the first page's head
    qint64 m_tailAdded = 0;        // rows the live tail added since
    qint64 m_selectedSeq = 0;
    quint64 m_exportId = 0;
    QPointer<QProgressDialog> m_progress;
    QList<QMetaObject::Connection> m_exportConnections; // of the running export
    std::function<QString()> m_chooseExportFile;
};

} // namespace scimdesk
