#include "sync/AccountState.h"

#include <QCoreApplication>

namespace epistle::sync {

QString statusName(AccountState::Status status)
{
    switch (status) {
    case AccountState::Status::Offline:
        return QCoreApplication::translate("AccountState", "Offline");
    case AccountState::Status::Connecting:
        return QCoreApplication::translate("AccountState", "Connecting");
    case AccountState::Status::Online:
        return QCoreApplication::translate("AccountState", "Online");
    case AccountState::Status::Syncing:
        return QCoreApplication::translate("AccountState", "Synchronising");
    case AccountState::Status::Error:
        return QCoreApplication::translate("AccountState", "Error");
    case AccountState::Status::NeedsPassword:
        return QCoreApplication::translate("AccountState", "Password needed");
    }
    return QString();
}

} // namespace epistle::sync
