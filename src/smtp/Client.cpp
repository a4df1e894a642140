#include "smtp/Client.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QMessageAuthenticationCode>

namespace epistle::smtp {

namespace {

constexpr qsizetype dataChunk = 64 * 1024;
constexpr qint64 writeWindow = 512 * 1024; // DATA bytes handed to the socket but not yet sent
constexpr int pipelineWindow = 100;
constexpr int maxChunksInFlight = 4; // BDAT chunks sent ahead of their replies (with PIPELINING)

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// RFC 3461 4: xtext encoding for ENVID and ORCPT.
QByteArray xtext(const QByteArray &value)
{
    QByteArray out;
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 33 || u > 126 || c == '+' || c == '=')
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

bool validAddress(const QString &address)
{
    for (const QChar c : address) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(' ') || c == QLatin1Char('\t') || c.unicode() == 0)
            return false;
    }
    return true;
}

} // namespace

struct Client::Transaction
{
    Envelope envelope;
    QPointer<QIODevice> device;
    std::function<void(const SendResult &)> done;
    SendResult result;
    DataEncoder encoder;
    std::optional<Error> mailError;
    std::optional<Error> resetError;
    bool chunking = false;
    bool finished = false;
    bool reachedEnd = false; // the last BDAT chunk is queued
    int chunksInFlight = 0;
};

QStringList SendResult::rejectedAddresses() const
{
    QStringList addresses;
    for (const RecipientResult &recipient : recipients) {
        if (!recipient.accepted)
            addresses.append(recipient.address);
    }
    return addresses;
}

Client::Client(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<epistle::smtp::Error>();
    // While DATA is written no reply is awaited, so the connection's read timeout does not
    // apply; a server that stops taking data is caught by this one.
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        const std::shared_ptr<Transaction> t = m_streaming;
        if (!t)
            return;
        t->result.error = Error::local(Error::Kind::Timeout, tr("The server stopped accepting the message (nothing could be sent for %1 seconds).")
                                                                 .arg(m_stallTimeoutMs / 1000));
        finishTransaction(t);
        m_connection.cancel();
    });
    connect(&m_connection, &net::Connection::readyRead, this, &Client::onReadyRead);
    // DATA keeps only a bounded part of the message in memory: each write the socket completes
    // lets the next chunk in.
    connect(&m_connection, &net::Connection::bytesWritten, this, [this] {
        if (!m_streaming)
            return;
        m_stallTimer.start(m_stallTimeoutMs);
        streamData();
    });
    connect(&m_connection, &net::Connection::failed, this, &Client::onConnectionFailed);
    connect(&m_connection, &net::Connection::connected, this, [this] { m_connection.setAwaitingReply(true); });
    connect(&m_connection, &net::Connection::encrypted, this, [this] {
        m_holdSending = false;
        m_parser.reset();
        Done done = std::exchange(m_tlsDone, nullptr);
        if (done)
            sayHello(done, true);
    });
}

Client::~Client()
{
    *m_alive = false;
    m_connection.disconnect(this);
}

QString Client::clientName() const
{
    if (!m_clientName.isEmpty())
        return m_clientName;
    QString name = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!name.contains(QLatin1Char('.')) && !domain.isEmpty())
        name += QLatin1Char('.') + domain;
    if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1String("localhost")))
        return name;
    // RFC 5321 4.1.4: without a resolvable name, the address literal of the client's address.
    const QHostAddress connected = m_connection.localAddress();
    const QHostAddress local = connected.isNull() ? QHostAddress(QHostAddress::LocalHost) : connected;
    bool isV4 = false;
    const QHostAddress v4(local.toIPv4Address(&isV4));
    if (isV4)
        return QStringLiteral("[%1]").arg(v4.toString());
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    return QStringLiteral("[127.0.0.1]");
}

qint64 Client::unsentBytes()
{
    return m_connection.bytesToWrite();
}

void Client::connectToServer(const net::Endpoint &endpoint, Done done)
{
    if (!m_commands.empty() || m_tlsDone || m_streaming) { // a reconnect: what was pending is abandoned
        const std::weak_ptr<bool> alive = m_alive;
        failAll(Error::local(Error::Kind::Cancelled, tr("Cancelled by a new connection.")));
        if (alive.expired())
            return;
    }
    m_state = State::Connecting;
    m_commands.clear();
    m_parser.reset();
    m_capabilities = Capabilities{};
    m_greeting = Reply{};
    m_authenticated = false;
    m_usedTransaction = false;
    m_quitting = false;
    m_holdSending = false;
    m_streaming.reset();

    auto greeting = std::make_unique<Command>();
    greeting->sent = true; // the server speaks first
    greeting->onError = done;
    greeting->onReply = [this, done](const Reply &reply) {
        m_greeting = reply;
        if (reply.code != 220) {
            // RFC 5321 3.1: a 554 greeting means "no service"; the client should QUIT.
            const Error error = Error::fromReply(reply, tr("The server refused the connection."));
            m_state = State::Closed;
            m_connection.write("QUIT\r\n");
            m_connection.disconnectFromServer();
            failAll(error);
            done(error);
            return;
        }
        sayHello(done, false);
    };
    m_commands.push_back(std::move(greeting));
    m_connection.connectToServer(endpoint);
}

void Client::fatal(const Error &error, const Done &done)
{
    const std::weak_ptr<bool> alive = m_alive;
    m_state = State::Closed;
    m_connection.disconnectFromServer();
    failAll(error);
    if (!alive.expired() && done)
        done(error);
}

void Client::sayHello(Done done, bool afterTls)
{
    auto ehlo = std::make_unique<Command>();
    ehlo->line = "EHLO " + clientName().toUtf8();
    ehlo->onError = done;
    ehlo->onReply = [this, done, afterTls](const Reply &reply) {
        const bool requireTls = m_connection.endpoint().security == net::Security::StartTls && !m_connection.isEncrypted();
        if (reply.code == 500 || reply.code == 502) {
            if (requireTls) {
                fatal(Error::local(Error::Kind::TlsUnavailable,
                                   tr("The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); "
                                      "Epistle did not continue without encryption.")
                                       .arg(m_connection.endpoint().displayName())),
                      done);
                return;
            }
            sendHelo(done);
            return;
        }
        if (!reply.isPositive()) {
            fatal(Error::fromReply(reply, tr("The server refused the greeting (EHLO).")), done);
            return;
        }
        m_capabilities = Capabilities::fromEhlo(reply);
        if (requireTls && !afterTls) {
            if (!m_capabilities.startTls) {
                fatal(Error::local(Error::Kind::TlsUnavailable,
                                   tr("The server %1 does not offer STARTTLS, so the connection cannot be encrypted; "
                                      "Epistle did not continue without encryption.")
                                       .arg(m_connection.endpoint().displayName())),
                      done);
                return;
            }
            auto startTls = std::make_unique<Command>();
            startTls->line = "STARTTLS";
            startTls->onError = done;
            startTls->onReply = [this, done](const Reply &tlsReply) {
                if (tlsReply.code != 220) {
                    Error error = Error::fromReply(tlsReply, tr("The server refused to start encryption (STARTTLS); Epistle did not continue without it."));
                    error.kind = Error::Kind::TlsUnavailable;
                    fatal(error, done);
                    return;
                }
                m_holdSending = true;
                m_tlsDone = done;
                m_connection.startTls();
            };
            enqueue(std::move(startTls), true);
            return;
        }
        m_state = State::Ready;
        done(Error{});
        sendPending();
    };
    enqueue(std::move(ehlo), true);
}

void Client::sendHelo(Done done)
{
    auto helo = std::make_unique<Command>();
    helo->line = "HELO " + clientName().toUtf8();
    helo->onError = done;
    helo->onReply = [this, done](const Reply &reply) {
        if (!reply.isPositive()) {
            fatal(Error::fromReply(reply, tr("The server refused the greeting (HELO).")), done);
            return;
        }
        m_capabilities = Capabilities{};
        m_capabilities.serverName = reply.lines.value(0).split(' ').value(0);
        m_state = State::Ready;
        done(Error{});
        sendPending();
    };
    enqueue(std::move(helo), true);
}

void Client::authenticate(const QString &user, const QString &password, AuthMechanism mechanism, Done done)
{
    auto command = std::make_unique<Command>();
    command->onError = done;
    command->action = [this, user, password, mechanism, done] {
        if (m_state != State::Ready) {
            done(Error::local(Error::Kind::ConnectionLost, tr("Not connected to the server.")));
            return;
        }
        if (!m_connection.credentialsAllowed()) {
            done(Error::local(Error::Kind::Insecure, tr("Epistle did not send your password to %1 because the connection is not encrypted.")
                                                         .arg(m_connection.endpoint().displayName())));
            return;
        }
        const QStringList offered = m_capabilities.authMechanisms;
        QString chosen;
        if (mechanism == AuthMechanism::Automatic) {
            for (const QString &candidate : {QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
                if (offered.contains(candidate)) {
                    chosen = candidate;
                    break;
                }
            }
        } else {
            const QString wanted = mechanism == AuthMechanism::CramMd5 ? QStringLiteral("CRAM-MD5")
                                   : mechanism == AuthMechanism::Plain ? QStringLiteral("PLAIN")
                                                                       : QStringLiteral("LOGIN");
            if (offered.contains(wanted))
                chosen = wanted;
        }
        if (chosen.isEmpty()) {
            done(Error::local(Error::Kind::NoAuthMechanism,
                              offered.isEmpty()
                                  ? tr("The server %1 does not offer logging in (no AUTH in its EHLO reply).").arg(m_connection.endpoint().displayName())
                                  : tr("The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).")
                                        .arg(m_connection.endpoint().displayName(), offered.join(QStringLiteral(", ")))));
            return;
        }
        authStep(chosen, user.toUtf8(), password.toUtf8(), done);
    };
    enqueue(std::move(command));
}

void Client::authStep(const QString &mechanism, const QByteArray &user, const QByteArray &password, Done done)
{
    auto command = std::make_unique<Command>();
    command->onError = done;
    auto step = std::make_shared<int>(0);
    if (mechanism == QLatin1String("PLAIN")) {
        command->line = "AUTH PLAIN " + (QByteArray() + '\0' + user + '\0' + password).toBase64();
        command->logAs = "AUTH PLAIN ****";
        command->onIntermediate = [this](const Reply &) {
            m_connection.write("*\r\n"); // PLAIN has one step; the server asks for more: cancel
            return true;
        };
    } else if (mechanism == QLatin1String("LOGIN")) {
        command->line = "AUTH LOGIN";
        command->onIntermediate = [this, step, user, password](const Reply &) {
            const int n = (*step)++;
            if (n == 0)
                m_connection.writeSensitive(user.toBase64() + "\r\n", "****");
            else if (n == 1)
                m_connection.writeSensitive(password.toBase64() + "\r\n", "****");
            else
                m_connection.write("*\r\n");
            return true;
        };
    } else { // CRAM-MD5 (RFC 2195)
        command->line = "AUTH CRAM-MD5";
        command->onIntermediate = [this, step, user, password](const Reply &reply) {
            if ((*step)++ > 0) {
                m_connection.write("*\r\n");
                return true;
            }
            const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0).trimmed());
            const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password, QCryptographicHash::Md5).toHex();
            m_connection.writeSensitive((user + ' ' + digest).toBase64() + "\r\n", "****");
            return true;
        };
    }
    command->onReply = [this, done, mechanism](const Reply &reply) {
        if (reply.code == 235 || (reply.isPositive() && reply.code != 250)) {
            m_authenticated = true;
            done(Error{});
            return;
        }
        Error error;
        if (reply.code == 535)
            error = Error::fromReply(reply, tr("Login failed: the user name or password is wrong."), Error::Kind::AuthFailed);
        else if (reply.code == 534 || reply.code == 538)
            error = Error::fromReply(reply, tr("The server refused this login method (%1).").arg(mechanism), Error::Kind::AuthFailed);
        else if (reply.code == 504)
            error = Error::fromReply(reply, tr("The server does not accept the login method %1.").arg(mechanism), Error::Kind::NoAuthMechanism);
        else
            error = Error::fromReply(reply, tr("Login failed."), Error::Kind::AuthFailed);
        done(error);
    };
    enqueue(std::move(command), true);
}

void Client::send(const Envelope &envelope, QIODevice *message, std::function<void(const SendResult &)> done)
{
    auto transaction = std::make_shared<Transaction>();
    transaction->envelope = envelope;
    transaction->device = message;
    transaction->done = std::move(done);
    for (const QString &address : envelope.recipients)
        transaction->result.recipients.append(RecipientResult{address, false, {}, {}});
    auto command = std::make_unique<Command>();
    command->onError = [this, transaction](const Error &error) {
        transaction->result.error = error;
        finishTransaction(transaction);
    };
    command->action = [this, transaction] { startTransaction(transaction); };
    enqueue(std::move(command));
}

void Client::startTransaction(const std::shared_ptr<Transaction> &t)
{
    const auto fail = [this, t](Error::Kind kind, const QString &message) {
        t->result.error = Error::local(kind, message);
        finishTransaction(t);
    };
    if (m_state != State::Ready)
        return fail(Error::Kind::ConnectionLost, tr("Not connected to the server."));
    const Envelope &envelope = t->envelope;
    if (envelope.recipients.isEmpty())
        return fail(Error::Kind::InvalidArgument, tr("The message has no recipients."));
    bool needUtf8 = !isAscii(envelope.from);
    QStringList addresses = envelope.recipients;
    addresses.append(envelope.from);
    for (const QString &address : std::as_const(addresses)) {
        if (!validAddress(address))
            return fail(Error::Kind::InvalidArgument, tr("The address \"%1\" is not valid.").arg(address));
        needUtf8 = needUtf8 || !isAscii(address);
    }
    if (needUtf8 && !m_capabilities.smtpUtf8)
        return fail(Error::Kind::Utf8NotSupported,
                    tr("The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).").arg(m_connection.endpoint().displayName()));
    QIODevice *device = t->device;
    if (!device || !device->isOpen() || !device->isReadable())
        return fail(Error::Kind::LocalIo, tr("The message cannot be read."));

    // One pass over the message for its size and 8-bit content, then back to the start.
    MessageScanner scanner;
    bool scanned = false;
    if (!device->isSequential()) {
        const qint64 start = device->pos();
        QByteArray buffer(256 * 1024, Qt::Uninitialized);
        while (!device->atEnd()) {
            const qint64 got = device->read(buffer.data(), buffer.size());
            if (got <= 0)
                return fail(Error::Kind::LocalIo, tr("The message cannot be read: %1").arg(device->errorString()));
            scanner.feed(QByteArrayView(buffer.constData(), got));
        }
        scanner.finish();
        if (!device->seek(start))
            return fail(Error::Kind::LocalIo, tr("The message cannot be read: %1").arg(device->errorString()));
        scanned = true;
    }
    if (scanned && m_capabilities.sizeAnnounced && m_capabilities.maxSize > 0 && quint64(scanner.wireSize()) > m_capabilities.maxSize)
        return fail(Error::Kind::MessageTooLarge,
                    tr("The message is %1 KB, larger than the %2 KB that the server accepts.")
                        .arg((scanner.wireSize() + 1023) / 1024)
                        .arg((m_capabilities.maxSize + 1023) / 1024));
    // SMTPUTF8 only for non-ASCII addresses, where nothing else works. Raw UTF-8 in headers goes
    // as 8BITMIME: asking for SMTPUTF8 makes every later hop require it, and a hop without it
    // bounces the message (Dovecot 2.3's LMTP, behind Postfix, does exactly that).
    const bool eightBit = !scanned || scanner.has8Bit();
    t->chunking = m_useChunking && m_capabilities.chunking;
    t->encoder = DataEncoder(t->chunking ? DataEncoder::Mode::Bdat : DataEncoder::Mode::Data);

    std::vector<std::unique_ptr<Command>> batch;
    if (m_usedTransaction) {
        auto rset = std::make_unique<Command>();
        rset->line = "RSET";
        rset->pipelinable = true;
        rset->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
        rset->onReply = [t](const Reply &reply) {
            if (!reply.isPositive())
                t->resetError = Error::fromReply(reply, tr("The server refused to start a new message (RSET)."));
        };
        batch.push_back(std::move(rset));
    }
    m_usedTransaction = true;

    QByteArray mail = "MAIL FROM:<" + envelope.from.toUtf8() + '>';
    if (m_capabilities.sizeAnnounced && scanned)
        mail += " SIZE=" + QByteArray::number(scanner.wireSize());
    if (eightBit && m_capabilities.eightBitMime)
        mail += " BODY=8BITMIME";
    if (needUtf8)
        mail += " SMTPUTF8";
    if (m_capabilities.dsn) {
        if (envelope.ret == Envelope::Return::Full)
            mail += " RET=FULL";
        else if (envelope.ret == Envelope::Return::Headers)
            mail += " RET=HDRS";
        if (!envelope.envelopeId.isEmpty())
            mail += " ENVID=" + xtext(envelope.envelopeId.toUtf8());
    }
    auto mailCommand = std::make_unique<Command>();
    mailCommand->line = mail;
    mailCommand->pipelinable = true;
    mailCommand->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
    mailCommand->onReply = [t](const Reply &reply) {
        if (!reply.isPositive())
            t->mailError = Error::fromReply(reply, tr("The server refused the sender %1.").arg(t->envelope.from));
    };
    batch.push_back(std::move(mailCommand));

    QByteArray notify;
    if (m_capabilities.dsn && envelope.notify != Envelope::NotifyDefault) {
        if (envelope.notify & Envelope::NotifyNever) {
            notify = "NEVER";
        } else {
            QList<QByteArray> parts;
            if (envelope.notify & Envelope::NotifySuccess)
                parts << "SUCCESS";
            if (envelope.notify & Envelope::NotifyFailure)
                parts << "FAILURE";
            if (envelope.notify & Envelope::NotifyDelay)
                parts << "DELAY";
            notify = parts.join(',');
        }
    }
    for (qsizetype i = 0; i < envelope.recipients.size(); ++i) {
        const QString &address = envelope.recipients.at(i);
        QByteArray rcpt = "RCPT TO:<" + address.toUtf8() + '>';
        if (!notify.isEmpty())
            rcpt += " NOTIFY=" + notify;
        if (m_capabilities.dsn && isAscii(address))
            rcpt += " ORCPT=rfc822;" + xtext(address.toUtf8());
        auto command = std::make_unique<Command>();
        command->line = rcpt;
        command->pipelinable = true;
        command->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
        command->onReply = [t, i](const Reply &reply) {
            RecipientResult &result = t->result.recipients[i];
            result.reply = reply;
            result.accepted = reply.isPositive();
            if (!result.accepted)
                result.error = Error::fromReply(reply, tr("The server refused the recipient %1.").arg(result.address));
        };
        batch.push_back(std::move(command));
    }

    const bool batchData = m_capabilities.pipelining && envelope.partialDelivery && !t->chunking;
    if (batchData) {
        auto data = std::make_unique<Command>();
        data->line = "DATA";
        data->pipelinable = true;
        data->endsGroup = true;
        data->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
        data->onReply = [this, t](const Reply &reply) {
            const bool anyAccepted = t->result.rejectedAddresses().size() < t->result.recipients.size();
            if (reply.code == 354 && (t->mailError || t->resetError || !anyAccepted)) {
                // RFC 2920 3.1: DATA went ahead although nobody can receive: end it empty.
                auto end = std::make_unique<Command>();
                end->sent = true;
                end->onError = [this, t](const Error &) { finishTransaction(t); };
                end->onReply = [this, t](const Reply &) { finishTransaction(t); };
                m_connection.write(".\r\n");
                m_commands.push_front(std::move(end));
                return;
            }
            if (reply.code != 354) {
                if (!t->mailError && !t->resetError && anyAccepted)
                    t->result.error = Error::fromReply(reply, tr("The server refused the message (DATA)."));
                finishTransaction(t);
                return;
            }
            m_streaming = t;
            streamData();
        };
        batch.push_back(std::move(data));
    } else {
        auto next = std::make_unique<Command>();
        next->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
        next->action = [this, t] { sendData(t); };
        batch.push_back(std::move(next));
    }
    enqueueFront(std::move(batch));
}

void Client::sendData(const std::shared_ptr<Transaction> &t)
{
    if (t->finished)
        return;
    const QStringList rejected = t->result.rejectedAddresses();
    if (t->resetError || t->mailError || rejected.size() == t->result.recipients.size()
        || (!rejected.isEmpty() && !t->envelope.partialDelivery)) {
        finishTransaction(t);
        return;
    }
    if (t->chunking) {
        sendNextChunk(t);
        return;
    }
    auto data = std::make_unique<Command>();
    data->line = "DATA";
    data->endsGroup = true;
    data->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
    data->onReply = [this, t](const Reply &reply) {
        if (reply.code != 354) {
            t->result.error = Error::fromReply(reply, tr("The server refused the message (DATA)."));
            finishTransaction(t);
            return;
        }
        m_streaming = t;
        streamData();
    };
    enqueue(std::move(data), true);
}

void Client::streamData()
{
    const std::shared_ptr<Transaction> t = m_streaming;
    if (!t || t->finished || m_state != State::Ready)
        return;
    if (!m_stallTimer.isActive())
        m_stallTimer.start(m_stallTimeoutMs);
    const auto failLocally = [this, t](const QString &message) {
        t->result.error = Error::local(Error::Kind::LocalIo, message);
        finishTransaction(t);
        m_connection.cancel(); // a half-sent DATA cannot be taken back
    };
    QByteArray encoded;
    while (unsentBytes() < writeWindow) {
        QIODevice *device = t->device;
        if (!device || !device->isOpen())
            return failLocally(tr("The message was closed while it was being sent."));
        if (device->atEnd()) {
            finishData();
            return;
        }
        const QByteArray chunk = device->read(dataChunk);
        if (chunk.isEmpty()) {
            if (device->atEnd())
                continue;
            return failLocally(tr("The message cannot be read: %1").arg(device->errorString()));
        }
        encoded.resize(0);
        t->encoder.encode(chunk, &encoded);
        t->result.bytesSent += encoded.size();
        m_connection.write(encoded);
    }
}

void Client::finishData()
{
    m_stallTimer.stop();
    const std::shared_ptr<Transaction> t = std::exchange(m_streaming, nullptr);
    QByteArray tail;
    t->encoder.finish(&tail);
    t->result.bytesSent += tail.size();
    m_connection.write(tail);
    auto end = std::make_unique<Command>();
    end->sent = true;
    end->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
    end->onReply = [this, t](const Reply &reply) {
        t->result.finalReply = reply;
        if (reply.isPositive())
            t->result.delivered = true;
        else
            t->result.error = Error::fromReply(reply, tr("The server refused the message."));
        finishTransaction(t);
    };
    m_commands.push_front(std::move(end));
    m_connection.setAwaitingReply(true);
}

void Client::sendNextChunk(const std::shared_ptr<Transaction> &t)
{
    if (t->finished || t->reachedEnd)
        return;
    QIODevice *device = t->device;
    // BDAT counts bytes: an unfinished chunk sequence cannot be ended cleanly, so close.
    if (!device || !device->isOpen()) {
        t->result.error = Error::local(Error::Kind::LocalIo, tr("The message was closed while it was being sent."));
        finishTransaction(t);
        m_connection.cancel();
        return;
    }
    QByteArray chunk = device->read(m_bdatChunk);
    if (chunk.isEmpty() && !device->atEnd()) {
        t->result.error = Error::local(Error::Kind::LocalIo, tr("The message cannot be read: %1").arg(device->errorString()));
        finishTransaction(t);
        m_connection.cancel();
        return;
    }
    QByteArray encoded;
    t->encoder.encode(chunk, &encoded);
    chunk = QByteArray();
    const bool last = device->atEnd();
    if (last)
        t->encoder.finish(&encoded);
    t->reachedEnd = last;
    t->result.bytesSent += encoded.size();
    auto command = std::make_unique<Command>();
    command->line = "BDAT " + QByteArray::number(encoded.size()) + (last ? " LAST" : "");
    command->payload = std::move(encoded);
    // RFC 3030 4.2: BDAT may be pipelined; a few chunks in flight keep the connection busy
    // while the server stores the previous one, with a bounded number of chunks in memory.
    command->pipelinable = m_capabilities.pipelining;
    command->endsGroup = last;
    command->onError = [this, t](const Error &error) { t->result.error = error; finishTransaction(t); };
    command->onReply = [this, t, last](const Reply &reply) {
        --t->chunksInFlight;
        if (t->finished)
            return; // an earlier chunk failed
        if (!reply.isPositive()) {
            t->result.error = Error::fromReply(reply, tr("The server refused the message (BDAT)."));
            finishTransaction(t);
            return;
        }
        if (!last) {
            sendNextChunk(t);
            return;
        }
        t->result.finalReply = reply;
        t->result.delivered = true;
        finishTransaction(t);
    };
    ++t->chunksInFlight;
    command->owner = t.get();
    // After the chunks already queued, before anything the caller queued later.
    auto position = std::find_if(m_commands.begin(), m_commands.end(), [](const auto &c) { return !c->sent; });
    while (position != m_commands.end() && (*position)->owner == t.get())
        ++position;
    m_commands.insert(position, std::move(command));
    if (!last && m_capabilities.pipelining && t->chunksInFlight < maxChunksInFlight)
        sendNextChunk(t);
    sendPending();
}

void Client::finishTransaction(const std::shared_ptr<Transaction> &t)
{
    if (t->finished)
        return;
    t->finished = true;
    if (m_streaming == t) {
        m_streaming.reset();
        m_stallTimer.stop();
    }
    SendResult &result = t->result;
    const QStringList rejected = result.rejectedAddresses();
    if (!result.error.isError()) {
        if (t->resetError) {
            result.error = *t->resetError;
        } else if (t->mailError) {
            result.error = *t->mailError;
        } else if (!rejected.isEmpty()) {
            // Transient if every refusal was transient: the caller may retry those later.
            bool allTransient = true;
            for (const RecipientResult &recipient : std::as_const(result.recipients))
                allTransient = allTransient && (recipient.accepted || recipient.reply.isTransient());
            result.error.kind = allTransient && !result.delivered ? Error::Kind::Transient : Error::Kind::RecipientsRejected;
            QStringList details;
            for (const RecipientResult &recipient : std::as_const(result.recipients)) {
                if (!recipient.accepted) {
                    details << tr("%1 (%2)").arg(recipient.address, recipient.reply.summary());
                    if (!result.error.reply.code)
                        result.error.reply = recipient.reply;
                }
            }
            result.error.message = result.delivered
                                       ? tr("The message was sent, but the server refused these recipients: %1").arg(details.join(QStringLiteral("; ")))
                                       : tr("The message was not sent; the server refused these recipients: %1").arg(details.join(QStringLiteral("; ")));
        }
    }
    if (t->done) {
        auto done = std::move(t->done);
        t->done = nullptr;
        done(result);
    }
}

void Client::quit(Done done)
{
    auto command = std::make_unique<Command>();
    command->line = "QUIT";
    command->onError = [this, done](const Error &error) {
        // The server closing at once after QUIT is not a failure.
        done(m_quitting && error.kind == Error::Kind::ConnectionLost ? Error{} : error);
    };
    command->onReply = [this, done](const Reply &) {
        m_state = State::Closed;
        m_connection.disconnectFromServer();
        done(Error{});
    };
    enqueue(std::move(command));
}

void Client::abort()
{
    if (m_state == State::Closed || m_state == State::Disconnected) {
        failAll(Error::local(Error::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    m_connection.cancel();
}

void Client::enqueue(std::unique_ptr<Command> command, bool front)
{
    if (m_state == State::Closed || m_state == State::Disconnected) {
        if (command->onError)
            command->onError(Error::local(Error::Kind::ConnectionLost, tr("Not connected to the server.")));
        return;
    }
    if (front) {
        auto firstUnsent = std::find_if(m_commands.begin(), m_commands.end(), [](const auto &c) { return !c->sent; });
        m_commands.insert(firstUnsent, std::move(command));
    } else {
        m_commands.push_back(std::move(command));
    }
    sendPending();
}

void Client::enqueueFront(std::vector<std::unique_ptr<Command>> commands)
{
    auto position = std::find_if(m_commands.begin(), m_commands.end(), [](const auto &c) { return !c->sent; });
    for (auto &command : commands) {
        position = m_commands.insert(position, std::move(command));
        ++position;
    }
    sendPending();
}

void Client::sendPending()
{
    const std::weak_ptr<bool> alive = m_alive;
    while (!m_holdSending && !m_quitting && !m_streaming && m_state != State::Closed) {
        int inFlight = 0;
        bool canFollow = true; // every command in flight allows pipelining after it
        auto next = m_commands.begin();
        while (next != m_commands.end() && (*next)->sent) {
            ++inFlight;
            canFollow = canFollow && (*next)->pipelinable && !(*next)->endsGroup;
            ++next;
        }
        if (next == m_commands.end())
            break;
        Command &command = **next;
        if (command.action) {
            if (inFlight > 0)
                break;
            std::unique_ptr<Command> owned = std::move(*next);
            m_commands.erase(next);
            owned->action();
            if (alive.expired())
                return;
            continue;
        }
        if (inFlight > 0 && !(m_capabilities.pipelining && command.pipelinable && canFollow && inFlight < pipelineWindow))
            break;
        command.sent = true;
        if (command.line == "QUIT")
            m_quitting = true;
        QByteArray bytes = command.line + "\r\n";
        if (command.logAs.isEmpty()) {
            if (!command.payload.isEmpty()) {
                m_connection.write(bytes);
                m_connection.write(std::exchange(command.payload, QByteArray()));
            } else {
                m_connection.write(bytes);
            }
        } else {
            m_connection.writeSensitive(bytes, command.logAs);
        }
        if (alive.expired())
            return;
    }
    if (alive.expired())
        return;
    if (m_state != State::Closed && m_state != State::Disconnected)
        m_connection.setAwaitingReply(!m_commands.empty() && m_commands.front()->sent);
}

void Client::onReadyRead()
{
    const std::weak_ptr<bool> alive = m_alive;
    while (m_state != State::Closed || !m_commands.empty()) {
        const std::optional<QByteArray> line = m_connection.readLine();
        if (!line) {
            if (m_connection.lineTooLong())
                m_connection.failWithProtocolError(tr("The server sent a reply line that is too long."));
            break;
        }
        const ReplyParser::Result result = m_parser.addLine(*line);
        if (result == ReplyParser::Result::Malformed) {
            m_connection.failWithProtocolError(tr("The server's reply is malformed (%1): %2")
                                                   .arg(m_parser.error(), QString::fromUtf8(line->left(200))));
            return;
        }
        if (result != ReplyParser::Result::Complete)
            continue;
        dispatch(m_parser.takeReply());
        if (alive.expired())
            return;
    }
    sendPending();
}

void Client::dispatch(const Reply &reply)
{
    if (m_commands.empty() || !m_commands.front()->sent) {
        // RFC 5321 3.8: a server may announce 421 and close at any time.
        if (reply.code == 421) {
            Error error = Error::fromReply(reply, tr("The server ended the session."));
            error.kind = Error::Kind::ConnectionLost;
            const std::weak_ptr<bool> alive = m_alive;
            fatal(error, nullptr);
            if (!alive.expired())
                Q_EMIT connectionLost(error);
            return;
        }
        m_connection.failWithProtocolError(tr("The server sent a reply nobody asked for: %1").arg(reply.summary()));
        return;
    }
    Command &front = *m_commands.front();
    if (reply.isIntermediate() && front.onIntermediate) {
        front.onIntermediate(reply);
        return;
    }
    std::unique_ptr<Command> command = std::move(m_commands.front());
    m_commands.pop_front();
    if (command->onReply)
        command->onReply(reply);
}

void Client::onConnectionFailed(const net::ConnectionError &connectionError)
{
    const bool expected = m_state == State::Closed && m_commands.empty();
    m_state = State::Closed;
    if (expected)
        return;
    const Error error = Error::fromConnection(connectionError);
    const std::weak_ptr<bool> alive = m_alive;
    failAll(error);
    if (alive.expired())
        return;
    Q_EMIT connectionLost(error);
}

void Client::failAll(const Error &error)
{
    const std::weak_ptr<bool> alive = m_alive;
    if (Done tlsDone = std::exchange(m_tlsDone, nullptr)) {
        tlsDone(error);
        if (alive.expired())
            return;
    }
    if (m_streaming) {
        const std::shared_ptr<Transaction> t = std::exchange(m_streaming, nullptr);
        if (!t->result.error.isError())
            t->result.error = error;
        finishTransaction(t);
        if (alive.expired())
            return;
    }
    std::deque<std::unique_ptr<Command>> commands;
    commands.swap(m_commands);
    for (auto &command : commands) {
        if (command->onError)
            command->onError(error);
        if (alive.expired())
            return;
    }
}

} // namespace epistle::smtp
