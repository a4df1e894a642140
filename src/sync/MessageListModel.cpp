#include "sync/MessageListModel.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/SyncEngine.h"
#include "sync/ThreadListReader.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace epistle::sync {

using storage::MessageFlag;
using storage::MessageListRow;

namespace {

// Changes arriving in a burst (a sync batch, a multi-message move) are applied in one step.
constexpr int RefreshDelayMs = 40;
// Rows kept in memory; beyond this the cache starts over (a page is re-read in about a millisecond).
constexpr int RowCacheLimit = 16 * MessageListModel::PageSize;

QString addressDisplay(const storage::Address &a)
{
    return a.name.isEmpty() ? a.address : a.name;
}

QString fullAddress(const storage::Address &a)
{
    if (a.name.isEmpty())
        return a.address;
    return a.address.isEmpty() ? a.name : QStringLiteral("%1 <%2>").arg(a.name, a.address);
}

QString shortDate(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    const QDateTime local = date.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

MessageListModel::MessageListModel(SyncEngine *engine, const QString &databasePath, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
{
    m_db = storage::Database::open(databasePath);
    m_queries = std::make_unique<storage::MessageListQueries>(*m_db);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MessageListModel::refresh);
    if (m_engine) {
        connect(m_engine, &SyncEngine::messagesAdded, this, &MessageListModel::onMessagesAdded);
        connect(m_engine, &SyncEngine::messagesRemoved, this, &MessageListModel::onMessagesRemoved);
        connect(m_engine, &SyncEngine::messagesChanged, this, &MessageListModel::onMessagesChanged);
        connect(m_engine, &SyncEngine::folderReset, this, &MessageListModel::onFolderReset);
    }
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setFolder(qint64 folderId)
{
    setFolders(folderId ? QList<qint64>{folderId} : QList<qint64>{});
}

void MessageListModel::setFolders(const QList<qint64> &folderIds)
{
    m_query.folderIds = folderIds;
    m_searchMode = false;
    reload();
}

void MessageListModel::setSearchResults(const QList<qint64> &keys)
{
    m_refreshTimer.stop();
    forgetPendingRead();
    beginResetModel();
    m_searchMode = true;
    m_keys.clear();
    m_threads.clear();
    m_rowOfKey.clear();
    QSet<qint64> seen;
    for (qint64 key : keys) {
        if (!seen.contains(key)) {
            seen.insert(key);
            m_keys.append(key);
        }
    }
    endResetModel();
}

void MessageListModel::appendSearchResults(const QList<qint64> &keys)
{
    if (!m_searchMode)
        return;
    QList<qint64> fresh;
    for (qint64 key : keys) {
        if (topRowOf(key) < 0 && !fresh.contains(key))
            fresh.append(key);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + fresh.size() - 1));
    m_keys.append(fresh);
    m_rowOfKey.clear();
    endInsertRows();
}

void MessageListModel::clearSearchResults()
{
    if (!m_searchMode)
        return;
    m_searchMode = false;
    reload();
}

void MessageListModel::setThreaded(bool threaded)
{
    if (m_threaded == threaded)
        return;
    m_threaded = threaded;
    reload();
}

void MessageListModel::setQuickFilters(storage::QuickFilters filters)
{
    if (m_query.filters == filters)
        return;
    m_query.filters = filters;
    if (!m_searchMode)
        refresh();
}

void MessageListModel::setShowRecipients(bool recipients)
{
    if (m_showRecipients == recipients)
        return;
    m_showRecipients = recipients;
    Q_EMIT headerDataChanged(Qt::Horizontal, CorrespondentColumn, CorrespondentColumn);
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, CorrespondentColumn), index(int(m_keys.size() - 1), CorrespondentColumn));
}

void MessageListModel::reload()
{
    m_refreshTimer.stop();
    forgetPendingRead();
    beginResetModel();
    m_keys.clear();
    m_threads.clear();
    m_rowOfKey.clear();
    m_rows.clear();
    try {
        if (!m_searchMode && !m_threaded)
            m_keys = m_queries->orderedKeys(m_query);
    } catch (const storage::StorageError &e) {
        m_keys.clear();
        endResetModel();
        Q_EMIT loadFailed(e.message());
        return;
    }
    endResetModel();
    if (threadedView() && !m_query.folderIds.isEmpty())
        readThreads();
}

void MessageListModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MessageListModel::refresh()
{
    m_refreshTimer.stop();
    if (m_searchMode)
        return;
    if (threadedView()) {
        readThreads();
        return;
    }
    try {
        applyOrder(m_queries->orderedKeys(m_query), {});
    } catch (const storage::StorageError &e) {
        Q_EMIT loadFailed(e.message());
    }
}

// The answer is merged into the rows shown by applyOrder(): after a reload there are none, so
// the threads arrive as one insertion.
void MessageListModel::readThreads()
{
    if (!m_threadReader) {
        m_threadReader = std::make_unique<ThreadListReader>(m_db->path());
        connect(m_threadReader.get(), &ThreadListReader::threadsRead, this, &MessageListModel::onThreadsRead);
        connect(m_threadReader.get(), &ThreadListReader::readFailed, this, &MessageListModel::onThreadsFailed);
    }
    m_threadRequest = m_threadReader->read(m_query);
    setLoading(true);
}

void MessageListModel::onThreadsRead(quint64 request, const QList<storage::ThreadSummary> &threads)
{
    if (request != m_threadRequest || !threadedView())
        return; // asked for something else since
    m_threadRequest = 0;
    QList<qint64> keys;
    keys.reserve(threads.size());
    for (const storage::ThreadSummary &t : threads)
        keys.append(t.firstKey);
    applyOrder(keys, threads);
    setLoading(false);
}

void MessageListModel::onThreadsFailed(quint64 request, const QString &message)
{
    if (request != m_threadRequest)
        return;
    forgetPendingRead();
    Q_EMIT loadFailed(message);
}

void MessageListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

// Brings the rows to `keys` with the fewest structural signals: rows that went are removed,
// new ones inserted, and if the order still differs a layout change moves rows while persistent
// indexes (selection, current row) follow their keys.
void MessageListModel::applyOrder(const QList<qint64> &keys, const QList<storage::ThreadSummary> &threads)
{
    QHash<qint64, int> newRow;
    newRow.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i)
        newRow.insert(keys[i], i);

    // 1. Removals, in runs from the end so earlier row numbers stay valid.
    for (int end = int(m_keys.size()) - 1; end >= 0;) {
        if (newRow.contains(m_keys[end])) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && !newRow.contains(m_keys[begin - 1]))
            --begin;
        beginRemoveRows({}, begin, end);
        for (int i = begin; i <= end; ++i)
            m_rows.remove(m_keys[i]);
        m_keys.remove(begin, end - begin + 1);
        if (threadedView())
            m_threads.remove(begin, end - begin + 1);
        m_rowOfKey.clear();
        endRemoveRows();
        end = begin - 1;
    }

    // 2. Insertions: if what is left keeps its relative order, insert each new run where it
    // belongs; otherwise append and let the layout change below place them.
    QHash<qint64, int> oldRow;
    oldRow.reserve(m_keys.size());
    for (int i = 0; i < m_keys.size(); ++i)
        oldRow.insert(m_keys[i], i);
    bool subsequence = true;
    {
        int last = -1;
        for (qint64 key : std::as_const(m_keys)) {
            const int r = newRow.value(key);
            if (r < last) {
                subsequence = false;
                break;
            }
            last = r;
        }
    }
    auto threadFor = [&](int newIndex) {
        return Thread{threads.value(newIndex), false, {}};
    };
    if (subsequence) {
        int position = 0; // row in the current list where the next kept key sits
        for (int i = 0; i < keys.size();) {
            if (oldRow.contains(keys[i])) {
                ++position;
                ++i;
                continue;
            }
            int j = i;
            while (j < keys.size() && !oldRow.contains(keys[j]))
                ++j;
            beginInsertRows({}, position, position + (j - i) - 1);
            for (int k = i; k < j; ++k) {
                m_keys.insert(position + (k - i), keys[k]);
                if (threadedView())
                    m_threads.insert(position + (k - i), threadFor(k));
            }
            m_rowOfKey.clear();
            endInsertRows();
            position += j - i;
            i = j;
        }
    } else {
        QList<int> added;
        for (int i = 0; i < keys.size(); ++i) {
            if (!oldRow.contains(keys[i]))
                added.append(i);
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + added.size() - 1));
            for (int i : added) {
                m_keys.append(keys[i]);
                if (threadedView())
                    m_threads.append(threadFor(i));
            }
            m_rowOfKey.clear();
            endInsertRows();
        }
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            if (index.internalId() != 0) {
                after.append(index); // a thread's child: its parent is found by key, its row is unchanged
                continue;
            }
            const int row = newRow.value(m_keys.value(index.row()), -1);
            after.append(row < 0 ? QModelIndex() : createIndex(row, index.column(), quintptr(0)));
        }
        if (threadedView()) {
            QList<Thread> reordered(keys.size());
            for (int i = 0; i < m_keys.size(); ++i)
                reordered[newRow.value(m_keys[i])] = std::move(m_threads[i]);
            m_threads = std::move(reordered);
        }
        m_keys = keys;
        m_rowOfKey.clear();
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. Threads whose counts changed: new summary, and their loaded children re-read.
    if (threadedView()) {
        for (int i = 0; i < m_keys.size(); ++i) {
            Thread &thread = m_threads[i];
            const storage::ThreadSummary &fresh = threads[i];
            if (thread.summary.messages == fresh.messages && thread.summary.unread == fresh.unread &&
                thread.summary.threadId == fresh.threadId)
                continue;
            thread.summary = fresh;
            const QModelIndex parentIndex = createIndex(i, 0, quintptr(0));
            if (thread.childrenLoaded) {
                const QList<qint64> oldChildren = thread.children;
                thread.childrenLoaded = false;
                loadChildren(thread);
                if (thread.children != oldChildren) {
                    const QList<qint64> newChildren = thread.children;
                    thread.children = oldChildren;
                    if (!oldChildren.isEmpty()) {
                        beginRemoveRows(parentIndex, 0, int(oldChildren.size() - 1));
                        thread.children.clear();
                        endRemoveRows();
                    }
                    if (!newChildren.isEmpty()) {
                        beginInsertRows(parentIndex, 0, int(newChildren.size() - 1));
                        thread.children = newChildren;
                        endInsertRows();
                    }
                }
            }
            Q_EMIT dataChanged(parentIndex, createIndex(i, ColumnCount - 1, quintptr(0)));
        }
    }
}

void MessageListModel::loadChildren(Thread &thread) const
{
    if (thread.childrenLoaded)
        return;
    thread.childrenLoaded = true;
    thread.children.clear();
    try {
        for (MessageListRow &row : m_queries->threadRows(thread.summary.threadId)) {
            if (row.key != thread.summary.firstKey)
                thread.children.append(row.key);
            m_rows.insert(row.key, std::move(row));
        }
    } catch (const storage::StorageError &) {
        thread.children.clear();
    }
}

int MessageListModel::topRowOf(qint64 key) const
{
    if (m_rowOfKey.isEmpty() && !m_keys.isEmpty()) {
        m_rowOfKey.reserve(m_keys.size());
        for (int i = 0; i < m_keys.size(); ++i)
            m_rowOfKey.insert(m_keys[i], i);
    }
    return m_rowOfKey.value(key, -1);
}

bool MessageListModel::concerns(qint64 folderId) const
{
    return m_searchMode || m_query.folderIds.contains(folderId);
}

void MessageListModel::forget(const QList<qint64> &keys)
{
    for (qint64 key : keys)
        m_rows.remove(key);
}

void MessageListModel::onMessagesAdded(qint64 folderId, const QList<qint64> &keys)
{
    Q_UNUSED(keys);
    if (!m_searchMode && concerns(folderId))
        scheduleRefresh();
}

void MessageListModel::onMessagesRemoved(qint64 folderId, const QList<qint64> &keys)
{
    if (!concerns(folderId))
        return;
    forget(keys);
    if (threadedView()) {
        scheduleRefresh();
        return;
    }
    // Flat lists drop the rows at once, so the view never shows a row whose message is gone.
    const QSet<qint64> gone(keys.cbegin(), keys.cend());
    QList<qint64> remaining;
    remaining.reserve(m_keys.size());
    for (qint64 key : std::as_const(m_keys)) {
        if (!gone.contains(key))
            remaining.append(key);
    }
    if (remaining.size() != m_keys.size())
        applyOrder(remaining, {});
}

void MessageListModel::onMessagesChanged(qint64 folderId, const QList<qint64> &keys)
{
    if (!concerns(folderId))
        return;
    forget(keys);
    for (qint64 key : keys) {
        const QModelIndex first = indexOfKey(key, 0);
        if (first.isValid())
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
    // Flags decide membership under a quick filter, and a thread's unread count.
    if (!m_searchMode && (m_threaded || m_query.filters))
        scheduleRefresh();
}

void MessageListModel::onFolderReset(qint64 folderId)
{
    if (m_query.folderIds.contains(folderId))
        reload();
}

qint64 MessageListModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    if (index.internalId() == 0)
        return m_keys.value(index.row());
    const int parentRow = topRowOf(qint64(index.internalId()));
    if (parentRow < 0 || !threadedView())
        return 0;
    Thread &thread = m_threads[parentRow];
    loadChildren(thread);
    return thread.children.value(index.row());
}

QModelIndex MessageListModel::indexOfKey(qint64 key, int column) const
{
    const int top = topRowOf(key);
    if (top >= 0)
        return createIndex(top, column, quintptr(0));
    if (threadedView()) {
        for (int i = 0; i < m_threads.size(); ++i) {
            const Thread &thread = m_threads[i];
            if (!thread.childrenLoaded)
                continue;
            const qsizetype childRow = thread.children.indexOf(key);
            if (childRow >= 0)
                return createIndex(int(childRow), column, quintptr(m_keys[i]));
        }
        // A message of a thread whose children were never listed: find its thread by its row.
        const std::optional<MessageListRow> r = this->row(key);
        if (r) {
            for (int i = 0; i < m_threads.size(); ++i) {
                if (m_threads[i].summary.threadId != r->threadId)
                    continue;
                loadChildren(m_threads[i]);
                const qsizetype childRow = m_threads[i].children.indexOf(key);
                if (childRow >= 0)
                    return createIndex(int(childRow), column, quintptr(m_keys[i]));
            }
        }
    }
    return {};
}

std::optional<MessageListRow> MessageListModel::row(qint64 key) const
{
    auto it = m_rows.constFind(key);
    if (it != m_rows.constEnd())
        return *it;
    try {
        const QList<MessageListRow> rows = m_queries->rows({key});
        if (!rows.isEmpty())
            return rows.first();
    } catch (const storage::StorageError &) {
    }
    return std::nullopt;
}

QList<qint64> MessageListModel::keys(const QModelIndexList &indexes) const
{
    QList<qint64> result;
    for (const QModelIndex &index : indexes) {
        const qint64 key = keyAt(index);
        if (key && !result.contains(key))
            result.append(key);
    }
    return result;
}

QModelIndex MessageListModel::nextUnread(const QModelIndex &from) const
{
    if (m_keys.isEmpty())
        return {};
    QSet<qint64> unread;
    try {
        storage::KeyQuery query = m_query;
        query.filters |= storage::QuickFilter::Unread;
        if (m_searchMode) {
            for (qint64 key : m_keys) {
                const std::optional<MessageListRow> r = row(key);
                if (r && !(r->flags & MessageFlag::Seen))
                    unread.insert(key);
            }
        } else {
            const QList<qint64> keys = m_queries->orderedKeys(query);
            unread = QSet<qint64>(keys.cbegin(), keys.cend());
        }
    } catch (const storage::StorageError &) {
        return {};
    }
    int topRow = 0;
    int childRow = -2; // -2: start at the top row itself; -1: the top row was passed
    if (from.isValid()) {
        if (from.internalId() == 0) {
            topRow = from.row();
            childRow = -1;
        } else {
            topRow = topRowOf(qint64(from.internalId()));
            childRow = from.row();
        }
    }
    for (int i = std::max(0, topRow); i < m_keys.size(); ++i, childRow = -2) {
        if (childRow == -2 && unread.contains(m_keys[i]))
            return createIndex(i, 0, quintptr(0));
        if (!threadedView())
            continue;
        Thread &thread = m_threads[i];
        if (thread.summary.unread == 0)
            continue;
        loadChildren(thread);
        for (int c = std::max(0, childRow + 1); c < thread.children.size(); ++c) {
            if (unread.contains(thread.children[c]))
                return createIndex(c, 0, quintptr(m_keys[i]));
        }
    }
    return {};
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_keys.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (!threadedView() || parent.internalId() != 0 || parent.row() >= m_threads.size())
        return {};
    Thread &thread = m_threads[parent.row()];
    loadChildren(thread);
    if (row >= thread.children.size())
        return {};
    return createIndex(row, column, quintptr(m_keys[parent.row()]));
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = topRowOf(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_keys.size());
    if (!threadedView() || parent.internalId() != 0 || parent.column() != 0 ||
        parent.row() >= m_threads.size())
        return 0;
    Thread &thread = m_threads[parent.row()];
    loadChildren(thread);
    return int(thread.children.size());
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_keys.isEmpty();
    if (!threadedView() || parent.internalId() != 0 || parent.column() != 0 ||
        parent.row() >= m_threads.size())
        return false;
    const Thread &thread = m_threads[parent.row()];
    return thread.childrenLoaded ? !thread.children.isEmpty() : thread.summary.messages > 1;
}

const MessageListRow *MessageListModel::cachedRow(int topRow, qint64 key) const
{
    auto it = m_rows.constFind(key);
    if (it != m_rows.constEnd())
        return &*it;
    if (m_rows.size() > RowCacheLimit)
        m_rows.clear();
    // Read the whole page around the row: the view is about to ask for its neighbours.
    QList<qint64> page;
    if (topRow >= 0) {
        const int first = (topRow / PageSize) * PageSize;
        const int last = std::min<int>(int(m_keys.size()), first + PageSize);
        page.reserve(last - first);
        for (int i = first; i < last; ++i) {
            if (!m_rows.contains(m_keys[i]))
                page.append(m_keys[i]);
        }
    }
    if (!page.contains(key))
        page.append(key);
    try {
        for (MessageListRow &row : m_queries->rows(page))
            m_rows.insert(row.key, std::move(row));
    } catch (const storage::StorageError &) {
        return nullptr;
    }
    it = m_rows.constFind(key);
    return it != m_rows.constEnd() ? &*it : nullptr;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 key = keyAt(index);
    if (!key)
        return {};
    if (role == KeyRole)
        return key;
    const bool topLevel = index.internalId() == 0;
    const MessageListRow *r = cachedRow(topLevel ? index.row() : -1, key);
    if (!r)
        return {};
    const Thread *thread = (topLevel && threadedView()) ? &m_threads[index.row()] : nullptr;
    const bool unread = !(r->flags & MessageFlag::Seen);
    const bool starred = bool(r->flags & MessageFlag::Flagged);
    const storage::Address &correspondent = m_showRecipients ? r->firstRecipient : r->from;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: {
            QString subject = r->subject.isEmpty() ? tr("(no subject)") : r->subject;
            if (thread && thread->summary.messages > 1)
                subject = tr("%1 (%2)").arg(subject).arg(thread->summary.messages);
            return subject;
        }
        case CorrespondentColumn:
            return addressDisplay(correspondent);
        case DateColumn:
            return shortDate(r->date);
        case SizeColumn:
            return QLocale().formattedDataSize(r->size, 0);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StarColumn)
            return QIcon(starred ? QStringLiteral(":/icons/starred.svg") : QStringLiteral(":/icons/star-off.svg"));
        if (index.column() == AttachmentColumn && r->hasAttachments)
            return QIcon(QStringLiteral(":/icons/attachment.svg"));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CorrespondentColumn:
            return fullAddress(correspondent);
        case SubjectColumn:
            return r->preview.isEmpty() ? QVariant() : QVariant(r->preview);
        case DateColumn:
            return QLocale().toString(r->date.toLocalTime(), QLocale::LongFormat);
        case StarColumn:
            return starred ? tr("Starred") : QVariant();
        case AttachmentColumn:
            return r->hasAttachments ? tr("Has attachments") : QVariant();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return starred ? tr("Starred") : tr("Not starred");
        if (index.column() == AttachmentColumn)
            return r->hasAttachments ? tr("Has attachments") : QString();
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (unread || (thread && thread->summary.unread > 0)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FlagsRole:
        return int(r->flags.toInt());
    case UnreadRole:
        return unread;
    case StarredRole:
        return starred;
    case HasAttachmentsRole:
        return r->hasAttachments;
    case ThreadIdRole:
        return r->threadId;
    case ThreadSizeRole:
        return thread ? thread->summary.messages : 1;
    case PreviewRole:
        return r->preview;
    case SenderRole:
        return fullAddress(r->from);
    case DateTimeRole:
        return r->date;
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SubjectColumn:
            return tr("Subject");
        case CorrespondentColumn:
            return m_showRecipients ? tr("Recipient") : tr("From");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            return tr("Size");
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (section == StarColumn)
            return QIcon(QStringLiteral(":/icons/starred.svg"));
        if (section == AttachmentColumn)
            return QIcon(QStringLiteral(":/icons/attachment.svg"));
    }
    if (role == Qt::ToolTipRole) {
        if (section == StarColumn)
            return tr("Starred");
        if (section == AttachmentColumn)
            return tr("Attachments");
    }
    return {};
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    storage::SortKey key;
    switch (column) {
    case SubjectColumn:
        key = storage::SortKey::Subject;
        break;
    case CorrespondentColumn:
        key = storage::SortKey::From;
        break;
    case DateColumn:
        key = storage::SortKey::Date;
        break;
    case SizeColumn:
        key = storage::SortKey::Size;
        break;
    default:
        return; // star and attachment columns have no index to sort by
    }
    if (m_query.sort == key && m_query.order == order && m_sortColumn == column)
        return;
    m_query.sort = key;
    m_query.order = order;
    m_sortColumn = column;
    if (!m_searchMode)
        refresh();
}

QStringList MessageListModel::mimeTypes() const
{
    return {QString::fromLatin1(KeysMimeType)};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<qint64> list = keys(indexes);
    if (list.isEmpty())
        return nullptr;
    QByteArray encoded;
    for (qint64 key : list) {
        if (!encoded.isEmpty())
            encoded += ',';
        encoded += QByteArray::number(key);
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(KeysMimeType), encoded);
    return data;
}

QList<qint64> MessageListModel::keysFromMimeData(const QMimeData *data)
{
    QList<qint64> keys;
    if (!data)
        return keys;
    for (const QByteArray &part : data->data(QString::fromLatin1(KeysMimeType)).split(',')) {
        bool ok = false;
        const qint64 key = part.toLongLong(&ok);
        if (ok && key > 0)
            keys.append(key);
    }
    return keys;
}

} // namespace epistle::sync
