// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/Report.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class ReportDialog;
}

namespace scimdesk {

// The Export Report dialog: which report (access review at a date, or changes, tokens or errors over a period),
// of which directory, in which format, to which file. The report runs on a worker thread with its own database
// connection, shows its progress and can be cancelled; the file is written only when complete, and opened on
// request.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // `databasePath` is the database the console uses; `directories` the names to offer (the first is chosen).
    ReportDialog(QString databasePath, QStringList directories, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Chooses a directory (e.g. the one the console shows).
    void setDirectory(const QString &name);
    // How a file is opened ("Open the File"); QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // After each export: the file written, or empty with the error (also shown in the dialog).
    void finished(const QString &outputPath, const QString &error);

protected:
    void reject() override;

private:
    ReportRequest request() const;
    void typeChanged();
    void formatChanged();
    void browse();
    void startExport();
    void cancelExport();
    void exportFinished();
    void showProgress();
    void showError(const QString &text);
    void setRunning(bool running);
    void openFile();

    const std::unique_ptr<Ui::ReportDialog> m_ui;
    const QString m_databasePath;
    QFutureWatcher<std::expected<ReportResult, QString>> m_watcher;
    QTimer m_progressTimer;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
    QString m_written;
    bool m_outputEdited = false;
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace scimdesk
