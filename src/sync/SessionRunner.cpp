#include "sync/SessionRunner.h"

#include <QCoreApplication>

namespace epistle::sync {

imap::Credentials imapCredentials(const ServerAccess &access, const QString &password)
{
    imap::Credentials credentials;
    credentials.user = access.user;
    credentials.password = password;
    if (access.authMethod == QLatin1String("plain"))
        credentials.method = imap::Credentials::Method::Plain;
    else if (access.authMethod == QLatin1String("login"))
        credentials.method = imap::Credentials::Method::Login;
    return credentials;
}

SessionRunner::SessionRunner(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SessionRunner::~SessionRunner()
{
    m_queue.clear();
    dropSession();
}

void SessionRunner::enqueue(Job job, JobFailed failed, bool urgent)
{
    Entry entry{std::move(job), std::move(failed)};
    if (urgent)
        m_queue.push_front(std::move(entry));
    else
        m_queue.push_back(std::move(entry));
    QMetaObject::invokeMethod(this, &SessionRunner::pump, Qt::QueuedConnection);
}

void SessionRunner::disconnect()
{
    failQueued(SyncError::cancelled());
    dropSession();
}

void SessionRunner::dropSession()
{
    if (!m_session)
        return;
    imap::Session *session = m_session;
    m_session = nullptr;
    m_connecting = false;
    QObject::disconnect(session, nullptr, this, nullptr);
    session->abort();
    session->deleteLater();
}

void SessionRunner::failQueued(const SyncError &error)
{
    std::deque<Entry> queue;
    queue.swap(m_queue);
    for (Entry &entry : queue) {
        if (entry.failed)
            entry.failed(error);
    }
}

void SessionRunner::pump()
{
    if (m_running || m_connecting || m_queue.empty())
        return;
    if (!m_session || m_session->state() == imap::Session::State::Disconnected
        || m_session->state() == imap::Session::State::LoggingOut) {
        connectSession();
        return;
    }
    Entry entry = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = true;
    QPointer<SessionRunner> self(this);
    auto finished = std::make_shared<bool>(false);
    entry.job(*m_session, [self, finished](const SyncError &error) {
        if (*finished || !self)
            return;
        *finished = true;
        self->m_running = false;
        // A job that failed on the connection leaves it unusable: start afresh next time.
        if (error.kind == SyncError::Kind::Network || error.kind == SyncError::Kind::Protocol
            || error.kind == SyncError::Kind::Cancelled)
            self->dropSession();
        QMetaObject::invokeMethod(self, &SessionRunner::pump, Qt::QueuedConnection);
    });
}

void SessionRunner::connectSession()
{
    dropSession();
    if (m_password.isEmpty()) {
        SyncError error;
        error.kind = SyncError::Kind::Authentication;
        error.message = QCoreApplication::translate("SessionRunner", "No password is known for this account.");
        failQueued(error);
        Q_EMIT failed(error);
        return;
    }
    m_connecting = true;
    auto *session = new imap::Session(this);
    m_session = session;
    session->setOptions(m_options);
    session->setTlsPolicy(m_access.tlsPolicy);
    if (m_log)
        session->setProtocolLog(m_log);
    connect(session, &imap::Session::connectionLost, this, [this, session](const imap::Error &error) {
        if (session != m_session)
            return;
        const SyncError failure = SyncError::fromImap(error);
        m_session = nullptr;
        session->deleteLater();
        if (!m_running && !m_connecting)
            Q_EMIT failed(failure);
    });
    imap::Job *job = session->connectToServer(m_access.endpoint, imapCredentials(m_access, m_password));
    connect(job, &imap::Job::finished, this, [this, session, job](imap::Job *) {
        if (session != m_session)
            return;
        m_connecting = false;
        if (!job->succeeded()) {
            const SyncError error = SyncError::fromImap(job->error());
            dropSession();
            failQueued(error);
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT connected();
        pump();
    });
}

} // namespace epistle::sync
