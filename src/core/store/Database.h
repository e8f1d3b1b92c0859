// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace scimdesk {

// The differences between the SQL engines ScimDesk runs on. All engine-specific SQL lives here; the
// repositories use only the portable subset (standard DML, ON CONFLICT, RETURNING).
struct SqlDialect
{
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;

    QString driverName() const;
    // Replaces the DDL placeholders ${PK} (auto-increment 64-bit primary key), ${BIGINT} and ${BLOB}.
    QString ddl(QString statement) const;
    // Statements run on every new connection (pragmas, session settings).
    QStringList connectionSetup() const;
    // Starts a write transaction. SQLite's must take the write lock at once (IMMEDIATE): a deferred one that
    // reads first cannot be upgraded once another connection has committed, and fails instead of waiting.
    QString beginWrite() const;
};

// One row of a result, whatever the engine: columns by index.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;
};

// One open database connection, owned by the thread that opened it (Qt Sql connections must not cross
// threads). Opening applies the connection settings and brings the schema up to date with migrations, each in
// its own transaction.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    // `location` is a SQLite file path, or "postgresql://user@host:port/dbname" for PostgreSQL.
    // `connectionName` must be unique per thread; the connection is removed when the Database is destroyed.
    static std::expected<std::unique_ptr<Database>, QString> open(const QString &location,
                                                                  const QString &connectionName);
    ~Database();

    QSqlDatabase &db() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const QString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared statement cached by its SQL text; reused across calls (bind values again before exec).
    QSqlQuery &prepared(const QString &sql);

    // Runs a query with positional `?` parameters (qint64, int, QString, QByteArray or a null QVariant) and calls
    // `onRow` for each row until it returns false. On SQLite this goes straight to SQLite's C API with a cached
    // statement (Qt Sql rebuilds column metadata on every exec, which dominated the cost of the hot reads); on
    // other engines through Qt Sql. The statement must not be re-entered from `onRow`.
    bool select(const QString &sql, const QVariantList &binds, const std::function<bool(const SqlRow &)> &onRow);
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) the same way.
    bool execute(const QString &sql, const QVariantList &binds);

    bool begin();
    bool commit();
    void rollback();

    // SQLite in WAL mode copies the log back into the database ("checkpoints") from whichever connection commits
    // past a threshold, and that copy ends in an fsync. A connection that answers requests hands the work to
    // another one: it stops checkpointing itself, and that other connection calls checkpoint() periodically.
    // Both are no-ops on other engines.
    void leaveCheckpointsToOthers();
    // The page cache this connection may use (SQLite; default 64 MiB). Connections that only append use less.
    void setCacheSizeKiB(int kib);
    bool checkpoint();

    // The change counter: bumpChangeCounter() is called by every repository method that changes directories,
    // tokens or resources, so the value tells whether anything a connection caches has changed since.
    std::optional<qint64> changeCounter();
    bool bumpChangeCounter();

    QString lastErrorText() const { return m_lastError; }
    // Runs `sql` (no parameters); on failure records the error and returns false.
    bool exec(const QString &sql);

    static constexpr int CurrentSchemaVersion = 4;

private:
    Database() = default;
    bool migrate();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_location;
    QString m_connectionName;
    QString m_lastError;
    int m_schemaVersion = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    struct NativeStatements;
    std::unique_ptr<NativeStatements> m_native; // SQLite only
};

// A text value for a NOT NULL column: Qt binds a null QString as SQL NULL, so map it to "".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Formats a failed query's error for messages and logs (never includes bound values).
QString sqlErrorText(const QSqlQuery &query);

} // namespace scimdesk
