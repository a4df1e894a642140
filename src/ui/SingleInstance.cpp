#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalSocket>

#include <algorithm>

namespace epistle::ui {

namespace {

// The wire format: one request per line (UTF-8), an empty line ends them; the server answers "OK".
constexpr qsizetype MaximumRequestBytes = 256 * 1024;
const QByteArray Acknowledgement = QByteArrayLiteral("OK\n");

} // namespace

SingleInstance::SingleInstance(const QString &profileRoot, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(profileRoot))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

QString SingleInstance::serverNameFor(const QString &profileRoot)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray key = (user + QLatin1Char('\n') + QDir(profileRoot).absolutePath()).toUtf8();
    return QStringLiteral("epistle-")
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::handOff(const QStringList &requests, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    for (const QString &request : requests)
        message += request.simplified().toUtf8() + '\n';
    message += '\n';
    socket.write(message);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(int(std::max<qint64>(1, timeoutMs - clock.elapsed())))) {
    }
    QByteArray answer;
    while (!answer.contains('\n') && clock.elapsed() < timeoutMs
           && socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - clock.elapsed()))))
        answer += socket.readAll();
    return answer.startsWith(Acknowledgement);
}

bool SingleInstance::listen(QString *error)
{
    if (m_server.listen(m_name))
        return true;
    // Only reached after handOff found nobody answering: whatever holds the name is stale.
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        if (m_server.listen(m_name))
            return true;
    }
    if (error)
        *error = m_server.errorString();
    return false;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
            if (buffered.size() > MaximumRequestBytes) {
                socket->abort();
                return;
            }
            const qsizetype end = buffered.startsWith('\n') ? 0 : buffered.indexOf("\n\n");
            if (end < 0) {
                socket->setProperty("buffered", buffered);
                return;
            }
            QStringList requests;
            for (const QByteArray &line : buffered.left(end).split('\n')) {
                if (!line.isEmpty())
                    requests << QString::fromUtf8(line);
            }
            socket->write(Acknowledgement);
            socket->disconnectFromServer();
            Q_EMIT requestsReceived(requests);
        });
    }
}

} // namespace epistle::ui
