#pragma once

#include "net/Endpoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace epistle::autoconfig {

enum class Service { Imap, Pop3, Smtp };
enum class Source { Srv, Autoconfig, AutoconfigInsecure, Mx, Guess, Manual };

// One way to reach one mail service for an address, with where it came from.
struct ServerSetting
{
    Service service = Service::Imap;
    QString host;
    quint16 port = 0;
    net::Security security = net::Security::ImplicitTls;
    QString address; // set when host was resolved through a chosen DNS server
    QStringList userNames; // candidates in the order to try: full address first, then the local part
    Source source = Source::Guess;
    QString sourceDetail; // e.g. "_imaps._tcp.example.org", a URL, "probe of imap.example.org:993"
    int srvPriority = 0;
    int srvWeight = 0;
    // The host lies outside the address's domain and was learnt from DNS (or plain HTTP): the
    // user must confirm that domain before a password is sent (RFC 6186 section 6, RFC 7817).
    bool needsConfirmation = false;
    QString confirmationDomain;

    bool isIncoming() const { return service != Service::Smtp; }
    net::Endpoint endpoint() const
    {
        net::Endpoint e(host, port, security);
        e.address = address;
        return e;
    }
    QJsonObject toJson() const;
    bool sameServer(const ServerSetting &other) const
    {
        return service == other.service && host.compare(other.host, Qt::CaseInsensitive) == 0 && port == other.port
               && security == other.security;
    }
};

QString serviceName(Service service);
QString sourceName(Source source);

// The ranking: source (SRV, autoconfig, MX-derived, guessed), then implicit TLS over STARTTLS over
// none, then IMAP over POP3; SRV records among themselves by RFC 2782 priority and weight.
void rank(QList<ServerSetting> &settings);

} // namespace epistle::autoconfig
