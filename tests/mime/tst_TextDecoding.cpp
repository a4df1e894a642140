// Charset fallback, format=flowed in both directions, and HTML to text.

#include "mime/CharsetDecoder.h"
#include "mime/FlowedText.h"
#include "mime/HtmlToText.h"

#include <QtTest>

using namespace epistle::mime;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void charsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("fellBack");
        QTest::newRow("ascii") << QByteArray("plain") << "" << "plain" << "us-ascii" << false;
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << "UTF-8" << "café" << "utf-8" << false;
        QTest::newRow("latin1 real") << QByteArray("caf\xe9") << "iso-8859-1" << "café" << "iso-8859-1" << false;
        QTest::newRow("latin1 is utf-8") << QByteArray("caf\xc3\xa9") << "iso-8859-1" << "café" << "utf-8" << true;
        QTest::newRow("ascii declared, utf-8") << QByteArray("\xe2\x82\xac") << "us-ascii" << "€" << "utf-8" << true;
        QTest::newRow("ascii declared, cp1252") << QByteArray("\x80") << "us-ascii" << "€" << "windows-1252" << true;
        QTest::newRow("koi8-r") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << "koi8-r" << "Привет" << "koi8-r" << false;
        QTest::newRow("shift_jis") << QByteArray("\x93\xfa\x96\x7b") << "Shift_JIS" << "日本" << "shift_jis" << false;
        QTest::newRow("iso-2022-jp") << QByteArray("\x1b$BF|K\\\x1b(B") << "iso-2022-jp" << "日本" << "iso-2022-jp" << false;
        QTest::newRow("gb2312 invalid -> fallback") << QByteArray("abc\xff\xfe") << "gb2312" << "abcÿþ" << "windows-1252" << true;
        QTest::newRow("unknown, utf-8") << QByteArray("\xc3\xa9") << "x-foo" << "é" << "utf-8" << true;
        QTest::newRow("unknown, cp1252") << QByteArray("\x93q\x94") << "x-foo" << "“q”" << "windows-1252" << true;
        QTest::newRow("undefined cp1252 bytes kept") << QByteArray("\x81\x8d\x8f\x90\x9d") << "" << QString::fromUtf16(u"\u0081\u008d\u008f\u0090\u009d") << "windows-1252" << true;
        QTest::newRow("utf-8 truncated at end") << QByteArray("ok \xe2\x82") << "utf-8" << "ok â‚" << "windows-1252" << true;
        QTest::newRow("overlong rejected") << QByteArray("\xc0\xaf") << "utf-8" << "À¯" << "windows-1252" << true;
        QTest::newRow("surrogate rejected") << QByteArray("\xed\xa0\x80") << "utf-8" << "í\u00a0€" << "windows-1252" << true;
        QTest::newRow("mixed") << QByteArray("\xc3\xa9\xe9") << "utf-8" << "éé" << "utf-8+windows-1252" << true;
    }

    void charsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, declared);
        QFETCH(QString, text);
        QFETCH(QString, used);
        QFETCH(bool, fellBack);
        const DecodedText decoded = CharsetDecoder::decode(bytes, declared);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.charset, used);
        QCOMPARE(decoded.fellBack, fellBack);
    }

    void nothingIsLost()
    {
        // Every byte string decodes to text with at least one character per input byte run.
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all += char(i);
        const DecodedText decoded = CharsetDecoder::decode(all, QStringLiteral("utf-8"));
        QCOMPARE(decoded.text.size(), 256);
        QVERIFY(!decoded.text.contains(QChar(0xFFFD)));
    }

    void flowedDecode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("delSp");
        QTest::addColumn<QString>("output");
        QTest::newRow("soft breaks") << "a \nb \nc\nd\n" << false << "a b c\nd\n";
        QTest::newRow("delsp") << "abc \ndef\n" << true << "abcdef\n";
        QTest::newRow("quote depth change ends paragraph") << "> a \nb\n" << false << "> a \nb\n";
        QTest::newRow("nested quotes") << ">> x \n>> y\n> z\n" << false << ">> x y\n> z\n";
        QTest::newRow("space stuffing") << "  indented\n >from\n" << false << " indented\n>from\n";
        QTest::newRow("signature not flowed") << "text \n-- \nme\n" << false << "text \n-- \nme\n";
        QTest::newRow("crlf") << "a \r\nb\r\n" << false << "a b\n";
        QTest::newRow("last line flowed") << "end " << false << "end \n";
        QTest::newRow("empty") << "" << false << "";
    }

    void flowedDecode()
    {
        QFETCH(QString, input);
        QFETCH(bool, delSp);
        QFETCH(QString, output);
        QCOMPARE(FlowedText::decode(input, delSp), output);
    }

    void flowedEncodeRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << "Hello\n";
        QTest::newRow("long paragraph") << QString(QStringLiteral("word ").repeated(60).trimmed() + QLatin1Char('\n'));
        QTest::newRow("quoted long") << QString(QStringLiteral("> ") + QStringLiteral("quoted ").repeated(40).trimmed() + QLatin1Char('\n'));
        QTest::newRow("stuffing") << "From here\n> a quote\n>> deeper\n leading space\n";
        QTest::newRow("signature") << "Body\n-- \nName\n";
        QTest::newRow("unicode") << QString(QStringLiteral("Grüße ").repeated(30).trimmed() + QLatin1Char('\n'));
        QTest::newRow("blank lines") << "a\n\nb\n";
    }

    void flowedEncodeRoundTrip()
    {
        QFETCH(QString, text);
        const QString encoded = FlowedText::encode(text);
        for (const QString &line : encoded.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 78, qPrintable(line));
        QCOMPARE(FlowedText::decode(encoded, false), text);
    }

    void flowedEncodeTrailingSpacesAndLongWords()
    {
        // Trailing spaces before a hard break would turn it soft: they go.
        QCOMPARE(FlowedText::encode(QStringLiteral("a  \nb\n")), QStringLiteral("a\nb\n"));
        const QString word(2000, QLatin1Char('x'));
        const QString encoded = FlowedText::encode(word);
        for (const QString &line : encoded.split(QLatin1Char('\n')))
            QVERIFY(line.size() <= 900);
        QCOMPARE(FlowedText::decode(encoded, false).remove(QLatin1Char(' ')).trimmed(), word);
    }

    void htmlToText()
    {
        QCOMPARE(HtmlToText::convert(u"<p>Hello&nbsp;<b>world</b></p><p>Second</p>"), QStringLiteral("Hello world\n\nSecond\n"));
        QCOMPARE(HtmlToText::convert(u"<head><title>T</title><style>p{}</style></head><body>x<br>y</body>"), QStringLiteral("x\ny\n"));
        QCOMPARE(HtmlToText::convert(u"<blockquote>quoted<br>two</blockquote>after"), QStringLiteral("> quoted\n> two\nafter\n"));
        QCOMPARE(HtmlToText::convert(u"<ul><li>one<li>two</ul>"), QStringLiteral("\u2022 one\n\u2022 two\n"));
        QCOMPARE(HtmlToText::convert(u"<pre>a\n  b</pre>"), QStringLiteral("a\n  b\n"));
        QCOMPARE(HtmlToText::convert(u"<script>x()</script>&lt;tag&gt; &amp; &#x263A;"), QStringLiteral("<tag> & \u263A\n"));
        QCOMPARE(HtmlToText::convert(u"<img src=x alt=\"Logo\">"), QStringLiteral("[Logo]\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_TextDecoding.moc"
