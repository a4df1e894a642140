#pragma once

#include "sync/SyncError.h"
#include "imap/Session.h"
#include "storage/FolderStore.h"
#include "sync/StoreChanges.h"

#include <QObject>
#include <functional>

namespace epistle::storage {
class Database;
}

namespace epistle::sync {

// Brings the store's folder list of an IMAP account in line with the server: LIST (with
// SPECIAL-USE roles when offered, names guessed otherwise), subscriptions from LSUB-style
// LIST (SUBSCRIBED); folders gone from the server leave the store with their messages.
class FolderListSync
{
public:
    using Done = std::function<void(const SyncError &)>;

    FolderListSync(storage::Database &database, qint64 accountId);

    // Runs on an authenticated session; changes are added to *changes.
    void run(imap::Session &session, StoreChanges *changes, Done done);

    // Applies a listing to the store (exposed for tests of the role rules).
    void apply(const QList<imap::ListData> &all, const QList<imap::ListData> &subscribed, StoreChanges *changes);

private:
    storage::Database &m_database;
    qint64 m_accountId;
};

} // namespace epistle::sync
