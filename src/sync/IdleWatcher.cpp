#include "sync/IdleWatcher.h"

#include "sync/SessionRunner.h"

namespace epistle::sync {

namespace {

constexpr int firstBackoffMs = 2000;
constexpr int maxBackoffMs = 5 * 60 * 1000;
// Changes often come in bursts (a move is EXPUNGE + EXISTS): one sync for the burst.
constexpr int debounceMs = 150;

} // namespace

IdleWatcher::IdleWatcher(const ServerAccess &access, const QString &password, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_password(password)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &IdleWatcher::start);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT changed(m_folderId); });
}

IdleWatcher::~IdleWatcher()
{
    drop();
}

void IdleWatcher::watch(qint64 folderId, const QString &path)
{
    if (!m_stopped && folderId == m_folderId && path == m_path)
        return;
    m_folderId = folderId;
    m_path = path;
    m_stopped = false;
    m_backoffMs = 0;
    drop();
    start();
}

void IdleWatcher::stop()
{
    m_stopped = true;
    m_reconnect.stop();
    m_debounce.stop();
    drop();
}

void IdleWatcher::reconnectNow()
{
    if (m_stopped)
        return;
    m_backoffMs = 0;
    drop();
    start();
}

void IdleWatcher::drop()
{
    if (!m_session)
        return;
    imap::Session *session = m_session;
    m_session = nullptr;
    disconnect(session, nullptr, this, nullptr);
    session->abort();
    session->deleteLater();
}

void IdleWatcher::scheduleReconnect()
{
    if (m_stopped)
        return;
    m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : std::min(m_backoffMs * 2, maxBackoffMs);
    m_reconnect.start(m_backoffMs);
}

void IdleWatcher::start()
{
    if (m_stopped || m_session)
        return;
    auto *session = new imap::Session(this);
    m_session = session;
    session->setOptions(m_options);
    session->setTlsPolicy(m_access.tlsPolicy);
    if (m_log)
        session->setProtocolLog(m_log);
    const auto report = [this] {
        if (!m_debounce.isActive())
            m_debounce.start();
    };
    connect(session, &imap::Session::exists, this, report);
    connect(session, &imap::Session::expunged, this, report);
    connect(session, &imap::Session::vanished, this, report);
    connect(session, &imap::Session::messageChanged, this, report);
    connect(session, &imap::Session::connectionLost, this, [this, session, report](const imap::Error &error) {
        if (session != m_session)
            return;
        drop();
        const SyncError failure = SyncError::fromImap(error);
        if (failure.kind == SyncError::Kind::Authentication || failure.kind == SyncError::Kind::Certificate
            || failure.kind == SyncError::Kind::Security) {
            Q_EMIT failed(failure);
            return;
        }
        // Something may have changed while the connection was down.
        report();
        scheduleReconnect();
    });
    imap::Job *job = session->connectToServer(m_access.endpoint, imapCredentials(m_access, m_password));
    connect(job, &imap::Job::finished, this, [this, session, job](imap::Job *) {
        if (session != m_session)
            return;
        if (!job->succeeded()) {
            const SyncError failure = SyncError::fromImap(job->error());
            drop();
            if (failure.isTransient())
                scheduleReconnect();
            else
                Q_EMIT failed(failure);
            return;
        }
        imap::SelectOptions options;
        options.readOnly = true;
        auto *select = session->select(m_path, options);
        connect(select, &imap::Job::finished, this, [this, session, select](imap::Job *) {
            if (session != m_session)
                return;
            if (!select->succeeded()) {
                const SyncError failure = SyncError::fromImap(select->error());
                drop();
                if (failure.isTransient())
                    scheduleReconnect();
                else
                    Q_EMIT failed(failure);
                return;
            }
            onSelected();
        });
    });
}

void IdleWatcher::onSelected()
{
    if (!m_session)
        return;
    // Anything that arrived between the last sync and this SELECT is caught by one sync now.
    if (m_backoffMs != 0)
        Q_EMIT changed(m_folderId);
    m_backoffMs = 0;
    imap::Session *session = m_session;
    imap::Job *idle = session->idle();
    connect(idle, &imap::Job::finished, this, [this, session, idle](imap::Job *) {
        if (session != m_session)
            return;
        // IDLE ends when the server or the session ends it; go on idling while connected.
        if (!idle->succeeded() && SyncError::fromImap(idle->error()).kind != SyncError::Kind::Server) {
            return; // connectionLost handles broken connections
        }
        if (session->state() == imap::Session::State::Selected)
            QMetaObject::invokeMethod(this, &IdleWatcher::onSelected, Qt::QueuedConnection);
    });
}

} // namespace epistle::sync
