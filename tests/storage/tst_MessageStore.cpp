#include "StorageTestSupport.h"

#include "storage/BodyCache.h"
#include "storage/MessageStore.h"
#include "storage/SearchIndex.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace epistle::storage;
using namespace storagetest;

namespace {

QList<quint32> uidsOf(const QList<MessageListRow> &rows)
{
    QList<quint32> out;
    for (const auto &r : rows)
        out.append(r.uid);
    return out;
}

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverySummaryField()
    {
        Fixture f;
        MessageStore store(*f.db);
        MessageSummary s = summary(7, QStringLiteral("Grüße aus Köln"), "<id7@example.test>", {"<a@x>", "<b@x>"});
        s.modSeq = 123456789012ULL;
        s.flags = MessageFlag::Seen | MessageFlag::Answered | MessageFlag::Flagged;
        s.keywords = {QStringLiteral("$Forwarded"), QStringLiteral("$label1")};
        s.inReplyTo = "<b@x>";
        s.cc = {{QStringLiteral("Carol, Esq."), QStringLiteral("carol@example.test")}, {{}, QStringLiteral("dan@example.test")}};
        s.date = QDateTime(QDate(2023, 6, 1), QTime(9, 30), Qt::OffsetFromUTC, -7 * 3600);
        s.hasAttachments = true;
        const auto result = store.upsert(f.folderId, {s});
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.keys.size(), 1);
        const auto stored = store.message(result.keys[0]);
        QVERIFY(stored);
        QCOMPARE(stored->folderId, f.folderId);
        QCOMPARE(stored->summary, s);
        QCOMPARE(stored->summary.date.offsetFromUtc(), -7 * 3600);
        QCOMPARE(store.messageByUid(f.folderId, 7)->key, result.keys[0]);
        QVERIFY(!store.messageByUid(f.folderId, 8));
        QVERIFY(!store.message(999999));
    }

    void upsertUpdatesOnlyMutableState()
    {
        Fixture f;
        MessageStore store(*f.db);
        MessageSummary s = summary(1, QStringLiteral("Original"));
        s.preview.clear();
        const qint64 key = store.upsert(f.folderId, {s}).keys[0];
        QCOMPARE(FolderStore(*f.db).folder(f.folderId)->unreadCount, 1);
        MessageSummary again = summary(1, QStringLiteral("Changed subject is ignored"));
        again.flags = MessageFlag::Seen;
        again.modSeq = 99;
        again.preview = QStringLiteral("now known");
        const auto result = store.upsert(f.folderId, {again});
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.keys, QList<qint64>{key});
        const auto stored = store.message(key);
        QCOMPARE(stored->summary.subject, QStringLiteral("Original"));
        QCOMPARE(stored->summary.flags, MessageFlags(MessageFlag::Seen));
        QCOMPARE(stored->summary.modSeq, 99u);
        QCOMPARE(stored->summary.preview, QStringLiteral("now known"));
        QCOMPARE(FolderStore(*f.db).folder(f.folderId)->unreadCount, 0);
        QCOMPARE(FolderStore(*f.db).folder(f.folderId)->messageCount, 1);
    }

    void duplicateUidInBatchLastWins()
    {
        Fixture f;
        MessageStore store(*f.db);
        MessageSummary a = summary(5, QStringLiteral("first"));
        MessageSummary b = summary(5, QStringLiteral("second"));
        const auto result = store.upsert(f.folderId, {a, b});
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.keys[0], result.keys[1]);
        QCOMPARE(store.message(result.keys[0])->summary.subject, QStringLiteral("second"));
    }

    void countsFollowTheMessages()
    {
        Fixture f;
        MessageStore store(*f.db);
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 10; ++uid) {
            MessageSummary s = summary(uid, QStringLiteral("m%1").arg(uid));
            if (uid <= 4)
                s.flags = MessageFlag::Seen;
            if (uid == 9)
                s.flags |= MessageFlag::Flagged;
            batch.append(s);
        }
        store.upsert(f.folderId, batch);
        FolderStore folders(*f.db);
        QCOMPARE(folders.folder(f.folderId)->messageCount, 10);
        QCOMPARE(folders.folder(f.folderId)->unreadCount, 6);
        QCOMPARE(store.count(f.folderId, ListFilter::Unread), 6);
        QCOMPARE(store.count(f.folderId, ListFilter::Flagged), 1);
        QCOMPARE(store.updateFlags(f.folderId, {{5, MessageFlag::Seen, {}, 0}, {6, MessageFlag::Seen, {QStringLiteral("$x")}, 7},
                                                {77, MessageFlag::Seen, {}, 0}}),
                 2);
        QCOMPARE(folders.folder(f.folderId)->unreadCount, 4);
        QCOMPARE(store.messageByUid(f.folderId, 6)->summary.keywords, QStringList{QStringLiteral("$x")});
        QCOMPARE(store.messageByUid(f.folderId, 6)->summary.modSeq, 7u);
        QCOMPARE(store.removeUids(f.folderId, {1, 10, 1000, 10}), 2);
        QCOMPARE(store.removeUids(f.folderId, {1, 1000}), 0); // none stored: nothing to do, no error
        QCOMPARE(folders.folder(f.folderId)->messageCount, 8);
        QCOMPARE(folders.folder(f.folderId)->unreadCount, 3);
        QCOMPARE(store.uids(f.folderId), (QList<quint32>{2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(store.highestUid(f.folderId), 9u);
        // Counts that went wrong (an older program, a manual edit) are recounted by the next
        // store to write the folder.
        f.db->execute(QStringLiteral("UPDATE folders SET message_count = 1000, unread_count = 1000"), {});
        MessageStore fresh(*f.db);
        fresh.upsert(f.folderId, {summary(20, QStringLiteral("new"))});
        QCOMPARE(folders.folder(f.folderId)->messageCount, 9);
        QCOMPARE(folders.folder(f.folderId)->unreadCount, 4);
    }

    void listSortsFiltersAndPages()
    {
        Fixture f;
        MessageStore store(*f.db);
        // uid: subject, sender, size, date order
        QList<MessageSummary> batch;
        const QStringList subjects = {QStringLiteral("delta"), QStringLiteral("Re: alpha"), QStringLiteral("charlie"),
                                      QStringLiteral("Bravo"), QStringLiteral("echo")};
        const QStringList senders = {QStringLiteral("Zed"), QStringLiteral("amy"), QStringLiteral("Bob"), {}, QStringLiteral("Carl")};
        const QList<qint64> sizes = {500, 100, 400, 200, 300};
        for (int i = 0; i < 5; ++i) {
            MessageSummary s = summary(quint32(i + 1), subjects[i]);
            s.from = {senders[i], i == 3 ? QStringLiteral("dave@example.test") : QStringLiteral("x@example.test")};
            s.size = sizes[i];
            s.flags = (i % 2) ? MessageFlags(MessageFlag::Seen) : MessageFlags();
            if (i == 2)
                s.flags |= MessageFlag::Flagged;
            batch.append(s);
        }
        batch[4].date = QDateTime(); // no Date header: the arrival time sorts it
        batch[4].internalDate = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        store.upsert(f.folderId, batch);

        ListQuery q;
        q.folderId = f.folderId;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{4, 3, 2, 1, 5}));
        q.order = Qt::AscendingOrder;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{5, 1, 2, 3, 4}));
        q.sort = SortKey::Subject;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{2, 4, 3, 1, 5}));
        q.sort = SortKey::From;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{2, 3, 5, 4, 1})); // amy, bob, carl, dave@, zed
        q.sort = SortKey::Size;
        q.order = Qt::DescendingOrder;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{1, 3, 5, 4, 2}));
        q.sort = SortKey::Date;
        q.filter = ListFilter::Unread;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{3, 1, 5}));
        q.filter = ListFilter::Flagged;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{3}));
        q.filter = ListFilter::All;
        q.offset = 1;
        q.limit = 2;
        QCOMPARE(uidsOf(store.list(q)), (QList<quint32>{3, 2}));
        q.offset = 10;
        QVERIFY(store.list(q).isEmpty());

        const auto rows = store.list({f.folderId, SortKey::Date, Qt::DescendingOrder, ListFilter::All, 0, 1});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].subject, QStringLiteral("Bravo"));
        QCOMPARE(rows[0].from.address, QStringLiteral("dave@example.test"));
        QCOMPARE(rows[0].firstRecipient.address, QStringLiteral("reader@example.test"));
        QCOMPARE(rows[0].size, 200);
        QCOMPARE(rows[0].date, batch[3].date);
        QCOMPARE(rows[0].date.offsetFromUtc(), 3600);
        QCOMPARE(rows[0].preview, batch[3].preview);
    }

    void listQueriesUseIndexes()
    {
        Fixture f;
        for (SortKey sort : {SortKey::Date, SortKey::Subject, SortKey::From, SortKey::Size}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (ListFilter filter : {ListFilter::All, ListFilter::Unread, ListFilter::Flagged}) {
                    QSqlQuery q(f.db->connection());
                    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                              MessageStore::listSql({f.folderId, sort, order, filter, 0, 50}));
                    q.addBindValue(f.folderId);
                    q.addBindValue(50);
                    q.addBindValue(0);
                    QVERIFY(q.exec());
                    QString plan;
                    while (q.next())
                        plan += q.value(3).toString() + QLatin1Char('\n');
                    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
                    QVERIFY2(plan.contains(QLatin1String("USING INDEX")), qPrintable(plan));
                }
            }
        }
    }

    void removalCascadesToCacheAndSearch()
    {
        Fixture f;
        MessageStore store(*f.db);
        const auto keys = store.upsert(f.folderId, {summary(1, QStringLiteral("Zeppelin report")),
                                                    summary(2, QStringLiteral("Other"))}).keys;
        BodyCache cache(*f.db);
        cache.store(keys[0], QString(), "raw");
        SearchIndex search(*f.db);
        QCOMPARE(search.catchUp(100), 2);
        search.setBodyText(keys[0], QStringLiteral("airship details"));
        QCOMPARE(search.search(QStringLiteral("zeppelin")), QList<qint64>{keys[0]});
        QCOMPARE(search.search(QStringLiteral("airship")), QList<qint64>{keys[0]});
        store.removeUids(f.folderId, {1});
        QVERIFY(!cache.contains(keys[0], QString()));
        QCOMPARE(cache.totalSize(), 0);
        QVERIFY(search.search(QStringLiteral("zeppelin")).isEmpty());
        QVERIFY(search.search(QStringLiteral("airship")).isEmpty());
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT count(*) FROM message_text"), {}).toInt(), 1);
        QCOMPARE(f.db->integrityCheck(), QStringLiteral("ok"));
        // A removed message's key is never given to a new message.
        const qint64 next = store.upsert(f.folderId, {summary(3, QStringLiteral("New"))}).keys[0];
        QVERIFY(next > keys[1]);
    }

    void uidValidityResetEmptiesTheFolder()
    {
        Fixture f;
        MessageStore store(*f.db);
        store.upsert(f.folderId, {summary(1, QStringLiteral("a")), summary(2, QStringLiteral("b"))});
        FolderStore folders(*f.db);
        folders.setSyncState(f.folderId, 100, 3, 55);
        store.resetForUidValidity(f.folderId, 200);
        QCOMPARE(store.count(f.folderId), 0);
        const auto folder = folders.folder(f.folderId);
        QCOMPARE(folder->uidValidity, 200u);
        QCOMPARE(folder->uidNext, 0u);
        QCOMPARE(folder->highestModSeq, 0u);
        QCOMPARE(folder->messageCount, 0);
        // UIDs can be stored again, with fresh threads.
        const auto keys = store.upsert(f.folderId, {summary(1, QStringLiteral("a2"), "<a2>"),
                                                    summary(2, QStringLiteral("re"), "<b2>", {"<a2>"})}).keys;
        QCOMPARE(store.message(keys[1])->threadId, keys[0]);
    }

    void threadIdsAreStoredAndSurviveReopen()
    {
        Fixture f;
        QList<qint64> keys;
        {
            MessageStore store(*f.db);
            keys = store.upsert(f.folderId, {summary(1, QStringLiteral("Plan"), "<p1>"),
                                             summary(2, QStringLiteral("Re: Plan"), "<p2>", {"<p1>"}),
                                             summary(3, QStringLiteral("Unrelated"), "<u1>")}).keys;
            QCOMPARE(store.message(keys[1])->threadId, keys[0]);
            QCOMPARE(store.message(keys[2])->threadId, keys[2]);
            QCOMPARE(store.threadMessages(keys[0]).size(), 2);
        }
        {
            // A new store (e.g. after a restart) loads the threads and continues them.
            MessageStore store(*f.db);
            const qint64 reply = store.upsert(f.folderId, {summary(4, QStringLiteral("Re: Plan"), "<p3>", {"<p1>", "<p2>"})}).keys[0];
            QCOMPARE(store.message(reply)->threadId, keys[0]);
            // Removing the first message renumbers the thread in the database.
            store.removeUids(f.folderId, {1});
            QCOMPARE(store.message(keys[1])->threadId, keys[1]);
            QCOMPARE(store.message(reply)->threadId, keys[1]);
        }
        {
            // Wrong thread ids in the database (an interrupted writer) are repaired on load.
            f.db->execute(QStringLiteral("UPDATE messages SET thread_id = 0"), {});
            MessageStore store(*f.db);
            store.upsert(f.folderId, {summary(9, QStringLiteral("Other"), "<o9>")});
            QCOMPARE(store.message(keys[1])->threadId, keys[1]);
            QCOMPARE(store.message(keys[2])->threadId, keys[2]);
        }
    }

    void rolledBackUpsertDoesNotConfuseThreads()
    {
        Fixture f;
        MessageStore store(*f.db);
        store.upsert(f.folderId, {summary(1, QStringLiteral("Base"), "<base>")});
        {
            Transaction outer(*f.db);
            store.upsert(f.folderId, {summary(2, QStringLiteral("Re: Base"), "<r1>", {"<base>"})});
        } // rolled back: the key given to UID 2 will be given again
        const qint64 key = store.upsert(f.folderId, {summary(3, QStringLiteral("Totally different"), "<r2>", {"<base>"})}).keys[0];
        QCOMPARE(store.message(key)->threadId, store.messageByUid(f.folderId, 1)->key);
        QCOMPARE(store.count(f.folderId), 2);
    }

    void foldersAreSeparate()
    {
        Fixture f;
        FolderStore folders(*f.db);
        Folder other;
        other.accountId = f.accountId;
        other.path = QStringLiteral("Archive");
        const qint64 otherId = folders.upsert(other);
        MessageStore store(*f.db);
        store.upsert(f.folderId, {summary(1, QStringLiteral("in inbox"))});
        store.upsert(otherId, {summary(1, QStringLiteral("in archive"))});
        QCOMPARE(store.count(f.folderId), 1);
        QCOMPARE(store.messageByUid(otherId, 1)->summary.subject, QStringLiteral("in archive"));
        folders.remove(otherId);
        QVERIFY(!store.messageByUid(otherId, 1));
        QCOMPARE(store.count(f.folderId), 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_MessageStore.moc"
