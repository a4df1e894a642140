#include "net/LineBuffer.h"

#include <QTest>

using epistle::net::LineBuffer;

class TestLineBuffer : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> drain(LineBuffer &buffer)
    {
        QList<QByteArray> lines;
        while (auto line = buffer.takeLine())
            lines << *line;
        return lines;
    }

private Q_SLOTS:
    void joinedPacketsGiveEveryLine()
    {
        LineBuffer buffer;
        buffer.append("* OK ready\r\na1 OK done\r\n* BYE\r\n");
        QCOMPARE(drain(buffer), (QList<QByteArray>{"* OK ready", "a1 OK done", "* BYE"}));
        QVERIFY(buffer.isEmpty());
    }

    void splitAtEveryPosition()
    {
        const QByteArray stream = "* OK [CAPABILITY IMAP4rev1] hi\r\n\r\nx\ra\r\nlast\r\n";
        const QList<QByteArray> expected{"* OK [CAPABILITY IMAP4rev1] hi", "", "x\ra", "last"};
        for (int split = 0; split <= stream.size(); ++split) {
            LineBuffer buffer;
            buffer.append(stream.left(split));
            QList<QByteArray> lines = drain(buffer);
            buffer.append(stream.mid(split));
            lines += drain(buffer);
            QCOMPARE(lines, expected);
        }
    }

    void byteByByte()
    {
        const QByteArray stream = "+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n";
        LineBuffer buffer;
        QList<QByteArray> lines;
        for (char c : stream) {
            buffer.append(QByteArray(1, c));
            lines += drain(buffer);
        }
        QCOMPARE(lines, (QList<QByteArray>{"+OK 2 messages", "1 120", "2 200", "."}));
    }

    void bareLineFeedIsAccepted()
    {
        LineBuffer buffer;
        buffer.append("220 sloppy\n250 ok\r\n");
        QCOMPARE(drain(buffer), (QList<QByteArray>{"220 sloppy", "250 ok"}));
    }

    void crBeforeSplitIsNotLost()
    {
        LineBuffer buffer;
        buffer.append("abc\r");
        QVERIFY(!buffer.takeLine());
        buffer.append("\ndef");
        QCOMPARE(*buffer.takeLine(), QByteArray("abc"));
        QCOMPARE(buffer.size(), 3);
    }

    void exactByteReadsForLiterals()
    {
        LineBuffer buffer;
        buffer.append("* 1 FETCH (BODY[] {11}\r\nhello");
        QCOMPARE(*buffer.takeLine(), QByteArray("* 1 FETCH (BODY[] {11}"));
        QCOMPARE(buffer.take(11), QByteArray("hello")); // only what is there
        buffer.append(" world)\r\n");
        QCOMPARE(buffer.take(6), QByteArray(" world"));
        QCOMPARE(*buffer.takeLine(), QByteArray(")"));
        QVERIFY(buffer.isEmpty());
    }

    void literalContainingLineEnds()
    {
        LineBuffer buffer;
        buffer.append("{7}\r\na\r\nb\r\nc)\r\n");
        QCOMPARE(*buffer.takeLine(), QByteArray("{7}"));
        QCOMPARE(buffer.take(7), QByteArray("a\r\nb\r\nc"));
        QCOMPARE(*buffer.takeLine(), QByteArray(")"));
    }

    void peekDoesNotConsume()
    {
        LineBuffer buffer;
        buffer.append("abcdef");
        QCOMPARE(buffer.peek(3), QByteArray("abc"));
        QCOMPARE(buffer.peek(100), QByteArray("abcdef"));
        QCOMPARE(buffer.takeAll(), QByteArray("abcdef"));
        QVERIFY(buffer.isEmpty());
    }

    void overlongLineIsDetected()
    {
        LineBuffer buffer(1000);
        buffer.append(QByteArray(999, 'x'));
        QVERIFY(!buffer.takeLine());
        QVERIFY(!buffer.lineTooLong());
        buffer.append(QByteArray(10, 'x'));
        QVERIFY(!buffer.takeLine());
        QVERIFY(buffer.lineTooLong());
        buffer.append("\r\n");
        QCOMPARE(buffer.takeLine()->size(), 1009);
        QVERIFY(!buffer.lineTooLong());
    }

    void manyLinesThroughCompaction()
    {
        // Enough data to pass the compaction threshold several times; every line must survive.
        LineBuffer buffer;
        QByteArray chunk;
        for (int i = 0; i < 20000; ++i)
            chunk += "line " + QByteArray::number(i) + "\r\n";
        int next = 0;
        for (qsizetype at = 0; at < chunk.size(); at += 777) {
            buffer.append(chunk.mid(at, 777));
            while (auto line = buffer.takeLine()) {
                QCOMPARE(*line, "line " + QByteArray::number(next));
                ++next;
            }
        }
        QCOMPARE(next, 20000);
    }
};

QTEST_GUILESS_MAIN(TestLineBuffer)
#include "tst_LineBuffer.moc"
