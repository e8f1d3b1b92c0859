// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTableModel.h"

#include "console/LogWorker.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace scimdesk {

namespace {

// A status colour readable on the current palette's base: darker tones on a light base, lighter on a dark one.
QVariant statusColour(int status)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (status >= 500)
        return QColor(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828"));
    if (status >= 400)
        return QColor(dark ? QStringLiteral("#ffcc80") : QStringLiteral("#a65b00"));
    if (status >= 200 && status < 300)
        return QColor(dark ? QStringLiteral("#a5d6a7") : QStringLiteral("#2e7d32"));
    return {};
}

} // namespace

JournalTableModel::JournalTableModel(LogWorker *worker, QObject *parent) : QAbstractTableModel(parent), m_worker(worker)
{
    connect(m_worker, &LogWorker::pageReady, this, &JournalTableModel::takePage);
    connect(m_worker, &LogWorker::tailReady, this, &JournalTableModel::takeTail);
    // A failed request leaves nothing in flight: the next fetchMore() may ask again.
    connect(m_worker, &LogWorker::failed, this, [this] { setFetching(false); });
}

JournalTableModel::~JournalTableModel() = default;

void JournalTableModel::setFilter(const LogFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    ++m_generation;
    m_headSeq = 0;
    m_headKnown = false;
    m_atEnd = false;
    endResetModel();
    m_worker->supersede(m_generation);
    QMetaObject::invokeMethod(m_worker, &LogWorker::stopTail, Qt::QueuedConnection);
    m_fetching = false;
    requestPage(0);
}

void JournalTableModel::setLiveTail(bool on)
{
    if (m_liveTail == on)
        return;
    m_liveTail = on;
    if (on)
        startTailIfReady();
    else
        QMetaObject::invokeMethod(m_worker, &LogWorker::stopTail, Qt::QueuedConnection);
}

void JournalTableModel::startTailIfReady()
{
    if (!m_liveTail || !m_headKnown)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, filter = m_filter, head = m_headSeq] {
            worker->startTail(generation, filter, head);
        },
        Qt::QueuedConnection);
}

void JournalTableModel::requestPage(qint64 beforeSeq)
{
    setFetching(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, filter = m_filter, beforeSeq] {
            worker->fetchPage(generation, filter, beforeSeq, PageSize);
        },
        Qt::QueuedConnection);
}

void JournalTableModel::setFetching(bool fetching)
{
    if (m_fetching == fetching)
        return;
    m_fetching = fetching;
    Q_EMIT loadingChanged(fetching);
}

void JournalTableModel::takePage(quint64 generation, qint64 beforeSeq, qint64 headSeq,
                                 const QList<JournalEntry> &entries, bool atEnd)
{
    if (generation != m_generation)
        return;
    const bool first = beforeSeq <= 0;
    // A page answers the request for the rows after the last one; anything else is a duplicate.
    if (!first && (m_rows.isEmpty() || m_rows.constLast().seq != beforeSeq))
        return;
    m_atEnd = atEnd;
    if (!entries.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size() - 1));
        m_rows.append(entries);
        endInsertRows();
    }
    setFetching(false);
    if (first) {
        m_headSeq = headSeq;
        m_headKnown = true;
        Q_EMIT firstPageLoaded(headSeq);
        startTailIfReady();
    }
}

void JournalTableModel::takeTail(quint64 generation, const QList<JournalEntry> &entries, qint64 headSeq)
{
    if (generation != m_generation || !m_liveTail || entries.isEmpty())
        return;
    // Only what is newer than the rows already shown (a restarted tail may repeat the last batch).
    qsizetype fresh = 0;
    while (fresh < entries.size() && entries.at(fresh).seq > m_headSeq)
        ++fresh;
    m_headSeq = qMax(m_headSeq, headSeq);
    if (fresh == 0)
        return;
    beginInsertRows({}, 0, int(fresh - 1));
    m_rows = entries.first(fresh) + m_rows;
    endInsertRows();
    Q_EMIT rowsPrepended(int(fresh));
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Directory:
            return e.directory;
        case Client:
            return e.client;
        case Method:
            return e.method;
        case Path:
            return e.path;
        case Status:
            return e.status;
        case Latency:
            return tr("%1 ms").arg(QLocale().toString(double(e.latencyUs) / 1000.0, 'f', 1));
        case Meaning:
            return e.meaning;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs);
        case Client:
            return e.userAgent.isEmpty() ? e.client : tr("%1\n%2").arg(e.client, e.userAgent);
        case Path:
            return e.path;
        case Meaning:
            return e.meaning;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Latency)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return index.column() == Status ? statusColour(e.status) : QVariant();
    case SeqRole:
        return e.seq;
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Status || section == Latency ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                       : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Directory:
        return tr("Directory");
    case Client:
        return tr("Client");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Latency:
        return tr("Latency");
    case Meaning:
        return tr("Meaning");
    case ColumnCount:
        break;
    }
    return {};
}

bool JournalTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_headKnown && !m_atEnd && !m_fetching;
}

void JournalTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(m_rows.isEmpty() ? m_headSeq + 1 : m_rows.constLast().seq);
}

} // namespace scimdesk
