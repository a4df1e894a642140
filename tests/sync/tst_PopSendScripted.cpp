// Pop3Downloader and OutboxSender against scripted servers, for what real servers rarely do:
// garbage or duplicate UIDL, no UIDL, 421 in the middle of a transaction, a connection dropped
// after the final dot of DATA without a reply, a permanent refusal of the message.
#include "PopSendTestSupport.h"

#include "storage/MessageStore.h"
#include "storage/Outbox.h"
#include "storage/Pop3Ledger.h"
#include "support/ScriptedServer.h"

using namespace epistle;
using namespace popsendtest;

namespace {

const char *const kPop3Login = "S: +OK ready\n"
                               "C: CAPA\n"
                               "S: +OK\n"
                               "S: USER\n"
                               "S: UIDL\n"
                               "S: .\n"
                               "C: USER u\n"
                               "S: +OK\n"
                               "C: PASS p\n"
                               "S: +OK Logged in.\n"
                               "C: LIST\n"
                               "S: +OK\n"
                               "S: 1 120\n"
                               "S: 2 130\n"
                               "S: .\n"
                               "C: UIDL\n";

const char *const kSmtpStart = "S: 220 mail.example.test ESMTP\n"
                               "C~: EHLO .*\n"
                               "S: 250-mail.example.test\n"
                               "S: 250 8BITMIME\n"
                               "C~: MAIL FROM:<a@example.test>.*\n"
                               "S: 250 2.1.0 Ok\n"
                               "C~: RCPT TO:<b@example.test>.*\n";

const char *const kSmtpData = "S: 250 2.1.5 Ok\n"
                              "C: DATA\n"
                              "S: 354 End data with <CR><LF>.<CR><LF>\n"
                              "C: Subject: scripted\n"
                              "C~: ^$\n"
                              "C: body\n"
                              "C: .\n";

sync::ServerAccess scriptedAccess(const test::ScriptedServer &server, const QString &user)
{
    sync::ServerAccess access;
    access.endpoint = net::Endpoint(QStringLiteral("127.0.0.1"), server.port(), net::Security::None);
    access.user = user;
    return access;
}

} // namespace

class TestPopSendScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badUidlListings_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("kind");
        using K = sync::Pop3Downloader::Error::Kind;
        QTest::newRow("garbage") << QStringLiteral("S: +OK\nS: this is not a uidl line\nS: .\n") << int(K::Protocol);
        QTest::newRow("duplicate ids") << QStringLiteral("S: +OK\nS: 1 same-id\nS: 2 same-id\nS: .\n") << int(K::Protocol);
        QTest::newRow("no UIDL command") << QStringLiteral("S: -ERR Unknown command\n") << int(K::NotSupported);
        QTest::newRow("temporary failure") << QStringLiteral("S: -ERR [SYS/TEMP] Try again later\n") << int(K::Server);
    }

    void badUidlListings()
    {
        QFETCH(QString, reply);
        QFETCH(int, kind);
        test::ScriptedServer server;
        QVERIFY(server.setScript(QString::fromLatin1(kPop3Login) + reply + QStringLiteral("EXPECT-CLOSE\n")));
        QVERIFY(server.start());
        TestStore store;
        sync::Pop3Downloader downloader(*store.db, store.account, {}, scriptedAccess(server, QStringLiteral("u")), QStringLiteral("p"));
        const auto result = runToEnd(downloader, 20000);
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(result.downloaded, 0);
        QCOMPARE(storage::Pop3Ledger(*store.db).count(store.account.id), 0);
        QCOMPARE(storage::MessageStore(*store.db).count(downloader.inboxFolderId()), 0);
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    }

    void sessionEndsWith421MidTransaction()
    {
        test::ScriptedServer server;
        QVERIFY(server.setScript(QString::fromLatin1(kSmtpStart)
                                 + QStringLiteral("S: 421 4.3.2 Service shutting down, closing transmission channel\nCLOSE\n")));
        QVERIFY(server.start());
        TestStore store;
        storage::Outbox outbox(*store.db);
        const qint64 first = outbox.enqueue(store.account.id, QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")},
                                            "Subject: scripted\r\n\r\nbody\r\n");
        const qint64 second = outbox.enqueue(store.account.id, QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")},
                                             "Subject: second\r\n\r\nbody\r\n");
        sync::OutboxSender sender(*store.db, store.account, {}, scriptedAccess(server, QString()), QString());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        sender.setNow(t0);
        const auto result = runToEnd(sender, 20000);
        QCOMPARE(result.sent, 0);
        QCOMPARE(result.failed, 0);
        QCOMPARE(result.retryLater, 2);
        const auto a = outbox.entry(first);
        QCOMPARE(a->state, storage::OutboxState::Queued);
        QCOMPARE(a->attempts, 1);
        QVERIFY2(a->lastError.contains(QLatin1String("421")), qPrintable(a->lastError));
        QCOMPARE(a->nextAttempt.toSecsSinceEpoch(), t0.addSecs(60).toSecsSinceEpoch());
        const auto b = outbox.entry(second);
        QCOMPARE(b->state, storage::OutboxState::Queued);
        QCOMPARE(b->attempts, 1);
        QVERIFY(b->nextAttempt > t0);
    }

    void droppedAfterFinalDotIsRetried()
    {
        // The server may have taken the message: retrying may deliver it twice (at-least-once).
        test::ScriptedServer server;
        QVERIFY(server.setScript(QString::fromLatin1(kSmtpStart) + QString::fromLatin1(kSmtpData) + QStringLiteral("CLOSE\n")));
        QVERIFY(server.start());
        TestStore store;
        storage::Outbox outbox(*store.db);
        const qint64 id = outbox.enqueue(store.account.id, QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")},
                                         "Subject: scripted\r\n\r\nbody\r\n");
        // A previous failure: the next delay doubles.
        outbox.markRetry(id, QStringLiteral("earlier"), QDateTime());
        sync::OutboxSender sender(*store.db, store.account, {}, scriptedAccess(server, QString()), QString());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        sender.setNow(t0);
        const auto result = runToEnd(sender, 20000);
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QCOMPARE(result.retryLater, 1);
        QCOMPARE(result.error.kind, sync::OutboxSender::Error::Kind::Network);
        const auto entry = outbox.entry(id);
        QCOMPARE(entry->state, storage::OutboxState::Queued);
        QCOMPARE(entry->attempts, 2);
        QCOMPARE(entry->nextAttempt.toSecsSinceEpoch(), t0.addSecs(120).toSecsSinceEpoch());
        QVERIFY(!entry->lastError.isEmpty());
    }

    void messageRefusedPermanently()
    {
        test::ScriptedServer server;
        QVERIFY(server.setScript(QString::fromLatin1(kSmtpStart) + QString::fromLatin1(kSmtpData)
                                 + QStringLiteral("S: 554 5.7.1 Message rejected as spam\n"
                                                  "C: QUIT\n"
                                                  "S: 221 2.0.0 Bye\n"
                                                  "CLOSE\n")));
        QVERIFY(server.start());
        TestStore store;
        storage::Outbox outbox(*store.db);
        const qint64 id = outbox.enqueue(store.account.id, QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")},
                                         "Subject: scripted\r\n\r\nbody\r\n");
        sync::OutboxSender sender(*store.db, store.account, {}, scriptedAccess(server, QString()), QString());
        QSignalSpy failed(&sender, &sync::OutboxSender::entryFailed);
        const auto result = runToEnd(sender, 20000);
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY(!result.error.isError());
        QCOMPARE(result.failed, 1);
        const auto entry = outbox.entry(id);
        QCOMPARE(entry->state, storage::OutboxState::Failed);
        QVERIFY2(entry->lastError.contains(QLatin1String("Message rejected as spam")), qPrintable(entry->lastError));
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPopSendScripted)
#include "tst_PopSendScripted.moc"
