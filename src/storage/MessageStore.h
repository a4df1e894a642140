#pragma once

#include "storage/MessageTypes.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace epistle::storage {

class Database;
class Threader;

enum class SortKey { Date, Subject, From, Size };
enum class ListFilter { All, Unread, Flagged };

struct ListQuery
{
    qint64 folderId = 0;
    SortKey sort = SortKey::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    ListFilter filter = ListFilter::All;
    int offset = 0;
    int limit = 200;
};

// One line of the message list: only what the list shows.
struct MessageListRow
{
    qint64 key = 0;
    quint32 uid = 0;
    MessageFlags flags;
    QDateTime date; // the Date header (sender's offset kept), or the arrival time without one
    QString subject;
    Address from;
    Address firstRecipient; // what a Sent folder shows instead of the sender
    qint64 size = 0;
    bool hasAttachments = false;
    qint64 threadId = 0;
    QString preview;
};

// Message summaries of folders. Writes are batched (one transaction per call, prepared
// statements) and keep two things in step in that transaction: the folder's message and unread
// counts (recounted when the folder is first written in a session, then adjusted by difference)
// and the thread ids (a Threader per folder, loaded from the database on the first write to that
// folder). New messages reach the search index afterwards, through SearchIndex::catchUp().
//
// One thread writes (the sync engine); any thread may read through its own Database.
class MessageStore
{
public:
    explicit MessageStore(Database &db);
    ~MessageStore();

    struct UpsertResult
    {
        QList<qint64> keys; // in the order of the input
        int inserted = 0;
        int updated = 0;
    };
    // Inserts new UIDs; for known UIDs updates only what can change on a server (flags,
    // keywords, MODSEQ) and fills a missing preview, because a UID's message never changes.
    UpsertResult upsert(qint64 folderId, const QList<MessageSummary> &summaries);
    int removeUids(qint64 folderId, const QList<quint32> &uids); // returns how many were stored
    int updateFlags(qint64 folderId, const QList<FlagUpdate> &updates);
    // The server's UIDVALIDITY changed: every cached message of the folder is void.
    void resetForUidValidity(qint64 folderId, quint32 newUidValidity);

    QList<MessageListRow> list(const ListQuery &query);
    int count(qint64 folderId, ListFilter filter = ListFilter::All);
    std::optional<StoredMessage> message(qint64 key);
    std::optional<StoredMessage> messageByUid(qint64 folderId, quint32 uid);
    QList<quint32> uids(qint64 folderId); // ascending
    QHash<quint32, qint64> keysByUid(qint64 folderId);
    quint32 highestUid(qint64 folderId);
    QList<MessageListRow> threadMessages(qint64 threadId); // oldest first

    // The SQL that list() runs, for tests that check the query plan.
    static QString listSql(const ListQuery &query);

private:
    struct ThreaderCache;
    Threader &threader(qint64 folderId);
    void invalidateThreader(qint64 folderId);
    void writeThreadIds(const QHash<qint64, qint64> &changes, const QSet<qint64> &skip);
    void refreshCounts(qint64 folderId);
    void adjustCounts(qint64 folderId, int messages, int unread);

    Database &m_db;
    std::shared_ptr<ThreaderCache> m_threaders;
};

} // namespace epistle::storage
