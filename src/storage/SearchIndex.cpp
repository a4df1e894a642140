#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/SearchQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace epistle::storage {

namespace {
// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct SearchIndexText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::SearchIndex)
};
} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{
}

qint64 SearchIndex::indexedUpTo()
{
    return m_db.scalar(QStringLiteral("SELECT indexed_up_to FROM search_progress WHERE id = 1"),
                       SearchIndexText::tr("reading the search index"))
        .toLongLong();
}

// Indexes the messages with keys in (from, upTo] and records upTo as done. Two statements for the
// whole range: FTS5 flushes its pending terms at every statement savepoint, so the index is fed
// once, after the text of the range is in place. The address text is the expression migration 4
// uses.
void SearchIndex::indexUpTo(qint64 from, qint64 upTo)
{
    SqliteStatement &text = m_db.nativeStatement(QStringLiteral(
        "INSERT INTO message_text (message_id, subject, addresses) "
        "SELECT id, subject, from_name || ' ' || from_address || ' ' || to_list || ' ' || cc_list "
        "FROM messages WHERE id > ? AND id <= ?"));
    text.bind(1, from);
    text.bind(2, upTo);
    text.run(SearchIndexText::tr("indexing messages for search"));
    SqliteStatement &index = m_db.nativeStatement(QStringLiteral(
        "INSERT INTO message_search (rowid, subject, addresses, body) "
        "SELECT message_id, subject, addresses, body FROM message_text WHERE message_id > ? AND message_id <= ?"));
    index.bind(1, from);
    index.bind(2, upTo);
    index.run(SearchIndexText::tr("indexing messages for search"));
    SqliteStatement &progress = m_db.nativeStatement(QStringLiteral("UPDATE search_progress SET indexed_up_to = ? WHERE id = 1"));
    progress.bind(1, upTo);
    progress.run(SearchIndexText::tr("indexing messages for search"));
}

int SearchIndex::catchUp(int limit)
{
    if (limit <= 0)
        return 0;
    Transaction tx(m_db);
    const qint64 from = indexedUpTo();
    // The next `limit` keys waiting: the range ends at the last of them.
    QSqlQuery &next = m_db.prepare(QStringLiteral(
        "SELECT max(id), count(*) FROM (SELECT id FROM messages WHERE id > ? ORDER BY id LIMIT ?)"));
    next.bindValue(0, from);
    next.bindValue(1, limit);
    Database::exec(next, SearchIndexText::tr("indexing messages for search"));
    const bool found = next.next() && !next.value(0).isNull();
    const qint64 upTo = found ? next.value(0).toLongLong() : 0;
    const int count = found ? next.value(1).toInt() : 0;
    next.finish();
    if (!found)
        return 0;
    indexUpTo(from, upTo);
    tx.commit();
    return count;
}

int SearchIndex::pending()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM messages WHERE id > (SELECT indexed_up_to FROM search_progress WHERE id = 1)"));
    Database::exec(q, SearchIndexText::tr("reading the search index"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void SearchIndex::setBodyText(qint64 messageKey, const QString &text)
{
    setBodyTexts({{messageKey, text}});
}

void SearchIndex::setBodyTexts(const QList<QPair<qint64, QString>> &texts)
{
    if (texts.isEmpty())
        return;
    Transaction tx(m_db);
    qint64 newest = 0;
    for (const auto &entry : texts)
        newest = std::max(newest, entry.first);
    // Keys are indexed in order, so a message not reached yet brings the ones before it along. The
    // mark never passes the newest stored key: keys above it are still to be given out.
    newest = std::min(newest, m_db.scalar(QStringLiteral("SELECT ifnull(max(id), 0) FROM messages"),
                                          SearchIndexText::tr("indexing a message body"))
                                  .toLongLong());
    if (const qint64 from = indexedUpTo(); newest > from)
        indexUpTo(from, newest);
    // External content: the index forgets the old text (which it needs to be given) before it
    // learns the new one. Single-row statements, see migration 4.
    QSqlQuery &old = m_db.prepare(QStringLiteral("SELECT subject, addresses, body FROM message_text WHERE message_id=?"));
    QSqlQuery &forget = m_db.prepare(QStringLiteral(
        "INSERT INTO message_search (message_search, rowid, subject, addresses, body) VALUES ('delete', ?, ?, ?, ?)"));
    QSqlQuery &update = m_db.prepare(QStringLiteral("UPDATE message_text SET body=? WHERE message_id=?"));
    QSqlQuery &learn = m_db.prepare(QStringLiteral(
        "INSERT INTO message_search (rowid, subject, addresses, body) VALUES (?, ?, ?, ?)"));
    for (const auto &[messageKey, text] : texts) {
        old.bindValue(0, messageKey);
        Database::exec(old, SearchIndexText::tr("indexing a message body"));
        if (!old.next()) {
            old.finish();
            continue; // the message is gone
        }
        const QString subject = Database::text(old.value(0).toString());
        const QString addresses = Database::text(old.value(1).toString());
        const QString oldBody = Database::text(old.value(2).toString());
        old.finish();
        forget.bindValue(0, messageKey);
        forget.bindValue(1, subject);
        forget.bindValue(2, addresses);
        forget.bindValue(3, oldBody);
        Database::exec(forget, SearchIndexText::tr("indexing a message body"));
        update.bindValue(0, Database::text(text));
        update.bindValue(1, messageKey);
        Database::exec(update, SearchIndexText::tr("indexing a message body"));
        learn.bindValue(0, messageKey);
        learn.bindValue(1, subject);
        learn.bindValue(2, addresses);
        learn.bindValue(3, Database::text(text));
        Database::exec(learn, SearchIndexText::tr("indexing a message body"));
    }
    tx.commit();
}

bool SearchIndex::hasBodyText(qint64 messageKey)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT body <> '' FROM message_text WHERE message_id=?"));
    q.bindValue(0, messageKey);
    Database::exec(q, SearchIndexText::tr("reading the search index"));
    const bool has = q.next() && q.value(0).toInt() != 0;
    q.finish();
    return has;
}

QList<qint64> SearchIndex::search(const QString &userText, const SearchScope &scope, SearchOrder order, int limit)
{
    const QString expression = SearchQuery::toFts(userText);
    if (expression.isEmpty() || limit <= 0)
        return {};
    QString sql = QStringLiteral(
        "SELECT m.id FROM message_search s JOIN messages m ON m.id = s.rowid WHERE message_search MATCH ?");
    if (scope.folderId)
        sql += QStringLiteral(" AND m.folder_id = ?");
    else if (scope.accountId)
        sql += QStringLiteral(" AND m.folder_id IN (SELECT id FROM folders WHERE account_id = ?)");
    // Newest = most recently stored: the index walks its rowids backwards and stops at the limit,
    // where sorting by the Date header would first have to collect every match.
    sql += order == SearchOrder::Relevance ? QStringLiteral(" ORDER BY s.rank") : QStringLiteral(" ORDER BY s.rowid DESC");
    sql += QStringLiteral(" LIMIT ?");

    QSqlQuery &q = m_db.prepare(sql);
    int i = 0;
    q.bindValue(i++, expression);
    if (scope.folderId)
        q.bindValue(i++, scope.folderId);
    else if (scope.accountId)
        q.bindValue(i++, scope.accountId);
    q.bindValue(i++, limit);
    Database::exec(q, SearchIndexText::tr("searching messages"));
    QList<qint64> keys;
    while (q.next())
        keys.append(q.value(0).toLongLong());
    q.finish();
    return keys;
}

void SearchIndex::rebuild()
{
    Transaction tx(m_db);
    m_db.execute(QStringLiteral("INSERT INTO message_search (message_search) VALUES ('rebuild')"),
                 SearchIndexText::tr("rebuilding the search index"));
    tx.commit();
}

} // namespace epistle::storage
