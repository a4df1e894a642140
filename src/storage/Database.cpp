#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

namespace epistle::storage {

namespace {

// PRAGMA application_id of Epistle databases ("EPST"): tells our file from any other SQLite file.
constexpr qint64 ApplicationId = 0x45505354;

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::Database)
};

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Reads the 100-byte SQLite header ourselves before SQLite sees the file, so that garbage or a
// truncated file is reported as such and nothing is ever written to it.
void checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           DatabaseText::tr("The mail database %1 cannot be read: %2.").arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    if (size == 0)
        return; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    auto corrupt = [&](const QString &why) {
        return StorageError(StorageError::Kind::Corrupt,
                            DatabaseText::tr("The mail database %1 is damaged: %2. It has been left as it is; the local "
                               "cache can be moved aside and rebuilt from the server.")
                                .arg(path, why));
    };
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw corrupt(DatabaseText::tr("it is not an SQLite database"));
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    qint64 pageSize = (qint64(h[16]) << 8) | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw corrupt(DatabaseText::tr("its header is invalid"));
    // Another connection may be writing right now (a checkpoint of the write-ahead log, or a
    // transaction with a rollback journal while the database is being created): it writes page 1
    // with the new page count before the pages that extend the file, so a file shorter than its
    // header says is normal then. SQLite itself reports real damage when it reads.
    for (const char *companion : {"-wal", "-journal"}) {
        const QFileInfo info(path + QLatin1String(companion));
        if (info.exists() && info.size() > 0)
            return;
    }
    if (size % pageSize != 0)
        throw corrupt(DatabaseText::tr("the file is truncated"));
    const quint32 changeCounter = bigEndian32(h + 24);
    const quint32 pageCount = bigEndian32(h + 28);
    const quint32 validFor = bigEndian32(h + 92);
    // The in-header page count is trustworthy only when it was written with the current change counter.
    if (pageCount != 0 && validFor == changeCounter && qint64(pageCount) * pageSize > size)
        throw corrupt(DatabaseText::tr("the file is truncated"));
}

// Database files this process has a connection to, with how many. SQLite's locks are POSIX
// advisory locks, which belong to the process: closing *any* descriptor of the file, such as the
// one checkFileHeader() reads through, drops every lock the process's open connections hold on
// it, and another connection may then checkpoint and delete the write-ahead log under them
// (SQLite's "How To Corrupt" 2.2). So the header is read only while nobody here has the file open.
struct OpenFiles
{
    QRecursiveMutex mutex; // a failing open destroys its Database while holding it
    QHash<QString, int> count;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_nativeStatements.clear(); // finalized before the connection closes
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_fileKey.isEmpty()) {
        QMutexLocker lock(&openFiles().mutex);
        if (--openFiles().count[m_fileKey] <= 0)
            openFiles().count.remove(m_fileKey);
    }
}

std::unique_ptr<Database> Database::open(const QString &path)
{
    return openImpl(path, Migrations::latestVersion());
}

std::unique_ptr<Database> Database::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

std::unique_ptr<Database> Database::openImpl(const QString &path, int targetVersion)
{
    // Held until this connection is counted, so that no other thread opens a connection between
    // the header check and the count.
    QMutexLocker lock(&openFiles().mutex);
    if (openFiles().count.value(fileKey(path)) == 0)
        checkFileHeader(path);

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("epistle.storage.%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            throw StorageError(StorageError::Kind::CannotOpen,
                               DatabaseText::tr("The SQLite driver of Qt is missing (install the Qt SQLite plugin)."));
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            throw StorageError(StorageError::Kind::CannotOpen,
                               DatabaseText::tr("The mail database %1 cannot be opened.").arg(path), db.lastError().text());
        }
        database->m_fileKey = fileKey(path);
        ++openFiles().count[database->m_fileKey];
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        // The native statements must run on the same SQLite library as the driver: a Qt build
        // with its own bundled SQLite would hand out a handle this library cannot use.
        const char *file = database->m_handle ? sqlite3_db_filename(database->m_handle, "main") : nullptr;
        if (!file || QFileInfo(QString::fromUtf8(file)).canonicalFilePath() != QFileInfo(path).canonicalFilePath()) {
            throw StorageError(StorageError::Kind::CannotOpen,
                               DatabaseText::tr("The Qt SQLite driver does not use the system SQLite library that Epistle was "
                                  "built with."));
        }
    }

    // Only reads until the version is known to be ours: a newer database must stay untouched.
    const int version = database->scalar(QStringLiteral("PRAGMA user_version"), DatabaseText::tr("reading the schema version")).toInt();
    if (version > Migrations::latestVersion()) {
        throw StorageError(StorageError::Kind::NewerVersion,
                           DatabaseText::tr("The mail database %1 was written by a newer version of Epistle (schema %2; this "
                              "version understands up to %3). It has not been changed; please use the newer "
                              "version.")
                               .arg(path)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    }
    const qint64 appId = database->scalar(QStringLiteral("PRAGMA application_id"), DatabaseText::tr("reading the file type")).toLongLong();
    const int objects =
        database->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), DatabaseText::tr("reading the schema")).toInt();
    if ((version > 0 && appId != ApplicationId) || (version == 0 && (objects > 0 || appId != 0))) {
        throw StorageError(StorageError::Kind::Corrupt,
                           DatabaseText::tr("The file %1 is an SQLite database but not an Epistle mail database. It has been "
                              "left as it is.")
                               .arg(path));
    }

    database->configure();
    database->migrateTo(targetVersion);
    return database;
}

void Database::configure()
{
    const QVariant mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"), DatabaseText::tr("switching to write-ahead logging"));
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           DatabaseText::tr("The mail database %1 cannot use write-ahead logging (journal mode %2).")
                               .arg(m_path, mode.toString()));
    }
    execute(QStringLiteral("PRAGMA foreign_keys=ON"), DatabaseText::tr("enabling foreign keys"));
    execute(QStringLiteral("PRAGMA synchronous=NORMAL"), DatabaseText::tr("setting the sync level"));
    execute(QStringLiteral("PRAGMA busy_timeout=5000"), DatabaseText::tr("setting the busy timeout"));
    execute(QStringLiteral("PRAGMA cache_size=-16000"), DatabaseText::tr("setting the cache size"));
    execute(QStringLiteral("PRAGMA temp_store=MEMORY"), DatabaseText::tr("setting the temporary store"));
    // A batch of summaries dirties pages all over the list indexes; checkpointing every 1,000 pages
    // (the default) copied those pages back after nearly every batch of a cold sync. 8,192 pages
    // (32 MiB of WAL) lets a page rewritten by many batches be copied once; the file is cut back
    // to 64 MiB after a checkpoint.
    execute(QStringLiteral("PRAGMA wal_autocheckpoint=8192"), DatabaseText::tr("setting the checkpoint interval"));
    execute(QStringLiteral("PRAGMA journal_size_limit=67108864"), DatabaseText::tr("setting the log size limit"));
}

void Database::migrateTo(int targetVersion)
{
    if (schemaVersion() >= targetVersion)
        return;
    execute(QStringLiteral("BEGIN IMMEDIATE"), DatabaseText::tr("starting the schema upgrade"));
    const Migration *failed = nullptr;
    try {
        // Re-read under the write lock: another connection may have upgraded meanwhile.
        const int current = schemaVersion();
        for (const Migration &migration : Migrations::all()) {
            if (migration.version <= current || migration.version > targetVersion)
                continue;
            failed = &migration;
            for (const QString &statement : migration.statements)
                execute(statement, DatabaseText::tr("upgrading the schema to version %1").arg(migration.version));
            failed = nullptr;
        }
        if (current < targetVersion) {
            execute(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId), DatabaseText::tr("marking the file"));
            execute(QStringLiteral("PRAGMA user_version=%1").arg(targetVersion), DatabaseText::tr("recording the schema version"));
        }
        execute(QStringLiteral("COMMIT"), DatabaseText::tr("committing the schema upgrade"));
    } catch (const StorageError &error) {
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        if (error.kind() == StorageError::Kind::Corrupt || error.kind() == StorageError::Kind::Busy || !failed)
            throw;
        throw StorageError(StorageError::Kind::MigrationFailed,
                           DatabaseText::tr("Upgrading the mail database to version %1 (%2) failed; it was left at its previous "
                              "version.")
                               .arg(failed->version)
                               .arg(failed->description),
                           error.detail());
    }
}

void Database::checkThread() const
{
    if (QThread::currentThread() != m_thread) {
        throw StorageError(StorageError::Kind::WrongThread,
                           DatabaseText::tr("Internal error: a mail database connection was used from another thread."));
    }
}

QSqlDatabase Database::connection() const
{
    checkThread();
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version"), DatabaseText::tr("reading the schema version")).toInt();
}

QSqlQuery &Database::prepare(const QString &sql)
{
    checkThread();
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError::fromSqlError(query.lastError(), DatabaseText::tr("preparing a statement"), sql);
    return *m_statements.insert(sql, query);
}

SqliteStatement &Database::nativeStatement(const QString &sql)
{
    checkThread();
    for (auto &entry : m_nativeStatements) {
        if (entry.first == sql)
            return *entry.second;
    }
    m_nativeStatements.emplace_back(sql, std::make_unique<SqliteStatement>(m_handle, sql));
    return *m_nativeStatements.back().second;
}

void Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StorageError::fromSqlError(query.lastError(), what, query.lastQuery());
}

void Database::execute(const QString &sql, const QString &what)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw StorageError::fromSqlError(query.lastError(), what, sql);
}

QVariant Database::scalar(const QString &sql, const QString &what)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw StorageError::fromSqlError(query.lastError(), what, sql);
    return query.next() ? query.value(0) : QVariant();
}

void Database::onRollback(std::function<void()> hook)
{
    if (m_transactionDepth > 0)
        m_rollbackHooks.emplace_back(m_transactionDepth, std::move(hook));
}

QString Database::integrityCheck()
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

QString Database::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFileInfo::exists(path) && !QFile::rename(path, target)) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           DatabaseText::tr("The damaged mail database %1 could not be moved aside to %2.").arg(path, target));
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            throw StorageError(StorageError::Kind::CannotOpen,
                               DatabaseText::tr("The file %1 could not be moved aside.").arg(path + suffix));
        }
    }
    return target;
}

std::unique_ptr<Database> Database::moveAsideAndRecreate(const QString &path, QString *movedTo)
{
    const QString target = moveAside(path);
    if (movedTo)
        *movedTo = target;
    return open(path);
}

} // namespace epistle::storage
