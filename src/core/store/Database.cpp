// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "scimdesk.store", QtInfoMsg)

namespace scimdesk {

QString SqlDialect::driverName() const
{
    return engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::ddl(QString statement) const
{
    if (engine == Engine::Sqlite) {
        statement.replace(QLatin1StringView("${PK}"), QLatin1StringView("INTEGER PRIMARY KEY AUTOINCREMENT"));
        statement.replace(QLatin1StringView("${BIGINT}"), QLatin1StringView("INTEGER"));
        statement.replace(QLatin1StringView("${BLOB}"), QLatin1StringView("BLOB"));
    } else {
        statement.replace(QLatin1StringView("${PK}"),
                          QLatin1StringView("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
        statement.replace(QLatin1StringView("${BIGINT}"), QLatin1StringView("BIGINT"));
        statement.replace(QLatin1StringView("${BLOB}"), QLatin1StringView("BYTEA"));
    }
    return statement;
}

QStringList SqlDialect::connectionSetup() const
{
    if (engine == Engine::Sqlite) {
        // WAL lets readers (the console) work while the listener writes; NORMAL is durable across application
        // crashes in WAL mode and avoids an fsync per commit.
        return {QStringLiteral("PRAGMA journal_mode=WAL"),  QStringLiteral("PRAGMA synchronous=NORMAL"),
                QStringLiteral("PRAGMA foreign_keys=ON"),   QStringLiteral("PRAGMA busy_timeout=5000"),
                QStringLiteral("PRAGMA cache_size=-65536"), QStringLiteral("PRAGMA temp_store=MEMORY")};
    }
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO WARNING")};
}

namespace {

// Waits for another connection's write lock in small steps. SQLite's own busy handler sleeps 1, 2, 5, 10, 15,
// 20, 25, 25, 25, 50, 50, 100 ms between tries, so a change arriving while the journal writer commits a batch of
// a few hundred microseconds would wait milliseconds. Gives up after five seconds, like busy_timeout=5000.
int waitForLock(void *, int attempt)
{
    constexpr int FineAttempts = 2000; // 50 µs each: 100 ms
    if (attempt < FineAttempts) {
        QThread::usleep(50);
        return 1;
    }
    if (attempt < FineAttempts + 4900) { // then 1 ms each, up to about five seconds in all
        QThread::msleep(1);
        return 1;
    }
    return 0;
}

void installBusyHandler(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_busy_handler(h, &waitForLock, nullptr);
    }
}

} // namespace

QString SqlDialect::beginWrite() const
{
    return engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText();
    if (text.isEmpty())
        text = e.driverText();
    return text;
}

// SQLite statements prepared through the C API on this connection's handle, finalised before it closes.
struct Database::NativeStatements
{
    sqlite3 *handle = nullptr;
    std::unordered_map<QString, sqlite3_stmt *> statements;
    ~NativeStatements()
    {
        for (auto &[sql, stmt] : statements)
            sqlite3_finalize(stmt);
    }
};

namespace {

class NativeRow final : public SqlRow
{
public:
    explicit NativeRow(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    bool isNull(int c) const override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 int64(int c) const override { return sqlite3_column_int64(m_stmt, c); }
    QString text(int c) const override
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c));
    }
    QByteArray blob(int c) const override
    {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, c));
        return QByteArray(p, sqlite3_column_bytes(m_stmt, c));
    }

private:
    sqlite3_stmt *m_stmt;
};

class QtRow final : public SqlRow
{
public:
    explicit QtRow(const QSqlQuery &q) : m_q(q) {}
    bool isNull(int c) const override { return m_q.isNull(c); }
    qint64 int64(int c) const override { return m_q.value(c).toLongLong(); }
    QString text(int c) const override { return m_q.value(c).toString(); }
    QByteArray blob(int c) const override { return m_q.value(c).toByteArray(); }

private:
    const QSqlQuery &m_q;
};

bool bindNative(sqlite3_stmt *stmt, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = v.toByteArray();
            rc = sqlite3_bind_blob(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace

std::expected<std::unique_ptr<Database>, QString> Database::open(const QString &location, const QString &connectionName)
{
    std::unique_ptr<Database> d(new Database);
    d->m_location = location;
    d->m_connectionName = connectionName;
    const bool isPostgres = location.startsWith(QLatin1StringView("postgresql://")) ||
                            location.startsWith(QLatin1StringView("postgres://"));
    d->m_dialect.engine = isPostgres ? SqlDialect::Engine::Postgres : SqlDialect::Engine::Sqlite;

    if (!QSqlDatabase::isDriverAvailable(d->m_dialect.driverName())) {
        return std::unexpected(QCoreApplication::translate("Database", "The Qt Sql driver %1 is not installed.")
                                   .arg(d->m_dialect.driverName()));
    }
    d->m_db = QSqlDatabase::addDatabase(d->m_dialect.driverName(), connectionName);
    if (isPostgres) {
        const QUrl url(location);
        d->m_db.setHostName(url.host());
        if (url.port() > 0)
            d->m_db.setPort(url.port());
        d->m_db.setUserName(url.userName());
        d->m_db.setDatabaseName(url.path().mid(1));
        // A password, if any, comes from the environment (PGPASSWORD) or ~/.pgpass, never from argv or settings.
    } else {
        const QFileInfo info(location);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            return std::unexpected(
                QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath()));
        }
        d->m_db.setDatabaseName(location);
    }
    if (!d->m_db.open()) {
        return std::unexpected(QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                                   .arg(location, d->m_db.lastError().text()));
    }
    if (d->m_dialect.engine == SqlDialect::Engine::Sqlite) {
        installBusyHandler(d->m_db);
        const QVariant handle = d->m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            d->m_native = std::make_unique<NativeStatements>();
            d->m_native->handle = *static_cast<sqlite3 *const *>(handle.constData());
        }
    }
    for (const QString &statement : d->m_dialect.connectionSetup()) {
        if (!d->exec(statement)) {
            return std::unexpected(QCoreApplication::translate("Database", "Cannot configure the database %1: %2")
                                       .arg(location, d->m_lastError));
        }
    }
    if (!d->migrate()) {
        return std::unexpected(QCoreApplication::translate("Database", "Cannot upgrade the database %1: %2")
                                   .arg(location, d->m_lastError));
    }
    return d;
}

Database::~Database()
{
    m_native.reset();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcStore) << "cannot prepare statement:" << sqlErrorText(*query);
    return *m_statements.emplace(sql, std::move(query)).first->second;
}

bool Database::select(const QString &sql, const QVariantList &binds, const std::function<bool(const SqlRow &)> &onRow)
{
    if (m_native && m_native->handle) {
        sqlite3_stmt *&stmt = m_native->statements[sql];
        if (!stmt) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(m_native->handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                   &stmt, nullptr) != SQLITE_OK) {
                m_lastError = QString::fromUtf8(sqlite3_errmsg(m_native->handle));
                m_native->statements.erase(sql);
                qCWarning(lcStore) << "cannot prepare statement:" << m_lastError;
                return false;
            }
        }
        bool ok = bindNative(stmt, binds);
        const NativeRow row(stmt);
        int rc = SQLITE_DONE;
        while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (onRow && !onRow(row))
                break;
        }
        ok = ok && (rc == SQLITE_ROW || rc == SQLITE_DONE);
        if (!ok)
            m_lastError = QString::fromUtf8(sqlite3_errmsg(m_native->handle));
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return ok;
    }
    QSqlQuery &q = prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_lastError = sqlErrorText(q);
        q.finish();
        return false;
    }
    const QtRow row(q);
    while (q.next()) {
        if (onRow && !onRow(row))
            break;
    }
    q.finish();
    return true;
}

bool Database::execute(const QString &sql, const QVariantList &binds)
{
    return select(sql, binds, {});
}

bool Database::begin()
{
    return execute(m_dialect.beginWrite(), {});
}

bool Database::commit()
{
    if (!execute(QStringLiteral("COMMIT"), {})) {
        rollback();
        return false;
    }
    return true;
}

void Database::rollback()
{
    const QString error = m_lastError;
    execute(QStringLiteral("ROLLBACK"), {}); // fails harmlessly when no transaction is open
    m_lastError = error;                     // keep the error that led here
}

void Database::leaveCheckpointsToOthers()
{
    if (m_dialect.engine == SqlDialect::Engine::Sqlite)
        exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

void Database::setCacheSizeKiB(int kib)
{
    if (m_dialect.engine == SqlDialect::Engine::Sqlite)
        exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib));
}

bool Database::checkpoint()
{
    if (m_dialect.engine != SqlDialect::Engine::Sqlite)
        return true;
    // PASSIVE: copies what no reader still needs, never waits for or blocks writers.
    return execute(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), {});
}

std::optional<qint64> Database::changeCounter()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
    std::optional<qint64> v;
    if (q.exec() && q.next())
        v = q.value(0).toLongLong();
    q.finish();
    return v;
}

bool Database::bumpChangeCounter()
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = 1"));
    const bool ok = q.exec();
    if (!ok)
        m_lastError = sqlErrorText(q);
    q.finish();
    return ok;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = sqlErrorText(q);
        qCWarning(lcStore) << "statement failed:" << m_lastError;
        return false;
    }
    return true;
}

bool Database::migrate()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        m_lastError = sqlErrorText(q);
        return false;
    }
    int version = 0;
    if (q.next())
        version = q.value(0).toInt();
    q.finish();
    if (version > CurrentSchemaVersion) {
        m_lastError =
            QCoreApplication::translate("Database", "the database has schema version %1, newer than this ScimDesk "
                                                    "understands (%2); upgrade ScimDesk")
                .arg(version)
                .arg(CurrentSchemaVersion);
        return false;
    }
    const QList<Migration> &steps = migrations();
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        if (!begin())
            return false;
        // Another connection (the listener's, the console's) may have applied this step while this one waited for
        // the write lock: read the version again under the lock.
        int current = 0;
        if (!select(QStringLiteral("SELECT version FROM schema_version"), {}, [&](const SqlRow &row) {
                current = int(row.int64(0));
                return false;
            })) {
            rollback();
            return false;
        }
        if (current >= step.version) {
            rollback();
            version = current;
            continue;
        }
        for (const QString &statement : step.statements) {
            if (!exec(m_dialect.ddl(statement))) {
                rollback();
                return false;
            }
        }
        const QString bump = current == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                                          : QStringLiteral("UPDATE schema_version SET version = %1");
        if (!exec(bump.arg(step.version)) || !commit()) {
            rollback();
            return false;
        }
        qCDebug(lcStore) << "database migrated to schema version" << step.version;
        version = step.version;
    }
    m_schemaVersion = version;
    return true;
}

} // namespace scimdesk
