#include "storage/OperationQueue.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct OperationQueueText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::OperationQueue)
};

const char *const KindNames[] = {"flags", "move", "copy", "delete", "append"};
const char *const StateNames[] = {"pending", "running", "failed"};

template<typename Enum, size_t N>
Enum fromName(const char *const (&names)[N], const QString &name, Enum fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return fallback;
}

const QString Columns = QStringLiteral(
    "id, account_id, kind, folder_id, target_folder_id, uids, add_flags, remove_flags, add_keywords, "
    "remove_keywords, data, state, attempts, last_error, created");

Operation readOperation(const QSqlQuery &q)
{
    Operation op;
    op.id = q.value(0).toLongLong();
    op.accountId = q.value(1).toLongLong();
    op.kind = fromName(KindNames, q.value(2).toString(), OperationKind::Flags);
    op.folderId = q.value(3).toLongLong();
    op.targetFolderId = q.value(4).toLongLong();
    op.uids = OperationQueue::decodeUids(q.value(5).toString());
    op.addFlags = MessageFlags::fromInt(q.value(6).toInt());
    op.removeFlags = MessageFlags::fromInt(q.value(7).toInt());
    op.addKeywords = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    op.removeKeywords = q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    op.data = q.value(10).toByteArray();
    op.state = fromName(StateNames, q.value(11).toString(), OperationState::Failed);
    op.attempts = q.value(12).toInt();
    op.lastError = q.value(13).toString();
    op.created = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
    return op;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

OperationQueue::OperationQueue(Database &db)
    : m_db(db)
{
}

QString OperationQueue::encodeUids(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    QString out;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] == uids[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += QString::number(uids[i]);
        if (j > i)
            out += QLatin1Char(':') + QString::number(uids[j]);
        i = j + 1;
    }
    return out;
}

QList<quint32> OperationQueue::decodeUids(const QString &text)
{
    QList<quint32> uids;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        const quint32 first = part.left(colon < 0 ? part.size() : colon).toUInt(&ok1);
        const quint32 last = colon < 0 ? first : part.mid(colon + 1).toUInt(&ok2);
        if (!ok1 || (colon >= 0 && !ok2) || last < first)
            continue;
        for (quint64 uid = first; uid <= last; ++uid)
            uids.append(quint32(uid));
    }
    return uids;
}

void OperationQueue::run(const QString &sql, const QVariantList &values, const QString &what)
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

qint64 OperationQueue::enqueue(const Operation &op)
{
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO operations (account_id, kind, folder_id, target_folder_id, uids, add_flags, remove_flags, "
        "add_keywords, remove_keywords, data, created) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindValue(0, op.accountId);
    q.bindValue(1, QString::fromLatin1(KindNames[static_cast<int>(op.kind)]));
    q.bindValue(2, idOrNull(op.folderId));
    q.bindValue(3, idOrNull(op.targetFolderId));
    q.bindValue(4, Database::text(encodeUids(op.uids)));
    q.bindValue(5, int(op.addFlags.toInt()));
    q.bindValue(6, int(op.removeFlags.toInt()));
    q.bindValue(7, Database::text(op.addKeywords.join(QLatin1Char(' '))));
    q.bindValue(8, Database::text(op.removeKeywords.join(QLatin1Char(' '))));
    q.bindValue(9, op.data.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(op.data));
    q.bindValue(10, QDateTime::currentMSecsSinceEpoch());
    Database::exec(q, OperationQueueText::tr("queueing a change for the server"));
    const qint64 id = q.lastInsertId().toLongLong();
    tx.commit();
    return id;
}

std::optional<Operation> OperationQueue::operation(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM operations WHERE id=?"));
    q.bindValue(0, id);
    Database::exec(q, OperationQueueText::tr("reading queued changes"));
    std::optional<Operation> op;
    if (q.next())
        op = readOperation(q);
    q.finish();
    return op;
}

QList<Operation> OperationQueue::operations(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM operations WHERE account_id=? ORDER BY id"));
    q.bindValue(0, accountId);
    Database::exec(q, OperationQueueText::tr("reading queued changes"));
    QList<Operation> list;
    while (q.next())
        list.append(readOperation(q));
    q.finish();
    return list;
}

std::optional<Operation> OperationQueue::next(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM operations WHERE account_id=? AND state<>'failed' ORDER BY id LIMIT 1"));
    q.bindValue(0, accountId);
    Database::exec(q, OperationQueueText::tr("reading queued changes"));
    std::optional<Operation> op;
    if (q.next())
        op = readOperation(q);
    q.finish();
    return op;
}

int OperationQueue::pendingCount(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM operations WHERE account_id=? AND state<>'failed'"));
    q.bindValue(0, accountId);
    Database::exec(q, OperationQueueText::tr("counting queued changes"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void OperationQueue::markRunning(qint64 id)
{
    run(QStringLiteral("UPDATE operations SET state='running' WHERE id=?"), {id}, OperationQueueText::tr("starting a queued change"));
}

void OperationQueue::complete(qint64 id)
{
    run(QStringLiteral("DELETE FROM operations WHERE id=?"), {id}, OperationQueueText::tr("recording a change done on the server"));
}

void OperationQueue::retryLater(qint64 id, const QString &error)
{
    run(QStringLiteral("UPDATE operations SET state='pending', attempts=attempts+1, last_error=? WHERE id=?"),
        {error, id}, OperationQueueText::tr("recording a failed change"));
}

void OperationQueue::fail(qint64 id, const QString &error)
{
    run(QStringLiteral("UPDATE operations SET state='failed', attempts=attempts+1, last_error=? WHERE id=?"),
        {error, id}, OperationQueueText::tr("recording a failed change"));
}

void OperationQueue::remove(qint64 id)
{
    run(QStringLiteral("DELETE FROM operations WHERE id=?"), {id}, OperationQueueText::tr("removing a queued change"));
}

int OperationQueue::recoverInterrupted()
{
    Transaction tx(m_db, Transaction::Durability::Durable);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE operations SET state='pending' WHERE state='running'"));
    Database::exec(q, OperationQueueText::tr("recovering interrupted changes"));
    const int n = q.numRowsAffected();
    tx.commit();
    return n;
}

} // namespace epistle::storage
