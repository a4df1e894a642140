#include "sync/AccountManager.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <memory>

namespace epistle::sync {

AccountManager::AccountManager(storage::Database &database, SecretStore &secrets, const core::Profile &profile)
    : m_store(database)
    , m_secrets(secrets)
    , m_settings(profile.openSettings())
    , m_database(database)
{
}

QString AccountManager::passwordKey(qint64 accountId, bool incoming)
{
    return QStringLiteral("%1/%2").arg(accountId).arg(incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing"));
}

void AccountManager::add(const NewAccount &newAccount, std::function<void(qint64, const SecretStore::Result &)> done)
{
    qint64 id = 0;
    {
        storage::Transaction transaction(m_database, storage::Transaction::Durability::Durable);
        id = m_store.addAccount(newAccount.account);
        storage::Identity identity = newAccount.identity;
        identity.accountId = id;
        identity.isDefault = true;
        m_store.addIdentity(identity);
        transaction.commit();
    }
    newAccount.options.save(*m_settings, id);
    if (newAccount.password.isEmpty()) {
        done(id, SecretStore::Result{SecretStore::Status::NotFound, QString(), QString()});
        return;
    }
    const QString password = newAccount.password;
    m_secrets.write(passwordKey(id, true), password, [this, id, password, done](const SecretStore::Result &incoming) {
        if (!incoming.ok()) {
            done(id, incoming);
            return;
        }
        m_secrets.write(passwordKey(id, false), password, [id, done](const SecretStore::Result &outgoing) { done(id, outgoing); });
    });
}

void AccountManager::remove(qint64 accountId, std::function<void(const SecretStore::Result &)> done)
{
    m_store.removeAccount(accountId);
    AccountOptions::erase(*m_settings, accountId);
    m_secrets.remove(passwordKey(accountId, true), [this, accountId, done](const SecretStore::Result &incoming) {
        m_secrets.remove(passwordKey(accountId, false), [incoming, done](const SecretStore::Result &outgoing) {
            done(incoming.ok() ? outgoing : incoming);
        });
    });
}

QList<storage::Account> AccountManager::accounts()
{
    return m_store.accounts();
}

std::optional<storage::Account> AccountManager::find(const QString &idOrName)
{
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    for (const storage::Account &account : m_store.accounts()) {
        if ((isId && account.id == id) || account.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

QList<storage::Identity> AccountManager::identities(qint64 accountId)
{
    return m_store.identities(accountId);
}

AccountOptions AccountManager::options(qint64 accountId)
{
    return AccountOptions::load(*m_settings, accountId);
}

void AccountManager::setOptions(qint64 accountId, const AccountOptions &options)
{
    options.save(*m_settings, accountId);
}

} // namespace epistle::sync
