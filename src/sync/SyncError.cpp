#include "sync/SyncError.h"

#include "storage/StorageError.h"

#include <QCoreApplication>

namespace epistle::sync {

SyncError SyncError::fromImap(const imap::Error &error)
{
    SyncError result;
    result.message = error.message;
    result.serverText = QString::fromUtf8(error.serverText);
    switch (error.kind) {
    case imap::Error::Kind::None:
        return SyncError();
    case imap::Error::Kind::No:
        if (error.isAuthenticationFailure())
            result.kind = Kind::Authentication;
        else if (error.isMissingMailbox())
            result.kind = Kind::MissingFolder;
        else
            result.kind = Kind::Server;
        break;
    case imap::Error::Kind::Bad:
    case imap::Error::Kind::Unsupported:
        result.kind = Kind::Server;
        break;
    case imap::Error::Kind::ConnectionLost:
    case imap::Error::Kind::Timeout:
        result.kind = Kind::Network;
        break;
    case imap::Error::Kind::Protocol:
        result.kind = Kind::Protocol;
        break;
    case imap::Error::Kind::Security:
        result.certificate = error.connection.certificate;
        result.kind = error.connection.kind == net::ErrorKind::CertificateRejected ? Kind::Certificate : Kind::Security;
        break;
    case imap::Error::Kind::Cancelled:
        result.kind = Kind::Cancelled;
        break;
    }
    if (result.message.isEmpty())
        result.message = QCoreApplication::translate("SyncError", "The server reported an error: %1").arg(result.serverText);
    return result;
}

SyncError SyncError::fromException(const std::exception &error)
{
    SyncError result;
    result.kind = Kind::Storage;
    if (const auto *storageError = dynamic_cast<const storage::StorageError *>(&error))
        result.message = QCoreApplication::translate("SyncError", "The local mail store failed: %1").arg(storageError->message());
    else
        result.message = QCoreApplication::translate("SyncError", "Internal error: %1").arg(QString::fromUtf8(error.what()));
    return result;
}

SyncError SyncError::cancelled()
{
    SyncError result;
    result.kind = Kind::Cancelled;
    result.message = QCoreApplication::translate("SyncError", "Cancelled.");
    return result;
}

} // namespace epistle::sync
