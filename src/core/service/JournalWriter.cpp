// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalWriter.h"

#include "store/Database.h"
#include "store/DirectoryRepository.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcScim)

namespace scimdesk {

class JournalWriter::Worker final : public QObject
{
public:
    explicit Worker(QString location) : m_location(std::move(location))
    {
        // The request thread's connection leaves WAL checkpoints to this one (Database::leaveCheckpointsToOthers).
        m_checkpoint.setInterval(1000);
        QObject::connect(&m_checkpoint, &QTimer::timeout, this, [this] {
            if (m_db)
                m_db->checkpoint();
        });
    }

    void startTimers()
    {
        ensureOpen();
        m_checkpoint.start();
    }

    bool ensureOpen()
    {
        if (m_db)
            return true;
        static QAtomicInteger<quint64> counter;
        auto db = Database::open(m_location, QStringLiteral("scimdesk-journal-%1").arg(counter.fetchAndAddRelaxed(1)));
        if (!db) {
            qCWarning(lcScim) << "the journal writer cannot open the database:" << db.error();
            return false;
        }
        m_db = std::move(*db);
        m_db->setCacheSizeKiB(4096); // appends only: a small page cache is enough
        return true;
    }

    void write(const QList<JournalEntry> &entries, const TokenUse &tokenUse)
    {
        m_waiting.append(entries);
        for (auto it = tokenUse.cbegin(); it != tokenUse.cend(); ++it)
            m_tokenUse.insert(it.key(), it.value());
        if (!ensureOpen())
            return; // kept in m_waiting; tried again with the next batch
        JournalRepository journal(*m_db);
        DirectoryRepository directories(*m_db);
        bool ok = m_db->begin();
        for (qsizetype i = 0; ok && i < m_waiting.size(); ++i)
            ok = journal.append(m_waiting.at(i));
        for (auto it = m_tokenUse.cbegin(); ok && it != m_tokenUse.cend(); ++it)
            ok = directories.recordTokenUse(it.key(), it->first, it->second);
        if (ok && m_db->commit()) {
            m_waiting.clear();
            m_tokenUse.clear();
            return;
        }
        m_db->rollback();
        qCWarning(lcScim) << "journal batch not written yet (" << m_waiting.size()
                          << "entries kept):" << m_db->lastErrorText();
    }

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
    QList<JournalEntry> m_waiting;
    TokenUse m_tokenUse;
    QTimer m_checkpoint{this};
};

JournalWriter::JournalWriter(QString databaseLocation) : m_worker(new Worker(std::move(databaseLocation)))
{
    m_thread.setObjectName(QStringLiteral("scimdesk-journal"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->startTimers(); }, Qt::QueuedConnection);
}

JournalWriter::~JournalWriter()
{
    drain();
    m_thread.quit();
    m_thread.wait();
}

void JournalWriter::submit(QList<JournalEntry> entries, TokenUse tokenUse)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, entries = std::move(entries), tokenUse = std::move(tokenUse)] {
            worker->write(entries, tokenUse);
        },
        Qt::QueuedConnection);
}

void JournalWriter::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace scimdesk
