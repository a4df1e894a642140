#pragma once

#include "autoconfig/ServerSetting.h"
#include "net/TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace epistle::net {
class ServerProbe;
}

namespace epistle::autoconfig {

class DnsQueries;

// The last resort: the usual host names (imap., pop3., pop., mail., smtp., the domain itself) on
// the standard ports, each probed for real (TLS handshake verified for that name, greeting, and
// STARTTLS where that is the port's way). Implicit TLS ranks over STARTTLS over nothing.
class ServerGuesser : public QObject
{
    Q_OBJECT

public:
    ServerGuesser(DnsQueries &dns, QObject *parent = nullptr);

    void setTlsPolicy(const net::TlsPolicy &policy) { m_policy = policy; }
    // Tests run servers on other ports: standard port -> port actually probed.
    void setPortMap(const QHash<quint16, quint16> &map) { m_portMap = map; }
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }

    void start(const QString &emailAddress, const QSet<Service> &services);
    void cancel();

Q_SIGNALS:
    void logMessage(const QString &message);
    void finished(const QList<epistle::autoconfig::ServerSetting> &found);

private:
    struct Candidate
    {
        Service service;
        QString host;
        quint16 standardPort;
        net::Security security;
    };

    void probe(const Candidate &candidate, const QString &address);
    void startMoreProbes();
    void oneDone();

    DnsQueries &m_dns;
    net::TlsPolicy m_policy;
    QHash<quint16, quint16> m_portMap;
    int m_probeTimeoutMs = 8000;
    QString m_email;
    QList<QPair<Candidate, QString>> m_queue; // candidate and resolved address
    QList<net::ServerProbe *> m_probes;
    QList<ServerSetting> m_found;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace epistle::autoconfig
