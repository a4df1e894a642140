#pragma once

#include "net/Endpoint.h"
#include "net/TlsPolicy.h"
#include "storage/AccountStore.h"
#include "sync/AccountOptions.h"

namespace epistle::sync {

// How to reach one of an account's servers: the endpoint, the TLS trust the user gave this
// account and the login name. The password is not here; it comes from SecretStore or the user.
struct ServerAccess
{
    net::Endpoint endpoint;
    net::TlsPolicy tlsPolicy;
    QString user;
    QString authMethod; // as stored: "plain", "login", "cram-md5", "apop", "user"; empty = automatic

    static ServerAccess incoming(const storage::Account &account, const AccountOptions &options);
    static ServerAccess outgoing(const storage::Account &account, const AccountOptions &options);
    static ServerAccess from(const storage::ServerSettings &settings, const AccountOptions &options);
};

// "tls", "starttls", "none" (stored text) <-> net::Security; unknown text is implicit TLS, the
// safe reading.
net::Security securityFromName(const QString &name);
QString securityToName(net::Security security);

} // namespace epistle::sync
