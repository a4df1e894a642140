#pragma once

#include "imap/Session.h"
#include "net/ProtocolLog.h"
#include "sync/ServerAccess.h"
#include "sync/SyncError.h"

#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>

namespace epistle::sync {

// One IMAP connection of an account and the work queued for it, run one job at a time (a job
// may pipeline many commands, but owns the selected mailbox while it runs). Connects when the
// first job arrives; after a connection failure every queued job fails with the error and the
// next job connects again. The password is asked for through passwordProvider when missing.
class SessionRunner : public QObject
{
    Q_OBJECT

public:
    using JobDone = std::function<void(const SyncError &)>;
    // A job gets the connected session and must call done exactly once.
    using Job = std::function<void(imap::Session &session, JobDone done)>;
    // Called when a job could not even start (no connection): the job's own error path.
    using JobFailed = std::function<void(const SyncError &)>;

    SessionRunner(const QString &name, QObject *parent = nullptr);
    ~SessionRunner() override;

    void setAccess(const ServerAccess &access) { m_access = access; }
    void setPassword(const QString &password) { m_password = password; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    void setProtocolLog(net::ProtocolLog *log) { m_log = log; }
    void setSessionOptions(const imap::SessionOptions &options) { m_options = options; }

    void enqueue(Job job, JobFailed failed, bool urgent = false);
    bool isBusy() const { return m_running || !m_queue.empty(); }
    imap::Session *session() const { return m_session; }

    // Drops the connection; queued jobs fail with Cancelled.
    void disconnect();

Q_SIGNALS:
    // The connection could not be made or broke; queued jobs have already failed with it.
    void failed(const epistle::sync::SyncError &error);
    void connected();

private:
    struct Entry
    {
        Job job;
        JobFailed failed;
    };
    void pump();
    void connectSession();
    void failQueued(const SyncError &error);
    void dropSession();

    QString m_name;
    ServerAccess m_access;
    QString m_password;
    net::ProtocolLog *m_log = nullptr;
    imap::SessionOptions m_options;
    QPointer<imap::Session> m_session;
    std::deque<Entry> m_queue;
    bool m_running = false;
    bool m_connecting = false;
};

// The IMAP credentials for a stored auth method name.
imap::Credentials imapCredentials(const ServerAccess &access, const QString &password);

} // namespace epistle::sync
