#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <limits>
#include <optional>

namespace epistle::storage {

class Database;

// Message bodies and parts fetched on demand, keyed by (message key, part id): part "" is the
// whole raw message, otherwise an IMAP part specifier ("1", "2.1"). The total size is kept under
// a limit by evicting the least recently read parts; a message's parts go when it goes.
// Reading updates the part's last-read time, so reads are writes: call from a worker thread.
class BodyCache
{
public:
    static constexpr qint64 DefaultLimit = 512LL * 1024 * 1024;

    explicit BodyCache(Database &db, qint64 limitBytes = DefaultLimit);

    qint64 limit() const { return m_limit; }
    // Evicts at once if the cache is over the new limit.
    void setLimit(qint64 bytes);

    // Cache: a copy of what a server keeps, evictable. Keep: the only copy (local-only mail such
    // as POP3 downloads), never evicted; it still counts towards the total.
    enum class Retention { Cache, Keep };
    // Stores (or replaces) a part, then evicts least recently read cached parts, never this one,
    // until the total is under the limit. A part larger than the limit is still kept until the
    // next store.
    void store(qint64 messageKey, const QString &partId, const QByteArray &data, Retention retention = Retention::Cache);
    struct Part
    {
        qint64 messageKey = 0;
        QString partId;
        QByteArray data;
    };
    // store() of many parts in one transaction, then one eviction pass that spares all of them.
    void store(const QList<Part> &parts, Retention retention = Retention::Cache);
    std::optional<QByteArray> read(qint64 messageKey, const QString &partId);
    bool contains(qint64 messageKey, const QString &partId);
    void remove(qint64 messageKey);
    void clear();
    qint64 totalSize();
    // Returns how many parts were evicted.
    int evict() { return evictExcept(0, std::numeric_limits<qint64>::max()); }

private:
    // Evicts least recently read cached parts, sparing row keepRowId and those read at or after
    // readBefore, until the total is under the limit.
    int evictExcept(qint64 keepRowId, qint64 readBefore);
    qint64 nextReadStamp();

    Database &m_db;
    qint64 m_limit;
};

} // namespace epistle::storage
