#include "sync/OperationReplayer.h"

#include "sync/ImapSummary.h"

#include <QCoreApplication>

namespace epistle::sync {

namespace {

QString describe(const storage::Operation &operation)
{
    switch (operation.kind) {
    case storage::OperationKind::Flags:
        return QCoreApplication::translate("OperationReplayer", "changing the flags of %n message(s)", nullptr, int(operation.uids.size()));
    case storage::OperationKind::Move:
        return QCoreApplication::translate("OperationReplayer", "moving %n message(s)", nullptr, int(operation.uids.size()));
    case storage::OperationKind::Copy:
        return QCoreApplication::translate("OperationReplayer", "copying %n message(s)", nullptr, int(operation.uids.size()));
    case storage::OperationKind::Delete:
        return QCoreApplication::translate("OperationReplayer", "deleting %n message(s)", nullptr, int(operation.uids.size()));
    case storage::OperationKind::Append:
        return QCoreApplication::translate("OperationReplayer", "storing a message");
    }
    return QString();
}

} // namespace

OperationReplayer::OperationReplayer(WorkerStore &store, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accountId(accountId)
{
}

void OperationReplayer::run(imap::Session &session, StoreChanges *changes, Done done)
{
    m_session = &session;
    m_changes = changes;
    m_done = std::move(done);
    next();
}

void OperationReplayer::next()
{
    std::optional<storage::Operation> operation;
    try {
        operation = m_store.operations.next(m_accountId);
        if (operation)
            m_store.operations.markRunning(operation->id);
    } catch (const std::exception &error) {
        finish(SyncError::fromException(error));
        return;
    }
    if (!operation) {
        finish(SyncError());
        return;
    }
    replay(*operation);
}

void OperationReplayer::selectThen(const storage::Folder &folder, std::function<void()> then, qint64 operationId)
{
    const imap::MailboxState &selected = m_session->selectedMailbox();
    if (m_session->state() == imap::Session::State::Selected && selected.name == folder.path && !selected.readOnly) {
        then();
        return;
    }
    auto *job = m_session->select(folder.path);
    connect(job, &imap::Job::finished, this, [this, job, then, operationId](imap::Job *) {
        if (!job->succeeded()) {
            failed(operationId, SyncError::fromImap(job->error()));
            return;
        }
        then();
    });
}

void OperationReplayer::replay(const storage::Operation &operation)
{
    std::optional<storage::Folder> source;
    std::optional<storage::Folder> target;
    try {
        if (operation.folderId)
            source = m_store.folders.folder(operation.folderId);
        if (operation.targetFolderId)
            target = m_store.folders.folder(operation.targetFolderId);
        else if (operation.kind == storage::OperationKind::Append) {
            // A Sent copy queued before the folder list was known: the account's Sent folder.
            for (const storage::Folder &folder : m_store.folders.folders(m_accountId)) {
                if (folder.role == storage::FolderRole::Sent)
                    target = folder;
            }
        }
    } catch (const std::exception &error) {
        finish(SyncError::fromException(error));
        return;
    }
    const qint64 id = operation.id;
    SyncError missing;
    missing.kind = SyncError::Kind::MissingFolder;
    missing.message = QCoreApplication::translate("OperationReplayer", "The folder no longer exists.");
    const bool needsSource = operation.kind != storage::OperationKind::Append;
    const bool needsTarget = operation.kind == storage::OperationKind::Move || operation.kind == storage::OperationKind::Copy
                             || operation.kind == storage::OperationKind::Append;
    if ((needsSource && !source) || (needsTarget && !target)) {
        failed(id, missing);
        return;
    }
    const imap::UidSet uids = imap::UidSet::fromList(operation.uids);
    const auto check = [this, id](imap::Job *job, std::function<void()> then) {
        connect(job, &imap::Job::finished, this, [this, job, id, then](imap::Job *) {
            if (!job->succeeded()) {
                failed(id, SyncError::fromImap(job->error()));
                return;
            }
            then();
        });
    };

    switch (operation.kind) {
    case storage::OperationKind::Flags:
        selectThen(*source, [this, id, uids, operation, check] {
            const QList<QByteArray> add = ImapSummary::toImapFlags(operation.addFlags, operation.addKeywords);
            const QList<QByteArray> remove = ImapSummary::toImapFlags(operation.removeFlags, operation.removeKeywords);
            const auto removeStep = [this, id, uids, remove, check] {
                if (remove.isEmpty()) {
                    succeeded(id);
                    return;
                }
                check(m_session->store(uids, imap::FlagOperation::Remove, remove), [this, id] { succeeded(id); });
            };
            if (add.isEmpty())
                removeStep();
            else
                check(m_session->store(uids, imap::FlagOperation::Add, add), removeStep);
        }, id);
        return;
    case storage::OperationKind::Move:
    case storage::OperationKind::Copy: {
        const bool move = operation.kind == storage::OperationKind::Move;
        const qint64 targetId = target->id;
        const QString targetPath = target->path;
        selectThen(*source, [this, id, uids, move, targetId, targetPath, check] {
            imap::Job *job = move ? m_session->move(uids, targetPath) : m_session->copy(uids, targetPath);
            check(job, [this, id, targetId] {
                m_touched.insert(targetId);
                succeeded(id);
            });
        }, id);
        return;
    }
    case storage::OperationKind::Delete:
        selectThen(*source, [this, id, uids, check] {
            check(m_session->store(uids, imap::FlagOperation::Add, {QByteArrayLiteral("\\Deleted")}), [this, id, uids, check] {
                check(m_session->expunge(uids), [this, id] { succeeded(id); });
            });
        }, id);
        return;
    case storage::OperationKind::Append: {
        const qint64 targetId = target->id;
        auto *job = m_session->append(target->path, operation.data, ImapSummary::toImapFlags(operation.addFlags));
        connect(job, &imap::Job::finished, this, [this, job, id, targetId](imap::Job *) {
            if (!job->succeeded()) {
                failed(id, SyncError::fromImap(job->error()));
                return;
            }
            if (job->result().uid != 0)
                m_appended.insert(id, qMakePair(targetId, job->result().uid));
            m_touched.insert(targetId);
            succeeded(id);
        });
        return;
    }
    }
}

void OperationReplayer::succeeded(qint64 operationId)
{
    try {
        m_store.operations.complete(operationId);
    } catch (const std::exception &error) {
        finish(SyncError::fromException(error));
        return;
    }
    ++m_replayed;
    next();
}

void OperationReplayer::failed(qint64 operationId, const SyncError &error)
{
    std::optional<storage::Operation> operation;
    try {
        operation = m_store.operations.operation(operationId);
        if (error.kind == SyncError::Kind::MissingFolder || error.kind == SyncError::Kind::Server) {
            // Refused for good: kept as failed for the user to see, and the replay goes on.
            m_store.operations.fail(operationId, error.message);
        } else {
            m_store.operations.retryLater(operationId, error.message);
        }
    } catch (const std::exception &storageError) {
        finish(SyncError::fromException(storageError));
        return;
    }
    if (error.kind == SyncError::Kind::MissingFolder || error.kind == SyncError::Kind::Server) {
        const QString what = operation ? describe(*operation) : QString();
        Q_EMIT dropped(QCoreApplication::translate("OperationReplayer", "A change could not be made on the server (%1): %2")
                           .arg(what, error.message));
        // The messages the change was about may have to reappear: their folder gets a sync.
        if (operation && operation->folderId)
            m_touched.insert(operation->folderId);
        next();
        return;
    }
    finish(error);
}

void OperationReplayer::finish(const SyncError &error)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

} // namespace epistle::sync
