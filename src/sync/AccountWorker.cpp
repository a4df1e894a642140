#include "sync/AccountWorker.h"

#include "mime/DisplayText.h"
#include "mime/HtmlToText.h"
#include "mime/MessageParser.h"
#include "net/ProtocolLog.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "sync/FolderListSync.h"
#include "sync/FolderRoles.h"
#include "sync/FolderSync.h"
#include "sync/ImapSummary.h"
#include "sync/IdleWatcher.h"
#include "sync/LocalChanges.h"
#include "sync/OperationReplayer.h"
#include "sync/OutboxSender.h"
#include "sync/OutboxWriter.h"
#include "sync/PartialMessage.h"
#include "sync/Pop3Downloader.h"
#include "sync/RawMessageSummary.h"
#include "sync/SessionRunner.h"
#include "sync/WorkerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <algorithm>

namespace epistle::sync {

namespace {

constexpr int firstBackoffMs = 2000;
constexpr int maxBackoffMs = 5 * 60 * 1000;
constexpr int wakeTickMs = 30 * 1000;

} // namespace

// One synchronisation of the account: a list of steps run in order on the command connection.
struct AccountWorker::SyncRun
{
    enum class Step { Replay, FolderList, Folder, ReplayAgain, Offline, Pop3, Send, Done };
    QList<Step> steps;
    QList<qint64> folders; // for the Folder steps, in order
    int folderIndex = 0;
    int stepsDone = 0;
    int stepsTotal = 0;
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
    SyncError firstError;
    int messagesFetched = 0;
};

AccountWorker::AccountWorker(Settings settings)
    : m_settings(std::move(settings))
    , m_retryTimer(this)
    , m_periodicTimer(this)
    , m_wakeTimer(this)
    , m_sendTimer(this)
{
    m_state.accountId = m_settings.account.id;
}

AccountWorker::~AccountWorker() = default;

void AccountWorker::initialize()
{
    try {
        m_store = std::make_unique<WorkerStore>(storage::Database::open(m_settings.profile.databaseFile()));
        m_store->operations.recoverInterrupted();
        m_store->outbox.recoverInterrupted();
    } catch (const std::exception &error) {
        const SyncError failure = SyncError::fromException(error);
        setStatus(AccountState::Status::Error, failure.message);
        Q_EMIT errorOccurred(accountId(), failure.message);
        return;
    }
    if (qEnvironmentVariableIsSet("EPISTLE_PROTOCOL_LOG")) {
        m_log = std::make_unique<net::ProtocolLog>();
        QDir().mkpath(m_settings.profile.logDirectory());
        m_log->setFile(QDir(m_settings.profile.logDirectory()).filePath(QStringLiteral("account-%1.log").arg(accountId())));
    }
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, [this] { sendOutboxNow(nullptr); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { startSyncRun(); });
    // What an earlier run stored but did not index yet.
    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &AccountWorker::catchUpSearch);
    m_searchTimer.start(0);
    if (m_settings.periodicSync && m_settings.options.checkIntervalMinutes > 0) {
        m_periodicTimer.setInterval(m_settings.options.checkIntervalMinutes * 60 * 1000);
        connect(&m_periodicTimer, &QTimer::timeout, this, [this] { startSyncRun(); });
        m_periodicTimer.start();
    }
    // A timer that fires far too late means the machine slept: connections are likely dead.
    m_wakeTimer.setInterval(wakeTickMs);
    connect(&m_wakeTimer, &QTimer::timeout, this, &AccountWorker::checkForWake);
    m_wakeTimer.start();
    m_sinceWakeTick.start();
    setStatus(AccountState::Status::Offline);
}

void AccountWorker::shutdown()
{
    m_shuttingDown = true;
    m_retryTimer.stop();
    m_periodicTimer.stop();
    m_wakeTimer.stop();
    m_sendTimer.stop();
    m_searchTimer.stop();
    stopPush();
    if (m_run)
        m_run->cancel->store(true);
    if (m_commands)
        m_commands->disconnect();
    if (m_interactive)
        m_interactive->disconnect();
    delete m_commands;
    m_commands = nullptr;
    delete m_interactive;
    m_interactive = nullptr;
    m_run.reset();
    for (quint64 task : std::exchange(m_waitingTasks, {}))
        finishTask(task, tr("Epistle is shutting down."));
    m_store.reset();
}

ServerAccess AccountWorker::incomingAccess() const
{
    return ServerAccess::incoming(m_settings.account, m_settings.options);
}

ServerAccess AccountWorker::outgoingAccess() const
{
    return ServerAccess::outgoing(m_settings.account, m_settings.options);
}

void AccountWorker::ensureRunners()
{
    if (m_commands)
        return;
    imap::SessionOptions options;
    m_commands = new SessionRunner(QStringLiteral("commands"), this);
    m_interactive = new SessionRunner(QStringLiteral("interactive"), this);
    for (SessionRunner *runner : {m_commands, m_interactive}) {
        runner->setAccess(incomingAccess());
        runner->setPassword(m_incomingPassword);
        runner->setProtocolLog(m_log.get());
        runner->setSessionOptions(options);
    }
}

void AccountWorker::setPassword(PasswordKind kind, const QString &password)
{
    if (kind == PasswordKind::Incoming) {
        m_incomingPassword = password;
        // Most accounts have one password for both servers; a separate one replaces it when given.
        if (m_outgoingPassword.isEmpty())
            m_outgoingPassword = password;
        if (m_commands) {
            m_commands->setPassword(password);
            m_interactive->setPassword(password);
        }
    } else {
        m_outgoingPassword = password;
    }
    if (m_needsUser) {
        m_needsUser = false;
        m_backoffMs = 0;
        startSyncRun();
    }
}

void AccountWorker::setPinnedCertificate(const QByteArray &sha256Fingerprint)
{
    if (!m_settings.options.pinnedFingerprints.contains(QString::fromLatin1(sha256Fingerprint)))
        m_settings.options.pinnedFingerprints << QString::fromLatin1(sha256Fingerprint);
    stopPush();
    delete m_commands;
    m_commands = nullptr;
    delete m_interactive;
    m_interactive = nullptr;
    m_needsUser = false;
    m_backoffMs = 0;
    startSyncRun();
}

void AccountWorker::networkAvailable()
{
    if (m_needsUser)
        return;
    m_backoffMs = 0;
    if (m_inboxWatcher)
        m_inboxWatcher->reconnectNow();
    if (m_folderWatcher)
        m_folderWatcher->reconnectNow();
    startSyncRun();
}

void AccountWorker::checkForWake()
{
    const qint64 elapsed = m_sinceWakeTick.restart();
    if (elapsed > 3 * wakeTickMs)
        networkAvailable();
}

void AccountWorker::setStatus(AccountState::Status status, const QString &message, int done, int total)
{
    m_state.status = status;
    m_state.message = message;
    m_state.progressDone = done;
    m_state.progressTotal = total;
    m_state.nextAttempt = m_retryTimer.isActive() ? QDateTime::currentDateTime().addMSecs(m_retryTimer.remainingTime()) : QDateTime();
    Q_EMIT stateChanged(m_state);
}

void AccountWorker::finishTask(quint64 taskId, const QString &error, const QVariant &result)
{
    if (taskId != 0)
        Q_EMIT taskFinished(taskId, error, result);
}

void AccountWorker::announce(StoreChanges &changes)
{
    // Summaries are stored without their search text. One chunk now, so that the few messages of
    // an ordinary sync are searchable by the time they are announced; the rest of a large one
    // follows through the event loop.
    catchUpSearch();
    for (qint64 account : changes.accountsWithNewFolders)
        Q_EMIT foldersChanged(account);
    for (qint64 folder : changes.reset)
        Q_EMIT folderReset(folder);
    for (auto it = changes.removed.cbegin(); it != changes.removed.cend(); ++it) {
        if (!changes.reset.contains(it.key()) && !it.value().isEmpty())
            Q_EMIT messagesRemoved(it.key(), it.value());
    }
    for (auto it = changes.added.cbegin(); it != changes.added.cend(); ++it) {
        if (!changes.reset.contains(it.key()) && !it.value().isEmpty())
            Q_EMIT messagesAdded(it.key(), it.value());
    }
    for (auto it = changes.changed.cbegin(); it != changes.changed.cend(); ++it) {
        if (!changes.reset.contains(it.key()) && !it.value().isEmpty())
            Q_EMIT messagesChanged(it.key(), it.value());
    }
    for (qint64 folder : changes.counts)
        Q_EMIT folderCountsChanged(folder);
    for (auto it = changes.newMail.cbegin(); it != changes.newMail.cend(); ++it) {
        if (!it.value().isEmpty())
            Q_EMIT newMail(accountId(), it.key(), it.value());
    }
    changes.clear();
}

QSet<quint32> AccountWorker::protectedUids(qint64 folderId)
{
    QSet<quint32> uids;
    for (const storage::Operation &operation : m_store->operations.operations(accountId())) {
        if (operation.folderId == folderId && operation.state != storage::OperationState::Failed) {
            for (quint32 uid : operation.uids)
                uids.insert(uid);
        }
    }
    return uids;
}

void AccountWorker::catchUpSearch()
{
    // About 15 ms of CPU (bench_storage): the worker stays responsive between chunks.
    constexpr int Chunk = 2000;
    if (!m_store || m_shuttingDown)
        return;
    try {
        if (m_store->search.catchUp(Chunk) == Chunk)
            m_searchTimer.start(0);
    } catch (const storage::StorageError &error) {
        // Busy or failing store: the next write (or the next start) tries again.
        qWarning("search indexing: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
    }
}

std::optional<storage::Folder> AccountWorker::folderWithRole(storage::FolderRole role)
{
    for (const storage::Folder &folder : m_store->folders.folders(accountId())) {
        if (folder.role == role)
            return folder;
    }
    return std::nullopt;
}

// Folders worth keeping, Inbox first, the open folder next, then by role; without those in skip.
QList<qint64> AccountWorker::foldersToSync(const QSet<qint64> &skip)
{
    QList<storage::Folder> folders = m_store->folders.folders(accountId());
    std::stable_sort(folders.begin(), folders.end(), [this](const storage::Folder &a, const storage::Folder &b) {
        const int ra = a.id == m_currentFolder ? -1 : (a.role == storage::FolderRole::Inbox ? -2 : FolderRoles::sortRank(a.role));
        const int rb = b.id == m_currentFolder ? -1 : (b.role == storage::FolderRole::Inbox ? -2 : FolderRoles::sortRank(b.role));
        return ra < rb;
    });
    QList<qint64> ids;
    for (const storage::Folder &folder : std::as_const(folders)) {
        if (folder.selectable && (folder.subscribed || folder.id == m_currentFolder) && !skip.contains(folder.id))
            ids << folder.id;
    }
    return ids;
}

// ---- Failures and retries -----------------------------------------------------------------

void AccountWorker::handleFailure(const SyncError &error, PasswordKind kind)
{
    switch (error.kind) {
    case SyncError::Kind::None:
    case SyncError::Kind::Cancelled:
        return;
    case SyncError::Kind::Authentication:
        // Never retried on our own: a wrong password tried again and again locks accounts.
        m_needsUser = true;
        stopPush();
        if (kind == PasswordKind::Incoming)
            m_incomingPassword.clear();
        else
            m_outgoingPassword.clear();
        setStatus(AccountState::Status::NeedsPassword, error.message);
        Q_EMIT passwordNeeded(accountId(), kind, error.message);
        return;
    case SyncError::Kind::Certificate:
        m_needsUser = true;
        stopPush();
        setStatus(AccountState::Status::Error, error.message);
        if (error.certificate)
            Q_EMIT certificateRejected(accountId(), *error.certificate, error.message);
        else
            Q_EMIT errorOccurred(accountId(), error.message);
        return;
    case SyncError::Kind::Security:
    case SyncError::Kind::Storage:
        m_needsUser = true;
        setStatus(AccountState::Status::Error, error.message);
        Q_EMIT errorOccurred(accountId(), error.message);
        return;
    case SyncError::Kind::Network:
    case SyncError::Kind::Protocol:
    case SyncError::Kind::Server:
    case SyncError::Kind::MissingFolder: {
        const bool firstFailure = m_backoffMs == 0;
        scheduleRetry();
        setStatus(AccountState::Status::Error, error.message);
        // Told once, not at every retry.
        if (firstFailure)
            Q_EMIT errorOccurred(accountId(), error.message);
        return;
    }
    }
}

void AccountWorker::scheduleRetry()
{
    if (m_shuttingDown)
        return;
    m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : std::min(m_backoffMs * 2, maxBackoffMs);
    m_retryTimer.start(m_backoffMs);
}

// ---- Synchronisation ----------------------------------------------------------------------

void AccountWorker::synchronize(quint64 taskId, std::shared_ptr<std::atomic_bool> cancel)
{
    if (taskId != 0)
        m_waitingTasks << taskId;
    if (!m_store) {
        finishSyncRun(SyncError::fromException(std::runtime_error("store not open")));
        return;
    }
    if (m_needsUser) {
        // A new explicit request tries again (the user may have fixed the server meanwhile).
        m_needsUser = false;
    }
    m_backoffMs = 0;
    startSyncRun();
    if (m_run && cancel) {
        // The caller's cancel applies to the run it waits for.
        auto runCancel = m_run->cancel;
        auto *poll = new QTimer(this);
        poll->setInterval(100);
        connect(poll, &QTimer::timeout, this, [poll, cancel, runCancel, this] {
            if (!m_run || m_run->cancel != runCancel) {
                poll->deleteLater();
                return;
            }
            if (cancel->load()) {
                runCancel->store(true);
                if (m_commands)
                    m_commands->disconnect();
                poll->deleteLater();
            }
        });
        poll->start();
    }
}

void AccountWorker::startSyncRun()
{
    if (m_shuttingDown || !m_store)
        return;
    if (m_run) {
        m_runRequested = true;
        return;
    }
    if (m_needsUser)
        return;
    m_retryTimer.stop();
    if (m_incomingPassword.isEmpty()) {
        // The engine asks the user (it knows whether the keychain is missing or empty); the
        // waiting tasks go on once the password arrives.
        m_needsUser = true;
        setStatus(AccountState::Status::NeedsPassword, tr("No password is known for this account."));
        return;
    }
    m_run = std::make_unique<SyncRun>();
    if (isImap()) {
        ensureRunners();
        // Folders already known are synchronised before the folder list: Dovecot makes every
        // SELECT or STATUS of a large maildir after a LIST in the same session rescan it (~0.3 s
        // for 100,000 messages), and the Inbox's news should not wait for the list anyway.
        QList<qint64> known;
        try {
            known = foldersToSync({});
        } catch (const std::exception &) {
            // The folder list step reads the same folders and reports the store's failure.
        }
        m_run->steps = {SyncRun::Step::Replay};
        for (qint64 folder : std::as_const(known)) {
            m_run->folders << folder;
            m_run->steps << SyncRun::Step::Folder;
        }
        m_run->steps << SyncRun::Step::FolderList;
    } else {
        m_run->steps = {SyncRun::Step::Pop3};
    }
    if (m_settings.sendQueued)
        m_run->steps << SyncRun::Step::Send;
    m_run->stepsTotal = int(m_run->steps.size());
    setStatus(AccountState::Status::Syncing, tr("Checking for mail…"), 0, m_run->stepsTotal);
    syncNextStep();
}

void AccountWorker::syncNextStep()
{
    if (!m_run)
        return;
    if (m_run->cancel->load()) {
        finishSyncRun(SyncError::cancelled());
        return;
    }
    if (m_run->steps.isEmpty()) {
        finishSyncRun(m_run->firstError);
        return;
    }
    const SyncRun::Step step = m_run->steps.takeFirst();
    auto stepDone = [this](const SyncError &error) {
        if (!m_run)
            return;
        if (error.isError()) {
            finishSyncRun(error);
            return;
        }
        ++m_run->stepsDone;
        setStatus(AccountState::Status::Syncing, m_state.message, m_run->stepsDone, m_run->stepsTotal);
        QMetaObject::invokeMethod(this, &AccountWorker::syncNextStep, Qt::QueuedConnection);
    };
    const auto failed = [this](const SyncError &error) { finishSyncRun(error); };

    switch (step) {
    case SyncRun::Step::Replay:
    case SyncRun::Step::ReplayAgain:
        m_commands->enqueue([this, stepDone](imap::Session &session, SessionRunner::JobDone jobDone) {
            auto changes = std::make_shared<StoreChanges>();
            auto *replayer = new OperationReplayer(*m_store, accountId(), this);
            connect(replayer, &OperationReplayer::dropped, this, [this](const QString &note) { Q_EMIT operationDropped(accountId(), note); });
            replayer->run(session, changes.get(), [this, replayer, changes, stepDone, jobDone](const SyncError &error) {
                for (qint64 folder : replayer->touchedFolders())
                    m_foldersToSync.insert(folder);
                m_appendedDrafts.insert(replayer->appended());
                announce(*changes);
                replayer->deleteLater();
                jobDone(error);
                stepDone(error);
            });
        }, failed);
        return;
    case SyncRun::Step::FolderList:
        m_commands->enqueue([this, stepDone](imap::Session &session, SessionRunner::JobDone jobDone) {
            auto changes = std::make_shared<StoreChanges>();
            auto sync = std::make_shared<FolderListSync>(*m_store->database, accountId());
            sync->run(session, changes.get(), [this, sync, changes, stepDone, jobDone](const SyncError &error) {
                announce(*changes);
                if (!error.isError() && m_run) {
                    // Then the folders the list brought that this run has not synchronised yet.
                    QList<qint64> added;
                    try {
                        added = foldersToSync(QSet<qint64>(m_run->folders.cbegin(), m_run->folders.cend()));
                    } catch (const std::exception &storageError) {
                        jobDone(SyncError::fromException(storageError));
                        stepDone(SyncError::fromException(storageError));
                        return;
                    }
                    QList<SyncRun::Step> folderSteps;
                    for (qint64 folder : std::as_const(added)) {
                        m_run->folders << folder;
                        folderSteps << SyncRun::Step::Folder;
                    }
                    folderSteps << SyncRun::Step::ReplayAgain;
                    if (!m_settings.options.offlineFolders.isEmpty())
                        folderSteps << SyncRun::Step::Offline;
                    m_run->steps = folderSteps + m_run->steps;
                    m_run->stepsTotal += int(folderSteps.size());
                }
                jobDone(error);
                stepDone(error);
            });
        }, failed);
        return;
    case SyncRun::Step::Folder: {
        const qint64 folderId = m_run->folders.value(m_run->folderIndex++);
        m_foldersToSync.remove(folderId);
        m_commands->enqueue([this, folderId, stepDone](imap::Session &session, SessionRunner::JobDone jobDone) {
            std::optional<storage::Folder> folder;
            FolderSync::Options options;
            try {
                folder = m_store->folders.folder(folderId);
                options.protectedUids = protectedUids(folderId);
            } catch (const std::exception &error) {
                jobDone(SyncError::fromException(error));
                stepDone(SyncError::fromException(error));
                return;
            }
            if (!folder) {
                jobDone(SyncError());
                stepDone(SyncError());
                return;
            }
            options.cancel = m_run ? m_run->cancel : nullptr;
            auto changes = std::make_shared<StoreChanges>();
            auto *sync = new FolderSync(*m_store, *folder, options, this);
            const QString name = folder->path;
            connect(sync, &FolderSync::progress, this, [this, name](int done, int total) {
                if (m_run && total > 0)
                    setStatus(AccountState::Status::Syncing, tr("Fetching messages of %1…").arg(name), m_run->stepsDone, m_run->stepsTotal);
                for (quint64 task : m_waitingTasks)
                    Q_EMIT taskProgress(task, done, total);
            });
            // Batches are announced as they are stored, so the list fills while the sync goes on.
            auto *flush = new QTimer(sync);
            flush->setInterval(200);
            connect(flush, &QTimer::timeout, this, [this, changes] {
                if (!changes->isEmpty())
                    announce(*changes);
            });
            flush->start();
            sync->run(session, changes.get(), [this, sync, changes, stepDone, jobDone, flush](const SyncError &error) {
                flush->stop();
                announce(*changes);
                if (m_run)
                    m_run->messagesFetched += sync->fetchedCount();
                sync->deleteLater();
                jobDone(error);
                // A folder that vanished between LIST and SELECT is not worth failing the run.
                stepDone(error.kind == SyncError::Kind::MissingFolder ? SyncError() : error);
            });
        }, failed);
        return;
    }
    case SyncRun::Step::Offline:
        m_commands->enqueue([this, stepDone](imap::Session &session, SessionRunner::JobDone jobDone) {
            prefetchBodies(session, [stepDone, jobDone](const SyncError &error) {
                jobDone(error);
                stepDone(error.kind == SyncError::Kind::MissingFolder ? SyncError() : error);
            });
        }, failed);
        return;
    case SyncRun::Step::Pop3:
        downloadPop3();
        return;
    case SyncRun::Step::Send:
        sendOutbox();
        return;
    case SyncRun::Step::Done:
        finishSyncRun(m_run->firstError);
        return;
    }
}

void AccountWorker::finishSyncRun(SyncError error)
{
    if (!m_run)
        return;
    const int fetched = m_run->messagesFetched;
    m_run.reset();
    const QList<quint64> tasks = std::exchange(m_waitingTasks, {});
    if (error.isError()) {
        handleFailure(error, PasswordKind::Incoming);
        for (quint64 task : tasks)
            finishTask(task, error.message);
    } else {
        m_backoffMs = 0;
        m_state.lastSync = QDateTime::currentDateTime();
        setStatus(m_settings.push && isImap() ? AccountState::Status::Online : AccountState::Status::Offline);
        QVariantMap summary;
        summary.insert(QStringLiteral("messagesFetched"), fetched);
        for (quint64 task : tasks)
            finishTask(task, QString(), summary);
        startPush();
    }
    if (std::exchange(m_runRequested, false) && !m_needsUser)
        QMetaObject::invokeMethod(this, &AccountWorker::startSyncRun, Qt::QueuedConnection);
    else if (!m_foldersToSync.isEmpty() && !m_needsUser)
        for (qint64 folder : QSet<qint64>(m_foldersToSync))
            syncFolderNow(folder);
}

// A pushed change or the folder the user opened: one folder, now, on the command connection.
void AccountWorker::syncFolderNow(qint64 folderId)
{
    if (!m_store || !isImap() || m_needsUser || m_incomingPassword.isEmpty())
        return;
    if (m_run) {
        m_foldersToSync.insert(folderId);
        return;
    }
    ensureRunners();
    m_foldersToSync.remove(folderId);
    m_commands->enqueue([this, folderId](imap::Session &session, SessionRunner::JobDone jobDone) {
        std::optional<storage::Folder> folder;
        FolderSync::Options options;
        try {
            folder = m_store->folders.folder(folderId);
            options.protectedUids = protectedUids(folderId);
        } catch (const std::exception &error) {
            jobDone(SyncError::fromException(error));
            handleFailure(SyncError::fromException(error), PasswordKind::Incoming);
            return;
        }
        if (!folder) {
            jobDone(SyncError());
            return;
        }
        auto changes = std::make_shared<StoreChanges>();
        auto *sync = new FolderSync(*m_store, *folder, options, this);
        sync->run(session, changes.get(), [this, sync, changes, jobDone](const SyncError &error) {
            announce(*changes);
            sync->deleteLater();
            jobDone(error);
            if (error.isError() && error.kind != SyncError::Kind::MissingFolder)
                handleFailure(error, PasswordKind::Incoming);
        });
    }, [this](const SyncError &error) { handleFailure(error, PasswordKind::Incoming); });
}

void AccountWorker::replayPendingOperations()
{
    if (!m_store || !isImap() || m_needsUser || m_incomingPassword.isEmpty())
        return;
    if (m_replayRunning) {
        m_replayAgain = true;
        return;
    }
    ensureRunners();
    m_replayRunning = true;
    // Urgent: the user's changes go before a long synchronisation's next step.
    m_commands->enqueue([this](imap::Session &session, SessionRunner::JobDone jobDone) {
        auto changes = std::make_shared<StoreChanges>();
        auto *replayer = new OperationReplayer(*m_store, accountId(), this);
        connect(replayer, &OperationReplayer::dropped, this, [this](const QString &note) { Q_EMIT operationDropped(accountId(), note); });
        replayer->run(session, changes.get(), [this, replayer, changes, jobDone](const SyncError &error) {
            announce(*changes);
            const QSet<qint64> touched = replayer->touchedFolders();
            m_appendedDrafts.insert(replayer->appended());
            replayer->deleteLater();
            jobDone(error);
            m_replayRunning = false;
            if (error.isError()) {
                handleFailure(error, PasswordKind::Incoming);
                return;
            }
            for (qint64 folder : touched)
                syncFolderNow(folder);
            if (std::exchange(m_replayAgain, false))
                replayPendingOperations();
        });
    }, [this](const SyncError &error) {
        m_replayRunning = false;
        handleFailure(error, PasswordKind::Incoming);
    }, true);
}

// ---- Push -----------------------------------------------------------------------------------

void AccountWorker::startPush()
{
    if (!m_settings.push || !isImap() || m_needsUser || m_incomingPassword.isEmpty() || m_shuttingDown)
        return;
    std::optional<storage::Folder> inbox;
    std::optional<storage::Folder> current;
    try {
        inbox = folderWithRole(storage::FolderRole::Inbox);
        if (m_currentFolder)
            current = m_store->folders.folder(m_currentFolder);
    } catch (const std::exception &) {
        return;
    }
    const auto makeWatcher = [this]() {
        auto *watcher = new IdleWatcher(incomingAccess(), m_incomingPassword, this);
        watcher->setProtocolLog(m_log.get());
        connect(watcher, &IdleWatcher::changed, this, &AccountWorker::syncFolderNow);
        connect(watcher, &IdleWatcher::failed, this, [this](const SyncError &error) { handleFailure(error, PasswordKind::Incoming); });
        return watcher;
    };
    if (inbox) {
        if (!m_inboxWatcher)
            m_inboxWatcher = makeWatcher();
        m_inboxWatcher->watch(inbox->id, inbox->path);
    }
    if (current && (!inbox || current->id != inbox->id) && current->selectable) {
        if (!m_folderWatcher)
            m_folderWatcher = makeWatcher();
        m_folderWatcher->watch(current->id, current->path);
    } else if (m_folderWatcher) {
        m_folderWatcher->stop();
    }
}

void AccountWorker::stopPush()
{
    delete m_inboxWatcher;
    m_inboxWatcher = nullptr;
    delete m_folderWatcher;
    m_folderWatcher = nullptr;
}

void AccountWorker::setCurrentFolder(qint64 folderId)
{
    m_currentFolder = folderId;
    syncFolderNow(folderId);
    if (m_state.status == AccountState::Status::Online)
        startPush();
}

// ---- Local changes --------------------------------------------------------------------------

void AccountWorker::setFlags(const QList<qint64> &keys, storage::MessageFlags add, storage::MessageFlags remove)
{
    if (!m_store)
        return;
    StoreChanges changes;
    try {
        LocalChanges(*m_store, accountId(), isImap()).setFlags(keys, add, remove, &changes);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    announce(changes);
    replayPendingOperations();
}

void AccountWorker::moveMessages(const QList<qint64> &keys, qint64 targetFolderId)
{
    if (!m_store)
        return;
    StoreChanges changes;
    try {
        LocalChanges(*m_store, accountId(), isImap()).move(keys, targetFolderId, &changes);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    announce(changes);
    replayPendingOperations();
}

void AccountWorker::copyMessages(const QList<qint64> &keys, qint64 targetFolderId)
{
    if (!m_store)
        return;
    StoreChanges changes;
    try {
        LocalChanges(*m_store, accountId(), isImap()).copy(keys, targetFolderId, &changes);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    announce(changes);
    replayPendingOperations();
}

void AccountWorker::deleteMessages(const QList<qint64> &keys)
{
    if (!m_store || keys.isEmpty())
        return;
    StoreChanges changes;
    try {
        const std::optional<storage::Folder> trash = folderWithRole(storage::FolderRole::Trash);
        QList<qint64> toTrash;
        QList<qint64> forGood;
        for (qint64 key : keys) {
            const auto message = m_store->messages.message(key);
            if (!message)
                continue;
            if (trash && message->folderId != trash->id)
                toTrash << key;
            else
                forGood << key;
        }
        LocalChanges local(*m_store, accountId(), isImap());
        if (!toTrash.isEmpty())
            local.move(toTrash, trash->id, &changes);
        if (!forGood.isEmpty())
            local.destroy(forGood, &changes);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    announce(changes);
    replayPendingOperations();
}

void AccountWorker::archiveMessages(const QList<qint64> &keys)
{
    if (!m_store || keys.isEmpty())
        return;
    std::optional<storage::Folder> archive;
    try {
        archive = folderWithRole(storage::FolderRole::Archive);
        if (!archive && !isImap()) {
            storage::Folder folder;
            folder.accountId = accountId();
            folder.path = QStringLiteral("Archive");
            folder.role = storage::FolderRole::Archive;
            folder.id = m_store->folders.upsert(folder);
            archive = folder;
            Q_EMIT foldersChanged(accountId());
        }
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    if (archive) {
        moveMessages(keys, archive->id);
        return;
    }
    // No Archive folder on the server: create one, then move.
    ensureRunners();
    m_interactive->enqueue([this, keys](imap::Session &session, SessionRunner::JobDone jobDone) {
        imap::Job *create = session.create(QStringLiteral("Archive"));
        connect(create, &imap::Job::finished, this, [this, &session, create, keys, jobDone](imap::Job *) {
            if (!create->succeeded() && !SyncError::fromImap(create->error()).serverText.contains(QLatin1String("exists"), Qt::CaseInsensitive)) {
                Q_EMIT errorOccurred(accountId(), tr("The Archive folder could not be created: %1").arg(create->error().message));
                jobDone(SyncError::fromImap(create->error()));
                return;
            }
            session.subscribe(QStringLiteral("Archive"));
            auto changes = std::make_shared<StoreChanges>();
            auto list = std::make_shared<FolderListSync>(*m_store->database, accountId());
            list->run(session, changes.get(), [this, list, changes, keys, jobDone](const SyncError &error) {
                announce(*changes);
                jobDone(error);
                try {
                    if (auto archive = m_store->folders.find(accountId(), QStringLiteral("Archive"))) {
                        if (archive->role == storage::FolderRole::None)
                            m_store->folders.setRole(archive->id, storage::FolderRole::Archive);
                        moveMessages(keys, archive->id);
                    }
                } catch (const std::exception &storageError) {
                    Q_EMIT errorOccurred(accountId(), SyncError::fromException(storageError).message);
                }
            });
        });
    }, [this](const SyncError &error) { Q_EMIT errorOccurred(accountId(), error.message); });
}

// ---- Folder management --------------------------------------------------------------------

void AccountWorker::createFolder(quint64 taskId, qint64 parentFolderId, const QString &name)
{
    if (!m_store)
        return finishTask(taskId, tr("The local mail store is not open."));
    QString path = name;
    try {
        if (parentFolderId) {
            const auto parent = m_store->folders.folder(parentFolderId);
            if (!parent)
                return finishTask(taskId, tr("The parent folder no longer exists."));
            path = parent->path + (parent->delimiter.isEmpty() ? QStringLiteral("/") : parent->delimiter) + name;
        }
        if (!isImap()) {
            storage::Folder folder;
            folder.accountId = accountId();
            folder.path = path;
            folder.delimiter = QStringLiteral("/");
            const qint64 id = m_store->folders.upsert(folder);
            Q_EMIT foldersChanged(accountId());
            return finishTask(taskId, QString(), id);
        }
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    ensureRunners();
    m_interactive->enqueue([this, taskId, path](imap::Session &session, SessionRunner::JobDone jobDone) {
        imap::Job *create = session.create(path);
        connect(create, &imap::Job::finished, this, [this, &session, create, taskId, path, jobDone](imap::Job *) {
            if (!create->succeeded()) {
                const SyncError error = SyncError::fromImap(create->error());
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            session.subscribe(path);
            auto changes = std::make_shared<StoreChanges>();
            auto list = std::make_shared<FolderListSync>(*m_store->database, accountId());
            list->run(session, changes.get(), [this, list, changes, taskId, path, jobDone](const SyncError &error) {
                announce(*changes);
                jobDone(error);
                qint64 id = 0;
                try {
                    if (const auto folder = m_store->folders.find(accountId(), path))
                        id = folder->id;
                } catch (const std::exception &) {
                }
                finishTask(taskId, error.message, id);
            });
        });
    }, [this, taskId](const SyncError &error) { finishTask(taskId, error.message); });
}

void AccountWorker::renameFolder(quint64 taskId, qint64 folderId, const QString &newName)
{
    std::optional<storage::Folder> folder;
    try {
        folder = m_store ? m_store->folders.folder(folderId) : std::nullopt;
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    if (!folder)
        return finishTask(taskId, tr("The folder no longer exists."));
    if (folder->role == storage::FolderRole::Inbox)
        return finishTask(taskId, tr("The Inbox cannot be renamed."));
    QString newPath = newName;
    const qsizetype cut = folder->delimiter.isEmpty() ? -1 : folder->path.lastIndexOf(folder->delimiter);
    if (cut >= 0)
        newPath = folder->path.left(cut + folder->delimiter.size()) + newName;
    if (!isImap()) {
        try {
            m_store->folders.rename(folderId, newPath);
        } catch (const std::exception &error) {
            return finishTask(taskId, SyncError::fromException(error).message);
        }
        Q_EMIT foldersChanged(accountId());
        return finishTask(taskId, QString());
    }
    ensureRunners();
    const QString oldPath = folder->path;
    m_interactive->enqueue([this, taskId, folderId, oldPath, newPath](imap::Session &session, SessionRunner::JobDone jobDone) {
        imap::Job *rename = session.rename(oldPath, newPath);
        connect(rename, &imap::Job::finished, this, [this, &session, rename, taskId, folderId, oldPath, newPath, jobDone](imap::Job *) {
            if (!rename->succeeded()) {
                const SyncError error = SyncError::fromImap(rename->error());
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            // The cache moves with the folder: same messages, same UIDs (RFC 3501 RENAME).
            try {
                m_store->folders.rename(folderId, newPath);
            } catch (const std::exception &error) {
                jobDone(SyncError());
                finishTask(taskId, SyncError::fromException(error).message);
                return;
            }
            session.unsubscribe(oldPath);
            session.subscribe(newPath);
            auto changes = std::make_shared<StoreChanges>();
            auto list = std::make_shared<FolderListSync>(*m_store->database, accountId());
            list->run(session, changes.get(), [this, list, changes, taskId, jobDone](const SyncError &error) {
                changes->accountsWithNewFolders.insert(accountId());
                announce(*changes);
                jobDone(error);
                finishTask(taskId, error.message);
            });
        });
    }, [this, taskId](const SyncError &error) { finishTask(taskId, error.message); });
}

void AccountWorker::deleteFolder(quint64 taskId, qint64 folderId)
{
    std::optional<storage::Folder> folder;
    try {
        folder = m_store ? m_store->folders.folder(folderId) : std::nullopt;
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    if (!folder)
        return finishTask(taskId, tr("The folder no longer exists."));
    if (folder->role != storage::FolderRole::None)
        return finishTask(taskId, tr("Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted."));
    if (!isImap()) {
        try {
            m_store->folders.remove(folderId);
        } catch (const std::exception &error) {
            return finishTask(taskId, SyncError::fromException(error).message);
        }
        Q_EMIT folderReset(folderId);
        Q_EMIT foldersChanged(accountId());
        return finishTask(taskId, QString());
    }
    ensureRunners();
    const QString path = folder->path;
    m_interactive->enqueue([this, taskId, folderId, path](imap::Session &session, SessionRunner::JobDone jobDone) {
        // A folder cannot be deleted while selected on this connection.
        imap::Job *remove = session.deleteMailbox(path);
        connect(remove, &imap::Job::finished, this, [this, &session, remove, taskId, folderId, path, jobDone](imap::Job *) {
            const SyncError error = SyncError::fromImap(remove->error());
            if (error.isError() && error.kind != SyncError::Kind::MissingFolder) {
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            session.unsubscribe(path);
            try {
                m_store->folders.remove(folderId);
            } catch (const std::exception &storageError) {
                jobDone(SyncError());
                finishTask(taskId, SyncError::fromException(storageError).message);
                return;
            }
            Q_EMIT folderReset(folderId);
            Q_EMIT foldersChanged(accountId());
            jobDone(SyncError());
            finishTask(taskId, QString());
        });
    }, [this, taskId](const SyncError &error) { finishTask(taskId, error.message); });
}

// ---- Bodies and search --------------------------------------------------------------------

// "Keep offline" folders: bodies of their recent mail are fetched ahead, so they can be read
// without a connection. Folder by folder, one pipelined BODY.PEEK[] per message not cached yet.
void AccountWorker::prefetchBodies(imap::Session &session, std::function<void(const SyncError &)> done)
{
    constexpr int recentDays = 30;
    constexpr int maxPerFolder = 500;
    struct Item
    {
        QString path;
        qint64 key;
        quint32 uid;
    };
    auto items = std::make_shared<QList<Item>>();
    try {
        const QDateTime since = QDateTime::currentDateTime().addDays(-recentDays);
        for (const QString &path : m_settings.options.offlineFolders) {
            const auto folder = m_store->folders.find(accountId(), path);
            if (!folder)
                continue;
            storage::ListQuery query;
            query.folderId = folder->id;
            query.limit = maxPerFolder;
            for (const storage::MessageListRow &row : m_store->messages.list(query)) {
                if (row.date < since)
                    break;
                if (!m_store->bodies.contains(row.key, QString()))
                    *items << Item{folder->path, row.key, row.uid};
            }
        }
    } catch (const std::exception &error) {
        done(SyncError::fromException(error));
        return;
    }
    // The step function knows itself only weakly; the pending jobs' slots keep it alive.
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, &session, items, done, weakNext = std::weak_ptr<std::function<void(qsizetype)>>(next)](qsizetype from) {
        if (from >= items->size()) {
            done(SyncError());
            return;
        }
        const auto next = weakNext.lock();
        const QString path = items->at(from).path;
        qsizetype end = from;
        while (end < items->size() && items->at(end).path == path)
            ++end;
        imap::SelectOptions options;
        options.readOnly = true;
        auto *select = session.select(path, options);
        connect(select, &imap::Job::finished, this, [this, &session, select, items, from, end, done, next](imap::Job *) {
            if (!select->succeeded()) {
                done(SyncError::fromImap(select->error()));
                return;
            }
            auto remaining = std::make_shared<qsizetype>(end - from);
            auto failure = std::make_shared<SyncError>();
            for (qsizetype i = from; i < end; ++i) {
                const qint64 key = items->at(i).key;
                auto *fetch = session.fetchSection(items->at(i).uid, QByteArray());
                connect(fetch, &imap::Job::finished, this, [this, fetch, key, remaining, failure, end, done, next](imap::Job *) {
                    if (fetch->succeeded() && !fetch->result().nil) {
                        try {
                            m_store->bodies.store(key, QString(), fetch->result().data);
                            indexBodyText(key, fetch->result().data);
                        } catch (const std::exception &error) {
                            *failure = SyncError::fromException(error);
                        }
                    } else if (!fetch->succeeded() && !failure->isError()) {
                        const SyncError error = SyncError::fromImap(fetch->error());
                        // A message expunged meanwhile is not a failure of the prefetch.
                        if (error.kind != SyncError::Kind::Server)
                            *failure = error;
                    }
                    if (--*remaining > 0)
                        return;
                    if (failure->isError()) {
                        done(*failure);
                        return;
                    }
                    (*next)(end);
                });
            }
        });
    };
    (*next)(0);
}

// The readable text of a message that just arrived goes into the full-text index, so a search
// finds cached mail by its words, not only by subject and addresses.
void AccountWorker::indexBodyText(qint64 messageKey, const QByteArray &raw)
{
    const mime::Message message = mime::MessageParser().parse(raw);
    const mime::DisplayText text = mime::DisplayText::select(message, mime::BodyPreference::Plain);
    if (text.format == mime::DisplayText::Format::None)
        return;
    m_store->search.setBodyText(messageKey, text.isHtml() ? mime::HtmlToText::convert(text.text) : text.text);
}

namespace {
// The body cache's name for a message put together without its large attachments.
const QString DisplayedPartsId = QStringLiteral("displayed");

const imap::FetchData *fetchedUid(const QList<imap::FetchData> &messages, quint32 uid)
{
    for (const imap::FetchData &data : messages) {
        if (data.uid == uid)
            return &data;
    }
    return nullptr;
}
} // namespace

void AccountWorker::fetchMessage(quint64 taskId, qint64 messageKey, MessageContent content,
                                 std::shared_ptr<std::atomic_bool> cancel)
{
    std::optional<storage::StoredMessage> message;
    std::optional<storage::Folder> folder;
    try {
        if (!m_store)
            return finishTask(taskId, tr("The local mail store is not open."));
        if (const auto cached = m_store->bodies.read(messageKey, QString()))
            return finishTask(taskId, QString(), *cached);
        if (content == MessageContent::Displayed) {
            if (const auto cached = m_store->bodies.read(messageKey, DisplayedPartsId))
                return finishTask(taskId, QString(), *cached);
        }
        message = m_store->messages.message(messageKey);
        if (message)
            folder = m_store->folders.folder(message->folderId);
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    if (!message || !folder)
        return finishTask(taskId, tr("The message no longer exists."));
    if (!isImap())
        return finishTask(taskId, tr("The message's content is not stored on this computer."));
    if (m_incomingPassword.isEmpty())
        return finishTask(taskId, tr("No password is known for this account."));
    ensureRunners();
    const QString path = folder->path;
    const quint32 uid = message->summary.uid;
    const bool byParts = content == MessageContent::Displayed && quint64(message->summary.size) > PartialMessage::Threshold;
    m_interactive->enqueue([this, taskId, messageKey, path, uid, byParts, cancel](imap::Session &session, SessionRunner::JobDone jobDone) {
        if (cancel && cancel->load()) {
            jobDone(SyncError());
            finishTask(taskId, tr("Cancelled."));
            return;
        }
        const auto fetch = [this, &session, taskId, messageKey, uid, byParts, jobDone] {
            if (byParts)
                fetchDisplayedParts(session, taskId, messageKey, uid, jobDone);
            else
                fetchWholeMessage(session, taskId, messageKey, uid, jobDone);
        };
        const imap::MailboxState &selected = session.selectedMailbox();
        if (session.state() == imap::Session::State::Selected && selected.name == path) {
            fetch();
            return;
        }
        imap::SelectOptions options;
        options.readOnly = true;
        auto *select = session.select(path, options);
        connect(select, &imap::Job::finished, this, [this, select, taskId, fetch, jobDone](imap::Job *) {
            if (!select->succeeded()) {
                const SyncError error = SyncError::fromImap(select->error());
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            fetch();
        });
    }, [this, taskId](const SyncError &error) { finishTask(taskId, error.message); }, true);
}

void AccountWorker::fetchWholeMessage(imap::Session &session, quint64 taskId, qint64 messageKey, quint32 uid,
                                      SessionRunner::JobDone jobDone)
{
    auto *job = session.fetchSection(uid, QByteArray());
    connect(job, &imap::Job::finished, this, [this, job, taskId, messageKey, jobDone](imap::Job *) {
        if (!job->succeeded()) {
            const SyncError error = SyncError::fromImap(job->error());
            jobDone(error);
            finishTask(taskId, error.message);
            return;
        }
        const QByteArray data = job->result().data;
        if (job->result().nil) {
            jobDone(SyncError());
            finishTask(taskId, tr("The message no longer exists on the server."));
            return;
        }
        try {
            storage::Transaction transaction(*m_store->database);
            m_store->bodies.remove(messageKey); // a copy without its attachments, if any, is superseded
            m_store->bodies.store(messageKey, QString(), data);
            transaction.commit();
            indexBodyText(messageKey, data);
        } catch (const std::exception &error) {
            // Shown anyway; only the cache failed.
            Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        }
        jobDone(SyncError());
        finishTask(taskId, QString(), data);
    });
}

// BODYSTRUCTURE and the header first, then only the sections the view needs (see PartialMessage).
void AccountWorker::fetchDisplayedParts(imap::Session &session, quint64 taskId, qint64 messageKey, quint32 uid,
                                        SessionRunner::JobDone jobDone)
{
    auto *outline = session.fetch(imap::UidSet::single(uid), "(BODYSTRUCTURE BODY.PEEK[HEADER])");
    connect(outline, &imap::Job::finished, this, [this, &session, outline, taskId, messageKey, uid, jobDone](imap::Job *) {
        if (!outline->succeeded()) {
            const SyncError error = SyncError::fromImap(outline->error());
            jobDone(error);
            finishTask(taskId, error.message);
            return;
        }
        const imap::FetchData *data = fetchedUid(outline->result().messages, uid);
        if (!data) {
            jobDone(SyncError());
            finishTask(taskId, tr("The message no longer exists on the server."));
            return;
        }
        const imap::BodySection *header = data->section("HEADER");
        const std::shared_ptr<imap::BodyStructure> structure = data->bodyStructure;
        auto plan = structure ? std::make_shared<PartialMessage>(*structure) : nullptr;
        if (!plan || !plan->worthIt() || !header || header->data.isEmpty()) {
            fetchWholeMessage(session, taskId, messageKey, uid, jobDone);
            return;
        }
        const QByteArray headerData = header->data;
        auto *parts = session.fetch(imap::UidSet::single(uid), plan->fetchItems());
        connect(parts, &imap::Job::finished, this,
                [this, &session, parts, structure, plan, headerData, taskId, messageKey, uid, jobDone](imap::Job *) {
            if (!parts->succeeded()) {
                const SyncError error = SyncError::fromImap(parts->error());
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            const imap::FetchData *sections = fetchedUid(parts->result().messages, uid);
            const QByteArray message = sections ? plan->assemble(headerData, *sections) : QByteArray();
            if (message.isEmpty()) {
                fetchWholeMessage(session, taskId, messageKey, uid, jobDone); // an answer that does not fit the structure
                return;
            }
            try {
                m_store->bodies.store(messageKey, DisplayedPartsId, message);
                indexBodyText(messageKey, message);
            } catch (const std::exception &error) {
                Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
            }
            jobDone(SyncError());
            finishTask(taskId, QString(), message);
        });
    });
}

// A server search in progress: the matches found in the store so far (UID and key), and those
// still to be fetched, newest first.
struct AccountWorker::ServerSearch
{
    quint64 taskId = 0;
    storage::Folder folder;
    QList<QPair<quint32, qint64>> found;
    QList<quint32> unknown;
    SessionRunner::JobDone jobDone;
    std::shared_ptr<std::atomic_bool> cancel;
};

namespace {
// Matches not yet stored are fetched and shown this many at a time, newest first.
constexpr int SearchFetchBatch = 200;
} // namespace

void AccountWorker::searchServer(quint64 taskId, qint64 folderId, const QString &text,
                                 std::shared_ptr<std::atomic_bool> cancel)
{
    std::optional<storage::Folder> folder;
    try {
        folder = m_store ? m_store->folders.folder(folderId) : std::nullopt;
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    if (!folder)
        return finishTask(taskId, tr("The folder no longer exists."));
    if (!isImap())
        return finishTask(taskId, QString(), QVariant::fromValue(QList<qint64>()));
    ensureRunners();
    const storage::Folder target = *folder;
    m_interactive->enqueue([this, taskId, target, text, cancel](imap::Session &session, SessionRunner::JobDone jobDone) {
        if (cancel->load()) {
            jobDone(SyncError());
            finishTask(taskId, SyncError::cancelled().message);
            return;
        }
        imap::SelectOptions options;
        options.readOnly = true;
        auto *select = session.select(target.path, options);
        connect(select, &imap::Job::finished, this, [this, &session, select, taskId, target, text, jobDone, cancel](imap::Job *) {
            if (!select->succeeded()) {
                const SyncError error = SyncError::fromImap(select->error());
                jobDone(error);
                finishTask(taskId, error.message);
                return;
            }
            auto *search = session.search("TEXT " + imap::Session::quoteString(text.toUtf8()));
            connect(search, &imap::Job::finished, this, [this, &session, search, taskId, target, jobDone, cancel](imap::Job *) {
                if (!search->succeeded()) {
                    const SyncError error = SyncError::fromImap(search->error());
                    jobDone(error);
                    finishTask(taskId, error.message);
                    return;
                }
                auto state = std::make_shared<ServerSearch>();
                state->taskId = taskId;
                state->folder = target;
                state->jobDone = jobDone;
                state->cancel = cancel;
                QList<quint32> matches = search->result().uids.toList(100000).value_or(QList<quint32>());
                std::sort(matches.begin(), matches.end(), std::greater<>());
                // The matches already stored are shown at once; the others follow as they are fetched.
                try {
                    const QHash<quint32, qint64> stored = m_store->messages.keysByUid(target.id);
                    QList<qint64> keys;
                    for (quint32 uid : std::as_const(matches)) {
                        const auto it = stored.constFind(uid);
                        if (it == stored.cend()) {
                            state->unknown << uid;
                        } else {
                            state->found << qMakePair(uid, *it);
                            keys << *it;
                        }
                    }
                    if (!keys.isEmpty())
                        Q_EMIT taskPartialResult(taskId, QVariant::fromValue(keys));
                } catch (const std::exception &error) {
                    jobDone(SyncError());
                    finishTask(taskId, SyncError::fromException(error).message);
                    return;
                }
                fetchSearchMatches(session, state);
            });
        });
    }, [this, taskId](const SyncError &error) { finishTask(taskId, error.message); }, true);
}

void AccountWorker::fetchSearchMatches(imap::Session &session, std::shared_ptr<ServerSearch> search)
{
    if (search->cancel->load()) {
        search->jobDone(SyncError());
        finishTask(search->taskId, SyncError::cancelled().message);
        return;
    }
    if (search->unknown.isEmpty()) {
        std::sort(search->found.begin(), search->found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<qint64> keys;
        keys.reserve(search->found.size());
        for (const auto &match : std::as_const(search->found))
            keys << match.second;
        search->jobDone(SyncError());
        finishTask(search->taskId, QString(), QVariant::fromValue(keys));
        return;
    }
    const QList<quint32> batch = search->unknown.mid(0, SearchFetchBatch);
    search->unknown.remove(0, batch.size());
    auto *fetch = session.fetchSummaries(imap::UidSet::fromList(batch), SearchFetchBatch);
    connect(fetch, &imap::Job::finished, this, [this, &session, fetch, search](imap::Job *) {
        if (!fetch->succeeded()) {
            // The matches found so far stay shown; the search ends with the server's words.
            const SyncError error = SyncError::fromImap(fetch->error());
            search->jobDone(error);
            finishTask(search->taskId, error.message);
            return;
        }
        QList<storage::MessageSummary> summaries;
        for (const imap::FetchData &data : fetch->result().messages)
            summaries << ImapSummary::fromFetch(data);
        std::sort(summaries.begin(), summaries.end(),
                  [](const storage::MessageSummary &a, const storage::MessageSummary &b) { return a.uid > b.uid; });
        StoreChanges changes;
        QList<qint64> added;
        try {
            storage::Transaction transaction(*m_store->database);
            added = m_store->messages.upsert(search->folder.id, summaries).keys; // newest first, as sorted
            transaction.commit();
            changes.added[search->folder.id] = added;
            changes.counts.insert(search->folder.id);
            for (qsizetype i = 0; i < added.size(); ++i)
                search->found << qMakePair(summaries[i].uid, added[i]);
        } catch (const std::exception &error) {
            Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        }
        announce(changes);
        if (!added.isEmpty())
            Q_EMIT taskPartialResult(search->taskId, QVariant::fromValue(added));
        fetchSearchMatches(session, search);
    });
}

// ---- POP3 ---------------------------------------------------------------------------------

void AccountWorker::downloadPop3()
{
    quint32 highestBefore = 0;
    qint64 inboxBefore = 0;
    try {
        if (const auto inbox = folderWithRole(storage::FolderRole::Inbox)) {
            inboxBefore = inbox->id;
            highestBefore = m_store->messages.highestUid(inbox->id);
        }
    } catch (const std::exception &error) {
        finishSyncRun(SyncError::fromException(error));
        return;
    }
    auto *downloader = new Pop3Downloader(*m_store->database, m_settings.account, m_settings.options, incomingAccess(), m_incomingPassword, this);
    if (m_run) {
        const auto cancel = m_run->cancel;
        auto *poll = new QTimer(downloader);
        poll->setInterval(100);
        connect(poll, &QTimer::timeout, downloader, [downloader, cancel] {
            if (cancel->load())
                downloader->cancel();
        });
        poll->start();
    }
    connect(downloader, &Pop3Downloader::progress, this, [this](int done, int total) {
        setStatus(AccountState::Status::Syncing, tr("Downloading messages…"), done, total);
        for (quint64 task : m_waitingTasks)
            Q_EMIT taskProgress(task, done, total);
    });
    connect(downloader, &Pop3Downloader::finished, this, [this, downloader, highestBefore, inboxBefore](const Pop3Downloader::Result &result) {
        downloader->deleteLater();
        StoreChanges changes;
        const qint64 inbox = downloader->inboxFolderId();
        if (inbox != 0) {
            if (inbox != inboxBefore)
                changes.accountsWithNewFolders.insert(accountId());
            try {
                QList<qint64> keys;
                const QList<quint32> uids = m_store->messages.uids(inbox);
                for (auto it = std::upper_bound(uids.cbegin(), uids.cend(), highestBefore); it != uids.cend(); ++it) {
                    if (const auto message = m_store->messages.messageByUid(inbox, *it))
                        keys << message->key;
                }
                if (!keys.isEmpty()) {
                    changes.added[inbox] = keys;
                    if (inbox == inboxBefore)
                        changes.newMail[inbox] = keys;
                }
            } catch (const std::exception &) {
                changes.reset.insert(inbox);
            }
            changes.counts.insert(inbox);
        }
        announce(changes);
        if (m_run)
            m_run->messagesFetched += result.downloaded;
        SyncError error;
        error.message = result.error.message;
        error.serverText = result.error.serverText;
        switch (result.error.kind) {
        case Pop3Downloader::Error::Kind::None:
            break;
        case Pop3Downloader::Error::Kind::Authentication:
            error.kind = SyncError::Kind::Authentication;
            break;
        case Pop3Downloader::Error::Kind::Network:
            error.kind = SyncError::Kind::Network;
            break;
        case Pop3Downloader::Error::Kind::Tls:
            error.kind = SyncError::Kind::Security;
            break;
        case Pop3Downloader::Error::Kind::Server:
        case Pop3Downloader::Error::Kind::NotSupported:
            error.kind = SyncError::Kind::Server;
            break;
        case Pop3Downloader::Error::Kind::Protocol:
            error.kind = SyncError::Kind::Protocol;
            break;
        case Pop3Downloader::Error::Kind::Storage:
            error.kind = SyncError::Kind::Storage;
            break;
        case Pop3Downloader::Error::Kind::Cancelled:
            error.kind = SyncError::Kind::Cancelled;
            break;
        }
        if (!m_run)
            return;
        if (error.isError()) {
            finishSyncRun(error);
            return;
        }
        ++m_run->stepsDone;
        QMetaObject::invokeMethod(this, &AccountWorker::syncNextStep, Qt::QueuedConnection);
    });
    setStatus(AccountState::Status::Syncing, tr("Downloading messages…"), 0, 0);
    downloader->start();
}

// ---- Sending ------------------------------------------------------------------------------

void AccountWorker::sendOutbox()
{
    sendOutboxNow([this](const SyncError &) {
        // Sending problems are reported on their own (sendFailed, the Outbox): they do not make
        // the mail check fail.
        if (!m_run)
            return;
        ++m_run->stepsDone;
        QMetaObject::invokeMethod(this, &AccountWorker::syncNextStep, Qt::QueuedConnection);
    });
}

void AccountWorker::sendOutboxNow(std::function<void(const SyncError &)> then)
{
    const auto finish = [then](const SyncError &error) {
        if (then)
            then(error);
    };
    if (!m_store || m_sending || m_shuttingDown) {
        finish(SyncError());
        return;
    }
    int due = 0;
    try {
        for (const storage::OutboxEntry &entry : m_store->outbox.due(QDateTime::currentDateTimeUtc())) {
            if (entry.accountId == accountId())
                ++due;
        }
    } catch (const std::exception &error) {
        finish(SyncError::fromException(error));
        return;
    }
    if (due == 0) {
        scheduleNextSend();
        finish(SyncError());
        return;
    }
    if (m_outgoingPassword.isEmpty()) {
        const QString reason = tr("A message is waiting to be sent, but no password is known for the outgoing server.");
        Q_EMIT passwordNeeded(accountId(), PasswordKind::Outgoing, reason);
        finish(SyncError());
        return;
    }
    m_sending = true;
    auto *sender = new OutboxSender(*m_store->database, m_settings.account, m_settings.options, outgoingAccess(), m_outgoingPassword, this);
    connect(sender, &OutboxSender::entrySent, this, [this](qint64 id) { Q_EMIT messageSent(accountId(), id); });
    connect(sender, &OutboxSender::entryFailed, this, [this](qint64 id, const QString &message) { Q_EMIT sendFailed(accountId(), id, message); });
    connect(sender, &OutboxSender::finished, this, [this, sender, finish](const OutboxSender::Result &result) {
        sender->deleteLater();
        m_sending = false;
        Q_EMIT outboxChanged(accountId());
        if (!isImap() && result.sent > 0) {
            // POP3 accounts keep their Sent copies locally: the folder list may have grown.
            catchUpSearch();
            Q_EMIT foldersChanged(accountId());
            if (const auto sent = folderWithRole(storage::FolderRole::Sent)) {
                Q_EMIT folderReset(sent->id);
                Q_EMIT folderCountsChanged(sent->id);
            }
        }
        SyncError error;
        error.message = result.error.message;
        error.serverText = result.error.serverText;
        switch (result.error.kind) {
        case OutboxSender::Error::Kind::None:
        case OutboxSender::Error::Kind::Cancelled:
            break;
        case OutboxSender::Error::Kind::Authentication:
            error.kind = SyncError::Kind::Authentication;
            m_outgoingPassword.clear();
            Q_EMIT passwordNeeded(accountId(), PasswordKind::Outgoing, result.error.message);
            break;
        case OutboxSender::Error::Kind::Tls:
            error.kind = SyncError::Kind::Security;
            Q_EMIT errorOccurred(accountId(), result.error.message);
            break;
        case OutboxSender::Error::Kind::Network:
        case OutboxSender::Error::Kind::Server:
        case OutboxSender::Error::Kind::Protocol:
            error.kind = SyncError::Kind::Network;
            break;
        case OutboxSender::Error::Kind::Storage:
            error.kind = SyncError::Kind::Storage;
            Q_EMIT errorOccurred(accountId(), result.error.message);
            break;
        }
        // The Sent copies were queued as APPENDs.
        if (result.sent > 0)
            replayPendingOperations();
        scheduleNextSend();
        finish(error);
    });
    sender->start();
}

// Entries waiting after a transient failure go out when their time comes (it survives restarts:
// the time is in the store).
void AccountWorker::scheduleNextSend()
{
    if (!m_store || m_shuttingDown)
        return;
    QDateTime earliest;
    try {
        for (const storage::OutboxEntry &entry : m_store->outbox.entries(accountId())) {
            if (entry.state != storage::OutboxState::Queued)
                continue;
            const QDateTime when = entry.nextAttempt.isValid() ? entry.nextAttempt : QDateTime::currentDateTimeUtc();
            if (!earliest.isValid() || when < earliest)
                earliest = when;
        }
    } catch (const std::exception &) {
        return;
    }
    if (!earliest.isValid()) {
        m_sendTimer.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(earliest), 1000, 24LL * 3600 * 1000);
    m_sendTimer.start(int(delay));
}

void AccountWorker::queueMessage(quint64 taskId, const QByteArray &message)
{
    if (!m_store)
        return finishTask(taskId, tr("The local mail store is not open."));
    const OutboxWriter::Result queued = OutboxWriter::queue(*m_store->database, m_settings.profile, accountId(), message);
    if (!queued.ok())
        return finishTask(taskId, queued.message);
    Q_EMIT outboxChanged(accountId());
    finishTask(taskId, QString(), queued.entryId);
    if (m_settings.sendQueued)
        sendOutboxNow(nullptr);
}

void AccountWorker::retrySending(qint64 outboxId)
{
    if (!m_store)
        return;
    try {
        m_store->outbox.requeue(outboxId);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    Q_EMIT outboxChanged(accountId());
    sendOutboxNow(nullptr);
}

void AccountWorker::removeFromOutbox(qint64 outboxId)
{
    if (!m_store)
        return;
    try {
        const auto entry = m_store->outbox.entry(outboxId);
        if (!entry || entry->state == storage::OutboxState::Sending)
            return;
        m_store->outbox.remove(outboxId);
        if (!entry->messagePath.isEmpty())
            QFile::remove(entry->messagePath);
    } catch (const std::exception &error) {
        Q_EMIT errorOccurred(accountId(), SyncError::fromException(error).message);
        return;
    }
    Q_EMIT outboxChanged(accountId());
}

// ---- Drafts -------------------------------------------------------------------------------

void AccountWorker::saveDraft(quint64 taskId, const QByteArray &message, qint64 replacesDraftId)
{
    if (!m_store)
        return finishTask(taskId, tr("The local mail store is not open."));
    const storage::MessageFlags flags = storage::MessageFlags(storage::MessageFlag::Draft) | storage::MessageFlag::Seen;
    StoreChanges changes;
    qint64 draftId = 0;
    try {
        std::optional<storage::Folder> drafts = folderWithRole(storage::FolderRole::Drafts);
        if (!isImap()) {
            // A local account keeps drafts as local messages; the draft id is the message key.
            storage::Transaction transaction(*m_store->database, storage::Transaction::Durability::Durable);
            if (!drafts) {
                storage::Folder folder;
                folder.accountId = accountId();
                folder.path = QStringLiteral("Drafts");
                folder.role = storage::FolderRole::Drafts;
                folder.id = m_store->folders.upsert(folder);
                drafts = folder;
                changes.accountsWithNewFolders.insert(accountId());
            }
            storage::MessageSummary summary = RawMessageSummary::fromBytes(message, QDateTime::currentDateTime());
            summary.uid = m_store->messages.highestUid(drafts->id) + 1;
            summary.flags = flags;
            draftId = m_store->messages.upsert(drafts->id, {summary}).keys.value(0);
            m_store->bodies.store(draftId, QString(), message, storage::BodyCache::Retention::Keep);
            changes.added[drafts->id] << draftId;
            changes.counts.insert(drafts->id);
            if (replacesDraftId)
                LocalChanges(*m_store, accountId(), false).destroy({replacesDraftId}, &changes);
            transaction.commit();
        } else {
            if (!drafts)
                return finishTask(taskId, tr("The server has no Drafts folder for this account."));
            storage::Transaction transaction(*m_store->database, storage::Transaction::Durability::Durable);
            draftId = LocalChanges(*m_store, accountId(), true).queueAppend(drafts->id, message, flags);
            if (replacesDraftId) {
                const auto previous = m_store->operations.operation(replacesDraftId);
                if (previous && previous->state == storage::OperationState::Pending) {
                    // Never reached the server: it simply does not go.
                    m_store->operations.remove(replacesDraftId);
                } else if (const auto appended = m_appendedDrafts.take(replacesDraftId); appended.first != 0) {
                    if (const auto stored = m_store->messages.messageByUid(appended.first, appended.second)) {
                        LocalChanges(*m_store, accountId(), true).destroy({stored->key}, &changes);
                    } else {
                        storage::Operation remove;
                        remove.accountId = accountId();
                        remove.kind = storage::OperationKind::Delete;
                        remove.folderId = appended.first;
                        remove.uids = {appended.second};
                        m_store->operations.enqueue(remove);
                    }
                }
            }
            transaction.commit();
        }
    } catch (const std::exception &error) {
        return finishTask(taskId, SyncError::fromException(error).message);
    }
    announce(changes);
    finishTask(taskId, QString(), draftId);
    replayPendingOperations();
}

} // namespace epistle::sync
