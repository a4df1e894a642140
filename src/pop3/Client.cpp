#include "pop3/Client.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>

namespace epistle::pop3 {

namespace {

constexpr qsizetype maxStatusLine = 64 * 1024; // RFC 2449 allows 512; be lenient, but bounded
constexpr int pipelineWindow = 32;

Error localError(Error::Kind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

Client::Client(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<epistle::pop3::Error>();
    connect(&m_connection, &net::Connection::readyRead, this, &Client::onReadyRead);
    connect(&m_connection, &net::Connection::failed, this, &Client::onConnectionFailed);
    connect(&m_connection, &net::Connection::connected, this, [this] { m_connection.setAwaitingReply(true); });
    connect(&m_connection, &net::Connection::encrypted, this, [this] {
        m_holdSending = false;
        Done done = std::move(m_connectDone);
        m_connectDone = nullptr;
        readCapabilities([done] { done(Error{}); }, done);
    });
}

Client::~Client()
{
    *m_alive = false;
    m_connection.disconnect(this);
}

void Client::connectToServer(const net::Endpoint &endpoint, Done done)
{
    if (!m_commands.empty() || m_connectDone) { // a reconnect: what was pending is abandoned
        const std::weak_ptr<bool> alive = m_alive;
        failAll(localError(Error::Kind::Cancelled, tr("Cancelled by a new connection.")));
        if (alive.expired())
            return;
    }
    m_state = State::Connecting;
    m_commands.clear();
    m_input.clear();
    m_inputPos = 0;
    m_quitting = false;
    m_capabilities = Capabilities{};
    m_greeting.clear();
    m_apopTimestamp.clear();
    m_holdSending = true;

    auto greeting = std::make_unique<Command>();
    greeting->sent = true; // the server speaks first
    greeting->onError = done;
    greeting->onReply = [this, done](const StatusReply &reply, QByteArray &) {
        if (!reply.isOk()) {
            const Error error = Error::fromReply(reply, Error::Kind::Transient, tr("The server refused the connection."));
            m_state = State::Closed;
            m_connection.disconnectFromServer();
            done(error);
            return;
        }
        m_greeting = reply.text;
        m_apopTimestamp = epistle::pop3::apopTimestamp(reply.text);
        m_state = State::Authorization;
        m_holdSending = false;
        afterGreeting(done);
    };
    m_commands.push_back(std::move(greeting));
    m_connection.connectToServer(endpoint);
}

void Client::afterGreeting(Done done)
{
    readCapabilities(
        [this, done] {
        if (m_connection.endpoint().security != net::Security::StartTls || m_connection.isEncrypted()) {
            done(Error{});
            return;
        }
        if (m_capabilities.valid && !m_capabilities.stls) {
            const Error error = localError(Error::Kind::TlsUnavailable,
                                           tr("The server %1 does not offer STLS, so the connection cannot be encrypted; "
                                              "Epistle did not continue without encryption.")
                                               .arg(m_connection.endpoint().displayName()));
            m_state = State::Closed;
            m_connection.disconnectFromServer();
            failAll(error);
            done(error);
            return;
        }
        startTls(done);
    },
        done);
}

void Client::startTls(Done done)
{
    auto command = std::make_unique<Command>();
    command->line = "STLS";
    command->onError = done;
    command->onReply = [this, done](const StatusReply &reply, QByteArray &) {
        if (!reply.isOk()) {
            Error error = Error::fromReply(reply, Error::Kind::TlsUnavailable,
                                           tr("The server refused to start encryption (STLS); Epistle did not continue without it."));
            error.kind = Error::Kind::TlsUnavailable;
            m_state = State::Closed;
            m_connection.disconnectFromServer();
            failAll(error);
            done(error);
            return;
        }
        m_holdSending = true; // nothing goes out until the handshake is done
        m_connectDone = done;
        m_connection.startTls();
    };
    enqueue(std::move(command), true);
}

void Client::readCapabilities(std::function<void()> then, Done onError)
{
    auto command = std::make_unique<Command>();
    command->line = "CAPA";
    command->multiLine = true;
    command->onError = std::move(onError);
    command->onReply = [this, then](const StatusReply &reply, QByteArray &content) {
        m_capabilities = reply.isOk() ? Capabilities::parse(splitLines(content)) : Capabilities{};
        then();
    };
    enqueue(std::move(command), true);
}

bool Client::checkCredentialsAllowed(const Done &done)
{
    if (m_connection.credentialsAllowed())
        return true;
    done(localError(Error::Kind::Insecure,
                    tr("Epistle did not send your password to %1 because the connection is not encrypted.")
                        .arg(m_connection.endpoint().displayName())));
    return false;
}

void Client::login(const QString &user, const QString &password, AuthMethod method, Done done)
{
    auto command = std::make_unique<Command>();
    command->onError = done;
    command->action = [this, user, password, method, done] {
        if (m_state != State::Authorization) {
            done(localError(m_state == State::Transaction ? Error::Kind::CommandFailed : Error::Kind::NotLoggedIn,
                            m_state == State::Transaction ? tr("Already logged in.") : tr("Not connected to the server.")));
            return;
        }
        if (!checkCredentialsAllowed(done))
            return;
        AuthMethod chosen = method;
        if (chosen == AuthMethod::Automatic) {
            if (m_capabilities.hasSasl(QStringLiteral("PLAIN")))
                chosen = AuthMethod::SaslPlain;
            else if (!m_capabilities.valid || m_capabilities.user)
                chosen = AuthMethod::UserPass;
            else if (!m_apopTimestamp.isEmpty())
                chosen = AuthMethod::Apop;
            else {
                done(localError(Error::Kind::NotSupported,
                                tr("The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).")));
                return;
            }
        }
        if (chosen == AuthMethod::Apop && m_apopTimestamp.isEmpty()) {
            done(localError(Error::Kind::NotSupported, tr("The server does not support APOP (its greeting has no timestamp).")));
            return;
        }
        loginWith(chosen, user, password, done);
    };
    enqueue(std::move(command));
}

void Client::setStateAfterLogin(const StatusReply &reply, const Done &done)
{
    if (reply.isOk()) {
        m_state = State::Transaction;
        done(Error{});
        sendPending();
        return;
    }
    done(Error::fromReply(reply, Error::Kind::AuthFailed, tr("Login failed.")));
}

void Client::loginWith(AuthMethod method, const QString &user, const QString &password, Done done)
{
    const QByteArray userBytes = user.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    auto command = std::make_unique<Command>();
    command->onError = done;
    switch (method) {
    case AuthMethod::SaslPlain: {
        const QByteArray response = (QByteArray() + '\0' + userBytes + '\0' + passwordBytes).toBase64();
        // RFC 5034 4: the initial response goes on the command line only if it fits in 255 octets.
        const bool inLine = response.size() + 11 <= 255;
        command->line = inLine ? "AUTH PLAIN " + response : QByteArray("AUTH PLAIN");
        command->logAs = inLine ? QByteArray("AUTH PLAIN ****") : QByteArray();
        auto responded = std::make_shared<bool>(inLine);
        command->onContinuation = [this, response, responded](const StatusReply &) {
            if (*responded) {
                m_connection.write("*\r\n"); // PLAIN has one step: cancel the exchange
                return;
            }
            *responded = true;
            m_connection.writeSensitive(response + "\r\n", "****");
        };
        command->onReply = [this, done](const StatusReply &reply, QByteArray &) { setStateAfterLogin(reply, done); };
        break;
    }
    case AuthMethod::Apop: {
        const QByteArray digest = QCryptographicHash::hash(m_apopTimestamp + passwordBytes, QCryptographicHash::Md5).toHex();
        command->line = "APOP " + userBytes + ' ' + digest;
        command->logAs = "APOP " + userBytes + " ****";
        command->onReply = [this, done](const StatusReply &reply, QByteArray &) { setStateAfterLogin(reply, done); };
        break;
    }
    case AuthMethod::UserPass:
    case AuthMethod::Automatic:
        command->line = "USER " + userBytes;
        command->onReply = [this, done, passwordBytes](const StatusReply &reply, QByteArray &) {
            if (!reply.isOk()) {
                done(Error::fromReply(reply, Error::Kind::AuthFailed, tr("Login failed.")));
                return;
            }
            auto pass = std::make_unique<Command>();
            pass->line = "PASS " + passwordBytes;
            pass->logAs = "PASS ****";
            pass->onError = done;
            pass->onReply = [this, done](const StatusReply &passReply, QByteArray &) { setStateAfterLogin(passReply, done); };
            enqueue(std::move(pass), true);
        };
        break;
    }
    if (userBytes.contains('\r') || userBytes.contains('\n') || passwordBytes.contains('\r') || passwordBytes.contains('\n')) {
        done(localError(Error::Kind::AuthFailed, tr("The user name or password contains a line break.")));
        return;
    }
    enqueue(std::move(command), true);
}

std::unique_ptr<Client::Command> Client::simple(const QByteArray &line, bool needsTransaction, Done done, const QString &context)
{
    auto command = std::make_unique<Command>();
    command->line = line;
    command->needsTransaction = needsTransaction;
    command->onError = done;
    command->onReply = [done, context](const StatusReply &reply, QByteArray &) {
        done(reply.isOk() ? Error{} : Error::fromReply(reply, Error::Kind::CommandFailed, context));
    };
    return command;
}

void Client::stat(std::function<void(const Error &, MailboxStat)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "STAT";
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [this, done](const StatusReply &reply, QByteArray &) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("STAT failed.")), {});
        const auto parsed = parseStat(reply.text);
        if (!parsed)
            return malformedReply(done, tr("The server's STAT reply is malformed: %1").arg(QString::fromUtf8(reply.text)));
        done(Error{}, *parsed);
    };
    enqueue(std::move(command));
}

void Client::list(std::function<void(const Error &, QList<ListEntry>)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "LIST";
    command->multiLine = true;
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [this, done](const StatusReply &reply, QByteArray &content) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("LIST failed.")), {});
        QList<ListEntry> entries;
        for (const QByteArray &line : splitLines(content)) {
            const auto entry = parseListLine(line);
            if (!entry)
                return malformedReply(done, tr("The server's LIST line is malformed: %1").arg(QString::fromUtf8(line.left(200))));
            entries.append(*entry);
        }
        done(Error{}, entries);
    };
    enqueue(std::move(command));
}

void Client::list(quint32 message, std::function<void(const Error &, ListEntry)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "LIST " + QByteArray::number(message);
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [this, done, message](const StatusReply &reply, QByteArray &) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("LIST %1 failed.").arg(message)), {});
        const auto entry = parseListLine(reply.text);
        if (!entry || entry->number != message)
            return malformedReply(done, tr("The server's LIST reply is malformed: %1").arg(QString::fromUtf8(reply.text)));
        done(Error{}, *entry);
    };
    enqueue(std::move(command));
}

void Client::uidl(std::function<void(const Error &, QList<UidEntry>)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "UIDL";
    command->multiLine = true;
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [this, done](const StatusReply &reply, QByteArray &content) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("UIDL failed.")), {});
        QList<UidEntry> entries;
        for (const QByteArray &line : splitLines(content)) {
            const auto entry = parseUidlLine(line);
            if (!entry)
                return malformedReply(done, tr("The server's UIDL line is malformed: %1").arg(QString::fromUtf8(line.left(200))));
            entries.append(*entry);
        }
        done(Error{}, entries);
    };
    enqueue(std::move(command));
}

void Client::uidl(quint32 message, std::function<void(const Error &, UidEntry)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "UIDL " + QByteArray::number(message);
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [this, done, message](const StatusReply &reply, QByteArray &) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("UIDL %1 failed.").arg(message)), {});
        const auto entry = parseUidlLine(reply.text);
        if (!entry || entry->number != message)
            return malformedReply(done, tr("The server's UIDL reply is malformed: %1").arg(QString::fromUtf8(reply.text)));
        done(Error{}, *entry);
    };
    enqueue(std::move(command));
}

void Client::top(quint32 message, quint32 lines, std::function<void(const Error &, QByteArray)> done)
{
    auto command = std::make_unique<Command>();
    command->line = "TOP " + QByteArray::number(message) + ' ' + QByteArray::number(lines);
    command->multiLine = true;
    command->needsTransaction = true;
    command->onError = [done](const Error &error) { done(error, {}); };
    command->onReply = [done, message](const StatusReply &reply, QByteArray &content) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("TOP %1 failed.").arg(message)), {});
        done(Error{}, std::move(content));
    };
    enqueue(std::move(command));
}

void Client::retrieve(quint32 message, QIODevice *target, std::function<void(const Error &, qint64)> done)
{
    if (!target || !target->isWritable()) {
        done(localError(Error::Kind::LocalIo, tr("Message %1 cannot be stored: the target is not open for writing.").arg(message)), 0);
        return;
    }
    auto command = std::make_unique<Command>();
    command->line = "RETR " + QByteArray::number(message);
    command->multiLine = true;
    command->needsTransaction = true;
    command->sink = target;
    command->onError = [done, message](const Error &error) {
        Error copy = error;
        if (copy.kind == Error::Kind::ConnectionLost || copy.kind == Error::Kind::Timeout)
            copy.message = tr("Message %1 was not downloaded completely: %2").arg(message).arg(error.message);
        done(copy, 0);
    };
    command->onReply = [done, message](const StatusReply &reply, QByteArray &content) {
        if (!reply.isOk())
            return done(Error::fromReply(reply, Error::Kind::CommandFailed, tr("Message %1 could not be downloaded.").arg(message)), 0);
        // content holds the byte count only: the body went to the sink
        done(Error{}, content.toLongLong());
    };
    enqueue(std::move(command));
}

void Client::retrieveToFile(quint32 message, const QString &path, std::function<void(const Error &, qint64)> done)
{
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        done(localError(Error::Kind::LocalIo, tr("Cannot write %1: %2").arg(path, file->errorString())), 0);
        return;
    }
    retrieve(message, file.get(), [file, path, done](const Error &error, qint64 size) {
        if (error.isError()) {
            file->cancelWriting();
            file->commit();
            done(error, 0);
            return;
        }
        if (!file->commit()) {
            done(localError(Error::Kind::LocalIo, tr("Cannot write %1: %2").arg(path, file->errorString())), 0);
            return;
        }
        done(Error{}, size);
    });
}

void Client::remove(quint32 message, Done done)
{
    enqueue(simple("DELE " + QByteArray::number(message), true, done, tr("Message %1 could not be deleted.").arg(message)));
}

void Client::reset(Done done)
{
    enqueue(simple("RSET", true, done, tr("RSET failed.")));
}

void Client::noop(Done done)
{
    enqueue(simple("NOOP", true, done, tr("NOOP failed.")));
}

void Client::quit(Done done)
{
    auto command = std::make_unique<Command>();
    command->line = "QUIT";
    command->onError = done;
    command->onReply = [this, done](const StatusReply &reply, QByteArray &) {
        const bool updating = m_state == State::Transaction;
        m_state = State::Closed;
        m_connection.disconnectFromServer();
        if (reply.isOk())
            return done(Error{});
        done(Error::fromReply(reply, Error::Kind::CommandFailed,
                              updating ? tr("The server could not remove all deleted messages.") : tr("QUIT failed.")));
    };
    enqueue(std::move(command));
}

void Client::abort()
{
    if (m_state == State::Closed || m_state == State::Disconnected) {
        failAll(localError(Error::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    m_connection.cancel(); // failed(Cancelled) fails what is pending
}

void Client::enqueue(std::unique_ptr<Command> command, bool front)
{
    if (m_state == State::Closed || m_state == State::Disconnected) {
        if (command->onError)
            command->onError(localError(Error::Kind::ConnectionLost, tr("Not connected to the server.")));
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

void Client::sendPending()
{
    const std::weak_ptr<bool> alive = m_alive;
    while (!m_holdSending && !m_quitting && m_state != State::Closed) {
        int inFlight = 0;
        auto next = m_commands.begin();
        while (next != m_commands.end() && (*next)->sent) {
            ++inFlight;
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
        if (command.needsTransaction && m_state != State::Transaction) {
            if (inFlight > 0)
                break; // a login may still be under way
            std::unique_ptr<Command> owned = std::move(*next);
            m_commands.erase(next);
            if (owned->onError)
                owned->onError(localError(Error::Kind::NotLoggedIn, tr("Not logged in.")));
            if (alive.expired())
                return;
            continue;
        }
        const bool pipelining = m_state == State::Transaction && m_capabilities.pipelining;
        if (inFlight > 0 && (!pipelining || inFlight >= pipelineWindow))
            break;
        command.sent = true;
        if (command.line == "QUIT")
            m_quitting = true;
        if (command.logAs.isEmpty())
            m_connection.write(command.line + "\r\n");
        else
            m_connection.writeSensitive(command.line + "\r\n", command.logAs);
        if (alive.expired())
            return;
    }
    if (alive.expired())
        return;
    const bool awaiting = !m_commands.empty() && m_commands.front()->sent;
    if (m_state != State::Closed && m_state != State::Disconnected)
        m_connection.setAwaitingReply(awaiting);
}

void Client::onReadyRead()
{
    QByteArray data = m_connection.readAll();
    if (m_inputPos >= m_input.size()) {
        m_input = std::move(data);
        m_inputPos = 0;
    } else {
        m_input.append(data);
    }
    const std::weak_ptr<bool> alive = m_alive;
    while (!m_commands.empty() && m_commands.front()->sent && m_state != State::Closed) {
        if (!processResponse(*m_commands.front()))
            break;
        if (alive.expired())
            return;
        finishFront();
        if (alive.expired())
            return;
    }
    if (alive.expired())
        return;
    if (m_inputPos < m_input.size() && m_state != State::Closed && (m_commands.empty() || !m_commands.front()->sent)) {
        // Something the client did not ask for. Dovecot says "-ERR Disconnected for inactivity."
        // before it closes an idle session; anything else is a broken server.
        const qsizetype end = m_input.indexOf('\n', m_inputPos);
        if (end >= 0) {
            QByteArray line = m_input.mid(m_inputPos, end - m_inputPos);
            if (line.endsWith('\r'))
                line.chop(1);
            m_inputPos = end + 1;
            protocolError(tr("The server sent something unrequested: %1").arg(QString::fromUtf8(line.left(200))));
            return;
        }
    }
    if (m_inputPos >= m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    } else if (m_inputPos > 64 * 1024) {
        m_input.remove(0, m_inputPos);
        m_inputPos = 0;
    }
    sendPending();
}

bool Client::processResponse(Command &command)
{
    while (!command.status) {
        const qsizetype end = m_input.indexOf('\n', m_inputPos);
        if (end < 0) {
            if (m_input.size() - m_inputPos > maxStatusLine)
                protocolError(tr("The server sent a reply line longer than %1 bytes.").arg(maxStatusLine));
            return false;
        }
        QByteArrayView line = QByteArrayView(m_input).sliced(m_inputPos, end - m_inputPos);
        if (line.endsWith('\r'))
            line.chop(1);
        m_inputPos = end + 1;
        auto reply = StatusReply::parse(line);
        if (!reply) {
            protocolError(tr("The server's reply is not a POP3 status line: %1").arg(QString::fromUtf8(line.first(qMin<qsizetype>(200, line.size())).toByteArray())));
            return false;
        }
        if (reply->kind == StatusReply::Kind::Continuation) {
            if (!command.onContinuation) {
                protocolError(tr("The server sent an unexpected continuation line."));
                return false;
            }
            command.onContinuation(*reply);
            continue;
        }
        command.status = std::move(*reply);
        if (!command.status->isOk() || !command.multiLine)
            return true;
    }
    // The multi-line body.
    m_chunk.resize(0);
    const qsizetype consumed = command.decoder.feed(QByteArrayView(m_input).sliced(m_inputPos), &m_chunk);
    m_inputPos += consumed;
    if (command.sink) {
        if (!m_chunk.isEmpty() && command.sink->write(m_chunk) != m_chunk.size()) {
            const Error error = localError(Error::Kind::LocalIo, tr("The downloaded message could not be stored: %1").arg(command.sink->errorString()));
            // The rest of the response cannot be skipped safely without reading it: close.
            m_state = State::Closed;
            failAll(error); // destroys command
            m_connection.cancel();
            return false;
        }
    } else {
        command.content.append(m_chunk);
        if (command.content.size() > m_maxInMemory) {
            protocolError(tr("The server's reply is larger than %1 MB.").arg(m_maxInMemory / (1024 * 1024)));
            return false;
        }
    }
    if (m_chunk.capacity() > 1024 * 1024)
        m_chunk = QByteArray();
    return command.decoder.isFinished();
}

void Client::finishFront()
{
    std::unique_ptr<Command> command = std::move(m_commands.front());
    m_commands.pop_front();
    if (command->sink)
        command->content = QByteArray::number(command->decoder.contentBytes());
    if (command->onReply)
        command->onReply(*command->status, command->content);
}

template<typename Callback> void Client::malformedReply(const Callback &done, const QString &message)
{
    // A server that sends garbage is not trusted further: the session ends.
    const std::weak_ptr<bool> alive = m_alive;
    done(localError(Error::Kind::Protocol, message), {});
    if (!alive.expired())
        protocolError(message);
}

void Client::protocolError(const QString &message)
{
    m_connection.failWithProtocolError(message); // failed() fails everything pending
}

void Client::onConnectionFailed(const net::ConnectionError &connectionError)
{
    const bool expected = m_state == State::Closed && m_commands.empty();
    m_state = State::Closed;
    if (expected)
        return; // after QUIT, the server's close
    Error error = Error::fromConnection(connectionError);
    const std::weak_ptr<bool> alive = m_alive;
    failAll(error);
    if (alive.expired())
        return;
    Q_EMIT connectionLost(error);
}

void Client::failAll(const Error &error)
{
    const std::weak_ptr<bool> alive = m_alive;
    if (Done connectDone = std::exchange(m_connectDone, nullptr)) { // failed during the TLS handshake
        connectDone(error);
        if (alive.expired())
            return;
    }
    std::deque<std::unique_ptr<Command>> commands;
    commands.swap(m_commands);
    m_input.clear();
    m_inputPos = 0;
    for (auto &command : commands) {
        if (command->onError)
            command->onError(error);
        if (alive.expired())
            return;
    }
}

} // namespace epistle::pop3
