// Outgoing messages: build with every feature, parse back, compare every field; and the
// send-shaped output (CRLF, line lengths, 7-bit unless allowed, encoded headers, no Bcc).

#include "mime/DisplayText.h"
#include "mime/MessageBuilder.h"
#include "mime/MessageParser.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace epistle::mime;

namespace {

OutgoingMessage everyFeature()
{
    OutgoingMessage m;
    m.from = {QStringLiteral("Jürgen Übermensch"), QStringLiteral("juergen@example.test"), {}};
    m.to = {{QStringLiteral("Ζωή Παπαδοπούλου"), QStringLiteral("zoe@example.test"), {}},
            {QString(), QStringLiteral("plain@example.test"), {}}};
    m.cc = {{QStringLiteral("Doe, John"), QStringLiteral("john@example.test"), {}}};
    m.bcc = {{QStringLiteral("Secret"), QStringLiteral("hidden@example.test"), {}}};
    m.replyTo = {{QStringLiteral("Replies"), QStringLiteral("replies@example.test"), {}}};
    m.subject = QStringLiteral("Grüße aus Köln — 日本語の件名 with a long tail that must be folded because it is "
                               "longer than seventy-eight characters for sure");
    m.date = QDateTime(QDate(2026, 3, 4), QTime(15, 30, 12), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    m.messageId = QStringLiteral("fixed.id.1@example.test");
    m.inReplyTo = {QStringLiteral("parent@example.test")};
    for (int i = 0; i < 30; ++i)
        m.references << QStringLiteral("ref%1.with.a.longish.identifier@example.test").arg(i);
    m.plainText = QStringLiteral("Hello Zoë,\n\n") + QStringLiteral("This paragraph is long enough to be wrapped. ").repeated(8).trimmed()
                  + QStringLiteral("\n> quoted line\nFrom the start\n\n-- \nJürgen\n");
    m.htmlText = QStringLiteral("<html><body><p>Hello Zoë</p><img src=\"cid:logo.1@example.test\"><p>")
                 + QStringLiteral("x").repeated(2000) + QStringLiteral("</p></body></html>");
    OutgoingAttachment pdf;
    pdf.fileName = QStringLiteral("Größenübersicht für März 2026 — sehr langer Dateiname.pdf");
    pdf.data = QByteArray("%PDF-1.4\n") + QByteArray(5000, '\xff');
    OutgoingAttachment japanese;
    japanese.fileName = QStringLiteral("報告書.txt");
    japanese.data = QByteArray("plain text attachment\n");
    OutgoingAttachment logo;
    logo.fileName = QStringLiteral("logo.png");
    logo.data = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    logo.inlineImage = true;
    logo.contentId = QStringLiteral("logo.1@example.test");
    m.attachments = {pdf, japanese, logo};
    m.userAgent = QStringLiteral("Epistle/test");
    return m;
}

void checkSendShape(const QByteArray &data, bool allow8bit)
{
    QVERIFY(!data.isEmpty());
    QVERIFY(data.endsWith("\r\n"));
    const QList<QByteArray> lines = data.split('\n');
    int longLines = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        QVERIFY2(line.endsWith('\r'), qPrintable(QStringLiteral("bare LF at line %1").arg(i)));
        QVERIFY2(line.size() - 1 <= 998, qPrintable(QStringLiteral("line %1 has %2 octets").arg(i).arg(line.size() - 1)));
        // GMime folds RFC 2231 parameter continuations at about 80 columns; everything else
        // stays within 78.
        const bool parameterContinuation = (line.startsWith('\t') || line.startsWith(' ')) && line.contains("*=");
        if (line.size() - 1 > 78 && !(parameterContinuation && line.size() - 1 <= 100))
            ++longLines;
        QVERIFY(!line.chopped(1).contains('\r'));
        if (!allow8bit) {
            for (char c : line)
                QVERIFY2(static_cast<unsigned char>(c) < 0x80, qPrintable(QStringLiteral("8-bit octet at line %1").arg(i)));
        }
    }
    QCOMPARE(longLines, 0);
    const QByteArray headers = data.left(data.indexOf("\r\n\r\n"));
    QVERIFY(!headers.contains("\nBcc:"));
    QVERIFY(!data.contains("hidden@example.test"));
}

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryField()
    {
        const OutgoingMessage out = everyFeature();
        BuiltMessage built;
        QString error;
        QVERIFY2(MessageBuilder().build(out, &built, &error), qPrintable(error));
        QCOMPARE(built.messageId, out.messageId);
        QCOMPARE(built.envelopeSender, QStringLiteral("juergen@example.test"));
        QCOMPARE(built.envelopeRecipients, (QStringList{QStringLiteral("zoe@example.test"), QStringLiteral("plain@example.test"),
                                                        QStringLiteral("john@example.test"), QStringLiteral("hidden@example.test")}));

        const Message in = MessageParser().parse(built.data);
        QVERIFY2(in.warnings.isEmpty(), qPrintable(in.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(in.subject, out.subject);
        QCOMPARE(in.from, AddressList{out.from});
        QCOMPARE(in.to, out.to);
        QCOMPARE(in.cc, out.cc);
        QVERIFY(in.bcc.isEmpty());
        QCOMPARE(in.replyTo, out.replyTo);
        QCOMPARE(in.date, out.date);
        QCOMPARE(in.date.offsetFromUtc(), out.date.offsetFromUtc());
        QCOMPARE(in.messageId, out.messageId);
        QCOMPARE(in.inReplyTo, out.inReplyTo);
        QCOMPARE(in.references, out.references);
        QCOMPARE(in.header(QStringLiteral("MIME-Version")), QStringLiteral("1.0"));
        QCOMPARE(in.header(QStringLiteral("User-Agent")), QStringLiteral("Epistle/test"));
        QCOMPARE(in.headerValues(QStringLiteral("MIME-Version")).size(), 1);

        // mixed [ alternative [ plain, related [ html, image ] ], pdf, txt ]
        QCOMPARE(in.body.contentType(), QStringLiteral("multipart/mixed"));
        QCOMPARE(int(in.body.children.size()), 3);
        const Part &alternative = in.body.children[0];
        QCOMPARE(alternative.contentType(), QStringLiteral("multipart/alternative"));
        const Part &plain = alternative.children[0];
        QCOMPARE(plain.contentType(), QStringLiteral("text/plain"));
        QCOMPARE(plain.contentTypeParameters.value(QStringLiteral("format")), QStringLiteral("flowed"));
        QCOMPARE(plain.charset, QStringLiteral("utf-8"));
        const Part &related = alternative.children[1];
        QCOMPARE(related.contentType(), QStringLiteral("multipart/related"));
        QCOMPARE(related.children[0].contentType(), QStringLiteral("text/html"));
        const Part &image = related.children[1];
        QCOMPARE(image.contentType(), QStringLiteral("image/png"));
        QCOMPARE(image.contentId, QStringLiteral("logo.1@example.test"));
        QCOMPARE(image.disposition, QStringLiteral("inline"));
        QCOMPARE(image.decodedContent(), out.attachments[2].data);

        QCOMPARE(DisplayText::select(in, BodyPreference::Plain).text, out.plainText);
        QCOMPARE(DisplayText::select(in, BodyPreference::Html).text, out.htmlText);

        const auto attachments = in.attachments();
        QCOMPARE(int(attachments.size()), 2);
        QCOMPARE(attachments[0]->filename, out.attachments[0].fileName);
        QCOMPARE(attachments[0]->contentType(), QStringLiteral("application/pdf"));
        QCOMPARE(attachments[0]->transferEncoding, QStringLiteral("base64"));
        QCOMPARE(attachments[0]->decodedContent(), out.attachments[0].data);
        QCOMPARE(attachments[1]->filename, QStringLiteral("報告書.txt"));
        QCOMPARE(attachments[1]->contentType(), QStringLiteral("text/plain"));
        QCOMPARE(attachments[1]->decodedContent(), out.attachments[1].data);
    }

    void sendShape7bit()
    {
        BuiltMessage built;
        QVERIFY(MessageBuilder().build(everyFeature(), &built));
        checkSendShape(built.data, false);
        // Non-ASCII headers as RFC 2047 encoded words, file names as RFC 2231 parameters.
        QVERIFY(built.data.contains("Subject: =?"));
        QVERIFY(built.data.toLower().contains("filename*0*=utf-8''"));
        QVERIFY(built.data.contains("Content-Transfer-Encoding: quoted-printable")
                || built.data.contains("Content-Transfer-Encoding: base64"));
    }

    void sendShape8bitAllowed()
    {
        MessageBuilder::Options options;
        options.allow8bit = true;
        OutgoingMessage m = everyFeature();
        m.htmlText.clear();
        BuiltMessage built;
        QVERIFY(MessageBuilder(options).build(m, &built));
        checkSendShape(built.data, true);
        QVERIFY(built.data.contains("Content-Transfer-Encoding: 8bit"));
        QVERIFY(built.data.contains("Zo\xc3\xab")); // raw UTF-8 body
        const QByteArray headers = built.data.left(built.data.indexOf("\r\n\r\n"));
        for (char c : headers)
            QVERIFY(static_cast<unsigned char>(c) < 0x80); // headers stay encoded
        const Message in = MessageParser().parse(built.data);
        QCOMPARE(DisplayText::select(in, BodyPreference::Plain).text, m.plainText);
    }

    void bccOnlyInSavedCopy()
    {
        MessageBuilder::Options options;
        options.includeBcc = true;
        BuiltMessage built;
        QVERIFY(MessageBuilder(options).build(everyFeature(), &built));
        const Message in = MessageParser().parse(built.data);
        QCOMPARE(in.bcc.size(), 1);
        QCOMPARE(in.bcc.first().email, QStringLiteral("hidden@example.test"));
    }

    void plainOnly()
    {
        OutgoingMessage m;
        m.from = {QString(), QStringLiteral("a@example.test"), {}};
        m.to = {{QString(), QStringLiteral("b@example.test"), {}}};
        m.subject = QStringLiteral("ASCII");
        m.plainText = QStringLiteral("Just text.\n");
        BuiltMessage built;
        QVERIFY(MessageBuilder().build(m, &built));
        checkSendShape(built.data, false);
        QVERIFY(built.data.contains("Subject: ASCII\r\n"));
        QVERIFY(built.data.contains("Content-Type: text/plain; charset=utf-8; format=flowed"));
        QVERIFY(built.messageId.endsWith(QStringLiteral("@example.test")));
        QVERIFY(built.data.contains("Date: "));
        QVERIFY(built.data.contains("User-Agent: Epistle/"));
        const Message in = MessageParser().parse(built.data);
        QCOMPARE(in.messageId, built.messageId);
        QVERIFY(in.date.isValid());
        QCOMPARE(in.body.contentType(), QStringLiteral("text/plain"));
        QCOMPARE(DisplayText::select(in, BodyPreference::Html).text, m.plainText);
    }

    void longLinesInBodyAreEncoded()
    {
        OutgoingMessage m;
        m.from = {QString(), QStringLiteral("a@example.test"), {}};
        m.subject = QStringLiteral("x");
        m.plainText = QString(5000, QLatin1Char('y')); // one unbreakable word
        m.htmlText = QStringLiteral("<p>") + QString(5000, QLatin1Char('z')) + QStringLiteral("</p>");
        for (bool allow8bit : {false, true}) {
            MessageBuilder::Options options;
            options.allow8bit = allow8bit;
            BuiltMessage built;
            QVERIFY(MessageBuilder(options).build(m, &built));
            checkSendShape(built.data, allow8bit);
            const Message in = MessageParser().parse(built.data);
            QCOMPARE(DisplayText::select(in, BodyPreference::Html).text, m.htmlText);
        }
    }

    void forwardedMessageAttachment()
    {
        const QByteArray original = "From: x@example.test\r\nSubject: Inner \xc3\xa9\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                    "Content-Transfer-Encoding: 8bit\r\n\r\nInner body caf\xc3\xa9\r\n";
        OutgoingMessage m;
        m.from = {QString(), QStringLiteral("a@example.test"), {}};
        m.subject = QStringLiteral("Fwd: Inner");
        m.plainText = QStringLiteral("see attached");
        OutgoingAttachment attached;
        attached.fileName = QStringLiteral("Inner.eml");
        attached.mimeType = QStringLiteral("message/rfc822");
        attached.data = original;
        m.attachments = {attached};
        BuiltMessage built;
        QVERIFY(MessageBuilder().build(m, &built));
        checkSendShape(built.data, false);
        const Message in = MessageParser().parse(built.data);
        const auto attachments = in.attachments();
        QCOMPARE(int(attachments.size()), 1);
        QVERIFY(attachments[0]->message);
        QCOMPARE(attachments[0]->message->subject, QStringLiteral("Inner é"));
        QCOMPARE(DisplayText::select(*attachments[0]->message, BodyPreference::Plain).text, QStringLiteral("Inner body café\n"));
    }

    void attachmentFromFileAndMimeDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><body>hi</body></html>");
        file.close();
        OutgoingMessage m;
        m.from = {QString(), QStringLiteral("a@example.test"), {}};
        m.plainText = QStringLiteral("x");
        OutgoingAttachment a;
        a.fileName = QStringLiteral("notes.html");
        a.sourcePath = path;
        m.attachments = {a};
        BuiltMessage built;
        QVERIFY(MessageBuilder().build(m, &built));
        const Message in = MessageParser().parse(built.data);
        QCOMPARE(in.attachments()[0]->contentType(), QStringLiteral("text/html"));
        QCOMPARE(in.attachments()[0]->decodedContent(), QByteArray("<html><body>hi</body></html>"));

        m.attachments[0].sourcePath = dir.filePath(QStringLiteral("missing"));
        QString error;
        QVERIFY(!MessageBuilder().build(m, &built, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_MessageBuilder.moc"
