#pragma once

#include "core/Profile.h"
#include "net/CertificateInfo.h"
#include "storage/AccountStore.h"
#include "storage/FolderStore.h"
#include "storage/MessageTypes.h"
#include "sync/AccountOptions.h"
#include "sync/AccountState.h"
#include "sync/MessageContent.h"
#include "sync/ServerAccess.h"
#include "sync/StoreChanges.h"
#include "sync/SyncError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

namespace epistle::net {
class ProtocolLog;
}

namespace epistle::imap {
class Session;
}

namespace epistle::sync {

class IdleWatcher;
class SessionRunner;
struct WorkerStore;

// One account's engine, living in its own thread: its store connection, its IMAP connections
// (a command connection for synchronising and replaying, one for what the user waits for, and
// IDLE connections for the Inbox and the open folder) or its POP3 downloads, and its sending.
// Every public slot is called through a queued invocation from SyncEngine; results go back
// as signals. Errors are reported once; transient ones are retried with backoff, a wrong
// password or a rejected certificate wait for the user.
class AccountWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        core::Profile profile;
        storage::Account account;
        AccountOptions options;
        bool push = true;
        bool periodicSync = true;
        bool sendQueued = true;
    };

    explicit AccountWorker(Settings settings);
    ~AccountWorker() override;

    qint64 accountId() const { return m_settings.account.id; }
    bool isImap() const { return m_settings.account.protocol != QLatin1String("pop3"); }

    // In the worker thread:
    void initialize();
    void shutdown();
    void setPassword(epistle::sync::PasswordKind kind, const QString &password);
    void setPinnedCertificate(const QByteArray &sha256Fingerprint);
    void networkAvailable();

    void synchronize(quint64 taskId, std::shared_ptr<std::atomic_bool> cancel);
    void setCurrentFolder(qint64 folderId);
    void setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove);
    void moveMessages(const QList<qint64> &keys, qint64 targetFolderId);
    void copyMessages(const QList<qint64> &keys, qint64 targetFolderId);
    void deleteMessages(const QList<qint64> &keys);
    void archiveMessages(const QList<qint64> &keys);
    void createFolder(quint64 taskId, qint64 parentFolderId, const QString &name);
    void renameFolder(quint64 taskId, qint64 folderId, const QString &newName);
    void deleteFolder(quint64 taskId, qint64 folderId);
    void fetchMessage(quint64 taskId, qint64 messageKey, MessageContent content, std::shared_ptr<std::atomic_bool> cancel);
    void searchServer(quint64 taskId, qint64 folderId, const QString &text, std::shared_ptr<std::atomic_bool> cancel);
    void queueMessage(quint64 taskId, const QByteArray &message);
    void saveDraft(quint64 taskId, const QByteArray &message, qint64 replacesDraftId);
    void retrySending(qint64 outboxId);
    void removeFromOutbox(qint64 outboxId);

Q_SIGNALS:
    void stateChanged(const epistle::sync::AccountState &state);
    void passwordNeeded(qint64 accountId, epistle::sync::PasswordKind kind, const QString &reason);
    void certificateRejected(qint64 accountId, const epistle::net::CertificateInfo &certificate, const QString &reason);
    void errorOccurred(qint64 accountId, const QString &message);
    void foldersChanged(qint64 accountId);
    void folderCountsChanged(qint64 folderId);
    void folderReset(qint64 folderId);
    void messagesAdded(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesRemoved(qint64 folderId, const QList<qint64> &messageKeys);
    void messagesChanged(qint64 folderId, const QList<qint64> &messageKeys);
    void newMail(qint64 accountId, qint64 folderId, const QList<qint64> &messageKeys);
    void outboxChanged(qint64 accountId);
    void messageSent(qint64 accountId, qint64 outboxId);
    void sendFailed(qint64 accountId, qint64 outboxId, const QString &reason);
    void operationDropped(qint64 accountId, const QString &note);
    void taskProgress(quint64 taskId, int done, int total);
    void taskFinished(quint64 taskId, const QString &error, const QVariant &result);
    void taskPartialResult(quint64 taskId, const QVariant &part);

private:
    struct SyncRun;
    struct ServerSearch;

    // Synchronisation
    void startSyncRun();
    void syncNextStep();
    void finishSyncRun(SyncError error); // by value: callers pass m_run->firstError, which this resets
    void syncFolderNow(qint64 folderId);
    void replayPendingOperations();
    void sendOutbox();
    void sendOutboxNow(std::function<void(const SyncError &)> then);
    void scheduleNextSend();
    void downloadPop3();

    // Connections and state
    ServerAccess incomingAccess() const;
    ServerAccess outgoingAccess() const;
    void ensureRunners();
    void startPush();
    void stopPush();
    void handleFailure(const SyncError &error, PasswordKind kind);
    void scheduleRetry();
    void setStatus(AccountState::Status status, const QString &message = QString(), int done = 0, int total = 0);
    void announce(StoreChanges &changes);
    void catchUpSearch();
    void checkForWake();
    QSet<quint32> protectedUids(qint64 folderId);
    std::optional<storage::Folder> folderWithRole(storage::FolderRole role);
    QList<qint64> foldersToSync(const QSet<qint64> &skip);
    void finishTask(quint64 taskId, const QString &error, const QVariant &result = QVariant());
    void indexBodyText(qint64 messageKey, const QByteArray &raw);
    void prefetchBodies(imap::Session &session, std::function<void(const SyncError &)> done);
    void fetchSearchMatches(imap::Session &session, std::shared_ptr<ServerSearch> search);
    void fetchWholeMessage(imap::Session &session, quint64 taskId, qint64 messageKey, quint32 uid,
                           std::function<void(const SyncError &)> jobDone);
    void fetchDisplayedParts(imap::Session &session, quint64 taskId, qint64 messageKey, quint32 uid,
                             std::function<void(const SyncError &)> jobDone);

    Settings m_settings;
    std::unique_ptr<WorkerStore> m_store;
    std::unique_ptr<net::ProtocolLog> m_log;
    QString m_incomingPassword;
    QString m_outgoingPassword;
    SessionRunner *m_commands = nullptr;    // synchronisation and offline replay
    SessionRunner *m_interactive = nullptr; // what the user waits for: bodies, search, folders
    IdleWatcher *m_inboxWatcher = nullptr;
    IdleWatcher *m_folderWatcher = nullptr;
    qint64 m_currentFolder = 0;
    AccountState m_state;

    std::unique_ptr<SyncRun> m_run;        // the synchronisation in progress
    QList<quint64> m_waitingTasks;         // tasks that finish with the run in progress
    bool m_runRequested = false;           // another run once this one is over
    QSet<qint64> m_foldersToSync;          // pushed changes waiting for a folder sync
    bool m_replayRunning = false;
    bool m_replayAgain = false;
    bool m_sending = false;
    bool m_needsUser = false;              // wrong password or certificate: nothing automatic
    int m_backoffMs = 0;
    QTimer m_retryTimer;
    QTimer m_periodicTimer;
    QTimer m_wakeTimer;
    QElapsedTimer m_sinceWakeTick;
    QHash<qint64, QPair<qint64, quint32>> m_appendedDrafts; // draft id -> (folder, UID) on the server
    QTimer m_sendTimer;
    QTimer m_searchTimer; // indexes stored messages for search, a chunk at a time
    bool m_shuttingDown = false;
};

} // namespace epistle::sync
