#pragma once

#include "autoconfig/ServerSetting.h"
#include "net/TlsPolicy.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace epistle::autoconfig {

class AutoconfigFetcher;
class DnsQueries;
class ServerGuesser;

struct DiscoveryOptions
{
    QHostAddress dnsServer; // null: the system's resolver
    QStringList autoconfigUrls = defaultAutoconfigUrls();
    bool allowInsecureHttp = false; // also try the http:// variants (only with the user's consent)
    bool useSrv = true;
    bool useAutoconfig = true;
    bool useMx = true;
    bool useGuess = true;
    QHash<quint16, quint16> guessPortMap; // tests: standard port -> port really probed
    net::TlsPolicy tlsPolicy;
    int stepTimeoutMs = 15000;
    int probeTimeoutMs = 8000;

    static QStringList defaultAutoconfigUrls();
};

// Finds the servers for an email address: DNS SRV (RFC 6186, RFC 8314), the autoconfig XML files,
// the MX host's domain, and, if that leaves a service without a server, guessing with real probes.
// The first three run in parallel; everything found is ranked at the end. Each step's progress is
// told through logMessage() so the wizard can show its work. Sends no password.
class Discovery : public QObject
{
    Q_OBJECT

public:
    explicit Discovery(QObject *parent = nullptr);
    ~Discovery() override;

    void setOptions(const DiscoveryOptions &options) { m_options = options; }
    const DiscoveryOptions &options() const { return m_options; }

    // False (and nothing started) when the address has no usable domain.
    bool start(const QString &emailAddress);
    void cancel();
    bool isRunning() const { return m_running; }
    QList<ServerSetting> results() const { return m_results; }
    // Services whose SRV record says "." (not offered): the provider says there is none.
    QSet<Service> notOffered() const { return m_notOffered; }

Q_SIGNALS:
    void logMessage(const QString &message);
    void finished(const QList<epistle::autoconfig::ServerSetting> &results, bool cancelled);

private:
    void lookupSrv(const QString &domain, Source source);
    void fetchAutoconfig(const QString &domain, Source viaMx);
    void lookupMx();
    void stepStarted() { ++m_pendingSteps; }
    void stepDone();
    void onStepTimeout();
    void guessOrFinish();
    void resolveAndFinish();
    void finish(bool cancelled);
    void addFound(ServerSetting setting);

    DiscoveryOptions m_options;
    DnsQueries *m_dns;
    AutoconfigFetcher *m_fetcher;
    ServerGuesser *m_guesser;
    QTimer m_stepTimer;
    QString m_email;
    QString m_domain;
    QList<ServerSetting> m_results;
    QSet<Service> m_notOffered;
    int m_pendingSteps = 0;
    bool m_running = false;
    bool m_guessing = false;
    bool m_resolving = false;
};

} // namespace epistle::autoconfig
