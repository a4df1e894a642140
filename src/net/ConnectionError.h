#pragma once

#include "net/CertificateInfo.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace epistle::net {

enum class ErrorKind {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectTimeout,      // no connection (TCP and TLS handshake) within the connect timeout
    ReadTimeout,         // a reply was awaited and nothing arrived within the read timeout
    OverallTimeout,      // the whole connection outlived its overall limit
    CertificateRejected, // certificate() says why; the user may pin it
    TlsFailed,           // handshake failed for another reason (protocol, cipher)
    StartTlsUnavailable, // STARTTLS was required and the server did not offer it or refused it
    InsecureRefused,     // an unencrypted connection to a non-loopback host without opt-in
    Closed,              // the server closed the connection unexpectedly
    Cancelled,           // cancel() was called
    LineTooLong,         // the server sent more than the line limit without a line end
    Protocol,            // the engine found the server's reply unusable
    Network,             // any other socket error
};

struct ConnectionError
{
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, for users; includes the server's words where there are some
    std::optional<CertificateInfo> certificate;

    bool isError() const { return kind != ErrorKind::None; }
};

} // namespace epistle::net

Q_DECLARE_METATYPE(epistle::net::ConnectionError)
