#include "StorageTestSupport.h"

#include "storage/MessageStore.h"
#include "storage/SearchIndex.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace epistle::storage;
using namespace storagetest;

namespace {

constexpr int Batches = 4;
constexpr int BatchSize = 3000;

struct KillPoint
{
    QByteArray afterLine; // kill when this line has been read ("" = right after start)
    int delayMs = 0;      // then wait this long
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesConsistentDatabase_data()
    {
        QTest::addColumn<QByteArray>("afterLine");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("early in the first batch") << QByteArray("progress 0 250") << 0;
        QTest::newRow("late in the first batch") << QByteArray("progress 0 2750") << 0;
        QTest::newRow("right after a commit") << QByteArray("committed 0") << 0;
        QTest::newRow("mid second batch") << QByteArray("progress 1 1500") << 0;
        QTest::newRow("around the second commit") << QByteArray("progress 1 3000") << 1;
        QTest::newRow("during the third batch, later") << QByteArray("progress 2 500") << 15;
        QTest::newRow("some time after start") << QByteArray("ready") << 120;
        QTest::newRow("while indexing after the first commit") << QByteArray("indexed 0 0") << 0;
        QTest::newRow("during indexing, later") << QByteArray("indexed 1 1") << 3;
    }

    void killedWriterLeavesConsistentDatabase()
    {
        QFETCH(QByteArray, afterLine);
        QFETCH(int, delayMs);
        Fixture f;
        const qint64 folderId = f.folderId;
        const QString path = f.path;
        f.db.reset(); // the child is the only writer

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(STORAGE_CRASH_WRITER),
                    {path, QString::number(folderId), QString::number(Batches), QString::number(BatchSize)});
        QVERIFY(child.waitForStarted(10000));
        QList<QByteArray> seen;
        bool reached = false;
        while (!reached) {
            if (!child.canReadLine() && !child.waitForReadyRead(60000))
                break;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                seen.append(line);
                if (line == afterLine) {
                    reached = true;
                    break;
                }
            }
        }
        QVERIFY2(reached, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        if (delayMs)
            QTest::qSleep(delayMs);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        while (child.canReadLine())
            seen.append(child.readLine().trimmed());
        int committed = 0;
        for (const QByteArray &line : std::as_const(seen)) {
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt() + 1;
        }

        auto db = Database::open(path);
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(db->scalar(QStringLiteral("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"), {})
                    .isNull());
        // Each batch is all there or not there at all, and every reported commit survived.
        int present = 0;
        for (int b = 0; b < Batches; ++b) {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE folder_id=? AND uid BETWEEN ? AND ?"));
            q.addBindValue(folderId);
            q.addBindValue(b * BatchSize + 1);
            q.addBindValue((b + 1) * BatchSize);
            QVERIFY(q.exec() && q.next());
            const int n = q.value(0).toInt();
            QVERIFY2(n == 0 || n == BatchSize, qPrintable(QStringLiteral("batch %1 has %2 messages").arg(b).arg(n)));
            if (n) {
                QCOMPARE(b, present); // batches commit in order
                ++present;
            }
        }
        qInfo("killed after %s%s: %d batches reported committed, %d present", afterLine.constData(),
              delayMs ? qPrintable(QStringLiteral(" + %1 ms").arg(delayMs)) : "", committed, present);
        QVERIFY2(present >= committed, qPrintable(QStringLiteral("%1 reported, %2 present").arg(committed).arg(present)));
        QVERIFY(present <= committed + 1); // at most the one whose "committed" line was not read yet
        // Derived data is consistent with the messages.
        const int messages = db->scalar(QStringLiteral("SELECT count(*) FROM messages"), {}).toInt();
        QCOMPARE(messages, present * BatchSize);
        // Search text exists for exactly the messages up to the recorded progress, and the index
        // agrees with it (the FTS integrity check above compares it with message_text).
        const qint64 indexedUpTo = db->scalar(QStringLiteral("SELECT indexed_up_to FROM search_progress"), {}).toLongLong();
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM message_text WHERE message_id > %1").arg(indexedUpTo), {}).toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM message_text"), {}).toInt(),
                 db->scalar(QStringLiteral("SELECT count(*) FROM messages WHERE id <= %1").arg(indexedUpTo), {}).toInt());
        QCOMPARE(FolderStore(*db).folder(folderId)->messageCount, messages);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM messages m WHERE NOT EXISTS "
                                           "(SELECT 1 FROM messages t WHERE t.id = m.thread_id)"), {}).toInt(),
                 0);
        // Indexing resumes where it stopped.
        SearchIndex search(*db);
        qInfo("%d messages waiting for the search index", search.pending());
        while (search.catchUp(1000) > 0) {
        }
        QCOMPARE(search.pending(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM message_text"), {}).toInt(), messages);
        QVERIFY(db->scalar(QStringLiteral("INSERT INTO message_search (message_search, rank) VALUES ('integrity-check', 1)"), {})
                    .isNull());
        QCOMPARE(search.search(QStringLiteral("writer"), {}, SearchOrder::Newest, 100000).size(), messages);
        for (int b = 0; b < Batches; ++b)
            QCOMPARE(search.search(QStringLiteral("marker%1").arg(b), {}, SearchOrder::Newest, 100000).size(), b < present ? BatchSize / 20 : 0);
        // And it keeps working: the next write continues the threads.
        MessageStore store(*db);
        MessageSummary late = summary(quint32(Batches * BatchSize + 1), QStringLiteral("late"), "<late@crash>", {"<m1@crash>"});
        const qint64 key = store.upsert(folderId, {late}).keys[0];
        if (present)
            QCOMPARE(store.message(key)->threadId, store.messageByUid(folderId, 1)->key);
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_CrashSafety.moc"
