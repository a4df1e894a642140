#pragma once

#include "net/ConnectionError.h"
#include "pop3/StatusReply.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace epistle::pop3 {

// The result of one POP3 operation: kind None, or what went wrong in words a caller can act on.
struct Error
{
    enum class Kind {
        None,
        AuthFailed,       // wrong user name or password ([AUTH], or -ERR to the credentials)
        MailboxLocked,    // [IN-USE]: another client has the mailbox open
        LoginDelay,       // [LOGIN-DELAY]: logged in too recently
        Transient,        // [SYS/TEMP], or a refusal worth retrying later
        Permanent,        // [SYS/PERM]
        CommandFailed,    // -ERR without a code (e.g. "no such message")
        NotLoggedIn,      // a mailbox command before a successful login
        NotSupported,     // the server lacks what the operation needs (e.g. no usable login method)
        TlsUnavailable,   // STLS was required and the server does not offer it (never downgraded)
        Insecure,         // credentials withheld: the connection is not encrypted
        Security,         // certificate or TLS failure
        Unreachable,      // host not found, connection refused
        ConnectionLost,   // the connection closed or broke while an answer was outstanding
        Timeout,
        Protocol,         // the server's reply was malformed
        LocalIo,          // the target file or device could not be written
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;       // translated, for users; includes the server's words where there are some
    QByteArray serverText; // the server's reply text, when the error came from a reply
    QByteArray code;       // the RFC 2449 response code, e.g. "IN-USE"
    net::ConnectionError connectionError; // set for connection-level failures

    bool isError() const { return kind != Kind::None; }
    // True for errors after which the connection is gone.
    bool isFatal() const;

    static Error fromReply(const StatusReply &reply, Kind fallback, const QString &context);
    static Error fromConnection(const net::ConnectionError &error);
    static QString kindName(Kind kind);
};

} // namespace epistle::pop3

Q_DECLARE_METATYPE(epistle::pop3::Error)
