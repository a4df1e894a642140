// The tricky-message corpus (tests/data/mime/corpus) parsed through MessageParser, with the
// expected results asserted field by field.

#include "TestData.h"

#include "mime/AttachmentSaver.h"
#include "mime/CidResolver.h"
#include "mime/DisplayText.h"
#include "mime/HtmlSanitizer.h"
#include "mime/MessageParser.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace epistle::mime;

namespace {

Message parseCorpus(const QString &name)
{
    Message message;
    QString error;
    if (!MessageParser().parseFile(mimeDataPath(QStringLiteral("corpus/") + name), &message, &error))
        qFatal("%s", qPrintable(error));
    return message;
}

QStringList childTypes(const Part &part)
{
    QStringList types;
    for (const Part &child : part.children)
        types << child.contentType();
    return types;
}

} // namespace

class TestMessageParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestedMultiparts()
    {
        const Message m = parseCorpus(QStringLiteral("nested-multipart.eml"));
        QCOMPARE(m.subject, QStringLiteral("Nested parts"));
        QCOMPARE(m.from.size(), 1);
        QCOMPARE(m.from.first().name, QStringLiteral("Alice Example"));
        QCOMPARE(m.from.first().email, QStringLiteral("alice@example.test"));
        QCOMPARE(m.to.size(), 2);
        QCOMPARE(m.to.at(1).email, QStringLiteral("carol@example.test"));
        QCOMPARE(m.date.offsetFromUtc(), 3600);
        QCOMPARE(m.date.toUTC(), QDateTime(QDate(2026, 3, 3), QTime(9, 15), Qt::UTC));
        QCOMPARE(m.messageId, QStringLiteral("nested.1@example.test"));

        QCOMPARE(m.body.contentType(), QStringLiteral("multipart/mixed"));
        QCOMPARE(childTypes(m.body), (QStringList{QStringLiteral("multipart/alternative"), QStringLiteral("application/pdf"),
                                                  QStringLiteral("multipart/mixed")}));
        const Part &alternative = m.body.children[0];
        QCOMPARE(childTypes(alternative), (QStringList{QStringLiteral("text/plain"), QStringLiteral("multipart/related")}));
        const Part &related = alternative.children[1];
        QCOMPARE(related.contentTypeParameters.value(QStringLiteral("type")), QStringLiteral("text/html"));
        const Part &image = related.children[1];
        QCOMPARE(image.path, QStringLiteral("1.2.2"));
        QCOMPARE(image.contentId, QStringLiteral("logo@example.test"));
        QCOMPARE(image.transferEncoding, QStringLiteral("base64"));
        QCOMPARE(image.disposition, QStringLiteral("inline"));
        QVERIFY(!image.isAttachment());
        QCOMPARE(image.decodedContent().left(4), QByteArray("\x89PNG"));
        QCOMPARE(image.decodedSize(), qint64(image.decodedContent().size()));

        const auto attachments = m.attachments();
        QCOMPARE(int(attachments.size()), 2);
        QCOMPARE(attachments[0]->filename, QStringLiteral("report.pdf"));
        QCOMPARE(attachments[0]->path, QStringLiteral("2"));
        QCOMPARE(attachments[0]->decodedContent(), QByteArray("%PDF-1.4\n%\xc7\xec\x8f\xa2\n%%EOF\n"));
        QCOMPARE(attachments[1]->filename, QStringLiteral("data.csv"));
        QCOMPARE(attachments[1]->path, QStringLiteral("3.2"));

        const DisplayText html = DisplayText::select(m, BodyPreference::Html);
        QVERIFY(html.isHtml());
        QCOMPARE(html.partPath, QStringLiteral("1.2.1"));
        const DisplayText plain = DisplayText::select(m, BodyPreference::Plain);
        QCOMPARE(plain.format, DisplayText::Format::Plain);
        QCOMPARE(plain.text, QStringLiteral("Plain version."));

        const CidResolver resolver(m);
        QCOMPARE(CidResolver::references(html.text), QStringList{QStringLiteral("cid:logo@example.test")});
        QCOMPARE(resolver.resolve(QStringLiteral("cid:logo%40example.test")), &image);
        QCOMPARE(resolver.resolve(QStringLiteral("cid:missing@x")), nullptr);
        const QString embedded = resolver.embedImages(html.text);
        QVERIFY(embedded.contains(QStringLiteral("src=\"data:image/png;base64,iVBORw0KGgo")));
        QVERIFY(m.warnings.isEmpty());
    }

    void charsetDeclaredLatin1ButUtf8()
    {
        const Message m = parseCorpus(QStringLiteral("charset-declared-latin1-is-utf8.eml"));
        const DisplayText t = DisplayText::select(m, BodyPreference::Plain);
        QCOMPARE(t.text, QStringLiteral("Grüße aus Köln – 3 €\n"));
        QCOMPARE(t.usedCharset, QStringLiteral("utf-8"));
        QVERIFY(t.charsetFellBack);
    }

    void charsetUtf8WithInvalidBytes()
    {
        const Message m = parseCorpus(QStringLiteral("charset-utf8-invalid.eml"));
        const DisplayText t = DisplayText::select(m, BodyPreference::Plain);
        // Valid sequences stay UTF-8, stray bytes are read as windows-1252: nothing is lost.
        QCOMPARE(t.text, QStringLiteral("Valid été, invalid café and € and â‚ end\n"));
        QCOMPARE(t.usedCharset, QStringLiteral("utf-8+windows-1252"));
    }

    void charsetUnknownAndMissing()
    {
        const DisplayText unknown = DisplayText::select(parseCorpus(QStringLiteral("charset-unknown.eml")), BodyPreference::Plain);
        QCOMPARE(unknown.text, QStringLiteral("naïve text and “quotes”\n"));
        QVERIFY(unknown.charsetFellBack);
        const DisplayText missing = DisplayText::select(parseCorpus(QStringLiteral("charset-missing.eml")), BodyPreference::Plain);
        QCOMPARE(missing.text, QStringLiteral("“Smart quotes” and a € sign\n"));
        QCOMPARE(missing.usedCharset, QStringLiteral("windows-1252"));
        const DisplayText polish = DisplayText::select(parseCorpus(QStringLiteral("charset-iso-8859-2.eml")), BodyPreference::Plain);
        QCOMPARE(polish.text, QStringLiteral("Zażółć gęślą jaźń\n"));
        QCOMPARE(polish.usedCharset, QStringLiteral("iso-8859-2"));
        QVERIFY(!polish.charsetFellBack);
    }

    void rawEightBitHeaders()
    {
        const Message m = parseCorpus(QStringLiteral("headers-8bit.eml"));
        QCOMPARE(m.subject, QStringLiteral("Grüße – raw UTF-8 subject"));
        QCOMPARE(m.from.first().name, QStringLiteral("Jürgen Müller"));
        QCOMPARE(m.to.first().name, QStringLiteral("Zoë"));
        QCOMPARE(m.header(QStringLiteral("x-latin1")), QStringLiteral("café")); // Latin-1 bytes
    }

    void brokenEncodedWords()
    {
        const Message m = parseCorpus(QStringLiteral("encoded-words-broken.eml"));
        QCOMPARE(m.from.first().name, QStringLiteral("Jürgen"));
        QCOMPARE(m.to.first().name, QStringLiteral("André")); // encoded word inside a quoted string
        QCOMPARE(m.subject, QStringLiteral("é split 😀 end")); // a 4-byte sequence split over two words
        QCOMPARE(m.header(QStringLiteral("X-Missing-End")), QStringLiteral("café no end"));
        QCOMPARE(m.header(QStringLiteral("X-Underscore")), QStringLiteral("a b cé"));
        QCOMPARE(m.header(QStringLiteral("X-Adjacent")), QStringLiteral("nospace"));
        QCOMPARE(m.header(QStringLiteral("X-Split-Q")), QStringLiteral("€"));
    }

    void boundaryInsideBody()
    {
        const Message m = parseCorpus(QStringLiteral("boundary-in-body.eml"));
        QCOMPARE(int(m.body.children.size()), 2);
        QCOMPARE(QString::fromLatin1(m.body.children[0].decodedContent()),
                 QStringLiteral("First part mentions --b1x and -- b1 and ---b1 in its text.\n--b1-not-really a boundary line?"));
        QCOMPARE(m.body.children[1].decodedContent(), QByteArray("Second part."));
    }

    void rfc2231FileNames()
    {
        const Message m = parseCorpus(QStringLiteral("rfc2231-filenames.eml"));
        const auto attachments = m.attachments();
        QCOMPARE(int(attachments.size()), 5);
        QCOMPARE(attachments[0]->filename, QStringLiteral("Größenübersicht für März.pdf"));
        QCOMPARE(attachments[1]->filename, QStringLiteral("Ελληνικό έγγραφο αρχείο.txt"));
        QCOMPARE(attachments[2]->filename, QStringLiteral("報告書_二〇二六年_最終版.docx"));
        QCOMPARE(attachments[3]->filename, QStringLiteral("Închiriere mașină și țară.odt"));
        QCOMPARE(attachments[4]->filename, QStringLiteral("Raport järvi.txt")); // RFC 2047 in name=
        QCOMPARE(attachments[2]->decodedContent(), QByteArray("file 2\n"));
    }

    void hostileHtml()
    {
        const Message m = parseCorpus(QStringLiteral("html-hostile.eml"));
        const DisplayText t = DisplayText::select(m, BodyPreference::Plain); // the only body is HTML
        QVERIFY(t.isHtml());
        const SanitizedHtml clean = HtmlSanitizer().sanitize(t.text);
        for (const char *bad : {"<script", "alert(", "javascript", "onload", "onclick", "onmouseover", "<iframe",
                                "<form", "<input", "<object", "<embed", "<svg", "<meta", "<base", "<link", "@import",
                                "tracker.test", "evil.test", "data:text"})
            QVERIFY2(!clean.html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        QVERIFY(clean.html.contains(QStringLiteral("<a href=\"https://shop.test/offer\" rel=\"noopener noreferrer\">good</a>")));
        QVERIFY(clean.html.contains(QStringLiteral("src=\"cid:inline@shop.test\"")));
        QVERIFY(clean.html.contains(QStringLiteral("src=\"data:image/png;base64,iVBORw0KGgo=\"")));
        QCOMPARE(clean.remoteBlocked, 2); // the tracking pixel and the CSS background
        const SanitizedHtml allowed = HtmlSanitizer({true}).sanitize(t.text);
        QCOMPARE(allowed.remoteBlocked, 0);
        QCOMPARE(allowed.remoteResources, 2);
        QVERIFY(allowed.html.contains(QStringLiteral("https://tracker.test/pixel.gif?id=42")));
        QVERIFY(!allowed.html.contains(QStringLiteral("evil.test"))); // external style sheets stay out
    }

    void digestWithEmbeddedMessages()
    {
        const Message m = parseCorpus(QStringLiteral("digest.eml"));
        const Part &digest = m.body.children[1];
        QCOMPARE(digest.contentType(), QStringLiteral("multipart/digest"));
        QCOMPARE(int(digest.children.size()), 2);
        // Parts of a digest default to message/rfc822.
        QCOMPARE(digest.children[0].contentType(), QStringLiteral("message/rfc822"));
        QVERIFY(digest.children[0].message);
        const Message &first = *digest.children[0].message;
        QCOMPARE(first.subject, QStringLiteral("First"));
        QCOMPARE(first.date.offsetFromUtc(), -5 * 3600);
        QCOMPARE(first.body.path, QStringLiteral("2.1.1"));
        QCOMPARE(first.body.decodedContent(), QByteArray("First message body."));
        const Message &second = *digest.children[1].message;
        QCOMPARE(second.subject, QStringLiteral("Second ✓"));
        QCOMPARE(second.body.children[1].path, QStringLiteral("2.2.2"));
        QCOMPARE(DisplayText::select(second, BodyPreference::Html).text, QStringLiteral("<p>Second message, html.</p>"));
        QCOMPARE(DisplayText::select(m, BodyPreference::Html).text, QStringLiteral("Today's topics: 1. First  2. Second"));
        QCOMPARE(int(m.attachments().size()), 2); // each digest entry, not their inner parts
    }

    void formatFlowed()
    {
        const DisplayText delsp = DisplayText::select(parseCorpus(QStringLiteral("flowed-delsp.eml")), BodyPreference::Plain);
        QVERIFY(delsp.flowed);
        QCOMPARE(delsp.text, QStringLiteral("This is a long paragraph that was broken.\n"
                                            "> Quoted text that continues here.\n"
                                            ">> Deeper quote.\n"
                                            "From space-stuffed line.\n"
                                            "-- \nSig line\n"));
        const DisplayText flowed = DisplayText::select(parseCorpus(QStringLiteral("flowed.eml")), BodyPreference::Plain);
        QCOMPARE(flowed.text, QStringLiteral("This is a long paragraph that flows.\nHard line.\n> quoted more\n"));
    }

    void hostileDeepNesting()
    {
        const Message m = parseCorpus(QStringLiteral("deep-nesting.eml"));
        int depth = 0;
        const Part *p = &m.body;
        while (!p->children.empty()) {
            p = &p->children.front();
            ++depth;
        }
        QVERIFY(depth <= ParseLimits{}.maxDepth);
        QVERIFY(p->truncated);
        QVERIFY(m.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("deeper than")));
        QCOMPARE(m.subject, QStringLiteral("deep"));
    }

    void hugeHeader()
    {
        const Message m = parseCorpus(QStringLiteral("huge-header.eml"));
        QCOMPARE(m.to.size(), 5000);
        QCOMPARE(m.to.last().email, QStringLiteral("user4999@example.test"));
        QCOMPARE(m.subject.size(), 200000 * 5 - 1);
        QCOMPARE(DisplayText::select(m, BodyPreference::Plain).text, QStringLiteral("small body\n"));
    }

    void emptyAndHeaderOnly()
    {
        const Message empty = parseCorpus(QStringLiteral("empty.eml"));
        QVERIFY(empty.headers.isEmpty());
        QVERIFY(!empty.warnings.isEmpty());
        QVERIFY(DisplayText::select(empty, BodyPreference::Plain).text.isEmpty());

        const Message headersOnly = parseCorpus(QStringLiteral("headers-only.eml"));
        QCOMPARE(headersOnly.subject, QStringLiteral("only headers"));
        QCOMPARE(headersOnly.body.contentType(), QStringLiteral("text/plain"));
        QVERIFY(headersOnly.body.decodedContent().isEmpty());

        const Message noBody = parseCorpus(QStringLiteral("no-body.eml"));
        QCOMPARE(noBody.subject, QStringLiteral("no body"));
        QVERIFY(noBody.attachments().empty());
    }

    void base64WithGarbage()
    {
        const Message m = parseCorpus(QStringLiteral("base64-garbage.eml"));
        QCOMPARE(m.body.decodedContent(), QByteArray("Hello World!"));
    }

    void addressesAndGroups()
    {
        const Message m = parseCorpus(QStringLiteral("addresses.eml"));
        QCOMPARE(m.from.first().name, QStringLiteral("Doe, John"));
        QCOMPARE(m.from.first().toDisplayString(), QStringLiteral("\"Doe, John\" <john@example.test>"));
        QCOMPARE(m.sender.first().email, QStringLiteral("secretary@example.test"));
        QCOMPARE(m.replyTo.first().email, QStringLiteral("replies@example.test"));
        QCOMPARE(m.to.size(), 3);
        QCOMPARE(m.to[0], (Address{QString(), QStringLiteral("ann@example.test"), QStringLiteral("Team")}));
        QCOMPARE(m.to[1], (Address{QStringLiteral("Ben B."), QStringLiteral("ben@example.test"), QStringLiteral("Team")}));
        QCOMPARE(m.to[2], (Address{QString(), QStringLiteral("solo@example.test"), QString()}));
        QCOMPARE(m.cc.size(), 1);
        QCOMPARE(m.cc[0].group, QStringLiteral("undisclosed-recipients"));
        QCOMPARE(m.mailFollowupTo.first().email, QStringLiteral("list@lists.test"));
        QCOMPARE(m.date.offsetFromUtc(), -(9 * 3600 + 30 * 60));
        QCOMPARE(m.date.toString(Qt::ISODate), QStringLiteral("2026-02-07T23:30:00-09:30"));
        QCOMPARE(m.inReplyTo, QStringList{QStringLiteral("parent@example.test")});
        QCOMPARE(m.references, (QStringList{QStringLiteral("root@example.test"), QStringLiteral("parent@example.test")}));
        const AddressList parsed = parseAddressList(QStringLiteral("=?utf-8?q?Z=C3=B6e?= <z@x.test>, g: a@x.test;"));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed[0].name, QStringLiteral("Zöe"));
        QCOMPARE(parsed[1].group, QStringLiteral("g"));
    }

    void signedAndEncrypted()
    {
        const Message m = parseCorpus(QStringLiteral("signed-encrypted.eml"));
        const Part &signedPart = m.body.children[0];
        QCOMPARE(signedPart.contentType(), QStringLiteral("multipart/signed"));
        QCOMPARE(int(signedPart.children.size()), 2);
        const Part &encrypted = m.body.children[1];
        QVERIFY(encrypted.opaque);
        QVERIFY(encrypted.children.empty());
        QCOMPARE(DisplayText::select(m, BodyPreference::Plain).text, QStringLiteral("Signed text."));
        QVERIFY(m.attachments().empty()); // the signature is not an attachment
    }

    void parseFromBytesAndDevice()
    {
        const QByteArray bytes = readMimeData(QStringLiteral("corpus/nested-multipart.eml"));
        const Message fromBytes = MessageParser().parse(bytes);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        Message fromDevice;
        QString error;
        QVERIFY(MessageParser().parseDevice(&buffer, &fromDevice, &error));
        QCOMPARE(fromBytes.subject, fromDevice.subject);
        QCOMPARE(fromBytes.attachments()[0]->decodedContent(), fromDevice.attachments()[0]->decodedContent());

        // Parts outlive the message object and the caller's copy of the bytes.
        Part kept;
        {
            QByteArray copy = bytes;
            copy.detach();
            kept = *MessageParser().parse(copy).attachments()[0];
        }
        QCOMPARE(kept.decodedContent().left(8), QByteArray("%PDF-1.4"));
    }

    void unreadableInput()
    {
        Message m;
        QString error;
        QVERIFY(!MessageParser().parseFile(QStringLiteral("/nonexistent/x.eml"), &m, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/x.eml")));
        QVERIFY(!MessageParser().parseFile(QStringLiteral("/"), &m, &error));
    }

    void garbageNeverFails()
    {
        for (const QByteArray &input : {QByteArray("\0\0\0", 3), QByteArray("\r\n\r\n"), QByteArray(":::\n\n"),
                                        QByteArray("Content-Type: multipart/mixed\n\n--\n--"),
                                        QByteArray("Content-Type: message/rfc822\n\nContent-Type: message/rfc822\n\n"),
                                        QByteArray(100000, 'A')}) {
            const Message m = MessageParser().parse(input);
            DisplayText::select(m, BodyPreference::Html);
            for (const Part *p : m.attachments())
                p->decodedContent();
        }
    }

    void partLimit()
    {
        QByteArray big = "Content-Type: multipart/mixed; boundary=x\n\n";
        for (int i = 0; i < 300; ++i)
            big += "--x\nContent-Type: text/plain\n\npart\n";
        big += "--x--\n";
        ParseLimits limits;
        limits.maxParts = 100;
        const Message m = MessageParser(limits).parse(big);
        QVERIFY(m.body.children.size() < 300);
        QVERIFY(m.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("more than 100 parts")));
    }

    void savingAttachments()
    {
        const Message m = parseCorpus(QStringLiteral("rfc2231-filenames.eml"));
        QTemporaryDir dir;
        QString saved;
        QString error;
        const Part &greek = *m.attachments()[1];
        QVERIFY2(AttachmentSaver::saveToFolder(greek, dir.path(), &saved, &error), qPrintable(error));
        QCOMPARE(saved, dir.filePath(QStringLiteral("Ελληνικό έγγραφο αρχείο.txt")));
        QVERIFY(AttachmentSaver::saveToFolder(greek, dir.path(), &saved, &error));
        QCOMPARE(saved, dir.filePath(QStringLiteral("Ελληνικό έγγραφο αρχείο (2).txt")));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("file 1\n"));
        QVERIFY(!AttachmentSaver::saveAs(greek, QStringLiteral("/nonexistent-dir/x"), &error));
        QVERIFY(!error.isEmpty());

        Part hostile = greek;
        hostile.filename = QStringLiteral("../../etc/passwd");
        QCOMPARE(hostile.suggestedFileName(), QStringLiteral("passwd"));
        hostile.filename = QStringLiteral("..\\..\\win.ini");
        QCOMPARE(hostile.suggestedFileName(), QStringLiteral("win.ini"));
        hostile.filename = QStringLiteral("..");
        QCOMPARE(hostile.suggestedFileName(), QStringLiteral("attachment.bin"));
    }

    void concurrentParsing()
    {
        const QByteArray bytes = readMimeData(QStringLiteral("corpus/rfc2231-filenames.eml"));
        std::vector<std::thread> threads;
        std::atomic<int> good{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 50; ++i) {
                    const Message m = MessageParser().parse(bytes);
                    if (m.attachments().size() == 5 && m.attachments()[3]->decodedContent() == "file 3\n")
                        ++good;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(good.load(), 200);
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "tst_MessageParser.moc"
