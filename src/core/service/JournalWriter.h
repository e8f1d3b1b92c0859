// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/JournalRepository.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QThread>

namespace scimdesk {

// Writes journal entries of read-only requests, and token last-use times, on a thread and database connection
// of its own, so journaling never stalls the listener. Changes do not go through here: their entry is written in
// the change's own transaction.
class JournalWriter final
{
    Q_DISABLE_COPY_MOVE(JournalWriter)

public:
    using TokenUse = QHash<qint64, QPair<qint64, QString>>; // token id -> (time, client)

    explicit JournalWriter(QString databaseLocation);
    ~JournalWriter(); // writes everything submitted, then stops

    // Queues entries for the next transaction of the writer thread. Thread-safe.
    void submit(QList<JournalEntry> entries, TokenUse tokenUse);
    // Blocks until everything submitted so far is committed (or has failed and been logged).
    void drain();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace scimdesk
