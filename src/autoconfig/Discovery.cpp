#include "autoconfig/Discovery.h"

#include "autoconfig/AutoconfigFetcher.h"
#include "autoconfig/AutoconfigXml.h"
#include "autoconfig/DnsQueries.h"
#include "autoconfig/DomainRules.h"
#include "autoconfig/ServerGuesser.h"

#include <QUrl>

namespace epistle::autoconfig {

namespace {

struct SrvService
{
    const char *label;
    Service service;
    net::Security security;
};

constexpr SrvService srvServices[] = {
    {"_imaps._tcp.", Service::Imap, net::Security::ImplicitTls},
    {"_imap._tcp.", Service::Imap, net::Security::StartTls},
    {"_pop3s._tcp.", Service::Pop3, net::Security::ImplicitTls},
    {"_pop3._tcp.", Service::Pop3, net::Security::StartTls},
    {"_submissions._tcp.", Service::Smtp, net::Security::ImplicitTls},
    {"_submission._tcp.", Service::Smtp, net::Security::StartTls},
};

} // namespace

QStringList DiscoveryOptions::defaultAutoconfigUrls()
{
    return {QStringLiteral("https://autoconfig.%EMAILDOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAILADDRESS%"),
            QStringLiteral("https://%EMAILDOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml")};
}

Discovery::Discovery(QObject *parent)
    : QObject(parent)
    , m_dns(new DnsQueries(this))
    , m_fetcher(new AutoconfigFetcher(this))
    , m_guesser(new ServerGuesser(*m_dns, this))
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &Discovery::onStepTimeout);
    connect(m_guesser, &ServerGuesser::logMessage, this, &Discovery::logMessage);
    connect(m_guesser, &ServerGuesser::finished, this, [this](const QList<ServerSetting> &found) {
        m_guessing = false;
        for (const ServerSetting &setting : found)
            addFound(setting);
        resolveAndFinish();
    });
}

Discovery::~Discovery() = default;

bool Discovery::start(const QString &emailAddress)
{
    cancel();
    m_email = emailAddress.trimmed();
    m_domain = DomainRules::domainOf(m_email);
    if (m_domain.isEmpty() || DomainRules::localPartOf(m_email).isEmpty())
        return false;
    m_results.clear();
    m_notOffered.clear();
    m_running = true;
    m_pendingSteps = 0;
    m_dns->setNameserver(m_options.dnsServer);
    m_fetcher->setTlsPolicy(m_options.tlsPolicy);
    m_fetcher->setTimeout(m_options.stepTimeoutMs);
    m_guesser->setTlsPolicy(m_options.tlsPolicy);
    m_guesser->setPortMap(m_options.guessPortMap);
    m_guesser->setProbeTimeout(m_options.probeTimeoutMs);
    Q_EMIT logMessage(tr("Looking for the mail servers of %1…").arg(m_domain));

    stepStarted(); // held until every parallel step has been started
    if (m_options.useSrv)
        lookupSrv(m_domain, Source::Srv);
    if (m_options.useAutoconfig)
        fetchAutoconfig(m_domain, Source::Autoconfig);
    if (m_options.useMx)
        lookupMx();
    m_stepTimer.start(m_options.stepTimeoutMs);
    stepDone();
    return true;
}

void Discovery::lookupSrv(const QString &domain, Source source)
{
    for (const SrvService &srv : srvServices) {
        const QString name = QLatin1String(srv.label) + domain;
        stepStarted();
        m_dns->lookupSrv(name, [this, name, srv, source, domain](bool ok, const QString &error, const QList<DnsQueries::SrvRecord> &records) {
            if (!ok) {
                Q_EMIT logMessage(tr("SRV %1: %2").arg(name, error));
            } else if (records.isEmpty()) {
                Q_EMIT logMessage(tr("SRV %1: none").arg(name));
            } else {
                for (const DnsQueries::SrvRecord &record : records) {
                    if (record.target.isEmpty()) {
                        // RFC 2782 / RFC 6186: "." means the service is decidedly not offered.
                        Q_EMIT logMessage(tr("SRV %1: not offered (\".\")").arg(name));
                        if (source == Source::Srv)
                            m_notOffered.insert(srv.service);
                        continue;
                    }
                    Q_EMIT logMessage(tr("SRV %1: %2:%3 (priority %4, weight %5)")
                                          .arg(name, record.target)
                                          .arg(record.port)
                                          .arg(record.priority)
                                          .arg(record.weight));
                    ServerSetting setting;
                    setting.service = srv.service;
                    setting.host = record.target;
                    setting.port = record.port;
                    setting.security = srv.security;
                    setting.source = source;
                    setting.sourceDetail = name;
                    setting.srvPriority = record.priority;
                    setting.srvWeight = record.weight;
                    setting.userNames = QStringList{m_email, DomainRules::localPartOf(m_email)};
                    if (source == Source::Mx || !DomainRules::isWithin(record.target, domain)) {
                        setting.needsConfirmation = true;
                        setting.confirmationDomain = DomainRules::baseDomain(record.target);
                    }
                    addFound(setting);
                }
            }
            stepDone();
        });
    }
}

void Discovery::fetchAutoconfig(const QString &domain, Source viaMx)
{
    QStringList urls;
    for (const QString &pattern : m_options.autoconfigUrls) {
        // The domain in the URL is the one being asked (the MX-derived one in that step), while
        // the placeholders in the document stand for the user's address.
        QString url = pattern;
        url.replace(QLatin1String("%EMAILDOMAIN%"), domain);
        url.replace(QLatin1String("%EMAILADDRESS%"), QString::fromLatin1(QUrl::toPercentEncoding(m_email)));
        urls << url;
        if (m_options.allowInsecureHttp && url.startsWith(QLatin1String("https://")))
            urls << QStringLiteral("http://") + url.mid(8);
    }
    for (const QString &url : urls) {
        const bool insecure = url.startsWith(QLatin1String("http://"));
        stepStarted();
        m_fetcher->fetch(QUrl(url), [this, url, insecure, viaMx](bool ok, const QByteArray &body, const QString &error) {
            if (!ok) {
                Q_EMIT logMessage(tr("Autoconfig %1: %2").arg(url, error));
                stepDone();
                return;
            }
            const Source source = insecure ? Source::AutoconfigInsecure : viaMx;
            const AutoconfigXml::Result parsed = AutoconfigXml::parse(body, m_email, source, url);
            if (!parsed.ok) {
                Q_EMIT logMessage(tr("Autoconfig %1: %2").arg(url, parsed.error));
            } else {
                Q_EMIT logMessage(tr("Autoconfig %1: %n server(s) found", nullptr, int(parsed.settings.size())).arg(url));
                for (const QString &warning : parsed.warnings)
                    Q_EMIT logMessage(tr("Autoconfig %1: %2").arg(url, warning));
                for (ServerSetting setting : parsed.settings) {
                    if (viaMx == Source::Mx) {
                        setting.needsConfirmation = true;
                        setting.confirmationDomain = DomainRules::baseDomain(setting.host);
                    }
                    addFound(setting);
                }
            }
            stepDone();
        });
    }
}

void Discovery::lookupMx()
{
    stepStarted();
    m_dns->lookupMx(m_domain, [this](bool ok, const QString &error, QList<DnsQueries::MxRecord> records) {
        if (!ok || records.isEmpty()) {
            Q_EMIT logMessage(ok ? tr("MX %1: none").arg(m_domain) : tr("MX %1: %2").arg(m_domain, error));
            stepDone();
            return;
        }
        std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) { return a.preference < b.preference; });
        const QString base = DomainRules::baseDomain(records.first().exchange);
        Q_EMIT logMessage(tr("MX %1: %2 (domain %3)").arg(m_domain, records.first().exchange, base));
        if (!base.isEmpty() && !DomainRules::isWithin(base, m_domain)) {
            if (m_options.useSrv)
                lookupSrv(base, Source::Mx);
            if (m_options.useAutoconfig)
                fetchAutoconfig(base, Source::Mx);
        }
        stepDone();
    });
}

void Discovery::stepDone()
{
    if (!m_running || m_guessing || m_resolving)
        return;
    if (--m_pendingSteps == 0) {
        m_stepTimer.stop();
        guessOrFinish();
    }
}

void Discovery::onStepTimeout()
{
    if (!m_running || m_guessing || m_resolving)
        return;
    Q_EMIT logMessage(tr("Some look-ups did not answer in time; going on with what was found."));
    m_dns->abortAll();
    m_fetcher->abortAll();
    m_pendingSteps = 0;
    guessOrFinish();
}

void Discovery::guessOrFinish()
{
    QSet<Service> missing;
    const bool haveIncoming = std::any_of(m_results.begin(), m_results.end(), [](const ServerSetting &s) { return s.isIncoming(); });
    const bool haveOutgoing = std::any_of(m_results.begin(), m_results.end(), [](const ServerSetting &s) { return !s.isIncoming(); });
    if (!haveIncoming) {
        for (Service service : {Service::Imap, Service::Pop3}) {
            if (!m_notOffered.contains(service))
                missing.insert(service);
        }
    }
    if (!haveOutgoing && !m_notOffered.contains(Service::Smtp))
        missing.insert(Service::Smtp);
    if (!m_options.useGuess || missing.isEmpty()) {
        resolveAndFinish();
        return;
    }
    m_guessing = true;
    Q_EMIT logMessage(tr("Guessing from the usual server names…"));
    m_guesser->start(m_email, missing);
}

void Discovery::resolveAndFinish()
{
    rank(m_results);
    // Through a chosen DNS server, the hosts found must be resolved by it too, for the
    // verification and the account to connect where discovery looked.
    if (m_options.dnsServer.isNull()) {
        finish(false);
        return;
    }
    QSet<QString> hosts;
    for (const ServerSetting &setting : std::as_const(m_results)) {
        if (setting.address.isEmpty())
            hosts.insert(setting.host.toLower());
    }
    if (hosts.isEmpty()) {
        finish(false);
        return;
    }
    m_resolving = true;
    auto pending = std::make_shared<int>(int(hosts.size()));
    for (const QString &host : hosts) {
        m_dns->resolveHost(host, [this, host, pending](const QList<QHostAddress> &addresses) {
            for (ServerSetting &setting : m_results) {
                if (setting.host.toLower() == host && !addresses.isEmpty())
                    setting.address = addresses.first().toString();
            }
            if (addresses.isEmpty())
                Q_EMIT logMessage(tr("%1 has no address.").arg(host));
            if (--*pending == 0) {
                m_resolving = false;
                finish(false);
            }
        });
    }
}

void Discovery::addFound(ServerSetting setting)
{
    for (const ServerSetting &existing : std::as_const(m_results)) {
        if (existing.sameServer(setting) && existing.source == setting.source)
            return;
    }
    m_results << setting;
}

void Discovery::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_stepTimer.stop();
    // The same server found by several methods is listed once, under its best source.
    rank(m_results);
    QList<ServerSetting> unique;
    for (const ServerSetting &setting : std::as_const(m_results)) {
        if (std::none_of(unique.begin(), unique.end(), [&](const ServerSetting &u) { return u.sameServer(setting); }))
            unique << setting;
    }
    m_results = unique;
    if (!cancelled) {
        if (m_results.isEmpty())
            Q_EMIT logMessage(tr("No mail server was found for %1. Enter the settings by hand.").arg(m_domain));
        else
            Q_EMIT logMessage(tr("Discovery finished: %n server setting(s).", nullptr, int(m_results.size())));
    }
    Q_EMIT finished(m_results, cancelled);
}

void Discovery::cancel()
{
    if (!m_running)
        return;
    m_dns->abortAll();
    m_fetcher->abortAll();
    m_guesser->cancel();
    m_guessing = false;
    m_resolving = false;
    Q_EMIT logMessage(tr("Discovery cancelled."));
    finish(true);
}

} // namespace epistle::autoconfig
