// PartialMessage: which sections a large message needs for display, and the message put back
// together from them, as the MIME parser then reads it.

#include "mime/MessageParser.h"
#include "sync/PartialMessage.h"

#include <QTest>

using namespace epistle;
using epistle::sync::PartialMessage;

namespace {

imap::BodyStructure leaf(const QByteArray &type, const QByteArray &subtype, quint64 size,
                         const QByteArray &disposition = {}, const QByteArray &encoding = "7bit")
{
    imap::BodyStructure s;
    s.type = type;
    s.subtype = subtype;
    s.size = size;
    s.disposition = disposition;
    s.encoding = encoding;
    return s;
}

imap::BodyStructure multipart(const QByteArray &subtype, const QByteArray &boundary, std::vector<imap::BodyStructure> parts)
{
    imap::BodyStructure s;
    s.type = "multipart";
    s.subtype = subtype;
    if (!boundary.isEmpty())
        s.parameters.append({"BOUNDARY", boundary});
    s.parts = std::move(parts);
    return s;
}

// mixed( alternative(plain, html), pdf attachment of 3 MB, small inline image )
imap::BodyStructure invoiceStructure()
{
    return multipart("mixed", "outer",
                     {multipart("alternative", "inner", {leaf("text", "plain", 40), leaf("text", "html", 60)}),
                      leaf("application", "pdf", 3000000, "attachment", "base64"),
                      leaf("image", "png", 12, "inline", "base64")});
}

void addSection(imap::FetchData &data, const QByteArray &name, const QByteArray &content)
{
    imap::BodySection section;
    section.section = name;
    section.data = content;
    data.sections.append(section);
}

imap::FetchData invoiceSections()
{
    imap::FetchData data;
    data.uid = 7;
    addSection(data, "1.MIME", "Content-Type: multipart/alternative; boundary=inner\r\n\r\n");
    addSection(data, "1.1.MIME", "Content-Type: text/plain; charset=utf-8\r\n\r\n");
    addSection(data, "1.1", "Your invoice is attached.\r\n");
    addSection(data, "1.2.MIME", "Content-Type: text/html; charset=utf-8\r\n\r\n");
    addSection(data, "1.2", "<p>Your invoice is attached.</p>\r\n");
    addSection(data, "2.MIME", "Content-Type: application/pdf;\r\n\tname=\"invoice.pdf\"\r\n"
                               "Content-Disposition: attachment; filename=\"invoice.pdf\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n");
    addSection(data, "3.MIME", "Content-Type: image/png\r\nContent-ID: <logo@x>\r\n"
                               "Content-Disposition: inline; filename=logo.png\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n");
    addSection(data, "3", "iVBORw0KGgo=\r\n");
    return data;
}

const QByteArray InvoiceHeader = "From: Shop <shop@example.test>\r\nTo: bob@example.test\r\nSubject: Invoice\r\n"
                                 "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n";

} // namespace

class TestPartialMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksForHeadersTextAndSmallParts()
    {
        const imap::BodyStructure structure = invoiceStructure();
        PartialMessage plan(structure);
        QVERIFY(plan.worthIt());
        QCOMPARE(plan.omittedBytes(), quint64(3000000));
        QCOMPARE(plan.fetchItems(), QByteArray("(BODY.PEEK[1.MIME] BODY.PEEK[1.1.MIME] BODY.PEEK[1.1] BODY.PEEK[1.2.MIME] "
                                               "BODY.PEEK[1.2] BODY.PEEK[2.MIME] BODY.PEEK[3.MIME] BODY.PEEK[3])"));
    }

    void putTogetherItReadsAsTheMessageWithoutTheLargePart()
    {
        const imap::BodyStructure structure = invoiceStructure();
        PartialMessage plan(structure);
        const QByteArray assembled = plan.assemble(InvoiceHeader, invoiceSections());
        QVERIFY(!assembled.isEmpty());
        const mime::Message message = mime::MessageParser().parse(assembled);
        QCOMPARE(message.subject, QStringLiteral("Invoice"));
        const std::vector<const mime::Part *> attachments = message.attachments();
        QCOMPARE(int(attachments.size()), 1); // the inline image is shown, not listed
        const mime::Part *pdf = attachments[0];
        QCOMPARE(pdf->path, QStringLiteral("2"));
        QCOMPARE(pdf->suggestedFileName(), QStringLiteral("invoice.pdf"));
        QCOMPARE(pdf->contentType(), QStringLiteral("application/pdf"));
        QCOMPARE(pdf->contentTypeParameters.value(QStringLiteral("name")), QStringLiteral("invoice.pdf"));
        QCOMPARE(pdf->contentTypeParameters.value(QString::fromLatin1(PartialMessage::OmittedParameter)), QStringLiteral("3000000"));
        QVERIFY(pdf->decodedContent().isEmpty());
        const mime::Part *logo = message.findPart(QStringLiteral("3"));
        QVERIFY(logo);
        QCOMPARE(logo->contentId, QStringLiteral("logo@x"));
        QVERIFY(!logo->contentTypeParameters.contains(QString::fromLatin1(PartialMessage::OmittedParameter)));
        QCOMPARE(logo->decodedContent(), QByteArray::fromBase64("iVBORw0KGgo="));
        QVERIFY(assembled.contains("Your invoice is attached."));
        QVERIFY(assembled.contains("--inner--\r\n"));
        QVERIFY(assembled.endsWith("--outer--\r\n"));
    }

    void missingSectionGivesNothing()
    {
        const imap::BodyStructure structure = invoiceStructure();
        PartialMessage plan(structure);
        imap::FetchData sections = invoiceSections();
        sections.sections.removeIf([](const imap::BodySection &s) { return s.section == "1.2"; });
        QVERIFY(plan.assemble(InvoiceHeader, sections).isEmpty());
        imap::FetchData nil = invoiceSections();
        nil.sections[2].nil = true; // 1.1
        QVERIFY(plan.assemble(InvoiceHeader, nil).isEmpty());
    }

    void nothingToLeaveOutMeansWholeFetch()
    {
        const imap::BodyStructure single = leaf("application", "pdf", 5000000, "attachment");
        QVERIFY(!PartialMessage(single).worthIt());
        const imap::BodyStructure small = multipart("mixed", "b", {leaf("text", "plain", 10), leaf("image", "png", 1000, "attachment")});
        QVERIFY(!PartialMessage(small).worthIt());
        const imap::BodyStructure noBoundary = multipart("mixed", {}, {leaf("text", "plain", 10), leaf("video", "mp4", 9000000)});
        QVERIFY(!PartialMessage(noBoundary).worthIt());
        // A large text part is shown, so it is fetched.
        const imap::BodyStructure bigText = multipart("mixed", "b", {leaf("text", "plain", 5000000)});
        QVERIFY(!PartialMessage(bigText).worthIt());
    }

    void hostileNestingIsFetchedWhole()
    {
        imap::BodyStructure deep = leaf("video", "mp4", 9000000);
        for (int i = 0; i < 100; ++i)
            deep = multipart("mixed", "b" + QByteArray::number(i), {leaf("text", "plain", 1), deep});
        QVERIFY(!PartialMessage(deep).worthIt());
    }

    void markOmittedKeepsTheField()
    {
        QCOMPARE(PartialMessage::markOmitted("Content-Type: application/zip;\r\n name=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n", 10),
                 QByteArray("Content-Type: application/zip;\r\n name=a.zip;\r\n x-epistle-omitted=10\r\n"
                            "Content-Transfer-Encoding: base64\r\n\r\n"));
        QCOMPARE(PartialMessage::markOmitted("content-type: video/mp4\r\n\r\n", 5),
                 QByteArray("content-type: video/mp4;\r\n x-epistle-omitted=5\r\n\r\n"));
        QCOMPARE(PartialMessage::markOmitted("Content-Disposition: attachment\r\n\r\n", 7),
                 QByteArray("Content-Type: text/plain;\r\n x-epistle-omitted=7\r\nContent-Disposition: attachment\r\n\r\n"));
        // A Content-Type in the body is not the header's.
        QCOMPARE(PartialMessage::markOmitted("X-A: 1\r\n\r\nContent-Type: text/html\r\n", 3),
                 QByteArray("Content-Type: text/plain;\r\n x-epistle-omitted=3\r\nX-A: 1\r\n\r\nContent-Type: text/html\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestPartialMessage)
#include "tst_PartialMessage.moc"
