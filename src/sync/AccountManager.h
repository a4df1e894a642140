#pragma once

#include "core/Profile.h"
#include "storage/AccountStore.h"
#include "sync/AccountOptions.h"
#include "sync/SecretStore.h"

#include <QSettings>
#include <functional>
#include <memory>

namespace epistle::storage {
class Database;
}

namespace epistle::sync {

// Adding, listing and removing accounts: the rows in the store, the options in the profile's
// settings and the passwords in the keychain, kept together. Store failures throw
// storage::StorageError; keychain outcomes arrive through the callbacks.
class AccountManager
{
public:
    struct NewAccount
    {
        storage::Account account;
        storage::Identity identity;
        AccountOptions options;
        QString password; // for both servers; empty: none stored (asked when needed)
    };

    AccountManager(storage::Database &database, SecretStore &secrets, const core::Profile &profile);

    // The account is saved even when the keychain is unavailable: then the password is not
    // stored anywhere, and the callback's result says so.
    void add(const NewAccount &account, std::function<void(qint64 accountId, const SecretStore::Result &)> done);
    void remove(qint64 accountId, std::function<void(const SecretStore::Result &)> done);

    QList<storage::Account> accounts();
    // By id or by name (case-insensitive).
    std::optional<storage::Account> find(const QString &idOrName);
    QList<storage::Identity> identities(qint64 accountId);
    AccountOptions options(qint64 accountId);
    void setOptions(qint64 accountId, const AccountOptions &options);

    static QString passwordKey(qint64 accountId, bool incoming);

private:
    storage::AccountStore m_store;
    SecretStore &m_secrets;
    std::unique_ptr<QSettings> m_settings;
    storage::Database &m_database;
};

} // namespace epistle::sync
