#pragma once

#include "net/Connection.h"

#include <QObject>
#include <QStringList>

namespace epistle::net {

// Connects to a mail server, reads its greeting and capabilities, and for STARTTLS upgrades the
// connection first (refusing a server that does not offer it). Used to check a server before an
// account is saved and by the account wizard's guessing. Sends no credentials.
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    enum class Protocol { Imap, Pop3, Smtp };

    struct Result
    {
        bool ok = false;
        ConnectionError error;
        QByteArray greeting;       // the server's first line
        QStringList capabilities;  // after TLS where TLS was used; IMAP atoms, POP3 CAPA / SMTP EHLO lines
        bool encrypted = false;
        QSslCertificate certificate;
    };

    explicit ServerProbe(QObject *parent = nullptr);

    Connection &connection() { return m_connection; }
    void start(Protocol protocol, const Endpoint &endpoint);
    void cancel() { m_connection.cancel(); }
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished(const epistle::net::ServerProbe::Result &result);

private:
    enum class Step { Greeting, CapabilitiesBeforeTls, StartTlsReply, Tls, CapabilitiesAfterTls, Done };

    void onReadyRead();
    bool handleLine(const QByteArray &line);
    void askCapabilities();
    void finish(bool ok);

    Connection m_connection;
    Protocol m_protocol = Protocol::Imap;
    Step m_step = Step::Greeting;
    Result m_result;
    QStringList m_collected;
    bool m_statusSeen = false; // the first line of a POP3 CAPA or SMTP EHLO reply was read
};

} // namespace epistle::net
