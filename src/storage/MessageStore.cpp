#include "storage/MessageStore.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "storage/SubjectNormalizer.h"
#include "storage/Threader.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <unordered_map>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct MessageStoreText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::MessageStore)
};

QDateTime dateFrom(const QVariant &seconds, int offset)
{
    if (seconds.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::OffsetFromUTC, offset);
}

QByteArrayList splitIds(const QString &text)
{
    QByteArrayList ids;
    const QList<QStringView> parts = QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QStringView p : parts)
        ids.append(p.toUtf8());
    return ids;
}

const QString ListColumns = QStringLiteral(
    "id, uid, flags, sort_date, date, date_offset, subject, from_name, from_address, "
    "substr(to_list, 1, instr(to_list || char(30), char(30)) - 1), size, has_attachments, thread_id, preview");

MessageListRow readListRow(const QSqlQuery &q)
{
    MessageListRow row;
    row.key = q.value(0).toLongLong();
    row.uid = quint32(q.value(1).toLongLong());
    row.flags = MessageFlags::fromInt(q.value(2).toInt());
    row.date = q.value(4).isNull() ? QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)
                                   : dateFrom(q.value(4), q.value(5).toInt());
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

const QString MessageColumns = QStringLiteral(
    "id, folder_id, thread_id, uid, modseq, flags, keywords, internal_date, size, date, date_offset, subject, "
    "from_name, from_address, to_list, cc_list, message_id, in_reply_to, refs, has_attachments, preview");

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.key = q.value(0).toLongLong();
    m.folderId = q.value(1).toLongLong();
    m.threadId = q.value(2).toLongLong();
    MessageSummary &s = m.summary;
    s.uid = quint32(q.value(3).toLongLong());
    s.modSeq = q.value(4).toULongLong();
    s.flags = MessageFlags::fromInt(q.value(5).toInt());
    s.keywords = q.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.internalDate = q.value(7).isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    s.size = q.value(8).toLongLong();
    s.date = dateFrom(q.value(9), q.value(10).toInt());
    s.subject = q.value(11).toString();
    s.from = {q.value(12).toString(), q.value(13).toString()};
    s.to = decodeAddresses(q.value(14).toString());
    s.cc = decodeAddresses(q.value(15).toString());
    s.messageId = q.value(16).toString().toUtf8();
    s.inReplyTo = q.value(17).toString().toUtf8();
    s.references = splitIds(q.value(18).toString());
    s.hasAttachments = q.value(19).toInt() != 0;
    s.preview = q.value(20).toString();
    return m;
}

} // namespace

struct MessageStore::ThreaderCache
{
    std::unordered_map<qint64, std::unique_ptr<Threader>> byFolder;
};

MessageStore::MessageStore(Database &db)
    : m_db(db)
    , m_threaders(std::make_shared<ThreaderCache>())
{
}

MessageStore::~MessageStore() = default;

Threader &MessageStore::threader(qint64 folderId)
{
    auto it = m_threaders->byFolder.find(folderId);
    if (it != m_threaders->byFolder.end())
        return *it->second;

    auto threader = std::make_unique<Threader>();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, message_id, in_reply_to, refs, subject, thread_id FROM messages WHERE folder_id=? ORDER BY id"));
    q.bindValue(0, folderId);
    Database::exec(q, MessageStoreText::tr("loading the threads of a folder"));
    QList<ThreadMessage> messages;
    QHash<qint64, qint64> stored;
    while (q.next()) {
        const qint64 key = q.value(0).toLongLong();
        messages.append({key, q.value(1).toString().toUtf8(), splitIds(q.value(3).toString()),
                         q.value(2).toString().toUtf8(), q.value(4).toString()});
        stored.insert(key, q.value(5).toLongLong());
    }
    q.finish();
    QHash<qint64, qint64> computed = threader->add(messages);
    // Repair ids written by an older algorithm or an interrupted writer.
    for (auto c = computed.begin(); c != computed.end();) {
        if (stored.value(c.key()) == c.value())
            c = computed.erase(c);
        else
            ++c;
    }
    {
        Transaction tx(m_db);
        if (!computed.isEmpty())
            writeThreadIds(computed, {});
        // Later writes adjust the counts by their difference; start from exact ones.
        refreshCounts(folderId);
        tx.commit();
    }
    return *m_threaders->byFolder.emplace(folderId, std::move(threader)).first->second;
}

void MessageStore::invalidateThreader(qint64 folderId)
{
    m_threaders->byFolder.erase(folderId);
}

void MessageStore::writeThreadIds(const QHash<qint64, qint64> &changes, const QSet<qint64> &skip)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE messages SET thread_id=? WHERE id=?"));
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (skip.contains(it.key()))
            continue;
        q.bindValue(0, it.value());
        q.bindValue(1, it.key());
        Database::exec(q, MessageStoreText::tr("updating threads"));
    }
}

void MessageStore::adjustCounts(qint64 folderId, int messages, int unread)
{
    if (!messages && !unread)
        return;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE folders SET message_count = message_count + ?, unread_count = unread_count + ? WHERE id = ?"));
    q.bindValue(0, messages);
    q.bindValue(1, unread);
    q.bindValue(2, folderId);
    Database::exec(q, MessageStoreText::tr("counting messages"));
}

void MessageStore::refreshCounts(qint64 folderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE folders SET message_count = (SELECT count(*) FROM messages WHERE folder_id = ?), "
        "unread_count = (SELECT count(*) FROM messages WHERE folder_id = ? AND (flags & 1) = 0) WHERE id = ?"));
    q.bindValue(0, folderId);
    q.bindValue(1, folderId);
    q.bindValue(2, folderId);
    Database::exec(q, MessageStoreText::tr("counting messages"));
}

MessageStore::UpsertResult MessageStore::upsert(qint64 folderId, const QList<MessageSummary> &summaries)
{
    UpsertResult result;
    if (summaries.isEmpty())
        return result;
    Transaction tx(m_db);
    std::weak_ptr<ThreaderCache> weak = m_threaders;
    m_db.onRollback([weak, folderId] {
        if (auto cache = weak.lock())
            cache->byFolder.erase(folderId);
    });
    Threader &folderThreader = threader(folderId);

    // The last occurrence of a UID in the batch wins.
    QHash<quint32, qsizetype> last;
    quint32 minUid = summaries.first().uid, maxUid = minUid;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        last.insert(summaries[i].uid, i);
        minUid = std::min(minUid, summaries[i].uid);
        maxUid = std::max(maxUid, summaries[i].uid);
    }
    QHash<quint32, qint64> existing;
    QHash<quint32, bool> existingUnread;
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT uid, id, (flags & 1) = 0 FROM messages WHERE folder_id=? AND uid BETWEEN ? AND ?"));
        q.bindValue(0, folderId);
        q.bindValue(1, qint64(minUid));
        q.bindValue(2, qint64(maxUid));
        Database::exec(q, MessageStoreText::tr("storing messages"));
        while (q.next()) {
            const quint32 uid = quint32(q.value(0).toLongLong());
            if (last.contains(uid)) {
                existing.insert(uid, q.value(1).toLongLong());
                existingUnread.insert(uid, q.value(2).toInt() != 0);
            }
        }
        q.finish();
    }
    // Keys are given out here (the write lock is held) so that the thread ids are known before the
    // rows are written; the AUTOINCREMENT sequence keeps deleted keys from being reused.
    qint64 nextKey = m_db.scalar(QStringLiteral(
                                     "SELECT max(ifnull((SELECT seq FROM sqlite_sequence WHERE name='messages'), 0), "
                                     "ifnull((SELECT max(id) FROM messages), 0))"),
                                 MessageStoreText::tr("storing messages"))
                         .toLongLong() +
                     1;

    QHash<quint32, qint64> keyOfUid;
    int unreadDelta = 0;
    QList<qsizetype> newRows;
    QList<ThreadMessage> threadInput;
    threadInput.reserve(summaries.size());
    QSqlQuery &update = m_db.prepare(QStringLiteral(
        "UPDATE messages SET flags=?, keywords=?, modseq=?, preview=CASE WHEN preview = '' THEN ? ELSE preview END "
        "WHERE id=?"));
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const MessageSummary &s = summaries[i];
        if (last.value(s.uid) != i)
            continue;
        if (const auto found = existing.constFind(s.uid); found != existing.constEnd()) {
            update.bindValue(0, int(s.flags.toInt()));
            update.bindValue(1, Database::text(s.keywords.join(QLatin1Char(' '))));
            update.bindValue(2, qint64(s.modSeq));
            update.bindValue(3, Database::text(s.preview));
            update.bindValue(4, *found);
            Database::exec(update, MessageStoreText::tr("updating messages"));
            unreadDelta += int(!s.flags.testFlag(MessageFlag::Seen)) - int(existingUnread.value(s.uid));
            keyOfUid.insert(s.uid, *found);
            ++result.updated;
        } else {
            const qint64 key = nextKey++;
            unreadDelta += int(!s.flags.testFlag(MessageFlag::Seen));
            keyOfUid.insert(s.uid, key);
            newRows.append(i);
            threadInput.append({key, s.messageId, s.references, s.inReplyTo, s.subject});
        }
    }

    const QHash<qint64, qint64> threads = folderThreader.add(threadInput);
    SqliteStatement &insert = m_db.nativeStatement(QStringLiteral(
        "INSERT INTO messages (id, folder_id, uid, modseq, flags, keywords, internal_date, size, date, date_offset, "
        "sort_date, subject, sort_subject, from_name, from_address, sort_from, to_list, cc_list, message_id, "
        "in_reply_to, refs, has_attachments, preview, thread_id) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSet<qint64> newKeys;
    newKeys.reserve(newRows.size());
    for (qsizetype i : std::as_const(newRows)) {
        const MessageSummary &s = summaries[i];
        const qint64 key = keyOfUid.value(s.uid);
        newKeys.insert(key);
        const qint64 sortDate = s.date.isValid()           ? s.date.toSecsSinceEpoch()
                                : s.internalDate.isValid() ? s.internalDate.toSecsSinceEpoch()
                                                           : 0;
        int c = 1;
        insert.bind(c++, key);
        insert.bind(c++, folderId);
        insert.bind(c++, qint64(s.uid));
        insert.bind(c++, qint64(s.modSeq));
        insert.bind(c++, qint64(s.flags.toInt()));
        if (s.keywords.isEmpty())
            insert.bindUtf8(c++, QByteArray());
        else
            insert.bind(c++, s.keywords.join(QLatin1Char(' ')));
        if (s.internalDate.isValid())
            insert.bind(c++, s.internalDate.toSecsSinceEpoch());
        else
            insert.bindNull(c++);
        insert.bind(c++, s.size);
        if (s.date.isValid()) {
            insert.bind(c++, s.date.toSecsSinceEpoch());
            insert.bind(c++, qint64(s.date.offsetFromUtc()));
        } else {
            insert.bindNull(c++);
            insert.bind(c++, qint64(0));
        }
        insert.bind(c++, sortDate);
        insert.bind(c++, s.subject);
        insert.bind(c++, SubjectNormalizer::normalize(s.subject));
        insert.bind(c++, s.from.name);
        insert.bind(c++, s.from.address);
        insert.bind(c++, (s.from.name.isEmpty() ? s.from.address : s.from.name).toCaseFolded());
        insert.bind(c++, encodeAddresses(s.to));
        insert.bind(c++, encodeAddresses(s.cc));
        insert.bindUtf8(c++, s.messageId);
        insert.bindUtf8(c++, s.inReplyTo);
        insert.bindUtf8(c++, s.references.size() == 1 ? s.references.first() : s.references.join(' '));
        insert.bind(c++, qint64(s.hasAttachments ? 1 : 0));
        insert.bind(c++, s.preview);
        insert.bind(c++, threads.value(key, key));
        insert.run(MessageStoreText::tr("storing messages"));
    }
    writeThreadIds(threads, newKeys);
    adjustCounts(folderId, int(newRows.size()), unreadDelta);
    tx.commit();

    result.inserted = int(newRows.size());
    result.keys.reserve(summaries.size());
    for (const MessageSummary &s : summaries)
        result.keys.append(keyOfUid.value(s.uid));
    return result;
}

int MessageStore::removeUids(qint64 folderId, const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return 0;
    Transaction tx(m_db);
    std::weak_ptr<ThreaderCache> weak = m_threaders;
    m_db.onRollback([weak, folderId] {
        if (auto cache = weak.lock())
            cache->byFolder.erase(folderId);
    });
    Threader &folderThreader = threader(folderId);
    QSqlQuery &find = m_db.prepare(QStringLiteral("SELECT id, (flags & 1) = 0 FROM messages WHERE folder_id=? AND uid=?"));
    QList<qint64> keys;
    int unread = 0;
    for (quint32 uid : QSet<quint32>(uids.begin(), uids.end())) {
        find.bindValue(0, folderId);
        find.bindValue(1, qint64(uid));
        Database::exec(find, MessageStoreText::tr("removing messages"));
        if (find.next()) {
            keys.append(find.value(0).toLongLong());
            unread += find.value(1).toInt();
        }
        find.finish();
    }
    if (keys.isEmpty()) {
        tx.commit();
        return 0; // none of them stored (an expunge reported twice, or of a message never fetched)
    }
    // One statement for the whole batch: its cascade into the search index then costs one flush.
    QString list;
    list.reserve(keys.size() * 8);
    for (qint64 key : std::as_const(keys)) {
        list += list.isEmpty() ? QStringLiteral("[") : QStringLiteral(",");
        list += QString::number(key);
    }
    list += QLatin1Char(']');
    QSqlQuery &remove = m_db.prepare(QStringLiteral("DELETE FROM messages WHERE id IN (SELECT value FROM json_each(?))"));
    remove.bindValue(0, list);
    Database::exec(remove, MessageStoreText::tr("removing messages"));
    writeThreadIds(folderThreader.remove(keys), {});
    adjustCounts(folderId, -int(keys.size()), -unread);
    tx.commit();
    return int(keys.size());
}

int MessageStore::updateFlags(qint64 folderId, const QList<FlagUpdate> &updates)
{
    if (updates.isEmpty())
        return 0;
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE messages SET flags=?, keywords=?, modseq=CASE WHEN ? > 0 THEN ? ELSE modseq END "
        "WHERE folder_id=? AND uid=?"));
    int changed = 0;
    for (const FlagUpdate &u : updates) {
        q.bindValue(0, int(u.flags.toInt()));
        q.bindValue(1, Database::text(u.keywords.join(QLatin1Char(' '))));
        q.bindValue(2, qint64(u.modSeq));
        q.bindValue(3, qint64(u.modSeq));
        q.bindValue(4, folderId);
        q.bindValue(5, qint64(u.uid));
        Database::exec(q, MessageStoreText::tr("changing flags"));
        changed += q.numRowsAffected() > 0 ? 1 : 0;
    }
    refreshCounts(folderId);
    tx.commit();
    return changed;
}

void MessageStore::resetForUidValidity(qint64 folderId, quint32 newUidValidity)
{
    Transaction tx(m_db);
    QSqlQuery &remove = m_db.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id=?"));
    remove.bindValue(0, folderId);
    Database::exec(remove, MessageStoreText::tr("clearing a folder whose UIDVALIDITY changed"));
    QSqlQuery &folder = m_db.prepare(QStringLiteral(
        "UPDATE folders SET uidvalidity=?, uidnext=0, highestmodseq=0, message_count=0, unread_count=0 WHERE id=?"));
    folder.bindValue(0, qint64(newUidValidity));
    folder.bindValue(1, folderId);
    Database::exec(folder, MessageStoreText::tr("clearing a folder whose UIDVALIDITY changed"));
    invalidateThreader(folderId);
    tx.commit();
}

QString MessageStore::listSql(const ListQuery &query)
{
    QString sql = QStringLiteral("SELECT ") + ListColumns + QStringLiteral(" FROM messages WHERE folder_id=?");
    switch (query.filter) {
    case ListFilter::All:
        break;
    case ListFilter::Unread:
        sql += QStringLiteral(" AND (flags & 1) = 0");
        break;
    case ListFilter::Flagged:
        sql += QStringLiteral(" AND (flags & 4) <> 0");
        break;
    }
    // Every key column runs in the same direction so that one index serves both orders.
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
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
    sql += QStringLiteral(" ORDER BY ") + keys.join(dir + QStringLiteral(", ")) + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    return sql;
}

QList<MessageListRow> MessageStore::list(const ListQuery &query)
{
    QSqlQuery &q = m_db.prepare(listSql(query));
    q.bindValue(0, query.folderId);
    q.bindValue(1, std::max(0, query.limit));
    q.bindValue(2, std::max(0, query.offset));
    Database::exec(q, MessageStoreText::tr("listing messages"));
    QList<MessageListRow> rows;
    rows.reserve(std::max(0, query.limit));
    while (q.next())
        rows.append(readListRow(q));
    q.finish();
    return rows;
}

int MessageStore::count(qint64 folderId, ListFilter filter)
{
    QString sql = QStringLiteral("SELECT count(*) FROM messages WHERE folder_id=?");
    if (filter == ListFilter::Unread)
        sql += QStringLiteral(" AND (flags & 1) = 0");
    else if (filter == ListFilter::Flagged)
        sql += QStringLiteral(" AND (flags & 4) <> 0");
    QSqlQuery &q = m_db.prepare(sql);
    q.bindValue(0, folderId);
    Database::exec(q, MessageStoreText::tr("counting messages"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<StoredMessage> MessageStore::message(qint64 key)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + MessageColumns + QStringLiteral(" FROM messages WHERE id=?"));
    q.bindValue(0, key);
    Database::exec(q, MessageStoreText::tr("reading a message"));
    std::optional<StoredMessage> m;
    if (q.next())
        m = readMessage(q);
    q.finish();
    return m;
}

std::optional<StoredMessage> MessageStore::messageByUid(qint64 folderId, quint32 uid)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + MessageColumns +
                                QStringLiteral(" FROM messages WHERE folder_id=? AND uid=?"));
    q.bindValue(0, folderId);
    q.bindValue(1, qint64(uid));
    Database::exec(q, MessageStoreText::tr("reading a message"));
    std::optional<StoredMessage> m;
    if (q.next())
        m = readMessage(q);
    q.finish();
    return m;
}

QList<quint32> MessageStore::uids(qint64 folderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT uid FROM messages WHERE folder_id=? ORDER BY uid"));
    q.bindValue(0, folderId);
    Database::exec(q, MessageStoreText::tr("listing UIDs"));
    QList<quint32> list;
    while (q.next())
        list.append(quint32(q.value(0).toLongLong()));
    q.finish();
    return list;
}

QHash<quint32, qint64> MessageStore::keysByUid(qint64 folderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT uid, id FROM messages WHERE folder_id=?"));
    q.bindValue(0, folderId);
    Database::exec(q, MessageStoreText::tr("listing UIDs"));
    QHash<quint32, qint64> keys;
    while (q.next())
        keys.insert(quint32(q.value(0).toLongLong()), q.value(1).toLongLong());
    q.finish();
    return keys;
}

quint32 MessageStore::highestUid(qint64 folderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT max(uid) FROM messages WHERE folder_id=?"));
    q.bindValue(0, folderId);
    Database::exec(q, MessageStoreText::tr("reading the highest UID"));
    const quint32 uid = q.next() ? quint32(q.value(0).toLongLong()) : 0;
    q.finish();
    return uid;
}

QList<MessageListRow> MessageStore::threadMessages(qint64 threadId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + ListColumns +
                                QStringLiteral(" FROM messages WHERE thread_id=? ORDER BY sort_date, id"));
    q.bindValue(0, threadId);
    Database::exec(q, MessageStoreText::tr("listing a thread"));
    QList<MessageListRow> rows;
    while (q.next())
        rows.append(readListRow(q));
    q.finish();
    return rows;
}

} // namespace epistle::storage
