#include "storage/SqliteStatement.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace epistle::storage {

namespace {

StorageError errorFrom(sqlite3 *db, int code, const QString &what, const QString &sql)
{
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                          QString::number(code));
    return StorageError::fromSqlError(error, what, sql);
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        const StorageError error = errorFrom(db, rc, QCoreApplication::translate("epistle::storage::Database", "preparing a statement"), sql);
        sqlite3_finalize(m_statement);
        throw error;
    }
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
    if (position > 0 && size_t(position) < m_texts.size())
        m_texts[size_t(position)] = QByteArray();
}

void SqliteStatement::bind(int position, const QString &text)
{
    bindUtf8(position, text.toUtf8());
}

void SqliteStatement::bindUtf8(int position, const QByteArray &utf8)
{
    if (position <= 0 || size_t(position) >= m_texts.size()) {
        sqlite3_bind_text(m_statement, position, "", 0, SQLITE_STATIC); // SQLITE_RANGE, reported by run()
        return;
    }
    // Keep the bytes alive (a reference, not a copy) for as long as SQLite may read them.
    QByteArray &kept = m_texts[size_t(position)];
    kept = utf8;
    sqlite3_bind_text(m_statement, position, kept.isNull() ? "" : kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int position, const QByteArray &bytes)
{
    if (position <= 0 || size_t(position) >= m_texts.size()) {
        sqlite3_bind_zeroblob(m_statement, position, 0); // SQLITE_RANGE, reported by run()
        return;
    }
    QByteArray &kept = m_texts[size_t(position)];
    kept = bytes;
    sqlite3_bind_blob(m_statement, position, kept.isNull() ? "" : kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
    if (position > 0 && size_t(position) < m_texts.size())
        m_texts[size_t(position)] = QByteArray();
}

void SqliteStatement::run(const QString &what)
{
    int rc;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        const StorageError error = errorFrom(m_db, sqlite3_extended_errcode(m_db), what, m_sql);
        sqlite3_reset(m_statement);
        throw error;
    }
    sqlite3_reset(m_statement);
}

} // namespace epistle::storage
