#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace epistle::storage {

class Database;

// One message of a POP3 account that Epistle has stored, by the server's unique id (UIDL).
struct Pop3LedgerEntry
{
    QByteArray uidl;
    QDateTime firstSeen;   // when it was downloaded (UTC, whole seconds)
    qint64 messageKey = 0; // the stored message; 0 once the user deleted it locally
    bool operator==(const Pop3LedgerEntry &) const = default;
};

// The UIDLs of a POP3 account that are downloaded. A message counts as downloaded once its row
// here is committed, in the same transaction as the message itself; the download writes both
// inside one storage::Transaction so that an interruption never leaves one without the other.
class Pop3Ledger
{
public:
    explicit Pop3Ledger(Database &db);

    void record(qint64 accountId, const QByteArray &uidl, const QDateTime &firstSeen, qint64 messageKey);
    std::optional<Pop3LedgerEntry> entry(qint64 accountId, const QByteArray &uidl);
    QHash<QByteArray, Pop3LedgerEntry> entries(qint64 accountId);
    int count(qint64 accountId);
    void setFirstSeen(qint64 accountId, const QByteArray &uidl, const QDateTime &firstSeen);
    void remove(qint64 accountId, const QList<QByteArray> &uidls);
    // Removes the entries whose UIDL is not in onServer (messages gone from the server); returns
    // how many. Only call it with a complete UIDL listing.
    int prune(qint64 accountId, const QSet<QByteArray> &onServer);

private:
    Database &m_db;
};

} // namespace epistle::storage
