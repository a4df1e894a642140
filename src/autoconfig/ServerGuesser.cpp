#include "autoconfig/ServerGuesser.h"

#include "autoconfig/DnsQueries.h"
#include "autoconfig/DomainRules.h"
#include "net/ServerProbe.h"

namespace epistle::autoconfig {

namespace {

constexpr int maxConcurrentProbes = 6;

net::ServerProbe::Protocol protocolOf(Service service)
{
    switch (service) {
    case Service::Imap:
        return net::ServerProbe::Protocol::Imap;
    case Service::Pop3:
        return net::ServerProbe::Protocol::Pop3;
    case Service::Smtp:
        return net::ServerProbe::Protocol::Smtp;
    }
    return net::ServerProbe::Protocol::Imap;
}

} // namespace

ServerGuesser::ServerGuesser(DnsQueries &dns, QObject *parent)
    : QObject(parent)
    , m_dns(dns)
{
}

void ServerGuesser::start(const QString &emailAddress, const QSet<Service> &services)
{
    m_email = emailAddress;
    m_found.clear();
    m_queue.clear();
    m_running = true;
    const QString domain = DomainRules::domainOf(emailAddress);
    const auto prefixed = [&](std::initializer_list<const char *> prefixes) {
        QStringList hosts;
        for (const char *prefix : prefixes)
            hosts << QLatin1String(prefix) + domain;
        hosts << domain;
        return hosts;
    };
    QList<Candidate> candidates;
    const auto add = [&](Service service, const QStringList &hosts, quint16 tlsPort, quint16 startTlsPort) {
        if (!services.contains(service))
            return;
        for (const QString &host : hosts) {
            candidates << Candidate{service, host, tlsPort, net::Security::ImplicitTls};
            candidates << Candidate{service, host, startTlsPort, net::Security::StartTls};
        }
    };
    add(Service::Imap, prefixed({"imap.", "mail."}), 993, 143);
    add(Service::Pop3, prefixed({"pop3.", "pop.", "mail."}), 995, 110);
    add(Service::Smtp, prefixed({"smtp.", "mail."}), 465, 587);

    QSet<QString> hosts;
    for (const Candidate &candidate : candidates)
        hosts.insert(candidate.host);
    m_pending = int(hosts.size());
    if (m_pending == 0) {
        m_running = false;
        Q_EMIT finished(m_found);
        return;
    }
    for (const QString &host : hosts) {
        m_dns.resolveHost(host, [this, host, candidates](const QList<QHostAddress> &addresses) {
            if (!m_running)
                return;
            if (addresses.isEmpty()) {
                Q_EMIT logMessage(tr("Guess: %1 does not exist.").arg(host));
            } else {
                // Through a chosen DNS server the address is used as is; otherwise the socket
                // resolves the name itself.
                const QString address = m_dns.nameserver().isNull() ? QString() : addresses.first().toString();
                for (const Candidate &candidate : candidates) {
                    if (candidate.host == host) {
                        m_queue << qMakePair(candidate, address);
                        ++m_pending;
                    }
                }
            }
            oneDone();
        });
    }
}

void ServerGuesser::startMoreProbes()
{
    while (m_running && m_probes.size() < maxConcurrentProbes && !m_queue.isEmpty()) {
        const auto [candidate, address] = m_queue.takeFirst();
        probe(candidate, address);
    }
}

void ServerGuesser::probe(const Candidate &candidate, const QString &address)
{
    auto *probe = new net::ServerProbe(this);
    m_probes << probe;
    probe->connection().setTlsPolicy(m_policy);
    probe->connection().setTimeouts({m_probeTimeoutMs, m_probeTimeoutMs, m_probeTimeoutMs * 2});
    net::Endpoint endpoint(candidate.host, m_portMap.value(candidate.standardPort, candidate.standardPort), candidate.security);
    endpoint.address = address;
    Q_EMIT logMessage(tr("Guess: trying %1 on %2 (%3)…")
                          .arg(serviceName(candidate.service).toUpper(), endpoint.displayName(), net::securityName(candidate.security)));
    connect(probe, &net::ServerProbe::finished, this, [this, probe, candidate, endpoint](const net::ServerProbe::Result &result) {
        m_probes.removeOne(probe);
        probe->deleteLater();
        const QString where = endpoint.displayName();
        ServerSetting setting;
        setting.service = candidate.service;
        setting.host = candidate.host;
        setting.port = endpoint.port;
        setting.address = endpoint.address;
        setting.source = Source::Guess;
        setting.userNames = QStringList{m_email, DomainRules::localPartOf(m_email)};
        if (result.ok) {
            setting.security = candidate.security;
            setting.sourceDetail = tr("probe of %1").arg(where);
            m_found << setting;
            Q_EMIT logMessage(tr("Guess: %1 answers on %2 (%3).")
                                  .arg(serviceName(candidate.service).toUpper(), where, net::securityName(candidate.security)));
        } else if (result.error.kind == net::ErrorKind::StartTlsUnavailable && !result.greeting.isEmpty()) {
            setting.security = net::Security::None;
            setting.sourceDetail = tr("probe of %1 (no encryption offered)").arg(where);
            m_found << setting;
            Q_EMIT logMessage(tr("Guess: %1 answers on %2 but offers no encryption.").arg(serviceName(candidate.service).toUpper(), where));
        } else {
            Q_EMIT logMessage(tr("Guess: %1 on %2: %3").arg(serviceName(candidate.service).toUpper(), where, result.error.message));
        }
        oneDone();
    });
    probe->start(protocolOf(candidate.service), endpoint);
}

void ServerGuesser::oneDone()
{
    if (!m_running)
        return;
    --m_pending;
    startMoreProbes();
    if (m_pending == 0) {
        m_running = false;
        Q_EMIT finished(m_found);
    }
}

void ServerGuesser::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    for (net::ServerProbe *probe : std::exchange(m_probes, {})) {
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
}

} // namespace epistle::autoconfig
