#pragma once

#include "storage/MessageListQueries.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QTimer>
#include <memory>
#include <optional>

namespace epistle::storage {
class Database;
}

namespace epistle::sync {

class SyncEngine;
class ThreadListReader;

// A folder's message list (or several folders', or search results) for a QTreeView, flat or
// threaded. It knows every row's key from the start (one key-only query on a covering index),
// but reads the rows' contents lazily, a page at a time, as the view asks for them, so a
// 100,000-message folder opens and scrolls without reading 100,000 rows. Changes announced by
// the engine are applied to the affected rows only: removed and inserted rows, flags refreshed,
// order fixed with a layout change that keeps the selection.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { StarColumn, AttachmentColumn, SubjectColumn, CorrespondentColumn, DateColumn, SizeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        FlagsRole,        // storage::MessageFlags as int
        UnreadRole,
        StarredRole,
        HasAttachmentsRole,
        ThreadIdRole,
        ThreadSizeRole,   // messages in the thread (threaded view, top rows)
        PreviewRole,
        SenderRole,       // "Name <address>"
        DateTimeRole,     // QDateTime
    };
    static constexpr const char *KeysMimeType = "application/x-epistle-message-keys";
    static constexpr int PageSize = 128;

    // engine may be null (tests): then call the change slots directly.
    MessageListModel(SyncEngine *engine, const QString &databasePath, QObject *parent = nullptr);
    ~MessageListModel() override;

    // What to list. Each of these reloads the keys (a few ms for 100,000 messages).
    void setFolder(qint64 folderId);
    void setFolders(const QList<qint64> &folderIds); // e.g. the unified Inbox
    QList<qint64> folders() const { return m_query.folderIds; }
    // Shows exactly these keys (search results) in this order until clearSearchResults().
    void setSearchResults(const QList<qint64> &keys);
    void appendSearchResults(const QList<qint64> &keys);
    void clearSearchResults();
    bool showsSearchResults() const { return m_searchMode; }
    void setThreaded(bool threaded);
    bool isThreaded() const { return m_threaded; }
    bool isLoading() const { return m_loading; }
    void setQuickFilters(storage::QuickFilters filters);
    storage::QuickFilters quickFilters() const { return m_query.filters; }
    // Sent and Drafts show the first recipient instead of the sender.
    void setShowRecipients(bool recipients);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.order; }

    qint64 keyAt(const QModelIndex &index) const;
    QModelIndex indexOfKey(qint64 key, int column = 0) const;
    std::optional<storage::MessageListRow> row(qint64 key) const;
    QList<qint64> keys(const QModelIndexList &indexes) const;
    // Top-level keys in display order.
    QList<qint64> topLevelKeys() const { return m_keys; }
    // The next unread message after `from` in display order (children of threads included).
    QModelIndex nextUnread(const QModelIndex &from) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    static QList<qint64> keysFromMimeData(const QMimeData *data);

public Q_SLOTS:
    void onMessagesAdded(qint64 folderId, const QList<qint64> &keys);
    void onMessagesRemoved(qint64 folderId, const QList<qint64> &keys);
    void onMessagesChanged(qint64 folderId, const QList<qint64> &keys);
    void onFolderReset(qint64 folderId);
    // Re-reads the order now (changes are otherwise applied after a short pause, in one step).
    void refresh();

Q_SIGNALS:
    // A store read failed (the message is user-readable).
    void loadFailed(const QString &message);
    // The threaded view reads its threads in the background: true from the request until the rows
    // are in place (the view may say "Loading…" while the list is still empty).
    void loadingChanged(bool loading);

private:
    struct Thread
    {
        storage::ThreadSummary summary;
        bool childrenLoaded = false;
        QList<qint64> children; // the thread's other messages, oldest first
    };

    void reload();
    void scheduleRefresh();
    void readThreads();
    void onThreadsRead(quint64 request, const QList<storage::ThreadSummary> &threads);
    void onThreadsFailed(quint64 request, const QString &message);
    void setLoading(bool loading);
    void forgetPendingRead() { m_threadRequest = 0; setLoading(false); }
    void applyOrder(const QList<qint64> &keys, const QList<storage::ThreadSummary> &threads);
    void loadChildren(Thread &thread) const;
    const storage::MessageListRow *cachedRow(int topRow, qint64 key) const;
    void forget(const QList<qint64> &keys);
    int topRowOf(qint64 key) const;
    bool concerns(qint64 folderId) const;
    bool threadedView() const { return m_threaded && !m_searchMode; }

    SyncEngine *m_engine;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::MessageListQueries> m_queries;
    storage::KeyQuery m_query;
    int m_sortColumn = DateColumn;
    bool m_threaded = false;
    bool m_searchMode = false;
    bool m_showRecipients = false;
    QList<qint64> m_keys;                 // top-level rows
    mutable QList<Thread> m_threads;      // parallel to m_keys when threaded
    mutable QHash<qint64, int> m_rowOfKey; // top-level key -> row, built on demand
    mutable QHash<qint64, storage::MessageListRow> m_rows; // cached row contents
    QTimer m_refreshTimer;
    std::unique_ptr<ThreadListReader> m_threadReader; // made on first use of the threaded view
    quint64 m_threadRequest = 0; // the read whose answer is awaited, 0 for none
    bool m_loading = false;
};

} // namespace epistle::sync
