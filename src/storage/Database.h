#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QThread;
struct sqlite3;

namespace epistle::storage {

class SqliteStatement;
class Transaction;

// One SQLite connection (QtSql, QSQLITE) to the mail database.
//
// Threading rule: a Database belongs to the thread that opened it, because QSqlDatabase
// connections may only be used by the thread that created them. Every thread that touches the
// store (the sync engine's worker, the GUI's reader) opens its own Database on the same file;
// each gets a uniquely named connection and WAL lets readers proceed while one writer commits.
// Using a Database from another thread throws StorageError::WrongThread.
//
// Opening never destroys data: a file that is not a database, is truncated or damaged throws
// StorageError::Corrupt; one written by a newer schema throws StorageError::NewerVersion and is
// left byte-for-byte untouched. The caller may then offer moveAsideAndRecreate().
class Database
{
public:
    // Opens (creating if needed) and upgrades the schema to the latest version.
    static std::unique_ptr<Database> open(const QString &path);

    // For tests of the upgrade path: opens and applies migrations only up to `version`.
    static std::unique_ptr<Database> openAtVersion(const QString &path, int version);

    // Renames the file (and its -wal/-shm companions) to "<path>.broken-<UTC timestamp>" and
    // returns the new name; throws StorageError::CannotOpen if the rename fails.
    static QString moveAside(const QString &path);
    // moveAside() followed by open() of a fresh, empty database at `path`.
    static std::unique_ptr<Database> moveAsideAndRecreate(const QString &path, QString *movedTo = nullptr);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion();
    QSqlDatabase connection() const;

    // A prepared statement cached for the life of the connection. Do not hold two uses of the
    // same SQL text at once (the statement is shared).
    QSqlQuery &prepare(const QString &sql);
    // A statement on the connection's native handle, for per-message bulk statements (see
    // SqliteStatement); cached like prepare().
    SqliteStatement &nativeStatement(const QString &sql);

    // Runs a bound prepared query; throws StorageError on failure. `what` is a plain-words
    // description for the error message.
    static void exec(QSqlQuery &query, const QString &what);
    // Runs a one-off statement without parameters.
    void execute(const QString &sql, const QString &what);
    // First column of the first row of a one-off statement (invalid QVariant if no row).
    QVariant scalar(const QString &sql, const QString &what);

    // A QString for binding to a NOT NULL text column: QtSql binds a null QString as SQL NULL.
    static QString text(const QString &value) { return value.isNull() ? QString(QLatin1String("")) : value; }

    // PRAGMA integrity_check: "ok" or SQLite's list of problems.
    QString integrityCheck();
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs `hook` if the transaction open now is rolled back, directly or by an outer one, so that
    // in-memory state derived from its writes can be dropped. Ignored outside a transaction.
    void onRollback(std::function<void()> hook);

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openImpl(const QString &path, int targetVersion);
    void checkThread() const;
    void configure();
    void migrateTo(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QString m_fileKey; // counted in the process's open files (see Database.cpp)
    QThread *m_thread = nullptr;
    QHash<QString, QSqlQuery> m_statements;
    std::vector<std::pair<QString, std::unique_ptr<SqliteStatement>>> m_nativeStatements;
    sqlite3 *m_handle = nullptr;
    int m_transactionDepth = 0;
    bool m_outerDurable = false;
    std::vector<std::pair<int, std::function<void()>>> m_rollbackHooks; // (transaction level, hook)
};

} // namespace epistle::storage
