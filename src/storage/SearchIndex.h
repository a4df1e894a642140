#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace epistle::storage {

class Database;

struct SearchScope
{
    qint64 accountId = 0; // 0: every account
    qint64 folderId = 0;  // 0: every folder (of the account)
};

// Newest: most recently stored first (message keys grow as mail arrives), the fast default.
// Relevance: FTS5's bm25 rank; it scores every match, so common words cost more.
enum class SearchOrder { Relevance, Newest };

// Full-text search (FTS5, external content in message_text). Summaries are stored without their
// search text; catchUp() indexes their subjects and addresses afterwards, in key order, and
// records the highest key done (search_progress), so a message is searchable once the writer has
// caught up (the sync worker does after each batch). Body text is added here as bodies arrive.
// Entries leave with their message. User text goes through SearchQuery, so it cannot break the
// query.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    // Indexes the subject and addresses of up to `limit` stored messages that are not indexed yet,
    // oldest key first, in one transaction; returns how many it indexed (0: nothing was pending).
    int catchUp(int limit);
    // Messages stored but not indexed yet.
    int pending();

    // Sets the searchable body text of a stored message (decoded plain text, not raw MIME). The
    // index first catches up to that message if it has not reached it yet.
    void setBodyText(qint64 messageKey, const QString &text);
    // The same for many messages in one transaction: much cheaper per message, because the index
    // writes its pending data once per (sub)transaction.
    void setBodyTexts(const QList<QPair<qint64, QString>> &texts);
    bool hasBodyText(qint64 messageKey);

    // Message keys matching what the user typed, best or newest first.
    QList<qint64> search(const QString &userText, const SearchScope &scope = {},
                         SearchOrder order = SearchOrder::Newest, int limit = 200);

    // Rebuilds the index from message_text (after damage to the index alone).
    void rebuild();

private:
    qint64 indexedUpTo();
    void indexUpTo(qint64 from, qint64 upTo);

    Database &m_db;
};

} // namespace epistle::storage
