#pragma once

#include <QObject>
#include <functional>

namespace epistle::storage {
class Database;
}

namespace epistle::ui {

// Runs a small store write (an identity, an account's server settings) on a short-lived thread
// with its own connection, so the GUI thread never waits for the sync worker's write lock.
// `done` runs on the GUI thread with an empty string or the user-readable error.
class StoreWriteJob
{
public:
    static void run(const QString &databaseFile, std::function<void(storage::Database &)> write, QObject *context,
                    std::function<void(const QString &error)> done);
};

} // namespace epistle::ui
