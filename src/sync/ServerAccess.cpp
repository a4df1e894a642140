#include "sync/ServerAccess.h"

namespace epistle::sync {

net::Security securityFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("starttls"))
        return net::Security::StartTls;
    if (lower == QLatin1String("none"))
        return net::Security::None;
    return net::Security::ImplicitTls;
}

QString securityToName(net::Security security)
{
    switch (security) {
    case net::Security::StartTls:
        return QStringLiteral("starttls");
    case net::Security::None:
        return QStringLiteral("none");
    case net::Security::ImplicitTls:
        break;
    }
    return QStringLiteral("tls");
}

ServerAccess ServerAccess::from(const storage::ServerSettings &settings, const AccountOptions &options)
{
    ServerAccess access;
    access.endpoint = net::Endpoint(settings.host, quint16(settings.port), securityFromName(settings.security), options.allowInsecure);
    access.tlsPolicy = options.tlsPolicy();
    access.user = settings.username;
    access.authMethod = settings.authMethod.trimmed().toLower();
    return access;
}

ServerAccess ServerAccess::incoming(const storage::Account &account, const AccountOptions &options)
{
    return from(account.incoming, options);
}

ServerAccess ServerAccess::outgoing(const storage::Account &account, const AccountOptions &options)
{
    return from(account.outgoing, options);
}

} // namespace epistle::sync
