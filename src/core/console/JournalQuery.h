// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/JournalRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

class QIODevice;

namespace scimdesk {

class Database;

// Which responses a journal filter keeps by status.
enum class StatusClass { Any, Success, Redirect, ClientError, ServerError, Error };

// What the Provisioning Log shows: every field is optional, an empty or unset one keeps every entry.
struct LogFilter
{
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs;   // exclusive
    StatusClass statusClass = StatusClass::Any;
    std::optional<int> status; // an exact status, instead of the class
    QString method;            // exact, case-insensitive ("PATCH")
    QString user;              // part of a userName: in the entry's meaning or its user resource
    QString group;             // part of a group's displayName: in the meaning or its group resource
    QString text;              // part of the meaning, path or client
    QString directory;         // a directory's name

    bool isEmpty() const;
    bool operator==(const LogFilter &) const = default;
};

// Requests and errors (status 400 and above) per time bucket over the filtered entries, oldest first, with
// empty buckets filled in so that a chart shows quiet periods as zero.
struct LogActivity
{
    qint64 bucketMs = 60'000;
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 requests = 0;
        qint64 errors = 0;
    };
    QList<Bucket> buckets;
};

// The Provisioning Log's queries over the journal table: a filter turned into parameterised SQL, pages newest
// first by keyset on seq (never OFFSET, so the millionth row costs what the first does), counts, the entries
// that arrived after a seq (the live tail), one entry with its bodies, an activity histogram and a CSV export.
// Page entries carry no bodies; entry() loads them. Every method fails with a translated message.
class JournalQuery final
{
    Q_DECLARE_TR_FUNCTIONS(JournalQuery)

public:
    explicit JournalQuery(Database &db) : m_db(db) {}

    // Why a filter cannot be run (an empty range, a status outside 100–599), or nothing.
    static std::optional<QString> validate(const LogFilter &filter);

    // Up to `limit` entries with seq < `beforeSeq` (0: from the newest), newest first.
    std::expected<QList<JournalEntry>, QString> page(const LogFilter &filter, qint64 beforeSeq, int limit);
    // Up to `limit` entries with seq > `afterSeq`, OLDEST first, so that a caller can continue after the last.
    std::expected<QList<JournalEntry>, QString> newerThan(const LogFilter &filter, qint64 afterSeq, int limit);
    // How many entries the filter keeps (with seq <= `upToSeq` when given).
    std::expected<qint64, QString> count(const LogFilter &filter, std::optional<qint64> upToSeq = std::nullopt);
    // The newest seq in the journal (0 when it is empty).
    std::expected<qint64, QString> maxSeq();
    // One entry with its bodies, or nothing when there is no such seq.
    std::expected<std::optional<JournalEntry>, QString> entry(qint64 seq);
    // Requests and errors per minute (span up to 6 hours), hour (up to 30 days) or day.
    std::expected<LogActivity, QString> activity(const LogFilter &filter);

    // Writes the filtered entries with seq <= `upToSeq` as CSV (RFC 4180, UTF-8, a header row), newest first.
    // `progress(done)` is called after each batch; returning false cancels. Returns the rows written.
    std::expected<qint64, QString> exportCsv(const LogFilter &filter, qint64 upToSeq, QIODevice &out,
                                             const std::function<bool(qint64 done)> &progress);

    // The CSV header and one entry's line (with "\r\n"), exposed for tests.
    static QByteArray csvHeader();
    static QByteArray csvLine(const JournalEntry &entry);

private:
    std::expected<QList<JournalEntry>, QString> rows(const LogFilter &filter, const QString &seqCondition,
                                                     qint64 seqBound, bool ascending, int limit);

    Database &m_db;
};

} // namespace scimdesk

Q_DECLARE_METATYPE(scimdesk::LogFilter)
Q_DECLARE_METATYPE(scimdesk::LogActivity)
