#pragma once

#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"

#include <QTemporaryDir>
#include <memory>

// A temporary mail database filled the way the sync engine fills it (through src/storage), for
// the model and GUI tests.
class StoreFixture
{
public:
    StoreFixture();
    ~StoreFixture();

    QString path() const { return m_path; }
    QString directory() const { return m_dir.path(); }
    epistle::storage::Database &db() { return *m_db; }

    qint64 addAccount(const QString &name, const QString &address = QString());
    qint64 addFolder(qint64 accountId, const QString &path,
                     epistle::storage::FolderRole role = epistle::storage::FolderRole::None);

    static epistle::storage::MessageSummary summary(quint32 uid, const QString &subject, const QString &from,
                                                    const QDateTime &date, epistle::storage::MessageFlags flags = {});
    QList<qint64> add(qint64 folderId, const QList<epistle::storage::MessageSummary> &summaries);
    // uid i gets subject "Message i", a date i minutes after a fixed start, sender i % 7.
    QList<qint64> addNumbered(qint64 folderId, int first, int count);
    void setFlags(qint64 folderId, quint32 uid, epistle::storage::MessageFlags flags);
    void remove(qint64 folderId, const QList<quint32> &uids);
    // Rows written with one SQL statement (no threading or search text): for list tests of
    // 100,000 messages that would otherwise spend a minute in the store's write path.
    void bulkInsert(qint64 folderId, int count);

    static QDateTime start() { return QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<epistle::storage::Database> m_db;
};
