// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogWorker.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QTimer>

#include <limits>

namespace scimdesk {

LogWorker::LogWorker(QString databasePath, QObject *parent) : QObject(parent), m_databasePath(std::move(databasePath))
{}

// Destroyed on its own thread (QThread::finished → deleteLater), where the connection was opened.
LogWorker::~LogWorker() = default;

void LogWorker::supersede(quint64 generation)
{
    quint64 seen = m_latest.load();
    while (seen < generation && !m_latest.compare_exchange_weak(seen, generation)) {
    }
}

void LogWorker::cancelExport(quint64 exportId)
{
    quint64 seen = m_cancelledExport.load();
    while (seen < exportId && !m_cancelledExport.compare_exchange_weak(seen, exportId)) {
    }
}

void LogWorker::open()
{
    if (m_db)
        return;
    auto db = Database::open(m_databasePath, QStringLiteral("scimdesk-log-%1").arg(quintptr(this), 0, 16));
    if (!db) {
        m_openError = tr("The journal could not be opened: %1").arg(db.error());
        Q_EMIT failed(m_openError);
        return;
    }
    m_db = std::move(*db);
    m_db->leaveCheckpointsToOthers(); // it only reads: the listener's connections checkpoint
    m_query = std::make_unique<JournalQuery>(*m_db);
    m_tailTimer = new QTimer(this);
    m_tailTimer->setInterval(TailIntervalMs);
    connect(m_tailTimer, &QTimer::timeout, this, &LogWorker::pollTail);
    Q_EMIT opened();
}

JournalQuery *LogWorker::query()
{
    if (!m_query)
        Q_EMIT failed(m_openError.isEmpty() ? tr("The journal is not open.") : m_openError);
    return m_query.get();
}

void LogWorker::fetchPage(quint64 generation, const LogFilter &filter, qint64 beforeSeq, int limit)
{
    if (!current(generation))
        return;
    JournalQuery *q = query();
    if (!q)
        return;
    qint64 head = 0;
    qint64 bound = beforeSeq;
    if (beforeSeq <= 0) {
        // The first page and the live tail meet at the newest seq read here, so no entry falls between them.
        const auto max = q->maxSeq();
        if (!max) {
            Q_EMIT failed(max.error());
            return;
        }
        head = *max;
        bound = head + 1;
    }
    const auto page = q->page(filter, bound, limit);
    if (!page) {
        Q_EMIT failed(page.error());
        return;
    }
    Q_EMIT pageReady(generation, beforeSeq, head, *page, page->size() < limit);
}

void LogWorker::fetchCount(quint64 generation, const LogFilter &filter, qint64 upToSeq)
{
    if (!current(generation))
        return;
    if (JournalQuery *q = query()) {
        const auto n = q->count(filter, upToSeq);
        if (n)
            Q_EMIT countReady(generation, *n);
        else
            Q_EMIT failed(n.error());
    }
}

void LogWorker::fetchEntry(qint64 seq)
{
    if (JournalQuery *q = query()) {
        const auto e = q->entry(seq);
        if (!e)
            Q_EMIT failed(e.error());
        else if (!*e)
            Q_EMIT failed(tr("Request %1 is not in the journal.").arg(seq));
        else
            Q_EMIT entryReady(**e);
    }
}

void LogWorker::fetchActivity(quint64 generation, const LogFilter &filter)
{
    if (!current(generation))
        return;
    if (JournalQuery *q = query()) {
        const auto a = q->activity(filter);
        if (a)
            Q_EMIT activityReady(generation, *a);
        else
            Q_EMIT failed(a.error());
    }
}

void LogWorker::startTail(quint64 generation, const LogFilter &filter, qint64 afterSeq)
{
    if (!current(generation) || !query())
        return;
    m_tailGeneration = generation;
    m_tailFilter = filter;
    m_tailSeq = afterSeq;
    m_tailTimer->start();
}

void LogWorker::stopTail()
{
    if (m_tailTimer)
        m_tailTimer->stop();
}

void LogWorker::pollTail()
{
    if (!current(m_tailGeneration)) {
        m_tailTimer->stop(); // a newer filter starts its own tail
        return;
    }
    const auto max = m_query->maxSeq();
    if (!max) {
        Q_EMIT failed(max.error());
        return;
    }
    if (*max <= m_tailSeq)
        return;
    // Oldest first in batches, so that a burst larger than one batch continues where it stopped.
    QList<JournalEntry> fresh;
    qint64 head = m_tailSeq;
    for (;;) {
        const auto batch = m_query->newerThan(m_tailFilter, head, TailBatch);
        if (!batch) {
            Q_EMIT failed(batch.error());
            return;
        }
        fresh.append(*batch);
        if (batch->size() < TailBatch) {
            head = qMax(head, *max);
            break;
        }
        head = batch->constLast().seq;
        if (fresh.size() >= 10 * TailBatch)
            break; // the rest in the next poll, so the GUI takes them in steps
    }
    // Entries newer than `max` may have matched while reading: they are shown now, and the head moves past them.
    if (!fresh.isEmpty())
        head = qMax(head, fresh.constLast().seq);
    m_tailSeq = head;
    if (fresh.isEmpty())
        return;
    std::reverse(fresh.begin(), fresh.end());
    Q_EMIT tailReady(m_tailGeneration, fresh, head);
}

void LogWorker::exportCsv(quint64 exportId, const LogFilter &filter, const QString &filePath)
{
    auto fail = [&](const QString &message, bool cancelled = false) {
        Q_EMIT exportFailed(exportId, message, cancelled);
    };
    JournalQuery *q = query();
    if (!q)
        return fail(m_openError.isEmpty() ? tr("The journal is not open.") : m_openError);
    if (const auto invalid = JournalQuery::validate(filter))
        return fail(*invalid);
    const auto head = q->maxSeq();
    if (!head)
        return fail(head.error());
    const auto total = q->count(filter, *head);
    if (!total)
        return fail(total.error());
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 could not be written: %2").arg(filePath, file.errorString()));
    Q_EMIT exportProgress(exportId, 0, *total);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto written = q->exportCsv(filter, *head, file, [&](qint64 done) {
        if (m_cancelledExport.load() >= exportId)
            return false;
        if (sinceProgress.elapsed() >= 100) {
            Q_EMIT exportProgress(exportId, done, *total);
            sinceProgress.restart();
        }
        return true;
    });
    if (m_cancelledExport.load() >= exportId)
        return fail(tr("The export was cancelled; nothing was written."), true);
    if (!written)
        return fail(written.error());
    if (!file.commit())
        return fail(tr("%1 could not be written: %2").arg(filePath, file.errorString()));
    Q_EMIT exportProgress(exportId, *written, *total);
    Q_EMIT exportFinished(exportId, filePath, *written);
}

LogWorkerThread::LogWorkerThread(const QString &databasePath) : m_worker(new LogWorker(databasePath))
{
    m_thread.setObjectName(QStringLiteral("scimdesk-log"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &LogWorker::open, Qt::QueuedConnection);
}

LogWorkerThread::~LogWorkerThread()
{
    m_worker->supersede(std::numeric_limits<quint64>::max());
    m_worker->cancelExport(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

} // namespace scimdesk
