// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The store: migrations, the write transaction that cannot lose a race, the change counter, repositories.

#include "service/DirectoryAdmin.h"
#include "store/Database.h"
#include "store/ResourceRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace scimdesk;

class TestStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void migratesOnceAndRefusesNewerSchemas()
    {
        {
            auto db = Database::open(path(QStringLiteral("m.sqlite")), QStringLiteral("m1"));
            QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error()));
            QCOMPARE((*db)->schemaVersion(), Database::CurrentSchemaVersion);
            QCOMPARE((*db)->changeCounter(), std::optional<qint64>(0));
        }
        {
            auto db = Database::open(path(QStringLiteral("m.sqlite")), QStringLiteral("m2")); // again: no-op
            QVERIFY(db.has_value());
            QVERIFY((*db)->exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        }
        auto db = Database::open(path(QStringLiteral("m.sqlite")), QStringLiteral("m3"));
        QVERIFY(!db.has_value());
        QVERIFY2(db.error().contains(QLatin1StringView("999")), qPrintable(db.error()));
    }

    void unwritableLocationIsAClearError()
    {
        auto db = Database::open(QStringLiteral("/proc/definitely/not/here.sqlite"), QStringLiteral("bad"));
        QVERIFY(!db.has_value());
        QVERIFY(!db.error().isEmpty());
    }

    void writeTransactionWaitsInsteadOfFailing()
    {
        // A reads inside its write transaction, B commits from another thread, then A writes. A deferred
        // transaction would fail here ("database is locked") instead of waiting; ours takes the lock up front.
        const QString file = path(QStringLiteral("race.sqlite"));
        auto a = Database::open(file, QStringLiteral("race-a"));
        QVERIFY(a.has_value());
        QVERIFY((*a)->begin());
        QVERIFY((*a)->changeCounter().has_value());

        bool bOk = false;
        QThread *b = QThread::create([file, &bOk] {
            auto db = Database::open(file, QStringLiteral("race-b"));
            bOk = db && (*db)->begin() && (*db)->bumpChangeCounter() && (*db)->commit();
        });
        b->start();
        QThread::msleep(200); // B is now waiting for A's lock (or, with a deferred BEGIN, has committed)
        QVERIFY2((*a)->bumpChangeCounter(), qPrintable((*a)->lastErrorText()));
        QVERIFY((*a)->commit());
        QVERIFY(b->wait(10'000));
        delete b;
        QVERIFY(bOk);
        QCOMPARE((*a)->changeCounter(), std::optional<qint64>(2));
    }

    void repositoriesBumpTheChangeCounter()
    {
        auto db = Database::open(path(QStringLiteral("c.sqlite")), QStringLiteral("counter"));
        QVERIFY(db.has_value());
        DirectoryAdmin::NewDirectory spec;
        spec.name = QStringLiteral("acme");
        auto created = DirectoryAdmin(**db).create(spec, 1000);
        QVERIFY(created.has_value());
        const qint64 afterCreate = *(*db)->changeCounter();
        QCOMPARE(afterCreate, 2); // the directory and its token
        ResourceRepository repo(**db);
        StoredResource r;
        r.directoryId = created->directory.id;
        r.id = QStringLiteral("u1");
        r.name = QStringLiteral("A@example.com");
        r.nameKey = ResourceRepository::nameKey(r.name);
        r.setDoc(QJsonObject{{QStringLiteral("userName"), r.name}});
        QVERIFY(repo.insert(ResourceKind::User, r));
        QCOMPARE(*(*db)->changeCounter(), afterCreate + 1);
        // Token use is bookkeeping, not a change anyone caches.
        QVERIFY(DirectoryRepository(**db).recordTokenUse(created->tokenId, 2000, QStringLiteral("127.0.0.1")));
        QCOMPARE(*(*db)->changeCounter(), afterCreate + 1);
        // Lookups by case-folded name; the stored document round-trips byte for byte.
        const auto found = repo.byNameKey(ResourceKind::User, r.directoryId,
                                          ResourceRepository::nameKey(QStringLiteral("a@EXAMPLE.com")));
        QVERIFY(found.has_value());
        QCOMPARE(found->name, QStringLiteral("A@example.com"));
        QCOMPARE(found->rawDoc, r.rawDoc);
        QCOMPARE(repo.orderedSeqs(ResourceKind::User, r.directoryId), QList<qint64>{r.seq});
    }

    void tokenIsNeverStored()
    {
        auto db = Database::open(path(QStringLiteral("t.sqlite")), QStringLiteral("tokens"));
        QVERIFY(db.has_value());
        DirectoryAdmin::NewDirectory spec;
        spec.name = QStringLiteral("tokens");
        auto created = DirectoryAdmin(**db).create(spec, 1000);
        QVERIFY(created.has_value());
        QSqlQuery q((*db)->db());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM tokens")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray().size(), 32); // SHA-256
        QVERIFY(q.value(0).toByteArray() != created->token);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
