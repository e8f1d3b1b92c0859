// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRepository.h"

#include "Database.h"
#include "audit/AuditChain.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace scimdesk {

bool JournalRepository::append(const JournalEntry &e)
{
    // Chained: the entry carries the previous entry's hash and its own (audit/AuditChain), in the columns' order.
    const bool ok = AuditChain::append(m_db, Chain::Journal,
                                       {e.atMs, e.directoryId ? QVariant(*e.directoryId) : QVariant(),
                                        text(e.directory), text(e.client), text(e.userAgent), text(e.method),
                                        text(e.path), e.status, e.latencyUs, text(e.meaning), text(e.resourceType),
                                        text(e.resourceId), e.requestBody.isNull() ? QByteArray("") : e.requestBody,
                                        e.responseBody.isNull() ? QByteArray("") : e.responseBody});
    if (!ok)
        qCWarning(lcStore) << "journal append failed:" << m_db.lastErrorText();
    return ok;
}

QString JournalRepository::entryColumns()
{
    return QStringLiteral("seq, at_ms, directory_id, directory, client, user_agent, method, path, status, latency_us,"
                          " meaning, resource_type, resource_id");
}

JournalEntry JournalRepository::fromRow(const SqlRow &row, bool withBodies)
{
    JournalEntry e;
    e.seq = row.int64(0);
    e.atMs = row.int64(1);
    if (!row.isNull(2))
        e.directoryId = row.int64(2);
    e.directory = row.text(3);
    e.client = row.text(4);
    e.userAgent = row.text(5);
    e.method = row.text(6);
    e.path = row.text(7);
    e.status = int(row.int64(8));
    e.latencyUs = row.int64(9);
    e.meaning = row.text(10);
    e.resourceType = row.text(11);
    e.resourceId = row.text(12);
    if (withBodies) {
        e.requestBody = row.blob(13);
        e.responseBody = row.blob(14);
    }
    return e;
}

QList<JournalEntry> JournalRepository::latest(int limit, std::optional<qint64> directoryId)
{
    const QString columns =
        QStringLiteral("SELECT ") + entryColumns() + QStringLiteral(", request_body, response_body FROM journal");
    QList<JournalEntry> result;
    m_db.select(directoryId ? columns + QStringLiteral(" WHERE directory_id = ? ORDER BY seq DESC LIMIT ?")
                            : columns + QStringLiteral(" ORDER BY seq DESC LIMIT ?"),
                directoryId ? QVariantList{*directoryId, limit} : QVariantList{limit}, [&](const SqlRow &row) {
                    result.append(fromRow(row, true));
                    return true;
                });
    return result;
}

qint64 JournalRepository::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM journal"));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

namespace {

QString where(const JournalFilter &f, QVariantList &binds)
{
    QString sql = QStringLiteral(" WHERE (directory_id = ? OR (directory_id IS NULL AND directory = ?))"
                                 " AND at_ms >= ? AND at_ms <= ?");
    binds = {f.directoryId, text(f.directoryName), f.fromMs, f.toMs};
    if (f.minStatus > 0) {
        sql += QStringLiteral(" AND status >= ?");
        binds.append(f.minStatus);
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const int status : f.statuses) {
            marks.append(QStringLiteral("?"));
            binds.append(status);
        }
        sql += QStringLiteral(" AND status IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    if (!f.method.isEmpty()) {
        sql += QStringLiteral(" AND method = ?");
        binds.append(f.method);
    }
    return sql;
}

} // namespace

bool JournalRepository::forEach(const JournalFilter &filter, const std::function<bool(const JournalEntry &)> &onEntry)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT ") + entryColumns() + QStringLiteral(" FROM journal") +
                        where(filter, binds) +
                        (filter.ordered ? QStringLiteral(" ORDER BY at_ms, seq") : QStringLiteral(" ORDER BY seq"));
    const bool ok = m_db.select(sql, binds, [&](const SqlRow &row) { return onEntry(fromRow(row, false)); });
    if (!ok)
        qCWarning(lcStore) << "journal read failed:" << m_db.lastErrorText();
    return ok;
}

qint64 JournalRepository::count(const JournalFilter &filter)
{
    QVariantList binds;
    qint64 n = 0;
    m_db.select(QStringLiteral("SELECT COUNT(*) FROM journal") + where(filter, binds), binds, [&](const SqlRow &row) {
        n = row.int64(0);
        return false;
    });
    return n;
}

} // namespace scimdesk
