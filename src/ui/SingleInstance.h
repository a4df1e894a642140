#pragma once

#include <QLocalServer>
#include <QObject>
#include <QStringList>

namespace epistle::ui {

// One running Epistle per profile. A later start hands its requests (mailto: links, or none, which
// means "show yourself") to the running instance over a local socket and exits; the running one
// emits requestsReceived. QLocalServer keeps this platform-neutral (a Unix socket, or a named pipe
// on Windows).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileRoot, QObject *parent = nullptr);

    // True when a running instance accepted the requests: this process should then exit.
    bool handOff(const QStringList &requests, int timeoutMs = 3000);
    // Start accepting requests of later starts. A socket left by an instance that crashed is replaced.
    bool listen(QString *error = nullptr);

    QString serverName() const { return m_name; }

    // The socket name for a profile: per user and per profile folder.
    static QString serverNameFor(const QString &profileRoot);

Q_SIGNALS:
    void requestsReceived(const QStringList &requests);

private:
    void accept();

    QString m_name;
    QLocalServer m_server;
};

} // namespace epistle::ui
