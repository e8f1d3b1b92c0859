// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The tamper-evident chain: every journal and access-history entry written by the service (request thread and
// journal writer), by token administration and by operator actions links to the one before it; the verifier
// names the first edited, deleted, reordered or re-hashed entry in a copy of the database changed with plain SQL
// through a separate connection; entries from before the chain are sealed once; `scimdesk audit verify` as a
// process.

#include "audit/AuditChain.h"
#include "service/TokenAdmin.h"
#include "store/JournalRepository.h"
#include "support/ScimTestServer.h"
#include "tst_audit_support.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace scimdesk;
using namespace scimdesk::test;

namespace {

Run runCli(const QStringList &args)
{
    return runProgram(QStringLiteral(SCIMDESK_BINARY), args);
}

QByteArray userBody(const QString &userName, bool active = true)
{
    return json({{QStringLiteral("schemas"), QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User")}},
                 {QStringLiteral("userName"), userName},
                 {QStringLiteral("active"), active}});
}

// Plain SQL on a database file through its own Qt Sql connection, as someone with file access would do it.
class Tamper
{
public:
    explicit Tamper(const QString &path) : m_name(QStringLiteral("tamper-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Tamper() { QSqlDatabase::removeDatabase(m_name); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source; // a database written by the real service, closed
    int m_copies = 0;

    // A private copy of the source database to damage.
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_source, path))
            qFatal("cannot copy the database");
        return path;
    }
    VerifyResult verify(const QString &path)
    {
        auto db = Database::open(path, QStringLiteral("verify-%1").arg(++m_copies));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto result = AuditChain::verify(**db);
        if (!result)
            qFatal("%s", qPrintable(result.error()));
        return *result;
    }

private slots:
    void initTestCase();
    void everyWriterChains();
    void catchesEditedEntries();
    void catchesDeletedEntries();
    void catchesReorderedEntries();
    void catchesRehashedAndUnhashedEntries();
    void sealsEntriesFromBeforeTheChain();
    void retentionCutsAtACheckpoint();
    void verifyCommand();
};

void TestAuditChain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ScimTestServer server(QStringLiteral("acme"), QStringLiteral("deltastream"));
    // Changes (request thread, in their transactions) interleaved with reads (journal writer thread, batches).
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        const Reply created =
            server.post(QStringLiteral("/Users"), userBody(QStringLiteral("user%1@acme.test").arg(i)));
        QCOMPARE(created.status, 201);
        ids.append(created.json().value(QLatin1StringView("id")).toString());
        QCOMPARE(server.get(QStringLiteral("/Users/") + ids.last()).status, 200);
        QCOMPARE(server.get(QStringLiteral("/Users?filter=userName%20eq%20%22nobody%22")).status, 200);
    }
    QJsonArray members;
    for (const QString &id : std::as_const(ids))
        members.append(QJsonObject{{QStringLiteral("value"), id}});
    QCOMPARE(server
                 .post(QStringLiteral("/Groups"),
                       json({{QStringLiteral("schemas"),
                              QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group")}},
                             {QStringLiteral("displayName"), QStringLiteral("engineering")},
                             {QStringLiteral("members"), members}}))
                 .status,
             201);
    QCOMPARE(server.send("GET", QStringLiteral("/Users"), {}, "Bearer wrong").status, 401);
    QCOMPARE(server
                 .patch(QStringLiteral("/Users/") + ids.first(),
                        jq(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],)"
                           R"("Operations":[{"op":"replace","value":{"active":false}}]})"))
                 .status,
             200);
    server.stop();
    // Token administration from another connection, as the CLI does.
    auto db = Database::open(server.databasePath(), QStringLiteral("admin"));
    QVERIFY(db.has_value());
    const auto rotated = TokenAdmin(**db).rotate(QStringLiteral("acme"), 0, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(rotated.has_value(), qPrintable(rotated ? QString() : rotated.error()));
    db->reset();
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    QVERIFY(QFile::copy(server.databasePath(), m_source)); // closed, checkpointed: one file
}

void TestAuditChain::everyWriterChains()
{
    const VerifyResult r = verify(copy());
    QVERIFY2(r.intact(), qPrintable(r.breaks.isEmpty() ? QString() : r.breaks.first().reason));
    QCOMPARE(r.unsealed, 0);
    QCOMPARE(r.heads.size(), 2);
    const ChainHead &journal = r.heads.at(0);
    const ChainHead &access = r.heads.at(1);
    QCOMPARE(journal.table, QStringLiteral("journal"));
    QCOMPARE(access.table, QStringLiteral("access_history"));
    // 12 × (POST, GET, GET) + group + 401 + PATCH + the directory's creation + the rotation.
    QCOMPARE(journal.entries, 12 * 3 + 5);
    QVERIFY(access.entries > 12 * 2); // each user's status and public holding, the group's role and holdings
    QCOMPARE(r.checked, journal.entries + access.entries);
    QCOMPARE(journal.hash.size(), AuditChain::HashSize);
    QVERIFY(journal.hash != AuditChain::genesis());

    // The hash is the documented encoding: recompute the first journal entry's by hand.
    Tamper t(m_source);
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("tamper-1")));
    QVERIFY(q.exec(QStringLiteral("SELECT at_ms, directory_id, directory, client, user_agent, method, path, status,"
                                  " latency_us, meaning, resource_type, resource_id, request_body, response_body,"
                                  " prev_hash, hash FROM journal ORDER BY seq LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(14).toByteArray(), AuditChain::genesis());
    QByteArray encoding = QByteArray("scimdesk:journal:1") + '\0' + AuditChain::genesis();
    const auto integer = [&](qint64 v) {
        char b[8];
        qToBigEndian(v, b);
        encoding.append(b, 8);
    };
    const auto bytes = [&](const QByteArray &v) {
        char b[4];
        qToBigEndian(quint32(v.size()), b);
        encoding.append(b, 4).append(v);
    };
    integer(q.value(0).toLongLong());
    encoding.append('\1');
    integer(q.value(1).toLongLong());
    for (int c : {2, 3, 4, 5, 6})
        bytes(q.value(c).toString().toUtf8());
    integer(q.value(7).toLongLong());
    integer(q.value(8).toLongLong());
    for (int c : {9, 10, 11})
        bytes(q.value(c).toString().toUtf8());
    bytes(q.value(12).toByteArray());
    bytes(q.value(13).toByteArray());
    QCOMPARE(q.value(15).toByteArray(), QCryptographicHash::hash(encoding, QCryptographicHash::Sha256));
}

void TestAuditChain::catchesEditedEntries()
{
    const QString path = copy();
    qint64 refusedSeq = 0;
    qint64 refusedAt = 0;
    {
        Tamper t(path);
        refusedSeq = t.value(QStringLiteral("SELECT seq FROM journal WHERE status = 401")).toLongLong();
        refusedAt = t.value(QStringLiteral("SELECT at_ms FROM journal WHERE status = 401")).toLongLong();
        QVERIFY(refusedSeq > 0);
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET status = 200 WHERE status = 401")));
        QVERIFY(t.exec(QStringLiteral("UPDATE access_history SET actor = 'someone else' WHERE seq = 3")));
    }
    const VerifyResult r = verify(path);
    QCOMPARE(r.breaks.size(), 2);
    const ChainBreak &journal = r.breaks.at(0);
    QCOMPARE(journal.table, QStringLiteral("journal"));
    QCOMPARE(journal.kind, ChainBreak::Kind::Edited);
    QCOMPARE(journal.seq, refusedSeq);
    QCOMPARE(journal.atMs, refusedAt);
    QVERIFY2(journal.reason.contains(QLatin1StringView("edited")), qPrintable(journal.reason));
    const ChainBreak &access = r.breaks.at(1);
    QCOMPARE(access.table, QStringLiteral("access_history"));
    QCOMPARE(access.seq, 3);
    QCOMPARE(access.kind, ChainBreak::Kind::Edited);
}

void TestAuditChain::catchesDeletedEntries()
{
    const QString path = copy();
    {
        Tamper t(path);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 7")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM access_history WHERE seq IN (1, 2)")));
    }
    const VerifyResult r = verify(path);
    QCOMPARE(r.breaks.size(), 2);
    QCOMPARE(r.breaks.at(0).seq, 8);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Missing);
    QVERIFY2(r.breaks.at(0).reason.contains(QLatin1StringView("seq 6")), qPrintable(r.breaks.at(0).reason));
    QCOMPARE(r.breaks.at(1).seq, 3);
    QCOMPARE(r.breaks.at(1).kind, ChainBreak::Kind::Missing);
    QCOMPARE(r.checked, 6); // journal 1..6; access history stops at its first entry
}

void TestAuditChain::catchesReorderedEntries()
{
    const QString path = copy();
    {
        Tamper t(path); // swap two entries' places in the table order
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET seq = -1 WHERE seq = 10")));
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET seq = 10 WHERE seq = 11")));
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET seq = 11 WHERE seq = -1")));
    }
    VerifyResult r = verify(path);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).table, QStringLiteral("journal"));
    QCOMPARE(r.breaks.at(0).seq, 10);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Reordered);
    QVERIFY2(r.breaks.at(0).reason.contains(QLatin1StringView("seq 11")), qPrintable(r.breaks.at(0).reason));

    // Reordering by time instead (the order a reader would trust): swap the times and contents of two rows.
    const QString second = copy();
    {
        Tamper t(second);
        QVERIFY(t.exec(QStringLiteral("UPDATE access_history SET seq = -5 WHERE seq = 5")));
        QVERIFY(t.exec(QStringLiteral("UPDATE access_history SET seq = 5 WHERE seq = 9")));
        QVERIFY(t.exec(QStringLiteral("UPDATE access_history SET seq = 9 WHERE seq = -5")));
    }
    r = verify(second);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).table, QStringLiteral("access_history"));
    QCOMPARE(r.breaks.at(0).seq, 5);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Reordered);
}

void TestAuditChain::catchesRehashedAndUnhashedEntries()
{
    // Someone who knows the encoding edits an entry and recomputes its hash: the next entry no longer links.
    const QString path = copy();
    {
        Tamper t(path);
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET meaning = 'nothing happened' WHERE seq = 4")));
    }
    {
        auto db = Database::open(path, QStringLiteral("rehash"));
        QVERIFY(db.has_value());
        QByteArray previous;
        QVariantList values;
        (*db)->select(QStringLiteral("SELECT prev_hash, ") + AuditChain::columns(Chain::Journal).join(u',') +
                          QStringLiteral(" FROM journal WHERE seq = 4"),
                      {}, [&](const SqlRow &row) {
                          previous = row.blob(0);
                          values = {row.int64(1), row.isNull(2) ? QVariant() : QVariant(row.int64(2))};
                          for (int c = 3; c <= 7; ++c)
                              values.append(row.text(c));
                          values << row.int64(8) << row.int64(9);
                          for (int c = 10; c <= 12; ++c)
                              values.append(row.text(c));
                          values << row.blob(13) << row.blob(14);
                          return false;
                      });
        QCOMPARE(values.size(), 14);
        QVERIFY((*db)->execute(QStringLiteral("UPDATE journal SET hash = ? WHERE seq = 4"),
                               {AuditChain::entryHash(Chain::Journal, previous, values)}));
    }
    VerifyResult r = verify(path);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).seq, 5);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Missing);
    QVERIFY2(r.breaks.at(0).reason.contains(QLatin1StringView("seq 4 was edited")), qPrintable(r.breaks.at(0).reason));

    // Removing a hash does not make an entry look like one from before the chain.
    const QString second = copy();
    {
        Tamper t(second);
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET hash = NULL WHERE seq = 9")));
    }
    r = verify(second);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).seq, 9);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::HashRemoved);
}

void TestAuditChain::sealsEntriesFromBeforeTheChain()
{
    // A database as schema 2 left it: entries without hashes, up to the seq the migration recorded.
    const QString path = copy();
    {
        Tamper t(path);
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET prev_hash = NULL, hash = NULL")));
        QVERIFY(t.exec(QStringLiteral("UPDATE access_history SET prev_hash = NULL, hash = NULL")));
        QVERIFY(t.exec(QStringLiteral("UPDATE audit_chain SET legacy_until_seq = (SELECT MAX(seq) FROM journal)"
                                      " WHERE chain = 'journal'")));
        QVERIFY(t.exec(QStringLiteral("UPDATE audit_chain SET legacy_until_seq = (SELECT MAX(seq) FROM"
                                      " access_history) WHERE chain = 'access_history'")));
    }
    VerifyResult r = verify(path);
    QVERIFY(r.intact());
    QCOMPARE(r.checked, 0);
    const qint64 entries = r.heads.at(0).entries + r.heads.at(1).entries;
    QCOMPARE(r.unsealed, entries);
    QVERIFY(r.heads.at(0).hash.isEmpty());

    // The next append seals the journal's old entries in order, then links to the last of them.
    {
        auto db = Database::open(path, QStringLiteral("seal"));
        QVERIFY(db.has_value());
        QVERIFY((*db)->begin());
        JournalEntry e;
        e.atMs = QDateTime::currentMSecsSinceEpoch();
        e.method = QStringLiteral("TOKEN");
        e.meaning = QStringLiteral("test");
        QVERIFY(JournalRepository(**db).append(e));
        QVERIFY((*db)->commit());
    }
    r = verify(path);
    QVERIFY(r.intact());
    QCOMPARE(r.heads.at(0).entries, entries - r.heads.at(1).entries + 1);
    QCOMPARE(r.unsealed, r.heads.at(1).entries); // the access history is sealed by its own next entry
    QCOMPARE(r.checked, r.heads.at(0).entries);
}

void TestAuditChain::retentionCutsAtACheckpoint()
{
    const QString path = copy();
    qint64 cutTime = 0;
    QByteArray cutHash;
    {
        Tamper t(path);
        cutTime = t.value(QStringLiteral("SELECT at_ms FROM journal WHERE seq = 11")).toLongLong();
        // The first entry at or after the time decides the cut (seq order): nothing from seq 11 on goes.
        QVERIFY(t.value(QStringLiteral("SELECT MIN(seq) FROM journal WHERE at_ms >= %1").arg(cutTime)).toLongLong() <=
                11);
    }
    qint64 cutSeq = 0;
    {
        auto db = Database::open(path, QStringLiteral("prune"));
        QVERIFY(db.has_value());
        const auto pruned = AuditChain::prune(**db, cutTime, QStringLiteral("auditor"), cutTime + 3600'000);
        QVERIFY2(pruned.has_value(), qPrintable(pruned ? QString() : pruned.error()));
        QVERIFY(pruned->removed > 0 && pruned->removed <= 10);
        QCOMPARE(pruned->removed, pruned->cutSeq);
        QCOMPARE(pruned->checkpointSeq, 42); // appended after the 41 entries
        cutSeq = pruned->cutSeq;
        cutHash = pruned->cutHash;
        // Nothing older any more: a second run removes nothing and records nothing.
        const auto again = AuditChain::prune(**db, cutTime, QStringLiteral("auditor"), cutTime + 3600'000);
        QVERIFY(again.has_value());
        QCOMPARE(again->removed, 0);
    }
    VerifyResult r = verify(path);
    QVERIFY2(r.intact(), qPrintable(r.breaks.isEmpty() ? QString() : r.breaks.first().reason));
    QCOMPARE(r.retentionCutSeq, cutSeq);
    QCOMPARE(r.heads.at(0).entries, 41 - cutSeq + 1);
    {
        Tamper t(path);
        QCOMPARE(t.value(QStringLiteral("SELECT prev_hash FROM journal ORDER BY seq LIMIT 1")).toByteArray(), cutHash);
        QCOMPARE(t.value(QStringLiteral("SELECT method FROM journal WHERE seq = 42")).toString(),
                 QStringLiteral("AUDIT"));
    }

    // Deleting more of the kept entries is still caught, and so is an edited checkpoint.
    const QString second = m_dir.filePath(QStringLiteral("pruned-copy.sqlite"));
    QVERIFY(QFile::copy(path, second));
    {
        Tamper t(path);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = %1").arg(cutSeq + 1)));
    }
    r = verify(path);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).seq, cutSeq + 2);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Missing);
    {
        Tamper t(second);
        QVERIFY(t.exec(QStringLiteral("UPDATE journal SET response_body = replace(response_body, '\"removed\"', "
                                      "'\"removed_\"') WHERE seq = 42")));
    }
    r = verify(second);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.breaks.at(0).seq, 42);
    QCOMPARE(r.breaks.at(0).kind, ChainBreak::Kind::Edited);

    // The command: a bad time is a usage error, a good one prunes.
    const QString third = copy();
    Run run = runCli({QStringLiteral("audit"), QStringLiteral("prune"), QStringLiteral("--database"), third,
                      QStringLiteral("--before"), QStringLiteral("last week")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--before must be an ISO 8601 time"), run.err.constData());
    run = runCli({QStringLiteral("audit"), QStringLiteral("prune"), QStringLiteral("--database"), third,
                  QStringLiteral("--before"),
                  QDateTime::fromMSecsSinceEpoch(cutTime, Qt::UTC).toString(Qt::ISODateWithMs)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(QByteArray(QByteArray("Removed ") + QByteArray::number(cutSeq) + " journal entries")),
             run.out.constData());
    run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), third});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY2(run.out.contains("Retention removed the journal entries up to seq"), run.out.constData());
}

void TestAuditChain::verifyCommand()
{
    Run run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), copy()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Intact:"), run.out.constData());
    QVERIFY(run.out.contains("journal: 41 entries, head #41 "));

    const QString damaged = copy();
    {
        Tamper t(damaged);
        QVERIFY(t.exec(QStringLiteral("DELETE FROM journal WHERE seq = 20")));
    }
    run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), damaged});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("BROKEN: journal seq 21 ("), run.out.constData());
    QVERIFY2(run.out.contains("missing"), run.out.constData());

    run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
                  QStringLiteral("--database"), damaged});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QLatin1StringView("intact")).toBool(true), false);
    const QJsonObject b = o.value(QLatin1StringView("breaks")).toArray().first().toObject();
    QCOMPARE(b.value(QLatin1StringView("table")).toString(), QStringLiteral("journal"));
    QCOMPARE(b.value(QLatin1StringView("seq")).toInteger(), 21);
    QCOMPARE(b.value(QLatin1StringView("kind")).toString(), QStringLiteral("missing"));
    QVERIFY(b.value(QLatin1StringView("at")).toString().endsWith(u'Z'));

    // No database there: an error, and no empty database is created by mistake.
    const QString missing = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
    run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("there is no database"), run.err.constData());
    QVERIFY(!QFile::exists(missing));
    run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--bogus")});
    QCOMPARE(run.exitCode, 2);
    run = runCli({QStringLiteral("audit"), QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("unknown subcommand"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_audit_chain.moc"
