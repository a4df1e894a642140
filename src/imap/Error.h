#pragma once

#include "imap/Response.h"
#include "net/ConnectionError.h"

#include <QMetaType>
#include <QString>

namespace epistle::imap {

// Why a command did not succeed. kind tells a caller what to do: a NO with
// code AUTHENTICATIONFAILED is a wrong password, a NO with NONEXISTENT or TRYCREATE a missing
// mailbox, ConnectionLost a network problem worth a retry.
struct Error
{
    enum class Kind {
        None,
        No,             // the server refused (tagged NO); code and serverText say why
        Bad,            // the server did not accept the command (tagged BAD)
        ConnectionLost, // the connection failed, closed or could not be made; connection says how
        Protocol,       // the server's reply could not be parsed or made no sense
        Timeout,        // the server did not answer in time
        Security,       // TLS failed, a certificate was rejected, or credentials would go unencrypted
        Unsupported,    // the server lacks something required (e.g. STARTTLS, an auth mechanism)
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;        // translated, for users
    QByteArray serverText;  // the server's own words, if any
    ResponseCode code;      // the response code of a NO/BAD/BYE
    net::ConnectionError connection; // for ConnectionLost, Timeout and Security

    bool isError() const { return kind != Kind::None; }
    bool isAuthenticationFailure() const;
    bool isMissingMailbox() const;

    static Error fromResponse(const Response &response, const QString &command);
    static Error fromConnection(const net::ConnectionError &error);
    static Error protocol(const QString &message);
};

QString errorKindName(Error::Kind kind);

} // namespace epistle::imap

Q_DECLARE_METATYPE(epistle::imap::Error)
