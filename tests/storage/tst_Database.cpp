#include "StorageTestSupport.h"

#include "storage/Migrations.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace epistle::storage;
using namespace storagetest;

namespace {

StorageError::Kind openError(const QString &path, QString *message = nullptr)
{
    try {
        Database::open(path);
    } catch (const StorageError &e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    return StorageError::Kind::Query; // "no error" is reported as a mismatch by the caller
}

int rowCount(Database &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM ") + table, QStringLiteral("counting")).toInt();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithWalForeignKeysAndLatestSchema()
    {
        Fixture f;
        QCOMPARE(f.db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA journal_mode"), {}).toString(), QStringLiteral("wal"));
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA foreign_keys"), {}).toInt(), 1);
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA synchronous"), {}).toInt(), 1); // NORMAL
        QVERIFY(f.db->scalar(QStringLiteral("PRAGMA busy_timeout"), {}).toInt() >= 1000);
        QCOMPARE(f.db->integrityCheck(), QStringLiteral("ok"));
        // Re-opening an up-to-date database changes nothing.
        f.db.reset();
        auto again = Database::open(f.path);
        QCOMPARE(again->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rowCount(*again, QStringLiteral("accounts")), 1);
    }

    void migrationsAreNumberedInOrder()
    {
        const auto &all = Migrations::all();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].version, i + 1);
            QVERIFY(!all[i].description.isEmpty());
            QVERIFY(!all[i].statements.isEmpty());
        }
    }

    void noSecretColumns()
    {
        Fixture f;
        QSqlQuery tables(f.db->connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table'")));
        int checked = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            const QSqlRecord record = f.db->connection().record(table);
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i).toLower();
                for (const char *word : {"pass", "secret", "token", "credential"})
                    QVERIFY2(!column.contains(QLatin1String(word)), qPrintable(table + QLatin1Char('.') + column));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void newerVersionIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        Database::open(path).reset();
        {
            auto db = Database::open(path);
            db->execute(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1), {});
            db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {});
        }
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openError(path, &message), StorageError::Kind::NewerVersion);
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(QFileInfo::exists(path));
    }

    void garbageFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("hello, this is not a database at all\n").repeated(200);
        QTest::newRow("short") << QByteArray("SQLite format 3");
        QTest::newRow("random") << QByteArray::fromHex("00ff13a7").repeated(4096);
        QByteArray badHeader("SQLite format 3\0", 16);
        badHeader += QByteArray(84, '\x07');
        badHeader += QByteArray(4096 - 100, '\0');
        QTest::newRow("bad page size") << badHeader;
    }

    void garbageFileIsReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString message;
        QCOMPARE(openError(path, &message), StorageError::Kind::Corrupt);
        QVERIFY(!message.isEmpty());
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.sqlite")});
    }

    void truncatedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            Fixture f;
            f.db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {});
            f.db.reset();
            QVERIFY(QFile::copy(f.path, path));
        }
        for (qint64 cut : {qint64(100000), qint64(8192)}) {
            QFile file(path);
            QVERIFY(file.size() > cut);
            QVERIFY(file.resize(cut));
            const QByteArray before = fileHash(path);
            QCOMPARE(openError(path), StorageError::Kind::Corrupt);
            QCOMPARE(fileHash(path), before);
        }
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        QString message;
        QCOMPARE(openError(path, &message), StorageError::Kind::Corrupt);
        QVERIFY2(message.contains(QLatin1String("not an Epistle")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
    }

    void moveAsideAndRecreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage garbage garbage");
        file.close();
        QCOMPARE(openError(path), StorageError::Kind::Corrupt);
        QString movedTo;
        auto db = Database::moveAsideAndRecreate(path, &movedTo);
        QVERIFY(movedTo.startsWith(path + QStringLiteral(".broken-")));
        QFile moved(movedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray("garbage garbage garbage"));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rowCount(*db, QStringLiteral("accounts")), 0);
    }

    void unopenablePathIsReported()
    {
        QTemporaryDir dir;
        QCOMPARE(openError(dir.filePath(QStringLiteral("missing/folder/mail.sqlite"))), StorageError::Kind::CannotOpen);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Fixture f;
        {
            Transaction tx(*f.db);
            f.db->execute(QStringLiteral("DELETE FROM folders"), {});
            QCOMPARE(rowCount(*f.db, QStringLiteral("folders")), 0);
        }
        QCOMPARE(rowCount(*f.db, QStringLiteral("folders")), 1);
        QVERIFY(!f.db->inTransaction());
        {
            Transaction tx(*f.db);
            f.db->execute(QStringLiteral("UPDATE folders SET path='Renamed'"), {});
            tx.commit();
        }
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT path FROM folders"), {}).toString(), QStringLiteral("Renamed"));
        // An exception thrown inside rolls back too.
        try {
            Transaction tx(*f.db);
            f.db->execute(QStringLiteral("UPDATE folders SET path='Lost'"), {});
            f.db->execute(QStringLiteral("INSERT INTO folders (account_id, path) VALUES (999, 'x')"), {}); // foreign key
            tx.commit();
            QFAIL("the foreign key was not enforced");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Constraint);
        }
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT path FROM folders"), {}).toString(), QStringLiteral("Renamed"));
    }

    void nestedTransactionsUseSavepoints()
    {
        Fixture f;
        int outerHook = 0, innerHook = 0;
        {
            Transaction outer(*f.db);
            f.db->execute(QStringLiteral("UPDATE folders SET path='A'"), {});
            f.db->onRollback([&] { ++outerHook; });
            {
                Transaction inner(*f.db);
                f.db->onRollback([&] { ++innerHook; });
                f.db->execute(QStringLiteral("UPDATE folders SET path='B'"), {});
            } // rolled back alone
            QCOMPARE(innerHook, 1);
            QCOMPARE(outerHook, 0);
            QCOMPARE(f.db->scalar(QStringLiteral("SELECT path FROM folders"), {}).toString(), QStringLiteral("A"));
            {
                Transaction inner(*f.db);
                f.db->onRollback([&] { ++innerHook; });
                f.db->execute(QStringLiteral("UPDATE folders SET path='C'"), {});
                inner.commit();
            }
            QCOMPARE(innerHook, 1);
        } // the outer rollback undoes the committed inner one, and runs its hook
        QCOMPARE(innerHook, 2);
        QCOMPARE(outerHook, 1);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT path FROM folders"), {}).toString(), QStringLiteral("INBOX"));
    }

    void durableTransactionSwitchesSyncLevel()
    {
        Fixture f;
        {
            Transaction tx(*f.db, Transaction::Durability::Durable);
            QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA synchronous"), {}).toInt(), 2); // FULL
            Transaction inner(*f.db, Transaction::Durability::Durable);
            inner.commit();
            tx.commit();
        }
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA synchronous"), {}).toInt(), 1);
        Transaction normal(*f.db);
        try {
            Transaction durable(*f.db, Transaction::Durability::Durable);
            QFAIL("a durable transaction inside a normal one was accepted");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Misuse);
        }
    }

    void connectionBelongsToItsThread()
    {
        Fixture f;
        StorageError::Kind kind = StorageError::Kind::Query;
        QThread *thread = QThread::create([&] {
            try {
                f.db->schemaVersion();
            } catch (const StorageError &e) {
                kind = e.kind();
            }
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(kind, StorageError::Kind::WrongThread);
    }

    void readerThreadSeesWriterCommits()
    {
        Fixture f;
        int seenBefore = -1, seenDuringWrite = -1;
        Transaction tx(*f.db);
        f.db->execute(QStringLiteral("UPDATE folders SET unread_count=7"), {});
        // WAL: a reader in another thread is not blocked by the open write transaction and sees
        // the last committed state.
        QThread *reader = QThread::create([&] {
            auto db = Database::open(f.path);
            seenDuringWrite = db->scalar(QStringLiteral("SELECT unread_count FROM folders"), {}).toInt();
        });
        reader->start();
        QVERIFY(reader->wait(10000));
        delete reader;
        tx.commit();
        seenBefore = seenDuringWrite;
        QCOMPARE(seenBefore, 0);
        QThread *reader2 = QThread::create([&] {
            auto db = Database::open(f.path);
            seenDuringWrite = db->scalar(QStringLiteral("SELECT unread_count FROM folders"), {}).toInt();
        });
        reader2->start();
        QVERIFY(reader2->wait(10000));
        delete reader2;
        QCOMPARE(seenDuringWrite, 7);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_Database.moc"
