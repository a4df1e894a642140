#pragma once

#include "net/ConnectionError.h"
#include "net/Endpoint.h"
#include "net/LineBuffer.h"
#include "net/TlsPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <memory>

namespace epistle::net {

class ProtocolLog;
class Compressor;

// One connection to a mail server, used by every protocol engine. It owns the socket and the
// receive buffer; the engine reads lines or exact byte counts from it when readyRead() fires and
// writes commands to it. It enforces the security rules: verified TLS (or a certificate the user
// pinned), STARTTLS only on the engine's request, and no unencrypted connection to a
// non-loopback host unless the endpoint says the user chose that.
//
// Signals: connected() once the greeting can be read (after the TLS handshake for implicit
// TLS); encrypted() after startTls() succeeded; readyRead() when new bytes are buffered;
// failed() once, for any error, after which the connection is closed; disconnected() at the
// end, after failed() or after disconnectFromServer().
class Connection : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        int connectMs = 30000; // TCP connect plus TLS handshake
        int readMs = 60000;    // while a reply is awaited (setAwaitingReply)
        int overallMs = 0;     // 0: no limit
    };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setTlsPolicy(const TlsPolicy &policy) { m_policy = policy; }
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }
    void setProtocolLog(ProtocolLog *log) { m_log = log; } // not owned; may be shared
    // Bytes buffered before the socket stops reading (TCP back-pressure), default 8 MiB.
    void setReceiveLimit(qsizetype bytes) { m_receiveLimit = bytes; }

    void connectToServer(const Endpoint &endpoint);
    // Start TLS on the open connection (the engine got the server's go-ahead to STARTTLS).
    void startTls();
    // RFC 4978 COMPRESS=DEFLATE: everything after this call is deflated both ways.
    bool startCompression();
    void disconnectFromServer(); // graceful: flushes what was written, then closes
    void cancel();               // at once; failed(Cancelled) follows

    Endpoint endpoint() const { return m_endpoint; }
    bool isConnected() const;
    bool isEncrypted() const;
    bool isCompressed() const { return m_compressor != nullptr; }
    bool isLoopback() const;
    // A password may be sent: the connection is encrypted, or goes to this machine, or the user
    // explicitly chose an unencrypted connection for this account.
    bool credentialsAllowed() const;
    QSslCertificate peerCertificate() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QString sslProtocolName() const;
    QHostAddress localAddress() const;
    // Written but not yet handed to the operating system (plain and encrypted), for engines that
    // stream large data and keep only a bounded amount in memory; bytesWritten() tells progress.
    qint64 bytesToWrite() const;

    // Reading what arrived.
    std::optional<QByteArray> readLine() { return pump(m_buffer.takeLine()); }
    QByteArray read(qsizetype maxBytes) { return pump(m_buffer.take(maxBytes)); }
    QByteArray readAll() { return pump(m_buffer.takeAll()); }
    qsizetype bytesAvailable() const { return m_buffer.size(); }
    // The server sent more than the line limit without a line end (check when readLine() fails).
    bool lineTooLong() const { return m_buffer.lineTooLong(); }

    // While true, silence longer than the read timeout fails the connection (ReadTimeout).
    // Engines set it when a command is outstanding and clear it while idle (e.g. IMAP IDLE).
    void setAwaitingReply(bool awaiting);

    void write(const QByteArray &data);
    // Like write(), but the protocol log gets logAs (e.g. "a1 LOGIN alice ****") instead.
    void writeSensitive(const QByteArray &data, const QByteArray &logAs);

    // Engines report a reply they cannot use; the connection fails with kind Protocol.
    void failWithProtocolError(const QString &message);

    static bool isLoopbackAddress(const QHostAddress &address);

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void bytesWritten();
    void failed(const epistle::net::ConnectionError &error);
    void disconnected();

private:
    void onTcpConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void onDisconnected();
    void onReadTimeout();
    void finishClosing();
    void fail(ErrorKind kind, const QString &message, std::optional<CertificateInfo> certificate = std::nullopt);
    void fillBuffer();
    void sendRaw(const QByteArray &data, const QByteArray &logAs);
    template<typename T> T pump(T value)
    {
        if (m_paused && m_buffer.size() < m_receiveLimit / 2)
            QMetaObject::invokeMethod(this, &Connection::fillBuffer, Qt::QueuedConnection);
        return value;
    }

    enum class Phase { Idle, Connecting, Handshaking, Open, StartingTls, Closing, Closed };

    QPointer<QSslSocket> m_socket;
    Endpoint m_endpoint;
    TlsPolicy m_policy;
    Timeouts m_timeouts;
    ProtocolLog *m_log = nullptr;
    LineBuffer m_buffer;
    std::unique_ptr<Compressor> m_compressor;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QTimer m_overallTimer;
    Phase m_phase = Phase::Idle;
    qsizetype m_receiveLimit = 8 * 1024 * 1024;
    bool m_paused = false;
    bool m_awaitingReply = false;
    bool m_failed = false;
    bool m_disconnectedEmitted = false;
    QList<QSslError> m_pendingSslErrors;
};

} // namespace epistle::net
