#pragma once

#include "net/ConnectionError.h"

namespace epistle::net {

// The engine error kind for a transport failure, for engines whose Kind has the usual names
// (None, Unreachable, Timeout, Security, TlsUnavailable, Insecure, ConnectionLost, Cancelled,
// Protocol), so each engine does not repeat the same grouping of ErrorKind.
template<typename Kind>
Kind engineErrorKind(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return Kind::None;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
        return Kind::Unreachable;
    case ErrorKind::ConnectTimeout:
    case ErrorKind::ReadTimeout:
    case ErrorKind::OverallTimeout:
        return Kind::Timeout;
    case ErrorKind::CertificateRejected:
    case ErrorKind::TlsFailed:
        return Kind::Security;
    case ErrorKind::StartTlsUnavailable:
        return Kind::TlsUnavailable;
    case ErrorKind::InsecureRefused:
        return Kind::Insecure;
    case ErrorKind::Closed:
    case ErrorKind::Network:
        return Kind::ConnectionLost;
    case ErrorKind::Cancelled:
        return Kind::Cancelled;
    case ErrorKind::LineTooLong:
    case ErrorKind::Protocol:
        return Kind::Protocol;
    }
    return Kind::ConnectionLost;
}

} // namespace epistle::net
