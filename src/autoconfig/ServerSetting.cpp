#include "autoconfig/ServerSetting.h"

#include <QJsonArray>
#include <algorithm>

namespace epistle::autoconfig {

QString serviceName(Service service)
{
    switch (service) {
    case Service::Imap:
        return QStringLiteral("imap");
    case Service::Pop3:
        return QStringLiteral("pop3");
    case Service::Smtp:
        return QStringLiteral("smtp");
    }
    return {};
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Srv:
        return QStringLiteral("dns-srv");
    case Source::Autoconfig:
        return QStringLiteral("autoconfig");
    case Source::AutoconfigInsecure:
        return QStringLiteral("autoconfig-http");
    case Source::Mx:
        return QStringLiteral("mx");
    case Source::Guess:
        return QStringLiteral("guess");
    case Source::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

namespace {

QString securityKey(net::Security security)
{
    switch (security) {
    case net::Security::ImplicitTls:
        return QStringLiteral("tls");
    case net::Security::StartTls:
        return QStringLiteral("starttls");
    case net::Security::None:
        return QStringLiteral("none");
    }
    return {};
}

int sourceRank(Source source)
{
    switch (source) {
    case Source::Manual:
        return 0;
    case Source::Srv:
        return 1;
    case Source::Autoconfig:
        return 2;
    case Source::Mx:
        return 3;
    case Source::AutoconfigInsecure:
        return 4;
    case Source::Guess:
        return 5;
    }
    return 6;
}

int securityRank(net::Security security)
{
    return security == net::Security::ImplicitTls ? 0 : security == net::Security::StartTls ? 1 : 2;
}

} // namespace

QJsonObject ServerSetting::toJson() const
{
    QJsonObject object{
        {QStringLiteral("service"), serviceName(service)},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("security"), securityKey(security)},
        {QStringLiteral("userNames"), QJsonArray::fromStringList(userNames)},
        {QStringLiteral("source"), sourceName(source)},
        {QStringLiteral("sourceDetail"), sourceDetail},
        {QStringLiteral("needsConfirmation"), needsConfirmation},
        {QStringLiteral("address"), address},
    };
    if (source == Source::Srv) {
        object.insert(QStringLiteral("priority"), srvPriority);
        object.insert(QStringLiteral("weight"), srvWeight);
    }
    if (needsConfirmation)
        object.insert(QStringLiteral("confirmationDomain"), confirmationDomain);
    return object;
}

void rank(QList<ServerSetting> &settings)
{
    std::stable_sort(settings.begin(), settings.end(), [](const ServerSetting &a, const ServerSetting &b) {
        if (a.isIncoming() != b.isIncoming())
            return a.isIncoming();
        if (sourceRank(a.source) != sourceRank(b.source))
            return sourceRank(a.source) < sourceRank(b.source);
        if (a.source == Source::Srv && b.source == Source::Srv) {
            // RFC 6186 3.4: the provider's priorities decide between IMAP and POP3 (and, RFC 8314,
            // between implicit TLS and STARTTLS); equal priorities fall through to our preferences.
            if (a.srvPriority != b.srvPriority)
                return a.srvPriority < b.srvPriority;
        }
        if (securityRank(a.security) != securityRank(b.security))
            return securityRank(a.security) < securityRank(b.security);
        if (a.service != b.service)
            return a.service == Service::Imap;
        return a.srvWeight > b.srvWeight;
    });
}

} // namespace epistle::autoconfig
