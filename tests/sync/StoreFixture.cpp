#include "StoreFixture.h"

#include "storage/SearchIndex.h"

#include <QTest>

using namespace epistle::storage;

StoreFixture::StoreFixture()
{
    m_path = m_dir.filePath(QStringLiteral("mail.sqlite"));
    m_db = Database::open(m_path);
}

StoreFixture::~StoreFixture() = default;

qint64 StoreFixture::addAccount(const QString &name, const QString &address)
{
    AccountStore accounts(*m_db);
    Account account;
    account.name = name;
    account.protocol = QStringLiteral("imap");
    account.incoming = {QStringLiteral("imap.example.test"), 993, QStringLiteral("tls"), name, {}};
    account.outgoing = {QStringLiteral("smtp.example.test"), 465, QStringLiteral("tls"), name, {}};
    const qint64 id = accounts.addAccount(account);
    Identity identity;
    identity.accountId = id;
    identity.name = name;
    identity.address = address.isEmpty() ? name.toLower() + QStringLiteral("@example.test") : address;
    identity.isDefault = true;
    accounts.addIdentity(identity);
    return id;
}

qint64 StoreFixture::addFolder(qint64 accountId, const QString &path, FolderRole role)
{
    FolderStore folders(*m_db);
    Folder folder;
    folder.accountId = accountId;
    folder.path = path;
    folder.delimiter = QStringLiteral("/");
    folder.role = role;
    return folders.upsert(folder);
}

MessageSummary StoreFixture::summary(quint32 uid, const QString &subject, const QString &from, const QDateTime &date,
                                     MessageFlags flags)
{
    MessageSummary s;
    s.uid = uid;
    s.subject = subject;
    s.from = {from, from.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.test")};
    s.to = {{QStringLiteral("Me"), QStringLiteral("me@example.test")}};
    s.date = date;
    s.internalDate = date;
    s.flags = flags;
    s.size = 1000 + uid;
    s.messageId = QStringLiteral("<m%1@example.test>").arg(uid).toLatin1();
    s.preview = QStringLiteral("Preview of %1").arg(subject);
    return s;
}

QList<qint64> StoreFixture::add(qint64 folderId, const QList<MessageSummary> &summaries)
{
    MessageStore store(*m_db);
    const QList<qint64> keys = store.upsert(folderId, summaries).keys;
    // The sync worker indexes what it stored before it announces it.
    SearchIndex search(*m_db);
    while (search.catchUp(2000) > 0) {
    }
    return keys;
}

QList<qint64> StoreFixture::addNumbered(qint64 folderId, int first, int count)
{
    static const char *const senders[] = {"Ada Smith", "Bob Jones", "Chloé Martin", "Dmitri Ivanov",
                                          "Eva Novak", "Farid Haddad", "Grace Chen"};
    QList<MessageSummary> list;
    for (int i = first; i < first + count; ++i)
        list.append(summary(quint32(i), QStringLiteral("Message %1").arg(i, 5, 10, QLatin1Char('0')),
                            QString::fromUtf8(senders[i % 7]), start().addSecs(i * 60)));
    return add(folderId, list);
}

void StoreFixture::setFlags(qint64 folderId, quint32 uid, MessageFlags flags)
{
    MessageStore store(*m_db);
    FlagUpdate update;
    update.uid = uid;
    update.flags = flags;
    store.updateFlags(folderId, {update});
}

void StoreFixture::remove(qint64 folderId, const QList<quint32> &uids)
{
    MessageStore store(*m_db);
    store.removeUids(folderId, uids);
}

void StoreFixture::bulkInsert(qint64 folderId, int count)
{
    const qint64 base = start().toSecsSinceEpoch();
    m_db->execute(QStringLiteral(
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                      "INSERT INTO messages (folder_id, uid, flags, date, sort_date, subject, sort_subject, "
                      "from_name, from_address, sort_from, size, has_attachments, preview) "
                      "SELECT %2, i, CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END, %3 + i * 60, %3 + i * 60, "
                      "'Message ' || i, 'message ' || i, 'Sender ' || (i % 600), 'sender' || (i % 600) || "
                      "'@example.test', 'sender ' || (i % 600), 1000 + i, i % 25 = 0, 'Preview ' || i FROM n")
                      .arg(count)
                      .arg(folderId)
                      .arg(base),
                  QStringLiteral("bulk insert"));
    m_db->execute(QStringLiteral("UPDATE messages SET thread_id = id WHERE folder_id = %1").arg(folderId),
                  QStringLiteral("thread ids"));
}
