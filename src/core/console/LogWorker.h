// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/JournalQuery.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace scimdesk {

class Database;

// Runs the Provisioning Log's journal queries on a thread of its own, over a database connection it opens there
// (connections must not cross threads), and answers every request with a queued signal carrying values, so the
// GUI thread never touches the store. Move it to a QThread, then invoke open() and the other slots queued.
//
// Requests that belong to one state of the log's filter carry its generation: once supersede() has been told of
// a newer one, older requests still in the queue are dropped without running. The live tail polls the newest
// seq every TailIntervalMs while it is on and sends the new entries that match its filter.
class LogWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWorker)

public:
    static constexpr int TailIntervalMs = 500;
    static constexpr int TailBatch = 1000;

    explicit LogWorker(QString databasePath, QObject *parent = nullptr);
    ~LogWorker() override;

    // Thread-safe, for the GUI thread: drop queued requests of generations older than `generation`.
    void supersede(quint64 generation);
    // Thread-safe: stops the export with this id (and any older one) at its next batch.
    void cancelExport(quint64 exportId);

public Q_SLOTS:
    void open();
    // Up to `limit` entries older than `beforeSeq`, newest first. With beforeSeq 0 the page starts at the newest
    // entry and pageReady's headSeq is the newest seq when it was read: the tail continues from there.
    void fetchPage(quint64 generation, const scimdesk::LogFilter &filter, qint64 beforeSeq, int limit);
    void fetchCount(quint64 generation, const scimdesk::LogFilter &filter, qint64 upToSeq);
    void fetchEntry(qint64 seq);
    void fetchActivity(quint64 generation, const scimdesk::LogFilter &filter);
    void startTail(quint64 generation, const scimdesk::LogFilter &filter, qint64 afterSeq);
    void stopTail();
    // Writes the filtered entries as CSV to `filePath` (atomically: the file appears only when complete).
    void exportCsv(quint64 exportId, const scimdesk::LogFilter &filter, const QString &filePath);

Q_SIGNALS:
    void opened();
    void failed(const QString &message);
    void pageReady(quint64 generation, qint64 beforeSeq, qint64 headSeq, const QList<scimdesk::JournalEntry> &entries,
                   bool atEnd);
    void countReady(quint64 generation, qint64 count);
    void entryReady(const scimdesk::JournalEntry &entry);
    void activityReady(quint64 generation, const scimdesk::LogActivity &activity);
    // New entries newest first; `headSeq` is the newest seq looked at.
    void tailReady(quint64 generation, const QList<scimdesk::JournalEntry> &entries, qint64 headSeq);
    void exportProgress(quint64 exportId, qint64 done, qint64 total);
    void exportFinished(quint64 exportId, const QString &filePath, qint64 rows);
    void exportFailed(quint64 exportId, const QString &message, bool cancelled);

private:
    bool current(quint64 generation) const { return generation >= m_latest.load(); }
    // The query object, or nothing after reporting why there is none.
    JournalQuery *query();
    void pollTail();

    const QString m_databasePath;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JournalQuery> m_query;
    QString m_openError;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_cancelledExport{0};
    QTimer *m_tailTimer = nullptr;
    quint64 m_tailGeneration = 0;
    LogFilter m_tailFilter;
    qint64 m_tailSeq = 0;
};

// A LogWorker on a thread of its own: started and asked to open its connection on construction (opened() or
// failed() follows); on destruction queued requests are dropped, a running export stops at its next batch, and
// the worker is deleted on its thread before the thread is joined.
class LogWorkerThread final
{
    Q_DISABLE_COPY_MOVE(LogWorkerThread)

public:
    explicit LogWorkerThread(const QString &databasePath);
    ~LogWorkerThread();

    LogWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    LogWorker *m_worker;
};

} // namespace scimdesk
