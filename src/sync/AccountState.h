#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace epistle::sync {

enum class PasswordKind { Incoming, Outgoing };

// What the status bar shows for an account.
struct AccountState
{
    enum class Status {
        Offline,       // not connected (not started, or waiting to reconnect)
        Connecting,
        Online,        // connected and up to date (idling)
        Syncing,       // progress tells how far
        Error,         // message says what; retried with backoff unless it needs the user
        NeedsPassword, // wrong or missing password: nothing is retried until the user answers
    };

    qint64 accountId = 0;
    Status status = Status::Offline;
    QString message;      // translated: the error with the server's words, or what is being done
    int progressDone = 0;
    int progressTotal = 0; // 0: unknown
    QDateTime lastSync;    // last complete synchronisation
    QDateTime nextAttempt; // after an error: when the next try is due
};

QString statusName(AccountState::Status status);

} // namespace epistle::sync

Q_DECLARE_METATYPE(epistle::sync::AccountState)
Q_DECLARE_METATYPE(epistle::sync::PasswordKind)
