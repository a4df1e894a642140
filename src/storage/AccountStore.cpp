#include "storage/AccountStore.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct AccountStoreText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::AccountStore)
};

const QString AccountColumns = QStringLiteral(
    "name, protocol, incoming_host, incoming_port, incoming_security, incoming_username, incoming_auth, "
    "outgoing_host, outgoing_port, outgoing_security, outgoing_username, outgoing_auth, position, enabled");

void bindAccount(QSqlQuery &q, const Account &a)
{
    int i = 0;
    q.bindValue(i++, Database::text(a.name));
    q.bindValue(i++, Database::text(a.protocol));
    for (const ServerSettings *s : {&a.incoming, &a.outgoing}) {
        q.bindValue(i++, Database::text(s->host));
        q.bindValue(i++, s->port);
        q.bindValue(i++, Database::text(s->security));
        q.bindValue(i++, Database::text(s->username));
        q.bindValue(i++, Database::text(s->authMethod));
    }
    q.bindValue(i++, a.position);
    q.bindValue(i++, a.enabled ? 1 : 0);
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.name = q.value(i++).toString();
    a.protocol = q.value(i++).toString();
    for (ServerSettings *s : {&a.incoming, &a.outgoing}) {
        s->host = q.value(i++).toString();
        s->port = q.value(i++).toInt();
        s->security = q.value(i++).toString();
        s->username = q.value(i++).toString();
        s->authMethod = q.value(i++).toString();
    }
    a.position = q.value(i++).toInt();
    a.enabled = q.value(i++).toInt() != 0;
    return a;
}

Identity readIdentity(const QSqlQuery &q)
{
    Identity id;
    id.id = q.value(0).toLongLong();
    id.accountId = q.value(1).toLongLong();
    id.name = q.value(2).toString();
    id.address = q.value(3).toString();
    id.replyTo = q.value(4).toString();
    id.signature = q.value(5).toString();
    id.isDefault = q.value(6).toInt() != 0;
    id.position = q.value(7).toInt();
    return id;
}

void bindIdentity(QSqlQuery &q, const Identity &id)
{
    q.bindValue(0, id.accountId);
    q.bindValue(1, Database::text(id.name));
    q.bindValue(2, Database::text(id.address));
    q.bindValue(3, Database::text(id.replyTo));
    q.bindValue(4, Database::text(id.signature));
    q.bindValue(5, id.isDefault ? 1 : 0);
    q.bindValue(6, id.position);
}

} // namespace

AccountStore::AccountStore(Database &db)
    : m_db(db)
{
}

qint64 AccountStore::addAccount(const Account &account)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO accounts (") + AccountColumns +
                                QStringLiteral(", created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAccount(q, account);
    q.bindValue(14, QDateTime::currentSecsSinceEpoch());
    Database::exec(q, AccountStoreText::tr("adding an account"));
    const qint64 id = q.lastInsertId().toLongLong();
    tx.commit();
    return id;
}

void AccountStore::updateAccount(const Account &account)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE accounts SET name=?, protocol=?, incoming_host=?, incoming_port=?, incoming_security=?, "
        "incoming_username=?, incoming_auth=?, outgoing_host=?, outgoing_port=?, outgoing_security=?, "
        "outgoing_username=?, outgoing_auth=?, position=?, enabled=? WHERE id=?"));
    bindAccount(q, account);
    q.bindValue(14, account.id);
    Database::exec(q, AccountStoreText::tr("changing an account"));
    tx.commit();
}

void AccountStore::removeAccount(qint64 accountId)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM accounts WHERE id=?"));
    q.bindValue(0, accountId);
    Database::exec(q, AccountStoreText::tr("removing an account"));
    tx.commit();
}

std::optional<Account> AccountStore::account(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, ") + AccountColumns +
                                QStringLiteral(" FROM accounts WHERE id=?"));
    q.bindValue(0, accountId);
    Database::exec(q, AccountStoreText::tr("reading an account"));
    std::optional<Account> result;
    if (q.next())
        result = readAccount(q);
    q.finish();
    return result;
}

QList<Account> AccountStore::accounts()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, ") + AccountColumns +
                                QStringLiteral(" FROM accounts ORDER BY position, id"));
    Database::exec(q, AccountStoreText::tr("listing accounts"));
    QList<Account> list;
    while (q.next())
        list.append(readAccount(q));
    q.finish();
    return list;
}

qint64 AccountStore::addIdentity(const Identity &identity)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO identities (account_id, name, address, reply_to, signature, is_default, position) "
        "VALUES (?,?,?,?,?,?,?)"));
    bindIdentity(q, identity);
    Database::exec(q, AccountStoreText::tr("adding an identity"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (identity.isDefault)
        setDefaultIdentity(id);
    tx.commit();
    return id;
}

void AccountStore::updateIdentity(const Identity &identity)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE identities SET account_id=?, name=?, address=?, reply_to=?, signature=?, is_default=?, position=? "
        "WHERE id=?"));
    bindIdentity(q, identity);
    q.bindValue(7, identity.id);
    Database::exec(q, AccountStoreText::tr("changing an identity"));
    if (identity.isDefault)
        setDefaultIdentity(identity.id);
    tx.commit();
}

void AccountStore::removeIdentity(qint64 identityId)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM identities WHERE id=?"));
    q.bindValue(0, identityId);
    Database::exec(q, AccountStoreText::tr("removing an identity"));
    tx.commit();
}

QList<Identity> AccountStore::identities(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, account_id, name, address, reply_to, signature, is_default, position FROM identities "
        "WHERE account_id=? ORDER BY position, id"));
    q.bindValue(0, accountId);
    Database::exec(q, AccountStoreText::tr("listing identities"));
    QList<Identity> list;
    while (q.next())
        list.append(readIdentity(q));
    q.finish();
    return list;
}

void AccountStore::setDefaultIdentity(qint64 identityId)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE identities SET is_default = (id = ?) "
        "WHERE account_id = (SELECT account_id FROM identities WHERE id = ?)"));
    q.bindValue(0, identityId);
    q.bindValue(1, identityId);
    Database::exec(q, AccountStoreText::tr("choosing the default identity"));
    tx.commit();
}

} // namespace epistle::storage
