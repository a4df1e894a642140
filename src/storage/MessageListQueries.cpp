#include "storage/MessageListQueries.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <sqlite3.h>

namespace epistle::storage {

namespace {

const QString RowColumns = QStringLiteral(
    "id, uid, flags, sort_date, date, date_offset, subject, from_name, from_address, "
    "substr(to_list, 1, instr(to_list || char(30), char(30)) - 1), size, has_attachments, thread_id, preview");

MessageListRow readRow(const QSqlQuery &q)
{
    MessageListRow row;
    row.key = q.value(0).toLongLong();
    row.uid = quint32(q.value(1).toLongLong());
    row.flags = MessageFlags::fromInt(q.value(2).toInt());
    row.date = q.value(4).isNull() ? QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)
                                   : QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::OffsetFromUTC,
                                                                   q.value(5).toInt());
    row.subject = q.value(6).toString();
    row.from = {q.value(7).toString(), q.value(8).toString()};
    const QList<Address> first = decodeAddresses(q.value(9).toString());
    if (!first.isEmpty())
        row.firstRecipient = first.first();
    row.size = q.value(10).toLongLong();
    row.hasAttachments = q.value(11).toInt() != 0;
    row.threadId = q.value(12).toLongLong();
    row.preview = q.value(13).toString();
    return row;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

// The same terms as the partial indexes (migration 2), so SQLite can use them.
QString filterSql(QuickFilters filters)
{
    QString sql;
    if (filters & QuickFilter::Unread)
        sql += QStringLiteral(" AND (flags & 1) = 0");
    if (filters & QuickFilter::Flagged)
        sql += QStringLiteral(" AND (flags & 4) <> 0");
    if (filters & QuickFilter::WithAttachments)
        sql += QStringLiteral(" AND has_attachments <> 0");
    return sql;
}

QString folderSql(const QList<qint64> &folderIds)
{
    if (folderIds.size() == 1)
        return QStringLiteral("folder_id=") + QString::number(folderIds.first());
    return QStringLiteral("folder_id IN (") + idList(folderIds) + QLatin1Char(')');
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

sqlite3 *nativeHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

MessageListQueries::MessageListQueries(Database &db)
    : m_db(db)
{
}

QString MessageListQueries::orderedKeysSql(const KeyQuery &query)
{
    const QString dir = direction(query.order);
    QStringList keys;
    switch (query.sort) {
    case SortKey::Date:
        keys = {QStringLiteral("sort_date"), QStringLiteral("id")};
        break;
    case SortKey::Subject:
        keys = {QStringLiteral("sort_subject"), QStringLiteral("sort_date"), QStringLiteral("id")};
        break;
    case SortKey::From:
        keys = {QStringLiteral("sort_from"), QStringLiteral("sort_date"), QStringLiteral("id")};
        break;
    case SortKey::Size:
        keys = {QStringLiteral("size"), QStringLiteral("id")};
        break;
    }
    return QStringLiteral("SELECT id FROM messages WHERE ") + folderSql(query.folderIds) + filterSql(query.filters) +
           QStringLiteral(" ORDER BY ") + keys.join(dir + QStringLiteral(", ")) + dir;
}

QList<qint64> MessageListQueries::orderedKeys(const KeyQuery &query)
{
    if (query.folderIds.isEmpty())
        return {};
    return keyColumn(orderedKeysSql(query), 1, nullptr);
}

QList<ThreadSummary> MessageListQueries::threads(const KeyQuery &query)
{
    if (query.folderIds.isEmpty())
        return {};
    QString orderKey;
    switch (query.sort) {
    case SortKey::Date:
        orderKey = QStringLiteral("max(sort_date)");
        break;
    case SortKey::Subject:
        orderKey = QStringLiteral("min(sort_subject)");
        break;
    case SortKey::From:
        orderKey = QStringLiteral("min(sort_from)");
        break;
    case SortKey::Size:
        orderKey = QStringLiteral("sum(size)");
        break;
    }
    const QString dir = direction(query.order);
    QString sql;
    if (!query.filters) {
        sql = QStringLiteral("SELECT thread_id, min(id), count(*), sum((flags & 1) = 0), ") + orderKey +
              QStringLiteral(" AS k FROM messages WHERE ") + folderSql(query.folderIds) +
              QStringLiteral(" GROUP BY thread_id ORDER BY k") + dir + QStringLiteral(", thread_id") + dir;
    } else {
        // Whole threads are shown when any of their messages passes the filters.
        sql = QStringLiteral("SELECT t.thread_id, t.first_key, "
                             "(SELECT count(*) FROM messages x WHERE x.thread_id = t.thread_id), "
                             "(SELECT count(*) FROM messages x WHERE x.thread_id = t.thread_id AND (x.flags & 1) = 0) "
                             "FROM (SELECT thread_id, min(id) AS first_key, ") +
              orderKey + QStringLiteral(" AS k FROM messages WHERE ") + folderSql(query.folderIds) +
              filterSql(query.filters) + QStringLiteral(" GROUP BY thread_id) t ORDER BY t.k") + dir +
              QStringLiteral(", t.thread_id") + dir;
    }
    QList<ThreadSummary> threads;
    keyColumn(sql, 4, &threads);
    return threads;
}

QList<qint64> MessageListQueries::keyColumn(const QString &sql, int columns, QList<ThreadSummary> *threads)
{
    sqlite3 *handle = nativeHandle(m_db);
    if (!handle)
        throw StorageError(StorageError::Kind::CannotOpen, tr("The mail database has no native handle."));
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        throw StorageError(StorageError::Kind::Query, tr("The message list could not be read."), detail);
    }
    QList<qint64> keys;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (columns == 1) {
            keys.append(sqlite3_column_int64(statement, 0));
        } else {
            threads->append({sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1),
                             sqlite3_column_int(statement, 2), sqlite3_column_int(statement, 3)});
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        throw StorageError(StorageError::Kind::Query, tr("The message list could not be read."),
                           QString::fromUtf8(sqlite3_errstr(rc)));
    return keys;
}

QList<MessageListRow> MessageListQueries::rows(const QList<qint64> &keys)
{
    QList<MessageListRow> result;
    if (keys.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM messages WHERE id IN (") + idList(keys) +
                QLatin1Char(')')))
        throw StorageError::fromSqlError(q.lastError(), tr("reading message list rows"));
    result.reserve(keys.size());
    while (q.next())
        result.append(readRow(q));
    return result;
}

QList<MessageListRow> MessageListQueries::threadRows(qint64 threadId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + RowColumns +
                                QStringLiteral(" FROM messages WHERE thread_id=? ORDER BY sort_date, id"));
    q.bindValue(0, threadId);
    Database::exec(q, tr("reading a thread"));
    QList<MessageListRow> rows;
    while (q.next())
        rows.append(readRow(q));
    q.finish();
    return rows;
}

QList<Address> AddressSuggestions::frequent(Database &db, int limit)
{
    struct Seen
    {
        Address address;
        int weight = 0;
    };
    QHash<QString, Seen> seen;
    auto add = [&](const Address &address, int weight) {
        if (address.address.isEmpty() || !address.address.contains(QLatin1Char('@')))
            return;
        Seen &entry = seen[address.address.toCaseFolded()];
        if (entry.address.address.isEmpty() || (entry.address.name.isEmpty() && !address.name.isEmpty()))
            entry.address = address;
        entry.weight += weight;
    };

    QSqlQuery &senders = db.prepare(QStringLiteral(
        "SELECT from_name, from_address, count(*) AS n FROM messages WHERE from_address <> '' "
        "GROUP BY from_address ORDER BY n DESC LIMIT ?"));
    senders.bindValue(0, limit);
    Database::exec(senders, tr("reading addresses"));
    while (senders.next())
        add({senders.value(0).toString(), senders.value(1).toString()}, senders.value(2).toInt());
    senders.finish();

    // People the user writes to count more than people who write to the user.
    QSqlQuery &recipients = db.prepare(QStringLiteral(
        "SELECT to_list, cc_list FROM messages WHERE folder_id IN (SELECT id FROM folders WHERE role = 'sent') "
        "ORDER BY sort_date DESC LIMIT ?"));
    recipients.bindValue(0, limit);
    Database::exec(recipients, tr("reading addresses"));
    while (recipients.next()) {
        for (const Address &a : decodeAddresses(recipients.value(0).toString()))
            add(a, 3);
        for (const Address &a : decodeAddresses(recipients.value(1).toString()))
            add(a, 2);
    }
    recipients.finish();

    QList<Seen> sorted = seen.values();
    std::sort(sorted.begin(), sorted.end(), [](const Seen &a, const Seen &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.address.address < b.address.address;
    });
    QList<Address> result;
    for (const Seen &s : sorted) {
        if (result.size() >= limit)
            break;
        result.append(s.address);
    }
    return result;
}

} // namespace epistle::storage
