#pragma once

#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageTypes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace storagetest {

using namespace epistle::storage;

inline MessageSummary summary(quint32 uid, const QString &subject, const QByteArray &messageId = {},
                              QByteArrayList references = {})
{
    MessageSummary s;
    s.uid = uid;
    s.subject = subject;
    s.messageId = messageId;
    s.references = references;
    s.from = {QStringLiteral("Sender %1").arg(uid % 7), QStringLiteral("sender%1@example.test").arg(uid % 7)};
    s.to = {{QStringLiteral("Reader"), QStringLiteral("reader@example.test")}};
    s.date = QDateTime(QDate(2024, 1, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600).addSecs(qint64(uid) * 60);
    s.internalDate = s.date.toUTC().addSecs(5);
    s.size = 1000 + uid;
    s.preview = QStringLiteral("Preview of %1").arg(uid);
    return s;
}

// A database in a temporary folder with one IMAP account and an INBOX.
struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mail.sqlite"));
    std::unique_ptr<Database> db = Database::open(path);
    qint64 accountId = 0;
    qint64 folderId = 0;

    Fixture()
    {
        Account account;
        account.name = QStringLiteral("Test");
        account.protocol = QStringLiteral("imap");
        account.incoming = {QStringLiteral("imap.example.test"), 993, QStringLiteral("tls"), QStringLiteral("me"), {}};
        accountId = AccountStore(*db).addAccount(account);
        Folder inbox;
        inbox.accountId = accountId;
        inbox.path = QStringLiteral("INBOX");
        inbox.delimiter = QStringLiteral("/");
        inbox.role = FolderRole::Inbox;
        folderId = FolderStore(*db).upsert(inbox);
    }
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace storagetest
