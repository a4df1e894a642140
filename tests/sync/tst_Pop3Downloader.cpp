// Pop3Downloader against the sandbox Dovecot (POP3 over implicit TLS), directly or through a
// TcpRelay that cuts the connection.
#include "PopSendTestSupport.h"

#include "storage/BodyCache.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/Pop3Ledger.h"
#include "support/TcpRelay.h"

#include <QSet>

using namespace epistle;
using namespace popsendtest;
using Kind = sync::Pop3Downloader::Error::Kind;

namespace {

// The store holds exactly the server's messages: each UIDL once, with its bytes, in the Inbox.
void checkStoreMatches(TestStore &store, const QHash<QByteArray, QByteArray> &server, qint64 inboxId)
{
    storage::Pop3Ledger ledger(*store.db);
    storage::MessageStore messages(*store.db);
    storage::BodyCache bodies(*store.db);
    const auto entries = ledger.entries(store.account.id);
    QCOMPARE(entries.size(), server.size());
    QCOMPARE(messages.count(inboxId), int(server.size()));
    QSet<qint64> keys;
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        QVERIFY2(entries.contains(it.key()), it.key().constData());
        const qint64 key = entries.value(it.key()).messageKey;
        QVERIFY(key > 0);
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        const auto stored = messages.message(key);
        QVERIFY(stored);
        QCOMPARE(stored->folderId, inboxId);
        QCOMPARE(stored->summary.size, qint64(it.value().size()));
        QCOMPARE(bodies.read(key, QString()), std::optional<QByteArray>(it.value()));
    }
    // Local UIDs are 1..N without gaps.
    QList<quint32> uids = messages.uids(inboxId);
    for (qsizetype i = 0; i < uids.size(); ++i)
        QCOMPARE(uids[i], quint32(i + 1));
}

} // namespace

class TestPop3Downloader : public QObject
{
    Q_OBJECT

    std::optional<test::Sandbox::User> m_shared; // read only: every download leaves it on the server
    QHash<QByteArray, QByteArray> m_sharedMail;
    static constexpr int SharedCount = 6;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        auto sandbox = test::Sandbox::fromEnvironment(&why);
        if (!sandbox)
            return;
        m_shared = sandbox->createUser(QStringLiteral("popdl"), &why);
        QVERIFY2(m_shared, qPrintable(why));
        QString output;
        QVERIFY2(sandbox->runScript(QStringLiteral("generate-mail"), {m_shared->login, QString::number(SharedCount)}, &output),
                 qPrintable(output));
        auto box = mailbox(*sandbox, *m_shared, &why);
        QVERIFY2(box, qPrintable(why));
        QCOMPARE(box->size(), SharedCount);
        m_sharedMail = *box;
    }

    void downloadsOnceThenOnlyNewMail()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto user = sandbox.createUser(QStringLiteral("popnew"), &why);
        QVERIFY2(user, qPrintable(why));
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("4")}));

        TestStore store;
        const auto access = sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), user->login);
        {
            sync::Pop3Downloader downloader(*store.db, store.account, {}, access, user->password);
            QSignalSpy progress(&downloader, &sync::Pop3Downloader::progress);
            const auto result = runToEnd(downloader);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 4);
            QCOMPARE(result.onServer, 4);
            QCOMPARE(result.deletedFromServer, 0);
            QVERIFY(!progress.isEmpty());
            QCOMPARE(progress.first(), (QVariantList{0, 4}));
            QCOMPARE(progress.last(), (QVariantList{4, 4}));
            const auto inbox = storage::FolderStore(*store.db).find(store.account.id, QStringLiteral("INBOX"));
            QVERIFY(inbox);
            QCOMPARE(inbox->role, storage::FolderRole::Inbox);
            QCOMPARE(inbox->id, downloader.inboxFolderId());
            QCOMPARE(inbox->messageCount, 4);
            QCOMPARE(inbox->unreadCount, 4);
            auto box = mailbox(sandbox, *user);
            QVERIFY(box);
            checkStoreMatches(store, *box, inbox->id);
            // The summary comes from the message itself.
            const auto first = storage::MessageStore(*store.db).messageByUid(inbox->id, 1);
            QVERIFY(!first->summary.subject.isEmpty());
            QVERIFY(first->summary.messageId.startsWith('<'));
            QVERIFY(first->summary.date.isValid());
            QVERIFY(first->summary.internalDate.secsTo(QDateTime::currentDateTimeUtc()) < 300);
        }
        {
            sync::Pop3Downloader again(*store.db, store.account, {}, access, user->password);
            const auto result = runToEnd(again);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 0);
            QCOMPARE(result.onServer, 4);
        }
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("1")}));
        {
            sync::Pop3Downloader third(*store.db, store.account, {}, access, user->password);
            const auto result = runToEnd(third);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 1);
            auto box = mailbox(sandbox, *user);
            QVERIFY(box);
            QCOMPARE(box->size(), 5);
            checkStoreMatches(store, *box, third.inboxFolderId());
        }
    }

    void interruptedAtEveryMessage_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("drop");
        for (int k = 0; k < SharedCount; ++k) {
            QTest::addRow("connection cut after %d", k) << k << true;
            QTest::addRow("cancel after %d", k) << k << false;
        }
    }

    void interruptedAtEveryMessage()
    {
        QFETCH(int, k);
        QFETCH(bool, drop);
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QVERIFY(m_shared);
        test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("POP3S_PORT")));
        QVERIFY(relay.listen());
        TestStore store;
        const auto access = sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), m_shared->login, relay.port());
        int storedAtCut = -1;
        {
            sync::Pop3Downloader downloader(*store.db, store.account, {}, access, m_shared->password);
            downloader.setCommitBatch(1);
            if (drop)
                downloader.setMaxInFlight(1, 1); // one RETR at a time: the cut falls right after message k
            connect(&downloader, &sync::Pop3Downloader::progress, this, [&](int done, int) {
                if (done == k && storedAtCut < 0) {
                    storedAtCut = done;
                    if (drop)
                        relay.dropAll();
                    else
                        downloader.cancel();
                }
            });
            const auto result = runToEnd(downloader);
            QCOMPARE(storedAtCut, k);
            QCOMPARE(result.error.kind, drop ? Kind::Network : Kind::Cancelled);
            QCOMPARE(result.downloaded, k);
            QCOMPARE(storage::Pop3Ledger(*store.db).count(store.account.id), k);
            QCOMPARE(storage::MessageStore(*store.db).count(downloader.inboxFolderId()), k);
        }
        sync::Pop3Downloader resume(*store.db, store.account, {}, access, m_shared->password);
        const auto result = runToEnd(resume);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.downloaded, SharedCount - k);
        checkStoreMatches(store, m_sharedMail, resume.inboxFolderId());
    }

    void deletionPolicies()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto user = sandbox.createUser(QStringLiteral("popdel"), &why);
        QVERIFY2(user, qPrintable(why));
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("3")}));
        TestStore store;
        const auto access = sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), user->login);

        // Leave on server (the default).
        {
            sync::Pop3Downloader downloader(*store.db, store.account, {}, access, user->password);
            const auto result = runToEnd(downloader);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 3);
            QCOMPARE(result.deletedFromServer, 0);
            QCOMPARE(mailbox(sandbox, *user)->size(), 3);
        }
        // After 7 days: nothing is that old yet.
        sync::AccountOptions afterDays;
        afterDays.pop3DeleteAfterDays = 7;
        {
            sync::Pop3Downloader downloader(*store.db, store.account, afterDays, access, user->password);
            const auto result = runToEnd(downloader);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.deletedFromServer, 0);
            QCOMPARE(mailbox(sandbox, *user)->size(), 3);
        }
        // Two of them were first seen 8 days ago; a new message arrives, never older than today.
        storage::Pop3Ledger ledger(*store.db);
        const auto entries = ledger.entries(store.account.id);
        QList<QByteArray> uidls = entries.keys();
        std::sort(uidls.begin(), uidls.end());
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-8);
        ledger.setFirstSeen(store.account.id, uidls[0], old);
        ledger.setFirstSeen(store.account.id, uidls[1], old);
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("1")}));
        {
            sync::Pop3Downloader downloader(*store.db, store.account, afterDays, access, user->password);
            const auto result = runToEnd(downloader);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 1);
            QCOMPARE(result.deletedFromServer, 2);
            const auto box = mailbox(sandbox, *user);
            QCOMPARE(box->size(), 2);
            QVERIFY(!box->contains(uidls[0]) && !box->contains(uidls[1]));
            QVERIFY(box->contains(uidls[2]));
        }
        // The next run forgets the UIDLs that left the server; local messages stay.
        {
            sync::Pop3Downloader downloader(*store.db, store.account, {}, access, user->password);
            const auto result = runToEnd(downloader);
            QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
            QCOMPARE(result.downloaded, 0);
            QCOMPARE(ledger.count(store.account.id), 2);
            QCOMPARE(storage::MessageStore(*store.db).count(downloader.inboxFolderId()), 4);
        }
    }

    void deleteAtOnce()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString why;
        const auto user = sandbox.createUser(QStringLiteral("popmove"), &why);
        QVERIFY2(user, qPrintable(why));
        QVERIFY(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("3")}));
        const auto before = mailbox(sandbox, *user);
        QVERIFY(before);
        TestStore store;
        sync::AccountOptions options;
        options.pop3LeaveOnServer = false;
        sync::Pop3Downloader downloader(*store.db, store.account, options,
                                        sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), user->login), user->password);
        const auto result = runToEnd(downloader);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(result.downloaded, 3);
        QCOMPARE(result.deletedFromServer, 3);
        QCOMPARE(mailbox(sandbox, *user)->size(), 0);
        // The ledger keeps them until a run sees them gone; the store has every message.
        QCOMPARE(storage::MessageStore(*store.db).count(downloader.inboxFolderId()), 3);
        checkStoreMatches(store, *before, downloader.inboxFolderId());
    }

    void wrongPassword()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QVERIFY(m_shared);
        TestStore store;
        sync::Pop3Downloader downloader(*store.db, store.account, {},
                                        sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), m_shared->login),
                                        QStringLiteral("not the password"));
        const auto result = runToEnd(downloader);
        QCOMPARE(result.error.kind, Kind::Authentication);
        QCOMPARE(result.error.pop3Kind, pop3::Error::Kind::AuthFailed);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.message.contains(QLatin1String("not the password")));
        QCOMPARE(result.downloaded, 0);
        QCOMPARE(storage::Pop3Ledger(*store.db).count(store.account.id), 0);
        QCOMPARE(storage::MessageStore(*store.db).count(downloader.inboxFolderId()), 0);
    }

    void unreachableServerIsANetworkError()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("POP3S_PORT")));
        QVERIFY(relay.listen());
        relay.setAccepting(false);
        TestStore store;
        sync::Pop3Downloader downloader(*store.db, store.account, {},
                                        sandboxAccess(sandbox, QStringLiteral("POP3S_PORT"), QStringLiteral("x"), relay.port()),
                                        QStringLiteral("y"));
        const auto result = runToEnd(downloader);
        QCOMPARE(result.error.kind, Kind::Network);
    }

    void wrongCertificateIsATlsError()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        TestStore store;
        auto access = sandboxAccess(sandbox, QStringLiteral("WRONG_HOST_PORT"), QStringLiteral("x"));
        sync::Pop3Downloader downloader(*store.db, store.account, {}, access, QStringLiteral("y"));
        const auto result = runToEnd(downloader);
        QCOMPARE(result.error.kind, Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestPop3Downloader)
#include "tst_Pop3Downloader.moc"
