#include "pop3/Error.h"
#include "net/ConnectionErrorKind.h"

#include <QCoreApplication>

namespace epistle::pop3 {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct Pop3ErrorText {
    Q_DECLARE_TR_FUNCTIONS(epistle::pop3::Error)
};

} // namespace

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

Error Error::fromReply(const StatusReply &reply, Kind fallback, const QString &context)
{
    Error error;
    error.serverText = reply.text;
    error.code = reply.code;
    switch (reply.responseCode) {
    case ResponseCode::Auth:
        error.kind = Kind::AuthFailed;
        break;
    case ResponseCode::InUse:
        error.kind = Kind::MailboxLocked;
        break;
    case ResponseCode::LoginDelay:
        error.kind = Kind::LoginDelay;
        break;
    case ResponseCode::SysTemp:
        error.kind = Kind::Transient;
        break;
    case ResponseCode::SysPerm:
        error.kind = Kind::Permanent;
        break;
    case ResponseCode::None:
    case ResponseCode::Other:
        error.kind = fallback;
        break;
    }
    QString detail;
    switch (error.kind) {
    case Kind::AuthFailed:
        detail = Pop3ErrorText::tr("The user name or password is wrong.");
        break;
    case Kind::MailboxLocked:
        detail = Pop3ErrorText::tr("The mailbox is in use by another program; try again when it has finished.");
        break;
    case Kind::LoginDelay:
        detail = Pop3ErrorText::tr("The server does not allow logging in again so soon.");
        break;
    case Kind::Transient:
        detail = Pop3ErrorText::tr("The server has a temporary problem; try again later.");
        break;
    case Kind::Permanent:
        detail = Pop3ErrorText::tr("The server has a problem that will not go away by itself.");
        break;
    default:
        break;
    }
    QString server = QString::fromUtf8(reply.text);
    if (!reply.code.isEmpty())
        server = QStringLiteral("[%1] %2").arg(QString::fromUtf8(reply.code), server);
    error.message = context;
    if (!detail.isEmpty())
        error.message += QLatin1Char(' ') + detail;
    if (!server.trimmed().isEmpty())
        error.message += QLatin1Char(' ') + Pop3ErrorText::tr("The server said: %1").arg(server.trimmed());
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
    case Kind::MailboxLocked: return QStringLiteral("mailbox-locked");
    case Kind::LoginDelay: return QStringLiteral("login-delay");
    case Kind::Transient: return QStringLiteral("transient");
    case Kind::Permanent: return QStringLiteral("permanent");
    case Kind::CommandFailed: return QStringLiteral("command-failed");
    case Kind::NotLoggedIn: return QStringLiteral("not-logged-in");
    case Kind::NotSupported: return QStringLiteral("not-supported");
    case Kind::TlsUnavailable: return QStringLiteral("tls-unavailable");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Security: return QStringLiteral("security");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::ConnectionLost: return QStringLiteral("connection-lost");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::LocalIo: return QStringLiteral("local-io");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace epistle::pop3
