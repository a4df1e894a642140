#include "support/TcpRelay.h"

namespace epistle::test {

TcpRelay::TcpRelay(QHostAddress target, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    m_server.close();
    dropAll();
}

bool TcpRelay::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void TcpRelay::setAccepting(bool accepting)
{
    if (accepting == m_accepting)
        return;
    m_accepting = accepting;
    if (!accepting) {
        m_server.close();
    } else if (m_port && !listen()) {
        qWarning("TcpRelay: cannot listen on port %u again: %s", unsigned(m_port), qPrintable(m_server.errorString()));
    }
}

void TcpRelay::dropAll()
{
    while (!m_links.empty())
        close(&m_links.front(), false);
}

// Forgets the link first: closing a socket may emit signals synchronously.
void TcpRelay::close(Link *link, bool graceful)
{
    QTcpSocket *client = link->client;
    QTcpSocket *server = link->server;
    const bool serverConnected = link->serverConnected;
    m_links.remove_if([link](const Link &l) { return &l == link; });
    for (QTcpSocket *socket : {client, server}) {
        if (socket)
            socket->disconnect(this);
    }
    if (graceful) {
        // Pass on what one side sent before it closed, then close the other side once written.
        if (client && server && serverConnected) {
            if (client->bytesAvailable())
                server->write(client->readAll());
            if (server->bytesAvailable()) {
                const QByteArray data = server->readAll();
                m_bytesToClients += data.size();
                client->write(data);
            }
        }
        for (QTcpSocket *socket : {client, server}) {
            if (!socket)
                continue;
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
        }
        return;
    }
    for (QTcpSocket *socket : {client, server}) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (!m_accepting) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_total;
        m_links.emplace_back();
        Link *link = &m_links.back();
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setParent(this);
        QTcpSocket *server = link->server;

        connect(server, &QTcpSocket::connected, this, [link] {
            link->serverConnected = true;
            if (!link->pendingToServer.isEmpty()) {
                link->server->write(link->pendingToServer);
                link->pendingToServer.clear();
            }
        });
        connect(client, &QTcpSocket::readyRead, this, [link] {
            const QByteArray data = link->client->readAll();
            if (link->serverConnected)
                link->server->write(data);
            else
                link->pendingToServer += data;
        });
        connect(server, &QTcpSocket::readyRead, this, [this, link] {
            const QByteArray data = link->server->readAll();
            m_bytesToClients += data.size();
            link->client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { close(link, true); });
        connect(server, &QTcpSocket::disconnected, this, [this, link] { close(link, true); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, link](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                close(link, false);
        });
        server->connectToHost(m_target, m_targetPort);
        Q_EMIT connectionAccepted();
    }
}

} // namespace epistle::test
