#include "imap/Session.h"

#include "imap/MailboxName.h"

#include <cstdlib>
#include <cstring>

namespace epistle::imap {

namespace {

bool isAtomSafe(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 200)
        return false;
    for (char c : value) {
        const uchar u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || std::strchr("(){%*\"\\]", c))
            return false;
    }
    return !(value.compare("NIL", Qt::CaseInsensitive) == 0);
}

bool needsLiteral(const QByteArray &value, bool utf8)
{
    if (value.size() > 1000)
        return true;
    for (char c : value) {
        const uchar u = uchar(c);
        if (u == '\r' || u == '\n' || u == 0 || (u >= 0x80 && !utf8))
            return true;
    }
    return false;
}

QByteArray flagList(const QList<QByteArray> &flags)
{
    return '(' + flags.join(' ') + ')';
}

QByteArray internalDateText(const QDateTime &date)
{
    const QDateTime local = date.toOffsetFromUtc(date.offsetFromUtc());
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = local.offsetFromUtc() / 60;
    const QByteArray zone = QByteArray(offset < 0 ? "-" : "+")
                            + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0')
                            + QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    return '"' + QByteArray::number(local.date().day()).rightJustified(2, '0') + '-' + months[local.date().month() - 1] + '-'
           + QByteArray::number(local.date().year()) + ' ' + local.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + ' '
           + zone + '"';
}

bool isAscii(const QByteArray &value)
{
    for (char c : value) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QHash<quint32, quint32> CopyResult::mapping() const
{
    QHash<quint32, quint32> map;
    const auto from = source.toList(1'000'000);
    const auto to = destination.toList(1'000'000);
    if (!from || !to || from->size() != to->size())
        return map;
    for (qsizetype i = 0; i < from->size(); ++i)
        map.insert(from->at(i), to->at(i));
    return map;
}

// One command: its text with literals, how it reacts to the server, and the job it completes.
struct Session::Command
{
    struct Part
    {
        QByteArray data;
        bool literal = false;
    };
    QByteArray name;
    QList<Part> parts;
    bool barrier = false;    // waits for everything in flight, and everything waits for it
    bool setup = false;      // part of the login sequence: runs before the caller's commands
    bool lineMode = false;   // STARTTLS / COMPRESS: the stream changes after the tagged reply
    bool sensitive = false;  // carries a secret: written with writeSensitive
    QByteArray logAs;
    std::function<void(const Response &)> untagged;
    std::function<void(const Response &)> continuation; // SASL and IDLE; literals are automatic
    std::function<void(const Response &)> done;         // the tagged reply (job completion)
    std::function<bool(const FetchData &)> claimsFetch; // this FETCH answers the command
    QPointer<Job> job;

    QByteArray tag;
    qsizetype nextPart = 0;

    void text(const QByteArray &bytes)
    {
        if (!parts.isEmpty() && !parts.last().literal)
            parts.last().data += bytes;
        else
            parts.append({bytes, false});
    }
};

Session::Session(QObject *parent)
    : QObject(parent)
    , m_connection(new net::Connection(this))
{
    connect(m_connection, &net::Connection::readyRead, this, &Session::onReadyRead);
    connect(m_connection, &net::Connection::failed, this, &Session::onConnectionFailed);
    connect(m_connection, &net::Connection::disconnected, this, [this] {
        if (!m_queue.empty() || !m_inFlight.empty()) {
            Error error;
            error.kind = Error::Kind::ConnectionLost;
            error.message = tr("The connection was closed.");
            failAll(error);
        }
        setState(State::Disconnected);
    });
    connect(m_connection, &net::Connection::encrypted, this, [this] {
        if (m_state == State::NotAuthenticated && m_loginJob) {
            m_capabilities = Capabilities(); // what was said before TLS is not trusted
            withCapabilities([this] { authenticateStep(); });
        }
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::idleTick);
}

Session::~Session()
{
    // Jobs outlive nothing: fail what is pending so their owners are told.
    m_connection->disconnect(this);
    if (!m_queue.empty() || !m_inFlight.empty()) {
        Error error;
        error.kind = Error::Kind::Cancelled;
        error.message = tr("The session was closed.");
        failAll(error);
    }
}

void Session::setTlsPolicy(const net::TlsPolicy &policy)
{
    m_connection->setTlsPolicy(policy);
}

void Session::setProtocolLog(net::ProtocolLog *log)
{
    m_connection->setProtocolLog(log);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---------------------------------------------------------------- command queue

Session::CommandPtr Session::newCommand(const QByteArray &name, Job *job)
{
    auto command = std::make_shared<Command>();
    command->name = name;
    command->job = job;
    command->text(name);
    return command;
}

void Session::enqueue(const CommandPtr &command)
{
    if (m_state == State::Disconnected && !m_loginJob) {
        Error error;
        error.kind = Error::Kind::ConnectionLost;
        error.message = tr("Not connected to the server.");
        if (command->job) {
            Job *job = command->job;
            QMetaObject::invokeMethod(job, [job, error] { job->finish(error); }, Qt::QueuedConnection);
        }
        return;
    }
    m_queue.push_back(command);
    schedulePump();
}

void Session::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pumpScheduled = false;
        pump();
    }, Qt::QueuedConnection);
}

void Session::pump()
{
    if (!m_connection->isConnected() || m_greetingPending)
        return;
    if (m_idleCommand && !m_idleCommand->tag.isEmpty()) {
        // A command waits: the IDLE ends first (RFC 2177), and resumes only if asked again.
        if (!m_queue.empty() && m_idling && !m_doneSent)
            sendIdleDone();
        return;
    }
    while (!m_queue.empty() && !m_continuationOwner) {
        // During the login sequence only its own commands go out.
        auto it = m_queue.begin();
        if (m_settingUp) {
            while (it != m_queue.end() && !(*it)->setup)
                ++it;
            if (it == m_queue.end())
                break;
        }
        const CommandPtr command = *it;
        bool barrierInFlight = false;
        for (const CommandPtr &c : m_inFlight)
            barrierInFlight = barrierInFlight || c->barrier;
        if (barrierInFlight || (command->barrier && !m_inFlight.empty()))
            break;
        m_queue.erase(it);
        command->tag = 'a' + QByteArray::number(m_nextTag++);
        m_inFlight.push_back(command);
        if (command->lineMode)
            m_lineMode = true;
        if (command->name == "SELECT" || command->name == "EXAMINE")
            m_selecting = true; // untagged data now describes the new mailbox
        send(command);
        if (command->continuation)
            m_continuationOwner = command; // SASL challenges and IDLE's "+" go to it
    }
    updateAwaiting();
}

void Session::updateAwaiting()
{
    const bool awaiting = !m_inFlight.empty() && !m_idling;
    m_connection->setAwaitingReply(awaiting || m_greetingPending);
}

void Session::writeSecret(Command *command, const QByteArray &data)
{
    m_connection->writeSensitive(data, command->tag + " ****");
}

void Session::writeOut(const CommandPtr &command, const QByteArray &data)
{
    if (command->sensitive)
        m_connection->writeSensitive(data, command->logAs.isEmpty() ? command->tag + ' ' + command->name + " ****" : command->logAs);
    else
        m_connection->write(data);
}

void Session::send(const CommandPtr &command)
{
    command->nextPart = 0;
    if (!command->parts.isEmpty() && !command->parts.first().literal)
        command->parts.first().data.prepend(command->tag + ' ');
    sendRemainingParts(command);
}

void Session::sendRemainingParts(const CommandPtr &command)
{
    const bool literalPlus = m_capabilities.has("LITERAL+");
    const bool literalMinus = m_capabilities.has("LITERAL-");
    QByteArray out;
    while (command->nextPart < command->parts.size()) {
        const Command::Part &part = command->parts[command->nextPart];
        if (!part.literal) {
            out += part.data;
            ++command->nextPart;
            continue;
        }
        const bool nonSync = literalPlus || (literalMinus && part.data.size() <= 4096);
        out += '{' + QByteArray::number(part.data.size()) + (nonSync ? "+}\r\n" : "}\r\n");
        if (!nonSync) {
            writeOut(command, out);
            m_continuationOwner = command; // the literal's bytes follow the server's "+"
            return;
        }
        out += part.data;
        ++command->nextPart;
    }
    out += "\r\n";
    writeOut(command, out);
}

// ---------------------------------------------------------------- reading

void Session::onReadyRead()
{
    QPointer<Session> guard(this);
    while (guard && m_connection->isConnected() && m_connection->bytesAvailable() > 0) {
        if (m_lineMode) {
            // Bytes after the reply to STARTTLS or COMPRESS belong to the new layer: they must
            // stay in the connection until it has switched.
            const std::optional<QByteArray> line = m_connection->readLine();
            if (!line)
                break;
            m_stream.feed(*line + "\r\n");
        } else {
            m_stream.feed(m_connection->readAll());
        }
        if (m_stream.hasFatalError()) {
            m_connection->failWithProtocolError(tr("The server sent an unusable response (%1).").arg(QString::fromUtf8(m_stream.fatalError())));
            return;
        }
        while (guard && m_stream.hasResponse())
            handle(m_parser.parse(m_stream.take()));
    }
    if (guard)
        schedulePump();
}

void Session::handle(ParseResult &&parsed)
{
    if (!parsed.ok) {
        const QString message = tr("Unreadable response from the server: %1").arg(QString::fromUtf8(parsed.error.message));
        for (const CommandPtr &command : m_inFlight) {
            if (!parsed.error.tag.isEmpty() && command->tag == parsed.error.tag) {
                Response failed;
                failed.type = Response::Type::Tagged;
                failed.status = Status::None;
                failed.text = parsed.error.message;
                finishCommand(command, failed);
                return;
            }
        }
        if (m_greetingPending) {
            m_connection->failWithProtocolError(message);
            return;
        }
        Q_EMIT protocolWarning(message);
        return;
    }
    Response &response = parsed.response;
    switch (response.type) {
    case Response::Type::Continuation: {
        const CommandPtr owner = m_continuationOwner;
        if (!owner) {
            m_connection->failWithProtocolError(tr("The server asked for data that no command is sending."));
            return;
        }
        if (owner->continuation) {
            owner->continuation(response);
        } else {
            m_continuationOwner.reset();
            // The literal, and the rest of the command up to its next synchronising literal.
            writeOut(owner, owner->parts[owner->nextPart++].data);
            sendRemainingParts(owner);
        }
        return;
    }
    case Response::Type::Tagged: {
        handleCode(response.code, response.text);
        for (const CommandPtr &command : m_inFlight) {
            if (command->tag == response.tag) {
                finishCommand(command, response);
                return;
            }
        }
        Q_EMIT protocolWarning(tr("The server answered a command that was not sent: %1").arg(QString::fromUtf8(response.tag)));
        return;
    }
    case Response::Type::Untagged:
        if (m_greetingPending) {
            onGreeting(response);
            return;
        }
        bool claimed = false;
        if (const FetchData *fetch = response.get<FetchData>()) {
            for (const CommandPtr &command : m_inFlight)
                claimed = claimed || (command->claimsFetch && command->claimsFetch(*fetch));
        }
        handleUntagged(response, claimed);
        // Commands see the data after the session's state has taken it in. A command may end
        // the session from its handler: iterate over a copy.
        const std::deque<CommandPtr> inFlight = m_inFlight;
        QPointer<Session> guard(this);
        for (const CommandPtr &command : inFlight) {
            if (command->untagged)
                command->untagged(response);
            if (!guard)
                return;
        }
        return;
    }
}

void Session::finishCommand(CommandPtr command, const Response &response) // by value: it leaves m_inFlight
{
    auto it = std::find(m_inFlight.begin(), m_inFlight.end(), command);
    if (it != m_inFlight.end())
        m_inFlight.erase(it);
    if (m_continuationOwner == command)
        m_continuationOwner.reset();
    if (command->lineMode)
        m_lineMode = false;
    if (command->name == "SELECT" || command->name == "EXAMINE")
        m_selecting = false;
    if (m_idleCommand == command) {
        m_idleCommand.reset();
        m_idling = false;
        m_doneSent = false;
    }
    // A job's slot may delete the session (a caller reacting to a failed login): look at no
    // member after that.
    QPointer<Session> guard(this);
    if (response.status == Status::None && command->job) {
        // A tagged reply that could not be parsed: this command fails, the session goes on.
        command->job->finish(Error::protocol(tr("The server's reply to %1 could not be read: %2")
                                                 .arg(QString::fromLatin1(command->name), QString::fromUtf8(response.text))));
    } else if (command->done) {
        command->done(response);
    } else if (command->job) {
        command->job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QString::fromLatin1(command->name)));
    }
    if (!guard)
        return;
    updateAwaiting();
    schedulePump();
}

void Session::handleCode(const ResponseCode &code, const QByteArray &text)
{
    switch (code.kind) {
    case ResponseCode::Kind::Capability:
        m_capabilities = Capabilities(code.atoms);
        break;
    case ResponseCode::Kind::Alert:
        Q_EMIT alert(QString::fromUtf8(text));
        break;
    case ResponseCode::Kind::HighestModSeq:
        if (!m_selecting && m_state == State::Selected)
            m_selected.highestModSeq = code.number;
        break;
    case ResponseCode::Kind::UidNext:
        if (!m_selecting && m_state == State::Selected)
            m_selected.uidNext = quint32(code.number);
        break;
    default:
        break;
    }
}

void Session::handleUntagged(const Response &response, bool claimedFetch)
{
    handleCode(response.code, response.text);
    switch (response.kind) {
    case Response::Kind::Condition:
        if (response.status == Status::Bye)
            m_bye = response;
        break;
    case Response::Kind::Capability:
        m_capabilities = Capabilities(response.get<AtomListData>()->atoms);
        break;
    case Response::Kind::Enabled:
        for (const QByteArray &atom : response.get<AtomListData>()->atoms)
            m_enabled.insert(atom.toUpper());
        m_parser.setUtf8Mailboxes(isUtf8());
        break;
    case Response::Kind::Exists:
        if (!m_selecting && m_state == State::Selected) {
            m_selected.exists = response.get<NumberData>()->number;
            Q_EMIT exists(m_selected.exists);
        }
        break;
    case Response::Kind::Expunge:
        if (!m_selecting && m_state == State::Selected) {
            if (m_selected.exists > 0)
                --m_selected.exists;
            Q_EMIT expunged(response.get<NumberData>()->number);
        }
        break;
    case Response::Kind::Vanished: {
        const VanishedData *data = response.get<VanishedData>();
        if (!m_selecting && m_state == State::Selected) {
            if (!data->earlier)
                m_selected.exists -= quint32(std::min<quint64>(m_selected.exists, data->uids.count()));
            Q_EMIT vanished(data->uids, data->earlier);
        }
        break;
    }
    case Response::Kind::Fetch:
        if (!m_selecting && m_state == State::Selected) {
            const FetchData *data = response.get<FetchData>();
            if (data->modSeq && *data->modSeq > m_selected.highestModSeq)
                m_selected.highestModSeq = *data->modSeq;
            if (!claimedFetch) // not an answer to one of our commands: another client changed it
                Q_EMIT messageChanged(*data);
        }
        break;
    default:
        break;
    }
}

void Session::onConnectionFailed(const net::ConnectionError &connectionError)
{
    Error error = Error::fromConnection(connectionError);
    if (m_bye && connectionError.kind == net::ErrorKind::Closed) {
        error = Error::fromResponse(*m_bye, QString());
        error.connection = connectionError;
    }
    m_stream.reset();
    const bool loggingOut = m_state == State::LoggingOut;
    if (loggingOut) {
        // The server closed after BYE as it should: LOGOUT succeeded.
        for (const CommandPtr &command : m_inFlight) {
            if (command->name == "LOGOUT" && command->job)
                command->job->finish();
        }
    }
    failAll(error);
    setState(State::Disconnected);
    if (!loggingOut && error.kind != Error::Kind::Cancelled)
        Q_EMIT connectionLost(error);
}

void Session::failAll(const Error &error)
{
    std::deque<CommandPtr> pending;
    pending.swap(m_inFlight);
    for (const CommandPtr &command : m_queue)
        pending.push_back(command);
    m_queue.clear();
    m_continuationOwner.reset();
    m_idleCommand.reset();
    m_idling = false;
    m_doneSent = false;
    m_idleTimer.stop();
    m_lineMode = false;
    m_settingUp = false;
    m_greetingPending = false;
    QPointer<Job> loginJob = m_loginJob;
    QPointer<Job> idleJob = m_idleJob;
    m_loginJob.clear();
    m_idleJob.clear();
    for (const CommandPtr &command : pending) {
        if (command->job)
            command->job->finish(error);
    }
    if (loginJob)
        loginJob->finish(error);
    if (idleJob)
        idleJob->finish(error);
}

void Session::abort()
{
    m_connection->cancel();
}

// ---------------------------------------------------------------- login sequence

Job *Session::connectToServer(const net::Endpoint &endpoint, const Credentials &credentials)
{
    auto *job = new Job(this);
    if (m_state != State::Disconnected) {
        Error error;
        error.kind = Error::Kind::Protocol;
        error.message = tr("The session is already connected.");
        QMetaObject::invokeMethod(job, [job, error] { job->finish(error); }, Qt::QueuedConnection);
        return job;
    }
    m_endpoint = endpoint;
    m_credentials = credentials;
    m_loginJob = job;
    m_capabilities = Capabilities();
    m_enabled.clear();
    m_parser.setUtf8Mailboxes(false);
    m_bye.reset();
    m_stream.reset();
    m_greeting.clear();
    m_serverId.clear();
    m_settingUp = true;
    m_greetingPending = true;
    setState(State::Connecting);
    m_connection->setTimeouts(m_options.timeouts);
    m_connection->connectToServer(endpoint);
    return job;
}

void Session::failLogin(const Error &error)
{
    QPointer<Job> job = m_loginJob;
    m_loginJob.clear();
    m_settingUp = false;
    m_connection->disconnectFromServer();
    if (job)
        job->finish(error); // last: its slot may delete the session
}

void Session::onGreeting(const Response &response)
{
    m_greetingPending = false;
    m_greeting = response.text;
    handleCode(response.code, response.text);
    if (response.kind != Response::Kind::Condition || (response.status != Status::Ok && response.status != Status::PreAuth)) {
        Error error = Error::fromResponse(response, tr("the connection"));
        if (response.status != Status::Bye) {
            error.kind = Error::Kind::Protocol;
            error.message = tr("The server did not greet as an IMAP server does: %1").arg(QString::fromUtf8(response.text));
        } else {
            error.message = tr("The server refused the connection: %1").arg(QString::fromUtf8(response.text));
        }
        failLogin(error);
        return;
    }
    if (response.status == Status::PreAuth) {
        if (m_endpoint.security == net::Security::StartTls) {
            // RFC 9051 7.1.5: a PREAUTH connection cannot be upgraded; do not carry on in clear.
            Error error;
            error.kind = Error::Kind::Security;
            error.message = tr("The server skipped authentication, so the connection cannot be secured with STARTTLS.");
            failLogin(error);
            return;
        }
        setState(State::Authenticated);
        afterAuthentication(response);
        return;
    }
    setState(State::NotAuthenticated);
    if (m_endpoint.security == net::Security::StartTls)
        withCapabilities([this] { startTlsStep(); });
    else
        withCapabilities([this] { authenticateStep(); });
}

void Session::withCapabilities(std::function<void()> next)
{
    if (!m_capabilities.isEmpty()) {
        next();
        return;
    }
    CommandPtr command = newCommand("CAPABILITY", nullptr);
    command->setup = true;
    command->barrier = true;
    command->done = [this, next](const Response &response) {
        if (response.status != Status::Ok || m_capabilities.isEmpty()) {
            failLogin(response.status == Status::Ok ? Error::protocol(tr("The server did not list its capabilities."))
                                                    : Error::fromResponse(response, QStringLiteral("CAPABILITY")));
            return;
        }
        next();
    };
    enqueue(command);
}

void Session::startTlsStep()
{
    if (!m_capabilities.has("STARTTLS")) {
        Error error;
        error.kind = Error::Kind::Unsupported;
        error.connection.kind = net::ErrorKind::StartTlsUnavailable;
        error.message = tr("The server does not offer STARTTLS, so the connection cannot be secured.");
        failLogin(error);
        return;
    }
    CommandPtr command = newCommand("STARTTLS", nullptr);
    command->setup = true;
    command->barrier = true;
    command->lineMode = true;
    command->done = [this](const Response &response) {
        if (response.status != Status::Ok) {
            Error error = Error::fromResponse(response, QStringLiteral("STARTTLS"));
            error.kind = Error::Kind::Security;
            error.connection.kind = net::ErrorKind::StartTlsUnavailable;
            error.message = tr("The server refused to secure the connection: %1").arg(QString::fromUtf8(response.text));
            failLogin(error);
            return;
        }
        m_stream.reset();
        m_connection->startTls(); // encrypted() continues with authentication
    };
    enqueue(command);
}

void Session::authenticateStep()
{
    if (!m_connection->credentialsAllowed()) {
        Error error;
        error.kind = Error::Kind::Security;
        error.message = tr("The connection is not encrypted; the password was not sent.");
        failLogin(error);
        return;
    }
    using Method = Credentials::Method;
    Method method = m_credentials.method;
    if (method == Method::Automatic) {
        if (m_capabilities.hasAuth("PLAIN"))
            method = Method::Plain;
        else if (m_capabilities.hasAuth("LOGIN"))
            method = Method::SaslLogin;
        else
            method = Method::Login;
    }
    if (method == Method::Login && m_capabilities.has("LOGINDISABLED")) {
        Error error;
        error.kind = Error::Kind::Unsupported;
        error.message = tr("The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.");
        failLogin(error);
        return;
    }
    const QByteArray user = m_credentials.user.toUtf8();
    const QByteArray password = m_credentials.password.toUtf8();
    const bool saslIr = m_capabilities.has("SASL-IR");
    CommandPtr command;
    if (method == Method::Login) {
        command = newCommand("LOGIN", nullptr);
        command->text(" ");
        appendString(*command, user);
        command->text(" ");
        appendString(*command, password);
    } else if (method == Method::Plain) {
        command = newCommand("AUTHENTICATE", nullptr);
        command->text(" PLAIN");
        const QByteArray initial = (QByteArray(1, '\0') + user + QByteArray(1, '\0') + password).toBase64();
        if (saslIr) {
            command->text(' ' + initial);
        } else {
            auto sent = std::make_shared<bool>(false);
            Command *self = command.get();
            command->continuation = [this, initial, self, sent](const Response &) {
                // A second challenge makes no sense for PLAIN: "*" cancels the exchange.
                writeSecret(self, *sent ? QByteArray("*\r\n") : initial + "\r\n");
                *sent = true;
            };
        }
    } else {
        command = newCommand("AUTHENTICATE", nullptr);
        command->text(" LOGIN");
        auto step = std::make_shared<int>(saslIr ? 1 : 0);
        if (saslIr)
            command->text(' ' + user.toBase64());
        Command *self = command.get();
        command->continuation = [this, self, step, user, password](const Response &challenge) {
            const QByteArray decoded = QByteArray::fromBase64(challenge.text).toLower();
            if (*step == 0 && !decoded.startsWith("password"))
                writeSecret(self, user.toBase64() + "\r\n");
            else if (*step <= 1)
                writeSecret(self, password.toBase64() + "\r\n");
            else
                writeSecret(self, "*\r\n");
            *step = (*step == 0 && decoded.startsWith("password")) ? 2 : *step + 1;
        };
    }
    command->sensitive = true;
    command->setup = true;
    command->barrier = true;
    command->done = [this](const Response &response) {
        if (response.status != Status::Ok) {
            Error error = Error::fromResponse(response, tr("logging in"));
            if (error.kind == Error::Kind::No)
                error.message = tr("The server did not accept the login: %1").arg(QString::fromUtf8(response.text));
            failLogin(error);
            return;
        }
        setState(State::Authenticated);
        afterAuthentication(response);
    };
    enqueue(command);
}

void Session::afterAuthentication(const Response &response)
{
    // Capabilities change with authentication: take those of the reply, or ask again.
    if (response.code.kind != ResponseCode::Kind::Capability)
        m_capabilities = Capabilities();
    withCapabilities([this] { postLoginStep(); });
}

void Session::postLoginStep()
{
    m_quirks = ServerQuirks::detect(m_greeting, m_capabilities, m_serverId);
    std::vector<CommandPtr> steps;
    if (m_options.sendId && m_capabilities.has("ID")) {
        CommandPtr id = newCommand("ID", nullptr);
        QByteArray fields;
        for (const auto &field : m_options.clientId)
            fields += (fields.isEmpty() ? "" : " ") + quoteString(field.first) + ' ' + quoteString(field.second);
        id->text(" (" + fields + ')');
        id->untagged = [this](const Response &response) {
            if (const IdData *data = response.get<IdData>()) {
                m_serverId = data->fields;
                m_quirks = ServerQuirks::detect(m_greeting, m_capabilities, m_serverId);
            }
        };
        id->done = [](const Response &) {}; // ID is informative: a refusal changes nothing
        steps.push_back(id);
    }
    QList<QByteArray> extensions;
    if (m_capabilities.has("ENABLE")) {
        if (m_options.enableCondstore && m_capabilities.has("CONDSTORE"))
            extensions << "CONDSTORE";
        if (m_options.enableQresync && m_capabilities.has("QRESYNC"))
            extensions << "QRESYNC";
        if (m_options.enableUtf8 && m_capabilities.has("UTF8=ACCEPT"))
            extensions << "UTF8=ACCEPT";
    }
    if (!extensions.isEmpty()) {
        CommandPtr enable = newCommand("ENABLE", nullptr);
        enable->text(' ' + extensions.join(' '));
        enable->barrier = true;
        enable->done = [](const Response &) {};
        steps.push_back(enable);
    }
    if (m_options.compress && m_capabilities.has("COMPRESS=DEFLATE") && !m_connection->isCompressed()) {
        CommandPtr compress = newCommand("COMPRESS", nullptr);
        compress->text(" DEFLATE");
        compress->barrier = true;
        compress->lineMode = true;
        compress->done = [this](const Response &response) {
            if (response.status == Status::Ok && !m_connection->startCompression())
                m_connection->failWithProtocolError(tr("Compression could not be started."));
        };
        steps.push_back(compress);
    }
    auto finishSetup = [this] {
        m_settingUp = false;
        QPointer<Job> job = m_loginJob;
        m_loginJob.clear();
        if (job)
            job->finish();
        schedulePump();
    };
    if (steps.empty()) {
        finishSetup();
        return;
    }
    const auto lastDone = steps.back()->done;
    steps.back()->done = [lastDone, finishSetup](const Response &response) {
        lastDone(response);
        finishSetup();
    };
    for (const CommandPtr &step : steps) {
        step->setup = true;
        enqueue(step);
    }
}

// ---------------------------------------------------------------- building commands

QByteArray Session::quoteString(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

void Session::appendString(Command &command, const QByteArray &value, bool astring)
{
    if (astring && isAtomSafe(value)) {
        command.text(value);
    } else if (needsLiteral(value, isUtf8())) {
        command.parts.append({value, true});
    } else {
        command.text(quoteString(value));
    }
}

QByteArray Session::encodeMailbox(const QString &mailbox) const
{
    return MailboxName::encode(mailbox, isUtf8());
}

void Session::appendMailbox(Command &command, const QString &mailbox)
{
    appendString(command, encodeMailbox(mailbox));
}

// ---------------------------------------------------------------- operations

ResultJob<ListResult> *Session::list(const ListOptions &options)
{
    auto *job = new ResultJob<ListResult>(this);
    const bool extended = m_capabilities.has("LIST-EXTENDED");
    CommandPtr command = newCommand(options.subscribedOnly && !extended ? "LSUB" : "LIST", job);
    QList<QByteArray> selection;
    if (extended && options.subscribedOnly)
        selection << "SUBSCRIBED";
    if (extended && options.specialUseOnly && m_capabilities.has("SPECIAL-USE"))
        selection << "SPECIAL-USE";
    if (!selection.isEmpty())
        command->text(" (" + selection.join(' ') + ')');
    command->text(" ");
    appendString(*command, encodeMailbox(options.reference), false);
    command->text(" ");
    appendString(*command, encodeMailbox(options.pattern), false);
    QList<QByteArray> returns;
    if (extended && m_capabilities.has("SPECIAL-USE"))
        returns << "SPECIAL-USE";
    if (!options.statusItems.isEmpty() && m_capabilities.has("LIST-STATUS"))
        returns << "STATUS (" + options.statusItems.join(' ') + ')';
    if (!returns.isEmpty())
        command->text(" RETURN (" + returns.join(' ') + ')');
    command->untagged = [job](const Response &response) {
        if (const ListData *data = response.get<ListData>())
            job->mutableResult().mailboxes.append(*data);
        else if (const StatusData *data = response.get<StatusData>())
            job->mutableResult().statuses.append(*data);
    };
    enqueue(command);
    return job;
}

ResultJob<NamespaceData> *Session::namespaces()
{
    auto *job = new ResultJob<NamespaceData>(this);
    CommandPtr command = newCommand("NAMESPACE", job);
    command->untagged = [job](const Response &response) {
        if (const NamespaceData *data = response.get<NamespaceData>())
            job->mutableResult() = *data;
    };
    enqueue(command);
    return job;
}

ResultJob<MailboxState> *Session::select(const QString &mailbox, const SelectOptions &options)
{
    auto *job = new ResultJob<MailboxState>(this);
    CommandPtr command = newCommand(options.readOnly ? "EXAMINE" : "SELECT", job);
    command->barrier = true;
    command->text(" ");
    appendMailbox(*command, mailbox);
    if (options.qresync && isEnabled("QRESYNC")) {
        QByteArray parameters = QByteArray::number(options.qresync->uidValidity) + ' ' + QByteArray::number(options.qresync->modSeq);
        if (!options.qresync->knownUids.isEmpty())
            parameters += ' ' + options.qresync->knownUids.toByteArray();
        command->text(" (QRESYNC (" + parameters + "))");
    } else if (options.condstore && m_capabilities.has("CONDSTORE") && !isEnabled("CONDSTORE")) {
        command->text(" (CONDSTORE)");
    }
    auto state = std::make_shared<MailboxState>();
    state->name = mailbox;
    state->readOnly = options.readOnly;
    command->untagged = [state](const Response &response) {
        const ResponseCode &code = response.code;
        switch (code.kind) {
        case ResponseCode::Kind::UidValidity: state->uidValidity = quint32(code.number); break;
        case ResponseCode::Kind::UidNext: state->uidNext = quint32(code.number); break;
        case ResponseCode::Kind::Unseen: state->unseen = quint32(code.number); break;
        case ResponseCode::Kind::HighestModSeq: state->highestModSeq = code.number; break;
        case ResponseCode::Kind::NoModSeq: state->noModSeq = true; break;
        case ResponseCode::Kind::PermanentFlags: state->permanentFlags = code.atoms; break;
        default: break;
        }
        switch (response.kind) {
        case Response::Kind::Exists: state->exists = response.get<NumberData>()->number; break;
        case Response::Kind::Recent: state->recent = response.get<NumberData>()->number; break;
        case Response::Kind::Flags: state->flags = response.get<AtomListData>()->atoms; break;
        case Response::Kind::Vanished:
            for (const auto &range : response.get<VanishedData>()->uids.ranges())
                state->vanished.addRange(range.first, range.second);
            break;
        case Response::Kind::Fetch: state->changed.append(*response.get<FetchData>()); break;
        default: break;
        }
    };
    command->done = [this, job, state](const Response &response) {
        m_selecting = false;
        if (response.status != Status::Ok) {
            // RFC 3501: a failed SELECT leaves no mailbox selected.
            m_selected = MailboxState();
            if (m_state == State::Selected)
                setState(State::Authenticated);
            job->finish(Error::fromResponse(response, QStringLiteral("SELECT")));
            return;
        }
        if (response.code.kind == ResponseCode::Kind::ReadOnly)
            state->readOnly = true;
        else if (response.code.kind == ResponseCode::Kind::ReadWrite)
            state->readOnly = false;
        m_selected = *state;
        setState(State::Selected);
        job->mutableResult() = *state;
        job->finish();
    };
    enqueue(command);
    return job;
}

ResultJob<StatusData> *Session::status(const QString &mailbox, const QList<QByteArray> &items)
{
    auto *job = new ResultJob<StatusData>(this);
    CommandPtr command = newCommand("STATUS", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    QList<QByteArray> wanted = items;
    if (m_capabilities.has("CONDSTORE") && !wanted.contains("HIGHESTMODSEQ"))
        wanted << "HIGHESTMODSEQ";
    command->text(" (" + wanted.join(' ') + ')');
    const QByteArray raw = encodeMailbox(mailbox);
    command->untagged = [job, raw, mailbox](const Response &response) {
        const StatusData *data = response.get<StatusData>();
        if (data && (data->rawName == raw || data->name == mailbox))
            job->mutableResult() = *data;
    };
    enqueue(command);
    return job;
}

QByteArray Session::summaryItems() const
{
    QByteArray items = "UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE";
    if (m_quirks.trustBodyStructure)
        items += " BODYSTRUCTURE";
    if (isEnabled("CONDSTORE") || isEnabled("QRESYNC"))
        items += " MODSEQ";
    return '(' + items + ')';
}

FetchJob *Session::fetch(const UidSet &uids, const QByteArray &items, const FetchOptions &options)
{
    auto *job = new FetchJob(this);
    const QList<UidSet> pieces = uids.split(m_quirks.maxCommandLength - 200);
    if (pieces.isEmpty()) {
        QMetaObject::invokeMethod(job, [job] { job->finish(); }, Qt::QueuedConnection);
        return job;
    }
    auto remaining = std::make_shared<int>(int(pieces.size()));
    auto firstError = std::make_shared<Error>();
    for (const UidSet &piece : pieces) {
        CommandPtr command = newCommand("UID FETCH", nullptr);
        QByteArray modifiers;
        if (options.changedSince) {
            modifiers = " (CHANGEDSINCE " + QByteArray::number(*options.changedSince);
            if (options.vanished && isEnabled("QRESYNC"))
                modifiers += " VANISHED";
            modifiers += ')';
        }
        command->text(' ' + piece.toByteArray() + ' ' + items + modifiers);
        const bool keep = options.keepResults;
        command->claimsFetch = [piece](const FetchData &data) { return data.uid && piece.contains(*data.uid); };
        command->untagged = [job, piece, keep](const Response &response) {
            if (const FetchData *data = response.get<FetchData>()) {
                if (!data->uid || !piece.contains(*data->uid))
                    return; // an unsolicited update about another message
                Q_EMIT job->received(*data);
                if (keep)
                    job->mutableResult().messages.append(*data);
            } else if (const VanishedData *vanished = response.get<VanishedData>()) {
                if (vanished->earlier) {
                    for (const auto &range : vanished->uids.ranges())
                        job->mutableResult().vanished.addRange(range.first, range.second);
                }
            }
        };
        command->done = [job, remaining, firstError](const Response &response) {
            if (response.status != Status::Ok && !firstError->isError())
                *firstError = Error::fromResponse(response, QStringLiteral("UID FETCH"));
            if (--*remaining == 0)
                job->finish(*firstError);
        };
        // A failure of the connection reaches the job through any of its commands.
        command->job = job;
        enqueue(command);
    }
    return job;
}

FetchJob *Session::fetchSummaries(const UidSet &uids, int batchSize, const FetchOptions &options)
{
    // Batches are cut by count of UIDs, not by text length, so that each reply stays moderate.
    auto *job = new FetchJob(this);
    QList<UidSet> batches;
    UidSet current;
    quint64 inCurrent = 0;
    for (const auto &range : uids.ranges()) {
        quint64 first = range.first;
        while (first <= range.second) {
            const quint64 room = quint64(std::max(1, batchSize)) - inCurrent;
            const quint64 last = std::min<quint64>(range.second, first + room - 1);
            current.addRange(quint32(first), quint32(last));
            inCurrent += last - first + 1;
            if (inCurrent >= quint64(std::max(1, batchSize))) {
                batches.append(current);
                current = UidSet();
                inCurrent = 0;
            }
            first = last + 1;
        }
    }
    if (!current.isEmpty())
        batches.append(current);
    if (batches.isEmpty()) {
        QMetaObject::invokeMethod(job, [job] { job->finish(); }, Qt::QueuedConnection);
        return job;
    }
    auto remaining = std::make_shared<int>(int(batches.size()));
    auto firstError = std::make_shared<Error>();
    for (const UidSet &batch : batches) {
        FetchJob *part = fetch(batch, summaryItems(), FetchOptions{options.changedSince, options.vanished, false});
        connect(part, &FetchJob::received, job, [job, keep = options.keepResults](const FetchData &data) {
            Q_EMIT job->received(data);
            if (keep)
                job->mutableResult().messages.append(data);
        });
        connect(part, &Job::finished, job, [job, remaining, firstError](Job *finished) {
            auto *fetched = static_cast<FetchJob *>(finished);
            for (const auto &range : fetched->result().vanished.ranges())
                job->mutableResult().vanished.addRange(range.first, range.second);
            if (finished->error().isError() && !firstError->isError())
                *firstError = finished->error();
            if (--*remaining == 0)
                job->finish(*firstError);
        });
    }
    return job;
}

ResultJob<BodySection> *Session::fetchSection(quint32 uid, const QByteArray &section, std::optional<PartialRange> range, bool preferBinary)
{
    auto *job = new ResultJob<BodySection>(this);
    // BINARY applies to a part's content only, not to headers or MIME sections.
    bool sectionIsPart = true;
    for (char c : section)
        sectionIsPart = sectionIsPart && ((c >= '0' && c <= '9') || c == '.');
    issueSectionFetch(job, uid, section, range, preferBinary && sectionIsPart && m_capabilities.has("BINARY"));
    return job;
}

void Session::issueSectionFetch(ResultJob<BodySection> *job, quint32 uid, const QByteArray &section, std::optional<PartialRange> range, bool binary)
{
    CommandPtr command = newCommand("UID FETCH", job);
    QByteArray item = (binary ? "BINARY.PEEK[" : "BODY.PEEK[") + section + ']';
    if (range)
        item += '<' + QByteArray::number(range->offset) + '.' + QByteArray::number(range->length) + '>';
    command->text(' ' + QByteArray::number(uid) + " (UID " + item + ')');
    auto found = std::make_shared<bool>(false);
    command->claimsFetch = [uid](const FetchData &data) { return data.uid && *data.uid == uid; };
    command->untagged = [job, uid, section, found](const Response &response) {
        const FetchData *data = response.get<FetchData>();
        if (!data || !data->uid || *data->uid != uid)
            return;
        for (const BodySection &candidate : data->sections) {
            if (candidate.section.compare(section, Qt::CaseInsensitive) == 0) {
                job->mutableResult() = candidate;
                *found = true;
            }
        }
    };
    command->done = [this, job, found, binary, uid, section, range](const Response &response) {
        if (response.status == Status::No && binary && response.code.name == "UNKNOWN-CTE") {
            issueSectionFetch(job, uid, section, range, false); // the server cannot decode this part
            return;
        }
        if (response.status != Status::Ok) {
            job->finish(Error::fromResponse(response, QStringLiteral("UID FETCH")));
        } else if (!*found) {
            Error error;
            error.kind = Error::Kind::No;
            error.code.kind = ResponseCode::Kind::ExpungeIssued;
            error.message = tr("Message %1 no longer exists on the server.").arg(uid);
            job->finish(error);
        } else {
            job->finish();
        }
    };
    enqueue(command);
}

ResultJob<StoreResult> *Session::store(const UidSet &uids, FlagOperation operation, const QList<QByteArray> &flags, std::optional<quint64> unchangedSince)
{
    auto *job = new ResultJob<StoreResult>(this);
    CommandPtr command = newCommand("UID STORE", job);
    const char *op = operation == FlagOperation::Add ? "+FLAGS" : operation == FlagOperation::Remove ? "-FLAGS" : "FLAGS";
    command->text(' ' + uids.toByteArray());
    if (unchangedSince)
        command->text(" (UNCHANGEDSINCE " + QByteArray::number(*unchangedSince) + ')');
    command->text(QByteArray(" ") + op + ' ' + flagList(flags));
    command->claimsFetch = [uids](const FetchData &data) { return data.uid && uids.contains(*data.uid); };
    command->untagged = [job, uids](const Response &response) {
        const FetchData *data = response.get<FetchData>();
        if (data && data->uid && uids.contains(*data->uid))
            job->mutableResult().updated.append(*data);
    };
    command->done = [job](const Response &response) {
        if (response.code.kind == ResponseCode::Kind::Modified)
            job->mutableResult().modified = response.code.uids;
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("UID STORE")));
    };
    enqueue(command);
    return job;
}

ResultJob<CopyResult> *Session::copy(const UidSet &uids, const QString &destination)
{
    auto *job = new ResultJob<CopyResult>(this);
    CommandPtr command = newCommand("UID COPY", job);
    command->text(' ' + uids.toByteArray() + ' ');
    appendMailbox(*command, destination);
    command->done = [job](const Response &response) {
        if (response.code.kind == ResponseCode::Kind::CopyUid) {
            job->mutableResult().uidValidity = quint32(response.code.number);
            job->mutableResult().source = response.code.uids;
            job->mutableResult().destination = response.code.destinationUids;
        }
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("UID COPY")));
    };
    enqueue(command);
    return job;
}

ResultJob<CopyResult> *Session::move(const UidSet &uids, const QString &destination)
{
    if (!m_capabilities.has("MOVE")) {
        // RFC 6851's fallback: COPY, mark \Deleted, expunge those (all \Deleted without UIDPLUS).
        auto *job = new ResultJob<CopyResult>(this);
        ResultJob<CopyResult> *copied = copy(uids, destination);
        connect(copied, &Job::finished, job, [this, job, uids](Job *finished) {
            if (finished->error().isError()) {
                job->finish(finished->error());
                return;
            }
            job->mutableResult() = static_cast<ResultJob<CopyResult> *>(finished)->result();
            ResultJob<StoreResult> *marked = store(uids, FlagOperation::Add, {"\\Deleted"});
            connect(marked, &Job::finished, job, [this, job, uids](Job *stored) {
                if (stored->error().isError()) {
                    job->finish(stored->error());
                    return;
                }
                Job *expunged = m_capabilities.has("UIDPLUS") ? expunge(uids) : expunge();
                connect(expunged, &Job::finished, job, [job](Job *done) { job->finish(done->error()); });
            });
        });
        return job;
    }
    auto *job = new ResultJob<CopyResult>(this);
    CommandPtr command = newCommand("UID MOVE", job);
    command->text(' ' + uids.toByteArray() + ' ');
    appendMailbox(*command, destination);
    auto take = [job](const ResponseCode &code) {
        if (code.kind == ResponseCode::Kind::CopyUid) {
            job->mutableResult().uidValidity = quint32(code.number);
            job->mutableResult().source = code.uids;
            job->mutableResult().destination = code.destinationUids;
        }
    };
    // RFC 6851 sends COPYUID in an untagged OK before the expunges.
    command->untagged = [take](const Response &response) { take(response.code); };
    command->done = [job, take](const Response &response) {
        take(response.code);
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("UID MOVE")));
    };
    enqueue(command);
    return job;
}

ResultJob<AppendResult> *Session::append(const QString &mailbox, const QByteArray &message, const QList<QByteArray> &flags, const QDateTime &internalDate)
{
    auto *job = new ResultJob<AppendResult>(this);
    CommandPtr command = newCommand("APPEND", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    if (!flags.isEmpty())
        command->text(' ' + flagList(flags));
    if (internalDate.isValid())
        command->text(' ' + internalDateText(internalDate));
    command->text(" ");
    command->parts.append({message, true});
    command->done = [job](const Response &response) {
        if (response.code.kind == ResponseCode::Kind::AppendUid) {
            job->mutableResult().uidValidity = quint32(response.code.number);
            const auto uids = response.code.uids.toList(1);
            if (uids && !uids->isEmpty())
                job->mutableResult().uid = uids->first();
        }
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("APPEND")));
    };
    enqueue(command);
    return job;
}

Job *Session::create(const QString &mailbox)
{
    auto *job = new Job(this);
    CommandPtr command = newCommand("CREATE", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    enqueue(command);
    return job;
}

Job *Session::deleteMailbox(const QString &mailbox)
{
    auto *job = new Job(this);
    CommandPtr command = newCommand("DELETE", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    enqueue(command);
    return job;
}

Job *Session::rename(const QString &from, const QString &to)
{
    auto *job = new Job(this);
    CommandPtr command = newCommand("RENAME", job);
    command->text(" ");
    appendMailbox(*command, from);
    command->text(" ");
    appendMailbox(*command, to);
    enqueue(command);
    return job;
}

Job *Session::subscribe(const QString &mailbox)
{
    auto *job = new Job(this);
    CommandPtr command = newCommand("SUBSCRIBE", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    enqueue(command);
    return job;
}

Job *Session::unsubscribe(const QString &mailbox)
{
    auto *job = new Job(this);
    CommandPtr command = newCommand("UNSUBSCRIBE", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    enqueue(command);
    return job;
}

ResultJob<SearchResult> *Session::search(const QByteArray &criteria)
{
    auto *job = new ResultJob<SearchResult>(this);
    CommandPtr command = newCommand("UID SEARCH", job);
    const bool esearch = m_capabilities.has("ESEARCH");
    if (esearch)
        command->text(" RETURN (ALL)");
    if (!isAscii(criteria) && !isUtf8())
        command->text(" CHARSET UTF-8");
    command->text(" ");
    // Quoted strings may not carry 8-bit bytes in IMAP4rev1: such strings go out as literals.
    for (qsizetype i = 0; i < criteria.size();) {
        if (criteria[i] != '"') {
            const qsizetype next = criteria.indexOf('"', i);
            const qsizetype end = next < 0 ? criteria.size() : next;
            command->text(criteria.mid(i, end - i));
            i = end;
            continue;
        }
        QByteArray value;
        qsizetype j = i + 1;
        for (; j < criteria.size() && criteria[j] != '"'; ++j) {
            if (criteria[j] == '\\' && j + 1 < criteria.size())
                ++j;
            value += criteria[j];
        }
        if (isAscii(value) || isUtf8())
            command->text(criteria.mid(i, j + 1 - i));
        else
            command->parts.append({value, true});
        i = j + 1;
    }
    command->untagged = [job](const Response &response) {
        if (const SearchData *data = response.get<SearchData>()) {
            for (quint32 uid : data->ids)
                job->mutableResult().uids.add(uid);
            job->mutableResult().modSeq = data->modSeq;
        } else if (const ESearchData *data = response.get<ESearchData>()) {
            for (const auto &range : data->all.ranges())
                job->mutableResult().uids.addRange(range.first, range.second);
            job->mutableResult().modSeq = data->modSeq;
        }
    };
    enqueue(command);
    return job;
}

ResultJob<QuotaResult> *Session::quotaRoot(const QString &mailbox)
{
    auto *job = new ResultJob<QuotaResult>(this);
    if (!m_capabilities.has("QUOTA")) {
        Error error;
        error.kind = Error::Kind::Unsupported;
        error.message = tr("The server does not report quotas.");
        QMetaObject::invokeMethod(job, [job, error] { job->finish(error); }, Qt::QueuedConnection);
        return job;
    }
    CommandPtr command = newCommand("GETQUOTAROOT", job);
    command->text(" ");
    appendMailbox(*command, mailbox);
    command->untagged = [job](const Response &response) {
        if (const QuotaRootData *data = response.get<QuotaRootData>())
            job->mutableResult().roots = data->roots;
        else if (const QuotaData *data = response.get<QuotaData>())
            job->mutableResult().quotas.append(*data);
    };
    enqueue(command);
    return job;
}

Job *Session::expunge(const std::optional<UidSet> &uids)
{
    auto *job = new Job(this);
    CommandPtr command;
    if (uids && m_capabilities.has("UIDPLUS")) {
        command = newCommand("UID EXPUNGE", job);
        command->text(' ' + uids->toByteArray());
    } else {
        command = newCommand("EXPUNGE", job);
    }
    command->barrier = true; // sequence numbers change under other commands' feet
    enqueue(command);
    return job;
}

Job *Session::closeMailbox(bool expungeDeleted)
{
    auto *job = new Job(this);
    auto closed = [this](const Response &) {
        m_selected = MailboxState();
        setState(State::Authenticated);
    };
    if (!expungeDeleted && !m_capabilities.has("UNSELECT")) {
        // No UNSELECT: EXAMINE makes the mailbox read-only, so that CLOSE expunges nothing.
        CommandPtr examine = newCommand("EXAMINE", nullptr);
        examine->barrier = true;
        examine->text(" ");
        appendMailbox(*examine, m_selected.name);
        examine->done = [](const Response &) {};
        enqueue(examine);
    }
    CommandPtr command = newCommand(expungeDeleted || !m_capabilities.has("UNSELECT") ? "CLOSE" : "UNSELECT", job);
    command->barrier = true;
    command->done = [job, closed, name = command->name](const Response &response) {
        if (response.status == Status::Ok)
            closed(response);
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QString::fromLatin1(name)));
    };
    enqueue(command);
    return job;
}

Job *Session::noop()
{
    auto *job = new Job(this);
    enqueue(newCommand("NOOP", job));
    return job;
}

Job *Session::logout()
{
    auto *job = new Job(this);
    if (m_state == State::Disconnected) {
        QMetaObject::invokeMethod(job, [job] { job->finish(); }, Qt::QueuedConnection);
        return job;
    }
    CommandPtr command = newCommand("LOGOUT", job);
    command->barrier = true;
    command->done = [this, job](const Response &response) {
        job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("LOGOUT")));
        m_connection->disconnectFromServer();
    };
    command->untagged = [this](const Response &response) {
        if (response.status == Status::Bye)
            setState(State::LoggingOut);
    };
    enqueue(command);
    return job;
}

// ---------------------------------------------------------------- IDLE

Job *Session::idle()
{
    if (m_idleJob)
        return m_idleJob;
    m_idleJob = new Job(this);
    if (!m_capabilities.has("IDLE")) {
        // Polling: a NOOP now and then makes the server report what changed.
        m_idleTimer.start(std::max(1000, m_options.pollIntervalMs));
        return m_idleJob;
    }
    issueIdle();
    return m_idleJob;
}

void Session::issueIdle()
{
    CommandPtr command = newCommand("IDLE", nullptr);
    command->barrier = true;
    command->continuation = [this](const Response &) {
        m_idling = true;
        updateAwaiting();
        const int refresh = m_options.idleRefreshMs > 0 ? m_options.idleRefreshMs : m_quirks.idleRefreshMs;
        m_idleTimer.start(refresh);
        if (!m_queue.empty() || m_stopIdleRequested)
            sendIdleDone();
    };
    command->done = [this](const Response &response) {
        m_idleTimer.stop();
        QPointer<Job> job = m_idleJob;
        if (response.status == Status::Ok && m_idleRestart && job) {
            m_idleRestart = false;
            issueIdle(); // the same job goes on reporting
            return;
        }
        m_idleJob.clear();
        m_stopIdleRequested = false;
        if (job)
            job->finish(response.status == Status::Ok ? Error() : Error::fromResponse(response, QStringLiteral("IDLE")));
    };
    m_idleCommand = command;
    enqueue(command);
}

void Session::sendIdleDone()
{
    if (!m_idling || m_doneSent)
        return;
    m_doneSent = true;
    m_idleTimer.stop();
    m_connection->write("DONE\r\n");
    updateAwaiting();
    m_connection->setAwaitingReply(true);
}

void Session::stopIdle()
{
    m_idleRestart = false;
    if (!m_idleJob)
        return;
    if (!m_capabilities.has("IDLE")) {
        m_idleTimer.stop();
        QPointer<Job> job = m_idleJob;
        m_idleJob.clear();
        job->finish();
        return;
    }
    if (m_idling) {
        sendIdleDone();
        return;
    }
    auto it = m_idleCommand ? std::find(m_queue.begin(), m_queue.end(), m_idleCommand) : m_queue.end();
    if (it != m_queue.end()) {
        // Not sent yet: it never will be.
        m_queue.erase(it);
        m_idleCommand.reset();
        QPointer<Job> job = m_idleJob;
        m_idleJob.clear();
        job->finish();
        return;
    }
    m_stopIdleRequested = true; // sent, "+" not yet received: DONE follows the "+"
}

void Session::idleTick()
{
    if (!m_idleJob)
        return;
    if (!m_capabilities.has("IDLE")) {
        if (m_queue.empty() && m_inFlight.empty())
            enqueue(newCommand("NOOP", nullptr));
        m_idleTimer.start(std::max(1000, m_options.pollIntervalMs));
        return;
    }
    if (m_idling) {
        m_idleRestart = true;
        sendIdleDone();
    }
}

} // namespace epistle::imap
