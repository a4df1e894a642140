#include "net/ProtocolLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using epistle::net::ProtocolLog;

class TestProtocolLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsCredentialCommands_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("logged");
        QTest::newRow("imap login") << QByteArray("a1 LOGIN alice s3cret\r\n") << QByteArray("a1 LOGIN ****\r\n");
        QTest::newRow("imap login quoted") << QByteArray("a1 login \"alice\" \"s3 cret\"\r\n") << QByteArray("a1 login ****\r\n");
        QTest::newRow("imap authenticate ir") << QByteArray("a2 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\r\n")
                                              << QByteArray("a2 AUTHENTICATE PLAIN ****\r\n");
        QTest::newRow("pop3 pass") << QByteArray("PASS s3cret\r\n") << QByteArray("PASS ****\r\n");
        QTest::newRow("pop3 apop") << QByteArray("APOP alice 0123456789abcdef\r\n") << QByteArray("APOP alice ****\r\n");
        QTest::newRow("smtp auth plain") << QByteArray("AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n") << QByteArray("AUTH PLAIN ****\r\n");
        QTest::newRow("pipelined") << QByteArray("USER alice\r\nPASS s3cret\r\nSTAT\r\n")
                                   << QByteArray("USER alice\r\nPASS ****\r\nSTAT\r\n");
        QTest::newRow("harmless") << QByteArray("a3 SELECT INBOX\r\n") << QByteArray("a3 SELECT INBOX\r\n");
    }

    void redactsCredentialCommands()
    {
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, logged);
        QCOMPARE(ProtocolLog::redact(sent), logged);
        ProtocolLog log;
        log.record(ProtocolLog::Direction::Sent, sent);
        QCOMPARE(log.entries().first().data, logged);
    }

    void serverDataIsKeptAsIs()
    {
        ProtocolLog log;
        log.record(ProtocolLog::Direction::Received, "* OK PASS word in a greeting\r\n");
        QCOMPARE(log.entries().first().data, QByteArray("* OK PASS word in a greeting\r\n"));
        QCOMPARE(log.text(), QStringLiteral("S: * OK PASS word in a greeting\n"));
    }

    void ringBufferKeepsTheNewest()
    {
        ProtocolLog log(3);
        for (int i = 0; i < 10; ++i)
            log.record(ProtocolLog::Direction::Info, QByteArray::number(i));
        const auto entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().data, QByteArray("7"));
        QCOMPARE(entries.last().data, QByteArray("9"));
    }

    void largeDataIsTruncated()
    {
        ProtocolLog log;
        log.record(ProtocolLog::Direction::Received, QByteArray(10 * 1024 * 1024, 'x'));
        QVERIFY(log.entries().first().data.size() < 5000);
        QVERIFY(log.entries().first().data.contains("more bytes"));
    }

    void fileGetsRedactedLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("imap.log"));
        ProtocolLog log;
        QVERIFY(log.setFile(path));
        log.record(ProtocolLog::Direction::Sent, "a1 LOGIN bob hunter2\r\n");
        log.record(ProtocolLog::Direction::Received, "a1 OK welcome\r\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("hunter2"));
        QVERIFY(content.contains("C: a1 LOGIN ****"));
        QVERIFY(content.contains("S: a1 OK welcome"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolLog)
#include "tst_ProtocolLog.moc"
