// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalQuery.h"

#include "store/Database.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>
#include <QVariantList>

#include <limits>

namespace scimdesk {

namespace {

// The store's column list and row reader, so the journal is mapped to JournalEntry in one place.
const QString listColumns = JournalRepository::entryColumns();

// A LIKE pattern that finds `text` anywhere, its wildcards taken literally (ESCAPE '\\').
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

struct Where
{
    QString sql; // " WHERE …" or empty
    QVariantList binds;
};

// Case-insensitive "column contains" for `text`. SQLite's LIKE already ignores ASCII case, and LOWER() on every
// row would make a scan of a million entries 2.5 times slower; PostgreSQL's LIKE is case-sensitive, so there
// both sides are lower-cased. (Store's SqlDialect is the natural home for this once it offers it.)
struct Contains
{
    bool sqlite = true;
    QString operator()(const QString &column) const
    {
        return (sqlite ? column : QStringLiteral("LOWER(") + column + u')') + QStringLiteral(" LIKE ? ESCAPE '\\'");
    }
    QString pattern(const QString &text) const { return containsPattern(sqlite ? text : text.toLower()); }
};

Contains containsFor(const Database &db)
{
    return Contains{db.dialect().engine == SqlDialect::Engine::Sqlite};
}

// The filter as SQL conditions with `?` binds.
Where whereClause(const LogFilter &f, const Contains &contains, const QString &extraCondition = {})
{
    QStringList conditions;
    QVariantList binds;
    if (f.fromMs) {
        conditions.append(QStringLiteral("at_ms >= ?"));
        binds.append(*f.fromMs);
    }
    if (f.toMs) {
        conditions.append(QStringLiteral("at_ms < ?"));
        binds.append(*f.toMs);
    }
    if (f.status) {
        conditions.append(QStringLiteral("status = ?"));
        binds.append(*f.status);
    } else {
        switch (f.statusClass) {
        case StatusClass::Any:
            break;
        case StatusClass::Success:
            conditions.append(QStringLiteral("status >= 200 AND status < 300"));
            break;
        case StatusClass::Redirect:
            conditions.append(QStringLiteral("status >= 300 AND status < 400"));
            break;
        case StatusClass::ClientError:
            conditions.append(QStringLiteral("status >= 400 AND status < 500"));
            break;
        case StatusClass::ServerError:
            conditions.append(QStringLiteral("status >= 500"));
            break;
        case StatusClass::Error:
            conditions.append(QStringLiteral("status >= 400"));
            break;
        }
    }
    if (!f.method.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("method = ?"));
        binds.append(f.method.trimmed().toUpper());
    }
    if (!f.directory.isEmpty()) {
        conditions.append(QStringLiteral("directory = ?"));
        binds.append(f.directory);
    }
    if (const QString t = f.text.trimmed(); !t.isEmpty()) {
        conditions.append(u'(' + contains(QStringLiteral("meaning")) + QStringLiteral(" OR ") +
                          contains(QStringLiteral("path")) + QStringLiteral(" OR ") +
                          contains(QStringLiteral("client")) + u')');
        const QString pattern = contains.pattern(t);
        binds << pattern << pattern << pattern;
    }
    // A user or group: entries about that kind of resource whose meaning names it ("created user alice@…"), or
    // whose resource is one whose name matches (a PATCH's meaning may only list the changed attributes).
    // Names are compared with the resources' case-folded keys.
    auto resource = [&](const QString &name, const QString &type, const QString &table, const QString &keyColumn) {
        conditions.append(QStringLiteral("(resource_type = '") + type + QStringLiteral("' AND (") +
                          contains(QStringLiteral("meaning")) + QStringLiteral(" OR resource_id IN (SELECT id FROM ") +
                          table + QStringLiteral(" WHERE ") + keyColumn + QStringLiteral(" LIKE ? ESCAPE '\\')))"));
        binds << contains.pattern(name) << containsPattern(name.toCaseFolded());
    };
    if (const QString u = f.user.trimmed(); !u.isEmpty())
        resource(u, QStringLiteral("User"), QStringLiteral("scim_users"), QStringLiteral("user_name_key"));
    if (const QString g = f.group.trimmed(); !g.isEmpty())
        resource(g, QStringLiteral("Group"), QStringLiteral("scim_groups"), QStringLiteral("display_name_key"));
    if (!extraCondition.isEmpty())
        conditions.append(extraCondition);
    Where w;
    if (!conditions.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    w.binds = std::move(binds);
    return w;
}

JournalEntry readListRow(const SqlRow &row)
{
    return JournalRepository::fromRow(row, false);
}

// A CSV field (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets
// a leading apostrophe: SCIM clients choose these strings, and an export must not become a way to run them.
QByteArray csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    QByteArray bytes = v.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', QByteArrayLiteral("\"\""));
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

bool LogFilter::isEmpty() const
{
    return *this == LogFilter{};
}

std::optional<QString> JournalQuery::validate(const LogFilter &filter)
{
    if (filter.fromMs && filter.toMs && *filter.fromMs >= *filter.toMs)
        return tr("The time range is empty: its start is not before its end.");
    if (filter.status && (*filter.status < 100 || *filter.status > 599))
        return tr("A status is a number from 100 to 599, not %1.").arg(*filter.status);
    return std::nullopt;
}

std::expected<QList<JournalEntry>, QString> JournalQuery::rows(const LogFilter &filter, const QString &seqCondition,
                                                               qint64 seqBound, bool ascending, int limit)
{
    if (const auto invalid = validate(filter))
        return std::unexpected(*invalid);
    if (limit <= 0)
        return std::unexpected(tr("A page holds at least one entry, not %1.").arg(limit));
    Where w = whereClause(filter, containsFor(m_db), seqCondition);
    w.binds << seqBound << limit;
    const QString sql =
        QStringLiteral("SELECT ") + listColumns + QStringLiteral(" FROM journal") + w.sql +
        (ascending ? QStringLiteral(" ORDER BY seq ASC LIMIT ?") : QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    QList<JournalEntry> result;
    result.reserve(limit);
    const bool ok = m_db.select(sql, w.binds, [&](const SqlRow &row) {
        result.append(readListRow(row));
        return true;
    });
    if (!ok)
        return std::unexpected(tr("The journal could not be read: %1").arg(m_db.lastErrorText()));
    return result;
}

std::expected<QList<JournalEntry>, QString> JournalQuery::page(const LogFilter &filter, qint64 beforeSeq, int limit)
{
    // 0 means "from the newest": a bound above every seq.
    if (beforeSeq <= 0)
        beforeSeq = std::numeric_limits<qint64>::max();
    return rows(filter, QStringLiteral("seq < ?"), beforeSeq, false, limit);
}

std::expected<QList<JournalEntry>, QString> JournalQuery::newerThan(const LogFilter &filter, qint64 afterSeq, int limit)
{
    return rows(filter, QStringLiteral("seq > ?"), afterSeq, true, limit);
}

std::expected<qint64, QString> JournalQuery::count(const LogFilter &filter, std::optional<qint64> upToSeq)
{
    if (const auto invalid = validate(filter))
        return std::unexpected(*invalid);
    const Contains contains = containsFor(m_db);
    const Where all = whereClause(filter, contains);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM journal") + all.sql;
    QVariantList binds = all.binds;
    if (upToSeq) {
        // All of them minus the newer ones, in one statement (one snapshot): the first count may use the smallest
        // index and the second is a short range at the end, where "seq <= ?" would walk every row of the table.
        const Where newer = whereClause(filter, contains, QStringLiteral("seq > ?"));
        sql = QStringLiteral("SELECT (") + sql + QStringLiteral(") - (SELECT COUNT(*) FROM journal") + newer.sql + u')';
        binds += newer.binds;
        binds.append(*upToSeq);
    }
    qint64 n = 0;
    if (!m_db.select(sql, binds, [&](const SqlRow &row) {
            n = row.int64(0);
            return false;
        }))
        return std::unexpected(tr("The journal could not be counted: %1").arg(m_db.lastErrorText()));
    return n;
}

std::expected<qint64, QString> JournalQuery::maxSeq()
{
    qint64 n = 0;
    if (!m_db.select(QStringLiteral("SELECT MAX(seq) FROM journal"), {}, [&](const SqlRow &row) {
            n = row.isNull(0) ? 0 : row.int64(0);
            return false;
        }))
        return std::unexpected(tr("The journal could not be read: %1").arg(m_db.lastErrorText()));
    return n;
}

std::expected<std::optional<JournalEntry>, QString> JournalQuery::entry(qint64 seq)
{
    std::optional<JournalEntry> found;
    const bool ok = m_db.select(QStringLiteral("SELECT ") + listColumns +
                                    QStringLiteral(", request_body, response_body FROM journal WHERE seq = ?"),
                                {seq}, [&](const SqlRow &row) {
                                    found = JournalRepository::fromRow(row, true);
                                    return false;
                                });
    if (!ok)
        return std::unexpected(tr("The journal entry could not be read: %1").arg(m_db.lastErrorText()));
    return found;
}

std::expected<LogActivity, QString> JournalQuery::activity(const LogFilter &filter)
{
    if (const auto invalid = validate(filter))
        return std::unexpected(*invalid);
    constexpr qint64 minute = 60'000, hour = 60 * minute, day = 24 * hour;
    // Minutes from the database (one row per minute that saw traffic), rolled up here: choosing the bucket first
    // would need the range, which is another scan.
    const Where w = whereClause(filter, containsFor(m_db));
    QList<LogActivity::Bucket> minutes;
    const bool ok = m_db.select(QStringLiteral("SELECT at_ms / 60000, COUNT(*), SUM(CASE WHEN status >= 400 THEN 1"
                                               " ELSE 0 END) FROM journal") +
                                    w.sql + QStringLiteral(" GROUP BY at_ms / 60000 ORDER BY 1"),
                                w.binds, [&](const SqlRow &row) {
                                    minutes.append({row.int64(0) * minute, row.int64(1), row.int64(2)});
                                    return true;
                                });
    if (!ok)
        return std::unexpected(tr("The journal activity could not be read: %1").arg(m_db.lastErrorText()));
    LogActivity result;
    if (minutes.isEmpty())
        return result;
    const qint64 first = filter.fromMs.value_or(minutes.constFirst().startMs);
    const qint64 last = filter.toMs ? *filter.toMs - 1 : minutes.constLast().startMs;
    const qint64 span = last - first;
    result.bucketMs = span <= 6 * hour ? minute : span <= 30 * day ? hour : day;
    const qint64 start = first - first % result.bucketMs;
    const qint64 count = (last - start) / result.bucketMs + 1;
    result.buckets.resize(count);
    for (qint64 i = 0; i < count; ++i)
        result.buckets[i].startMs = start + i * result.bucketMs;
    for (const LogActivity::Bucket &m : std::as_const(minutes)) {
        const qint64 i = (m.startMs - start) / result.bucketMs;
        if (i < 0 || i >= count)
            continue;
        result.buckets[i].requests += m.requests;
        result.buckets[i].errors += m.errors;
    }
    return result;
}

QByteArray JournalQuery::csvHeader()
{
    return QByteArrayLiteral("seq,time,directory,client,user_agent,method,path,status,latency_ms,meaning\r\n");
}

QByteArray JournalQuery::csvLine(const JournalEntry &e)
{
    return QByteArray::number(e.seq) + ',' +
           QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1() + ',' +
           csvField(e.directory) + ',' + csvField(e.client) + ',' + csvField(e.userAgent) + ',' + csvField(e.method) +
           ',' + csvField(e.path) + ',' + QByteArray::number(e.status) + ',' +
           QByteArray::number(double(e.latencyUs) / 1000.0, 'f', 3) + ',' + csvField(e.meaning) + "\r\n";
}

std::expected<qint64, QString> JournalQuery::exportCsv(const LogFilter &filter, qint64 upToSeq, QIODevice &out,
                                                       const std::function<bool(qint64 done)> &progress)
{
    constexpr int batch = 2000;
    auto writeAll = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    if (!writeAll(csvHeader()))
        return std::unexpected(tr("The export could not be written: %1").arg(out.errorString()));
    qint64 done = 0;
    qint64 before = upToSeq + 1;
    for (;;) {
        auto page = rows(filter, QStringLiteral("seq < ?"), before, false, batch);
        if (!page)
            return std::unexpected(page.error());
        QByteArray chunk;
        for (const JournalEntry &e : std::as_const(*page))
            chunk += csvLine(e);
        if (!writeAll(chunk))
            return std::unexpected(tr("The export could not be written: %1").arg(out.errorString()));
        done += page->size();
        if (progress && !progress(done))
            return std::unexpected(tr("The export was cancelled."));
        if (page->size() < batch)
            return done;
        before = page->constLast().seq;
    }
}

} // namespace scimdesk
