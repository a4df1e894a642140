#include "smtp/Capabilities.h"
#include "smtp/DataEncoder.h"
#include "smtp/Reply.h"

#include <QTest>

using namespace epistle::smtp;

namespace {

// Feeds wire bytes split into lines (CRLF) to a parser and returns the complete replies.
QList<Reply> parseAll(const QByteArray &wire, bool *malformed = nullptr)
{
    ReplyParser parser;
    QList<Reply> replies;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = wire.indexOf("\r\n", start);
        if (end < 0)
            break;
        const auto result = parser.addLine(QByteArrayView(wire).sliced(start, end - start));
        if (result == ReplyParser::Result::Complete)
            replies.append(parser.takeReply());
        if (result == ReplyParser::Result::Malformed && malformed)
            *malformed = true;
        start = end + 2;
    }
    return replies;
}

const QByteArray postfixEhlo = "250-mail.yuhu.biz\r\n"
                               "250-PIPELINING\r\n"
                               "250-SIZE 10240000\r\n"
                               "250-VRFY\r\n"
                               "250-ETRN\r\n"
                               "250-STARTTLS\r\n"
                               "250-AUTH CRAM-MD5 PLAIN LOGIN DIGEST-MD5\r\n"
                               "250-AUTH=CRAM-MD5 PLAIN LOGIN DIGEST-MD5\r\n"
                               "250 8BITMIME\r\n";

} // namespace

class TestSmtpParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLine_data();
    void singleLine();
    void malformed_data();
    void malformed();
    void multiLine();
    void enhancedCodes_data();
    void enhancedCodes();
    void postfixEhloCapabilities();
    void otherCapabilities();
    void splitAtEveryPosition();
    void encoderDotStuffing_data();
    void encoderDotStuffing();
    void encoderSplitAtEveryPosition();
    void scanner_data();
    void scanner();
};

void TestSmtpParsers::singleLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QByteArray>("text");
    using K = Reply::Kind;
    QTest::newRow("greeting") << QByteArray("220 mail.example.test ESMTP Postfix (Debian/GNU)") << 220 << int(K::Positive) << QString() << QByteArray("mail.example.test ESMTP Postfix (Debian/GNU)");
    QTest::newRow("helo syntax") << QByteArray("501 Syntax: HELO hostname") << 501 << int(K::Permanent) << QString() << QByteArray("Syntax: HELO hostname");
    QTest::newRow("user unknown") << QByteArray("550 <dsadas@yuhu.biz>: Recipient address rejected: User unknown") << 550 << int(K::Permanent) << QString() << QByteArray("<dsadas@yuhu.biz>: Recipient address rejected: User unknown");
    QTest::newRow("user unknown enhanced") << QByteArray("550 5.1.1 <dsadas@yuhu.biz>: Recipient address rejected: User unknown") << 550 << int(K::Permanent) << QStringLiteral("5.1.1") << QByteArray("<dsadas@yuhu.biz>: Recipient address rejected: User unknown");
    QTest::newRow("354") << QByteArray("354 End data with <CR><LF>.<CR><LF>") << 354 << int(K::Intermediate) << QString() << QByteArray("End data with <CR><LF>.<CR><LF>");
    QTest::newRow("queued") << QByteArray("250 2.0.0 Ok: queued as 4Xb9Yz1RtKz9vF") << 250 << int(K::Positive) << QStringLiteral("2.0.0") << QByteArray("Ok: queued as 4Xb9Yz1RtKz9vF");
    QTest::newRow("transient") << QByteArray("451 4.3.0 Error: queue file write error") << 451 << int(K::Transient) << QStringLiteral("4.3.0") << QByteArray("Error: queue file write error");
    QTest::newRow("bare code") << QByteArray("250") << 250 << int(K::Positive) << QString() << QByteArray();
    QTest::newRow("code space") << QByteArray("334 ") << 334 << int(K::Intermediate) << QString() << QByteArray();
    QTest::newRow("class mismatch kept as text") << QByteArray("550 2.1.0 odd") << 550 << int(K::Permanent) << QString() << QByteArray("2.1.0 odd");
    QTest::newRow("auth failed") << QByteArray("535 5.7.8 Error: authentication failed: authentication failure") << 535 << int(K::Permanent) << QStringLiteral("5.7.8") << QByteArray("Error: authentication failed: authentication failure");
}

void TestSmtpParsers::singleLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(int, kind);
    QFETCH(QString, enhanced);
    QFETCH(QByteArray, text);
    ReplyParser parser;
    QCOMPARE(parser.addLine(line), ReplyParser::Result::Complete);
    const Reply reply = parser.takeReply();
    QCOMPARE(reply.code, code);
    QCOMPARE(int(reply.kind()), kind);
    QCOMPARE(reply.enhanced.toString(), enhanced);
    QCOMPARE(reply.lines.size(), 1);
    QCOMPARE(reply.lines.first(), text);
}

void TestSmtpParsers::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("empty") << QByteArray("\r\n");
    QTest::newRow("two digits") << QByteArray("25\r\n");
    QTest::newRow("letters") << QByteArray("abc def\r\n");
    QTest::newRow("no separator") << QByteArray("250Ok\r\n");
    QTest::newRow("code 600") << QByteArray("600 what\r\n");
    QTest::newRow("code 190") << QByteArray("190 what\r\n");
    QTest::newRow("code 260") << QByteArray("260 what\r\n");
    QTest::newRow("mixed codes") << QByteArray("250-a\r\n251 b\r\n");
    QTest::newRow("html") << QByteArray("<html><body>\r\n");
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\x04\r\n");
}

void TestSmtpParsers::malformed()
{
    QFETCH(QByteArray, wire);
    bool bad = false;
    const QList<Reply> replies = parseAll(wire, &bad);
    QVERIFY(bad);
    QVERIFY(replies.isEmpty());
}

void TestSmtpParsers::multiLine()
{
    const QList<Reply> replies = parseAll(postfixEhlo + "250 2.1.0 Ok\r\n");
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies[0].code, 250);
    QCOMPARE(replies[0].lines.size(), 9);
    QCOMPARE(replies[0].lines[0], QByteArray("mail.yuhu.biz"));
    QCOMPARE(replies[0].lines[8], QByteArray("8BITMIME"));
    QCOMPARE(replies[1].enhanced.toString(), QStringLiteral("2.1.0"));
    // Too many lines from a hostile server.
    ReplyParser parser(10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(parser.addLine("250-x"), ReplyParser::Result::NeedMore);
    QCOMPARE(parser.addLine("250-x"), ReplyParser::Result::Malformed);
    // The parser starts afresh after a malformed line.
    QCOMPARE(parser.addLine("250 ok"), ReplyParser::Result::Complete);
    QCOMPARE(parser.takeReply().lines, QList<QByteArray>{"ok"});
}

void TestSmtpParsers::enhancedCodes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("parsed");
    QTest::newRow("5.1.1") << QByteArray("5.1.1 x") << QStringLiteral("5.1.1");
    QTest::newRow("4.7.0") << QByteArray("4.7.0") << QStringLiteral("4.7.0");
    QTest::newRow("wide") << QByteArray("2.123.999 x") << QStringLiteral("2.123.999");
    QTest::newRow("too wide") << QByteArray("2.1234.0 x") << QString();
    QTest::newRow("class 3") << QByteArray("3.0.0 x") << QString();
    QTest::newRow("trailing letters") << QByteArray("5.1.1x") << QString();
    QTest::newRow("missing detail") << QByteArray("5.1. x") << QString();
    QTest::newRow("short") << QByteArray("5.1") << QString();
    QTest::newRow("text") << QByteArray("Ok") << QString();
}

void TestSmtpParsers::enhancedCodes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, parsed);
    const auto status = EnhancedStatus::parse(text);
    QCOMPARE(status ? status->toString() : QString(), parsed);
}

void TestSmtpParsers::postfixEhloCapabilities()
{
    const QList<Reply> replies = parseAll(postfixEhlo);
    QCOMPARE(replies.size(), 1);
    const Capabilities caps = Capabilities::fromEhlo(replies.first());
    QVERIFY(caps.esmtp);
    QCOMPARE(caps.serverName, QByteArray("mail.yuhu.biz"));
    QVERIFY(caps.pipelining);
    QVERIFY(caps.sizeAnnounced);
    QCOMPARE(caps.maxSize, 10240000u);
    QVERIFY(caps.startTls);
    QVERIFY(caps.eightBitMime);
    QCOMPARE(caps.authMechanisms, (QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("DIGEST-MD5")}));
    QVERIFY(!caps.smtpUtf8);
    QVERIFY(!caps.chunking);
    QVERIFY(!caps.dsn);
    QVERIFY(!caps.enhancedStatusCodes);
    QVERIFY(caps.keywords.contains("VRFY"));
    QVERIFY(caps.keywords.contains("ETRN"));
}

void TestSmtpParsers::otherCapabilities()
{
    const QList<Reply> replies = parseAll("250-smtp.example.test Hello [127.0.0.1]\r\n"
                                          "250-size\r\n"
                                          "250-auth=login\r\n"
                                          "250-SMTPUTF8\r\n"
                                          "250-CHUNKING\r\n"
                                          "250-BINARYMIME\r\n"
                                          "250-DSN\r\n"
                                          "250-ENHANCEDSTATUSCODES\r\n"
                                          "250 SIZE notanumber\r\n");
    QCOMPARE(replies.size(), 1);
    const Capabilities caps = Capabilities::fromEhlo(replies.first());
    QCOMPARE(caps.serverName, QByteArray("smtp.example.test"));
    QVERIFY(caps.sizeAnnounced);
    QCOMPARE(caps.maxSize, 0u);
    QCOMPARE(caps.authMechanisms, QStringList{QStringLiteral("LOGIN")});
    QVERIFY(caps.smtpUtf8 && caps.chunking && caps.binaryMime && caps.dsn && caps.enhancedStatusCodes);
    QVERIFY(!caps.startTls && !caps.pipelining);
}

void TestSmtpParsers::splitAtEveryPosition()
{
    // The engine hands the parser whole lines; here lines are assembled from every split of the
    // byte stream, as they arrive from the network, and the replies must not depend on it.
    const QByteArray wire = postfixEhlo + "550 5.1.1 <dsadas@yuhu.biz>: Recipient address rejected: User unknown\r\n354 End data with <CR><LF>.<CR><LF>\r\n";
    const QList<Reply> expected = parseAll(wire);
    QCOMPARE(expected.size(), 3);
    for (qsizetype split = 0; split <= wire.size(); ++split) {
        ReplyParser parser;
        QList<Reply> replies;
        QByteArray pending;
        for (const QByteArray &packet : {wire.left(split), wire.mid(split)}) {
            pending += packet;
            qsizetype end;
            while ((end = pending.indexOf("\r\n")) >= 0) {
                if (parser.addLine(QByteArrayView(pending).first(end)) == ReplyParser::Result::Complete)
                    replies.append(parser.takeReply());
                pending.remove(0, end + 2);
            }
        }
        QCOMPARE(replies.size(), expected.size());
        for (qsizetype i = 0; i < replies.size(); ++i) {
            QCOMPARE(replies[i].code, expected[i].code);
            QCOMPARE(replies[i].lines, expected[i].lines);
        }
    }
}

void TestSmtpParsers::encoderDotStuffing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("bdat");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("no final newline") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("bare cr") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("cr cr lf") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n") << QByteArray("a\r\n\r\nb\r\n");
    QTest::newRow("dots") << QByteArray(".\r\n..\r\nx.\r\n.a\n") << QByteArray("..\r\n...\r\nx.\r\n..a\r\n.\r\n") << QByteArray(".\r\n..\r\nx.\r\n.a\r\n");
    QTest::newRow("first char dot") << QByteArray(".") << QByteArray("..\r\n.\r\n") << QByteArray(".\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n") << QByteArray();
    QTest::newRow("8bit") << QByteArray("Subject: \xc3\xa9t\xc3\xa9\n") << QByteArray("Subject: \xc3\xa9t\xc3\xa9\r\n.\r\n") << QByteArray("Subject: \xc3\xa9t\xc3\xa9\r\n");
}

void TestSmtpParsers::encoderDotStuffing()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, bdat);
    QByteArray out;
    DataEncoder encoder;
    encoder.encode(input, &out);
    encoder.finish(&out);
    QCOMPARE(out, data);
    out.clear();
    DataEncoder bdatEncoder(DataEncoder::Mode::Bdat);
    bdatEncoder.encode(input, &out);
    bdatEncoder.finish(&out);
    QCOMPARE(out, bdat);
    // The announced size counts the normalised bytes, not the stuffing.
    MessageScanner scanner;
    scanner.feed(input);
    scanner.finish();
    QCOMPARE(scanner.wireSize(), bdat.size());
}

void TestSmtpParsers::encoderSplitAtEveryPosition()
{
    const QByteArray input = ".a\r\n\r\n.\r\nb\rc\n.\n..\r";
    QByteArray whole;
    DataEncoder reference;
    reference.encode(input, &whole);
    reference.finish(&whole);
    QCOMPARE(whole, QByteArray("..a\r\n\r\n..\r\nb\r\nc\r\n..\r\n...\r\n.\r\n"));
    for (qsizetype a = 0; a <= input.size(); ++a) {
        for (qsizetype b = a; b <= input.size(); ++b) {
            DataEncoder encoder;
            QByteArray out;
            encoder.encode(QByteArrayView(input).first(a), &out);
            encoder.encode(QByteArrayView(input).sliced(a, b - a), &out);
            encoder.encode(QByteArrayView(input).sliced(b), &out);
            encoder.finish(&out);
            QCOMPARE(out, whole);
            MessageScanner scanner;
            scanner.feed(QByteArrayView(input).first(a));
            scanner.feed(QByteArrayView(input).sliced(a, b - a));
            scanner.feed(QByteArrayView(input).sliced(b));
            scanner.finish();
            QCOMPARE(scanner.wireSize(), qint64(QByteArray(".a\r\n\r\n.\r\nb\r\nc\r\n.\r\n..\r\n").size())); // no stuffing
        }
    }
}

void TestSmtpParsers::scanner_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("has8Bit");
    QTest::addColumn<bool>("headerHas8Bit");
    QTest::newRow("ascii") << QByteArray("Subject: hi\r\n\r\nbody\r\n") << false << false;
    QTest::newRow("8bit body") << QByteArray("Subject: hi\r\n\r\nb\xc3\xb6" "dy\r\n") << true << false;
    QTest::newRow("8bit header") << QByteArray("Subject: h\xc3\xaf\r\n\r\nbody\r\n") << true << true;
    QTest::newRow("lf only") << QByteArray("Subject: hi\n\nb\xc3\xb6" "dy\n") << true << false;
}

void TestSmtpParsers::scanner()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, has8Bit);
    QFETCH(bool, headerHas8Bit);
    MessageScanner scanner;
    scanner.feed(message);
    scanner.finish();
    QCOMPARE(scanner.has8Bit(), has8Bit);
    QCOMPARE(scanner.headerHas8Bit(), headerHas8Bit);
}

QTEST_GUILESS_MAIN(TestSmtpParsers)
#include "tst_SmtpParsers.moc"
