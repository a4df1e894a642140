#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/SearchQuery.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

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

void SearchIndex::setBodyText(qint64 messageKey, const QString &text)
{
    setBodyTexts({{messageKey, text}});
}

void SearchIndex::setBodyTexts(const QList<QPair<qint64, QString>> &texts)
{
    if (texts.isEmpty())
        return;
    Transaction tx(m_db);
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
