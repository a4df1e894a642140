// FolderSync and FolderListSync against the sandbox's Dovecot, with a second connection playing
// another mail client that changes the mailbox between syncs.

#include "ImapSyncTestSupport.h"
#include "sync/FolderRoles.h"

#include <QSet>
#include <QTest>

using namespace epistle;
using namespace epistle::sync;
using namespace epistle::sync::test;

namespace {

imap::SessionOptions withExtensions(bool qresync, bool condstore)
{
    imap::SessionOptions options;
    options.enableQresync = qresync;
    options.enableCondstore = condstore;
    return options;
}

QList<quint32> storedUids(TestStore &test, const QString &path)
{
    return test.store->messages.uids(test.folder(path).id);
}

} // namespace

class TestFolderSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAreGuessedFromNames()
    {
        using storage::FolderRole;
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("Sent Items"), QStringLiteral("/")), FolderRole::Sent);
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("INBOX.Gesendete Elemente"), QStringLiteral(".")), FolderRole::Sent);
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("Papierkorb"), QStringLiteral("/")), FolderRole::Trash);
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("[Gmail]/Spam"), QStringLiteral("/")), FolderRole::None);
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("Projects/Sent"), QStringLiteral("/")), FolderRole::None);
        QCOMPARE(FolderRoles::guessFromName(QStringLiteral("inbox"), QStringLiteral("/")), FolderRole::Inbox);
        QCOMPARE(FolderRoles::roleOf(QStringLiteral("Stuff"), QStringLiteral("/"), "\\Archive"), FolderRole::Archive);
    }

    void folderListHasSpecialUseRolesAndFollowsTheServer()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("flist"));
        QVERIFY(user);
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        QVERIFY(!waitFor(session->create(QStringLiteral("Projects"))).isError());
        QVERIFY(!waitFor(session->subscribe(QStringLiteral("Projects"))).isError());
        QVERIFY(!waitFor(session->create(QStringLiteral("Unsubscribed"))).isError());

        TestStore test;
        StoreChanges changes;
        bool done = false;
        SyncError error;
        FolderListSync list(*test.store->database, test.accountId);
        list.run(*session, &changes, [&](const SyncError &e) { error = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(changes.accountsWithNewFolders.contains(test.accountId));
        QHash<QString, storage::Folder> byPath;
        for (const storage::Folder &folder : test.store->folders.folders(test.accountId))
            byPath.insert(folder.path, folder);
        QCOMPARE(byPath.value(QStringLiteral("INBOX")).role, storage::FolderRole::Inbox);
        QCOMPARE(byPath.value(QStringLiteral("Sent")).role, storage::FolderRole::Sent);
        QCOMPARE(byPath.value(QStringLiteral("Drafts")).role, storage::FolderRole::Drafts);
        QCOMPARE(byPath.value(QStringLiteral("Trash")).role, storage::FolderRole::Trash);
        QCOMPARE(byPath.value(QStringLiteral("Junk")).role, storage::FolderRole::Junk);
        QCOMPARE(byPath.value(QStringLiteral("Archive")).role, storage::FolderRole::Archive);
        QVERIFY(byPath.value(QStringLiteral("Projects")).subscribed);
        QVERIFY(byPath.contains(QStringLiteral("Unsubscribed")));
        QVERIFY(!byPath.value(QStringLiteral("Unsubscribed")).subscribed);

        // Gone from the server: gone from the store, with its messages.
        QVERIFY(!waitFor(session->deleteMailbox(QStringLiteral("Projects"))).isError());
        changes.clear();
        done = false;
        list.run(*session, &changes, [&](const SyncError &e) { error = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!test.store->folders.find(test.accountId, QStringLiteral("Projects")));
        QCOMPARE(changes.reset.size(), 1);
    }

    void firstSyncIsNewestFirstInBatches()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fsync"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 25));
        auto session = openOther(sandbox, *user);
        QVERIFY(session);

        TestStore test;
        FolderSync::Options options;
        options.batchSize = 10;
        const SyncOutcome outcome = syncFolder(test, *session, QStringLiteral("INBOX"), options);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        const storage::Folder folder = test.folder(QStringLiteral("INBOX"));
        QCOMPARE(test.store->messages.count(folder.id), 25);
        QVERIFY(folder.uidNext > 25);
        QVERIFY(folder.uidValidity != 0);
        // Keys come batch by batch, newest first: the first batch holds the ten highest UIDs.
        const QList<qint64> keys = outcome.changes.added.value(folder.id);
        QCOMPARE(keys.size(), 25);
        QSet<quint32> firstBatch;
        for (int i = 0; i < 10; ++i)
            firstBatch.insert(test.store->messages.message(keys.at(i))->summary.uid);
        QCOMPARE(firstBatch, QSet<quint32>({16, 17, 18, 19, 20, 21, 22, 23, 24, 25}));
        QVERIFY(outcome.progress.size() >= 3);
        QCOMPARE(outcome.progress.last(), qMakePair(25, 25));

        const auto newest = test.store->messages.messageByUid(folder.id, 25);
        QVERIFY(newest);
        QCOMPARE(newest->summary.subject, QStringLiteral("Message 25"));
        QCOMPARE(newest->summary.from.name, QStringLiteral("Alice"));
        QCOMPARE(newest->summary.from.address, QStringLiteral("alice@example.test"));
        QCOMPARE(newest->summary.date, QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::OffsetFromUTC, 0));
        QCOMPARE(newest->summary.messageId, QByteArray("<" + QByteArray("Message 25").toHex() + "@example.test>"));
        QVERIFY(newest->summary.size > 0);
        QVERIFY(newest->summary.internalDate.isValid());
    }

    void encodedHeadersAndReferencesAreDecoded()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fsdec"));
        QVERIFY(user);
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        const QByteArray raw = "From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.test>\r\n"
                               "To: Bob <bob@example.test>\r\n"
                               "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= aus Berlin\r\n"
                               "Date: Tue, 24 Nov 2026 09:30:00 +0100\r\n"
                               "Message-ID: <child@example.test>\r\n"
                               "In-Reply-To: <parent@example.test>\r\n"
                               "References: <root@example.test> <parent@example.test>\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                               "--b\r\nContent-Type: text/plain\r\n\r\nHi\r\n"
                               "--b\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b--\r\n";
        QVERIFY(!waitFor(session->append(QStringLiteral("INBOX"), raw)).isError());
        TestStore test;
        const SyncOutcome outcome = syncFolder(test, *session, QStringLiteral("INBOX"));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        const auto message = test.store->messages.messageByUid(test.folder(QStringLiteral("INBOX")).id, 1);
        QVERIFY(message);
        QCOMPARE(message->summary.subject, QString::fromUtf8("Grüße aus Berlin"));
        QCOMPARE(message->summary.from.name, QString::fromUtf8("Jürgen Müller"));
        QCOMPARE(message->summary.inReplyTo, QByteArray("<parent@example.test>"));
        QCOMPARE(message->summary.references, QByteArrayList({"<root@example.test>", "<parent@example.test>"}));
        QCOMPARE(message->summary.date.offsetFromUtc(), 3600);
        QVERIFY(message->summary.hasAttachments);
    }

    void incrementalSync_data()
    {
        QTest::addColumn<bool>("qresync");
        QTest::addColumn<bool>("condstore");
        QTest::newRow("QRESYNC") << true << true;
        QTest::newRow("CONDSTORE") << false << true;
        QTest::newRow("neither") << false << false;
    }

    void incrementalSync()
    {
        QFETCH(bool, qresync);
        QFETCH(bool, condstore);
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("finc"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 5));
        auto session = openOther(sandbox, *user, withExtensions(qresync, condstore));
        QVERIFY(session);
        TestStore test;
        QVERIFY(!syncFolder(test, *session, QStringLiteral("INBOX")).error.isError());
        const qint64 folderId = test.folder(QStringLiteral("INBOX")).id;
        QCOMPARE(test.store->messages.count(folderId), 5);

        // Nothing changed: nothing reported.
        SyncOutcome quiet = syncFolder(test, *session, QStringLiteral("INBOX"));
        QVERIFY(!quiet.error.isError());
        QVERIFY(quiet.changes.added.value(folderId).isEmpty());
        QVERIFY(quiet.changes.removed.value(folderId).isEmpty());

        // Another client: two new messages, a flag on 1, message 2 expunged.
        QVERIFY(resultOf(other->select(QStringLiteral("INBOX"))));
        QVERIFY(!waitFor(other->store(imap::UidSet::single(1), imap::FlagOperation::Add, {"\\Flagged", "$Important"})).isError());
        QVERIFY(!waitFor(other->store(imap::UidSet::single(2), imap::FlagOperation::Add, {"\\Deleted"})).isError());
        QVERIFY(!waitFor(other->expunge(imap::UidSet::single(2))).isError());
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 2, 6));

        const SyncOutcome outcome = syncFolder(test, *session, QStringLiteral("INBOX"));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        QCOMPARE(storedUids(test, QStringLiteral("INBOX")), QList<quint32>({1, 3, 4, 5, 6, 7}));
        const auto first = test.store->messages.messageByUid(folderId, 1);
        QVERIFY(first->summary.flags.testFlag(storage::MessageFlag::Flagged));
        QVERIFY(first->summary.keywords.contains(QStringLiteral("$Important")));
        QCOMPARE(outcome.changes.added.value(folderId).size(), 2);
        QCOMPARE(outcome.changes.removed.value(folderId).size(), 1);
        QVERIFY(outcome.changes.changed.value(folderId).contains(first->key));
        QCOMPARE(test.store->folders.folder(folderId)->messageCount, 6);
    }

    void unchangedStatusSkipsTheSelect()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fstat"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 4));
        TestStore test;
        {
            auto first = openOther(sandbox, *user);
            QVERIFY(first);
            QVERIFY(!syncFolder(test, *first, QStringLiteral("INBOX")).error.isError());
        }
        const qint64 folderId = test.folder(QStringLiteral("INBOX")).id;

        // A new session: STATUS matches the stored state, so the folder is not even selected.
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        const SyncOutcome quiet = syncFolder(test, *session, QStringLiteral("INBOX"));
        QVERIFY2(!quiet.error.isError(), qPrintable(quiet.error.message));
        QVERIFY(session->state() != imap::Session::State::Selected);
        QVERIFY(quiet.changes.isEmpty());

        // A flag changed elsewhere raises HIGHESTMODSEQ: selected and applied.
        QVERIFY(resultOf(other->select(QStringLiteral("INBOX"))));
        QVERIFY(!waitFor(other->store(imap::UidSet::single(3), imap::FlagOperation::Add, {"\\Flagged"})).isError());
        const SyncOutcome changed = syncFolder(test, *session, QStringLiteral("INBOX"));
        QVERIFY2(!changed.error.isError(), qPrintable(changed.error.message));
        QCOMPARE(session->state(), imap::Session::State::Selected);
        const auto third = test.store->messages.messageByUid(folderId, 3);
        QVERIFY(third->summary.flags.testFlag(storage::MessageFlag::Flagged));
        QVERIFY(changed.changes.changed.value(folderId).contains(third->key));
        QCOMPARE(test.store->folders.folder(folderId)->messageCount, 4);
    }

    void locallyChangedMessagesKeepTheirLocalState()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fprot"));
        QVERIFY(user);
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        QVERIFY(appendMessages(*session, QStringLiteral("INBOX"), 3));
        TestStore test;
        QVERIFY(!syncFolder(test, *session, QStringLiteral("INBOX")).error.isError());
        const qint64 folderId = test.folder(QStringLiteral("INBOX")).id;
        // The user flagged 2 and removed 3 while offline; the server does not know yet.
        test.store->messages.updateFlags(folderId, {storage::FlagUpdate{2, storage::MessageFlag::Flagged, {}, 0}});
        test.store->messages.removeUids(folderId, {3});
        // Make the folder look unfinished so that every rule runs.
        test.store->folders.setSyncState(folderId, test.folder(QStringLiteral("INBOX")).uidValidity, 0, 0);
        FolderSync::Options options;
        options.protectedUids = {2, 3};
        QVERIFY(!syncFolder(test, *session, QStringLiteral("INBOX"), options).error.isError());
        QVERIFY(test.store->messages.messageByUid(folderId, 2)->summary.flags.testFlag(storage::MessageFlag::Flagged));
        QVERIFY(!test.store->messages.messageByUid(folderId, 3));
    }

    void uidValidityChangeRefetchesTheFolder()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fuidv"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(!waitFor(other->create(QStringLiteral("Box"))).isError());
        QVERIFY(appendMessages(*other, QStringLiteral("Box"), 3));
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        TestStore test;
        QVERIFY(!syncFolder(test, *session, QStringLiteral("Box")).error.isError());
        const storage::Folder before = test.folder(QStringLiteral("Box"));
        QCOMPARE(test.store->messages.count(before.id), 3);

        // Deleted and made again under the same name: a new UIDVALIDITY, other messages.
        QVERIFY(!waitFor(other->deleteMailbox(QStringLiteral("Box"))).isError());
        QVERIFY(!waitFor(other->create(QStringLiteral("Box"))).isError());
        QVERIFY(appendMessages(*other, QStringLiteral("Box"), 2, 10));
        // Dovecot ends a session whose selected mailbox was deleted at its next command (the
        // engine then reconnects): the next sync runs on a new session.
        session = openOther(sandbox, *user);
        QVERIFY(session);
        const SyncOutcome outcome = syncFolder(test, *session, QStringLiteral("Box"));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        const storage::Folder after = test.folder(QStringLiteral("Box"));
        QVERIFY(after.uidValidity != before.uidValidity);
        QVERIFY(outcome.changes.reset.contains(before.id));
        QCOMPARE(test.store->messages.count(after.id), 2);
        QCOMPARE(test.store->messages.messageByUid(after.id, 1)->summary.subject, QStringLiteral("Message 10"));
    }

    void interruptedSyncResumesWithoutGapsOrDuplicates()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("fkill"));
        QVERIFY(user);
        auto other = openOther(sandbox, *user);
        QVERIFY(other);
        QVERIFY(appendMessages(*other, QStringLiteral("INBOX"), 60));
        TestStore test;
        const qint64 folderId = test.folder(QStringLiteral("INBOX")).id;
        for (int stopAfter : {10, 30, 50}) {
            auto session = openOther(sandbox, *user);
            QVERIFY(session);
            FolderSync::Options options;
            options.batchSize = 10;
            options.cancel = std::make_shared<std::atomic_bool>(false);
            SyncOutcome outcome;
            auto *sync = new FolderSync(*test.store, test.folder(QStringLiteral("INBOX")), options);
            const int already = test.store->messages.count(folderId);
            QObject::connect(sync, &FolderSync::progress, [&](int done, int) {
                if (already + done >= stopAfter)
                    options.cancel->store(true);
            });
            sync->run(*session, &outcome.changes, [&](const SyncError &error) {
                outcome.error = error;
                outcome.finished = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.finished, 60000);
            delete sync;
            session->abort();
            QCOMPARE(outcome.error.kind, SyncError::Kind::Cancelled);
            QCOMPARE(test.folder(QStringLiteral("INBOX")).uidNext, quint32(0)); // not complete
            const QList<quint32> uids = storedUids(test, QStringLiteral("INBOX"));
            QCOMPARE(QSet<quint32>(uids.cbegin(), uids.cend()).size(), uids.size());
            QVERIFY(uids.size() >= stopAfter && uids.size() < 60);
            // Newest first: what is stored is the top of the folder, no holes.
            QCOMPARE(uids.last(), quint32(60));
            QCOMPARE(uids.first(), quint32(60 - uids.size() + 1));
        }
        auto session = openOther(sandbox, *user);
        QVERIFY(session);
        QVERIFY(!syncFolder(test, *session, QStringLiteral("INBOX")).error.isError());
        QList<quint32> expected;
        for (quint32 uid = 1; uid <= 60; ++uid)
            expected << uid;
        QCOMPARE(storedUids(test, QStringLiteral("INBOX")), expected);
        QCOMPARE(test.store->folders.folder(folderId)->messageCount, 60);
    }
};

QTEST_GUILESS_MAIN(TestFolderSync)
#include "tst_FolderSync.moc"
