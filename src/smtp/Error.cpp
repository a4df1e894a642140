#include "smtp/Error.h"
#include "net/ConnectionErrorKind.h"

#include <QCoreApplication>

namespace epistle::smtp {

bool Error::isFatal() const
{
    switch (kind) {
    case Kind::TlsUnavailable:
    case Kind::Insecure:
    case Kind::Security:
    case Kind::Unreachable:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::Protocol:
    case Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

Error Error::fromReply(const Reply &reply, const QString &context, Kind permanentKind)
{
    Error error;
    error.reply = reply;
    if (reply.isTransient())
        error.kind = Kind::Transient;
    else if (reply.isPermanent())
        error.kind = permanentKind;
    else
        error.kind = Kind::Protocol; // a 2xx/3xx where it makes no sense
    error.message = context;
    if (error.kind == Kind::Transient)
        error.message += QLatin1Char(' ') + QCoreApplication::translate("epistle::smtp::Error", "This is temporary; try again later.");
    error.message += QLatin1Char(' ') + QCoreApplication::translate("epistle::smtp::Error", "The server said: %1").arg(reply.summary());
    return error;
}

Error Error::local(Kind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

Error Error::fromConnection(const net::ConnectionError &connectionError)
{
    Error error;
    error.connectionError = connectionError;
    error.message = connectionError.message;
    error.kind = net::engineErrorKind<Kind>(connectionError.kind);
    return error;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::AuthFailed: return QStringLiteral("auth-failed");
    case Kind::NoAuthMechanism: return QStringLiteral("no-auth-mechanism");
    case Kind::Transient: return QStringLiteral("transient");
    case Kind::Permanent: return QStringLiteral("permanent");
    case Kind::RecipientsRejected: return QStringLiteral("recipients-rejected");
    case Kind::MessageTooLarge: return QStringLiteral("message-too-large");
    case Kind::Utf8NotSupported: return QStringLiteral("utf8-not-supported");
    case Kind::TlsUnavailable: return QStringLiteral("tls-unavailable");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Security: return QStringLiteral("security");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::ConnectionLost: return QStringLiteral("connection-lost");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::LocalIo: return QStringLiteral("local-io");
    case Kind::InvalidArgument: return QStringLiteral("invalid-argument");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace epistle::smtp
