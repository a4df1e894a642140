// The HTML sanitizer against each attack vector, and the tokenizer on malformed input.

#include "TestData.h"

#include "mime/CssSanitizer.h"
#include "mime/HtmlSanitizer.h"
#include "mime/HtmlTokenizer.h"

#include <QtTest>

using namespace epistle::mime;

namespace {

QString clean(const QString &html, bool allowRemote = false)
{
    return HtmlSanitizer({allowRemote}).sanitize(html).html;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attacks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script") << "a<script>alert(1)</script>b" << "ab";
        QTest::newRow("script mixed case") << "a<ScRiPt>alert(1)</sCrIpT>b" << "ab";
        QTest::newRow("script unclosed") << "a<script>alert(1)" << "a";
        QTest::newRow("script end tag in string") << "<script>var s='</scr'+'ipt>';x()</script>ok" << "ok";
        QTest::newRow("nested broken script") << "<scr<script>ipt>alert(1)</script>" << "ipt&gt;alert(1)";
        QTest::newRow("event handler") << "<div onclick=\"x()\" class=c>t</div>" << "<div class=\"c\">t</div>";
        QTest::newRow("event handler unquoted") << "<img src=cid:a onerror=alert(1)>" << "<img src=\"cid:a\">";
        QTest::newRow("event handler slash separated") << "<img/src=cid:a/onerror=alert(1)>" << "<img src=\"cid:a/onerror=alert(1)\">";
        QTest::newRow("javascript url") << "<a href=\"javascript:alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript url mixed case") << "<a href=\"JaVaScRiPt:alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript url with tab") << "<a href=\"java\tscript:alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript entity encoded") << "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript hex entities no semicolon") << "<a href=\"&#x6A&#x61&#x76&#x61script:alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript colon entity") << "<a href=\"javascript&colon;alert(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("javascript leading space and null") << QStringLiteral("<a href=\" \x01java") + QChar(0) + QStringLiteral("script:x\">x</a>") << "<a>x</a>";
        QTest::newRow("vbscript") << "<a href=\"vbscript:msgbox(1)\">x</a>" << "<a>x</a>";
        QTest::newRow("data html link") << "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>" << "<a>x</a>";
        QTest::newRow("data svg image") << "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">" << "<img>";
        QTest::newRow("data png image kept") << "<img src=\"data:image/png;base64,AAAA\">" << "<img src=\"data:image/png;base64,AAAA\">";
        QTest::newRow("iframe") << "a<iframe src=\"http://x.test\">inner</iframe>b" << "ab";
        QTest::newRow("object and embed") << "<object data=x><param name=a value=b>fallback</object><embed src=y>z" << "z";
        QTest::newRow("form controls") << "<form action=http://x><input name=p><button>Go</button><select><option>o</select><textarea>t</textarea></form>" << "Go";
        QTest::newRow("meta refresh") << "<meta http-equiv=\"refresh\" content=\"0;url=http://x\">t" << "t";
        QTest::newRow("base") << "<base href=\"http://evil.test/\">t" << "t";
        QTest::newRow("link stylesheet") << "<link rel=stylesheet href=\"http://x/a.css\">t" << "t";
        QTest::newRow("style import") << "<style>@import 'http://x/a.css';</style>t" << "t";
        QTest::newRow("style import escaped") << "<style>@\\69mport url(x)</style>t" << "t";
        QTest::newRow("style expression") << "<p style=\"width:expression(alert(1))\">t</p>" << "<p>t</p>";
        QTest::newRow("style escaped expression") << "<p style=\"width:e\\78pression(alert(1))\">t</p>" << "<p>t</p>";
        QTest::newRow("style comment split") << "<p style=\"width:expr/**/ession(alert(1))\">t</p>" << "<p style=\"width:expr ession(alert(1))\">t</p>";
        QTest::newRow("style javascript url") << "<p style=\"background:url(javascript:alert(1))\">t</p>" << "<p style=\"background:none)\">t</p>"; // ')' left over as by browsers
        QTest::newRow("style words inside url") << "<p style=\"background:url(cid:a@import)\">t</p>" << "<p style=\"background:url('cid:a@import')\">t</p>";
        QTest::newRow("style moz-binding") << "<p style=\"-moz-binding:url(x.xml#y)\">t</p>" << "<p>t</p>";
        QTest::newRow("style double escape") << "<p style=\"background:url(\\5c 6a avascript:x)\">t</p>" << "<p style=\"background:none\">t</p>";
        QTest::newRow("style element closing trick") << "<style>p{content:'\\3c/style\\3e<script>'}</style>" << "<style>p{content:'\\3c /style>\\3c script>'}</style>";
        QTest::newRow("svg") << "<svg><script>alert(1)</script><a xlink:href=\"javascript:x\">t</a></svg>after" << "after";
        QTest::newRow("math") << "<math><mi xlink:href=\"javascript:x\">t</mi></math>after" << "after";
        QTest::newRow("comment") << "a<!-- <script>alert(1)</script> -->b" << "ab";
        QTest::newRow("conditional comment") << "a<!--[if IE]><script>x</script><![endif]-->b" << "ab";
        QTest::newRow("unterminated comment") << "a<!-- <script>alert(1)</script>" << "a";
        QTest::newRow("cdata") << "a<![CDATA[<script>x</script>]]>b" << "ax]]&gt;b";
        QTest::newRow("bogus end tag") << "a</ script>b" << "ab";
        QTest::newRow("processing instruction") << "a<?php echo 1 ?>b" << "ab";
        QTest::newRow("lone less-than") << "1 < 2 <3" << "1 &lt; 2 &lt;3";
        QTest::newRow("unclosed tag at end") << "text<img src=x onerror=alert(1)" << "text";
        QTest::newRow("unclosed quote") << "text<a href=\"javascript:x>more" << "text";
        QTest::newRow("null in tag name") << QStringLiteral("<scr") + QChar(0) + QStringLiteral("ipt>x</scr") + QChar(0) + QStringLiteral("ipt>") << "x";
        QTest::newRow("attribute quote injection") << "<a title='x\" onclick=\"y'>t</a>" << "<a title=\"x&quot; onclick=&quot;y\">t</a>";
        QTest::newRow("entity in text kept") << "&lt;script&gt;" << "&lt;script&gt;";
        QTest::newRow("target dropped") << "<a href=\"https://x.test\" target=\"_top\">t</a>" << "<a href=\"https://x.test\" rel=\"noopener noreferrer\">t</a>";
        QTest::newRow("mailto kept") << "<a href=\"mailto:a@b.test\">m</a>" << "<a href=\"mailto:a@b.test\" rel=\"noopener noreferrer\">m</a>";
        QTest::newRow("fragment kept") << "<a href=\"#top\">m</a>" << "<a href=\"#top\">m</a>";
        QTest::newRow("relative href dropped") << "<a href=\"/local\">m</a>" << "<a>m</a>";
        QTest::newRow("xmp") << "<xmp><b>x</b></xmp>" << "<pre>&lt;b&gt;x&lt;/b&gt;</pre>";
        QTest::newRow("plaintext") << "<plaintext><b>x" << "<pre>&lt;b&gt;x</pre>";
        QTest::newRow("noscript content kept") << "<noscript><p>hi</p></noscript>" << "<p>hi</p>";
        QTest::newRow("unknown element") << "<blink>hi</blink>" << "hi";
        QTest::newRow("duplicate attribute first wins") << "<p class=a class=b>t</p>" << "<p class=\"a\">t</p>";
    }

    void attacks()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(clean(html), expected);
    }

    void remoteResources()
    {
        const QString html = QStringLiteral(
            "<body background=\"http://x.test/bg.png\"><img src=\"https://t.test/p.gif\">"
            "<img src=\"//t.test/relative-proto.gif\"><img src=\"ftp://f.test/a.png\">"
            "<p style=\"background-image: url( 'https://t.test/css.png' )\">x</p>"
            "<style>div { background: URL(http://t.test/s.png) }</style>"
            "<img srcset=\"https://t.test/2x.png 2x\"><img src=\"cid:part1@x\"></body>");
        const SanitizedHtml blocked = HtmlSanitizer().sanitize(html);
        QCOMPARE(blocked.remoteResources, 7);
        QCOMPARE(blocked.remoteBlocked, 7);
        for (const char *host : {"x.test", "t.test", "f.test"})
            QVERIFY2(!blocked.html.contains(QLatin1String(host)), host);
        QVERIFY(blocked.html.contains(QStringLiteral("src=\"cid:part1@x\"")));

        const SanitizedHtml allowed = HtmlSanitizer({true}).sanitize(html);
        QCOMPARE(allowed.remoteResources, 7);
        QCOMPARE(allowed.remoteBlocked, 1); // srcset is never kept
        QVERIFY(allowed.html.contains(QStringLiteral("<img src=\"https://t.test/p.gif\">")));
        QVERIFY(allowed.html.contains(QStringLiteral("background=\"http://x.test/bg.png\"")));
        QVERIFY(allowed.html.contains(QStringLiteral("url('https://t.test/css.png')")));
        QVERIFY(allowed.html.contains(QStringLiteral("url('http://t.test/s.png')")));
    }

    void outputPassesItsOwnChecks()
    {
        // Found by the fuzzer: an unterminated quoted url() swallowed "@import"-like text, and the
        // output, sanitized again, then looked like a style sheet with an import.
        const QString html = QString::fromUtf8(readMimeData(QStringLiteral("regressions/fuzz-html-import-inside-url.html")));
        for (bool allowRemote : {false, true}) {
            const SanitizedHtml once = HtmlSanitizer({allowRemote}).sanitize(html);
            const SanitizedHtml twice = HtmlSanitizer({allowRemote}).sanitize(once.html);
            QCOMPARE(twice.removedElements, 0);
            QCOMPARE(twice.remoteBlocked, 0);
        }
    }

    void removedElementsCounted()
    {
        const SanitizedHtml r = HtmlSanitizer().sanitize(u"<script>x</script><iframe></iframe><form><input></form><b>ok</b>");
        QCOMPARE(r.removedElements, 4);
        QCOMPARE(r.html, QStringLiteral("<b>ok</b>"));
    }

    void urlClassification()
    {
        QCOMPARE(classifyUrl(u"HTTPS://x"), UrlKind::Remote);
        QCOMPARE(classifyUrl(u" //x"), UrlKind::Remote);
        QCOMPARE(classifyUrl(u"cid:abc"), UrlKind::Cid);
        QCOMPARE(classifyUrl(u"data:image/gif;base64,R0"), UrlKind::DataImage);
        QCOMPARE(classifyUrl(u"data:image/svg+xml,<svg>"), UrlKind::Other);
        QCOMPARE(classifyUrl(u"data:image/pngx,1"), UrlKind::Other);
        QCOMPARE(classifyUrl(u"j\na\rv\tascript:x"), UrlKind::Other);
        QCOMPARE(classifyUrl(u"mailto:x@y"), UrlKind::Link);
        QCOMPARE(classifyUrl(u"#frag"), UrlKind::Fragment);
        QCOMPARE(classifyUrl(u"relative/path"), UrlKind::Other);
    }

    void tokenizer()
    {
        HtmlTokenizer t(u"<A HREF=x Title='a b' checked>t</a><!--c--><br/>");
        HtmlToken tok = t.next();
        QCOMPARE(tok.type, HtmlToken::Type::StartTag);
        QCOMPARE(tok.name, QStringLiteral("a"));
        QCOMPARE(tok.attributes.size(), 3);
        QCOMPARE(tok.attribute(u"href")->value, QStringLiteral("x"));
        QCOMPARE(tok.attribute(u"title")->value, QStringLiteral("a b"));
        QVERIFY(tok.attribute(u"checked")->value.isEmpty());
        QCOMPARE(t.next().text, QStringLiteral("t"));
        QCOMPARE(t.next().type, HtmlToken::Type::EndTag);
        tok = t.next();
        QCOMPARE(tok.type, HtmlToken::Type::Comment);
        QCOMPARE(tok.text, QStringLiteral("c"));
        tok = t.next();
        QCOMPARE(tok.name, QStringLiteral("br"));
        QVERIFY(tok.selfClosing);
        QCOMPARE(t.next().type, HtmlToken::Type::EndOfFile);
    }

    void entities()
    {
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&amp;&lt;&gt;&quot;&#39;&#x41;&eacute;&unknown;&#0;&#x110000;&amp"),
                 QStringLiteral("&<>\"'Aé&unknown;\uFFFD\uFFFD&"));
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&#128;&#x9F;"), QStringLiteral("€Ÿ"));
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&#"), QStringLiteral("&#"));
        QCOMPARE(HtmlTokenizer::decodeEntities(u"&#128512;"), QStringLiteral("😀"));
    }

    void hostileSizesStayLinear()
    {
        // Many unclosed tags, deep nesting and long attribute lists finish quickly.
        QString html;
        for (int i = 0; i < 20000; ++i)
            html += QStringLiteral("<div><svg><a ");
        QElapsedTimer timer;
        timer.start();
        HtmlSanitizer().sanitize(html);
        const QString manyAttributes = QStringLiteral("<p ") + QStringLiteral("a=1 ").repeated(100000) + QLatin1Char('>');
        HtmlSanitizer().sanitize(manyAttributes);
        QVERIFY(timer.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_HtmlSanitizer.moc"
