#include "storage/Outbox.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct OutboxText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::Outbox)
};

const char *const StateNames[] = {"queued", "sending", "failed"};

OutboxState stateFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(StateNames[i]))
            return static_cast<OutboxState>(i);
    }
    return OutboxState::Failed;
}

const QString Columns = QStringLiteral(
    "id, account_id, sender, recipients, message, message_path, state, attempts, last_error, next_attempt, created");

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.sender = q.value(2).toString();
    e.recipients = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    e.message = q.value(4).toByteArray();
    e.messagePath = q.value(5).toString();
    e.state = stateFromName(q.value(6).toString());
    e.attempts = q.value(7).toInt();
    e.lastError = q.value(8).toString();
    const qint64 next = q.value(9).toLongLong();
    e.nextAttempt = next > 0 ? QDateTime::fromMSecsSinceEpoch(next, Qt::UTC) : QDateTime();
    e.created = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    return e;
}

} // namespace

Outbox::Outbox(Database &db)
    : m_db(db)
{
}

void Outbox::run(const QString &sql, const QVariantList &values, const QString &what)
{
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        q.bindValue(i, v.typeId() == QMetaType::QString ? QVariant(Database::text(v.toString())) : v);
    }
    Database::exec(q, what);
    tx.commit();
}

qint64 Outbox::insert(qint64 accountId, const QString &sender, const QStringList &recipients,
                      const QByteArray *message, const QString *path)
{
    if (recipients.isEmpty()) {
        throw StorageError(StorageError::Kind::Misuse, OutboxText::tr("A message without recipients cannot be queued."));
    }
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox (account_id, sender, recipients, message, message_path, created) VALUES (?,?,?,?,?,?)"));
    q.bindValue(0, accountId);
    q.bindValue(1, Database::text(sender));
    q.bindValue(2, Database::text(recipients.join(QLatin1Char('\n'))));
    q.bindValue(3, message ? QVariant(message->isNull() ? QByteArray("") : *message) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.bindValue(4, path ? QVariant(*path) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(5, QDateTime::currentMSecsSinceEpoch());
    Database::exec(q, OutboxText::tr("queueing a message for sending"));
    const qint64 id = q.lastInsertId().toLongLong();
    tx.commit();
    return id;
}

qint64 Outbox::enqueue(qint64 accountId, const QString &sender, const QStringList &recipients, const QByteArray &message)
{
    return insert(accountId, sender, recipients, &message, nullptr);
}

qint64 Outbox::enqueueFile(qint64 accountId, const QString &sender, const QStringList &recipients, const QString &path)
{
    return insert(accountId, sender, recipients, nullptr, &path);
}

std::optional<OutboxEntry> Outbox::entry(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM outbox WHERE id=?"));
    q.bindValue(0, id);
    Database::exec(q, OutboxText::tr("reading the outbox"));
    std::optional<OutboxEntry> e;
    if (q.next())
        e = readEntry(q);
    q.finish();
    return e;
}

QList<OutboxEntry> Outbox::entries(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM outbox WHERE ? = 0 OR account_id = ? ORDER BY id"));
    q.bindValue(0, accountId);
    q.bindValue(1, accountId);
    Database::exec(q, OutboxText::tr("reading the outbox"));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(readEntry(q));
    q.finish();
    return list;
}

QList<OutboxEntry> Outbox::due(const QDateTime &now, int limit)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM outbox WHERE state='queued' AND next_attempt <= ? ORDER BY id LIMIT ?"));
    q.bindValue(0, now.toMSecsSinceEpoch());
    q.bindValue(1, limit);
    Database::exec(q, OutboxText::tr("reading the outbox"));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(readEntry(q));
    q.finish();
    return list;
}

bool Outbox::markSending(qint64 id)
{
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET state='sending' WHERE id=? AND state='queued'"));
    q.bindValue(0, id);
    Database::exec(q, OutboxText::tr("starting to send a message"));
    const bool claimed = q.numRowsAffected() == 1;
    tx.commit();
    return claimed;
}

void Outbox::markSent(qint64 id)
{
    run(QStringLiteral("DELETE FROM outbox WHERE id=?"), {id}, OutboxText::tr("recording a sent message"));
}

void Outbox::markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    run(QStringLiteral("UPDATE outbox SET state='queued', attempts=attempts+1, last_error=?, next_attempt=? WHERE id=?"),
        {error, nextAttempt.isValid() ? nextAttempt.toMSecsSinceEpoch() : 0, id}, OutboxText::tr("recording a sending failure"));
}

void Outbox::markFailed(qint64 id, const QString &error)
{
    run(QStringLiteral("UPDATE outbox SET state='failed', attempts=attempts+1, last_error=? WHERE id=?"), {error, id},
        OutboxText::tr("recording a sending failure"));
}

void Outbox::requeue(qint64 id)
{
    run(QStringLiteral("UPDATE outbox SET state='queued', next_attempt=0 WHERE id=?"), {id},
        OutboxText::tr("queueing a message again"));
}

void Outbox::remove(qint64 id)
{
    run(QStringLiteral("DELETE FROM outbox WHERE id=?"), {id}, OutboxText::tr("removing a message from the outbox"));
}

int Outbox::recoverInterrupted()
{
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET state='queued' WHERE state='sending'"));
    Database::exec(q, OutboxText::tr("recovering interrupted sending"));
    const int n = q.numRowsAffected();
    tx.commit();
    return n;
}

} // namespace epistle::storage
