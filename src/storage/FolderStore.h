#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace epistle::storage {

class Database;

// RFC 6154 special-use roles (plus the INBOX), stored as text.
enum class FolderRole { None, Inbox, Sent, Drafts, Trash, Junk, Archive, All, Flagged };
QString folderRoleName(FolderRole role);
FolderRole folderRoleFromName(const QString &name);

struct Folder
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString path; // the server's name, with its hierarchy delimiter
    QString delimiter;
    FolderRole role = FolderRole::None;
    bool subscribed = true;
    bool selectable = true;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    int messageCount = 0; // kept equal to the stored messages by MessageStore
    int unreadCount = 0;
    bool operator==(const Folder &) const = default;
};

class FolderStore
{
public:
    explicit FolderStore(Database &db);

    // Inserts or updates by (account, path); the counts and sync state are left as stored when
    // the folder exists. Returns the folder id.
    qint64 upsert(const Folder &folder);
    std::optional<Folder> folder(qint64 folderId);
    std::optional<Folder> find(qint64 accountId, const QString &path);
    QList<Folder> folders(qint64 accountId); // by path
    void rename(qint64 folderId, const QString &newPath);
    // Removes the folder with its messages, cached bodies and queued operations.
    void remove(qint64 folderId);
    void setSyncState(qint64 folderId, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq);
    void setSubscribed(qint64 folderId, bool subscribed);
    void setRole(qint64 folderId, FolderRole role);

private:
    Database &m_db;
};

} // namespace epistle::storage
