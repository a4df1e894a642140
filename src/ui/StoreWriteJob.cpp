#include "ui/StoreWriteJob.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QPointer>
#include <QThread>
#include <memory>

namespace epistle::ui {

void StoreWriteJob::run(const QString &databaseFile, std::function<void(storage::Database &)> write, QObject *context,
                        std::function<void(const QString &error)> done)
{
    auto error = std::make_shared<QString>();
    QThread *thread = QThread::create([databaseFile, write = std::move(write), error] {
        try {
            const std::unique_ptr<storage::Database> db = storage::Database::open(databaseFile);
            write(*db);
        } catch (const storage::StorageError &e) {
            *error = e.message();
        }
    });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, thread, [thread, error, guard, done = std::move(done)] {
        thread->deleteLater();
        if (guard && done)
            done(*error);
    });
    thread->start();
}

} // namespace epistle::ui
