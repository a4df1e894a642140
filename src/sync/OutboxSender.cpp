#include "sync/OutboxSender.h"

#include "storage/BodyCache.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/OperationQueue.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "sync/RawMessageSummary.h"

#include <QBuffer>

namespace epistle::sync {

OutboxSender::OutboxSender(storage::Database &db, const storage::Account &account, const AccountOptions &options,
                           const ServerAccess &server, const QString &password, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_account(account)
    , m_options(options)
    , m_server(server)
    , m_password(password)
    , m_client(std::make_unique<smtp::Client>())
    , m_recordSentCopy(!serverFilesSentMail(server.endpoint.host))
{
    qRegisterMetaType<epistle::sync::OutboxSender::Result>();
}

OutboxSender::~OutboxSender()
{
    m_finished = true;
    m_current.reset();
    m_client.reset();
}

int OutboxSender::retryDelaySeconds(int attempts)
{
    const int doublings = qBound(0, attempts - 1, 6);
    return qMin(60 << doublings, 3600);
}

bool OutboxSender::serverFilesSentMail(const QString &smtpHost)
{
    const QString host = smtpHost.trimmed().toLower();
    for (const QLatin1String domain : {QLatin1String("gmail.com"), QLatin1String("googlemail.com")}) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

smtp::Client::AuthMechanism OutboxSender::mechanismFromName(const QString &name)
{
    if (name == QLatin1String("plain"))
        return smtp::Client::AuthMechanism::Plain;
    if (name == QLatin1String("login"))
        return smtp::Client::AuthMechanism::Login;
    if (name == QLatin1String("cram-md5"))
        return smtp::Client::AuthMechanism::CramMd5;
    return smtp::Client::AuthMechanism::Automatic;
}

QDateTime OutboxSender::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void OutboxSender::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    try {
        const QDateTime t = now();
        const auto entries = storage::Outbox(m_db).entries(m_account.id);
        for (const storage::OutboxEntry &entry : entries) {
            if (entry.state == storage::OutboxState::Queued && (!entry.nextAttempt.isValid() || entry.nextAttempt <= t))
                m_queue.push_back(entry);
        }
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    m_total = int(m_queue.size());
    if (m_queue.empty()) {
        finish();
        return;
    }
    Q_EMIT progress(0, m_total);
    if (m_finished || m_cancelRequested)
        return;
    m_client->connection().setTlsPolicy(m_server.tlsPolicy);
    m_client->connectToServer(m_server.endpoint, [this](const smtp::Error &e) {
        if (m_finished)
            return;
        if (e.isError()) {
            stopSession(e);
            return;
        }
        if (m_server.user.isEmpty()) {
            sendNext();
            return;
        }
        m_client->authenticate(m_server.user, m_password, mechanismFromName(m_server.authMethod), [this](const smtp::Error &e) {
            if (m_finished)
                return;
            if (e.isError())
                stopSession(e);
            else
                sendNext();
        });
    });
}

void OutboxSender::sendNext()
{
    if (m_finished)
        return;
    if (m_device)
        m_device.release()->deleteLater(); // the client may still be returning from using it
    if (m_queue.empty() || m_cancelRequested) {
        m_client->quit([this](const smtp::Error &) { finish(); });
        return;
    }
    storage::OutboxEntry entry = m_queue.front();
    m_queue.pop_front();
    try {
        if (!storage::Outbox(m_db).markSending(entry.id)) {
            --m_total; // sent or removed meanwhile by someone else
            sendNext();
            return;
        }
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    if (!entry.messagePath.isEmpty()) {
        auto file = std::make_unique<QFile>(entry.messagePath);
        if (!file->open(QIODevice::ReadOnly)) {
            failEntry(entry, tr("The message file %1 cannot be read: %2").arg(entry.messagePath, file->errorString()));
            sendNext();
            return;
        }
        m_device = std::move(file);
    } else {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(entry.message);
        buffer->open(QIODevice::ReadOnly);
        m_device = std::move(buffer);
    }
    smtp::Envelope envelope;
    envelope.from = entry.sender;
    envelope.recipients = entry.recipients;
    envelope.partialDelivery = true;
    m_current = entry;
    m_client->send(envelope, m_device.get(), [this, entry](const smtp::SendResult &result) { onSent(entry, result); });
}

void OutboxSender::onSent(const storage::OutboxEntry &entry, const smtp::SendResult &result)
{
    if (m_finished || !m_current || m_current->id != entry.id)
        return;
    m_current.reset();
    using K = smtp::Error::Kind;
    const smtp::Error &error = result.error;
    switch (error.kind) {
    case K::None:
        recordSent(entry);
        break;
    case K::RecipientsRejected: {
        // error.message names each refused address with the server's reply. Refusals that were
        // all temporary come as Transient instead (retried below).
        if (result.delivered) {
            m_result.partial.append({entry.id, result.rejectedAddresses(), error.message});
            recordSent(entry);
        } else {
            failEntry(entry, error.message);
        }
        break;
    }
    case K::Permanent:
    case K::MessageTooLarge:
    case K::Utf8NotSupported:
    case K::InvalidArgument:
    case K::LocalIo:
        failEntry(entry, error.message);
        break;
    case K::Cancelled:
        try {
            storage::Outbox(m_db).requeue(entry.id);
        } catch (const storage::StorageError &e) {
            failStorage(e.message());
            return;
        }
        break;
    case K::AuthFailed:
    case K::NoAuthMechanism:
        try {
            storage::Outbox(m_db).requeue(entry.id);
        } catch (const storage::StorageError &e) {
            failStorage(e.message());
            return;
        }
        stopSession(error);
        return;
    case K::Transient:
    case K::TlsUnavailable:
    case K::Insecure:
    case K::Security:
    case K::Unreachable:
    case K::ConnectionLost:
    case K::Timeout:
    case K::Protocol:
        retryLater(entry, error.message);
        break;
    }
    if (m_finished)
        return;
    const auto state = m_client->state();
    if (state == smtp::Client::State::Closed || state == smtp::Client::State::Disconnected) {
        // The session is gone (421, dropped connection): the rest waits for the next attempt.
        stopSession(error.isError() ? error : smtp::Error::local(K::ConnectionLost, tr("The connection to the server was closed.")));
        return;
    }
    Q_EMIT progress(m_done, m_total);
    sendNext();
}

void OutboxSender::recordSent(const storage::OutboxEntry &entry)
{
    QByteArray bytes = entry.message;
    if (m_recordSentCopy && !entry.messagePath.isEmpty()) {
        QFile file(entry.messagePath);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    try {
        // Sent and its copy are one unit: a crash leaves either the entry (sent again, see the
        // at-least-once note) or neither, never a copy of a message still queued.
        storage::Transaction tx(m_db, storage::Transaction::Durability::Durable);
        storage::Outbox(m_db).markSent(entry.id);
        if (m_recordSentCopy && !bytes.isEmpty()) {
            storage::FolderStore folders(m_db);
            qint64 sentId = 0;
            for (const storage::Folder &folder : folders.folders(m_account.id)) {
                if (folder.role == storage::FolderRole::Sent) {
                    sentId = folder.id;
                    break;
                }
            }
            if (m_account.protocol == QLatin1String("pop3")) {
                if (!sentId) {
                    storage::Folder sent;
                    sent.accountId = m_account.id;
                    sent.path = QStringLiteral("Sent");
                    sent.delimiter = QStringLiteral("/");
                    sent.role = storage::FolderRole::Sent;
                    sentId = folders.upsert(sent);
                }
                storage::MessageStore messages(m_db);
                storage::MessageSummary summary = RawMessageSummary::fromBytes(bytes, now().toUTC());
                summary.uid = messages.highestUid(sentId) + 1;
                summary.flags = storage::MessageFlag::Seen;
                const auto stored = messages.upsert(sentId, {summary});
                storage::BodyCache(m_db).store(stored.keys.value(0), QString(), bytes, storage::BodyCache::Retention::Keep);
            } else {
                // targetFolderId 0: no Sent folder is known yet; the replayer resolves it.
                storage::Operation append;
                append.accountId = m_account.id;
                append.kind = storage::OperationKind::Append;
                append.targetFolderId = sentId;
                append.addFlags = storage::MessageFlag::Seen;
                append.data = bytes;
                storage::OperationQueue(m_db).enqueue(append);
            }
        }
        tx.commit();
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    if (!entry.messagePath.isEmpty())
        QFile::remove(entry.messagePath);
    ++m_done;
    ++m_result.sent;
    Q_EMIT entrySent(entry.id);
}

void OutboxSender::retryLater(const storage::OutboxEntry &entry, const QString &message)
{
    try {
        storage::Outbox(m_db).markRetry(entry.id, message, now().addSecs(retryDelaySeconds(entry.attempts + 1)));
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    ++m_done;
    ++m_result.retryLater;
}

void OutboxSender::failEntry(const storage::OutboxEntry &entry, const QString &message)
{
    try {
        storage::Outbox(m_db).markFailed(entry.id, message);
    } catch (const storage::StorageError &e) {
        failStorage(e.message());
        return;
    }
    ++m_done;
    ++m_result.failed;
    Q_EMIT entryFailed(entry.id, message);
}

void OutboxSender::stopSession(const smtp::Error &error)
{
    if (m_finished)
        return;
    if (!m_result.error.isError())
        m_result.error = translate(error);
    const Error::Kind kind = m_result.error.kind;
    // A wrong password or an untrusted certificate needs the user; retrying on a timer would
    // only repeat the failure, so those entries stay queued as they were.
    if (kind != Error::Kind::Authentication && kind != Error::Kind::Tls && kind != Error::Kind::Cancelled) {
        while (!m_queue.empty()) {
            const storage::OutboxEntry entry = m_queue.front();
            m_queue.pop_front();
            retryLater(entry, m_result.error.message);
            if (m_finished)
                return;
        }
    }
    finish();
}

void OutboxSender::failStorage(const QString &message)
{
    if (m_finished)
        return;
    m_result.error = Error{};
    m_result.error.kind = Error::Kind::Storage;
    m_result.error.message = tr("Sending stopped because the local store failed: %1").arg(message);
    finish();
}

void OutboxSender::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    // Possibly called from a slot of our own signals, inside the client's callback.
    QMetaObject::invokeMethod(this, &OutboxSender::doCancel, Qt::QueuedConnection);
}

void OutboxSender::doCancel()
{
    if (m_finished)
        return;
    if (!m_result.error.isError()) {
        m_result.error.kind = Error::Kind::Cancelled;
        m_result.error.smtpKind = smtp::Error::Kind::Cancelled;
        m_result.error.message = tr("Sending was cancelled.");
    }
    if (m_current) {
        const qint64 id = m_current->id;
        m_current.reset();
        try {
            storage::Outbox(m_db).requeue(id);
        } catch (const storage::StorageError &e) {
            failStorage(e.message());
            return;
        }
    }
    finish();
}

void OutboxSender::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_password.clear();
    QMetaObject::invokeMethod(
        this,
        [this] {
            const auto state = m_client->state();
            if (state != smtp::Client::State::Closed && state != smtp::Client::State::Disconnected)
                m_client->abort();
            Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

OutboxSender::Error OutboxSender::translate(const smtp::Error &error)
{
    using K = smtp::Error::Kind;
    Error out;
    out.smtpKind = error.kind;
    out.message = error.message;
    if (error.reply.code)
        out.serverText = error.reply.summary();
    switch (error.kind) {
    case K::None:
        out.kind = Error::Kind::None;
        break;
    case K::AuthFailed:
    case K::NoAuthMechanism:
        out.kind = Error::Kind::Authentication;
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
    case K::Transient:
    case K::Permanent:
    case K::RecipientsRejected:
    case K::MessageTooLarge:
    case K::Utf8NotSupported:
    case K::InvalidArgument:
        out.kind = Error::Kind::Server;
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
