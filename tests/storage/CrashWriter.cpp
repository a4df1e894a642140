// Helper of storage.CrashSafety: writes batches of summaries (each batch one transaction), then
// indexes them for search in chunks (each chunk one transaction) as the sync worker does, and
// reports progress on stdout, so that the test can kill it with SIGKILL at chosen moments.
// Usage: storage_crash_writer DB FOLDER_ID BATCHES BATCH_SIZE
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/SearchIndex.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace epistle::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s DB FOLDER_ID BATCHES BATCH_SIZE\n", argv[0]);
        return 2;
    }
    try {
        auto db = Database::open(QString::fromLocal8Bit(argv[1]));
        const qint64 folderId = QByteArray(argv[2]).toLongLong();
        const int batches = QByteArray(argv[3]).toInt();
        const int batchSize = QByteArray(argv[4]).toInt();
        MessageStore store(*db);
        SearchIndex search(*db);
        std::printf("ready\n");
        std::fflush(stdout);
        for (int b = 0; b < batches; ++b) {
            Transaction tx(*db);
            const int chunk = 250;
            for (int start = 0; start < batchSize; start += chunk) {
                QList<MessageSummary> summaries;
                for (int i = start; i < std::min(batchSize, start + chunk); ++i) {
                    const quint32 uid = quint32(b * batchSize + i + 1);
                    MessageSummary s;
                    s.uid = uid;
                    s.subject = QStringLiteral("Batch %1 thread %2").arg(b).arg(i / 10);
                    s.messageId = "<m" + QByteArray::number(uid) + "@crash>";
                    if (i % 10)
                        s.references = {"<m" + QByteArray::number(uid - quint32(i % 10)) + "@crash>"};
                    s.from = {QStringLiteral("Writer"), QStringLiteral("writer@example.test")};
                    s.date = QDateTime::fromSecsSinceEpoch(1700000000 + uid, Qt::UTC);
                    s.preview = QStringLiteral("preview %1").arg(uid);
                    summaries.append(s);
                }
                const auto keys = store.upsert(folderId, summaries).keys;
                // Bodies arrive for the first half of a batch (each brings the index up to its
                // message); the rest is indexed after the commit.
                for (qsizetype k = 0; start < batchSize / 2 && k < keys.size(); k += 10)
                    search.setBodyText(keys[k], QStringLiteral("body text of batch %1 marker%1").arg(b));
                std::printf("progress %d %d\n", b, start + chunk);
                std::fflush(stdout);
            }
            tx.commit();
            std::printf("committed %d\n", b);
            std::fflush(stdout);
            for (int chunk = 0; search.catchUp(1000) > 0; ++chunk) {
                std::printf("indexed %d %d\n", b, chunk);
                std::fflush(stdout);
            }
        }
        std::printf("done\n");
        std::fflush(stdout);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "crash writer: %s\n", e.what());
        return 1;
    }
    return 0;
}
