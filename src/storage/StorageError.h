#pragma once

#include <QString>
#include <stdexcept>

class QSqlError;

namespace epistle::storage {

// Every storage call reports failure by throwing StorageError. The API is synchronous and meant
// for worker threads; callers catch at the boundary of a unit of work (a sync step, a GUI action)
// and show message(), which is user-readable. detail() carries the SQL and SQLite's own words.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen,      // the file cannot be opened or created (permissions, missing folder)
        Corrupt,         // not a database, truncated or damaged: never wiped, see Database::moveAsideAndRecreate
        NewerVersion,    // written by a newer Epistle: refused and left untouched
        MigrationFailed, // an upgrade step failed; the database is left at its previous version
        Busy,            // another connection held the lock longer than the busy timeout
        DiskFull,
        Constraint,      // a uniqueness or foreign-key rule was broken (a caller bug or stale ids)
        WrongThread,     // a Database used from a thread other than the one that opened it
        Misuse,          // an API rule was broken (e.g. a durable transaction nested in a non-durable one)
        Query,           // any other SQLite failure
    };

    StorageError(Kind kind, const QString &message, const QString &detail = {});

    // Classifies a failed query; `what` says in plain words what was being done.
    static StorageError fromSqlError(const QSqlError &error, const QString &what, const QString &sql = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace epistle::storage
