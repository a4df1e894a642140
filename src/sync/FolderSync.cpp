#include "sync/FolderSync.h"

#include "storage/Transaction.h"
#include "sync/ImapSummary.h"

#include <QCoreApplication>
#include <algorithm>

namespace epistle::sync {

namespace {

constexpr quint32 maxUid = 0xffffffffu;
// Beyond this many removals a folder is announced as reset rather than key by key.
constexpr int maxRemovalsAnnounced = 2000;

} // namespace

FolderSync::FolderSync(WorkerStore &store, const storage::Folder &folder, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(folder)
    , m_options(std::move(options))
{
}

QByteArray FolderSync::summaryItems() const
{
    QByteArray items = m_session->summaryItems();
    items.chop(1);
    return items + " BODY.PEEK[HEADER.FIELDS (REFERENCES)])";
}

void FolderSync::run(imap::Session &session, StoreChanges *changes, Done done)
{
    m_session = &session;
    m_changes = changes;
    m_done = std::move(done);

    const bool known = m_folder.uidValidity != 0 && m_folder.uidNext != 0 && m_folder.highestModSeq != 0;
    const bool selectedHere = session.state() == imap::Session::State::Selected && session.selectedMailbox().name == m_folder.path;
    if (known && selectedHere && session.isEnabled("QRESYNC") && !session.selectedMailbox().noModSeq)
        resyncSelected();
    else if (known && !selectedHere && (session.isEnabled("CONDSTORE") || session.isEnabled("QRESYNC")))
        checkStatusFirst();
    else
        select();
}

void FolderSync::select()
{
    imap::SelectOptions options;
    const bool complete = m_folder.uidValidity != 0 && m_folder.uidNext != 0;
    const bool qresync = complete && m_folder.highestModSeq != 0 && m_session->isEnabled("QRESYNC");
    if (qresync)
        options.qresync = imap::QresyncParameters{m_folder.uidValidity, m_folder.highestModSeq, {}};
    else
        options.condstore = m_session->isEnabled("CONDSTORE") || m_session->isEnabled("QRESYNC");
    auto *job = m_session->select(m_folder.path, options);
    connect(job, &imap::Job::finished, this, [this, job, qresync](imap::Job *) {
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        afterSelect(job->result(), qresync);
    });
}

// A SELECT makes the server look at the whole mailbox (Dovecot: ~0.25 s for 100,000 messages),
// STATUS answers from its index. Unchanged UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ (every flag
// change and expunge raises it) and the same count mean the store is up to date. Anything else,
// or a STATUS that fails, goes the usual way.
void FolderSync::checkStatusFirst()
{
    auto *job = m_session->status(m_folder.path, {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "HIGHESTMODSEQ"});
    connect(job, &imap::Job::finished, this, [this, job](imap::Job *) {
        const imap::StatusData &status = job->result();
        const bool unchanged = job->succeeded() && status.uidValidity == m_folder.uidValidity
                               && status.uidNext == m_folder.uidNext && status.highestModSeq == m_folder.highestModSeq
                               && status.messages == quint64(m_folder.messageCount);
        if (!unchanged) {
            select();
            return;
        }
        Done done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(SyncError());
    });
}

// The folder is selected on this session already (the previous sync or push): what changed since
// the stored HIGHESTMODSEQ, without selecting it again.
void FolderSync::resyncSelected()
{
    imap::FetchOptions options;
    options.changedSince = m_folder.highestModSeq;
    options.vanished = true;
    // Expunges the server announces meanwhile come as plain VANISHED, outside the job's answer.
    auto expunged = std::make_shared<imap::UidSet>();
    auto watch = connect(m_session, &imap::Session::vanished, this, [expunged](const imap::UidSet &uids, bool) {
        for (const auto &range : uids.ranges())
            expunged->addRange(range.first, range.second);
    });
    auto *job = m_session->fetch(imap::UidSet::range(1, maxUid), "(UID FLAGS)", options);
    connect(job, &imap::Job::finished, this, [this, job, expunged, watch](imap::Job *) {
        disconnect(watch);
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        m_state = m_session->selectedMailbox();
        // Only modseqs of this answer are known to be complete; expunges alone do not raise it,
        // and reporting them again next time is harmless.
        m_state.highestModSeq = m_folder.highestModSeq;
        for (const imap::FetchData &data : job->result().messages)
            m_state.highestModSeq = std::max(m_state.highestModSeq, data.modSeq.value_or(0));
        m_state.uidNext = 0; // not reported since the SELECT: new mail is asked for above the highest UID
        m_state.vanished = job->result().vanished;
        for (const auto &range : expunged->ranges())
            m_state.vanished.addRange(range.first, range.second);
        m_state.changed = job->result().messages;
        m_complete = true;
        m_announceNewMail = m_folder.role == storage::FolderRole::Inbox;
        syncIncrementally(true);
    });
}

void FolderSync::afterSelect(const imap::MailboxState &state, bool usedQresync)
{
    m_state = state;
    try {
        if (m_folder.uidValidity != 0 && state.uidValidity != m_folder.uidValidity) {
            m_store.messages.resetForUidValidity(m_folder.id, state.uidValidity);
            m_changes->reset.insert(m_folder.id);
            m_changes->counts.insert(m_folder.id);
            m_folder.uidValidity = state.uidValidity;
            m_folder.uidNext = 0;
            m_folder.highestModSeq = 0;
            usedQresync = false;
        } else if (m_folder.uidValidity == 0) {
            // The cached messages belong to this UIDVALIDITY from now on; uidnext 0 marks the
            // folder as not completely synchronised yet.
            m_store.folders.setSyncState(m_folder.id, state.uidValidity, 0, 0);
            m_folder.uidValidity = state.uidValidity;
        }
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    m_complete = m_folder.uidNext != 0;
    m_announceNewMail = m_complete && m_folder.role == storage::FolderRole::Inbox;
    if (m_complete)
        syncIncrementally(usedQresync);
    else
        syncFromScratch();
}

void FolderSync::syncIncrementally(bool usedQresync)
{
    quint32 highest = 0;
    try {
        highest = m_store.messages.highestUid(m_folder.id);
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    const bool modSeqs = !m_state.noModSeq && m_state.highestModSeq != 0;
    if (usedQresync && modSeqs) {
        // Everything that changed arrived with the SELECT: removals and flag changes.
        if (!m_state.vanished.isEmpty()) {
            if (const auto uids = m_state.vanished.toList(1'000'000))
                removeUids(*uids);
        }
        QList<storage::FlagUpdate> updates;
        for (const imap::FetchData &data : m_state.changed) {
            if (!data.uid || *data.uid > highest || !data.flags || m_options.protectedUids.contains(*data.uid))
                continue;
            storage::FlagUpdate update;
            update.uid = *data.uid;
            ImapSummary::splitFlags(*data.flags, &update.flags, &update.keywords);
            update.modSeq = data.modSeq.value_or(0);
            updates << update;
        }
        applyFlags(updates);
        if (m_failed)
            return;
        fetchNewAbove(highest, [this] { reconcileUids([this] { finishSync(); }); });
        return;
    }
    if (modSeqs && m_folder.highestModSeq != 0) {
        fetchChangedFlags(highest, [this, highest] {
            fetchNewAbove(highest, [this] { reconcileUids([this] { finishSync(); }); });
        });
        return;
    }
    fetchAllFlags(highest, [this, highest] { fetchNewAbove(highest, [this] { reconcileUids([this] { finishSync(); }); }); });
}

void FolderSync::syncFromScratch()
{
    if (m_state.exists == 0) {
        // An empty folder: whatever is cached went away.
        try {
            const QList<quint32> stored = m_store.messages.uids(m_folder.id);
            removeUids(stored);
            if (m_failed)
                return;
        } catch (const std::exception &error) {
            fail(SyncError::fromException(error));
            return;
        }
        finishSync();
        return;
    }
    reconcileUids([this] { finishSync(); });
}

// CONDSTORE: only the flags that changed since the stored HIGHESTMODSEQ.
void FolderSync::fetchChangedFlags(quint32 highestUid, Next next)
{
    if (highestUid == 0) {
        next();
        return;
    }
    imap::FetchOptions options;
    options.changedSince = m_folder.highestModSeq;
    auto *job = m_session->fetch(imap::UidSet::range(1, highestUid), "(UID FLAGS)", options);
    connect(job, &imap::Job::finished, this, [this, job, next](imap::Job *) {
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        QList<storage::FlagUpdate> updates;
        for (const imap::FetchData &data : job->result().messages) {
            if (!data.uid || !data.flags || m_options.protectedUids.contains(*data.uid))
                continue;
            storage::FlagUpdate update;
            update.uid = *data.uid;
            ImapSummary::splitFlags(*data.flags, &update.flags, &update.keywords);
            update.modSeq = data.modSeq.value_or(0);
            updates << update;
        }
        applyFlags(updates);
        if (!m_failed)
            next();
    });
}

// Without CONDSTORE: every message's flags, compared with the stored ones; stored UIDs the
// server no longer lists were expunged.
void FolderSync::fetchAllFlags(quint32 highestUid, Next next)
{
    if (highestUid == 0) {
        next();
        return;
    }
    auto *job = m_session->fetch(imap::UidSet::range(1, highestUid), "(UID FLAGS)");
    connect(job, &imap::Job::finished, this, [this, job, next](imap::Job *) {
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        try {
            QHash<quint32, storage::MessageFlags> stored;
            storage::ListQuery query;
            query.folderId = m_folder.id;
            query.limit = std::max(1, m_store.messages.count(m_folder.id));
            for (const storage::MessageListRow &row : m_store.messages.list(query))
                stored.insert(row.uid, row.flags);
            QList<storage::FlagUpdate> updates;
            QSet<quint32> onServer;
            for (const imap::FetchData &data : job->result().messages) {
                if (!data.uid || !data.flags)
                    continue;
                onServer.insert(*data.uid);
                const auto it = stored.constFind(*data.uid);
                if (it == stored.cend() || m_options.protectedUids.contains(*data.uid))
                    continue;
                storage::FlagUpdate update;
                update.uid = *data.uid;
                ImapSummary::splitFlags(*data.flags, &update.flags, &update.keywords);
                if ((update.flags & ~storage::MessageFlags(storage::MessageFlag::Recent))
                    != (*it & ~storage::MessageFlags(storage::MessageFlag::Recent)))
                    updates << update;
            }
            QList<quint32> gone;
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (!onServer.contains(it.key()))
                    gone << it.key();
            }
            applyFlags(updates);
            removeUids(gone);
            if (m_failed)
                return;
        } catch (const std::exception &error) {
            fail(SyncError::fromException(error));
            return;
        }
        next();
    });
}

// The server's UIDs against the stored ones: stored UIDs the server lacks were expunged, and
// server UIDs the store lacks (a first sync, or one that was interrupted) are fetched, newest
// first. Skipped when the message count shows nothing is missing either way.
void FolderSync::reconcileUids(Next next)
{
    try {
        // UIDs only grow, so when the counts agree nothing was expunged and nothing is missing.
        if (m_complete && quint32(m_store.messages.count(m_folder.id)) == m_state.exists) {
            next();
            return;
        }
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    auto *job = m_session->search("ALL");
    connect(job, &imap::Job::finished, this, [this, job, next](imap::Job *) {
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        QList<quint32> missing;
        try {
            const auto serverUids = job->result().uids.toList();
            if (!serverUids) {
                fail(SyncError{SyncError::Kind::Protocol, QCoreApplication::translate("FolderSync", "The server reported too many messages."), {}, {}});
                return;
            }
            const QList<quint32> storedUids = m_store.messages.uids(m_folder.id);
            const QSet<quint32> storedSet(storedUids.cbegin(), storedUids.cend());
            const QSet<quint32> serverSet(serverUids->cbegin(), serverUids->cend());
            QList<quint32> gone;
            for (quint32 uid : storedUids) {
                if (!serverSet.contains(uid))
                    gone << uid;
            }
            removeUids(gone);
            if (m_failed)
                return;
            for (quint32 uid : *serverUids) {
                if (!storedSet.contains(uid) && !m_options.protectedUids.contains(uid))
                    missing << uid;
            }
        } catch (const std::exception &error) {
            fail(SyncError::fromException(error));
            return;
        }
        fetchMissing(missing, next);
    });
}

void FolderSync::fetchNewAbove(quint32 highestUid, Next next)
{
    if (m_state.exists == 0 || (m_state.uidNext != 0 && m_state.uidNext <= highestUid + 1)) {
        next();
        return;
    }
    // "n:*" also names the last message when n is above every UID; FetchJob drops answers
    // outside the range, so only new UIDs arrive.
    auto batch = std::make_shared<QList<storage::MessageSummary>>();
    auto *job = m_session->fetch(imap::UidSet::range(highestUid + 1, maxUid), summaryItems(), imap::FetchOptions{std::nullopt, false, false});
    connect(job, &imap::FetchJob::received, this, [this, batch](const imap::FetchData &data) {
        if (m_failed || !data.uid || m_options.protectedUids.contains(*data.uid))
            return;
        *batch << ImapSummary::fromFetch(data);
        if (batch->size() >= m_options.batchSize) {
            writeBatch(*batch);
            batch->clear();
        }
    });
    connect(job, &imap::Job::finished, this, [this, job, batch, next](imap::Job *) {
        if (m_failed)
            return;
        if (!job->succeeded()) {
            fail(SyncError::fromImap(job->error()));
            return;
        }
        writeBatch(*batch);
        if (!m_failed)
            next();
    });
}

void FolderSync::fetchMissing(QList<quint32> uids, Next next)
{
    if (uids.isEmpty()) {
        next();
        return;
    }
    std::sort(uids.begin(), uids.end(), std::greater<quint32>());
    m_toFetch = int(uids.size());
    Q_EMIT progress(0, m_toFetch);
    // Every batch is its own command, newest first, all pipelined: the server streams while the
    // store writes, and each finished command is one committed transaction.
    const int batchSize = std::max(1, m_options.batchSize);
    m_pendingBatches = int((uids.size() + batchSize - 1) / batchSize);
    for (qsizetype start = 0; start < uids.size(); start += batchSize) {
        const QList<quint32> chunk = uids.mid(start, batchSize);
        const imap::UidSet set = imap::UidSet::fromList(chunk);
        auto batch = std::make_shared<QList<storage::MessageSummary>>();
        batch->reserve(chunk.size());
        auto *job = m_session->fetch(set, summaryItems(), imap::FetchOptions{std::nullopt, false, false});
        connect(job, &imap::FetchJob::received, this, [this, batch](const imap::FetchData &data) {
            if (!m_failed && data.uid)
                *batch << ImapSummary::fromFetch(data);
        });
        connect(job, &imap::Job::finished, this, [this, job, batch, next](imap::Job *) {
            if (m_failed)
                return;
            if (!job->succeeded()) {
                fail(SyncError::fromImap(job->error()));
                return;
            }
            if (cancelled()) {
                fail(SyncError::cancelled());
                return;
            }
            writeBatch(*batch);
            if (m_failed)
                return;
            Q_EMIT progress(m_fetched, m_toFetch);
            if (--m_pendingBatches == 0)
                next();
        });
    }
}

void FolderSync::writeBatch(const QList<storage::MessageSummary> &summaries)
{
    if (summaries.isEmpty())
        return;
    try {
        storage::Transaction transaction(*m_store.database);
        const storage::MessageStore::UpsertResult result = m_store.messages.upsert(m_folder.id, summaries);
        transaction.commit();
        m_fetched += int(summaries.size());
        m_changes->added[m_folder.id] += result.keys;
        m_changes->counts.insert(m_folder.id);
        if (m_announceNewMail)
            m_changes->newMail[m_folder.id] += result.keys;
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
    }
}

void FolderSync::applyFlags(const QList<storage::FlagUpdate> &updates)
{
    if (updates.isEmpty())
        return;
    QList<qint64> keys;
    keys.reserve(updates.size());
    try {
        storage::Transaction transaction(*m_store.database);
        m_store.messages.updateFlags(m_folder.id, updates);
        for (const storage::FlagUpdate &update : updates) {
            if (const auto message = m_store.messages.messageByUid(m_folder.id, update.uid))
                keys << message->key;
        }
        transaction.commit();
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    m_changes->changed[m_folder.id] += keys;
    m_changes->counts.insert(m_folder.id);
}

void FolderSync::removeUids(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return;
    QList<qint64> keys;
    const bool announceKeys = uids.size() <= maxRemovalsAnnounced;
    try {
        storage::Transaction transaction(*m_store.database);
        if (announceKeys) {
            for (quint32 uid : uids) {
                if (const auto message = m_store.messages.messageByUid(m_folder.id, uid))
                    keys << message->key;
            }
            // Expunges reported again (VANISHED (EARLIER) after a resync) or of messages never
            // stored: nothing to do, and nothing to announce.
            if (keys.isEmpty())
                return;
        }
        m_store.messages.removeUids(m_folder.id, uids);
        transaction.commit();
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    if (announceKeys)
        m_changes->removed[m_folder.id] += keys;
    else
        m_changes->reset.insert(m_folder.id);
    m_changes->counts.insert(m_folder.id);
}

void FolderSync::finishSync()
{
    if (m_failed)
        return;
    try {
        const quint32 highest = m_store.messages.highestUid(m_folder.id);
        const quint32 uidNext = m_state.uidNext != 0 ? m_state.uidNext : highest + 1;
        m_store.folders.setSyncState(m_folder.id, m_state.uidValidity, std::max(uidNext, highest + 1), m_state.highestModSeq);
    } catch (const std::exception &error) {
        fail(SyncError::fromException(error));
        return;
    }
    if (m_toFetch > 0)
        Q_EMIT progress(m_toFetch, m_toFetch);
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(SyncError());
}

void FolderSync::fail(const SyncError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error);
}

} // namespace epistle::sync
