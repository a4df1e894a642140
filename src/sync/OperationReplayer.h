#pragma once

#include "imap/Session.h"
#include "sync/StoreChanges.h"
#include "sync/SyncError.h"
#include "sync/WorkerStore.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace epistle::sync {

// Replays an account's queued offline operations on a connected session, oldest first, each
// removed from the queue once the server has done it. A network failure stops the replay and
// leaves the operation queued; an operation the server refuses for good (its folder is gone, a
// NO) is marked failed with a note and the replay goes on with the next.
class OperationReplayer : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SyncError &)>;

    OperationReplayer(WorkerStore &store, qint64 accountId, QObject *parent = nullptr);

    void run(imap::Session &session, StoreChanges *changes, Done done);

    // Folders whose contents changed on the server through the replay (targets of moves,
    // copies and appends): worth a sync.
    QSet<qint64> touchedFolders() const { return m_touched; }
    int replayed() const { return m_replayed; }
    // For APPENDs: operation id -> (folder, UID) the server gave, when it told (UIDPLUS).
    QHash<qint64, QPair<qint64, quint32>> appended() const { return m_appended; }

Q_SIGNALS:
    void dropped(const QString &note);

private:
    void next();
    void replay(const storage::Operation &operation);
    void selectThen(const storage::Folder &folder, std::function<void()> then, qint64 operationId);
    void succeeded(qint64 operationId);
    void failed(qint64 operationId, const SyncError &error);
    void finish(const SyncError &error);

    WorkerStore &m_store;
    qint64 m_accountId;
    imap::Session *m_session = nullptr;
    StoreChanges *m_changes = nullptr;
    Done m_done;
    QSet<qint64> m_touched;
    QHash<qint64, QPair<qint64, quint32>> m_appended;
    int m_replayed = 0;
};

} // namespace epistle::sync
