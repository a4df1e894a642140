// The whole engine against the sandbox: a profile with one IMAP account, its worker thread,
// push through IDLE, offline changes replayed, sending through the Outbox, and a wrong password.

#include "ImapSyncTestSupport.h"
#include "storage/OperationQueue.h"
#include "storage/BodyCache.h"
#include "storage/Outbox.h"
#include "storage/SearchIndex.h"
#include "support/TcpRelay.h"
#include "mime/MessageParser.h"
#include "sync/AccountOptions.h"
#include "sync/PartialMessage.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace epistle;
using namespace epistle::sync;
using namespace epistle::sync::test;

namespace {

struct EngineFixture
{
    QTemporaryDir directory;
    core::Profile profile = core::Profile::fromDirectory(directory.path());
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<storage::Database> reader;
    qint64 accountId = 0;
    QString password;
    int passwordRequests = 0;

    // imapPort / smtpPort: where the account connects (a relay, or the sandbox itself).
    bool setUp(const ::epistle::test::Sandbox &sandbox, const ::epistle::test::Sandbox::User &user, quint16 imapPort, quint16 smtpPort,
               const QString &givenPassword, const QString &protocol = QStringLiteral("imap"), const QStringList &offlineFolders = {})
    {
        if (!profile.ensureExists())
            return false;
        reader = storage::Database::open(profile.databaseFile());
        storage::Account account;
        account.name = QStringLiteral("Sandbox");
        account.protocol = protocol;
        account.incoming = storage::ServerSettings{sandbox.host(), imapPort, QStringLiteral("tls"), user.login, QString()};
        account.outgoing = storage::ServerSettings{sandbox.host(), smtpPort, QStringLiteral("tls"), user.login, QString()};
        storage::AccountStore accounts(*reader);
        accountId = accounts.addAccount(account);
        storage::Identity identity;
        identity.accountId = accountId;
        identity.name = QStringLiteral("Tester");
        identity.address = user.login;
        identity.isDefault = true;
        accounts.addIdentity(identity);
        AccountOptions options;
        options.caFile = sandbox.value(QStringLiteral("CA_CERT"));
        options.checkIntervalMinutes = 0;
        options.offlineFolders = offlineFolders;
        options.save(*profile.openSettings(), accountId);

        password = givenPassword;
        secrets = std::make_unique<SecretStore>(profile);
        engine = std::make_unique<SyncEngine>(profile, *secrets);
        // No keychain in this test: the engine asks, as it would ask the user.
        QObject::connect(engine.get(), &SyncEngine::passwordNeeded, engine.get(), [this](qint64 id, PasswordKind kind, const QString &) {
            ++passwordRequests;
            // The first request only: answering a refusal with the same password again would be
            // the user's retry, not the engine's.
            if (passwordRequests == 1)
                engine->providePassword(id, kind, password, false);
        });
        return true;
    }

    bool synchronize(int timeoutMs = 60000)
    {
        SyncTask *task = engine->synchronize(accountId);
        task->setAutoDelete(false);
        const bool finished = QTest::qWaitFor([task] { return task->isFinished(); }, timeoutMs);
        const bool ok = finished && task->succeeded();
        if (!ok)
            qWarning() << "synchronize:" << (finished ? task->errorMessage() : QStringLiteral("timed out"));
        delete task;
        return ok;
    }

    // The message's content through the engine; empty (with a warning) on failure.
    QByteArray fetchMessage(qint64 key, MessageContent content = MessageContent::Displayed)
    {
        SyncTask *task = engine->fetchMessage(key, content);
        task->setAutoDelete(false);
        if (!QTest::qWaitFor([task] { return task->isFinished(); }, 30000) || !task->succeeded()) {
            qWarning() << "fetch failed:" << task->errorMessage();
            delete task;
            return {};
        }
        const QByteArray data = task->result().toByteArray();
        delete task;
        return data;
    }

    qint64 folderId(const QString &path)
    {
        const auto folder = storage::FolderStore(*reader).find(accountId, path);
        return folder ? folder->id : 0;
    }

    std::optional<storage::StoredMessage> message(const QString &path, quint32 uid)
    {
        return storage::MessageStore(*reader).messageByUid(folderId(path), uid);
    }
};

std::optional<quint64> statusCount(imap::Session &session, const QString &mailbox)
{
    const auto status = resultOf(session.status(mailbox, {"MESSAGES"}));
    return status ? status->messages : std::nullopt;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushShowsChangesFromAnotherClient()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("epush"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 5));

        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        QSignalSpy changed(fixture.engine.get(), &SyncEngine::messagesChanged);
        QSignalSpy removed(fixture.engine.get(), &SyncEngine::messagesRemoved);
        QSignalSpy arrived(fixture.engine.get(), &SyncEngine::newMail);
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        QCOMPARE(storage::MessageStore(*fixture.reader).count(fixture.folderId(QStringLiteral("INBOX"))), 5);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.engine->accountState(fixture.accountId).status, AccountState::Status::Online, 10000);
        QTest::qWait(500); // the IDLE connection is being set up

        // A flag set elsewhere shows within 2 s.
        QVERIFY(resultOf(other->select(QStringLiteral("INBOX"))));
        QVERIFY(!waitFor(other->store(imap::UidSet::single(3), imap::FlagOperation::Add, {"\\Flagged"})).isError());
        const qint64 key3 = fixture.message(QStringLiteral("INBOX"), 3)->key;
        QTRY_VERIFY_WITH_TIMEOUT(fixture.message(QStringLiteral("INBOX"), 3)->summary.flags.testFlag(storage::MessageFlag::Flagged), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        QVERIFY(changed.last().at(1).value<QList<qint64>>().contains(key3));

        // An expunge elsewhere: gone within 2 s.
        const qint64 key4 = fixture.message(QStringLiteral("INBOX"), 4)->key;
        QVERIFY(!waitFor(other->store(imap::UidSet::single(4), imap::FlagOperation::Add, {"\\Deleted"})).isError());
        QVERIFY(!waitFor(other->expunge(imap::UidSet::single(4))).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.message(QStringLiteral("INBOX"), 4), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 1000);
        QVERIFY(removed.last().at(1).value<QList<qint64>>().contains(key4));

        // New mail: stored and announced.
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 1, 6));
        QTRY_VERIFY_WITH_TIMEOUT(fixture.message(QStringLiteral("INBOX"), 6).has_value(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 1000);
        fixture.engine->stop();
    }

    void offlineFlagChangeIsReplayedWhenTheServerReturns()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("eoff"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 3));
        ::epistle::test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(relay.listen());

        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, relay.port(), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());

        // The server goes away; the user flags message 2 and deletes message 3 meanwhile.
        relay.setAccepting(false);
        relay.dropAll();
        QSignalSpy changed(fixture.engine.get(), &SyncEngine::messagesChanged);
        const qint64 key2 = fixture.message(QStringLiteral("INBOX"), 2)->key;
        const qint64 key3 = fixture.message(QStringLiteral("INBOX"), 3)->key;
        fixture.engine->setFlags({key2}, storage::MessageFlag::Flagged, {});
        fixture.engine->setFlags({key3}, storage::MessageFlag::Seen, {});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QVERIFY(fixture.message(QStringLiteral("INBOX"), 2)->summary.flags.testFlag(storage::MessageFlag::Flagged));
        QTRY_COMPARE_WITH_TIMEOUT(storage::OperationQueue(*fixture.reader).pendingCount(fixture.accountId), 2, 2000);
        QTest::qWait(500); // the replay tries, fails and keeps the operations
        QCOMPARE(storage::OperationQueue(*fixture.reader).pendingCount(fixture.accountId), 2);
        QVERIFY(fixture.engine->accountState(fixture.accountId).status == AccountState::Status::Error);

        // The server is back: the changes reach it, in order, once.
        relay.setAccepting(true);
        QVERIFY(fixture.synchronize());
        QCOMPARE(storage::OperationQueue(*fixture.reader).pendingCount(fixture.accountId), 0);
        QVERIFY(resultOf(other->select(QStringLiteral("INBOX"))));
        const auto flags = resultOf(other->fetch(imap::UidSet::range(1, 3), "(UID FLAGS)"));
        QVERIFY(flags);
        QCOMPARE(flags->messages.size(), 3);
        for (const imap::FetchData &data : flags->messages) {
            const bool flagged = data.flags->contains("\\Flagged");
            const bool seen = data.flags->contains("\\Seen");
            QCOMPARE(flagged, *data.uid == 2);
            QCOMPARE(seen, *data.uid == 3);
        }
        fixture.engine->stop();
    }

    void movesAndDeletesGoToTheServer()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("emove"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 4));
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const qint64 archive = fixture.folderId(QStringLiteral("Archive"));
        QVERIFY(archive);
        fixture.engine->moveMessages({fixture.message(QStringLiteral("INBOX"), 1)->key}, archive);
        fixture.engine->deleteMessages({fixture.message(QStringLiteral("INBOX"), 2)->key}); // to Trash
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.message(QStringLiteral("INBOX"), 1) && !fixture.message(QStringLiteral("INBOX"), 2), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("INBOX")).value_or(0), quint64(2), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("Archive")).value_or(0), quint64(1), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("Trash")).value_or(0), quint64(1), 5000);
        // The targets are synchronised after the replay: the messages show there.
        QTRY_COMPARE_WITH_TIMEOUT(storage::MessageStore(*fixture.reader).count(archive), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(storage::MessageStore(*fixture.reader).count(fixture.folderId(QStringLiteral("Trash"))), 1, 5000);
        // Deleting in Trash removes for good.
        const qint64 inTrash = storage::MessageStore(*fixture.reader).uids(fixture.folderId(QStringLiteral("Trash"))).value(0);
        fixture.engine->deleteMessages({fixture.message(QStringLiteral("Trash"), quint32(inTrash))->key});
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("Trash")).value_or(1), quint64(0), 5000);
        fixture.engine->stop();
    }

    void bodiesAreFetchedOnceCachedAndSearchable()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("ebody"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(!waitFor(other->append(QStringLiteral("INBOX"), testMessage("Body test").replace("Hello.", "Zanzibar quokka."))).isError());
        ::epistle::test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(relay.listen());
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, relay.port(), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const qint64 key = fixture.message(QStringLiteral("INBOX"), 1)->key;
        const auto fetch = [&fixture, key] { return fixture.fetchMessage(key); };
        QVERIFY(fetch().contains("Zanzibar quokka."));
        // Cached: the second read needs no server.
        relay.setAccepting(false);
        relay.dropAll();
        QVERIFY(fetch().contains("Zanzibar quokka."));
        QCOMPARE(storage::SearchIndex(*fixture.reader).search(QStringLiteral("quokka")), QList<qint64>({key}));
        // The server does not mark a message read by fetching it (BODY.PEEK).
        QVERIFY(!fixture.message(QStringLiteral("INBOX"), 1)->summary.flags.testFlag(storage::MessageFlag::Seen));
        fixture.engine->stop();
    }

    void largeMessagesComeWithoutTheirLargeAttachments()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("epart"));
        QVERIFY(user);
        QByteArray video(2 * 1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < video.size(); ++i)
            video[i] = char((quint64(i) * 7919) % 251);
        QByteArray encoded;
        const QByteArray base64 = video.toBase64();
        for (qsizetype i = 0; i < base64.size(); i += 76)
            encoded += base64.mid(i, 76) + "\r\n";
        const QByteArray original = "From: Alice <alice@example.test>\r\nTo: Bob <bob@example.test>\r\n"
                                    "Subject: Holiday video\r\nDate: Mon, 23 Nov 2026 07:00:00 +0000\r\n"
                                    "Message-ID: <video@example.test>\r\nMIME-Version: 1.0\r\n"
                                    "Content-Type: multipart/mixed; boundary=\"cut\"\r\n\r\n"
                                    "--cut\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe beach, finally.\r\n"
                                    "--cut\r\nContent-Type: video/mp4; name=\"beach.mp4\"\r\n"
                                    "Content-Disposition: attachment; filename=\"beach.mp4\"\r\n"
                                    "Content-Transfer-Encoding: base64\r\n\r\n" +
                                    encoded + "--cut--\r\n";
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(!waitFor(other->append(QStringLiteral("INBOX"), original)).isError());
        ::epistle::test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(relay.listen());
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, relay.port(), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const qint64 key = fixture.message(QStringLiteral("INBOX"), 1)->key;
        const auto fetch = [&fixture, key](MessageContent content) { return fixture.fetchMessage(key, content); };

        const qint64 before = relay.bytesToClients();
        const QByteArray shown = fetch(MessageContent::Displayed);
        QVERIFY(shown.contains("The beach, finally."));
        QVERIFY(shown.size() < 4096);
        QVERIFY2(relay.bytesToClients() - before < 64 * 1024, "the attachment crossed the network");
        const mime::Message parsed = mime::MessageParser().parse(shown);
        QCOMPARE(int(parsed.attachments().size()), 1);
        const mime::Part *attachment = parsed.attachments().front();
        QCOMPARE(attachment->suggestedFileName(), QStringLiteral("beach.mp4"));
        QCOMPARE(attachment->contentTypeParameters.value(QString::fromLatin1(PartialMessage::OmittedParameter)).toLongLong(),
                 qint64(encoded.size() - 2)); // the line break before the boundary belongs to the boundary
        storage::BodyCache cache(*fixture.reader);
        QVERIFY(!cache.contains(key, QString()));
        // Shown again without the server; found by its text.
        relay.setAccepting(false);
        relay.dropAll();
        QCOMPARE(fetch(MessageContent::Displayed), shown);
        QCOMPARE(storage::SearchIndex(*fixture.reader).search(QStringLiteral("beach")), QList<qint64>({key}));

        // Opening the attachment brings every byte, which then serves both kinds of request.
        relay.setAccepting(true);
        QCOMPARE(fetch(MessageContent::Whole), original);
        QVERIFY(cache.contains(key, QString()));
        relay.setAccepting(false);
        relay.dropAll();
        QCOMPARE(fetch(MessageContent::Displayed), original);
        fixture.engine->stop();
    }

    void offlineFoldersHaveTheirBodiesAhead()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("eoffl"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        const QByteArray recent = "From: a@example.test\r\nSubject: Recent\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8()
                                  + "\r\n\r\nFresh news.\r\n";
        QVERIFY(!waitFor(other->append(QStringLiteral("INBOX"), recent)).isError());
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 1, 2)); // dated 2026-11-23: recent too
        QVERIFY(!waitFor(other->append(QStringLiteral("INBOX"), "From: a@example.test\r\nSubject: Old\r\nDate: Mon, 1 Jan 2001 00:00:00 +0000\r\n\r\nOld.\r\n")).isError());
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")),
                              user->password, QStringLiteral("imap"), {QStringLiteral("INBOX")}));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        storage::BodyCache bodies(*fixture.reader);
        QVERIFY(bodies.contains(fixture.message(QStringLiteral("INBOX"), 1)->key, QString()));
        QVERIFY(!bodies.contains(fixture.message(QStringLiteral("INBOX"), 3)->key, QString()));
        QCOMPARE(storage::SearchIndex(*fixture.reader).search(QStringLiteral("news")).size(), 1);
        // Summaries reach the index through the worker's catch-up, with or without a body.
        QCOMPARE(storage::SearchIndex(*fixture.reader).pending(), 0);
        QCOMPARE(storage::SearchIndex(*fixture.reader).search(QStringLiteral("subject:old")),
                 QList<qint64>({fixture.message(QStringLiteral("INBOX"), 3)->key}));
        fixture.engine->stop();
    }

    void pop3AccountDownloadsAndWorksLocally()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("epop"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 2));
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("POP3S_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")),
                              user->password, QStringLiteral("pop3")));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const qint64 inbox = fixture.folderId(QStringLiteral("INBOX"));
        QVERIFY(inbox);
        QCOMPARE(storage::MessageStore(*fixture.reader).count(inbox), 2);
        QVERIFY(fixture.synchronize()); // nothing new, nothing twice
        QCOMPARE(storage::MessageStore(*fixture.reader).count(inbox), 2);
        // Local folders: created, filled by a move, the body travels along.
        SyncTask *create = fixture.engine->createFolder(fixture.accountId, 0, QStringLiteral("Kept"));
        create->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(create->isFinished(), 5000);
        QVERIFY2(create->succeeded(), qPrintable(create->errorMessage()));
        const qint64 kept = create->result().toLongLong();
        delete create;
        const qint64 key = fixture.message(QStringLiteral("INBOX"), 1)->key;
        fixture.engine->moveMessages({key}, kept);
        QTRY_COMPARE_WITH_TIMEOUT(storage::MessageStore(*fixture.reader).count(kept), 1, 5000);
        QCOMPARE(storage::MessageStore(*fixture.reader).count(inbox), 1);
        const qint64 movedKey = storage::MessageStore(*fixture.reader).list({kept}).value(0).key;
        QVERIFY(fixture.fetchMessage(movedKey).contains("Subject: Message 1"));
        QCOMPARE(storage::OperationQueue(*fixture.reader).pendingCount(fixture.accountId), 0);
        fixture.engine->stop();
    }

    void serverSearchShowsMatchesAsTheyArrive()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("esearch"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        const QString lists = QStringLiteral("Lists");
        QVERIFY(!waitFor(other->create(lists)).isError());
        QVERIFY(!waitFor(other->subscribe(lists)).isError()); // synchronised, but not watched
        QVERIFY(appendMessages(*other, lists, 3));
        // uid 4, which TEXT "Message" does not find (testMessage() has a Message-ID header)
        QVERIFY(!waitFor(other->append(lists, "From: c@example.test\r\nSubject: Unrelated\r\n\r\nNothing here.\r\n")).isError());
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const qint64 folder = fixture.folderId(lists);
        QVERIFY(folder);
        // 450 more matches the store has not seen: no sync runs and nobody watches this folder.
        QVERIFY(appendMessages(*other, lists, 450, 4));
        QCOMPARE(storage::MessageStore(*fixture.reader).uids(folder).size(), 4);

        SyncTask *task = fixture.engine->searchServer(folder, QStringLiteral("Message"));
        task->setAutoDelete(false);
        QList<QList<qint64>> parts;
        QList<bool> finishedAtPart;
        QObject::connect(task, &SyncTask::partialResult, task, [&parts, &finishedAtPart, task](const QVariant &part) {
            parts << part.value<QList<qint64>>();
            finishedAtPart << task->isFinished();
        });
        QVERIFY(QTest::qWaitFor([task] { return task->isFinished(); }, 60000));
        QVERIFY2(task->succeeded(), qPrintable(task->errorMessage()));
        // The three stored matches at once, then the unknown ones fetched 200 at a time, newest first.
        QCOMPARE(parts.size(), 4);
        QCOMPARE(finishedAtPart, QList<bool>({false, false, false, false}));
        QList<int> sizes;
        for (const QList<qint64> &part : std::as_const(parts))
            sizes << int(part.size());
        QCOMPARE(sizes, QList<int>({3, 200, 200, 50}));
        storage::MessageStore messages(*fixture.reader);
        QCOMPARE(messages.message(parts[0].first())->summary.uid, 3u);
        QCOMPARE(messages.message(parts[1].first())->summary.uid, 454u);
        QCOMPARE(messages.message(parts[1].last())->summary.uid, 255u);
        QCOMPARE(messages.message(parts[3].last())->summary.uid, 5u);
        const QList<qint64> all = task->result().value<QList<qint64>>();
        QCOMPARE(all.size(), 453);
        QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), 453);
        QCOMPARE(messages.message(all.first())->summary.uid, 454u);
        QCOMPARE(messages.uids(folder).size(), 454);
        delete task;

        // Cancelled when the first fetched batch is shown: it ends as cancelled, and what arrived stays stored.
        QVERIFY(appendMessages(*other, lists, 450, 454));
        task = fixture.engine->searchServer(folder, QStringLiteral("Message"));
        task->setAutoDelete(false);
        int partsSeen = 0;
        QObject::connect(task, &SyncTask::partialResult, task, [&partsSeen, task](const QVariant &) {
            if (++partsSeen == 2)
                task->cancel();
        });
        QVERIFY(QTest::qWaitFor([task] { return task->isFinished(); }, 60000));
        QVERIFY(task->wasCancelled());
        QCOMPARE(partsSeen, 2); // nothing is reported after the cancel
        QVERIFY(messages.uids(folder).size() >= 654); // the batch shown is stored
        delete task;
        fixture.engine->stop();
    }

    void foldersAreCreatedRenamedAndDeletedOnTheServer()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("efold"));
        QVERIFY(user);
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        const auto finish = [](SyncTask *task) {
            task->setAutoDelete(false);
            const bool ok = QTest::qWaitFor([task] { return task->isFinished(); }, 20000) && task->succeeded();
            if (!ok)
                qWarning() << task->errorMessage();
            // Success without a result value reads as true.
            const QVariant result = task->result().isValid() ? task->result() : QVariant(true);
            delete task;
            return ok ? result : QVariant();
        };
        const qint64 created = finish(fixture.engine->createFolder(fixture.accountId, 0, QStringLiteral("Projects"))).toLongLong();
        QVERIFY(created);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(resultOf(other->status(QStringLiteral("Projects"), {"MESSAGES"})));
        QVERIFY(finish(fixture.engine->renameFolder(created, QStringLiteral("Plans"))).isValid());
        QVERIFY(fixture.folderId(QStringLiteral("Plans")));
        QVERIFY(!fixture.folderId(QStringLiteral("Projects")));
        QVERIFY(resultOf(other->status(QStringLiteral("Plans"), {"MESSAGES"})));
        QVERIFY(finish(fixture.engine->deleteFolder(fixture.folderId(QStringLiteral("Plans")))).isValid());
        QVERIFY(!fixture.folderId(QStringLiteral("Plans")));
        QVERIFY(waitFor(other->status(QStringLiteral("Plans"), {"MESSAGES"})).isError());
        // Special folders are refused.
        SyncTask *refused = fixture.engine->deleteFolder(fixture.folderId(QStringLiteral("Trash")));
        refused->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 5000);
        QVERIFY(!refused->succeeded());
        delete refused;
        fixture.engine->stop();
    }

    void draftsReplaceTheirPreviousCopy()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("edraft"));
        QVERIFY(user);
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        const auto save = [&fixture](const QByteArray &text, qint64 replaces) {
            SyncTask *task = fixture.engine->saveDraft(fixture.accountId, "From: me@example.test\r\nSubject: Draft\r\n\r\n" + text + "\r\n", replaces);
            task->setAutoDelete(false);
            const bool ok = QTest::qWaitFor([task] { return task->isFinished(); }, 10000) && task->succeeded();
            const qint64 id = ok ? task->result().toLongLong() : 0;
            delete task;
            return id;
        };
        const qint64 first = save("One", 0);
        QVERIFY(first);
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(other->status(QStringLiteral("Drafts"), {"MESSAGES"}))->messages.value_or(0), quint64(1), 10000);
        const qint64 second = save("Two", first);
        QVERIFY(second);
        // The first copy goes, the second stays: one draft on the server, the newest.
        QTest::qWait(1500);
        QTRY_COMPARE_WITH_TIMEOUT(resultOf(other->status(QStringLiteral("Drafts"), {"MESSAGES"}))->messages.value_or(0), quint64(1), 10000);
        QVERIFY(resultOf(other->select(QStringLiteral("Drafts"))));
        const auto body = resultOf(other->fetch(imap::UidSet::range(1, 100), "(UID BODY.PEEK[TEXT])"));
        QVERIFY(body);
        QCOMPARE(body->messages.size(), 1);
        QVERIFY(body->messages.first().sections.value(0).data.contains("Two"));
        fixture.engine->stop();
    }

    void wrongPasswordAsksWithoutRetryStorm()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("ewrong"));
        QVERIFY(user);
        ::epistle::test::TcpRelay relay(QHostAddress::LocalHost, sandbox.port(QStringLiteral("IMAPS_PORT")));
        QVERIFY(relay.listen());
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, relay.port(), sandbox.port(QStringLiteral("SUBMISSIONS_PORT")), QStringLiteral("not-the-password")));
        fixture.engine->start();
        SyncTask *task = fixture.engine->synchronize(fixture.accountId);
        task->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(task->isFinished(), 30000);
        QVERIFY(!task->succeeded());
        delete task;
        // Asked once at start (no keychain) and once with the server's refusal.
        QTRY_COMPARE_WITH_TIMEOUT(fixture.passwordRequests, 2, 10000);
        const AccountState state = fixture.engine->accountState(fixture.accountId);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.engine->accountState(fixture.accountId).status, AccountState::Status::NeedsPassword, 10000);
        Q_UNUSED(state);
        // Nothing is retried on its own until the user answers.
        QTest::qWait(1000);
        const int connections = relay.totalConnections();
        QTest::qWait(8000);
        QCOMPARE(relay.totalConnections(), connections);
        QVERIFY(connections <= 4);
        fixture.engine->stop();
    }

    void messageSentWhileSmtpIsDownGoesOutOnceWithItsSentCopy()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("esend"));
        QVERIFY(user);
        ::epistle::test::TcpRelay smtp(QHostAddress::LocalHost, sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        QVERIFY(smtp.listen());
        smtp.setAccepting(false);
        EngineFixture fixture;
        QVERIFY(fixture.setUp(sandbox, *user, sandbox.port(QStringLiteral("IMAPS_PORT")), smtp.port(), user->password));
        fixture.engine->start();
        QVERIFY(fixture.synchronize());

        const QByteArray message = "From: Tester <" + user->login.toUtf8() + ">\r\nTo: <" + user->login.toUtf8()
                                   + ">\r\nSubject: Through the outbox\r\nDate: Mon, 23 Nov 2026 08:00:00 +0000\r\n"
                                     "Message-ID: <outbox-test@example.test>\r\n\r\nSent once.\r\n";
        QSignalSpy sent(fixture.engine.get(), &SyncEngine::messageSent);
        SyncTask *queue = fixture.engine->send(fixture.accountId, message);
        queue->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(queue->isFinished(), 10000);
        QVERIFY2(queue->succeeded(), qPrintable(queue->errorMessage()));
        const qint64 outboxId = queue->result().toLongLong();
        delete queue;
        // The server is down: the message waits in the Outbox with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(storage::Outbox(*fixture.reader).entry(outboxId).value_or(storage::OutboxEntry()).attempts >= 1, 20000);
        const storage::OutboxEntry waiting = *storage::Outbox(*fixture.reader).entry(outboxId);
        QCOMPARE(waiting.state, storage::OutboxState::Queued);
        QVERIFY(!waiting.lastError.isEmpty());
        QVERIFY(waiting.nextAttempt.isValid());

        smtp.setAccepting(true);
        fixture.engine->retrySending(outboxId);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
        QVERIFY(!storage::Outbox(*fixture.reader).entry(outboxId));
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("Sent")).value_or(0), quint64(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusCount(*other, QStringLiteral("INBOX")).value_or(0), quint64(1), 20000);
        // Exactly once, even after another synchronisation.
        QVERIFY(fixture.synchronize());
        QTest::qWait(1000);
        QCOMPARE(statusCount(*other, QStringLiteral("INBOX")).value_or(0), quint64(1));
        QCOMPARE(statusCount(*other, QStringLiteral("Sent")).value_or(0), quint64(1));
        QCOMPARE(sent.size(), 1);
        fixture.engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_SyncEngine.moc"
