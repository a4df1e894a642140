#pragma once

#include "storage/MessageTypes.h"
#include "sync/StoreChanges.h"
#include "sync/WorkerStore.h"

namespace epistle::sync {

// What the user does to messages, applied to the store at once and, for a server account,
// queued for the server in the same durable transaction (OperationQueue), so the GUI can show
// it as done and a crash before the replay loses nothing. Local-only accounts (POP3) just
// change the store. Every call throws storage::StorageError on failure, leaving nothing half done.
class LocalChanges
{
public:
    LocalChanges(WorkerStore &store, qint64 accountId, bool serverAccount);

    void setFlags(const QList<qint64> &messageKeys, storage::MessageFlags add, storage::MessageFlags remove, StoreChanges *changes);
    void move(const QList<qint64> &messageKeys, qint64 targetFolderId, StoreChanges *changes);
    void copy(const QList<qint64> &messageKeys, qint64 targetFolderId, StoreChanges *changes);
    // Removes for good (the caller decided this is not a move to Trash).
    void destroy(const QList<qint64> &messageKeys, StoreChanges *changes);
    // The draft or message to store in a folder (IMAP: an APPEND replayed later).
    qint64 queueAppend(qint64 targetFolderId, const QByteArray &message, storage::MessageFlags flags);

private:
    struct Group
    {
        qint64 folderId = 0;
        QList<quint32> uids;
        QList<qint64> keys;
        QList<storage::StoredMessage> messages;
    };
    QList<Group> groupByFolder(const QList<qint64> &messageKeys);
    void copyLocally(const Group &group, qint64 targetFolderId, StoreChanges *changes);
    void removeLocally(const Group &group, StoreChanges *changes);

    WorkerStore &m_store;
    qint64 m_accountId;
    bool m_serverAccount;
};

} // namespace epistle::sync
