#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <list>

namespace epistle::test {

// A loopback TCP forwarder to a real server, for tests that need the server to "stop" and
// "start" again or the connection to break, without touching the shared sandbox servers. Bytes
// are forwarded unchanged both ways (TLS passes through, so certificates still match the
// server's names: connect with the host "localhost" and the address 127.0.0.1).
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    TcpRelay(QHostAddress target, quint16 targetPort, QObject *parent = nullptr);
    ~TcpRelay() override;

    bool listen(); // on 127.0.0.1, any free port
    quint16 port() const { return m_port; }
    // false: new connections are refused (the port stops listening, as a stopped server's
    // would); open ones carry on. true: the same port listens again.
    void setAccepting(bool accepting);
    bool isAccepting() const { return m_accepting; }
    // Cuts every open connection at once, on both sides.
    void dropAll();
    int connectionCount() const { return int(m_links.size()); }
    // Connections accepted and forwarded since the start (refused ones not counted).
    int totalConnections() const { return m_total; }
    // Bytes passed from the server to clients since the start.
    qint64 bytesToClients() const { return m_bytesToClients; }

Q_SIGNALS:
    void connectionAccepted();

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray pendingToServer; // client bytes before the server side connected
        bool serverConnected = false;
    };

    void onNewConnection();
    void close(Link *link, bool graceful);

    QHostAddress m_target;
    quint16 m_targetPort;
    QTcpServer m_server;
    std::list<Link> m_links;
    bool m_accepting = true;
    quint16 m_port = 0;
    int m_total = 0;
    qint64 m_bytesToClients = 0;
};

} // namespace epistle::test
