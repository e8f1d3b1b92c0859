// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRepository.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace scimdesk {

bool JournalRepository::append(const JournalEntry &e)
{
    const bool ok = m_db.execute(
        QStringLiteral(
            "INSERT INTO journal (at_ms, directory_id, directory, client, user_agent, method, path, status, latency_us,"
            " meaning, resource_type, resource_id, request_body, response_body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.atMs, e.directoryId ? QVariant(*e.directoryId) : QVariant(), text(e.directory), text(e.client),
         text(e.userAgent), text(e.method), text(e.path), e.status, e.latencyUs, text(e.meaning), text(e.resourceType),
         text(e.resourceId), e.requestBody.isNull() ? QByteArray("") : e.requestBody,
         e.responseBody.isNull() ? QByteArray("") : e.responseBody});
    if (!ok)
        qCWarning(lcStore) << "journal append failed:" << m_db.lastErrorText();
    return ok;
}

QList<JournalEntry> JournalRepository::latest(int limit, std::optional<qint64> directoryId)
{
    const QString columns = QStringLiteral(
        "SELECT seq, at_ms, directory_id, directory, client, user_agent, method, path, status, latency_us, meaning,"
        " resource_type, resource_id, request_body, response_body FROM journal");
    QSqlQuery &q =
        m_db.prepared(directoryId ? columns + QStringLiteral(" WHERE directory_id = ? ORDER BY seq DESC LIMIT ?")
                                  : columns + QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    int i = 0;
    if (directoryId)
        q.bindValue(i++, *directoryId);
    q.bindValue(i, limit);
    QList<JournalEntry> result;
    if (q.exec()) {
        while (q.next()) {
            JournalEntry e;
            e.seq = q.value(0).toLongLong();
            e.atMs = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                e.directoryId = q.value(2).toLongLong();
            e.directory = q.value(3).toString();
            e.client = q.value(4).toString();
            e.userAgent = q.value(5).toString();
            e.method = q.value(6).toString();
            e.path = q.value(7).toString();
            e.status = q.value(8).toInt();
            e.latencyUs = q.value(9).toLongLong();
            e.meaning = q.value(10).toString();
            e.resourceType = q.value(11).toString();
            e.resourceId = q.value(12).toString();
            e.requestBody = q.value(13).toByteArray();
            e.responseBody = q.value(14).toByteArray();
            result.append(e);
        }
    }
    q.finish();
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

} // namespace scimdesk
