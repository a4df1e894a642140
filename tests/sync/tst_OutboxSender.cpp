// OutboxWriter + OutboxSender through the sandbox Postfix (submission over implicit TLS), with
// delivery checked in the recipients' mailboxes over POP3.
#include "PopSendTestSupport.h"

#include "core/Profile.h"
#include "storage/BodyCache.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/OperationQueue.h"
#include "storage/Outbox.h"
#include "support/TcpRelay.h"
#include "sync/OutboxWriter.h"

#include <QFile>
#include <QUuid>

using namespace epistle;
using namespace popsendtest;
using Kind = sync::OutboxSender::Error::Kind;

namespace {

QByteArray message(const QString &from, const QStringList &to, const QStringList &bcc, const QByteArray &messageId,
                   const QByteArray &extra = {})
{
    QByteArray m = "From: Sender <" + from.toUtf8() + ">\r\n";
    if (!to.isEmpty())
        m += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    if (!bcc.isEmpty())
        m += "Bcc: " + bcc.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    m += "Subject: Outbox test\r\nMessage-ID: " + messageId + "\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
         "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello from the outbox.\r\n.dot line\r\n"
         + extra;
    return m;
}

QByteArray uniqueId()
{
    return "<" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@example.test>";
}

int countWithId(const QList<QByteArray> &box, const QByteArray &messageId)
{
    int n = 0;
    for (const QByteArray &m : box)
        n += m.contains("Message-ID: " + messageId) ? 1 : 0;
    return n;
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentOnceAfterTheServerComesBack_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("imap account: Append queued") << QStringLiteral("imap");
        QTest::newRow("pop3 account: local Sent copy") << QStringLiteral("pop3");
    }

    void sentOnceAfterTheServerComesBack()
    {
        QFETCH(QString, protocol);
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto from = sandbox.createUser(QStringLiteral("sendfrom"), &why);
        QVERIFY2(from, qPrintable(why));
        const auto to = sandbox.createUser(QStringLiteral("sendto"), &why);
        QVERIFY2(to, qPrintable(why));

        TestStore store(protocol);
        qint64 sentFolder = 0;
        if (protocol == QLatin1String("imap")) {
            storage::Folder sent;
            sent.accountId = store.account.id;
            sent.path = QStringLiteral("Sent");
            sent.role = storage::FolderRole::Sent;
            sentFolder = storage::FolderStore(*store.db).upsert(sent);
        }
        const core::Profile profile = core::Profile::fromDirectory(store.dir.filePath(QStringLiteral("profile")));
        const QByteArray id = uniqueId();
        const auto queued = sync::OutboxWriter::queue(*store.db, profile, store.account.id,
                                                      message(from->login, {to->login}, {}, id));
        QVERIFY2(queued.ok(), qPrintable(queued.message));
        QFile file(queued.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();

        test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        QVERIFY(relay.listen());
        relay.setAccepting(false);
        const auto access = sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login, relay.port());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        {
            sync::OutboxSender sender(*store.db, store.account, {}, access, from->password);
            sender.setNow(t0);
            const auto result = runToEnd(sender);
            QCOMPARE(result.error.kind, Kind::Network);
            QCOMPARE(result.retryLater, 1);
            QCOMPARE(result.sent, 0);
            const auto entry = storage::Outbox(*store.db).entry(queued.entryId);
            QVERIFY(entry);
            QCOMPARE(entry->state, storage::OutboxState::Queued);
            QCOMPARE(entry->attempts, 1);
            QVERIFY(!entry->lastError.isEmpty());
            QCOMPARE(entry->nextAttempt.toSecsSinceEpoch(), t0.addSecs(60).toSecsSinceEpoch());
            QVERIFY(QFile::exists(queued.path));
        }
        relay.setAccepting(true);
        {
            // Not due yet: nothing happens, not even a connection.
            sync::OutboxSender early(*store.db, store.account, {}, access, from->password);
            early.setNow(t0.addSecs(30));
            const auto result = runToEnd(early);
            QVERIFY(!result.error.isError());
            QCOMPARE(result.sent, 0);
            QCOMPARE(relay.totalConnections(), 0);
        }
        {
            sync::OutboxSender sender(*store.db, store.account, {}, access, from->password);
            sender.setNow(t0.addSecs(61));
            QSignalSpy sent(&sender, &sync::OutboxSender::entrySent);
            const auto result = runToEnd(sender);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.sent, 1);
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().value(0).toLongLong(), queued.entryId);
            QVERIFY(!storage::Outbox(*store.db).entry(queued.entryId));
            QVERIFY(!QFile::exists(queued.path));
        }
        {
            sync::OutboxSender again(*store.db, store.account, {}, access, from->password);
            again.setNow(t0.addSecs(3600));
            QCOMPARE(runToEnd(again).sent, 0);
        }
        const auto box = waitForMail(sandbox, *to, 1);
        QCOMPARE(countWithId(box, id), 1);
        QCOMPARE(box.size(), 1);

        if (protocol == QLatin1String("imap")) {
            const auto ops = storage::OperationQueue(*store.db).operations(store.account.id);
            QCOMPARE(ops.size(), 1);
            QCOMPARE(ops[0].kind, storage::OperationKind::Append);
            QCOMPARE(ops[0].targetFolderId, sentFolder);
            QCOMPARE(ops[0].data, bytes);
            QVERIFY(ops[0].addFlags.testFlag(storage::MessageFlag::Seen));
        } else {
            const auto sent = storage::FolderStore(*store.db).find(store.account.id, QStringLiteral("Sent"));
            QVERIFY(sent);
            QCOMPARE(sent->role, storage::FolderRole::Sent);
            storage::MessageStore messages(*store.db);
            const auto copy = messages.messageByUid(sent->id, 1);
            QVERIFY(copy);
            QCOMPARE(copy->summary.messageId, id);
            QCOMPARE(copy->summary.to.value(0).address, to->login);
            QVERIFY(copy->summary.flags.testFlag(storage::MessageFlag::Seen));
            QCOMPARE(storage::BodyCache(*store.db).read(copy->key, QString()), std::optional<QByteArray>(bytes));
            QVERIFY(storage::OperationQueue(*store.db).operations(store.account.id).isEmpty());
        }
    }

    void imapAccountWithoutKnownSentFolder()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto from = sandbox.createUser(QStringLiteral("sendnosent"), &why);
        QVERIFY2(from, qPrintable(why));
        TestStore store(QStringLiteral("imap"));
        const core::Profile profile = core::Profile::fromDirectory(store.dir.filePath(QStringLiteral("profile")));
        QVERIFY(sync::OutboxWriter::queue(*store.db, profile, store.account.id, message(from->login, {from->login}, {}, uniqueId())).ok());
        sync::OutboxSender sender(*store.db, store.account, {}, sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login),
                                  from->password);
        const auto result = runToEnd(sender);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        const auto ops = storage::OperationQueue(*store.db).operations(store.account.id);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].targetFolderId, 0);

        // With the copy turned off (a server that files sent mail itself) nothing is queued.
        QVERIFY(sync::OutboxWriter::queue(*store.db, profile, store.account.id, message(from->login, {from->login}, {}, uniqueId())).ok());
        sync::OutboxSender noCopy(*store.db, store.account, {}, sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login),
                                  from->password);
        noCopy.setRecordSentCopy(false);
        QCOMPARE(runToEnd(noCopy).sent, 1);
        QCOMPARE(storage::OperationQueue(*store.db).operations(store.account.id).size(), 1);
    }

    void refusedRecipients()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto from = sandbox.createUser(QStringLiteral("sendrej"), &why);
        QVERIFY2(from, qPrintable(why));
        const auto to = sandbox.createUser(QStringLiteral("sendrejto"), &why);
        QVERIFY2(to, qPrintable(why));
        const QString unknown = QStringLiteral("nobody-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128));
        TestStore store(QStringLiteral("imap"));
        const core::Profile profile = core::Profile::fromDirectory(store.dir.filePath(QStringLiteral("profile")));
        const QByteArray allRefusedId = uniqueId();
        const QByteArray partialId = uniqueId();
        const auto allRefused = sync::OutboxWriter::queue(*store.db, profile, store.account.id,
                                                          message(from->login, {unknown}, {}, allRefusedId));
        const auto partial = sync::OutboxWriter::queue(*store.db, profile, store.account.id,
                                                       message(from->login, {to->login, unknown}, {}, partialId));
        QVERIFY(allRefused.ok() && partial.ok());

        sync::OutboxSender sender(*store.db, store.account, {}, sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login),
                                  from->password);
        QSignalSpy failed(&sender, &sync::OutboxSender::entryFailed);
        const auto result = runToEnd(sender);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.sent, 1);

        // Every recipient refused: Failed with the server's words, the file kept for editing.
        const auto entry = storage::Outbox(*store.db).entry(allRefused.entryId);
        QVERIFY(entry);
        QCOMPARE(entry->state, storage::OutboxState::Failed);
        QVERIFY2(entry->lastError.contains(unknown), qPrintable(entry->lastError));
        QVERIFY2(entry->lastError.contains(QLatin1String("550")), qPrintable(entry->lastError));
        QVERIFY2(entry->lastError.contains(QLatin1String("Recipient address rejected")), qPrintable(entry->lastError));
        QVERIFY(QFile::exists(allRefused.path));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().value(0).toLongLong(), allRefused.entryId);

        // One of two refused: sent to the other, with a note naming the refused one.
        QVERIFY(!storage::Outbox(*store.db).entry(partial.entryId));
        QCOMPARE(result.partial.size(), 1);
        QCOMPARE(result.partial[0].entryId, partial.entryId);
        QCOMPARE(result.partial[0].rejected, QStringList{unknown});
        QVERIFY(result.partial[0].message.contains(QLatin1String("550")));
        QCOMPARE(countWithId(waitForMail(sandbox, *to, 1), partialId), 1);
    }

    void bccIsStrippedButDelivered()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto from = sandbox.createUser(QStringLiteral("sendbcc"), &why);
        const auto to = sandbox.createUser(QStringLiteral("sendbccto"), &why);
        const auto hidden = sandbox.createUser(QStringLiteral("sendbcchid"), &why);
        QVERIFY2(from && to && hidden, qPrintable(why));
        TestStore store;
        const core::Profile profile = core::Profile::fromDirectory(store.dir.filePath(QStringLiteral("profile")));
        const QByteArray id = uniqueId();
        const auto queued = sync::OutboxWriter::queue(*store.db, profile, store.account.id,
                                                      message(from->login, {to->login}, {hidden->login}, id));
        QVERIFY2(queued.ok(), qPrintable(queued.message));
        QVERIFY(queued.envelope.recipients.contains(hidden->login));
        sync::OutboxSender sender(*store.db, store.account, {}, sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login),
                                  from->password);
        const auto result = runToEnd(sender);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.sent, 1);
        for (const auto &user : {*to, *hidden}) {
            const auto box = waitForMail(sandbox, user, 1);
            QCOMPARE(countWithId(box, id), 1);
            QVERIFY(!box.value(0).contains("\nBcc:"));
            // The visible recipient's copy does not reveal the hidden one (the hidden copy
            // names its own address in Delivered-To, which is fine).
            if (user.login == to->login)
                QVERIFY(!box.value(0).contains(hidden->login.toUtf8()));
        }
    }

    void wrongPasswordKeepsTheEntryQueued()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto from = sandbox.createUser(QStringLiteral("sendpw"), &why);
        QVERIFY2(from, qPrintable(why));
        TestStore store;
        const core::Profile profile = core::Profile::fromDirectory(store.dir.filePath(QStringLiteral("profile")));
        const auto queued = sync::OutboxWriter::queue(*store.db, profile, store.account.id, message(from->login, {from->login}, {}, uniqueId()));
        QVERIFY(queued.ok());
        test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        QVERIFY(relay.listen());
        sync::OutboxSender sender(*store.db, store.account, {},
                                  sandboxAccess(sandbox, QStringLiteral("SUBMISSIONS_PORT"), from->login, relay.port()),
                                  QStringLiteral("wrong password"));
        const auto result = runToEnd(sender);
        QCOMPARE(result.error.kind, Kind::Authentication);
        QCOMPARE(result.error.smtpKind, smtp::Error::Kind::AuthFailed);
        QVERIFY(!result.error.message.contains(QLatin1String("wrong password")));
        QCOMPARE(result.retryLater + result.failed + result.sent, 0);
        const auto entry = storage::Outbox(*store.db).entry(queued.entryId);
        QCOMPARE(entry->state, storage::OutboxState::Queued);
        QCOMPARE(entry->attempts, 0);
        QVERIFY(!entry->nextAttempt.isValid());
        QVERIFY(QFile::exists(queued.path));
        // One login attempt, and no connection after it.
        QTest::qWait(300);
        QCOMPARE(relay.totalConnections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_OutboxSender.moc"
