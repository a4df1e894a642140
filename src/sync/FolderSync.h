#pragma once

#include "sync/SyncError.h"
#include "imap/Session.h"
#include "storage/FolderStore.h"
#include "storage/MessageTypes.h"
#include "sync/StoreChanges.h"
#include "sync/WorkerStore.h"

#include <QObject>
#include <QSet>
#include <atomic>
#include <functional>
#include <memory>

namespace epistle::sync {

// Synchronises the summaries and flags of one folder on a connected session (see docs/sync.md):
// - UIDVALIDITY changed: the folder's cache is dropped and fetched again.
// - First (or interrupted) sync: the server's UIDs against the stored ones; what is missing is
//   fetched newest first in batches, each batch one transaction, so the newest mail shows at once
//   and a kill at any point resumes without gaps or duplicates.
// - Later syncs: QRESYNC (VANISHED + changed flags, nothing else is transferred), or CONDSTORE
//   (CHANGEDSINCE), or a flags diff; new mail above the highest stored UID. A STATUS showing the
//   stored UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and count ends the sync without a SELECT; a folder
//   the session has selected already is not selected again (UID FETCH CHANGEDSINCE ... VANISHED).
// The folder's sync state (UIDNEXT, HIGHESTMODSEQ) is written only when everything up to it is
// in the store; until then the folder counts as "not complete".
class FolderSync : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int batchSize = 500;
        // UIDs with pending local operations: the server's view of them is not applied yet.
        QSet<quint32> protectedUids;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    using Done = std::function<void(const SyncError &)>;

    FolderSync(WorkerStore &store, const storage::Folder &folder, Options options, QObject *parent = nullptr);

    void run(imap::Session &session, StoreChanges *changes, Done done);

    int fetchedCount() const { return m_fetched; }

Q_SIGNALS:
    void progress(int done, int total);

private:
    using Next = std::function<void()>;
    void select();
    void checkStatusFirst();
    void resyncSelected();
    void afterSelect(const imap::MailboxState &state, bool usedQresync);
    void syncIncrementally(bool usedQresync);
    void syncFromScratch();
    void fetchChangedFlags(quint32 highestUid, Next next);
    void fetchAllFlags(quint32 highestUid, Next next);
    void reconcileUids(Next next);
    void fetchNewAbove(quint32 highestUid, Next next);
    void fetchMissing(QList<quint32> uids, Next next);
    QByteArray summaryItems() const;
    void writeBatch(const QList<storage::MessageSummary> &summaries);
    void applyFlags(const QList<storage::FlagUpdate> &updates);
    void removeUids(const QList<quint32> &uids);
    void finishSync();
    void fail(const SyncError &error);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    WorkerStore &m_store;
    storage::Folder m_folder;
    Options m_options;
    imap::Session *m_session = nullptr;
    StoreChanges *m_changes = nullptr;
    Done m_done;
    imap::MailboxState m_state;
    bool m_complete = false; // the previous sync finished: incremental rules apply
    bool m_announceNewMail = false;
    int m_fetched = 0;
    int m_toFetch = 0;
    int m_pendingBatches = 0;
    bool m_failed = false;
};

} // namespace epistle::sync
