#include "storage/Pop3Ledger.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct Pop3LedgerText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::Pop3Ledger)
};

QString uidlText(const QByteArray &uidl)
{
    return QString::fromLatin1(uidl);
}

} // namespace

Pop3Ledger::Pop3Ledger(Database &db)
    : m_db(db)
{
}

void Pop3Ledger::record(qint64 accountId, const QByteArray &uidl, const QDateTime &firstSeen, qint64 messageKey)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO pop3_uidls (account_id, uidl, first_seen, message_id) VALUES (?,?,?,?) "
        "ON CONFLICT (account_id, uidl) DO UPDATE SET message_id=excluded.message_id"));
    q.bindValue(0, accountId);
    q.bindValue(1, uidlText(uidl));
    q.bindValue(2, firstSeen.toSecsSinceEpoch());
    q.bindValue(3, messageKey > 0 ? QVariant(messageKey) : QVariant(QMetaType(QMetaType::LongLong)));
    Database::exec(q, Pop3LedgerText::tr("recording a downloaded message"));
}

std::optional<Pop3LedgerEntry> Pop3Ledger::entry(qint64 accountId, const QByteArray &uidl)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT first_seen, ifnull(message_id, 0) FROM pop3_uidls WHERE account_id=? AND uidl=?"));
    q.bindValue(0, accountId);
    q.bindValue(1, uidlText(uidl));
    Database::exec(q, Pop3LedgerText::tr("reading the downloaded messages"));
    std::optional<Pop3LedgerEntry> result;
    if (q.next())
        result = Pop3LedgerEntry{uidl, QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toLongLong()};
    q.finish();
    return result;
}

QHash<QByteArray, Pop3LedgerEntry> Pop3Ledger::entries(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT uidl, first_seen, ifnull(message_id, 0) FROM pop3_uidls WHERE account_id=?"));
    q.bindValue(0, accountId);
    Database::exec(q, Pop3LedgerText::tr("reading the downloaded messages"));
    QHash<QByteArray, Pop3LedgerEntry> result;
    while (q.next()) {
        Pop3LedgerEntry e{q.value(0).toString().toLatin1(), QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                          q.value(2).toLongLong()};
        result.insert(e.uidl, e);
    }
    q.finish();
    return result;
}

int Pop3Ledger::count(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM pop3_uidls WHERE account_id=?"));
    q.bindValue(0, accountId);
    Database::exec(q, Pop3LedgerText::tr("reading the downloaded messages"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void Pop3Ledger::setFirstSeen(qint64 accountId, const QByteArray &uidl, const QDateTime &firstSeen)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE pop3_uidls SET first_seen=? WHERE account_id=? AND uidl=?"));
    q.bindValue(0, firstSeen.toSecsSinceEpoch());
    q.bindValue(1, accountId);
    q.bindValue(2, uidlText(uidl));
    Database::exec(q, Pop3LedgerText::tr("recording a downloaded message"));
}

void Pop3Ledger::remove(qint64 accountId, const QList<QByteArray> &uidls)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM pop3_uidls WHERE account_id=? AND uidl=?"));
    for (const QByteArray &uidl : uidls) {
        q.bindValue(0, accountId);
        q.bindValue(1, uidlText(uidl));
        Database::exec(q, Pop3LedgerText::tr("forgetting downloaded messages"));
    }
    tx.commit();
}

int Pop3Ledger::prune(qint64 accountId, const QSet<QByteArray> &onServer)
{
    QList<QByteArray> gone;
    const auto known = entries(accountId);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!onServer.contains(it.key()))
            gone.append(it.key());
    }
    if (!gone.isEmpty())
        remove(accountId, gone);
    return int(gone.size());
}

} // namespace epistle::storage
