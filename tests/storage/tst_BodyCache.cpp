#include "StorageTestSupport.h"

#include "storage/BodyCache.h"
#include "storage/MessageStore.h"

#include <QTest>

using namespace epistle::storage;
using namespace storagetest;

class TestBodyCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesAndReadsParts()
    {
        Fixture f;
        const auto keys = MessageStore(*f.db).upsert(f.folderId, {summary(1, QStringLiteral("a")), summary(2, QStringLiteral("b"))}).keys;
        BodyCache cache(*f.db);
        const QByteArray binary = QByteArray::fromHex("00ff00fe") + QByteArray(100000, '\x80');
        cache.store(keys[0], QString(), "From: a\r\n\r\nbody");
        cache.store(keys[0], QStringLiteral("2.1"), binary);
        cache.store(keys[1], QStringLiteral("1"), QByteArray());
        QCOMPARE(cache.read(keys[0], QString()), std::optional<QByteArray>("From: a\r\n\r\nbody"));
        QCOMPARE(cache.read(keys[0], QStringLiteral("2.1")), std::optional<QByteArray>(binary));
        QCOMPARE(cache.read(keys[1], QStringLiteral("1")), std::optional<QByteArray>(QByteArray("")));
        QVERIFY(!cache.read(keys[1], QString()));
        QVERIFY(cache.contains(keys[0], QStringLiteral("2.1")));
        QCOMPARE(cache.totalSize(), qint64(15 + binary.size()));
        // Replacing a part replaces its size in the total.
        cache.store(keys[0], QStringLiteral("2.1"), "tiny");
        QCOMPARE(cache.totalSize(), 15 + 4);
        cache.remove(keys[0]);
        QCOMPARE(cache.totalSize(), 0);
        QVERIFY(cache.contains(keys[1], QStringLiteral("1")));
        cache.clear();
        QVERIFY(!cache.contains(keys[1], QStringLiteral("1")));
    }

    void evictsLeastRecentlyRead()
    {
        Fixture f;
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 5; ++uid)
            batch.append(summary(uid, QStringLiteral("m")));
        const auto keys = MessageStore(*f.db).upsert(f.folderId, batch).keys;
        BodyCache cache(*f.db, 3000);
        const QByteArray kb(1000, 'x');
        cache.store(keys[0], QString(), kb);
        cache.store(keys[1], QString(), kb);
        cache.store(keys[2], QString(), kb);
        QCOMPARE(cache.totalSize(), 3000);
        QVERIFY(cache.read(keys[0], QString())); // 0 is now the most recently read
        cache.store(keys[3], QString(), kb);     // evicts 1, the least recently read
        QVERIFY(cache.contains(keys[0], QString()));
        QVERIFY(!cache.contains(keys[1], QString()));
        QVERIFY(cache.contains(keys[2], QString()));
        QVERIFY(cache.contains(keys[3], QString()));
        QCOMPARE(cache.totalSize(), 3000);
        // A part bigger than the limit evicts everything else but is itself kept.
        cache.store(keys[4], QString(), QByteArray(5000, 'y'));
        QCOMPARE(cache.totalSize(), 5000);
        QVERIFY(cache.contains(keys[4], QString()));
        // Lowering the limit evicts at once.
        cache.store(keys[0], QString(), kb); // evicts the big one
        QCOMPARE(cache.totalSize(), 1000);
        cache.setLimit(0);
        QCOMPARE(cache.totalSize(), 0);
        QCOMPARE(cache.evict(), 0);
    }

    void keptPartsAreNeverEvicted()
    {
        // Local-only mail (a POP3 download) is the only copy: the cache limit does not apply.
        Fixture f;
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 3; ++uid)
            batch.append(summary(uid, QStringLiteral("m")));
        const auto keys = MessageStore(*f.db).upsert(f.folderId, batch).keys;
        BodyCache cache(*f.db, 1500);
        const QByteArray kb(1000, 'x');
        cache.store(keys[0], QString(), kb, BodyCache::Retention::Keep);
        cache.store(keys[1], QString(), kb); // over the limit: only evictable parts may go
        QVERIFY(cache.contains(keys[0], QString()));
        QVERIFY(cache.contains(keys[1], QString()));
        cache.store(keys[2], QString(), kb);
        QVERIFY(cache.contains(keys[0], QString()));
        QVERIFY(!cache.contains(keys[1], QString()));
        cache.setLimit(0);
        QVERIFY(cache.contains(keys[0], QString()));
        // Storing a kept part again as a cache copy does not make it evictable.
        cache.store(keys[0], QString(), kb);
        cache.setLimit(0);
        QVERIFY(cache.contains(keys[0], QString()));
        QCOMPARE(cache.totalSize(), 1000);
    }

    void batchStoreSparesItsOwnParts()
    {
        Fixture f;
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 5; ++uid)
            batch.append(summary(uid, QStringLiteral("m")));
        const auto keys = MessageStore(*f.db).upsert(f.folderId, batch).keys;
        BodyCache cache(*f.db, 2500);
        const QByteArray kb(1000, 'x');
        cache.store(keys[0], QString(), kb);
        cache.store(keys[1], QString(), kb);
        // Three new parts over the limit: the older parts go first, in read order, and the batch
        // keeps even the parts that alone exceed the limit (like a single store()).
        cache.store({{keys[2], QString(), kb}, {keys[3], QStringLiteral("1"), "abc"}, {keys[4], QString(), kb}});
        QVERIFY(!cache.contains(keys[0], QString()));
        QVERIFY(!cache.contains(keys[1], QString()));
        QCOMPARE(cache.read(keys[2], QString()), std::optional<QByteArray>(kb));
        QCOMPARE(cache.read(keys[3], QStringLiteral("1")), std::optional<QByteArray>("abc"));
        QVERIFY(cache.contains(keys[4], QString()));
        QCOMPARE(cache.totalSize(), 2003);
        // Kept parts stored in a batch are pinned; replacing keeps the size total right.
        cache.store({{keys[0], QString(), QByteArray(10, 'k')}, {keys[2], QString(), "x"}}, BodyCache::Retention::Keep);
        cache.setLimit(0);
        QCOMPARE(cache.read(keys[0], QString()), std::optional<QByteArray>(QByteArray(10, 'k')));
        QCOMPARE(cache.read(keys[2], QString()), std::optional<QByteArray>("x"));
        QVERIFY(!cache.contains(keys[4], QString()));
        QCOMPARE(cache.totalSize(), 11);
    }

    void manyReadsKeepOrder()
    {
        // Reads within the same millisecond still order correctly.
        Fixture f;
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 20; ++uid)
            batch.append(summary(uid, QStringLiteral("m")));
        const auto keys = MessageStore(*f.db).upsert(f.folderId, batch).keys;
        BodyCache cache(*f.db, 20 * 10);
        for (qint64 key : keys)
            cache.store(key, QString(), QByteArray(10, 'z'));
        for (int i = 19; i >= 0; --i)
            cache.read(keys[i], QString());
        cache.setLimit(10 * 10); // keeps the ten read last: keys 0..9
        for (int i = 0; i < 20; ++i)
            QCOMPARE(cache.contains(keys[i], QString()), i < 10);
    }
};

QTEST_GUILESS_MAIN(TestBodyCache)
#include "tst_BodyCache.moc"
