#pragma once

#include "net/TlsPolicy.h"

#include <QSettings>
#include <QStringList>

namespace epistle::sync {

// Per-account choices that are not secrets, kept in the profile's settings file under
// "accounts/<id>/".
struct AccountOptions
{
    int checkIntervalMinutes = 10;
    QStringList offlineFolders;   // folders whose bodies are kept offline
    bool pop3LeaveOnServer = true;
    int pop3DeleteAfterDays = 0;  // 0: never delete from the server
    QString caFile;               // extra CA certificates (PEM) trusted for this account
    QStringList pinnedFingerprints; // certificates the user approved (SHA-256, hex)
    bool allowInsecure = false;   // the user chose unencrypted connections to a non-loopback server

    net::TlsPolicy tlsPolicy() const;

    static AccountOptions load(QSettings &settings, qint64 accountId);
    void save(QSettings &settings, qint64 accountId) const;
    static void erase(QSettings &settings, qint64 accountId);
};

} // namespace epistle::sync
