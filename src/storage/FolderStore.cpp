#include "storage/FolderStore.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace epistle::storage {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct FolderStoreText {
    Q_DECLARE_TR_FUNCTIONS(epistle::storage::FolderStore)
};

const char *const RoleNames[] = {"", "inbox", "sent", "drafts", "trash", "junk", "archive", "all", "flagged"};

const QString FolderColumns = QStringLiteral(
    "id, account_id, path, delimiter, role, subscribed, selectable, uidvalidity, uidnext, highestmodseq, "
    "message_count, unread_count");

Folder readFolder(const QSqlQuery &q)
{
    Folder f;
    f.id = q.value(0).toLongLong();
    f.accountId = q.value(1).toLongLong();
    f.path = q.value(2).toString();
    f.delimiter = q.value(3).toString();
    f.role = folderRoleFromName(q.value(4).toString());
    f.subscribed = q.value(5).toInt() != 0;
    f.selectable = q.value(6).toInt() != 0;
    f.uidValidity = quint32(q.value(7).toLongLong());
    f.uidNext = quint32(q.value(8).toLongLong());
    f.highestModSeq = q.value(9).toULongLong();
    f.messageCount = q.value(10).toInt();
    f.unreadCount = q.value(11).toInt();
    return f;
}

} // namespace

QString folderRoleName(FolderRole role)
{
    return QString::fromLatin1(RoleNames[static_cast<int>(role)]);
}

FolderRole folderRoleFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(RoleNames)); ++i) {
        if (name == QLatin1String(RoleNames[i]))
            return static_cast<FolderRole>(i);
    }
    return FolderRole::None;
}

FolderStore::FolderStore(Database &db)
    : m_db(db)
{
}

qint64 FolderStore::upsert(const Folder &folder)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO folders (account_id, path, delimiter, role, subscribed, selectable, uidvalidity, uidnext, "
        "highestmodseq) VALUES (?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (account_id, path) DO UPDATE SET delimiter=excluded.delimiter, role=excluded.role, "
        "subscribed=excluded.subscribed, selectable=excluded.selectable"));
    q.bindValue(0, folder.accountId);
    q.bindValue(1, Database::text(folder.path));
    q.bindValue(2, Database::text(folder.delimiter));
    q.bindValue(3, folderRoleName(folder.role));
    q.bindValue(4, folder.subscribed ? 1 : 0);
    q.bindValue(5, folder.selectable ? 1 : 0);
    q.bindValue(6, qint64(folder.uidValidity));
    q.bindValue(7, qint64(folder.uidNext));
    q.bindValue(8, qint64(folder.highestModSeq));
    Database::exec(q, FolderStoreText::tr("saving a folder"));
    QSqlQuery &find = m_db.prepare(QStringLiteral("SELECT id FROM folders WHERE account_id=? AND path=?"));
    find.bindValue(0, folder.accountId);
    find.bindValue(1, Database::text(folder.path));
    Database::exec(find, FolderStoreText::tr("saving a folder"));
    const qint64 id = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    tx.commit();
    return id;
}

std::optional<Folder> FolderStore::folder(qint64 folderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + FolderColumns + QStringLiteral(" FROM folders WHERE id=?"));
    q.bindValue(0, folderId);
    Database::exec(q, FolderStoreText::tr("reading a folder"));
    std::optional<Folder> result;
    if (q.next())
        result = readFolder(q);
    q.finish();
    return result;
}

std::optional<Folder> FolderStore::find(qint64 accountId, const QString &path)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + FolderColumns +
                                QStringLiteral(" FROM folders WHERE account_id=? AND path=?"));
    q.bindValue(0, accountId);
    q.bindValue(1, Database::text(path));
    Database::exec(q, FolderStoreText::tr("reading a folder"));
    std::optional<Folder> result;
    if (q.next())
        result = readFolder(q);
    q.finish();
    return result;
}

QList<Folder> FolderStore::folders(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + FolderColumns +
                                QStringLiteral(" FROM folders WHERE account_id=? ORDER BY path"));
    q.bindValue(0, accountId);
    Database::exec(q, FolderStoreText::tr("listing folders"));
    QList<Folder> list;
    while (q.next())
        list.append(readFolder(q));
    q.finish();
    return list;
}

void FolderStore::rename(qint64 folderId, const QString &newPath)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE folders SET path=? WHERE id=?"));
    q.bindValue(0, Database::text(newPath));
    q.bindValue(1, folderId);
    Database::exec(q, FolderStoreText::tr("renaming a folder"));
    tx.commit();
}

void FolderStore::remove(qint64 folderId)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM folders WHERE id=?"));
    q.bindValue(0, folderId);
    Database::exec(q, FolderStoreText::tr("removing a folder"));
    tx.commit();
}

void FolderStore::setSyncState(qint64 folderId, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE folders SET uidvalidity=?, uidnext=?, highestmodseq=? WHERE id=?"));
    q.bindValue(0, qint64(uidValidity));
    q.bindValue(1, qint64(uidNext));
    q.bindValue(2, qint64(highestModSeq));
    q.bindValue(3, folderId);
    Database::exec(q, FolderStoreText::tr("saving a folder's sync state"));
    tx.commit();
}

void FolderStore::setSubscribed(qint64 folderId, bool subscribed)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE folders SET subscribed=? WHERE id=?"));
    q.bindValue(0, subscribed ? 1 : 0);
    q.bindValue(1, folderId);
    Database::exec(q, FolderStoreText::tr("changing a subscription"));
    tx.commit();
}

void FolderStore::setRole(qint64 folderId, FolderRole role)
{
    Transaction tx(m_db);
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE folders SET role=? WHERE id=?"));
    q.bindValue(0, folderRoleName(role));
    q.bindValue(1, folderId);
    Database::exec(q, FolderStoreText::tr("changing a folder's role"));
    tx.commit();
}

} // namespace epistle::storage
