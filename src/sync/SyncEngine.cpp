#include "sync/SyncEngine.h"

#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/Outbox.h"
#include "sync/AccountManager.h"
#include "sync/AccountWorker.h"
#include "sync/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QPointer>
#include <QThread>

namespace epistle::sync {

namespace {

quint64 nextTaskId()
{
    static quint64 id = 0;
    return ++id;
}

} // namespace

// The GUI thread's own store connection, for routing (which account owns a message) and the
// outbox listing; the workers write through theirs.
struct SyncEngine::Reader
{
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::MessageStore> messages;
    std::unique_ptr<storage::FolderStore> folders;
    std::unique_ptr<storage::Outbox> outbox;
    std::unique_ptr<storage::AccountStore> accounts;
};

SyncEngine::SyncEngine(const core::Profile &profile, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{
    qRegisterMetaType<AccountState>();
    qRegisterMetaType<PasswordKind>();
    qRegisterMetaType<net::CertificateInfo>();
    qRegisterMetaType<QList<qint64>>();
}

SyncEngine::~SyncEngine()
{
    stopWorkers();
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    try {
        m_reader = std::make_unique<Reader>();
        m_reader->database = storage::Database::open(m_profile.databaseFile());
        m_reader->messages = std::make_unique<storage::MessageStore>(*m_reader->database);
        m_reader->folders = std::make_unique<storage::FolderStore>(*m_reader->database);
        m_reader->outbox = std::make_unique<storage::Outbox>(*m_reader->database);
        m_reader->accounts = std::make_unique<storage::AccountStore>(*m_reader->database);
        m_accounts = m_reader->accounts->accounts();
    } catch (const std::exception &error) {
        m_reader.reset();
        Q_EMIT errorOccurred(0, SyncError::fromException(error).message);
        return;
    }
    for (const storage::Account &account : std::as_const(m_accounts)) {
        if (account.enabled)
            startWorker(account);
    }
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability != QNetworkInformation::Reachability::Online)
                        return;
                    for (AccountWorker *worker : std::as_const(m_workers))
                        QMetaObject::invokeMethod(worker, &AccountWorker::networkAvailable, Qt::QueuedConnection);
                });
    }
    Q_EMIT accountsChanged();
}

void SyncEngine::stop()
{
    stopWorkers();
    m_started = false;
}

void SyncEngine::reloadAccounts()
{
    stopWorkers();
    m_started = false;
    m_reader.reset();
    m_states.clear();
    start();
}

void SyncEngine::startWorker(const storage::Account &account)
{
    AccountWorker::Settings settings{m_profile, account, AccountOptions(), m_options.push, m_options.periodicSync, m_options.sendQueued};
    {
        const std::unique_ptr<QSettings> profileSettings = m_profile.openSettings();
        settings.options = AccountOptions::load(*profileSettings, account.id);
    }
    auto *created = new AccountWorker(settings);
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("account-%1").arg(account.id));
    created->moveToThread(thread);
    connect(thread, &QThread::finished, created, &QObject::deleteLater);
    m_workers.insert(account.id, created);
    AccountState state;
    state.accountId = account.id;
    m_states.insert(account.id, state);
    connectWorker(created);
    thread->start();
    QMetaObject::invokeMethod(created, &AccountWorker::initialize, Qt::QueuedConnection);

    // Passwords first (from the keychain), then the first synchronisation.
    const qint64 id = account.id;
    m_secrets.read(AccountManager::passwordKey(id, true), [this, id](const SecretStore::Result &incoming) {
        AccountWorker *target = worker(id);
        if (!target)
            return;
        if (incoming.ok()) {
            const QString password = incoming.password;
            QMetaObject::invokeMethod(target, [target, password] { target->setPassword(PasswordKind::Incoming, password); }, Qt::QueuedConnection);
        }
        m_secrets.read(AccountManager::passwordKey(id, false), [this, id, incoming](const SecretStore::Result &outgoing) {
            AccountWorker *target = worker(id);
            if (!target)
                return;
            if (outgoing.ok()) {
                const QString password = outgoing.password;
                QMetaObject::invokeMethod(target, [target, password] { target->setPassword(PasswordKind::Outgoing, password); }, Qt::QueuedConnection);
            } else if (incoming.ok()) {
                // One password for both servers is the common case.
                const QString password = incoming.password;
                QMetaObject::invokeMethod(target, [target, password] { target->setPassword(PasswordKind::Outgoing, password); }, Qt::QueuedConnection);
            }
            markReady(id);
            if (!incoming.ok()) {
                const QString reason = incoming.status == SecretStore::Status::Unavailable
                                           ? tr("The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.").arg(incoming.message)
                                           : tr("No password is stored for this account.");
                setState(AccountState{id, AccountState::Status::NeedsPassword, reason, 0, 0, {}, {}});
                Q_EMIT passwordNeeded(id, PasswordKind::Incoming, reason);
                return;
            }
            if (m_options.periodicSync) {
                QMetaObject::invokeMethod(target, [target] { target->synchronize(0, nullptr); }, Qt::QueuedConnection);
            }
        });
    });
}

void SyncEngine::connectWorker(AccountWorker *worker)
{
    connect(worker, &AccountWorker::stateChanged, this, &SyncEngine::setState);
    connect(worker, &AccountWorker::passwordNeeded, this, &SyncEngine::passwordNeeded);
    connect(worker, &AccountWorker::certificateRejected, this, &SyncEngine::certificateRejected);
    connect(worker, &AccountWorker::errorOccurred, this, &SyncEngine::errorOccurred);
    connect(worker, &AccountWorker::foldersChanged, this, &SyncEngine::foldersChanged);
    connect(worker, &AccountWorker::folderCountsChanged, this, &SyncEngine::folderCountsChanged);
    connect(worker, &AccountWorker::folderReset, this, &SyncEngine::folderReset);
    connect(worker, &AccountWorker::messagesAdded, this, &SyncEngine::messagesAdded);
    connect(worker, &AccountWorker::messagesRemoved, this, &SyncEngine::messagesRemoved);
    connect(worker, &AccountWorker::messagesChanged, this, &SyncEngine::messagesChanged);
    connect(worker, &AccountWorker::newMail, this, &SyncEngine::newMail);
    connect(worker, &AccountWorker::outboxChanged, this, &SyncEngine::outboxChanged);
    connect(worker, &AccountWorker::messageSent, this, &SyncEngine::messageSent);
    connect(worker, &AccountWorker::sendFailed, this, &SyncEngine::sendFailed);
    connect(worker, &AccountWorker::operationDropped, this, &SyncEngine::operationDropped);
    connect(worker, &AccountWorker::taskProgress, this, [this](quint64 id, int done, int total) {
        if (SyncTask *task = m_tasks.value(id))
            task->reportProgress(done, total);
    });
    connect(worker, &AccountWorker::taskPartialResult, this, [this](quint64 id, const QVariant &part) {
        if (SyncTask *task = m_tasks.value(id))
            task->reportPartialResult(part);
    });
    connect(worker, &AccountWorker::taskFinished, this, [this](quint64 id, const QString &error, const QVariant &result) {
        QPointer<SyncTask> task = m_tasks.take(id);
        if (!task)
            return;
        if (--m_taskParts[id] > 0) {
            // A task spread over several accounts finishes with the last of them.
            m_tasks.insert(id, task);
            if (!error.isEmpty())
                m_taskErrors[id] << error;
            return;
        }
        m_taskParts.remove(id);
        QStringList errors = m_taskErrors.take(id);
        if (!error.isEmpty())
            errors << error;
        task->finish(errors.join(QLatin1Char('\n')), result);
    });
}

void SyncEngine::post(AccountWorker *target, std::function<void()> call)
{
    const qint64 id = target->accountId();
    if (m_ready.value(id)) {
        QMetaObject::invokeMethod(target, std::move(call), Qt::QueuedConnection);
        return;
    }
    m_pendingCalls[id].append(std::move(call));
}

// The account's passwords have been handed over (or found missing): calls made meanwhile go now.
void SyncEngine::markReady(qint64 accountId)
{
    m_ready.insert(accountId, true);
    AccountWorker *target = worker(accountId);
    const QList<std::function<void()>> calls = m_pendingCalls.take(accountId);
    if (!target)
        return;
    for (const std::function<void()> &call : calls)
        QMetaObject::invokeMethod(target, call, Qt::QueuedConnection);
}

void SyncEngine::stopWorkers()
{
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        AccountWorker *worker = it.value();
        QThread *thread = worker->thread();
        QMetaObject::invokeMethod(worker, &AccountWorker::shutdown, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_workers.clear();
    m_ready.clear();
    m_pendingCalls.clear();
    const auto tasks = std::exchange(m_tasks, {});
    for (const QPointer<SyncTask> &task : tasks) {
        if (task)
            task->finish(tr("Stopped."));
    }
    m_taskParts.clear();
    m_taskErrors.clear();
}

void SyncEngine::setState(const AccountState &state)
{
    m_states.insert(state.accountId, state);
    Q_EMIT accountStateChanged(state);
}

AccountWorker *SyncEngine::worker(qint64 accountId) const
{
    return m_workers.value(accountId);
}

AccountWorker *SyncEngine::workerForFolder(qint64 folderId) const
{
    if (!m_reader)
        return nullptr;
    try {
        if (const auto folder = m_reader->folders->folder(folderId))
            return worker(folder->accountId);
    } catch (const std::exception &) {
    }
    return nullptr;
}

AccountWorker *SyncEngine::workerForMessages(const QList<qint64> &messageKeys) const
{
    if (!m_reader || messageKeys.isEmpty())
        return nullptr;
    try {
        if (const auto message = m_reader->messages->message(messageKeys.first()))
            return workerForFolder(message->folderId);
    } catch (const std::exception &) {
    }
    return nullptr;
}

SyncTask *SyncEngine::newTask(const QString &title, quint64 *id, int parts)
{
    auto *task = new SyncTask(title, this);
    *id = nextTaskId();
    m_tasks.insert(*id, task);
    m_taskParts.insert(*id, parts);
    return task;
}

SyncTask *SyncEngine::failedTask(const QString &title, const QString &error)
{
    auto *task = new SyncTask(title, this);
    QMetaObject::invokeMethod(task, [task, error] { task->finish(error); }, Qt::QueuedConnection);
    return task;
}

SyncTask *SyncEngine::synchronize(qint64 accountId)
{
    QList<AccountWorker *> targets;
    if (accountId == 0)
        targets = m_workers.values();
    else if (AccountWorker *target = worker(accountId))
        targets << target;
    if (targets.isEmpty())
        return failedTask(tr("Checking for mail"), accountId == 0 ? tr("No account is set up.") : tr("The account does not exist or is disabled."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Checking for mail"), &id, int(targets.size()));
    const auto cancel = task->cancelFlag();
    for (AccountWorker *target : targets)
        post(target, [target, id, cancel] { target->synchronize(id, cancel); });
    return task;
}

void SyncEngine::setCurrentFolder(qint64 folderId)
{
    if (AccountWorker *target = workerForFolder(folderId))
        post(target, [target, folderId] { target->setCurrentFolder(folderId); });
}

void SyncEngine::setFlags(const QList<qint64> &messageKeys, storage::MessageFlags add, storage::MessageFlags remove)
{
    if (AccountWorker *target = workerForMessages(messageKeys))
        post(target, [target, messageKeys, add, remove] { target->setFlags(messageKeys, add, remove); });
}

void SyncEngine::moveMessages(const QList<qint64> &messageKeys, qint64 targetFolderId)
{
    AccountWorker *source = workerForMessages(messageKeys);
    if (!source)
        return;
    if (source != workerForFolder(targetFolderId)) {
        Q_EMIT errorOccurred(0, tr("Messages can only be moved between folders of the same account; copy them instead."));
        return;
    }
    post(source, [source, messageKeys, targetFolderId] { source->moveMessages(messageKeys, targetFolderId); });
}

void SyncEngine::copyMessages(const QList<qint64> &messageKeys, qint64 targetFolderId)
{
    AccountWorker *source = workerForMessages(messageKeys);
    if (!source)
        return;
    if (source != workerForFolder(targetFolderId)) {
        Q_EMIT errorOccurred(0, tr("Copying between accounts is not supported yet."));
        return;
    }
    post(source, [source, messageKeys, targetFolderId] { source->copyMessages(messageKeys, targetFolderId); });
}

void SyncEngine::deleteMessages(const QList<qint64> &messageKeys)
{
    if (AccountWorker *target = workerForMessages(messageKeys))
        post(target, [target, messageKeys] { target->deleteMessages(messageKeys); });
}

void SyncEngine::archiveMessages(const QList<qint64> &messageKeys)
{
    if (AccountWorker *target = workerForMessages(messageKeys))
        post(target, [target, messageKeys] { target->archiveMessages(messageKeys); });
}

SyncTask *SyncEngine::createFolder(qint64 accountId, qint64 parentFolderId, const QString &name)
{
    AccountWorker *target = worker(accountId);
    if (!target)
        return failedTask(tr("Creating a folder"), tr("The account does not exist or is disabled."));
    if (name.trimmed().isEmpty())
        return failedTask(tr("Creating a folder"), tr("A folder needs a name."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Creating folder %1").arg(name), &id);
    post(target, [target, id, parentFolderId, name] { target->createFolder(id, parentFolderId, name.trimmed()); });
    return task;
}

SyncTask *SyncEngine::renameFolder(qint64 folderId, const QString &newName)
{
    AccountWorker *target = workerForFolder(folderId);
    if (!target)
        return failedTask(tr("Renaming a folder"), tr("The folder no longer exists."));
    if (newName.trimmed().isEmpty())
        return failedTask(tr("Renaming a folder"), tr("A folder needs a name."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Renaming folder to %1").arg(newName), &id);
    post(target, [target, id, folderId, newName] { target->renameFolder(id, folderId, newName.trimmed()); });
    return task;
}

SyncTask *SyncEngine::deleteFolder(qint64 folderId)
{
    AccountWorker *target = workerForFolder(folderId);
    if (!target)
        return failedTask(tr("Deleting a folder"), tr("The folder no longer exists."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Deleting a folder"), &id);
    post(target, [target, id, folderId] { target->deleteFolder(id, folderId); });
    return task;
}

SyncTask *SyncEngine::fetchMessage(qint64 messageKey, MessageContent content)
{
    AccountWorker *target = workerForMessages({messageKey});
    if (!target)
        return failedTask(tr("Loading a message"), tr("The message no longer exists."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Loading a message"), &id);
    const auto cancel = task->cancelFlag();
    post(target, [target, id, messageKey, content, cancel] { target->fetchMessage(id, messageKey, content, cancel); });
    return task;
}

SyncTask *SyncEngine::searchServer(qint64 folderId, const QString &text)
{
    AccountWorker *target = workerForFolder(folderId);
    if (!target)
        return failedTask(tr("Searching on the server"), tr("The folder no longer exists."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Searching on the server"), &id);
    const auto cancel = task->cancelFlag();
    post(target, [target, id, folderId, text, cancel] { target->searchServer(id, folderId, text, cancel); });
    return task;
}

SyncTask *SyncEngine::send(qint64 accountId, const QByteArray &message)
{
    AccountWorker *target = worker(accountId);
    if (!target)
        return failedTask(tr("Sending a message"), tr("The account does not exist or is disabled."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Sending a message"), &id);
    post(target, [target, id, message] { target->queueMessage(id, message); });
    return task;
}

QList<storage::OutboxEntry> SyncEngine::outbox(qint64 accountId) const
{
    if (!m_reader)
        return {};
    try {
        return m_reader->outbox->entries(accountId);
    } catch (const std::exception &) {
        return {};
    }
}

void SyncEngine::retrySending(qint64 outboxId)
{
    if (!m_reader)
        return;
    std::optional<storage::OutboxEntry> entry;
    try {
        entry = m_reader->outbox->entry(outboxId);
    } catch (const std::exception &) {
    }
    if (AccountWorker *target = entry ? worker(entry->accountId) : nullptr)
        post(target, [target, outboxId] { target->retrySending(outboxId); });
}

void SyncEngine::removeFromOutbox(qint64 outboxId)
{
    if (!m_reader)
        return;
    std::optional<storage::OutboxEntry> entry;
    try {
        entry = m_reader->outbox->entry(outboxId);
    } catch (const std::exception &) {
    }
    if (AccountWorker *target = entry ? worker(entry->accountId) : nullptr)
        post(target, [target, outboxId] { target->removeFromOutbox(outboxId); });
}

SyncTask *SyncEngine::saveDraft(qint64 accountId, const QByteArray &message, qint64 replacesMessageKey)
{
    AccountWorker *target = worker(accountId);
    if (!target)
        return failedTask(tr("Saving a draft"), tr("The account does not exist or is disabled."));
    quint64 id = 0;
    SyncTask *task = newTask(tr("Saving a draft"), &id);
    post(target, [target, id, message, replacesMessageKey] { target->saveDraft(id, message, replacesMessageKey); });
    return task;
}

void SyncEngine::providePassword(qint64 accountId, PasswordKind kind, const QString &password, bool remember)
{
    AccountWorker *target = worker(accountId);
    if (!target || password.isEmpty())
        return;
    QMetaObject::invokeMethod(target, [target, kind, password] { target->setPassword(kind, password); }, Qt::QueuedConnection);
    if (remember) {
        m_secrets.write(AccountManager::passwordKey(accountId, kind == PasswordKind::Incoming), password, [this, accountId](const SecretStore::Result &result) {
            if (!result.ok())
                Q_EMIT errorOccurred(accountId, tr("The password could not be saved in the keychain: %1").arg(result.message));
        });
    }
}

void SyncEngine::trustCertificate(qint64 accountId, const QByteArray &sha256Fingerprint)
{
    AccountWorker *target = worker(accountId);
    if (!target)
        return;
    {
        const std::unique_ptr<QSettings> settings = m_profile.openSettings();
        AccountOptions options = AccountOptions::load(*settings, accountId);
        if (!options.pinnedFingerprints.contains(QString::fromLatin1(sha256Fingerprint))) {
            options.pinnedFingerprints << QString::fromLatin1(sha256Fingerprint);
            options.save(*settings, accountId);
        }
    }
    post(target, [target, sha256Fingerprint] { target->setPinnedCertificate(sha256Fingerprint); });
}

} // namespace epistle::sync
