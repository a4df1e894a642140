#include "storage/BodyCache.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace epistle::storage {

namespace {
// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct BodyCacheText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::BodyCache)
};
} // namespace

BodyCache::BodyCache(Database &db, qint64 limitBytes)
    : m_db(db)
    , m_limit(std::max<qint64>(0, limitBytes))
{
}

void BodyCache::setLimit(qint64 bytes)
{
    m_limit = std::max<qint64>(0, bytes);
    evict();
}

qint64 BodyCache::nextReadStamp()
{
    // Milliseconds since the epoch, but strictly increasing so that the order of reads is kept
    // even within one millisecond (and across a clock step backwards).
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ifnull(max(last_read), 0) FROM body_parts"));
    Database::exec(q, BodyCacheText::tr("reading the cache clock"));
    const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return std::max(QDateTime::currentMSecsSinceEpoch(), last + 1);
}

void BodyCache::store(qint64 messageKey, const QString &partId, const QByteArray &data, Retention retention)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO body_parts (message_id, part, data, size, last_read, pinned) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (message_id, part) DO UPDATE SET data=excluded.data, size=excluded.size, "
        "last_read=excluded.last_read, pinned=max(pinned, excluded.pinned)"));
    q.bindValue(0, messageKey);
    q.bindValue(1, Database::text(partId));
    q.bindValue(2, data.isNull() ? QByteArray("") : data);
    q.bindValue(3, qint64(data.size()));
    q.bindValue(4, nextReadStamp());
    q.bindValue(5, retention == Retention::Keep ? 1 : 0);
    Database::exec(q, BodyCacheText::tr("caching a message part"));
    QSqlQuery &find = m_db.prepare(QStringLiteral("SELECT id FROM body_parts WHERE message_id=? AND part=?"));
    find.bindValue(0, messageKey);
    find.bindValue(1, Database::text(partId));
    Database::exec(find, BodyCacheText::tr("caching a message part"));
    const qint64 rowId = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    evictExcept(rowId, std::numeric_limits<qint64>::max());
    tx.commit();
}

void BodyCache::store(const QList<Part> &parts, Retention retention)
{
    if (parts.isEmpty())
        return;
    Transaction tx(m_db);
    SqliteStatement &insert = m_db.nativeStatement(QStringLiteral(
        "INSERT INTO body_parts (message_id, part, data, size, last_read, pinned) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT (message_id, part) DO UPDATE SET data=excluded.data, size=excluded.size, "
        "last_read=excluded.last_read, pinned=max(pinned, excluded.pinned)"));
    const qint64 firstStamp = nextReadStamp();
    qint64 stamp = firstStamp;
    for (const Part &part : parts) {
        insert.bind(1, part.messageKey);
        insert.bind(2, part.partId);
        insert.bindBlob(3, part.data);
        insert.bind(4, qint64(part.data.size()));
        insert.bind(5, stamp++);
        insert.bind(6, qint64(retention == Retention::Keep ? 1 : 0));
        insert.run(BodyCacheText::tr("caching a message part"));
    }
    insert.bindBlob(3, QByteArray()); // do not keep the last body alive in the statement
    evictExcept(0, firstStamp);
    tx.commit();
}

std::optional<QByteArray> BodyCache::read(qint64 messageKey, const QString &partId)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, data FROM body_parts WHERE message_id=? AND part=?"));
    q.bindValue(0, messageKey);
    q.bindValue(1, Database::text(partId));
    Database::exec(q, BodyCacheText::tr("reading a cached message part"));
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    const qint64 rowId = q.value(0).toLongLong();
    QByteArray data = q.value(1).toByteArray();
    q.finish();
    QSqlQuery &touch = m_db.prepare(QStringLiteral("UPDATE body_parts SET last_read=? WHERE id=?"));
    touch.bindValue(0, nextReadStamp());
    touch.bindValue(1, rowId);
    Database::exec(touch, BodyCacheText::tr("reading a cached message part"));
    tx.commit();
    return data;
}

bool BodyCache::contains(qint64 messageKey, const QString &partId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM body_parts WHERE message_id=? AND part=?"));
    q.bindValue(0, messageKey);
    q.bindValue(1, Database::text(partId));
    Database::exec(q, BodyCacheText::tr("looking up a cached message part"));
    const bool found = q.next();
    q.finish();
    return found;
}

void BodyCache::remove(qint64 messageKey)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM body_parts WHERE message_id=?"));
    q.bindValue(0, messageKey);
    Database::exec(q, BodyCacheText::tr("removing cached message parts"));
    tx.commit();
}

void BodyCache::clear()
{
    Transaction tx(m_db);
    m_db.execute(QStringLiteral("DELETE FROM body_parts"), BodyCacheText::tr("clearing the message cache"));
    tx.commit();
}

qint64 BodyCache::totalSize()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT total FROM body_cache_usage WHERE id=1"));
    Database::exec(q, BodyCacheText::tr("reading the cache size"));
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return total;
}

int BodyCache::evictExcept(qint64 keepRowId, qint64 readBefore)
{
    qint64 total = totalSize();
    if (total <= m_limit)
        return 0;
    Transaction tx(m_db);
    int evicted = 0;
    QSqlQuery &oldest = m_db.prepare(QStringLiteral(
        "SELECT id, size FROM body_parts WHERE pinned = 0 AND id <> ? AND last_read < ? ORDER BY last_read LIMIT 64"));
    QSqlQuery &remove = m_db.prepare(QStringLiteral("DELETE FROM body_parts WHERE id=?"));
    while (total > m_limit) {
        oldest.bindValue(0, keepRowId);
        oldest.bindValue(1, readBefore);
        Database::exec(oldest, BodyCacheText::tr("evicting cached message parts"));
        QList<QPair<qint64, qint64>> victims;
        while (victims.size() < 64 && oldest.next())
            victims.append({oldest.value(0).toLongLong(), oldest.value(1).toLongLong()});
        oldest.finish();
        if (victims.isEmpty())
            break;
        for (const auto &[id, size] : std::as_const(victims)) {
            if (total <= m_limit)
                break;
            remove.bindValue(0, id);
            Database::exec(remove, BodyCacheText::tr("evicting cached message parts"));
            total -= size;
            ++evicted;
        }
    }
    tx.commit();
    return evicted;
}

} // namespace epistle::storage
