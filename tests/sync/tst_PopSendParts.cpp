// The parts of POP3 download and sending that need no server: RawMessageSummary, Pop3Ledger,
// OutboxWriter, the retry schedule, and TcpRelay against a local echo server.
#include "core/Profile.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/Outbox.h"
#include "storage/Pop3Ledger.h"
#include "support/TcpRelay.h"
#include "sync/OutboxSender.h"
#include "sync/OutboxWriter.h"
#include "sync/RawMessageSummary.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace epistle;

namespace {

const QByteArray kMultipart =
    "Return-Path: <ada@example.test>\r\n"
    "From: =?UTF-8?Q?Ada_L=C3=B6velace?= <ada@example.test>\r\n"
    "To: Bob <bob@example.test>, carol@example.test\r\n"
    "Cc: Dan <dan@example.test>\r\n"
    "Subject: =?UTF-8?Q?Quarterly_figures_=E2=80=93_draft?=\r\n"
    "Date: Tue, 02 Jan 2024 10:30:00 +0100\r\n"
    "Message-ID: <q2@example.test>\r\n"
    "In-Reply-To: <q1@example.test>\r\n"
    "References: <q0@example.test>\r\n <q1@example.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "> quoted line from before\r\n"
    "Here are the   figures.\r\n"
    "\r\n"
    "Best, Ada\r\n"
    "--\r\n"
    "Ada's signature\r\n"
    "--b1\r\n"
    "Content-Type: application/pdf; name=\"figures.pdf\"\r\n"
    "Content-Disposition: attachment; filename=\"figures.pdf\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "JVBERi0xLjQK\r\n"
    "--b1--\r\n";

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = storage::Database::open(dir.filePath(QStringLiteral("mail.sqlite")));
    qint64 accountId = 0;

    Store()
    {
        storage::Account account;
        account.name = QStringLiteral("Test");
        account.protocol = QStringLiteral("pop3");
        accountId = storage::AccountStore(*db).addAccount(account);
    }
};

} // namespace

class TestPopSendParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryOfMultipart()
    {
        const QDateTime arrived = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        const storage::MessageSummary s = sync::RawMessageSummary::fromBytes(kMultipart, arrived);
        QCOMPARE(s.subject, QStringLiteral("Quarterly figures – draft"));
        QCOMPARE(s.from, (storage::Address{QStringLiteral("Ada Lövelace"), QStringLiteral("ada@example.test")}));
        QCOMPARE(s.to.size(), 2);
        QCOMPARE(s.to[0], (storage::Address{QStringLiteral("Bob"), QStringLiteral("bob@example.test")}));
        QCOMPARE(s.to[1].address, QStringLiteral("carol@example.test"));
        QCOMPARE(s.cc.value(0).address, QStringLiteral("dan@example.test"));
        QCOMPARE(s.date, QDateTime(QDate(2024, 1, 2), QTime(10, 30), Qt::OffsetFromUTC, 3600));
        QCOMPARE(s.date.offsetFromUtc(), 3600);
        QCOMPARE(s.messageId, QByteArray("<q2@example.test>"));
        QCOMPARE(s.inReplyTo, QByteArray("<q1@example.test>"));
        QCOMPARE(s.references, (QByteArrayList{"<q0@example.test>", "<q1@example.test>"}));
        QVERIFY(s.hasAttachments);
        QCOMPARE(s.preview, QStringLiteral("Here are the figures. Best, Ada"));
        QCOMPARE(s.size, qint64(kMultipart.size()));
        QCOMPARE(s.internalDate, arrived);
        QCOMPARE(s.uid, 0u);
    }

    void summaryOfHtmlOnlyAndBareMessages()
    {
        const QByteArray html = "From: x@example.test\r\nSubject: Hi\r\nContent-Type: text/html\r\n\r\n"
                                "<html><body><p>Hello <b>there</b></p><script>evil()</script></body></html>\r\n";
        const auto s = sync::RawMessageSummary::fromBytes(html, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.preview, QStringLiteral("Hello there"));
        QVERIFY(!s.hasAttachments);
        QVERIFY(s.messageId.isEmpty());
        QVERIFY(!s.date.isValid());

        // Garbage still gives a summary (the store must accept whatever a server hands out).
        const auto g = sync::RawMessageSummary::fromBytes(QByteArray("\x01\x02 not a message", 17), QDateTime::currentDateTimeUtc());
        QCOMPARE(g.size, 17);

        QString longText;
        for (int i = 0; i < 100; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        const auto l = sync::RawMessageSummary::fromBytes("Subject: l\r\n\r\n" + longText.toUtf8(), QDateTime::currentDateTimeUtc());
        QCOMPARE(l.preview.size(), sync::RawMessageSummary::PreviewLength);
    }

    void ledgerRecordsPrunesAndSurvivesLocalDeletion()
    {
        Store store;
        storage::Folder inbox;
        inbox.accountId = store.accountId;
        inbox.path = QStringLiteral("INBOX");
        inbox.role = storage::FolderRole::Inbox;
        const qint64 folderId = storage::FolderStore(*store.db).upsert(inbox);
        storage::MessageStore messages(*store.db);
        storage::MessageSummary s;
        s.uid = 1;
        s.subject = QStringLiteral("one");
        const qint64 key = messages.upsert(folderId, {s}).keys.value(0);

        storage::Pop3Ledger ledger(*store.db);
        const QDateTime seen = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        ledger.record(store.accountId, "uid-a", seen, key);
        ledger.record(store.accountId, "uid-b", seen, 0);
        QCOMPARE(ledger.count(store.accountId), 2);
        QCOMPARE(ledger.entry(store.accountId, "uid-a"), (storage::Pop3LedgerEntry{"uid-a", seen, key}));
        QCOMPARE(ledger.entry(store.accountId, "uid-b")->messageKey, 0);
        QVERIFY(!ledger.entry(store.accountId, "uid-c"));

        // The user deletes the message here: the UIDL stays downloaded.
        messages.removeUids(folderId, {1});
        QCOMPARE(ledger.entry(store.accountId, "uid-a")->messageKey, 0);

        ledger.setFirstSeen(store.accountId, "uid-b", seen.addDays(-30));
        QCOMPARE(ledger.entry(store.accountId, "uid-b")->firstSeen, seen.addDays(-30));

        QCOMPARE(ledger.prune(store.accountId, {QByteArray("uid-b"), QByteArray("uid-z")}), 1);
        QCOMPARE(ledger.entries(store.accountId).keys(), QList<QByteArray>{"uid-b"});

        // Entries go with their account.
        storage::AccountStore(*store.db).removeAccount(store.accountId);
        QCOMPARE(ledger.count(store.accountId), 0);
    }

    void writerDerivesEnvelopeAndStripsBcc()
    {
        Store store;
        QTemporaryDir profileDir;
        const core::Profile profile = core::Profile::fromDirectory(profileDir.filePath(QStringLiteral("p")));
        const QByteArray raw = "From: Ada <ada@example.test>\r\n"
                               "To: Bob <bob@example.test>, ada@example.test\r\n"
                               "bcc: Secret <secret@example.test>,\r\n"
                               "\tother@example.test\r\n"
                               "Cc: BOB@example.test, carol@example.test\r\n"
                               "Resent-Bcc: r@example.test\r\n"
                               "Subject: Bcc: in the subject stays\r\n"
                               "\r\n"
                               "Bcc: in the body stays\r\n";
        const auto result = sync::OutboxWriter::queue(*store.db, profile, store.accountId, raw);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.envelope.sender, QStringLiteral("ada@example.test"));
        QCOMPARE(result.envelope.recipients,
                 (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("ada@example.test"), QStringLiteral("carol@example.test"),
                              QStringLiteral("secret@example.test"), QStringLiteral("other@example.test")}));
        QVERIFY(result.path.startsWith(profile.outboxDirectory() + QLatin1Char('/')));
        QFile file(result.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written, QByteArray("From: Ada <ada@example.test>\r\n"
                                     "To: Bob <bob@example.test>, ada@example.test\r\n"
                                     "Cc: BOB@example.test, carol@example.test\r\n"
                                     "Subject: Bcc: in the subject stays\r\n"
                                     "\r\n"
                                     "Bcc: in the body stays\r\n"));
        const auto entry = storage::Outbox(*store.db).entry(result.entryId);
        QVERIFY(entry);
        QCOMPARE(entry->messagePath, result.path);
        QCOMPARE(entry->sender, result.envelope.sender);
        QCOMPARE(entry->recipients, result.envelope.recipients);
        QCOMPARE(entry->state, storage::OutboxState::Queued);
    }

    void writerUsesSenderHeaderAndReadsFiles()
    {
        Store store;
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::fromDirectory(dir.filePath(QStringLiteral("p")));
        const QString source = dir.filePath(QStringLiteral("m.eml"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: Team <team@example.test>\nSender: ada@example.test\nTo: bob@example.test\nSubject: s\n\nbody\n");
        file.close();
        const auto result = sync::OutboxWriter::queueFile(*store.db, profile, store.accountId, source);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.envelope.sender, QStringLiteral("ada@example.test"));
        QVERIFY(result.path != source);
        QVERIFY(QFile::exists(source));
    }

    void writerRefusesWhatCannotBeSent_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        using K = sync::OutboxWriter::Result::Kind;
        QTest::newRow("empty") << QByteArray("\r\n") << int(K::Unparsable);
        QTest::newRow("no sender") << QByteArray("To: bob@example.test\r\nSubject: s\r\n\r\nx\r\n") << int(K::NoSender);
        QTest::newRow("sender without address") << QByteArray("From: Ada\r\nTo: bob@example.test\r\n\r\nx\r\n") << int(K::NoSender);
        QTest::newRow("no recipients") << QByteArray("From: ada@example.test\r\nSubject: s\r\n\r\nx\r\n") << int(K::NoRecipients);
        QTest::newRow("incomplete recipient") << QByteArray("From: ada@example.test\r\nTo: bob@example.test, carol\r\n\r\nx\r\n")
                                              << int(K::InvalidAddress);
        QTest::newRow("empty group") << QByteArray("From: ada@example.test\r\nTo: undisclosed-recipients:;\r\n\r\nx\r\n")
                                     << int(K::NoRecipients);
    }

    void writerRefusesWhatCannotBeSent()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        Store store;
        QTemporaryDir dir;
        const core::Profile profile = core::Profile::fromDirectory(dir.filePath(QStringLiteral("p")));
        const auto result = sync::OutboxWriter::queue(*store.db, profile, store.accountId, raw);
        QCOMPARE(int(result.kind), kind);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(storage::Outbox(*store.db).entries().isEmpty());
        QVERIFY(QDir(profile.outboxDirectory()).entryList(QDir::Files).isEmpty());

        const auto missing = sync::OutboxWriter::queueFile(*store.db, profile, store.accountId, dir.filePath(QStringLiteral("none.eml")));
        QCOMPARE(missing.kind, sync::OutboxWriter::Result::Kind::Io);
    }

    void retrySchedule()
    {
        QCOMPARE(sync::OutboxSender::retryDelaySeconds(1), 60);
        QCOMPARE(sync::OutboxSender::retryDelaySeconds(2), 120);
        QCOMPARE(sync::OutboxSender::retryDelaySeconds(6), 1920);
        QCOMPARE(sync::OutboxSender::retryDelaySeconds(7), 3600);
        QCOMPARE(sync::OutboxSender::retryDelaySeconds(1000), 3600);
        QVERIFY(sync::OutboxSender::serverFilesSentMail(QStringLiteral("smtp.gmail.com")));
        QVERIFY(sync::OutboxSender::serverFilesSentMail(QStringLiteral("SMTP.GoogleMail.com")));
        QVERIFY(!sync::OutboxSender::serverFilesSentMail(QStringLiteral("notgmail.com")));
        QVERIFY(!sync::OutboxSender::serverFilesSentMail(QStringLiteral("localhost")));
    }

    void relayForwardsRefusesAndDrops()
    {
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        connect(&echo, &QTcpServer::newConnection, &echo, [&echo] {
            while (QTcpSocket *s = echo.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll().toUpper()); });
        });
        test::TcpRelay relay(QHostAddress::LocalHost, echo.serverPort());
        QVERIFY(relay.listen());

        QTcpSocket a;
        a.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(a.waitForConnected(5000));
        a.write("hello");
        QVERIFY(QTest::qWaitFor([&] { return a.bytesAvailable() >= 5; }, 5000));
        QCOMPARE(a.readAll(), QByteArray("HELLO"));
        QCOMPARE(relay.connectionCount(), 1);

        relay.setAccepting(false);
        QTcpSocket b;
        b.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(QTest::qWaitFor([&] { return b.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QCOMPARE(relay.connectionCount(), 1);
        QCOMPARE(relay.totalConnections(), 1);

        relay.dropAll();
        QCOMPARE(relay.connectionCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return a.state() == QAbstractSocket::UnconnectedState; }, 5000));

        relay.setAccepting(true);
        QTcpSocket c;
        c.connectToHost(QHostAddress::LocalHost, relay.port());
        QVERIFY(c.waitForConnected(5000));
        c.write("again");
        QVERIFY(QTest::qWaitFor([&] { return c.bytesAvailable() >= 5; }, 5000));
        QCOMPARE(c.readAll(), QByteArray("AGAIN"));
        c.disconnectFromHost();
        QVERIFY(QTest::qWaitFor([&] { return relay.connectionCount() == 0; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestPopSendParts)
#include "tst_PopSendParts.moc"
