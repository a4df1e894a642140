#include "sync/Pop3Downloader.h"

#include "storage/BodyCache.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/Pop3Ledger.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "sync/SummaryWorker.h"

#include <QSet>

namespace epistle::sync {

namespace {

constexpr qint64 MaxUncommittedBytes = 32 * 1024 * 1024;
constexpr qint64 MaxUncommittedMs = 1000;

} // namespace

Pop3Downloader::Pop3Downloader(storage::Database &db, const storage::Account &account, const AccountOptions &options,
                               const ServerAccess &server, const QString &password, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_account(account)
    , m_options(options)
    , m_server(server)
    , m_password(password)
    , m_client(std::make_unique<pop3::Client>())
{
    qRegisterMetaType<epistle::sync::Pop3Downloader::Result>();
}

Pop3Downloader::~Pop3Downloader()
{
    // Callbacks the client still owes (with Cancelled) must find nothing left to do.
    m_finished = true;
    m_client.reset();
}

void Pop3Downloader::setMaxInFlight(int commands, qint64 bytes)
{
    m_maxCommands = qMax(1, commands);
    m_maxBytes = qMax<qint64>(1, bytes);
}

pop3::Client::AuthMethod Pop3Downloader::authMethodFromName(const QString &name)
{
    if (name == QLatin1String("plain"))
        return pop3::Client::AuthMethod::SaslPlain;
    if (name == QLatin1String("apop"))
        return pop3::Client::AuthMethod::Apop;
    if (name == QLatin1String("user"))
        return pop3::Client::AuthMethod::UserPass;
    return pop3::Client::AuthMethod::Automatic;
}

QDateTime Pop3Downloader::now() const
{
    const QDateTime t = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

void Pop3Downloader::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    try {
        storage::FolderStore folders(m_db);
        storage::Folder inbox;
        inbox.accountId = m_account.id;
        inbox.path = QStringLiteral("INBOX");
        inbox.delimiter = QStringLiteral("/");
        inbox.role = storage::FolderRole::Inbox;
        m_inboxId = folders.upsert(inbox);
        m_messages = std::make_unique<storage::MessageStore>(m_db);
        m_nextUid = m_messages->highestUid(m_inboxId) + 1;
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }

    m_client->connection().setTlsPolicy(m_server.tlsPolicy);
    m_client->connectToServer(m_server.endpoint, [this](const pop3::Error &e) {
        if (e.isError())
            fail(e);
    });
    m_client->login(m_server.user, m_password, authMethodFromName(m_server.authMethod), [this](const pop3::Error &e) {
        if (e.isError())
            fail(e);
    });
    m_client->list([this](const pop3::Error &e, const QList<pop3::ListEntry> &entries) {
        if (m_finished || m_failing)
            return;
        // Sizes only steer the RETR window; a server refusing LIST is still usable.
        if (e.isFatal()) {
            fail(e);
            return;
        }
        for (const pop3::ListEntry &entry : entries)
            m_sizes.insert(entry.number, entry.octets);
        m_haveSizes = true;
        if (m_haveUids)
            onListings();
    });
    m_client->uidl([this](const pop3::Error &e, const QList<pop3::UidEntry> &entries) {
        if (m_finished || m_failing)
            return;
        // A plain -ERR to UIDL means the command is not there; [SYS/TEMP] and the like are not.
        if (e.kind == pop3::Error::Kind::CommandFailed || e.kind == pop3::Error::Kind::Permanent) {
            pop3::Error refused = e;
            refused.kind = pop3::Error::Kind::NotSupported;
            refused.message = tr("The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell "
                                 "new messages from downloaded ones, so it does not download from this server. (%2)")
                                  .arg(m_server.endpoint.host, QString::fromUtf8(e.serverText));
            fail(refused);
            return;
        }
        if (e.isError()) {
            fail(e);
            return;
        }
        m_uids = entries;
        m_haveUids = true;
        if (m_haveSizes)
            onListings();
    });
}

void Pop3Downloader::onListings()
{
    QSet<QByteArray> onServer;
    onServer.reserve(m_uids.size());
    for (const pop3::UidEntry &entry : std::as_const(m_uids)) {
        if (onServer.contains(entry.uid)) {
            pop3::Error e;
            e.kind = pop3::Error::Kind::Protocol;
            e.message = tr("The server %1 gave the same unique id to two messages (%2); Epistle does not download from "
                           "a mailbox it cannot tell apart.")
                            .arg(m_server.endpoint.host, QString::fromLatin1(entry.uid));
            fail(e);
            return;
        }
        onServer.insert(entry.uid);
    }
    m_result.onServer = int(m_uids.size());
    try {
        storage::Pop3Ledger ledger(m_db);
        storage::Transaction tx(m_db);
        ledger.prune(m_account.id, onServer);
        const auto known = ledger.entries(m_account.id);
        tx.commit();
        for (const pop3::UidEntry &entry : std::as_const(m_uids)) {
            if (!known.contains(entry.uid))
                m_toFetch.push_back(entry);
        }
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    m_total = int(m_toFetch.size());
    Q_EMIT progress(0, m_total);
    if (m_failing || m_finished)
        return;
    m_sinceCommit.start();
    if (m_toFetch.empty()) {
        deleteAndQuit();
        return;
    }
    m_summaries = std::make_unique<SummaryWorker>();
    fillWindow();
}

void Pop3Downloader::fillWindow()
{
    while (!m_toFetch.empty() && int(m_inFlight.size()) < m_maxCommands) {
        const pop3::UidEntry next = m_toFetch.front();
        const quint64 octets = m_sizes.value(next.number);
        if (!m_inFlight.empty() && m_bytesInFlight + qint64(octets) > m_maxBytes)
            break;
        m_toFetch.pop_front();
        Pending pending;
        pending.number = next.number;
        pending.uidl = next.uid;
        pending.octets = octets;
        pending.buffer = std::make_unique<QBuffer>();
        // LIST counts the bytes RETR delivers; reserving them avoids regrowing the buffer.
        pending.buffer->buffer().reserve(qsizetype(qMin<quint64>(octets, quint64(m_maxBytes))));
        pending.buffer->open(QIODevice::WriteOnly);
        QBuffer *target = pending.buffer.get();
        m_bytesInFlight += qint64(octets);
        m_inFlight.push_back(std::move(pending));
        const quint32 number = next.number;
        m_client->retrieve(number, target, [this, number](const pop3::Error &e, qint64) { onRetrieved(number, e); });
    }
}

void Pop3Downloader::onRetrieved(quint32 number, const pop3::Error &error)
{
    if (m_finished || m_failing)
        return;
    if (error.isError()) {
        fail(error);
        return;
    }
    Q_ASSERT(!m_inFlight.empty() && m_inFlight.front().number == number);
    Pending pending = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    m_bytesInFlight -= qint64(pending.octets);
    pending.buffer->close();
    Complete complete{pending.uidl, std::move(pending.buffer->buffer()), now()};
    m_summaries->add(complete.raw, complete.arrived);
    m_completeBytes += complete.raw.size();
    m_complete.push_back(std::move(complete));

    const bool last = m_toFetch.empty() && m_inFlight.empty();
    if (last || int(m_complete.size()) >= m_commitBatch || m_completeBytes >= MaxUncommittedBytes
        || m_sinceCommit.elapsed() >= MaxUncommittedMs) {
        if (!commitComplete())
            return;
    }
    if (m_failing || m_finished)
        return; // cancelled from a progress slot
    if (last)
        deleteAndQuit();
    else
        fillWindow();
}

bool Pop3Downloader::commitComplete()
{
    m_sinceCommit.restart();
    if (m_complete.empty())
        return true;
    std::vector<Complete> batch;
    batch.swap(m_complete);
    m_completeBytes = 0;

    const quint32 firstUid = m_nextUid;
    try {
        QList<storage::MessageSummary> summaries = m_summaries->take(int(batch.size()));
        for (storage::MessageSummary &s : summaries)
            s.uid = m_nextUid++;
        // When the server copy is deleted after this, the store holds the only copy: make the
        // commit survive a power cut before any DELE goes out.
        const auto durability = m_options.pop3LeaveOnServer && m_options.pop3DeleteAfterDays <= 0
                                    ? storage::Transaction::Durability::Normal
                                    : storage::Transaction::Durability::Durable;
        storage::Transaction tx(m_db, durability);
        const auto stored = m_messages->upsert(m_inboxId, summaries);
        QList<storage::BodyCache::Part> bodies;
        bodies.reserve(qsizetype(batch.size()));
        storage::Pop3Ledger ledger(m_db);
        for (size_t i = 0; i < batch.size(); ++i) {
            const qint64 key = stored.keys.at(qsizetype(i));
            bodies.append({key, QString(), batch[i].raw});
            ledger.record(m_account.id, batch[i].uidl, batch[i].arrived, key);
        }
        storage::BodyCache(m_db).store(bodies, storage::BodyCache::Retention::Keep);
        tx.commit();
    } catch (const storage::StorageError &e) {
        m_nextUid = firstUid;
        failStorage(e.message());
        return false;
    } catch (const std::exception &e) {
        m_nextUid = firstUid;
        failStorage(QString::fromLocal8Bit(e.what()));
        return false;
    }
    m_result.downloaded += int(batch.size());
    Q_EMIT progress(m_result.downloaded, m_total);
    return true;
}

void Pop3Downloader::deleteAndQuit()
{
    m_downloadsDone = true;
    QList<quint32> toDelete;
    try {
        const bool deleteAll = !m_options.pop3LeaveOnServer;
        const int days = m_options.pop3DeleteAfterDays;
        if (deleteAll || days > 0) {
            const QDateTime cutoff = now().addDays(-days);
            const auto stored = storage::Pop3Ledger(m_db).entries(m_account.id);
            for (const pop3::UidEntry &entry : std::as_const(m_uids)) {
                const auto it = stored.constFind(entry.uid);
                if (it == stored.cend())
                    continue; // never delete what is not stored
                if (deleteAll || it->firstSeen <= cutoff)
                    toDelete.append(entry.number);
            }
        }
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }

    auto accepted = std::make_shared<int>(0);
    for (quint32 number : std::as_const(toDelete)) {
        m_client->remove(number, [this, accepted](const pop3::Error &e) {
            if (m_finished || m_failing)
                return;
            if (!e.isError())
                ++*accepted;
            else if (e.isFatal())
                fail(e);
        });
    }
    const bool deleting = !toDelete.isEmpty();
    m_client->quit([this, accepted, deleting](const pop3::Error &e) {
        if (m_finished || m_failing)
            return;
        if (e.isError() && deleting) {
            // The server did not confirm the update: it may have removed some, none, or all.
            m_result.error = translate(e);
            m_result.error.message = tr("The server did not confirm removing the downloaded messages: %1").arg(e.message);
        } else if (deleting) {
            m_result.deletedFromServer = *accepted;
        }
        finish();
    });
}

void Pop3Downloader::fail(const pop3::Error &error)
{
    if (m_finished || m_failing)
        return;
    m_failing = true;
    if (!m_result.error.isError())
        m_result.error = translate(error);
    // What arrived complete is kept; the message being received is dropped.
    if (!m_complete.empty()) {
        m_failing = false; // let commitComplete report a storage failure itself
        const bool ok = commitComplete();
        m_failing = true;
        if (!ok)
            return; // failStorage finished
    }
    finish();
}

void Pop3Downloader::failStorage(const QString &message)
{
    if (m_finished)
        return;
    m_failing = true;
    if (!m_result.error.isError() || m_result.error.kind == Error::Kind::Cancelled) {
        m_result.error = Error{};
        m_result.error.kind = Error::Kind::Storage;
        m_result.error.message = tr("Downloading stopped because the local store failed: %1").arg(message);
    }
    finish();
}

void Pop3Downloader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_password.clear();
    // The client may be inside a callback: close it and report from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_client->state() != pop3::Client::State::Closed && m_client->state() != pop3::Client::State::Disconnected)
                m_client->abort();
            Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

void Pop3Downloader::cancel()
{
    if (!m_running || m_failing)
        return;
    pop3::Error e;
    e.kind = pop3::Error::Kind::Cancelled;
    e.message = tr("Downloading was cancelled.");
    fail(e);
}

Pop3Downloader::Error Pop3Downloader::translate(const pop3::Error &error)
{
    using K = pop3::Error::Kind;
    Error out;
    out.pop3Kind = error.kind;
    out.message = error.message;
    out.serverText = QString::fromUtf8(error.serverText);
    switch (error.kind) {
    case K::None:
        out.kind = Error::Kind::None;
        break;
    case K::AuthFailed:
        out.kind = Error::Kind::Authentication;
        break;
    case K::MailboxLocked:
    case K::LoginDelay:
    case K::Transient:
    case K::Permanent:
    case K::CommandFailed:
    case K::NotLoggedIn:
        out.kind = Error::Kind::Server;
        break;
    case K::NotSupported:
        out.kind = Error::Kind::NotSupported;
        break;
    case K::TlsUnavailable:
    case K::Insecure:
    case K::Security:
        out.kind = Error::Kind::Tls;
        break;
    case K::Unreachable:
    case K::ConnectionLost:
    case K::Timeout:
        out.kind = Error::Kind::Network;
        break;
    case K::Protocol:
        out.kind = Error::Kind::Protocol;
        break;
    case K::LocalIo:
        out.kind = Error::Kind::Storage;
        break;
    case K::Cancelled:
        out.kind = Error::Kind::Cancelled;
        break;
    }
    return out;
}

} // namespace epistle::sync
