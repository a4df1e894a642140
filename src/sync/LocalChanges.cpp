#include "sync/LocalChanges.h"

#include "storage/Transaction.h"

#include <QMap>

namespace epistle::sync {

using storage::Transaction;

LocalChanges::LocalChanges(WorkerStore &store, qint64 accountId, bool serverAccount)
    : m_store(store)
    , m_accountId(accountId)
    , m_serverAccount(serverAccount)
{
}

QList<LocalChanges::Group> LocalChanges::groupByFolder(const QList<qint64> &messageKeys)
{
    QMap<qint64, Group> groups;
    for (qint64 key : messageKeys) {
        const auto message = m_store.messages.message(key);
        if (!message)
            continue; // gone meanwhile (the server expunged it)
        Group &group = groups[message->folderId];
        group.folderId = message->folderId;
        group.uids << message->summary.uid;
        group.keys << key;
        group.messages << *message;
    }
    return groups.values();
}

void LocalChanges::setFlags(const QList<qint64> &messageKeys, storage::MessageFlags add, storage::MessageFlags remove,
                            StoreChanges *changes)
{
    const QList<Group> groups = groupByFolder(messageKeys);
    Transaction transaction(*m_store.database, Transaction::Durability::Durable);
    for (const Group &group : groups) {
        QList<storage::FlagUpdate> updates;
        for (const storage::StoredMessage &message : group.messages) {
            storage::FlagUpdate update;
            update.uid = message.summary.uid;
            update.flags = (message.summary.flags | add) & ~remove;
            update.keywords = message.summary.keywords;
            if (update.flags != message.summary.flags)
                updates << update;
        }
        if (updates.isEmpty())
            continue;
        m_store.messages.updateFlags(group.folderId, updates);
        if (m_serverAccount) {
            storage::Operation operation;
            operation.accountId = m_accountId;
            operation.kind = storage::OperationKind::Flags;
            operation.folderId = group.folderId;
            for (const storage::FlagUpdate &update : updates)
                operation.uids << update.uid;
            operation.addFlags = add;
            operation.removeFlags = remove;
            m_store.operations.enqueue(operation);
        }
        changes->changed[group.folderId] += group.keys;
        changes->counts.insert(group.folderId);
    }
    transaction.commit();
}

void LocalChanges::move(const QList<qint64> &messageKeys, qint64 targetFolderId, StoreChanges *changes)
{
    const QList<Group> groups = groupByFolder(messageKeys);
    Transaction transaction(*m_store.database, Transaction::Durability::Durable);
    for (const Group &group : groups) {
        if (group.folderId == targetFolderId)
            continue;
        if (m_serverAccount) {
            storage::Operation operation;
            operation.accountId = m_accountId;
            operation.kind = storage::OperationKind::Move;
            operation.folderId = group.folderId;
            operation.targetFolderId = targetFolderId;
            operation.uids = group.uids;
            m_store.operations.enqueue(operation);
        } else {
            copyLocally(group, targetFolderId, changes);
        }
        // The target shows the messages once the server has them (the replay syncs it).
        removeLocally(group, changes);
    }
    transaction.commit();
}

void LocalChanges::copy(const QList<qint64> &messageKeys, qint64 targetFolderId, StoreChanges *changes)
{
    const QList<Group> groups = groupByFolder(messageKeys);
    Transaction transaction(*m_store.database, Transaction::Durability::Durable);
    for (const Group &group : groups) {
        if (m_serverAccount) {
            storage::Operation operation;
            operation.accountId = m_accountId;
            operation.kind = storage::OperationKind::Copy;
            operation.folderId = group.folderId;
            operation.targetFolderId = targetFolderId;
            operation.uids = group.uids;
            m_store.operations.enqueue(operation);
        } else {
            copyLocally(group, targetFolderId, changes);
        }
    }
    transaction.commit();
}

void LocalChanges::destroy(const QList<qint64> &messageKeys, StoreChanges *changes)
{
    const QList<Group> groups = groupByFolder(messageKeys);
    Transaction transaction(*m_store.database, Transaction::Durability::Durable);
    for (const Group &group : groups) {
        if (m_serverAccount) {
            storage::Operation operation;
            operation.accountId = m_accountId;
            operation.kind = storage::OperationKind::Delete;
            operation.folderId = group.folderId;
            operation.uids = group.uids;
            m_store.operations.enqueue(operation);
        }
        removeLocally(group, changes);
    }
    transaction.commit();
}

qint64 LocalChanges::queueAppend(qint64 targetFolderId, const QByteArray &message, storage::MessageFlags flags)
{
    storage::Operation operation;
    operation.accountId = m_accountId;
    operation.kind = storage::OperationKind::Append;
    operation.targetFolderId = targetFolderId;
    operation.addFlags = flags;
    operation.data = message;
    return m_store.operations.enqueue(operation);
}

// Local folders have no server to assign UIDs: the copy gets the next UID of the target, and
// its stored body (a local message's only copy) goes with it.
void LocalChanges::copyLocally(const Group &group, qint64 targetFolderId, StoreChanges *changes)
{
    quint32 next = m_store.messages.highestUid(targetFolderId) + 1;
    QList<storage::MessageSummary> copies;
    QList<std::optional<QByteArray>> bodies;
    for (const storage::StoredMessage &message : group.messages) {
        storage::MessageSummary summary = message.summary;
        summary.uid = next++;
        copies << summary;
        bodies << m_store.bodies.read(message.key, QString());
    }
    const storage::MessageStore::UpsertResult result = m_store.messages.upsert(targetFolderId, copies);
    for (qsizetype i = 0; i < result.keys.size() && i < bodies.size(); ++i) {
        if (bodies.at(i))
            m_store.bodies.store(result.keys.at(i), QString(), *bodies.at(i), storage::BodyCache::Retention::Keep);
    }
    changes->added[targetFolderId] += result.keys;
    changes->counts.insert(targetFolderId);
}

void LocalChanges::removeLocally(const Group &group, StoreChanges *changes)
{
    m_store.messages.removeUids(group.folderId, group.uids);
    changes->removed[group.folderId] += group.keys;
    changes->counts.insert(group.folderId);
}

} // namespace epistle::sync
