#include "StorageTestSupport.h"

#include "storage/BodyCache.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/OperationQueue.h"
#include "storage/Outbox.h"
#include "storage/Pop3Ledger.h"
#include "storage/SearchIndex.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTest>

using namespace epistle::storage;
using namespace storagetest;

namespace {

// Data written with the SQL of schema version `version` (as that version's code would have).
void seed(Database &db, int version)
{
    auto run = [&](const char *sql) { db.execute(QString::fromUtf8(sql), QStringLiteral("seeding")); };
    if (version >= 1) {
        run("INSERT INTO accounts (id, name, protocol, incoming_host, incoming_port, created) "
            "VALUES (1, 'Old account', 'imap', 'imap.example.test', 993, 1700000000)");
        run("INSERT INTO identities (id, account_id, name, address, is_default) VALUES (1, 1, 'Me', 'me@example.test', 1)");
        run("INSERT INTO folders (id, account_id, path, delimiter, role, uidvalidity, uidnext) "
            "VALUES (1, 1, 'INBOX', '/', 'inbox', 42, 3)");
    }
    if (version >= 2) {
        run("INSERT INTO messages (id, folder_id, uid, flags, subject, sort_subject, from_name, from_address, "
            "to_list, sort_date, message_id, thread_id) VALUES "
            "(1, 1, 1, 0, 'Quarterly figures', 'quarterly figures', 'Ada Lovelace', 'ada@example.test', "
            "'Bob' || char(31) || 'bob@example.test', 1700000000, '<q1@example.test>', 1)");
        run("INSERT INTO messages (id, folder_id, uid, flags, subject, sort_subject, from_name, from_address, "
            "sort_date, message_id, refs, thread_id) VALUES "
            "(2, 1, 2, 1, 'Re: Quarterly figures', 'quarterly figures', 'Bob', 'bob@example.test', 1700000100, "
            "'<q2@example.test>', '<q1@example.test>', 1)");
    }
    if (version >= 3)
        run("INSERT INTO body_parts (message_id, part, data, size, last_read) VALUES (1, '', 'raw bytes', 9, 1)");
    if (version >= 4) {
        // From version 4 on, MessageStore indexes each summary as it stores it.
        run("INSERT INTO message_text (message_id, subject, addresses, body) SELECT id, subject, "
            "from_name || ' ' || from_address || ' ' || to_list || ' ' || cc_list, "
            "CASE id WHEN 1 THEN 'the turnover grew nicely' ELSE '' END FROM messages");
        run("INSERT INTO message_search (rowid, subject, addresses, body) "
            "SELECT message_id, subject, addresses, body FROM message_text");
    }
    if (version >= 5) {
        run("INSERT INTO outbox (account_id, sender, recipients, message, created) "
            "VALUES (1, 'me@example.test', 'bob@example.test', 'Subject: hi', 1700000000)");
    }
    if (version >= 6) {
        run("INSERT INTO operations (account_id, kind, folder_id, uids, add_flags, created) "
            "VALUES (1, 'flags', 1, '1:2', 1, 1700000000)");
    }
    if (version >= 7)
        run("INSERT INTO pop3_uidls (account_id, uidl, first_seen, message_id) VALUES (1, 'uidl-1', 1700000000, 1)");
}

QStringList schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_master ORDER BY type, name"));
    QStringList out;
    while (q.next()) {
        out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().simplified()}
                   .join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int k = 0; k < Migrations::latestVersion(); ++k)
            QTest::addRow("from version %d", k) << k;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::openAtVersion(path, from);
            QCOMPARE(old->schemaVersion(), from);
            seed(*old, from);
        }
        QStringList freshSchema;
        {
            auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
            freshSchema = schemaOf(*fresh);
        }

        auto db = Database::open(path);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(schemaOf(*db), freshSchema);
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));

        if (from >= 1) {
            const auto accounts = AccountStore(*db).accounts();
            QCOMPARE(accounts.size(), 1);
            QCOMPARE(accounts[0].name, QStringLiteral("Old account"));
            QCOMPARE(AccountStore(*db).identities(1).value(0).address, QStringLiteral("me@example.test"));
            const auto inbox = FolderStore(*db).folder(1);
            QVERIFY(inbox);
            QCOMPARE(inbox->uidValidity, 42u);
            QCOMPARE(inbox->role, FolderRole::Inbox);
        }
        if (from >= 2) {
            MessageStore messages(*db);
            const auto m = messages.messageByUid(1, 1);
            QVERIFY(m);
            QCOMPARE(m->summary.subject, QStringLiteral("Quarterly figures"));
            QCOMPARE(m->summary.to.value(0).address, QStringLiteral("bob@example.test"));
            // Summaries stored before search existed were indexed by the upgrade.
            SearchIndex search(*db);
            QCOMPARE(search.search(QStringLiteral("quarterly")).size(), 2);
            QCOMPARE(search.search(QStringLiteral("from:ada")), QList<qint64>{1});
            // The store keeps working on upgraded data: threads, new messages, search.
            // Migration 9 counts what was stored before it as indexed; a new message waits for
            // the catch-up.
            QCOMPARE(search.pending(), 0);
            auto result = messages.upsert(1, {summary(3, QStringLiteral("Re: Quarterly figures"), "<q3@example.test>",
                                                      {"<q1@example.test>"})});
            QCOMPARE(messages.message(result.keys[0])->threadId, 1);
            QCOMPARE(search.pending(), 1);
            QCOMPARE(search.search(QStringLiteral("quarterly")).size(), 2);
            QCOMPARE(search.catchUp(100), 1);
            QCOMPARE(search.search(QStringLiteral("quarterly")).size(), 3);
            QCOMPARE(db->scalar(QStringLiteral("SELECT indexed_up_to FROM search_progress"), {}).toLongLong(), result.keys[0]);
        } else {
            QCOMPARE(db->scalar(QStringLiteral("SELECT indexed_up_to FROM search_progress"), {}).toLongLong(), 0);
        }
        if (from >= 3) {
            QCOMPARE(BodyCache(*db).read(1, QString()), std::optional<QByteArray>("raw bytes"));
            // An IMAP account's body is a cache copy: it stays evictable after migration 8.
            QCOMPARE(db->scalar(QStringLiteral("SELECT pinned FROM body_parts WHERE message_id=1"), QStringLiteral("test")).toInt(), 0);
        }
        if (from >= 4)
            QCOMPARE(SearchIndex(*db).search(QStringLiteral("turnover")), QList<qint64>{1});
        if (from >= 5)
            QCOMPARE(Outbox(*db).entries().size(), 1);
        if (from >= 6)
            QCOMPARE(OperationQueue(*db).operations(1).value(0).uids, (QList<quint32>{1, 2}));
        if (from >= 7) {
            const auto entry = Pop3Ledger(*db).entry(1, "uidl-1");
            QVERIFY(entry);
            QCOMPARE(entry->firstSeen, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
            QCOMPARE(entry->messageKey, 1);
        }
    }

    void popBodiesBecomeKeptAtVersion8()
    {
        // Before version 8 a POP3 download was stored like a cache copy; the upgrade pins it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pop.sqlite"));
        {
            auto db = Database::openAtVersion(path, 7);
            seed(*db, 7);
            db->execute(QStringLiteral("UPDATE accounts SET protocol='pop3' WHERE id=1"), {});
        }
        auto db = Database::open(path);
        QCOMPARE(db->scalar(QStringLiteral("SELECT pinned FROM body_parts WHERE message_id=1"), QStringLiteral("test")).toInt(), 1);
        BodyCache cache(*db, 0);
        cache.evict();
        QCOMPARE(cache.read(1, QString()), std::optional<QByteArray>("raw bytes"));
    }

    void failedMigrationLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        {
            auto db = Database::openAtVersion(path, 1);
            seed(*db, 1);
            // Something in the way of migration 2.
            db->execute(QStringLiteral("CREATE TABLE messages (x)"), {});
        }
        try {
            Database::open(path);
            QFAIL("the migration did not fail");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::MigrationFailed);
            QVERIFY2(e.message().contains(QLatin1String("version 2")), qPrintable(e.message()));
        }
        auto db = Database::openAtVersion(path, 1);
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='messages_by_date'"), {}).toInt(), 0);
        QCOMPARE(AccountStore(*db).accounts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
