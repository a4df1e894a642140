#include "HttpsFileServer.h"

#include "support/TestCertificates.h"

#include <QSslSocket>
#include <QUrl>

HttpsFileServer::HttpsFileServer(QObject *parent)
    : QSslServer(parent)
{
    const auto &certificates = epistle::test::TestCertificates::instance();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.serverCertificate());
    configuration.setPrivateKey(certificates.serverKey());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    setSslConfiguration(configuration);
    connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto *ssl = qobject_cast<QSslSocket *>(socket);
            connect(ssl, &QSslSocket::readyRead, this, [this, ssl] { handle(ssl); });
        }
    });
}

bool HttpsFileServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void HttpsFileServer::handle(QSslSocket *socket)
{
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> request = socket->readLine().trimmed().split(' ');
    const QString path = QUrl(QString::fromLatin1(request.value(1))).path();
    m_requested << path;
    const auto file = m_files.constFind(path);
    const QByteArray body = file == m_files.cend() ? QByteArray("not found") : *file;
    const QByteArray status = file == m_files.cend() ? "404 Not Found" : "200 OK";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
