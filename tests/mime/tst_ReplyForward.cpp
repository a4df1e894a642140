// Reply, reply-all and forward: recipients, subjects, threading headers, quoting.

#include "mime/ForwardBuilder.h"
#include "mime/MessageBuilder.h"
#include "mime/MessageParser.h"
#include "mime/ReplyBuilder.h"
#include "mime/SubjectPrefix.h"

#include <QtTest>

using namespace epistle::mime;

namespace {

Message parse(const QByteArray &headers, const QByteArray &body = "Hello there.\nSecond line.\n")
{
    return MessageParser().parse(headers + "\n" + body);
}

QStringList emails(const AddressList &list)
{
    QStringList out;
    for (const Address &a : list)
        out << a.email;
    return out;
}

const QStringList me{QStringLiteral("me@example.test"), QStringLiteral("Me.Alias@Example.test")};
const Address identity{QStringLiteral("Me"), QStringLiteral("me@example.test"), {}};

} // namespace

class TestReplyForward : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjects_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("forward");
        QTest::newRow("plain") << "Lunch" << "Re: Lunch" << "Fwd: Lunch";
        QTest::newRow("re") << "Re: Lunch" << "Re: Lunch" << "Fwd: Re: Lunch";
        QTest::newRow("RE upper") << "RE: Lunch" << "Re: Lunch" << "Fwd: RE: Lunch";
        QTest::newRow("stacked") << "Re: Re: RE: Lunch" << "Re: Lunch" << "Fwd: Re: Re: RE: Lunch";
        QTest::newRow("german") << "Aw: Lunch" << "Re: Lunch" << "Fwd: Aw: Lunch";
        QTest::newRow("counter") << "Re[2]: Lunch" << "Re: Lunch" << "Fwd: Re[2]: Lunch";
        QTest::newRow("counter parens") << "Re(3): Lunch" << "Re: Lunch" << "Fwd: Re(3): Lunch";
        QTest::newRow("fw") << "Fw: Lunch" << "Re: Fw: Lunch" << "Fwd: Lunch";
        QTest::newRow("fwd") << "FWD: Lunch" << "Re: FWD: Lunch" << "Fwd: Lunch";
        QTest::newRow("wg") << "WG: Lunch" << "Re: WG: Lunch" << "Fwd: Lunch";
        QTest::newRow("swedish") << "SV: Lunch" << "Re: Lunch" << "Fwd: SV: Lunch";
        QTest::newRow("mixed") << "Re: Aw: Re[2]: Lunch" << "Re: Lunch" << "Fwd: Re: Aw: Re[2]: Lunch";
        QTest::newRow("no space") << "Re:Lunch" << "Re: Lunch" << "Fwd: Re:Lunch";
        QTest::newRow("word starting with re") << "Report" << "Re: Report" << "Fwd: Report";
        QTest::newRow("re without colon") << "Re Lunch" << "Re: Re Lunch" << "Fwd: Re Lunch";
        QTest::newRow("empty") << "" << "Re: " << "Fwd: ";
    }

    void subjects()
    {
        QFETCH(QString, subject);
        QFETCH(QString, reply);
        QFETCH(QString, forward);
        QCOMPARE(SubjectPrefix::reply(subject), reply);
        QCOMPARE(SubjectPrefix::forward(subject), forward);
    }

    void stripAll()
    {
        QCOMPARE(SubjectPrefix::strip(QStringLiteral("Re: Fwd: RE[2]: Aw: x")), QStringLiteral("x"));
    }

    void replyToSender()
    {
        const Message m = parse("From: Ann <ann@example.test>\nTo: me@example.test, bob@example.test\nCc: carol@example.test\n"
                                "Subject: Plan\nMessage-ID: <m1@example.test>\nDate: Mon, 02 Mar 2026 09:00:00 +0100\n");
        const OutgoingMessage r = ReplyBuilder::build(m, ReplyMode::Sender, identity, me);
        QCOMPARE(emails(r.to), QStringList{QStringLiteral("ann@example.test")});
        QVERIFY(r.cc.isEmpty());
        QCOMPARE(r.subject, QStringLiteral("Re: Plan"));
        QCOMPARE(r.inReplyTo, QStringList{QStringLiteral("m1@example.test")});
        QCOMPARE(r.references, QStringList{QStringLiteral("m1@example.test")});
        QCOMPARE(r.from, identity);
        QCOMPARE(r.plainText, QStringLiteral("\nOn 2026-03-02 09:00, Ann wrote:\n> Hello there.\n> Second line.\n"));
    }

    void replyHonoursReplyTo()
    {
        const Message m = parse("From: ann@example.test\nReply-To: Team <team@example.test>\nTo: me@example.test\nSubject: x\n");
        AddressList to, cc;
        ReplyBuilder::recipients(m, ReplyMode::Sender, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("team@example.test")});
        ReplyBuilder::recipients(m, ReplyMode::All, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("team@example.test")});
        QVERIFY(cc.isEmpty()); // only me in To, removed
    }

    void replyAllRemovesOwnAndDuplicates()
    {
        const Message m = parse("From: Ann <ann@example.test>\nTo: ME.ALIAS@example.test, Bob <bob@example.test>, ann@example.test\n"
                                "Cc: carol@example.test, me@example.test, bob@example.test, Team: dave@example.test;\nSubject: x\n");
        AddressList to, cc;
        ReplyBuilder::recipients(m, ReplyMode::All, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("ann@example.test")});
        QCOMPARE(emails(cc), (QStringList{QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test"),
                                          QStringLiteral("dave@example.test")}));
        QCOMPARE(cc.first().name, QStringLiteral("Bob"));
        QVERIFY(cc.last().group.isEmpty()); // groups are not carried into replies
    }

    void replyAllHonoursMailFollowupTo()
    {
        const Message m = parse("From: ann@example.test\nTo: list@lists.test\nCc: bob@example.test\n"
                                "Mail-Followup-To: list@lists.test, me@example.test\nSubject: x\n");
        AddressList to, cc;
        ReplyBuilder::recipients(m, ReplyMode::All, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("list@lists.test")});
        QVERIFY(cc.isEmpty());
        // A reply to the sender only ignores Mail-Followup-To.
        ReplyBuilder::recipients(m, ReplyMode::Sender, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("ann@example.test")});
    }

    void replyToOwnSentMessage()
    {
        const Message m = parse("From: Me <me@example.test>\nTo: ann@example.test\nCc: bob@example.test\nSubject: x\n");
        AddressList to, cc;
        ReplyBuilder::recipients(m, ReplyMode::Sender, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("ann@example.test")});
        ReplyBuilder::recipients(m, ReplyMode::All, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("ann@example.test")});
        QCOMPARE(emails(cc), QStringList{QStringLiteral("bob@example.test")});
    }

    void noteToSelf()
    {
        const Message m = parse("From: me@example.test\nTo: me@example.test\nSubject: note\n");
        AddressList to, cc;
        ReplyBuilder::recipients(m, ReplyMode::All, me, &to, &cc);
        QCOMPARE(emails(to), QStringList{QStringLiteral("me@example.test")});
    }

    void referencesChain()
    {
        QByteArray refs = "References:";
        for (int i = 0; i < 30; ++i)
            refs += " <r" + QByteArray::number(i) + "@x>";
        const Message m = parse("From: a@x\nMessage-ID: <self@x>\nIn-Reply-To: <r29@x>\n" + refs + "\nSubject: x\n");
        const QStringList r = ReplyBuilder::references(m);
        QCOMPARE(r.size(), 20);
        QCOMPARE(r.first(), QStringLiteral("r0@x"));
        QCOMPARE(r.last(), QStringLiteral("self@x"));
        QCOMPARE(r.at(r.size() - 2), QStringLiteral("r29@x"));
        const Message onlyInReplyTo = parse("From: a@x\nMessage-ID: <self@x>\nIn-Reply-To: <parent@x>\nSubject: x\n");
        QCOMPARE(ReplyBuilder::references(onlyInReplyTo), (QStringList{QStringLiteral("parent@x"), QStringLiteral("self@x")}));
    }

    void quoting()
    {
        QCOMPARE(ReplyBuilder::quote(QStringLiteral("a\n> b\n\nc\n\n\n")), QStringLiteral("> a\n>> b\n>\n> c\n"));
        const Message html = parse("From: Ann <ann@example.test>\nSubject: x\nContent-Type: text/html\n",
                                   "<p>Hello <b>there</b></p><blockquote>older</blockquote>");
        QCOMPARE(ReplyBuilder::originalText(html), QStringLiteral("Hello there\n\n> older\n"));
        const Message noDate = parse("From: ann@example.test\nSubject: x\n");
        QCOMPARE(ReplyBuilder::attribution(noDate), QStringLiteral("ann@example.test wrote:"));
    }

    void chooseIdentity()
    {
        const AddressList identities{{QStringLiteral("Work"), QStringLiteral("me@work.test"), {}},
                                     {QStringLiteral("Home"), QStringLiteral("me@home.test"), {}}};
        const Message toHome = parse("From: a@x\nTo: friend@x\nCc: ME@home.test\nSubject: x\n");
        QCOMPARE(ReplyBuilder::chooseIdentity(toHome, identities).email, QStringLiteral("me@home.test"));
        const Message delivered = parse("Delivered-To: me@home.test\nFrom: a@x\nTo: list@x\nSubject: x\n");
        QCOMPARE(ReplyBuilder::chooseIdentity(delivered, identities).email, QStringLiteral("me@home.test"));
        const Message unknown = parse("From: a@x\nTo: list@x\nSubject: x\n");
        QCOMPARE(ReplyBuilder::chooseIdentity(unknown, identities).email, QStringLiteral("me@work.test"));
    }

    void forwardInline()
    {
        const QByteArray source = "From: Ann <ann@example.test>\nTo: me@example.test\nSubject: Re: Report\n"
                                  "Date: Mon, 02 Mar 2026 09:00:00 +0100\nMIME-Version: 1.0\n"
                                  "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attached.\n"
                                  "--b\nContent-Type: application/pdf; name=r.pdf\nContent-Transfer-Encoding: base64\n\nJVBERg==\n--b--\n";
        const Message m = MessageParser().parse(source);
        const OutgoingMessage f = ForwardBuilder::build(m, source, ForwardMode::Inline, identity);
        QCOMPARE(f.subject, QStringLiteral("Fwd: Re: Report"));
        QVERIFY(f.to.isEmpty());
        QVERIFY(f.plainText.contains(QStringLiteral("-------- Forwarded Message --------\nSubject: Re: Report\n")));
        QVERIFY(f.plainText.contains(QStringLiteral("From: Ann <ann@example.test>\n")));
        QVERIFY(f.plainText.endsWith(QStringLiteral("See attached.")));
        QCOMPARE(f.attachments.size(), 1);
        QCOMPARE(f.attachments[0].fileName, QStringLiteral("r.pdf"));
        QCOMPARE(f.attachments[0].data, QByteArray("%PDF"));
        QCOMPARE(f.attachments[0].mimeType, QStringLiteral("application/pdf"));
    }

    void forwardAsAttachment()
    {
        const QByteArray source = "From: ann@example.test\nSubject: Fwd: Report\nMessage-ID: <orig@x>\n\nbody\n";
        const Message m = MessageParser().parse(source);
        const OutgoingMessage f = ForwardBuilder::build(m, source, ForwardMode::Attachment, identity);
        QCOMPARE(f.subject, QStringLiteral("Fwd: Report"));
        QCOMPARE(f.attachments.size(), 1);
        QCOMPARE(f.attachments[0].mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(f.attachments[0].fileName, QStringLiteral("Report.eml"));
        BuiltMessage built;
        QVERIFY(MessageBuilder().build(f, &built));
        const Message in = MessageParser().parse(built.data);
        QCOMPARE(int(in.attachments().size()), 1);
        QCOMPARE(in.attachments()[0]->message->messageId, QStringLiteral("orig@x"));
    }
};

QTEST_GUILESS_MAIN(TestReplyForward)
#include "tst_ReplyForward.moc"
