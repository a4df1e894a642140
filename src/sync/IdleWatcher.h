#pragma once

#include "imap/Session.h"
#include "net/ProtocolLog.h"
#include "sync/ServerAccess.h"
#include "sync/SyncError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace epistle::sync {

// Push for one folder: its own connection, the folder selected read-only (EXAMINE) and IDLE
// (NOOP polling when the server has no IDLE). Any change the server reports (new mail,
// expunges, flag changes) becomes changed(); the engine then synchronises the folder. The
// connection is re-made with backoff when it breaks; a wrong password stops it.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(const ServerAccess &access, const QString &password, QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setProtocolLog(net::ProtocolLog *log) { m_log = log; }
    void setSessionOptions(const imap::SessionOptions &options) { m_options = options; }
    // Watches this folder (restarting the connection's selection if it changed).
    void watch(qint64 folderId, const QString &path);
    void stop();
    qint64 folderId() const { return m_folderId; }
    bool isIdling() const { return m_session && m_session->isIdling(); }
    // Reconnect at once (network came back, the machine woke up).
    void reconnectNow();

Q_SIGNALS:
    void changed(qint64 folderId);
    void failed(const epistle::sync::SyncError &error);

private:
    void start();
    void onSelected();
    void scheduleReconnect();
    void drop();

    ServerAccess m_access;
    QString m_password;
    net::ProtocolLog *m_log = nullptr;
    imap::SessionOptions m_options;
    qint64 m_folderId = 0;
    QString m_path;
    QPointer<imap::Session> m_session;
    QTimer m_reconnect;
    QTimer m_debounce;
    int m_backoffMs = 0;
    bool m_stopped = true;
};

} // namespace epistle::sync
