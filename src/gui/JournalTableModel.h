// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/JournalQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace scimdesk {

class LogWorker;

// The journal as a table, newest first, fetched a page at a time from a LogWorker on another thread:
// canFetchMore()/fetchMore() ask for the next page (keyset on seq) and the rows arrive asynchronously, so a
// million entries cost what the visible ones do. With the live tail on, new matching entries are inserted at
// the top. Rows carry no bodies.
class JournalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalTableModel)

public:
    enum Column { Time, Directory, Client, Method, Path, Status, Latency, Meaning, ColumnCount };
    static constexpr int PageSize = 200;
    // The seq of a row's entry, for any column.
    static constexpr int SeqRole = Qt::UserRole + 1;

    // `worker` lives on another thread and must outlive the model.
    explicit JournalTableModel(LogWorker *worker, QObject *parent = nullptr);
    ~JournalTableModel() override;

    // Drops the rows and loads the first page of `filter` (also when it is unchanged: a reload).
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    // Each setFilter() starts a generation; requests of older ones are dropped by the worker.
    quint64 generation() const { return m_generation; }
    // The newest seq the rows are complete up to (0 before the first page).
    qint64 headSeq() const { return m_headSeq; }
    bool isLoading() const { return m_fetching; }
    bool isLiveTail() const { return m_liveTail; }
    void setLiveTail(bool on);
    const JournalEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The first page of the current filter has arrived (possibly empty).
    void firstPageLoaded(qint64 headSeq);
    void loadingChanged(bool loading);
    // The live tail inserted `count` rows at the top.
    void rowsPrepended(int count);

private:
    void requestPage(qint64 beforeSeq);
    void setFetching(bool fetching);
    void takePage(quint64 generation, qint64 beforeSeq, qint64 headSeq, const QList<JournalEntry> &entries, bool atEnd);
    void takeTail(quint64 generation, const QList<JournalEntry> &entries, qint64 headSeq);
    void startTailIfReady();

    LogWorker *const m_worker;
    LogFilter m_filter;
    QList<JournalEntry> m_rows;
    quint64 m_generation = 0;
    qint64 m_headSeq = 0;
    bool m_headKnown = false;
    bool m_fetching = false;
    bool m_atEnd = true;
    bool m_liveTail = false;
};

} // namespace scimdesk
