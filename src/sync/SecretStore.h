#pragma once

#include "core/Profile.h"

#include <QObject>
#include <QString>
#include <functional>

namespace epistle::sync {

// Account passwords in the operating system's keychain (Secret Service, Keychain, Credential
// Manager) through QtKeychain, and nowhere else: no fallback file, no settings entry, no log.
// Entries are namespaced by the profile, so a test profile never sees the user's passwords.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,    // no password stored for this account: ask the user
        Unavailable, // no keychain, or it is locked / refused: ask the user, and keep it in memory only
        Failed,      // anything else; message() says what
    };
    struct Result
    {
        Status status = Status::Failed;
        QString password; // only with Ok on read
        QString message;  // translated, for the user
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(const core::Profile &profile, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // key: what the password is for, e.g. "<account id>/incoming".
    void read(const QString &key, Callback done);
    void write(const QString &key, const QString &password, Callback done);
    void remove(const QString &key, Callback done); // removing a missing entry is Ok

private:
    QString m_service;
};

} // namespace epistle::sync
