#include "net/Connection.h"

#include "net/Compressor.h"
#include "net/ProtocolLog.h"

#include <QHostAddress>

namespace epistle::net {

namespace {

constexpr qsizetype readChunk = 256 * 1024;

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<epistle::net::ConnectionError>();
    for (QTimer *timer : {&m_connectTimer, &m_readTimer, &m_overallTimer})
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::ConnectTimeout,
             tr("No connection to %1 within %2 seconds.").arg(m_endpoint.displayName()).arg(m_timeouts.connectMs / 1000.0));
    });
    connect(&m_readTimer, &QTimer::timeout, this, &Connection::onReadTimeout);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        fail(ErrorKind::OverallTimeout, tr("The connection to %1 took too long.").arg(m_endpoint.displayName()));
    });
}

Connection::~Connection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool Connection::isLoopbackAddress(const QHostAddress &address)
{
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    return address.isLoopback() || (mapped && v4.isLoopback());
}

void Connection::connectToServer(const Endpoint &endpoint)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_endpoint = endpoint;
    m_buffer.clear();
    m_compressor.reset();
    m_failed = false;
    m_disconnectedEmitted = false;
    m_paused = false;
    m_pendingSslErrors.clear();

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_policy.configuration());
    m_socket->setPeerVerifyName(endpoint.host);
    // Bounded socket buffer: when the engine stops consuming, TCP flow control slows the server.
    m_socket->setReadBufferSize(qMin<qsizetype>(m_receiveLimit, 1024 * 1024));
    connect(m_socket, &QSslSocket::connected, this, &Connection::onTcpConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::fillBuffer);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::bytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::bytesWritten);

    if (m_log)
        m_log->record(ProtocolLog::Direction::Info,
                      QStringLiteral("connecting to %1 (%2)").arg(endpoint.displayName(), securityName(endpoint.security)).toUtf8());
    m_phase = Phase::Connecting;
    m_connectTimer.start(m_timeouts.connectMs);
    if (m_timeouts.overallMs > 0)
        m_overallTimer.start(m_timeouts.overallMs);
    const QString target = endpoint.address.isEmpty() ? endpoint.host : endpoint.address;
    if (endpoint.security == Security::ImplicitTls)
        m_socket->connectToHostEncrypted(target, endpoint.port, endpoint.host);
    else
        m_socket->connectToHost(target, endpoint.port);
}

void Connection::onTcpConnected()
{
    if (m_endpoint.security == Security::ImplicitTls) {
        m_phase = Phase::Handshaking;
        return; // connected() follows the handshake
    }
    if (m_endpoint.security == Security::None && !m_endpoint.allowInsecure && !isLoopback()) {
        fail(ErrorKind::InsecureRefused,
             tr("%1 is not on this computer; Epistle does not connect to it without encryption unless you "
                "choose that explicitly in the account settings.")
                 .arg(m_endpoint.host));
        return;
    }
    m_connectTimer.stop();
    m_phase = Phase::Open;
    Q_EMIT connected();
}

void Connection::onEncrypted()
{
    m_connectTimer.stop();
    if (m_log)
        m_log->record(ProtocolLog::Direction::Info,
                      QStringLiteral("TLS established (%1), certificate %2")
                          .arg(sslProtocolName(), QString::fromLatin1(TlsPolicy::fingerprint(peerCertificate())))
                          .toUtf8());
    const Phase previous = m_phase;
    m_phase = Phase::Open;
    if (previous == Phase::StartingTls)
        Q_EMIT encrypted();
    else
        Q_EMIT connected();
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    if (m_policy.isPinned(m_socket->peerCertificate())) {
        if (m_log)
            m_log->record(ProtocolLog::Direction::Info, "certificate accepted: its fingerprint is pinned for this account");
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // Not ignored: the handshake fails and onSocketError reports it with these details.
    m_pendingSslErrors = errors;
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_failed)
        return;
    if (m_phase == Phase::Closing && error == QAbstractSocket::RemoteHostClosedError)
        return; // the orderly end of disconnectFromServer()
    const QString where = m_endpoint.displayName();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(ErrorKind::HostNotFound, tr("The server %1 was not found.").arg(m_endpoint.host));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(ErrorKind::ConnectionRefused, tr("%1 refused the connection.").arg(where));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(ErrorKind::Closed, tr("%1 closed the connection.").arg(where));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_pendingSslErrors.isEmpty()) {
            CertificateInfo info = CertificateInfo::from(m_endpoint.host, m_socket->peerCertificateChain(), m_pendingSslErrors);
            fail(ErrorKind::CertificateRejected,
                 tr("The certificate of %1 cannot be trusted: %2").arg(where, info.errors.join(QStringLiteral("; "))),
                 info);
        } else {
            fail(ErrorKind::TlsFailed, tr("The secure connection to %1 failed: %2").arg(where, m_socket->errorString()));
        }
        break;
    default:
        fail(ErrorKind::Network, tr("Network error with %1: %2").arg(where, m_socket->errorString()));
        break;
    }
}

void Connection::fillBuffer()
{
    if (!m_socket)
        return;
    bool received = false;
    while (m_socket->bytesAvailable() > 0 && m_buffer.size() < m_receiveLimit) {
        const QByteArray raw = m_socket->read(qMin<qint64>(readChunk, m_socket->bytesAvailable()));
        if (raw.isEmpty())
            break;
        QByteArray data;
        if (m_compressor) {
            if (!m_compressor->decompress(raw, &data)) {
                fail(ErrorKind::Protocol, tr("%1 sent corrupt compressed data.").arg(m_endpoint.displayName()));
                return;
            }
        } else {
            data = raw;
        }
        if (m_log && !data.isEmpty())
            m_log->record(ProtocolLog::Direction::Received, data);
        m_buffer.append(data);
        received = true;
    }
    m_paused = m_socket->bytesAvailable() > 0;
    if (!received)
        return;
    if (m_awaitingReply)
        m_readTimer.start(m_timeouts.readMs);
    Q_EMIT readyRead();
}

void Connection::startTls()
{
    if (!m_socket || m_phase != Phase::Open || m_socket->isEncrypted())
        return;
    // Bytes after the server's go-ahead but before the handshake were injected by someone on the
    // path (the STARTTLS command injection attack): they must never be read as protected data.
    fillBuffer();
    if (!m_buffer.isEmpty()) {
        fail(ErrorKind::Protocol,
             tr("%1 sent data before the secure connection was established; the connection was closed for safety.")
                 .arg(m_endpoint.displayName()));
        return;
    }
    m_phase = Phase::StartingTls;
    m_connectTimer.start(m_timeouts.connectMs);
    m_socket->startClientEncryption();
}

bool Connection::startCompression()
{
    if (m_compressor || !isConnected())
        return false;
    auto compressor = std::make_unique<Compressor>();
    if (!compressor->isValid())
        return false;
    // What was buffered after the server's OK is already compressed.
    const QByteArray pending = m_buffer.takeAll();
    m_compressor = std::move(compressor);
    if (m_log)
        m_log->record(ProtocolLog::Direction::Info, "compression (DEFLATE) started");
    if (!pending.isEmpty()) {
        QByteArray data;
        if (!m_compressor->decompress(pending, &data)) {
            fail(ErrorKind::Protocol, tr("%1 sent corrupt compressed data.").arg(m_endpoint.displayName()));
            return false;
        }
        m_buffer.append(data);
        if (!data.isEmpty())
            QMetaObject::invokeMethod(this, &Connection::readyRead, Qt::QueuedConnection);
    }
    return true;
}

void Connection::disconnectFromServer()
{
    if (!m_socket || m_phase == Phase::Closed || m_phase == Phase::Closing)
        return;
    m_phase = Phase::Closing;
    m_readTimer.stop();
    m_connectTimer.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finishClosing();
    else
        QTimer::singleShot(5000, this, [this] {
            if (m_phase == Phase::Closing && m_socket)
                m_socket->abort();
        });
}

void Connection::cancel()
{
    fail(ErrorKind::Cancelled, tr("Cancelled."));
}

void Connection::failWithProtocolError(const QString &message)
{
    fail(ErrorKind::Protocol, message);
}

bool Connection::isConnected() const
{
    return m_socket && m_phase == Phase::Open;
}

bool Connection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

bool Connection::isLoopback() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState && isLoopbackAddress(m_socket->peerAddress());
}

bool Connection::credentialsAllowed() const
{
    return isConnected() && (isEncrypted() || isLoopback() || m_endpoint.allowInsecure);
}

QSslCertificate Connection::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

QList<QSslCertificate> Connection::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

QString Connection::sslProtocolName() const
{
    if (!m_socket || !m_socket->isEncrypted())
        return {};
    switch (m_socket->sessionProtocol()) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

QHostAddress Connection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

qint64 Connection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void Connection::setAwaitingReply(bool awaiting)
{
    m_awaitingReply = awaiting;
    if (awaiting)
        m_readTimer.start(m_timeouts.readMs);
    else
        m_readTimer.stop();
}

void Connection::write(const QByteArray &data)
{
    sendRaw(data, data);
}

void Connection::writeSensitive(const QByteArray &data, const QByteArray &logAs)
{
    // The last line of defence of "no password in clear": whatever an engine does, a secret is
    // not written to an unencrypted connection the user did not choose.
    if (!credentialsAllowed()) {
        fail(ErrorKind::InsecureRefused,
             tr("Epistle did not send your password to %1 because the connection is not encrypted.")
                 .arg(m_endpoint.displayName()));
        return;
    }
    sendRaw(data, logAs);
}

void Connection::sendRaw(const QByteArray &data, const QByteArray &logAs)
{
    if (!isConnected())
        return;
    if (m_log)
        m_log->record(ProtocolLog::Direction::Sent, logAs);
    m_socket->write(m_compressor ? m_compressor->compress(data) : data);
}

void Connection::onReadTimeout()
{
    fail(ErrorKind::ReadTimeout,
         tr("%1 did not answer within %2 seconds.").arg(m_endpoint.displayName()).arg(m_timeouts.readMs / 1000.0));
}

void Connection::onDisconnected()
{
    if (m_phase == Phase::Closing) {
        finishClosing();
        return;
    }
    if (!m_failed) {
        // Bytes that arrived with the close are still delivered before the failure.
        fillBuffer();
        fail(ErrorKind::Closed, tr("%1 closed the connection.").arg(m_endpoint.displayName()));
    }
}

void Connection::finishClosing()
{
    m_phase = Phase::Closed;
    m_readTimer.stop();
    m_overallTimer.stop();
    if (m_log)
        m_log->record(ProtocolLog::Direction::Info, "disconnected");
    if (!m_disconnectedEmitted) {
        m_disconnectedEmitted = true;
        Q_EMIT disconnected();
    }
}

void Connection::fail(ErrorKind kind, const QString &message, std::optional<CertificateInfo> certificate)
{
    if (m_failed || m_phase == Phase::Closed)
        return;
    m_failed = true;
    m_phase = Phase::Closed;
    m_connectTimer.stop();
    m_readTimer.stop();
    m_overallTimer.stop();
    if (m_log)
        m_log->record(ProtocolLog::Direction::Info, "error: " + message.toUtf8());
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT failed(ConnectionError{kind, message, std::move(certificate)});
    if (!m_disconnectedEmitted) {
        m_disconnectedEmitted = true;
        Q_EMIT disconnected();
    }
}

} // namespace epistle::net
