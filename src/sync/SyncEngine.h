#pragma once

#include "core/Profile.h"
#include "net/CertificateInfo.h"
#include "storage/AccountStore.h"
#include "storage/MessageTypes.h"
#include "storage/Outbox.h"
#include "sync/AccountState.h"
#include "sync/MessageContent.h"
#include "sync/SyncTask.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace epistle::sync {

class AccountWorker;
class SecretStore;

// The GUI's (and the headless commands') only door to mail: a GUI-thread facade over one worker
// thread per account. Every call returns at once; work is posted to the account's worker, and
// results come back as signals or through a SyncTask. Store changes are announced with the ids
// they touch, so models update only those rows. Item models read the store themselves through
// their own connection to databaseFile().
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool push = true;         // IDLE on the Inbox and the open folder
        bool periodicSync = true; // every account's check interval
        bool sendQueued = true;   // send what is in the Outbox whenever possible
    };

    SyncEngine(const core::Profile &profile, SecretStore &secrets, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setOptions(const Options &options) { m_options = options; }
    // Starts a worker for every enabled account (and again after reloadAccounts()).
    void start();
    // Stops every worker: pending operations stay in the store and are replayed next time.
    void stop();

    const core::Profile &profile() const { return m_profile; }
    QString databaseFile() const { return m_profile.databaseFile(); }

    QList<storage::Account> accounts() const { return m_accounts; }
    AccountState accountState(qint64 accountId) const { return m_states.value(accountId); }
    // After the wizard or `account add/remove` changed the accounts.
    void reloadAccounts();

    // Synchronises folder lists, summaries, pending offline changes and the Outbox of one
    // account (0: all) once, now. The task's result is a SyncSummary.
    SyncTask *synchronize(qint64 accountId = 0);
    // The folder the user looks at: synchronised at once, then kept current with IDLE.
    void setCurrentFolder(qint64 folderId);

    // Local-first changes: written to the store (the signals follow at once) and queued for the
    // server in one durable transaction, then replayed in order when the server is reachable.
    void setFlags(const QList<qint64> &messageKeys, storage::MessageFlags add, storage::MessageFlags remove);
    void moveMessages(const QList<qint64> &messageKeys, qint64 targetFolderId);
    void copyMessages(const QList<qint64> &messageKeys, qint64 targetFolderId);
    // To the account's Trash; removed for good when already in Trash (or there is no Trash).
    void deleteMessages(const QList<qint64> &messageKeys);
    // To the account's Archive folder (created as "Archive" when there is none).
    void archiveMessages(const QList<qint64> &messageKeys);

    // Server-side folder management (needs the server). parentFolderId 0: top level.
    SyncTask *createFolder(qint64 accountId, qint64 parentFolderId, const QString &name);
    SyncTask *renameFolder(qint64 folderId, const QString &newName);
    SyncTask *deleteFolder(qint64 folderId);

    // The whole raw message (QByteArray result), from the body cache or fetched and cached.
    SyncTask *fetchMessage(qint64 messageKey, MessageContent content = MessageContent::Displayed);
    // Server-side search of a folder (UID SEARCH TEXT); result: QList<qint64> of message keys,
    // newest first, fetching summaries of messages not yet in the store. partialResult() gives
    // the matches as they arrive: those already stored at once, then each fetched batch.
    SyncTask *searchServer(qint64 folderId, const QString &text);

    // Queues a finished RFC 5322 message in the Outbox (durably) and sends it as soon as it can.
    // The task finishes once the message is safely queued (result: the Outbox id); its fate is
    // reported by outboxChanged(), messageSent() and sendFailed().
    SyncTask *send(qint64 accountId, const QByteArray &message);
    QList<storage::OutboxEntry> outbox(qint64 accountId = 0) const;
    void retrySending(qint64 outboxId);
    void removeFromOutbox(qint64 outboxId);
    // Stores a draft in the account's Drafts folder (queued like any offline change). Result: a
    // draft id; pass it as replacesMessageKey when saving the same message again, and the
    // previous copy is removed (0: nothing to replace).
    SyncTask *saveDraft(qint64 accountId, const QByteArray &message, qint64 replacesMessageKey = 0);

    // Answers passwordNeeded(). remember: also store it in the keychain.
    void providePassword(qint64 accountId, PasswordKind kind, const QString &password, bool remember);
    // Answers certificateRejected(): trust this certificate (by its SHA-256) for the account.
    void trustCertificate(qint64 accountId, const QByteArray &sha256Fingerprint);

Q_SIGNALS:
    void accountsChanged();
    void accountStateChanged(const epistle::sync::AccountState &state);
    void passwordNeeded(qint64 accountId, epistle::sync::PasswordKind kind, const QString &reason);
    void certificateRejected(qint64 accountId, const epistle::net::CertificateInfo &certificate, const QString &reason);
    // A problem worth telling the user once (not repeated for each retry).
    void errorOccurred(qint64 accountId, const QString &message);

    void foldersChanged(qint64 accountId);
    void folderCountsChanged(qint64 folderId);
    // Every cached message of the folder changed or went (e.g. UIDVALIDITY changed): reload it.
    void folderReset(qint64 folderId);
    void messagesAdded(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesRemoved(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesChanged(qint64 folderId, const QList<qint64> &messageKeys); // flags
    // New mail arrived in an Inbox (not the first sync of a folder): for notifications.
    void newMail(qint64 accountId, qint64 folderId, const QList<qint64> &messageKeys);

    void outboxChanged(qint64 accountId);
    void messageSent(qint64 accountId, qint64 outboxId);
    void sendFailed(qint64 accountId, qint64 outboxId, const QString &reason);
    // A local operation the server refused for good (e.g. its target folder disappeared).
    void operationDropped(qint64 accountId, const QString &note);

private:
    AccountWorker *worker(qint64 accountId) const;
    AccountWorker *workerForMessages(const QList<qint64> &messageKeys) const;
    AccountWorker *workerForFolder(qint64 folderId) const;
    void startWorker(const storage::Account &account);
    void stopWorkers();
    void connectWorker(AccountWorker *worker);
    void setState(const AccountState &state);
    SyncTask *newTask(const QString &title, quint64 *id, int parts = 1);
    SyncTask *failedTask(const QString &title, const QString &error);
    void post(AccountWorker *target, std::function<void()> call);
    void markReady(qint64 accountId);

    core::Profile m_profile;
    SecretStore &m_secrets;
    Options m_options;
    QList<storage::Account> m_accounts;
    QHash<qint64, AccountState> m_states;
    QHash<qint64, AccountWorker *> m_workers;
    QHash<qint64, bool> m_ready; // passwords handed to the worker
    QHash<qint64, QList<std::function<void()>>> m_pendingCalls;
    QHash<quint64, QPointer<SyncTask>> m_tasks;
    QHash<quint64, int> m_taskParts;
    QHash<quint64, QStringList> m_taskErrors;
    struct Reader;
    std::unique_ptr<Reader> m_reader; // the GUI thread's store connection for lookups
    bool m_started = false;
};

} // namespace epistle::sync
