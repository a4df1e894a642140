#include "FakeBackend.h"

#include "StoreFixture.h"
#include "storage/MessageStore.h"
#include "sync/SyncTask.h"

#include <QTimer>

using namespace epistle;

FakeBackend::FakeBackend(StoreFixture &store)
    : m_store(store)
{
}

QString FakeBackend::databaseFile() const
{
    return m_store.path();
}

QList<storage::Account> FakeBackend::accounts() const
{
    return storage::AccountStore(m_store.db()).accounts();
}

sync::AccountState FakeBackend::accountState(qint64 accountId) const
{
    sync::AccountState state;
    state.accountId = accountId;
    state.status = sync::AccountState::Status::Online;
    return state;
}

sync::SyncTask *FakeBackend::finished(const QString &error, const QVariant &result)
{
    auto *task = new sync::SyncTask(QStringLiteral("test task"));
    QTimer::singleShot(0, task, [task, error, result] { task->finish(error, result); });
    return task;
}

sync::SyncTask *FakeBackend::synchronize(qint64)
{
    ++synchronizations;
    return finished(QString(), {});
}

void FakeBackend::setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove)
{
    flagCalls.append({keys, add, remove});
    storage::MessageStore store(m_store.db());
    QHash<qint64, QList<qint64>> byFolder;
    for (qint64 key : keys) {
        const std::optional<storage::StoredMessage> m = store.message(key);
        if (!m)
            continue;
        storage::FlagUpdate update;
        update.uid = m->summary.uid;
        update.flags = (m->summary.flags | add) & ~remove;
        store.updateFlags(m->folderId, {update});
        byFolder[m->folderId].append(key);
    }
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        Q_EMIT messagesChanged(it.key(), it.value());
        Q_EMIT folderCountsChanged(it.key());
    }
}

void FakeBackend::deleteMessages(const QList<qint64> &keys)
{
    deletions.append(keys);
    storage::MessageStore store(m_store.db());
    QHash<qint64, QList<qint64>> byFolder;
    QHash<qint64, QList<quint32>> uids;
    for (qint64 key : keys) {
        const std::optional<storage::StoredMessage> m = store.message(key);
        if (!m)
            continue;
        byFolder[m->folderId].append(key);
        uids[m->folderId].append(m->summary.uid);
    }
    for (auto it = uids.cbegin(); it != uids.cend(); ++it)
        store.removeUids(it.key(), it.value());
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        Q_EMIT messagesRemoved(it.key(), it.value());
        Q_EMIT folderCountsChanged(it.key());
    }
}

sync::SyncTask *FakeBackend::fetchMessage(qint64 messageKey, sync::MessageContent content)
{
    fetches.append({messageKey, content});
    if (content == sync::MessageContent::Whole && wholeSources.contains(messageKey))
        return finished(QString(), wholeSources.value(messageKey));
    if (!sources.contains(messageKey))
        return finished(QStringLiteral("not cached and the server is unreachable"), {});
    return finished(QString(), sources.value(messageKey));
}

sync::SyncTask *FakeBackend::searchServer(qint64 folderId, const QString &text)
{
    serverSearches.append({QString::number(folderId), text});
    if (!holdServerSearch)
        return finished(QString(), QVariant::fromValue(serverSearchResult));
    serverSearchTask = new sync::SyncTask(QStringLiteral("test search"));
    return serverSearchTask;
}

sync::SyncTask *FakeBackend::send(qint64, const QByteArray &message)
{
    sent.append(message);
    return finished(QString(), qint64(sent.size()));
}
