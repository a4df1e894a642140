#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace epistle::storage {

class Database;

// Where and how to connect; the password or token is in the keychain, never here.
struct ServerSettings
{
    QString host;
    int port = 0;
    QString security;   // "tls", "starttls" or "none"
    QString username;
    QString authMethod; // e.g. "plain", "login", "xoauth2"; empty = best offered
    bool operator==(const ServerSettings &) const = default;
};

struct Account
{
    qint64 id = 0;
    QString name;
    QString protocol; // "imap" or "pop3"
    ServerSettings incoming;
    ServerSettings outgoing;
    int position = 0;
    bool enabled = true;
    bool operator==(const Account &) const = default;
};

struct Identity
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    QString address;
    QString replyTo;
    QString signature;
    bool isDefault = false;
    int position = 0;
    bool operator==(const Identity &) const = default;
};

class AccountStore
{
public:
    explicit AccountStore(Database &db);

    qint64 addAccount(const Account &account); // returns the new id
    void updateAccount(const Account &account);
    // Removes the account and, by cascade, its identities, folders, messages, outbox and queue.
    void removeAccount(qint64 accountId);
    std::optional<Account> account(qint64 accountId);
    QList<Account> accounts(); // by position

    qint64 addIdentity(const Identity &identity);
    void updateIdentity(const Identity &identity);
    void removeIdentity(qint64 identityId);
    QList<Identity> identities(qint64 accountId); // by position
    // Makes this identity the only default one of its account.
    void setDefaultIdentity(qint64 identityId);

private:
    Database &m_db;
};

} // namespace epistle::storage
