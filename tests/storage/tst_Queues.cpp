#include "StorageTestSupport.h"

#include "storage/OperationQueue.h"
#include "storage/Outbox.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace epistle::storage;
using namespace storagetest;

class TestQueues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxLifecycle()
    {
        Fixture f;
        Outbox outbox(*f.db);
        const QStringList rcpt = {QStringLiteral("to@example.test"), QStringLiteral("bcc@example.test")};
        const qint64 a = outbox.enqueue(f.accountId, QStringLiteral("me@example.test"), rcpt, "Subject: a\r\n\r\nA");
        const qint64 b = outbox.enqueueFile(f.accountId, QStringLiteral("me@example.test"), {QStringLiteral("x@example.test")},
                                            QStringLiteral("/var/tmp/b.eml"));
        QVERIFY(b > a);
        auto entry = outbox.entry(a);
        QCOMPARE(entry->recipients, rcpt);
        QCOMPARE(entry->message, QByteArray("Subject: a\r\n\r\nA"));
        QCOMPARE(entry->state, OutboxState::Queued);
        QVERIFY(entry->created.isValid());
        QCOMPARE(outbox.entry(b)->messagePath, QStringLiteral("/var/tmp/b.eml"));
        QVERIFY(outbox.entry(b)->message.isEmpty());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(outbox.due(now).size(), 2);
        QVERIFY(outbox.markSending(a));
        QVERIFY(!outbox.markSending(a)); // already claimed
        QCOMPARE(outbox.due(now).size(), 1);
        outbox.markRetry(a, QStringLiteral("421 try later"), now.addSecs(300));
        entry = outbox.entry(a);
        QCOMPARE(entry->state, OutboxState::Queued);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->lastError, QStringLiteral("421 try later"));
        QCOMPARE(outbox.due(now).size(), 1);
        QCOMPARE(outbox.due(now.addSecs(301)).size(), 2);
        QVERIFY(outbox.markSending(b));
        outbox.markFailed(b, QStringLiteral("550 no such user"));
        QCOMPARE(outbox.entry(b)->state, OutboxState::Failed);
        QCOMPARE(outbox.due(now.addSecs(301)).size(), 1);
        outbox.requeue(b);
        QCOMPARE(outbox.due(now).size(), 1);
        QVERIFY(outbox.markSending(b));
        outbox.markSent(b);
        QVERIFY(!outbox.entry(b));
        outbox.remove(a);
        QVERIFY(outbox.entries().isEmpty());
        try {
            outbox.enqueue(f.accountId, QStringLiteral("me@example.test"), {}, "x");
            QFAIL("a message without recipients was queued");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Misuse);
        }
    }

    void outboxRecoversAfterCrash()
    {
        Fixture f;
        qint64 id = 0;
        {
            Outbox outbox(*f.db);
            id = outbox.enqueue(f.accountId, QStringLiteral("me@example.test"), {QStringLiteral("to@example.test")}, "m");
            QVERIFY(outbox.markSending(id));
        }
        // Another connection (a restarted program) sees the committed state and recovers it.
        auto db = Database::open(f.path);
        Outbox outbox(*db);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Sending);
        QCOMPARE(outbox.recoverInterrupted(), 1);
        QCOMPARE(outbox.entry(id)->state, OutboxState::Queued);
    }

    void writesAreDurable()
    {
        Fixture f;
        Outbox outbox(*f.db);
        OperationQueue queue(*f.db);
        // Outbox and queue writes are Durable transactions (synchronous=FULL, checked in
        // storage.Database): the connection is back to NORMAL afterwards, they nest in a durable
        // transaction, and refuse to hide inside a non-durable one.
        outbox.enqueue(f.accountId, QStringLiteral("me@example.test"), {QStringLiteral("to@example.test")}, "m");
        QCOMPARE(f.db->scalar(QStringLiteral("PRAGMA synchronous"), {}).toInt(), 1);
        {
            Transaction tx(*f.db, Transaction::Durability::Durable);
            Operation op;
            op.accountId = f.accountId;
            op.kind = OperationKind::Delete;
            op.folderId = f.folderId;
            op.uids = {4};
            queue.enqueue(op);
            tx.commit();
        }
        QCOMPARE(queue.pendingCount(f.accountId), 1);
        Transaction plain(*f.db);
        QVERIFY_THROWS_EXCEPTION(StorageError, outbox.enqueue(f.accountId, QStringLiteral("a"), {QStringLiteral("b")}, "m"));
    }

    void operationsKeepOrderAndState()
    {
        Fixture f;
        Folder archive;
        archive.accountId = f.accountId;
        archive.path = QStringLiteral("Archive");
        const qint64 archiveId = FolderStore(*f.db).upsert(archive);
        OperationQueue queue(*f.db);

        Operation flags;
        flags.accountId = f.accountId;
        flags.kind = OperationKind::Flags;
        flags.folderId = f.folderId;
        flags.uids = {5, 1, 2, 3, 9, 3};
        flags.addFlags = MessageFlag::Seen | MessageFlag::Flagged;
        flags.removeFlags = MessageFlag::Draft;
        flags.addKeywords = {QStringLiteral("$Important")};
        flags.removeKeywords = {QStringLiteral("$Junk"), QStringLiteral("$Spam")};
        Operation move;
        move.accountId = f.accountId;
        move.kind = OperationKind::Move;
        move.folderId = f.folderId;
        move.targetFolderId = archiveId;
        move.uids = {7};
        Operation append;
        append.accountId = f.accountId;
        append.kind = OperationKind::Append;
        append.targetFolderId = archiveId;
        append.addFlags = MessageFlag::Seen;
        append.data = "Subject: saved\r\n\r\nx";
        const qint64 id1 = queue.enqueue(flags);
        const qint64 id2 = queue.enqueue(move);
        const qint64 id3 = queue.enqueue(append);

        const auto all = queue.operations(f.accountId);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, id1);
        QCOMPARE(all[0].uids, (QList<quint32>{1, 2, 3, 5, 9}));
        QCOMPARE(all[0].addFlags, flags.addFlags);
        QCOMPARE(all[0].removeFlags, flags.removeFlags);
        QCOMPARE(all[0].addKeywords, flags.addKeywords);
        QCOMPARE(all[0].removeKeywords, flags.removeKeywords);
        QCOMPARE(all[1].kind, OperationKind::Move);
        QCOMPARE(all[1].targetFolderId, archiveId);
        QCOMPARE(all[2].kind, OperationKind::Append);
        QCOMPARE(all[2].folderId, 0);
        QCOMPARE(all[2].data, append.data);

        QCOMPARE(queue.next(f.accountId)->id, id1);
        queue.markRunning(id1);
        QCOMPARE(queue.operation(id1)->state, OperationState::Running);
        queue.retryLater(id1, QStringLiteral("connection lost"));
        QCOMPARE(queue.operation(id1)->attempts, 1);
        QCOMPARE(queue.operation(id1)->state, OperationState::Pending);
        queue.markRunning(id1);
        queue.complete(id1);
        QCOMPARE(queue.next(f.accountId)->id, id2);
        queue.fail(id2, QStringLiteral("NO [TRYCREATE]"));
        QCOMPARE(queue.next(f.accountId)->id, id3); // a failed operation waits for the user
        QCOMPARE(queue.pendingCount(f.accountId), 1);
        queue.markRunning(id3);
        QCOMPARE(queue.recoverInterrupted(), 1);
        QCOMPARE(queue.operation(id3)->state, OperationState::Pending);
        queue.remove(id2);
        QCOMPARE(queue.operations(f.accountId).size(), 1);
        // Removing the target folder drops operations that point at it.
        FolderStore(*f.db).remove(archiveId);
        QVERIFY(queue.operations(f.accountId).isEmpty());
    }

    void uidSetEncoding()
    {
        QCOMPARE(OperationQueue::encodeUids({}), QString());
        QCOMPARE(OperationQueue::encodeUids({4294967295u, 1, 2, 3, 10, 12, 11}), QStringLiteral("1:3,10:12,4294967295"));
        QCOMPARE(OperationQueue::decodeUids(QStringLiteral("1:3,10:12,4294967295")),
                 (QList<quint32>{1, 2, 3, 10, 11, 12, 4294967295u}));
        QCOMPARE(OperationQueue::decodeUids(QStringLiteral("x,5:3,7,,8:")), QList<quint32>{7});
    }
};

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_Queues.moc"
