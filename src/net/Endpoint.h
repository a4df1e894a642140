#pragma once

#include <QMetaType>
#include <QString>

namespace epistle::net {

enum class Security {
    ImplicitTls, // TLS from the first byte (RFC 8314: imaps 993, pop3s 995, submissions 465)
    StartTls,    // plain greeting, then the engine asks for TLS; a server that does not offer it is an error
    None,        // only for loopback hosts or with allowInsecure (an explicit user choice)
};

struct Endpoint
{
    Endpoint() = default;
    Endpoint(QString host, quint16 port, Security security = Security::ImplicitTls, bool allowInsecure = false)
        : host(std::move(host))
        , port(port)
        , security(security)
        , allowInsecure(allowInsecure)
    {
    }

    QString host;
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    bool allowInsecure = false; // the user chose an unencrypted connection to a non-loopback host
    // Where to connect when the name was resolved elsewhere (through a chosen DNS server); the
    // certificate is still verified against host. Empty: resolve host with the system resolver.
    QString address;

    QString displayName() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
};

QString securityName(Security security);

} // namespace epistle::net

Q_DECLARE_METATYPE(epistle::net::Endpoint)
