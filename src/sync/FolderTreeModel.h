#pragma once

#include "storage/AccountStore.h"
#include "storage/FolderStore.h"

#include <QAbstractItemModel>
#include <memory>
#include <optional>
#include <vector>

namespace epistle::storage {
class Database;
}

namespace epistle::sync {

class SyncEngine;

// Accounts and their folders as a tree: a unified Inbox node first (when there are several
// accounts), then each account with its folders by hierarchy, the Inbox first, then the
// special-use folders in a fixed order, then the rest by name. Unread counts follow the
// engine's folderCountsChanged; folder lists follow foldersChanged. Messages dropped on a folder
// are announced with messagesDropped() for the window to move or copy them through the engine.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { UnifiedInbox, Account, Folder };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType as int
        FolderIdRole,      // 0 for accounts, the unified Inbox and path-only nodes
        AccountIdRole,
        FolderRoleRole,    // storage::FolderRole as int
        UnreadCountRole,
        MessageCountRole,
        NameRole,          // without the unread count
        PathRole,          // the server's folder path
        IconNameRole,      // a freedesktop icon name
        FolderIdsRole,     // QList<qint64>: the folders this node lists (the Inboxes for the unified one)
    };

    // engine may be null (tests): then call the change slots directly.
    FolderTreeModel(SyncEngine *engine, const QString &databasePath, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void setUnifiedInboxShown(bool shown); // default: shown when there are two accounts or more
    QModelIndex indexOfFolder(qint64 folderId) const;
    QModelIndex indexOfAccount(qint64 accountId) const;
    QModelIndex unifiedInboxIndex() const;
    std::optional<storage::Folder> folder(qint64 folderId) const;
    QList<qint64> inboxFolderIds() const;
    int totalUnread() const; // of every Inbox, for the tray

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    static QString iconName(storage::FolderRole role);
    // The order of folders among their siblings: Inbox, Drafts, Sent, Archive, ... Trash, others.
    static int roleRank(storage::FolderRole role);

public Q_SLOTS:
    void reload();
    void onFoldersChanged(qint64 accountId);
    void onFolderCountsChanged(qint64 folderId);

Q_SIGNALS:
    void messagesDropped(const QList<qint64> &messageKeys, qint64 folderId, Qt::DropAction action);
    void totalUnreadChanged(int unread);
    void loadFailed(const QString &message);

public:
    struct Node; // public for the sorting helpers in the .cpp

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    Node *findFolder(Node *node, qint64 folderId) const;
    std::unique_ptr<Node> buildAccount(const storage::Account &account);
    void updateUnifiedCounts();

    SyncEngine *m_engine;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<Node> m_root;
    int m_unifiedShown = -1; // -1: automatic
};

} // namespace epistle::sync
