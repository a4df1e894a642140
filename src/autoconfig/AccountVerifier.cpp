#include "autoconfig/AccountVerifier.h"

#include "imap/Session.h"
#include "pop3/Client.h"
#include "smtp/Client.h"

namespace epistle::autoconfig {

namespace {

using Failure = AccountVerifier::Failure;

// Maps a connection-level error of any engine to what the wizard shows.
Failure failureOf(const net::ConnectionError &error)
{
    switch (error.kind) {
    case net::ErrorKind::CertificateRejected:
        return Failure::Certificate;
    case net::ErrorKind::HostNotFound:
    case net::ErrorKind::ConnectionRefused:
    case net::ErrorKind::ConnectTimeout:
    case net::ErrorKind::StartTlsUnavailable:
    case net::ErrorKind::TlsFailed:
    case net::ErrorKind::InsecureRefused:
        return Failure::Unreachable;
    default:
        return Failure::Other;
    }
}

} // namespace

AccountVerifier::AccountVerifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<epistle::autoconfig::AccountVerifier::Result>();
}

AccountVerifier::~AccountVerifier()
{
    delete m_client;
}

void AccountVerifier::start(const Request &request)
{
    cancel();
    m_request = request;
    m_result = Result();
    m_running = true;
    if ((request.incoming.needsConfirmation || request.outgoing.needsConfirmation) && !request.confirmed) {
        const QString domain = request.incoming.needsConfirmation ? request.incoming.confirmationDomain
                                                                  : request.outgoing.confirmationDomain;
        Result result;
        result.failure = Failure::NeedsConfirmation;
        result.incomingFailed = request.incoming.needsConfirmation;
        result.message = tr("Your mail would be handled by servers of %1, which is not your address's domain. "
                            "Confirm that this is your provider before Epistle sends your password there.")
                             .arg(domain);
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    m_onIncoming = true;
    m_userIndex = 0;
    m_userNames = request.incoming.userNames;
    tryNext();
}

void AccountVerifier::tryNext()
{
    const ServerSetting &setting = m_onIncoming ? m_request.incoming : m_request.outgoing;
    const QString user = m_userNames.value(m_userIndex);
    const QString password = m_request.password;
    net::Endpoint endpoint = setting.endpoint();
    Q_EMIT logMessage(tr("Signing in to %1 on %2 as %3…").arg(serviceName(setting.service).toUpper(), endpoint.displayName(), user));
    net::Connection::Timeouts timeouts;
    timeouts.connectMs = timeouts.readMs = m_request.timeoutMs;

    if (setting.service == Service::Imap) {
        auto *session = new imap::Session(this);
        m_client = session;
        session->setTlsPolicy(m_request.tlsPolicy);
        imap::SessionOptions options;
        options.compress = false;
        options.timeouts = timeouts;
        session->setOptions(options);
        imap::Job *job = session->connectToServer(endpoint, imap::Credentials{user, password, imap::Credentials::Method::Automatic});
        connect(job, &imap::Job::finished, this, [this, session](imap::Job *done) {
            const imap::Error error = done->error();
            if (!error.isError()) {
                session->logout();
                onAttemptDone(Failure::None, QString(), std::nullopt);
                return;
            }
            const Failure failure = error.isAuthenticationFailure() ? Failure::WrongPassword
                                    : error.connection.isError()    ? failureOf(error.connection)
                                    : error.kind == imap::Error::Kind::Unsupported ? Failure::Unreachable
                                                                                    : Failure::Other;
            onAttemptDone(failure, error.message, error.connection.certificate);
        });
        return;
    }
    if (setting.service == Service::Pop3) {
        auto *client = new pop3::Client(this);
        m_client = client;
        client->connection().setTlsPolicy(m_request.tlsPolicy);
        client->connection().setTimeouts(timeouts);
        client->connectToServer(endpoint, [this, client, user, password](const pop3::Error &error) {
            if (error.isError()) {
                onAttemptDone(error.connectionError.isError() ? failureOf(error.connectionError) : Failure::Unreachable,
                              error.message, error.connectionError.certificate);
                return;
            }
            client->login(user, password, pop3::Client::AuthMethod::Automatic, [this, client](const pop3::Error &login) {
                if (!login.isError()) {
                    client->quit([](const pop3::Error &) {});
                    onAttemptDone(Failure::None, QString(), std::nullopt);
                    return;
                }
                onAttemptDone(login.kind == pop3::Error::Kind::AuthFailed ? Failure::WrongPassword : Failure::Other,
                              login.message, std::nullopt);
            });
        });
        return;
    }
    auto *client = new smtp::Client(this);
    m_client = client;
    client->connection().setTlsPolicy(m_request.tlsPolicy);
    client->connection().setTimeouts(timeouts);
    client->connectToServer(endpoint, [this, client, user, password](const smtp::Error &error) {
        if (error.isError()) {
            onAttemptDone(error.connectionError.isError() ? failureOf(error.connectionError) : Failure::Unreachable,
                          error.message, error.connectionError.certificate);
            return;
        }
        client->authenticate(user, password, smtp::Client::AuthMechanism::Automatic, [this, client](const smtp::Error &auth) {
            if (!auth.isError()) {
                client->quit([](const smtp::Error &) {});
                onAttemptDone(Failure::None, QString(), std::nullopt);
                return;
            }
            onAttemptDone(auth.kind == smtp::Error::Kind::AuthFailed ? Failure::WrongPassword : Failure::Other, auth.message,
                          std::nullopt);
        });
    });
}

void AccountVerifier::onAttemptDone(Failure failure, const QString &message, const std::optional<net::CertificateInfo> &certificate)
{
    if (!m_running)
        return;
    if (m_client)
        m_client->deleteLater(); // after its own callbacks have returned
    m_client = nullptr;
    const QString user = m_userNames.value(m_userIndex);
    if (failure == Failure::WrongPassword && m_userIndex + 1 < m_userNames.size()) {
        Q_EMIT logMessage(tr("Refused as %1; trying the next user name.").arg(user));
        ++m_userIndex;
        tryNext();
        return;
    }
    if (failure != Failure::None) {
        Result result;
        result.failure = failure;
        result.incomingFailed = m_onIncoming;
        result.certificate = certificate;
        result.message = failure == Failure::WrongPassword
                             ? tr("The %1 server refused the user name and password: %2")
                                   .arg(m_onIncoming ? tr("incoming") : tr("outgoing"), message)
                             : message;
        finish(result);
        return;
    }
    Q_EMIT logMessage(tr("Signed in as %1.").arg(user));
    if (m_onIncoming) {
        m_result.incomingUser = user;
        m_onIncoming = false;
        m_userIndex = 0;
        // The name that worked for incoming mail is the likeliest for outgoing mail too.
        m_userNames = m_request.outgoing.userNames;
        if (m_userNames.removeAll(user) > 0)
            m_userNames.prepend(user);
        tryNext();
        return;
    }
    m_result.outgoingUser = user;
    finish(m_result);
}

void AccountVerifier::finish(Result result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

void AccountVerifier::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_client) {
        m_client->disconnect(this);
        if (auto *session = qobject_cast<imap::Session *>(m_client.data()))
            session->abort();
        else if (auto *pop = qobject_cast<pop3::Client *>(m_client.data()))
            pop->abort();
        else if (auto *smtpClient = qobject_cast<smtp::Client *>(m_client.data()))
            smtpClient->abort();
        m_client->deleteLater();
    }
}

} // namespace epistle::autoconfig
