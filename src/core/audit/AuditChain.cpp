// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringBuilder>
#include <QtEndian>
#include <openssl/evp.h>

Q_LOGGING_CATEGORY(lcAudit, "scimdesk.audit", QtInfoMsg)

namespace scimdesk {

namespace {

enum class Type { Int, OptionalInt, Bytes };

struct Column
{
    const char *name;
    Type type;
};

struct ChainSpec
{
    const char *table;
    const char *domain; // the encoding's first bytes: which table, which version of the encoding
    QList<Column> columns;
};

const ChainSpec &spec(Chain chain)
{
    static const ChainSpec journal{"journal",
                                   "scimdesk:journal:1",
                                   {{"at_ms", Type::Int},
                                    {"directory_id", Type::OptionalInt},
                                    {"directory", Type::Bytes},
                                    {"client", Type::Bytes},
                                    {"user_agent", Type::Bytes},
                                    {"method", Type::Bytes},
                                    {"path", Type::Bytes},
                                    {"status", Type::Int},
                                    {"latency_us", Type::Int},
                                    {"meaning", Type::Bytes},
                                    {"resource_type", Type::Bytes},
                                    {"resource_id", Type::Bytes},
                                    {"request_body", Type::Bytes},
                                    {"response_body", Type::Bytes}}};
    static const ChainSpec access{"access_history",
                                  "scimdesk:access_history:1",
                                  {{"directory_id", Type::Int},
                                   {"at_ms", Type::Int},
                                   {"event", Type::Bytes},
                                   {"user_name", Type::Bytes},
                                   {"role", Type::Bytes},
                                   {"via", Type::Bytes},
                                   {"privilege", Type::Bytes},
                                   {"status", Type::Bytes},
                                   {"cause", Type::Bytes},
                                   {"actor", Type::Bytes}}};
    return chain == Chain::Journal ? journal : access;
}

// The canonical encoding (docs/ARCHITECTURE.md, "Audit chain"), fed straight into SHA-256: the domain string and
// a 0 byte, the previous hash (32 bytes), then each column in the spec's order: integers as 8 bytes big-endian,
// an optional integer as a 0 byte (null) or a 1 byte and 8 bytes, text (UTF-8) and blobs as a 4-byte big-endian
// length and the bytes.
// SHA-256 through OpenSSL, which uses the CPU's SHA instructions where there are some: every journal entry is
// hashed on the writer thread, and Qt's portable SHA-256 made that thread compete visibly with the request thread.
class Encoder
{
    Q_DISABLE_COPY_MOVE(Encoder)

public:
    Encoder(const ChainSpec &s, const QByteArray &previous) : m_hash(EVP_MD_CTX_new())
    {
        if (!m_hash || EVP_DigestInit_ex(m_hash, EVP_sha256(), nullptr) != 1)
            qFatal("SHA-256 is not available from OpenSSL");
        add(QByteArrayView(s.domain, qsizetype(qstrlen(s.domain)) + 1)); // with its terminating 0
        add(previous);
    }
    ~Encoder() { EVP_MD_CTX_free(m_hash); }
    void integer(qint64 v)
    {
        char b[8];
        qToBigEndian(v, b);
        add(QByteArrayView(b, 8));
    }
    void optionalInteger(bool isNull, qint64 v)
    {
        const char flag = isNull ? 0 : 1;
        add(QByteArrayView(&flag, 1));
        if (!isNull)
            integer(v);
    }
    void bytes(QByteArrayView v)
    {
        char b[4];
        qToBigEndian(quint32(v.size()), b);
        add(QByteArrayView(b, 4));
        add(v);
    }
    // Once: finishes the digest.
    QByteArray result()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_hash, digest, &size);
        return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(size));
    }

private:
    void add(QByteArrayView v) { EVP_DigestUpdate(m_hash, v.data(), size_t(v.size())); }

    EVP_MD_CTX *m_hash;
};

// Hashes an entry from any source of its column values: the values being inserted, or a stored row.
template <typename IsNull, typename Int, typename Bytes>
QByteArray hashEntry(const ChainSpec &s, const QByteArray &previous, IsNull isNull, Int int64, Bytes bytes)
{
    Encoder e(s, previous);
    for (int i = 0; i < s.columns.size(); ++i) {
        switch (s.columns.at(i).type) {
        case Type::Int:
            e.integer(int64(i));
            break;
        case Type::OptionalInt:
            e.optionalInteger(isNull(i), isNull(i) ? 0 : int64(i));
            break;
        case Type::Bytes:
            e.bytes(bytes(i));
            break;
        }
    }
    return e.result();
}

QByteArray hashRow(const ChainSpec &s, const QByteArray &previous, const SqlRow &row, int firstColumn)
{
    return hashEntry(
        s, previous, [&](int i) { return row.isNull(firstColumn + i); },
        [&](int i) { return row.int64(firstColumn + i); }, [&](int i) { return row.blob(firstColumn + i); });
}

QString columnList(const ChainSpec &s)
{
    QStringList names;
    for (const Column &c : s.columns)
        names.append(QString::fromLatin1(c.name));
    return names.join(QStringLiteral(", "));
}

QString table(const ChainSpec &s)
{
    return QString::fromLatin1(s.table);
}

std::optional<qint64> legacyUntil(Database &db, const ChainSpec &s)
{
    std::optional<qint64> until;
    if (!db.select(QStringLiteral("SELECT legacy_until_seq FROM audit_chain WHERE chain = ?"), {table(s)},
                   [&](const SqlRow &row) {
                       until = row.int64(0);
                       return false;
                   }))
        return std::nullopt;
    return until.value_or(0);
}

// Hashes, in seq order, the entries written before the chain existed (schema < 3), in chunks so that no
// statement is stepped while the rows it reads are updated.
bool sealLegacy(Database &db, const ChainSpec &s, qint64 until, QByteArray &previous)
{
    const QString select = QStringLiteral("SELECT seq, ") % columnList(s) % QStringLiteral(" FROM ") % table(s) %
                           QStringLiteral(" WHERE hash IS NULL AND seq <= ? ORDER BY seq LIMIT 10000");
    const QString update =
        QStringLiteral("UPDATE ") % table(s) % QStringLiteral(" SET prev_hash = ?, hash = ? WHERE seq = ?");
    qint64 sealed = 0;
    for (;;) {
        QList<std::tuple<qint64, QByteArray, QByteArray>> chunk;
        if (!db.select(select, {until}, [&](const SqlRow &row) {
                const QByteArray hash = hashRow(s, previous, row, 1);
                chunk.append({row.int64(0), previous, hash});
                previous = hash;
                return true;
            }))
            return false;
        if (chunk.isEmpty())
            break;
        for (const auto &[seq, prev, hash] : std::as_const(chunk)) {
            if (!db.execute(update, {prev, hash, seq}))
                return false;
        }
        sealed += chunk.size();
    }
    qCInfo(lcAudit) << "sealed" << sealed << "entries of" << table(s) << "written before the audit chain existed";
    return true;
}

} // namespace

QByteArray AuditChain::genesis()
{
    return QByteArray(HashSize, '\0');
}

QString AuditChain::tableName(Chain chain)
{
    return table(spec(chain));
}

QStringList AuditChain::columns(Chain chain)
{
    return columnList(spec(chain)).split(QStringLiteral(", "));
}

QByteArray AuditChain::entryHash(Chain chain, const QByteArray &previous, const QVariantList &values)
{
    return hashEntry(
        spec(chain), previous, [&](int i) { return values.value(i).isNull(); },
        [&](int i) { return values.value(i).toLongLong(); },
        [&](int i) {
            const QVariant &v = values.at(i);
            return v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray();
        });
}

bool AuditChain::append(Database &db, Chain chain, const QVariantList &values)
{
    const ChainSpec &s = spec(chain);
    // SQLite's BEGIN IMMEDIATE already holds the database's write lock; PostgreSQL's BEGIN does not, so appenders
    // take the chain's row lock before reading its head (else two could link to the same entry).
    if (db.dialect().engine == SqlDialect::Engine::Postgres &&
        !db.execute(QStringLiteral("SELECT chain FROM audit_chain WHERE chain = ? FOR UPDATE"), {table(s)}))
        return false;
    // The newest entry's hash. NULL only for entries from before schema 3 (sealed now, once), or when someone
    // removed it: then the entry links to the newest hash there is and the verifier names the damaged one.
    std::optional<qint64> headSeq;
    QByteArray previous;
    if (!db.select(QStringLiteral("SELECT seq, hash FROM ") % table(s) % QStringLiteral(" ORDER BY seq DESC LIMIT 1"),
                   {}, [&](const SqlRow &row) {
                       headSeq = row.int64(0);
                       previous = row.isNull(1) ? QByteArray() : row.blob(1);
                       return false;
                   }))
        return false;
    if (!headSeq) {
        previous = genesis();
    } else if (previous.isEmpty()) {
        const std::optional<qint64> until = legacyUntil(db, s);
        if (!until)
            return false;
        if (*headSeq <= *until) {
            previous = genesis();
            if (!sealLegacy(db, s, *until, previous))
                return false;
        } else {
            qCWarning(lcAudit) << "the newest entry of" << table(s) << "has no hash: the chain was damaged";
            if (!db.select(QStringLiteral("SELECT hash FROM ") % table(s) %
                               QStringLiteral(" WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1"),
                           {}, [&](const SqlRow &row) {
                               previous = row.blob(0);
                               return false;
                           }))
                return false;
            if (previous.isEmpty())
                previous = genesis();
        }
    }
    const QByteArray hash = entryHash(chain, previous, values);
    QVariantList binds = values;
    binds << previous << hash;
    QString placeholders = QStringLiteral("?");
    for (qsizetype i = 1; i < binds.size(); ++i)
        placeholders += QStringLiteral(", ?");
    return db.execute(QStringLiteral("INSERT INTO ") % table(s) % QStringLiteral(" (") % columnList(s) %
                          QStringLiteral(", prev_hash, hash) VALUES (") % placeholders % QStringLiteral(")"),
                      binds);
}

QList<ChainHead> AuditChain::heads(Database &db)
{
    QList<ChainHead> result;
    for (const Chain chain : {Chain::Journal, Chain::AccessHistory}) {
        const ChainSpec &s = spec(chain);
        ChainHead head;
        head.table = table(s);
        head.hash = genesis();
        db.select(QStringLiteral("SELECT COUNT(*) FROM ") % table(s), {}, [&](const SqlRow &row) {
            head.entries = row.int64(0);
            return false;
        });
        db.select(QStringLiteral("SELECT seq, at_ms, hash FROM ") % table(s) %
                      QStringLiteral(" ORDER BY seq DESC LIMIT 1"),
                  {}, [&](const SqlRow &row) {
                      head.seq = row.int64(0);
                      head.atMs = row.int64(1);
                      head.hash = row.isNull(2) ? QByteArray() : row.blob(2);
                      return false;
                  });
        result.append(head);
    }
    return result;
}

QString AuditChain::headsText(const QList<ChainHead> &heads)
{
    QStringList parts;
    for (const ChainHead &h : heads) {
        const QString name = h.table == QLatin1StringView("journal") ? tr("journal") : tr("access history");
        parts.append(h.hash.isEmpty() ? tr("%1 #%2 (not sealed yet)").arg(name).arg(h.seq)
                                      : tr("%1 #%2 %3").arg(name).arg(h.seq).arg(h.hex()));
    }
    return parts.join(QStringLiteral(", "));
}

QString AuditChain::verifyCommand(const QString &databasePath)
{
    QString path = databasePath;
    if (path.contains(u' ') || path.contains(u'\'') || path.contains(u'"'))
        path = u'\'' + QString(path).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    return QStringLiteral("scimdesk audit verify --database ") + path;
}

QString ChainBreak::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Edited:
        return QStringLiteral("edited");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Reordered:
        return QStringLiteral("reordered");
    case Kind::HashRemoved:
        return QStringLiteral("hash-removed");
    case Kind::Unsealed:
        return QStringLiteral("unsealed");
    }
    return {};
}

namespace {

// Why an entry does not link to the one before it. Looks up (one scan each, only once a break is found) where the
// entry that really followed the previous one went, and where the entry this one links to is.
ChainBreak classifyLink(Database &db, const ChainSpec &s, qint64 seq, qint64 atMs, qint64 previousSeq,
                        const QByteArray &expected, const QByteArray &linked)
{
    ChainBreak b{table(s), seq, atMs, ChainBreak::Kind::Missing, {}};
    std::optional<qint64> successorSeq;
    db.select(QStringLiteral("SELECT seq FROM ") % table(s) % QStringLiteral(" WHERE prev_hash = ? AND seq <> ?"),
              {expected, seq}, [&](const SqlRow &row) {
                  successorSeq = row.int64(0);
                  return false;
              });
    std::optional<qint64> linkedSeq;
    db.select(QStringLiteral("SELECT seq FROM ") % table(s) % QStringLiteral(" WHERE hash = ?"), {linked},
              [&](const SqlRow &row) {
                  linkedSeq = row.int64(0);
                  return false;
              });
    const QString after =
        previousSeq > 0 ? AuditChain::tr("seq %1").arg(previousSeq) : AuditChain::tr("the start of the chain");
    if (linkedSeq || successorSeq) {
        b.kind = ChainBreak::Kind::Reordered;
        b.reason = linkedSeq ? AuditChain::tr("entries were reordered: this entry was written after the entry now at "
                                              "seq %1, but it comes after %2")
                                   .arg(*linkedSeq)
                                   .arg(after)
                             : AuditChain::tr("entries were reordered: the entry written after %1 is now at seq %2")
                                   .arg(after)
                                   .arg(*successorSeq);
    } else if (previousSeq == 0) {
        b.reason = AuditChain::tr("entries are missing before it: it links to an entry that is not in the table (the "
                                  "first entries were deleted)");
    } else {
        b.reason = AuditChain::tr("entries are missing between %1 and this entry: it links to an entry that is not "
                                  "in the table (deleted, or %1 was edited and its hash recomputed)")
                       .arg(after);
    }
    return b;
}

} // namespace

namespace {

const QString CheckpointMethod = QStringLiteral("AUDIT");
const QString CheckpointType = QStringLiteral("Checkpoint");

struct Checkpoint
{
    qint64 cutSeq = 0;
    QByteArray cutHash;
};

// The newest retention checkpoint of the journal, if any (it is itself an entry of the chain).
std::expected<std::optional<Checkpoint>, QString> latestCheckpoint(Database &db)
{
    std::optional<Checkpoint> found;
    QString problem;
    if (!db.select(QStringLiteral("SELECT seq, response_body FROM journal WHERE method = ? AND resource_type = ?"
                                  " ORDER BY seq DESC LIMIT 1"),
                   {CheckpointMethod, CheckpointType}, [&](const SqlRow &row) {
                       const QJsonObject o = QJsonDocument::fromJson(row.blob(1)).object();
                       const QByteArray hash =
                           QByteArray::fromHex(o.value(QLatin1StringView("cutHash")).toString().toLatin1());
                       if (hash.size() != AuditChain::HashSize || o.value(QLatin1StringView("cutSeq")).toInteger() <= 0)
                           problem =
                               AuditChain::tr("the retention checkpoint at seq %1 is unreadable").arg(row.int64(0));
                       else
                           found = Checkpoint{o.value(QLatin1StringView("cutSeq")).toInteger(), hash};
                       return false;
                   }))
        return std::unexpected(db.lastErrorText());
    if (!problem.isEmpty())
        return std::unexpected(problem);
    return found;
}

} // namespace

std::expected<PruneResult, QString> AuditChain::prune(Database &db, qint64 beforeMs, const QString &actor, qint64 nowMs)
{
    if (!db.begin())
        return std::unexpected(tr("Cannot start a transaction: %1").arg(db.lastErrorText()));
    const auto fail = [&db](const QString &message) {
        db.rollback();
        return std::unexpected(message);
    };
    // Cut in seq order, before the first entry at or after the time: entries the journal writer wrote late for
    // earlier requests stay with their neighbours.
    std::optional<qint64> firstKept;
    std::optional<qint64> newest;
    qint64 unsealed = 0;
    if (!db.select(QStringLiteral("SELECT (SELECT MIN(seq) FROM journal WHERE at_ms >= ?), (SELECT MAX(seq) FROM"
                                  " journal), (SELECT COUNT(*) FROM journal WHERE hash IS NULL)"),
                   {beforeMs}, [&](const SqlRow &row) {
                       if (!row.isNull(0))
                           firstKept = row.int64(0);
                       if (!row.isNull(1))
                           newest = row.int64(1);
                       unsealed = row.int64(2);
                       return false;
                   }))
        return fail(tr("Cannot read the journal: %1").arg(db.lastErrorText()));
    if (unsealed > 0) {
        return fail(tr("The journal has %1 entries from before the audit chain that are not sealed yet; they are "
                       "sealed by the next change, prune after that.")
                        .arg(unsealed));
    }
    PruneResult result;
    const qint64 cutSeq = firstKept ? *firstKept - 1 : newest.value_or(0);
    db.select(QStringLiteral("SELECT seq, hash FROM journal WHERE seq <= ? ORDER BY seq DESC LIMIT 1"), {cutSeq},
              [&](const SqlRow &row) {
                  result.cutSeq = row.int64(0);
                  result.cutHash = row.blob(1);
                  return false;
              });
    if (result.cutSeq == 0) {
        db.rollback();
        return result; // nothing that old
    }
    db.select(QStringLiteral("SELECT COUNT(*) FROM journal WHERE seq <= ?"), {result.cutSeq}, [&](const SqlRow &row) {
        result.removed = row.int64(0);
        return false;
    });
    if (!db.execute(QStringLiteral("DELETE FROM journal WHERE seq <= ?"), {result.cutSeq}))
        return fail(tr("Cannot remove the old entries: %1").arg(db.lastErrorText()));
    const QByteArray record =
        QJsonDocument(QJsonObject{{QStringLiteral("cutSeq"), result.cutSeq},
                                  {QStringLiteral("cutHash"), QString::fromLatin1(result.cutHash.toHex())},
                                  {QStringLiteral("before"), beforeMs},
                                  {QStringLiteral("removed"), result.removed}})
            .toJson(QJsonDocument::Compact);
    const QString meaning = tr("retention removed %1 journal entries up to seq %2 (before %3); the chain continues "
                               "from that entry's hash %4")
                                .arg(result.removed)
                                .arg(result.cutSeq)
                                .arg(QDateTime::fromMSecsSinceEpoch(beforeMs, Qt::UTC).toString(Qt::ISODate),
                                     QString::fromLatin1(result.cutHash.toHex()));
    if (!append(db, Chain::Journal,
                {nowMs, QVariant(), QString(QLatin1StringView("")), actor, QStringLiteral("ScimDesk administration"),
                 CheckpointMethod, QString(QLatin1StringView("")), 200, 0, meaning, CheckpointType,
                 QString::number(result.cutSeq), QByteArray(""), record}))
        return fail(tr("Cannot record the retention checkpoint: %1").arg(db.lastErrorText()));
    db.select(QStringLiteral("SELECT MAX(seq) FROM journal"), {}, [&](const SqlRow &row) {
        result.checkpointSeq = row.int64(0);
        return false;
    });
    if (!db.commit())
        return std::unexpected(tr("Cannot save the retention: %1").arg(db.lastErrorText()));
    qCInfo(lcAudit) << "retention removed" << result.removed << "journal entries up to seq" << result.cutSeq;
    return result;
}

std::expected<VerifyResult, QString> AuditChain::verify(Database &db, const Progress &progress)
{
    VerifyResult result;
    result.heads = heads(db);
    qint64 total = 0;
    for (const ChainHead &h : std::as_const(result.heads))
        total += h.entries;
    qint64 done = 0;
    bool cancelled = false;
    for (const Chain chain : {Chain::Journal, Chain::AccessHistory}) {
        const ChainSpec &s = spec(chain);
        const std::optional<qint64> until = legacyUntil(db, s);
        if (!until)
            return std::unexpected(tr("Cannot read the chain settings: %1").arg(db.lastErrorText()));
        const int prevColumn = int(s.columns.size()) + 1;
        int atColumn = 1;
        while (qstrcmp(s.columns.at(atColumn - 1).name, "at_ms") != 0)
            ++atColumn;
        QByteArray expected = genesis();
        qint64 previousSeq = 0;
        if (chain == Chain::Journal) {
            const auto checkpoint = latestCheckpoint(db);
            if (!checkpoint)
                return std::unexpected(tr("Cannot read the journal: %1").arg(checkpoint.error()));
            if (*checkpoint) {
                expected = (*checkpoint)->cutHash;
                previousSeq = (*checkpoint)->cutSeq;
                result.retentionCutSeq = previousSeq;
                // Retention removed everything up to the cut: an entry there now was put back.
                db.select(QStringLiteral("SELECT seq, at_ms FROM journal WHERE seq <= ? ORDER BY seq LIMIT 1"),
                          {previousSeq}, [&](const SqlRow &row) {
                              result.breaks.append({table(s), row.int64(0), row.int64(1), ChainBreak::Kind::Reordered,
                                                    tr("the entry is older than the retention checkpoint, which "
                                                       "removed every entry up to seq %1")
                                                        .arg(previousSeq)});
                              return false;
                          });
            }
        }
        bool sealedSeen = false;
        qint64 unsealed = 0;
        std::optional<ChainBreak> broken;
        // For a broken link, classified after the scan (it needs other statements).
        std::optional<std::tuple<qint64, qint64, QByteArray>> badLink;
        const bool ok = db.select(
            QStringLiteral("SELECT seq, ") % columnList(s) % QStringLiteral(", prev_hash, hash FROM ") % table(s) %
                QStringLiteral(" WHERE seq > ? ORDER BY seq"),
            {previousSeq}, [&](const SqlRow &row) {
                const qint64 seq = row.int64(0);
                const qint64 atMs = row.int64(atColumn);
                if (++done % 4096 == 0 && progress && !progress(done, total)) {
                    cancelled = true;
                    return false;
                }
                if (row.isNull(prevColumn + 1)) {
                    if (!sealedSeen && seq <= *until) {
                        ++unsealed;
                        return true;
                    }
                    broken = ChainBreak{table(s), seq, atMs, ChainBreak::Kind::HashRemoved,
                                        tr("the entry has no hash: it was removed")};
                    return false;
                }
                if (!sealedSeen && unsealed > 0 && seq > *until) {
                    broken = ChainBreak{table(s), seq, atMs, ChainBreak::Kind::Unsealed,
                                        tr("older entries were never sealed, but this one was appended after them")};
                    return false;
                }
                sealedSeen = true;
                const QByteArray linked = row.isNull(prevColumn) ? QByteArray() : row.blob(prevColumn);
                if (hashRow(s, linked, row, 1) != row.blob(prevColumn + 1)) {
                    broken = ChainBreak{table(s), seq, atMs, ChainBreak::Kind::Edited,
                                        tr("the entry's content does not match its hash: it was edited")};
                    return false;
                }
                if (linked != expected) {
                    badLink = {seq, atMs, linked};
                    return false;
                }
                ++result.checked;
                expected = row.blob(prevColumn + 1);
                previousSeq = seq;
                return true;
            });
        result.unsealed += unsealed;
        if (cancelled)
            return std::unexpected(tr("The verification was cancelled."));
        if (!ok)
            return std::unexpected(tr("Cannot read %1: %2").arg(table(s), db.lastErrorText()));
        if (badLink) {
            const auto &[seq, atMs, linked] = *badLink;
            broken = classifyLink(db, s, seq, atMs, previousSeq, expected, linked);
        }
        if (broken)
            result.breaks.append(*broken);
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace scimdesk
