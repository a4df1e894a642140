#pragma once

#include "net/ConnectionError.h"
#include "smtp/Reply.h"

#include <QMetaType>
#include <QString>

namespace epistle::smtp {

// The result of one SMTP operation: kind None, or what went wrong in words a caller can act on.
// For errors from a server reply, reply holds it (code, enhanced status code, text).
struct Error
{
    enum class Kind {
        None,
        AuthFailed,         // 535: wrong user name or password (or 534/538: refused for policy)
        NoAuthMechanism,    // the server offers no login method Epistle supports
        Transient,          // 4xx: try again later
        Permanent,          // 5xx
        RecipientsRejected, // one or more recipients refused (see SendResult::recipients)
        MessageTooLarge,    // larger than the server's SIZE limit (checked before sending)
        Utf8NotSupported,   // a non-ASCII address and no SMTPUTF8 at the server
        TlsUnavailable,     // STARTTLS was required and is not offered (never downgraded)
        Insecure,           // credentials withheld: the connection is not encrypted
        Security,           // certificate or TLS failure
        Unreachable,        // host not found, connection refused
        ConnectionLost,
        Timeout,
        Protocol,           // malformed or unexpected reply
        LocalIo,            // the message could not be read
        InvalidArgument,    // e.g. an address with a line break or angle brackets
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message; // translated; includes the server's words where there are some
    Reply reply;     // code 0 when the error did not come from a reply
    net::ConnectionError connectionError;

    bool isError() const { return kind != Kind::None; }
    bool isFatal() const; // the connection is gone afterwards

    // 4xx -> Transient, 5xx -> Permanent (or fallback for 5xx when given).
    static Error fromReply(const Reply &reply, const QString &context, Kind permanentKind = Kind::Permanent);
    static Error fromConnection(const net::ConnectionError &error);
    static Error local(Kind kind, const QString &message);
    static QString kindName(Kind kind);
};

} // namespace epistle::smtp

Q_DECLARE_METATYPE(epistle::smtp::Error)
