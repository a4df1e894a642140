#include "sync/FolderTreeModel.h"

#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/MessageListModel.h"
#include "sync/SyncEngine.h"

#include <QCollator>
#include <QFont>
#include <QIcon>
#include <QMimeData>

#include <algorithm>

namespace epistle::sync {

using storage::FolderRole;

struct FolderTreeModel::Node
{
    NodeType type = NodeType::Folder;
    qint64 accountId = 0;
    qint64 folderId = 0; // 0: an account, the unified Inbox, or a path the server does not list
    QString name;
    QString path;
    FolderRole role = FolderRole::None;
    bool selectable = true;
    int unread = 0;
    int total = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

void sortChildren(FolderTreeModel::Node *node, const QCollator &collator);

} // namespace

FolderTreeModel::FolderTreeModel(SyncEngine *engine, const QString &databasePath, QObject *parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
    , m_root(std::make_unique<Node>())
{
    m_db = storage::Database::open(databasePath);
    if (m_engine) {
        connect(m_engine, &SyncEngine::accountsChanged, this, &FolderTreeModel::reload);
        connect(m_engine, &SyncEngine::foldersChanged, this, &FolderTreeModel::onFoldersChanged);
        connect(m_engine, &SyncEngine::folderCountsChanged, this, &FolderTreeModel::onFolderCountsChanged);
    }
    reload();
}

FolderTreeModel::~FolderTreeModel() = default;

int FolderTreeModel::roleRank(FolderRole role)
{
    switch (role) {
    case FolderRole::Inbox:
        return 0;
    case FolderRole::Drafts:
        return 1;
    case FolderRole::Sent:
        return 2;
    case FolderRole::Archive:
        return 3;
    case FolderRole::Flagged:
        return 4;
    case FolderRole::All:
        return 5;
    case FolderRole::Junk:
        return 6;
    case FolderRole::Trash:
        return 7;
    case FolderRole::None:
        break;
    }
    return 8;
}

QString FolderTreeModel::iconName(FolderRole role)
{
    switch (role) {
    case FolderRole::Inbox:
        return QStringLiteral("mail-folder-inbox");
    case FolderRole::Sent:
        return QStringLiteral("mail-folder-sent");
    case FolderRole::Drafts:
        return QStringLiteral("document-edit");
    case FolderRole::Trash:
        return QStringLiteral("user-trash");
    case FolderRole::Junk:
        return QStringLiteral("mail-mark-junk");
    case FolderRole::Archive:
        return QStringLiteral("mail-folder-archive");
    case FolderRole::Flagged:
        return QStringLiteral("mail-mark-important");
    case FolderRole::All:
    case FolderRole::None:
        break;
    }
    return QStringLiteral("folder");
}

namespace {

QString fallbackIcon(const QString &themeName)
{
    return QStringLiteral(":/icons/%1.svg").arg(themeName);
}

int rankOf(const FolderTreeModel::Node *node)
{
    return FolderTreeModel::roleRank(node->role);
}

void sortChildren(FolderTreeModel::Node *node, const QCollator &collator)
{
    std::stable_sort(node->children.begin(), node->children.end(), [&](const auto &a, const auto &b) {
        const int ra = rankOf(a.get()), rb = rankOf(b.get());
        if (ra != rb)
            return ra < rb;
        return collator.compare(a->name, b->name) < 0;
    });
    for (auto &child : node->children)
        sortChildren(child.get(), collator);
}

} // namespace

std::unique_ptr<FolderTreeModel::Node> FolderTreeModel::buildAccount(const storage::Account &account)
{
    auto accountNode = std::make_unique<Node>();
    accountNode->type = NodeType::Account;
    accountNode->accountId = account.id;
    accountNode->name = account.name;
    accountNode->selectable = false;

    storage::FolderStore store(*m_db);
    for (const storage::Folder &folder : store.folders(account.id)) {
        QStringList segments = folder.delimiter.isEmpty() ? QStringList{folder.path}
                                                          : folder.path.split(folder.delimiter, Qt::SkipEmptyParts);
        if (segments.isEmpty())
            segments = {folder.path};
        // Special-use folders sit at the account's top level even under an "INBOX." prefix.
        if (folder.role != FolderRole::None)
            segments = {segments.last()};
        Node *parent = accountNode.get();
        QString path;
        for (int i = 0; i < segments.size(); ++i) {
            path += (i ? folder.delimiter : QString()) + segments[i];
            const bool leaf = i == segments.size() - 1;
            Node *existing = nullptr;
            for (auto &child : parent->children) {
                if (child->name == segments[i] && (leaf || child->role == FolderRole::None)) {
                    existing = child.get();
                    break;
                }
            }
            if (leaf && existing && existing->folderId)
                existing = nullptr; // two folders with one name (e.g. a lifted special-use one)
            if (!existing) {
                auto node = std::make_unique<Node>();
                node->type = NodeType::Folder;
                node->accountId = account.id;
                node->name = segments[i];
                node->path = path;
                node->selectable = false;
                existing = parent->add(std::move(node));
            }
            if (leaf) {
                existing->folderId = folder.id;
                existing->path = folder.path;
                existing->role = folder.role;
                existing->selectable = folder.selectable;
                existing->unread = folder.unreadCount;
                existing->total = folder.messageCount;
                if (folder.role == FolderRole::Inbox)
                    existing->name = tr("Inbox");
            }
            parent = existing;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    sortChildren(accountNode.get(), collator);
    return accountNode;
}

void FolderTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    try {
        storage::AccountStore accounts(*m_db);
        const QList<storage::Account> list = accounts.accounts();
        const bool unified = m_unifiedShown < 0 ? list.size() > 1 : m_unifiedShown == 1;
        if (unified) {
            auto node = std::make_unique<Node>();
            node->type = NodeType::UnifiedInbox;
            node->name = tr("All Inboxes");
            node->role = FolderRole::Inbox;
            m_root->add(std::move(node));
        }
        for (const storage::Account &account : list)
            m_root->add(buildAccount(account));
    } catch (const storage::StorageError &e) {
        m_root = std::make_unique<Node>();
        endResetModel();
        Q_EMIT loadFailed(e.message());
        return;
    }
    updateUnifiedCounts();
    endResetModel();
    Q_EMIT totalUnreadChanged(totalUnread());
}

void FolderTreeModel::setUnifiedInboxShown(bool shown)
{
    m_unifiedShown = shown ? 1 : 0;
    reload();
}

void FolderTreeModel::onFoldersChanged(qint64 accountId)
{
    const QModelIndex accountIndex = indexOfAccount(accountId);
    if (!accountIndex.isValid()) {
        reload();
        return;
    }
    Node *accountNode = nodeOf(accountIndex);
    std::unique_ptr<Node> fresh;
    try {
        storage::AccountStore accounts(*m_db);
        const std::optional<storage::Account> account = accounts.account(accountId);
        if (!account) {
            reload();
            return;
        }
        fresh = buildAccount(*account);
    } catch (const storage::StorageError &e) {
        Q_EMIT loadFailed(e.message());
        return;
    }
    if (!accountNode->children.empty()) {
        beginRemoveRows(accountIndex, 0, int(accountNode->children.size() - 1));
        accountNode->children.clear();
        endRemoveRows();
    }
    accountNode->name = fresh->name;
    if (!fresh->children.empty()) {
        beginInsertRows(accountIndex, 0, int(fresh->children.size() - 1));
        for (auto &child : fresh->children)
            accountNode->add(std::move(child));
        endInsertRows();
    }
    Q_EMIT dataChanged(accountIndex, accountIndex);
    updateUnifiedCounts();
    Q_EMIT totalUnreadChanged(totalUnread());
}

void FolderTreeModel::onFolderCountsChanged(qint64 folderId)
{
    Node *node = findFolder(m_root.get(), folderId);
    if (!node)
        return;
    try {
        storage::FolderStore store(*m_db);
        const std::optional<storage::Folder> folder = store.folder(folderId);
        if (!folder)
            return;
        if (node->unread == folder->unreadCount && node->total == folder->messageCount)
            return;
        node->unread = folder->unreadCount;
        node->total = folder->messageCount;
    } catch (const storage::StorageError &e) {
        Q_EMIT loadFailed(e.message());
        return;
    }
    const QModelIndex index = indexOfNode(node);
    Q_EMIT dataChanged(index, index);
    if (node->role == FolderRole::Inbox) {
        updateUnifiedCounts();
        const QModelIndex unified = unifiedInboxIndex();
        if (unified.isValid())
            Q_EMIT dataChanged(unified, unified);
        Q_EMIT totalUnreadChanged(totalUnread());
    }
}

void FolderTreeModel::updateUnifiedCounts()
{
    if (m_root->children.empty() || m_root->children.front()->type != NodeType::UnifiedInbox)
        return;
    Node *unified = m_root->children.front().get();
    unified->unread = 0;
    unified->total = 0;
    for (auto &account : m_root->children) {
        for (auto &folder : account->children) {
            if (folder->role == FolderRole::Inbox && folder->folderId) {
                unified->unread += folder->unread;
                unified->total += folder->total;
            }
        }
    }
}

QList<qint64> FolderTreeModel::inboxFolderIds() const
{
    QList<qint64> ids;
    for (auto &account : m_root->children) {
        for (auto &folder : account->children) {
            if (folder->role == FolderRole::Inbox && folder->folderId)
                ids.append(folder->folderId);
        }
    }
    return ids;
}

int FolderTreeModel::totalUnread() const
{
    int unread = 0;
    for (auto &account : m_root->children) {
        if (account->type != NodeType::Account)
            continue;
        for (auto &folder : account->children) {
            if (folder->role == FolderRole::Inbox)
                unread += folder->unread;
        }
    }
    return unread;
}

FolderTreeModel::Node *FolderTreeModel::findFolder(Node *node, qint64 folderId) const
{
    if (node->folderId == folderId && node->type == NodeType::Folder)
        return node;
    for (auto &child : node->children) {
        if (Node *found = findFolder(child.get(), folderId))
            return found;
    }
    return nullptr;
}

std::optional<storage::Folder> FolderTreeModel::folder(qint64 folderId) const
{
    try {
        storage::FolderStore store(*m_db);
        return store.folder(folderId);
    } catch (const storage::StorageError &) {
        return std::nullopt;
    }
}

QModelIndex FolderTreeModel::indexOfFolder(qint64 folderId) const
{
    if (folderId <= 0)
        return {};
    const Node *node = findFolder(m_root.get(), folderId);
    return node ? indexOfNode(node) : QModelIndex();
}

QModelIndex FolderTreeModel::indexOfAccount(qint64 accountId) const
{
    for (size_t i = 0; i < m_root->children.size(); ++i) {
        const Node *node = m_root->children[i].get();
        if (node->type == NodeType::Account && node->accountId == accountId)
            return createIndex(int(i), 0, const_cast<Node *>(node));
    }
    return {};
}

QModelIndex FolderTreeModel::unifiedInboxIndex() const
{
    if (!m_root->children.empty() && m_root->children.front()->type == NodeType::UnifiedInbox)
        return createIndex(0, 0, m_root->children.front().get());
    return {};
}

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (node->unread > 0 && node->type != NodeType::Account)
            return tr("%1 (%2)").arg(node->name).arg(node->unread);
        return node->name;
    case Qt::EditRole:
    case NameRole:
        return node->name;
    case Qt::ToolTipRole:
        if (node->type == NodeType::Account)
            return node->name;
        return tr("%1: %n message(s)", nullptr, node->total).arg(node->path.isEmpty() ? node->name : node->path) +
               (node->unread ? tr(", %n unread", nullptr, node->unread) : QString());
    case Qt::DecorationRole: {
        const QString name = node->type == NodeType::Account        ? QStringLiteral("mail-account")
                             : node->type == NodeType::UnifiedInbox ? QStringLiteral("mail-folder-inbox")
                                                                    : iconName(node->role);
        return QIcon::fromTheme(name, QIcon(fallbackIcon(name)));
    }
    case Qt::FontRole:
        if (node->unread > 0 || node->type == NodeType::Account) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeTypeRole:
        return int(node->type);
    case FolderIdRole:
        return node->folderId;
    case AccountIdRole:
        return node->accountId;
    case FolderRoleRole:
        return int(node->role);
    case UnreadCountRole:
        return node->unread;
    case MessageCountRole:
        return node->total;
    case PathRole:
        return node->path;
    case IconNameRole:
        return node->type == NodeType::Account ? QStringLiteral("mail-account") : iconName(node->role);
    case FolderIdsRole: {
        QList<qint64> ids;
        if (node->type == NodeType::UnifiedInbox)
            ids = inboxFolderIds();
        else if (node->folderId && node->selectable)
            ids = {node->folderId};
        return QVariant::fromValue(ids);
    }
    default:
        return {};
    }
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->type == NodeType::Folder && node->folderId && node->selectable)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MessageListModel::KeysMimeType)};
}

bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(MessageListModel::KeysMimeType)))
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const Node *node = nodeOf(parent);
    return parent.isValid() && node->type == NodeType::Folder && node->folderId && node->selectable;
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> keys = MessageListModel::keysFromMimeData(data);
    if (keys.isEmpty())
        return false;
    Q_EMIT messagesDropped(keys, nodeOf(parent)->folderId, action);
    // The engine moves the messages; the list follows its signals, so the view must not remove
    // the dragged rows itself.
    return false;
}

} // namespace epistle::sync
