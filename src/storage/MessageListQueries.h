#pragma once

#include "storage/MessageStore.h"
#include "storage/MessageTypes.h"

#include <QCoreApplication>
#include <QList>

namespace epistle::storage {

class Database;

// Quick filters of the message list; they combine (unread AND starred AND with attachment).
enum class QuickFilter : quint32 {
    Unread = 0x1,
    Flagged = 0x2,
    WithAttachments = 0x4,
};
Q_DECLARE_FLAGS(QuickFilters, QuickFilter)
Q_DECLARE_OPERATORS_FOR_FLAGS(QuickFilters)

// What a message list shows: one folder, or several at once (the unified Inbox).
struct KeyQuery
{
    QList<qint64> folderIds;
    SortKey sort = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    QuickFilters filters;
};

// One line of the threaded list: a thread with at least one message that passes the filters.
struct ThreadSummary
{
    qint64 threadId = 0;
    qint64 firstKey = 0; // the thread's earliest stored matching message: the line shown for it
    int messages = 0;    // every message of the thread in the folder
    int unread = 0;
};

// The read queries behind the GUI's message list, beyond MessageStore::list(): the complete
// order of a folder as keys only (so a model knows every row's key and can place incremental
// changes), rows for a set of keys, threads ordered by their latest message, and addresses for
// completion. Key lists run on the connection's native handle: 100,000 keys from the covering
// sort index in a few milliseconds.
class MessageListQueries
{
    Q_DECLARE_TR_FUNCTIONS(MessageListQueries)

public:
    explicit MessageListQueries(Database &db);

    QList<qint64> orderedKeys(const KeyQuery &query);
    QList<ThreadSummary> threads(const KeyQuery &query);
    // Rows for these keys, in no particular order; keys no longer stored are left out.
    QList<MessageListRow> rows(const QList<qint64> &keys);
    // The thread's messages, oldest first.
    QList<MessageListRow> threadRows(qint64 threadId);

    static QString orderedKeysSql(const KeyQuery &query);

private:
    QList<qint64> keyColumn(const QString &sql, int columns, QList<ThreadSummary> *threads);

    Database &m_db;
};

// Addresses seen in the store, most frequent first: senders of received mail and recipients of
// sent mail (the people one writes to), for the composer's completion.
class AddressSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(AddressSuggestions)

public:
    static QList<Address> frequent(Database &db, int limit = 2000);
};

} // namespace epistle::storage
