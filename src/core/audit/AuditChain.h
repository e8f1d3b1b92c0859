// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tamper-evident chain over the journal and the access history: how an entry's hash is computed (its
// canonical encoding, see docs/ARCHITECTURE.md "Audit chain"), the link the next entry of a table must carry, the
// heads shown to people, and the verifier that walks every entry and names the first that does not match.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <expected>
#include <functional>
#include <optional>

namespace scimdesk {

class Database;

// What a retention run removed, and the checkpoint it recorded.
struct PruneResult
{
    qint64 removed = 0;       // journal entries deleted
    qint64 cutSeq = 0;        // the newest of them
    QByteArray cutHash;       // its hash: the first kept entry links to it
    qint64 checkpointSeq = 0; // the checkpoint entry (method AUDIT) appended to the chain
};

// The two chains: one per table, each in its own seq order.
enum class Chain { Journal, AccessHistory };

struct ChainHead
{
    QString table;      // "journal" or "access_history"
    qint64 entries = 0; // rows in the table
    qint64 seq = 0;     // the newest entry, 0 when the table is empty
    qint64 atMs = 0;
    QByteArray hash; // the newest entry's hash (the genesis value when empty); empty when not sealed yet
    QString hex() const { return QString::fromLatin1(hash.toHex()); }
};

// The first entry of a chain that does not match, and why.
struct ChainBreak
{
    enum class Kind { Edited, Missing, Reordered, HashRemoved, Unsealed };
    QString table;
    qint64 seq = 0;
    qint64 atMs = 0;
    Kind kind = Kind::Edited;
    QString reason;
    static QString kindName(Kind kind);
};

struct VerifyResult
{
    QList<ChainHead> heads;
    qint64 checked = 0;       // entries whose hash and link were checked
    qint64 unsealed = 0;      // entries written before the chain existed and not sealed yet (see append)
    QList<ChainBreak> breaks; // at most one per chain: its first
    // When retention removed the journal's oldest entries: the last removed one, which the chain continues from.
    qint64 retentionCutSeq = 0;
    bool intact() const { return breaks.isEmpty(); }
};

class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static constexpr int HashSize = 32; // SHA-256

    // What the first entry of a chain links to: 32 zero bytes.
    static QByteArray genesis();
    static QString tableName(Chain chain);

    // The columns an entry of `chain` is made of, in the order of its canonical encoding (and of `values` below).
    static QStringList columns(Chain chain);
    // SHA-256 over the canonical encoding of an entry whose column values (in columns() order: qint64/int, a
    // null QVariant for a missing directory_id, QString or QByteArray) follow `previous`, the previous entry's hash.
    static QByteArray entryHash(Chain chain, const QByteArray &previous, const QVariantList &values);

    // Appends an entry (values in columns() order) with its link and hash. Must run inside the caller's write
    // transaction (BEGIN IMMEDIATE), so no other connection can append between reading the chain's head and the
    // INSERT. Entries written before schema 3 are sealed (hashed in order) the first time. False on a database
    // error (Database::lastErrorText()).
    static bool append(Database &db, Chain chain, const QVariantList &values);

    // The newest entry of each chain (journal first).
    static QList<ChainHead> heads(Database &db);
    // One line for title pages and the console: "journal #N <hex>, access history #M <hex>".
    static QString headsText(const QList<ChainHead> &heads);
    // The command that checks a database's chains.
    static QString verifyCommand(const QString &databasePath);

    // Retention: deletes the journal entries older than `beforeMs` (in seq order, up to the first entry at or after
    // it) and appends a checkpoint entry (method "AUDIT", resource type "Checkpoint") that records the seq and hash
    // it cut at, so that the verifier accepts the first kept entry linking to it. One transaction. The access
    // history is never pruned: past access reviews are rebuilt from it.
    static std::expected<PruneResult, QString> prune(Database &db, qint64 beforeMs, const QString &actor, qint64 nowMs);

    // Called every few thousand entries with (done, total); returning false cancels the verification.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Walks both chains. An error (not a break) when the database cannot be read or the caller cancelled.
    static std::expected<VerifyResult, QString> verify(Database &db, const Progress &progress = {});
};

} // namespace scimdesk
