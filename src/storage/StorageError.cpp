#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace epistle::storage {

namespace {
// Translation context of this file (lupdate reads it; a lambda named tr has none).
struct StorageErrorText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::StorageError)
};
} // namespace

namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

QString composeWhat(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace

StorageError::StorageError(Kind kind, const QString &message, const QString &detail)
    : std::runtime_error(composeWhat(message, detail).toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_detail(detail)
{
}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &what, const QString &sql)
{
    bool ok = false;
    // Extended codes carry the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!sql.isEmpty())
        detail += QStringLiteral("; SQL: ") + sql.simplified().left(300);

    Kind kind = Kind::Query;
    QString message;
    switch (ok ? code : -1) {
    case SqliteCorrupt:
    case SqliteNotADb:
        kind = Kind::Corrupt;
        message = StorageErrorText::tr("The mail database is damaged. The local cache can be rebuilt from the server.");
        break;
    case SqliteBusy:
    case SqliteLocked:
        kind = Kind::Busy;
        message = StorageErrorText::tr("The mail database is busy in another part of the program or another process.");
        break;
    case SqliteFull:
        kind = Kind::DiskFull;
        message = StorageErrorText::tr("The disk holding the mail database is full.");
        break;
    case SqliteCantOpen:
        kind = Kind::CannotOpen;
        message = StorageErrorText::tr("The mail database cannot be opened.");
        break;
    case SqliteConstraint:
        kind = Kind::Constraint;
        message = StorageErrorText::tr("A change to the mail database was refused by one of its rules.");
        break;
    case SqliteIoErr:
        message = StorageErrorText::tr("Reading or writing the mail database failed (input/output error).");
        break;
    default:
        message = StorageErrorText::tr("A mail database operation failed.");
        break;
    }
    message += QLatin1Char(' ') + StorageErrorText::tr("While: %1.").arg(what);
    return StorageError(kind, message, detail);
}

} // namespace epistle::storage
