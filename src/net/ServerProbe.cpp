#include "net/ServerProbe.h"

#include <QHostInfo>
#include <QUrl>

namespace epistle::net {

namespace {

QByteArray capabilityCommand(ServerProbe::Protocol protocol)
{
    switch (protocol) {
    case ServerProbe::Protocol::Imap:
        return "P1 CAPABILITY\r\n";
    case ServerProbe::Protocol::Pop3:
        return "CAPA\r\n";
    case ServerProbe::Protocol::Smtp:
        return "EHLO " + QUrl::toAce(QHostInfo::localHostName()).left(200) + "\r\n";
    }
    return {};
}

bool offersStartTls(ServerProbe::Protocol protocol, const QStringList &capabilities)
{
    const QString name = protocol == ServerProbe::Protocol::Pop3 ? QStringLiteral("STLS") : QStringLiteral("STARTTLS");
    for (const QString &capability : capabilities) {
        if (capability.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// SMTP replies: "250-text" continues, "250 text" ends.
bool smtpReplyEnds(const QByteArray &line)
{
    return line.size() < 4 || line.at(3) != '-';
}

} // namespace

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
{
    connect(&m_connection, &Connection::readyRead, this, &ServerProbe::onReadyRead);
    connect(&m_connection, &Connection::connected, this, [this] { m_connection.setAwaitingReply(true); });
    connect(&m_connection, &Connection::encrypted, this, [this] {
        m_result.encrypted = true;
        m_step = Step::CapabilitiesAfterTls;
        askCapabilities();
    });
    connect(&m_connection, &Connection::failed, this, [this](const ConnectionError &error) {
        if (m_step == Step::Done)
            return;
        m_result.error = error;
        finish(false);
    });
}

void ServerProbe::start(Protocol protocol, const Endpoint &endpoint)
{
    m_protocol = protocol;
    m_step = Step::Greeting;
    m_result = Result();
    m_collected.clear();
    m_connection.connectToServer(endpoint);
}

void ServerProbe::askCapabilities()
{
    m_collected.clear();
    m_statusSeen = false;
    m_connection.write(capabilityCommand(m_protocol));
}

void ServerProbe::onReadyRead()
{
    while (m_step != Step::Done) {
        const std::optional<QByteArray> line = m_connection.readLine();
        if (!line) {
            if (m_connection.lineTooLong())
                m_connection.failWithProtocolError(tr("The server sent an overlong line."));
            return;
        }
        if (!handleLine(*line))
            return;
    }
}

// Returns false when reading must stop (the step changed to one that waits for something else).
bool ServerProbe::handleLine(const QByteArray &line)
{
    const bool startTlsWanted = m_connection.endpoint().security == Security::StartTls;
    const QString text = QString::fromUtf8(line);
    switch (m_step) {
    case Step::Greeting: {
        if (m_result.greeting.isEmpty())
            m_result.greeting = line;
        bool usable = false;
        bool complete = true;
        switch (m_protocol) {
        case Protocol::Imap:
            usable = line.startsWith("* OK") || line.startsWith("* PREAUTH");
            break;
        case Protocol::Pop3:
            usable = line.startsWith("+OK");
            break;
        case Protocol::Smtp:
            usable = line.startsWith("220");
            complete = smtpReplyEnds(line);
            break;
        }
        if (!usable) {
            m_connection.failWithProtocolError(tr("The server's greeting is not one of this protocol: %1").arg(text.left(200)));
            return false;
        }
        if (!complete)
            return true;
        m_step = startTlsWanted ? Step::CapabilitiesBeforeTls : Step::CapabilitiesAfterTls;
        m_result.encrypted = m_connection.isEncrypted();
        askCapabilities();
        return true;
    }
    case Step::CapabilitiesBeforeTls:
    case Step::CapabilitiesAfterTls: {
        bool done = false;
        bool refused = false;
        switch (m_protocol) {
        case Protocol::Imap:
            if (line.startsWith("* CAPABILITY "))
                m_collected += text.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            else if (line.startsWith("P1 "))
                done = true, refused = !line.startsWith("P1 OK");
            break;
        case Protocol::Pop3:
            if (!m_statusSeen) {
                m_statusSeen = true;
                done = refused = !line.startsWith("+OK");
            } else if (line == ".") {
                done = true;
            } else {
                m_collected << text;
            }
            break;
        case Protocol::Smtp:
            // EHLO: the first 250 line names the server, each further one is a keyword with arguments.
            refused = !line.startsWith("250");
            done = smtpReplyEnds(line);
            if (!refused && m_statusSeen)
                m_collected << text.mid(4);
            m_statusSeen = true;
            break;
        }
        if (!done)
            return true;
        m_result.capabilities = refused ? QStringList() : m_collected;
        if (m_step == Step::CapabilitiesAfterTls) {
            finish(true);
            return false;
        }
        if (!offersStartTls(m_protocol, m_result.capabilities)) {
            m_result.error = {ErrorKind::StartTlsUnavailable,
                              tr("%1 does not offer STARTTLS, which this account requires. Epistle will not continue "
                                 "without encryption.")
                                  .arg(m_connection.endpoint().displayName()),
                              std::nullopt};
            finish(false);
            return false;
        }
        m_step = Step::StartTlsReply;
        m_connection.write(m_protocol == Protocol::Imap   ? QByteArray("P2 STARTTLS\r\n")
                           : m_protocol == Protocol::Pop3 ? QByteArray("STLS\r\n")
                                                          : QByteArray("STARTTLS\r\n"));
        return true;
    }
    case Step::StartTlsReply: {
        const bool ok = m_protocol == Protocol::Imap   ? line.startsWith("P2 OK")
                        : m_protocol == Protocol::Pop3 ? line.startsWith("+OK")
                                                       : line.startsWith("220");
        if (m_protocol == Protocol::Imap && line.startsWith("* "))
            return true; // untagged data before the tagged reply
        if (!ok) {
            m_result.error = {ErrorKind::StartTlsUnavailable,
                              tr("%1 refused to start TLS: %2").arg(m_connection.endpoint().displayName(), text.left(200)),
                              std::nullopt};
            finish(false);
            return false;
        }
        m_step = Step::Tls;
        m_connection.startTls();
        return false;
    }
    case Step::Tls:
    case Step::Done:
        return false;
    }
    return false;
}

void ServerProbe::finish(bool ok)
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_result.ok = ok;
    m_result.certificate = m_connection.peerCertificate();
    m_result.encrypted = m_connection.isEncrypted();
    if (m_connection.isConnected()) {
        m_connection.write(m_protocol == Protocol::Imap ? QByteArray("P9 LOGOUT\r\n") : QByteArray("QUIT\r\n"));
        m_connection.disconnectFromServer();
    }
    Q_EMIT finished(m_result);
}

} // namespace epistle::net
