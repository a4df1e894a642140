#include "imap/Error.h"

#include <QCoreApplication>

namespace epistle::imap {

bool Error::isAuthenticationFailure() const
{
    return kind == Kind::No
           && (code.kind == ResponseCode::Kind::AuthenticationFailed || code.kind == ResponseCode::Kind::AuthorizationFailed
               || code.kind == ResponseCode::Kind::Expired);
}

bool Error::isMissingMailbox() const
{
    if (kind != Kind::No)
        return false;
    if (code.kind == ResponseCode::Kind::Nonexistent || code.kind == ResponseCode::Kind::TryCreate)
        return true;
    // Not every reply carries a code (Dovecot 2.3 answers STATUS of a missing mailbox with a
    // plain "NO Mailbox doesn't exist"); the wording servers use is a fallback.
    if (code.kind != ResponseCode::Kind::None)
        return false;
    const QByteArray text = serverText.toLower();
    return text.contains("doesn't exist") || text.contains("does not exist") || text.contains("no such mailbox")
           || text.contains("mailbox not found");
}

Error Error::fromResponse(const Response &response, const QString &command)
{
    Error error;
    error.serverText = response.text;
    error.code = response.code;
    const QString serverWords = QString::fromUtf8(response.text);
    if (response.status == Status::No) {
        error.kind = Kind::No;
        error.message = QCoreApplication::translate("epistle::imap::Error", "The server refused %1: %2").arg(command, serverWords);
    } else if (response.status == Status::Bad) {
        error.kind = Kind::Bad;
        error.message = QCoreApplication::translate("epistle::imap::Error", "The server rejected %1 as invalid: %2").arg(command, serverWords);
    } else if (response.status == Status::Bye) {
        error.kind = Kind::ConnectionLost;
        error.connection.kind = net::ErrorKind::Closed;
        error.message = QCoreApplication::translate("epistle::imap::Error", "The server closed the session: %1").arg(serverWords);
        error.connection.message = error.message;
    } else {
        error.kind = Kind::Protocol;
        error.message = QCoreApplication::translate("epistle::imap::Error", "Unexpected reply to %1: %2").arg(command, serverWords);
    }
    return error;
}

Error Error::fromConnection(const net::ConnectionError &connectionError)
{
    Error error;
    error.connection = connectionError;
    error.message = connectionError.message;
    switch (connectionError.kind) {
    case net::ErrorKind::ConnectTimeout:
    case net::ErrorKind::ReadTimeout:
    case net::ErrorKind::OverallTimeout:
        error.kind = Kind::Timeout;
        break;
    case net::ErrorKind::CertificateRejected:
    case net::ErrorKind::TlsFailed:
    case net::ErrorKind::InsecureRefused:
        error.kind = Kind::Security;
        break;
    case net::ErrorKind::StartTlsUnavailable:
        error.kind = Kind::Unsupported;
        break;
    case net::ErrorKind::Cancelled:
        error.kind = Kind::Cancelled;
        break;
    case net::ErrorKind::Protocol:
    case net::ErrorKind::LineTooLong:
        error.kind = Kind::Protocol;
        break;
    default:
        error.kind = Kind::ConnectionLost;
        break;
    }
    return error;
}

Error Error::protocol(const QString &message)
{
    Error error;
    error.kind = Kind::Protocol;
    error.message = message;
    return error;
}

QString errorKindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None: return QStringLiteral("none");
    case Error::Kind::No: return QStringLiteral("NO");
    case Error::Kind::Bad: return QStringLiteral("BAD");
    case Error::Kind::ConnectionLost: return QStringLiteral("connection lost");
    case Error::Kind::Protocol: return QStringLiteral("protocol error");
    case Error::Kind::Timeout: return QStringLiteral("timeout");
    case Error::Kind::Security: return QStringLiteral("security");
    case Error::Kind::Unsupported: return QStringLiteral("unsupported");
    case Error::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace epistle::imap
