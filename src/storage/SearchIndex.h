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

// Full-text search (FTS5, external content in message_text). Subjects and addresses are indexed
// by MessageStore as summaries arrive; body text is added here as bodies arrive. Entries leave
// with their message. User text goes through SearchQuery, so it cannot break the query.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);

    // Sets the searchable body text of a stored message (decoded plain text, not raw MIME).
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
    Database &m_db;
};

} // namespace epistle::storage
