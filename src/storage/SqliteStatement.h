#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace epistle::storage {

// A statement prepared directly on the QSQLITE connection's sqlite3 handle, for the few
// statements run once per message in bulk writes: QtSql's per-value QVariant binding doubled the
// cost of storing a summary. Everything else goes through QtSql. Positions count from 1.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int position, qint64 value);
    void bind(int position, const QString &text); // a null QString is stored as ''
    // The bytes are shared (not copied) until the position is bound again.
    void bindUtf8(int position, const QByteArray &utf8);
    // Bytes stored as a BLOB (a null array as an empty one), shared like bindUtf8.
    void bindBlob(int position, const QByteArray &bytes);
    void bindNull(int position);
    // Runs the statement to completion and resets it; throws StorageError.
    void run(const QString &what);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    // What the text parameters point into: SQLite reads them without a copy of its own.
    std::vector<QByteArray> m_texts;
};

} // namespace epistle::storage
