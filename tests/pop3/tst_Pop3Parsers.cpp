#include "pop3/Listing.h"
#include "pop3/MultiLineDecoder.h"
#include "pop3/StatusReply.h"

#include <QTest>

using namespace epistle::pop3;

class TestPop3Parsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusLine_data();
    void statusLine();
    void notStatusLines_data();
    void notStatusLines();
    void hierarchicalCodes();
    void apopTimestamp_data();
    void apopTimestamp();
    void decoderUnstuffsAndStops();
    void decoderSplitAtEveryPosition_data();
    void decoderSplitAtEveryPosition();
    void decoderByteByByte();
    void decoderBareLf();
    void decoderLargeBody();
    void listingLines();
    void capabilities();
};

void TestPop3Parsers::statusLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("responseCode");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");
    using K = StatusReply::Kind;
    QTest::newRow("ok") << QByteArray("+OK Dovecot (Debian) ready.") << int(K::Ok) << int(ResponseCode::None) << QByteArray() << QByteArray("Dovecot (Debian) ready.");
    QTest::newRow("ok bare") << QByteArray("+OK") << int(K::Ok) << int(ResponseCode::None) << QByteArray() << QByteArray();
    QTest::newRow("ok lower") << QByteArray("+ok 2 320") << int(K::Ok) << int(ResponseCode::None) << QByteArray() << QByteArray("2 320");
    QTest::newRow("err auth") << QByteArray("-ERR [AUTH] Authentication failed.") << int(K::Err) << int(ResponseCode::Auth) << QByteArray("AUTH") << QByteArray("Authentication failed.");
    QTest::newRow("err in-use") << QByteArray("-ERR [IN-USE] Mailbox is locked by another POP3 session") << int(K::Err) << int(ResponseCode::InUse) << QByteArray("IN-USE") << QByteArray("Mailbox is locked by another POP3 session");
    QTest::newRow("err login-delay") << QByteArray("-ERR [LOGIN-DELAY] wait 10 minutes") << int(K::Err) << int(ResponseCode::LoginDelay) << QByteArray("LOGIN-DELAY") << QByteArray("wait 10 minutes");
    QTest::newRow("err sys/temp") << QByteArray("-ERR [SYS/TEMP] Disk full") << int(K::Err) << int(ResponseCode::SysTemp) << QByteArray("SYS/TEMP") << QByteArray("Disk full");
    QTest::newRow("err sys/perm") << QByteArray("-ERR [SYS/PERM] gone") << int(K::Err) << int(ResponseCode::SysPerm) << QByteArray("SYS/PERM") << QByteArray("gone");
    QTest::newRow("err lower code") << QByteArray("-ERR [auth] no") << int(K::Err) << int(ResponseCode::Auth) << QByteArray("AUTH") << QByteArray("no");
    QTest::newRow("err unknown code") << QByteArray("-ERR [X-FOO] hmm") << int(K::Err) << int(ResponseCode::Other) << QByteArray("X-FOO") << QByteArray("hmm");
    QTest::newRow("err bracket text") << QByteArray("-ERR [not a code] x") << int(K::Err) << int(ResponseCode::None) << QByteArray() << QByteArray("[not a code] x");
    QTest::newRow("err unclosed") << QByteArray("-ERR [AUTH") << int(K::Err) << int(ResponseCode::None) << QByteArray() << QByteArray("[AUTH");
    QTest::newRow("err empty code") << QByteArray("-ERR [] x") << int(K::Err) << int(ResponseCode::None) << QByteArray() << QByteArray("[] x");
    QTest::newRow("err tab") << QByteArray("-ERR\tno such message") << int(K::Err) << int(ResponseCode::None) << QByteArray() << QByteArray("no such message");
    QTest::newRow("continuation") << QByteArray("+ ") << int(K::Continuation) << int(ResponseCode::None) << QByteArray() << QByteArray();
    QTest::newRow("continuation bare") << QByteArray("+") << int(K::Continuation) << int(ResponseCode::None) << QByteArray() << QByteArray();
    QTest::newRow("continuation data") << QByteArray("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+") << int(K::Continuation) << int(ResponseCode::None) << QByteArray() << QByteArray("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+");
}

void TestPop3Parsers::statusLine()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(int, responseCode);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, text);
    const auto reply = StatusReply::parse(line);
    QVERIFY(reply);
    QCOMPARE(int(reply->kind), kind);
    QCOMPARE(int(reply->responseCode), responseCode);
    QCOMPARE(reply->code, code);
    QCOMPARE(reply->text, text);
}

void TestPop3Parsers::notStatusLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("okay") << QByteArray("+OKAY");
    QTest::newRow("error") << QByteArray("-ERROR x");
    QTest::newRow("smtp") << QByteArray("220 mail.example.com ESMTP");
    QTest::newRow("plus word") << QByteArray("+foo");
    QTest::newRow("garbage") << QByteArray("\x00\xff\x01", 3);
}

void TestPop3Parsers::notStatusLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!StatusReply::parse(line));
}

void TestPop3Parsers::hierarchicalCodes()
{
    QCOMPARE(StatusReply::classify("SYS/TEMP/DISK-FULL"), ResponseCode::SysTemp);
    QCOMPARE(StatusReply::classify("AUTH/EXPIRED"), ResponseCode::Auth);
    QCOMPARE(StatusReply::classify("AUTHX"), ResponseCode::Other);
    QCOMPARE(StatusReply::classify("SYS"), ResponseCode::Other);
    QCOMPARE(StatusReply::classify(""), ResponseCode::None);
}

void TestPop3Parsers::apopTimestamp_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("stamp");
    QTest::newRow("rfc1939") << QByteArray("POP3 server ready <1896.697170952@dbc.mtview.ca.us>") << QByteArray("<1896.697170952@dbc.mtview.ca.us>");
    QTest::newRow("none") << QByteArray("Dovecot (Debian) ready.") << QByteArray();
    QTest::newRow("no at") << QByteArray("ready <12345>") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("ready <1.2@x") << QByteArray();
    QTest::newRow("blank inside") << QByteArray("ready <1 2@x>") << QByteArray();
    QTest::newRow("at edge") << QByteArray("ready <@x>") << QByteArray();
    QTest::newRow("at end") << QByteArray("ready <x@>") << QByteArray();
}

void TestPop3Parsers::apopTimestamp()
{
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, stamp);
    QCOMPARE(epistle::pop3::apopTimestamp(greeting), stamp);
}

void TestPop3Parsers::decoderUnstuffsAndStops()
{
    const QByteArray wire = "From: a\r\n"
                            "\r\n"
                            "..leading dot\r\n"
                            ".\tx\r\n"
                            "...\r\n"
                            "..\r\n"
                            "last\r\n"
                            ".\r\n"
                            "+OK next response";
    MultiLineDecoder decoder;
    QByteArray out;
    const qsizetype consumed = decoder.feed(wire, &out);
    QVERIFY(decoder.isFinished());
    QCOMPARE(wire.mid(consumed), QByteArray("+OK next response"));
    QCOMPARE(out, QByteArray("From: a\r\n\r\n.leading dot\r\n\tx\r\n..\r\n.\r\nlast\r\n"));
    QCOMPARE(decoder.contentBytes(), out.size());
    // Nothing more is taken once finished.
    QCOMPARE(decoder.feed("more", &out), 0);
}

void TestPop3Parsers::decoderSplitAtEveryPosition_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("message") << QByteArray("Subject: x\r\n\r\n..a\r\nb.\r\n..\r\n.\r\nTAIL") << QByteArray("Subject: x\r\n\r\n.a\r\nb.\r\n.\r\n");
    QTest::newRow("empty") << QByteArray(".\r\nTAIL") << QByteArray();
    QTest::newRow("dot cr x") << QByteArray(".\rX\r\n.\r\nTAIL") << QByteArray("\rX\r\n");
    QTest::newRow("listing") << QByteArray("1 120\r\n2 4000\r\n.\r\nTAIL") << QByteArray("1 120\r\n2 4000\r\n");
    QTest::newRow("terminator-like inside line") << QByteArray("a\r.\r\nb\r\n.\r\nTAIL") << QByteArray("a\r.\r\nb\r\n");
}

void TestPop3Parsers::decoderSplitAtEveryPosition()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, content);
    for (qsizetype split = 0; split <= wire.size(); ++split) {
        for (qsizetype split2 = split; split2 <= wire.size(); ++split2) {
            MultiLineDecoder decoder;
            QByteArray out;
            qsizetype consumed = decoder.feed(QByteArrayView(wire).first(split), &out);
            if (!decoder.isFinished())
                consumed += decoder.feed(QByteArrayView(wire).sliced(split, split2 - split), &out);
            if (!decoder.isFinished())
                consumed += decoder.feed(QByteArrayView(wire).sliced(split2), &out);
            QVERIFY2(decoder.isFinished(), qPrintable(QStringLiteral("split %1/%2").arg(split).arg(split2)));
            QCOMPARE(out, content);
            QCOMPARE(wire.mid(consumed), QByteArray("TAIL"));
        }
    }
}

void TestPop3Parsers::decoderByteByByte()
{
    const QByteArray wire = "..\r\n..x\r\n\r\n.\r\n";
    MultiLineDecoder decoder;
    QByteArray out;
    for (char c : wire) {
        QVERIFY(!decoder.isFinished());
        QCOMPARE(decoder.feed(QByteArrayView(&c, 1), &out), 1);
    }
    QVERIFY(decoder.isFinished());
    QCOMPARE(out, QByteArray(".\r\n.x\r\n\r\n"));
}

void TestPop3Parsers::decoderBareLf()
{
    MultiLineDecoder decoder;
    QByteArray out;
    const QByteArray wire = "a\n..b\n.\nX";
    QCOMPARE(decoder.feed(wire, &out), wire.size() - 1);
    QVERIFY(decoder.isFinished());
    QCOMPARE(out, QByteArray("a\n.b\n"));
}

void TestPop3Parsers::decoderLargeBody()
{
    // A 4 MB body fed in odd-sized pieces: the content comes out unchanged, piece by piece.
    QByteArray line(997, 'x');
    line += "\r\n";
    QByteArray body;
    for (int i = 0; i < 4200; ++i)
        body += (i % 7 == 0 ? QByteArray(".") : QByteArray()) + line;
    QByteArray wire;
    for (const QByteArray &l : splitLines(body))
        wire += (l.startsWith('.') ? "." : "") + l + "\r\n";
    wire += ".\r\n";
    MultiLineDecoder decoder;
    QByteArray out;
    qsizetype pos = 0;
    while (!decoder.isFinished() && pos < wire.size()) {
        const qsizetype piece = qMin<qsizetype>(16381, wire.size() - pos);
        pos += decoder.feed(QByteArrayView(wire).sliced(pos, piece), &out);
    }
    QVERIFY(decoder.isFinished());
    QCOMPARE(pos, wire.size());
    QCOMPARE(out, body);
}

void TestPop3Parsers::listingLines()
{
    QCOMPARE(parseStat("2 320")->count, 2u);
    QCOMPARE(parseStat("2 320")->octets, 320u);
    QCOMPARE(parseStat("0 0 extra words")->count, 0u);
    QVERIFY(!parseStat("2"));
    QVERIFY(!parseStat("x 1"));
    QVERIFY(!parseStat("-1 5"));
    QVERIFY(!parseStat("99999999999999999999999 1"));
    QVERIFY(!parseStat("4294967296 1")); // above 32 bits
    QCOMPARE(parseListLine("1 120")->number, 1u);
    QCOMPARE(parseListLine("  7\t  4000 ")->octets, 4000u);
    QVERIFY(!parseListLine("0 120"));
    QVERIFY(!parseListLine("1"));
    QVERIFY(!parseListLine("a b"));
    const auto uid = parseUidlLine("3 000000014bd6e3a1");
    QVERIFY(uid);
    QCOMPARE(uid->number, 3u);
    QCOMPARE(uid->uid, QByteArray("000000014bd6e3a1"));
    QVERIFY(!parseUidlLine("3"));
    QVERIFY(!parseUidlLine("3 a b"));
    QVERIFY(!parseUidlLine("3 " + QByteArray(71, 'a')));
    QVERIFY(parseUidlLine("3 " + QByteArray(70, 'a')));
    QVERIFY(!parseUidlLine("3 caf\xc3\xa9"));
    QCOMPARE(splitLines("a\r\nb\nc"), (QList<QByteArray>{"a", "b", "c"}));
    QCOMPARE(splitLines(""), QList<QByteArray>{});
}

void TestPop3Parsers::capabilities()
{
    // Dovecot 2.3 before and after login.
    const Capabilities caps = Capabilities::parse({"CAPA", "TOP", "UIDL", "RESP-CODES", "PIPELINING", "AUTH-RESP-CODE", "STLS", "USER", "SASL PLAIN LOGIN", "LOGIN-DELAY 900", "IMPLEMENTATION Dovecot"});
    QVERIFY(caps.valid);
    QVERIFY(caps.stls && caps.user && caps.top && caps.uidl && caps.pipelining && caps.respCodes && caps.authRespCode);
    QCOMPARE(caps.saslMechanisms, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(caps.hasSasl(QStringLiteral("plain")));
    QCOMPARE(caps.loginDelaySeconds, 900);
    QCOMPARE(caps.implementation, QByteArray("Dovecot"));
    const Capabilities none = Capabilities::parse({"sasl", "login-delay x"});
    QVERIFY(!none.stls);
    QVERIFY(none.saslMechanisms.isEmpty());
    QVERIFY(!none.loginDelaySeconds);
}

QTEST_GUILESS_MAIN(TestPop3Parsers)
#include "tst_Pop3Parsers.moc"
