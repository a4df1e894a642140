#include "imap/Parser.h"
#include "imap/ResponseStream.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace epistle::imap;

namespace {

Response parseOk(const QByteArray &bytes, const Parser &parser = Parser())
{
    ParseResult result = parser.parseBytes(bytes);
    if (!result.ok)
        qWarning() << "parse failed:" << result.error.message;
    return result.ok ? std::move(result.response) : Response{Response::Type::Untagged, Response::Kind::Other, "FAILED", Status::None, {}, {}, {}, {}};
}

std::vector<RawResponse> frame(const QList<QByteArray> &chunks, QByteArray *fatal = nullptr)
{
    ResponseStream stream;
    std::vector<RawResponse> out;
    for (const QByteArray &chunk : chunks) {
        stream.feed(chunk);
        while (stream.hasResponse())
            out.push_back(stream.take());
    }
    if (fatal)
        *fatal = stream.fatalError();
    return out;
}

bool sameFrames(const std::vector<RawResponse> &a, const std::vector<RawResponse> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].literals.size() != b[i].literals.size())
            return false;
        for (size_t j = 0; j < a[i].literals.size(); ++j) {
            if (a[i].literals[j].offset != b[i].literals[j].offset || a[i].literals[j].data != b[i].literals[j].data)
                return false;
        }
    }
    return true;
}

// A conversation with every kind of response and literals in many positions.
const QByteArray kTranscript = QByteArrayLiteral(
    "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n"
    "* 3 EXISTS\r\n"
    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n"
    "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded \\*)] Flags permitted.\r\n"
    "* LIST (\\HasNoChildren \\Sent) \"/\" {5}\r\nSent!\r\n"
    "* 1 FETCH (UID 7 BODY[HEADER.FIELDS (SUBJECT)] {21}\r\nSubject: hi there\r\n\r\n FLAGS (\\Seen))\r\n"
    "* 2 FETCH (UID 8 ENVELOPE (NIL {4}\r\na\r\nb NIL NIL NIL NIL NIL NIL NIL NIL) BODY[]<0> {0}\r\n)\r\n"
    "* 3 FETCH (BINARY[1] ~{3}\r\n\x00\x01\x02 UID 9)\r\n"
    "+ \r\n"
    "+ VXNlcm5hbWU6\r\n"
    "a1 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n"
    "* 4 EXPUNGE\n" // a bare LF from a sloppy server
    "* VANISHED (EARLIER) 1:3,5\r\n"
    "a2 NO [TRYCREATE] Mailbox doesn't exist: Foo\r\n");

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dovecotGreeting()
    {
        const Response r = parseOk("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready.\r\n");
        QCOMPARE(r.type, Response::Type::Untagged);
        QCOMPARE(r.kind, Response::Kind::Condition);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.code.kind, ResponseCode::Kind::Capability);
        QCOMPARE(r.code.atoms, (QList<QByteArray>{"IMAP4REV1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "STARTTLS", "AUTH=PLAIN", "AUTH=LOGIN"}));
        QCOMPARE(r.text, QByteArray("Dovecot (Debian) ready."));
    }

    void dovecotInvalidReference()
    {
        const Response r = parseOk("a002 BAD Error in IMAP command LIST: Invalid reference\r\n");
        QCOMPARE(r.type, Response::Type::Tagged);
        QCOMPARE(r.tag, QByteArray("a002"));
        QCOMPARE(r.status, Status::Bad);
        QCOMPARE(r.code.kind, ResponseCode::Kind::None);
        QCOMPARE(r.text, QByteArray("Error in IMAP command LIST: Invalid reference"));
    }

    void responseCodes()
    {
        Response r = parseOk("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::UidValidity);
        QCOMPARE(r.code.number, quint64(3857529045));
        r = parseOk("* OK [UIDNEXT 4392] Predicted next UID\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::UidNext);
        QCOMPARE(r.code.number, quint64(4392));
        r = parseOk("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::HighestModSeq);
        QCOMPARE(r.code.number, quint64(715194045007));
        QCOMPARE(parseOk("* OK [NOMODSEQ] Sorry\r\n").code.kind, ResponseCode::Kind::NoModSeq);
        QCOMPARE(parseOk("a OK [READ-ONLY] Examine done\r\n").code.kind, ResponseCode::Kind::ReadOnly);
        QCOMPARE(parseOk("a OK [READ-WRITE] done\r\n").code.kind, ResponseCode::Kind::ReadWrite);
        QCOMPARE(parseOk("a NO [TRYCREATE] no\r\n").code.kind, ResponseCode::Kind::TryCreate);
        QCOMPARE(parseOk("* OK [CLOSED] Previous mailbox closed.\r\n").code.kind, ResponseCode::Kind::Closed);
        r = parseOk("* NO [ALERT] System shutdown in 10 minutes\r\n");
        QCOMPARE(r.status, Status::No);
        QCOMPARE(r.code.kind, ResponseCode::Kind::Alert);
        QCOMPARE(r.text, QByteArray("System shutdown in 10 minutes"));
        r = parseOk("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::AppendUid);
        QCOMPARE(r.code.number, quint64(38505));
        QCOMPARE(r.code.uids.toByteArray(), QByteArray("3955"));
        r = parseOk("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::CopyUid);
        QCOMPARE(r.code.uids.toByteArray(), QByteArray("304,319:320"));
        QCOMPARE(r.code.destinationUids.toByteArray(), QByteArray("3956:3958"));
        r = parseOk("a NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::AuthenticationFailed);
        QCOMPARE(parseOk("a NO [NONEXISTENT] Mailbox doesn't exist: X\r\n").code.kind, ResponseCode::Kind::Nonexistent);
        r = parseOk("a OK [MODIFIED 7,9] Conditional STORE failed\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::Modified);
        QCOMPARE(r.code.uids.toByteArray(), QByteArray("7,9"));
        r = parseOk("* OK [X-SOMETHING a b (c)] hello\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::Other);
        QCOMPARE(r.code.name, QByteArray("X-SOMETHING"));
        QCOMPARE(r.code.text, QByteArray("a b (c)"));
        QCOMPARE(r.text, QByteArray("hello"));
        // A malformed known code keeps the status readable and the code as text.
        r = parseOk("* OK [UIDNEXT abc] hmm\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::Other);
        QCOMPARE(r.code.name, QByteArray("UIDNEXT"));
        QCOMPARE(r.code.text, QByteArray("abc"));
        r = parseOk("* OK [COPYUID 1 1:3 5] mismatched\r\n");
        QCOMPARE(r.code.kind, ResponseCode::Kind::Other);
        QCOMPARE(parseOk("a1 OK\r\n").status, Status::Ok);
    }

    void conditions()
    {
        Response r = parseOk("* BYE Logging out\r\n");
        QCOMPARE(r.status, Status::Bye);
        r = parseOk("* PREAUTH [CAPABILITY IMAP4rev2] Welcome\r\n");
        QCOMPARE(r.status, Status::PreAuth);
        QCOMPARE(r.code.atoms, QList<QByteArray>{"IMAP4REV2"});
        r = parseOk("+ VXNlcm5hbWU6\r\n");
        QCOMPARE(r.type, Response::Type::Continuation);
        QCOMPARE(r.text, QByteArray("VXNlcm5hbWU6"));
        r = parseOk("+\r\n");
        QCOMPARE(r.type, Response::Type::Continuation);
        QVERIFY(r.text.isEmpty());
    }

    void fetchSummary()
    {
        const QByteArray line =
            "* 12 FETCH (UID 4827313 FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 "
            "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\" "
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\")) "
            "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
            "\"<B27397-0100000@cac.washington.edu>\") "
            "BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92) MODSEQ (624140003))\r\n";
        const Response r = parseOk(line);
        QCOMPARE(r.kind, Response::Kind::Fetch);
        const FetchData *f = r.get<FetchData>();
        QVERIFY(f);
        QCOMPARE(f->sequence, 12u);
        QCOMPARE(*f->uid, 4827313u);
        QCOMPARE(*f->flags, (QList<QByteArray>{"\\Seen", "$Forwarded"}));
        QCOMPARE(*f->internalDate, QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));
        QCOMPARE(f->internalDate->offsetFromUtc(), -7 * 3600);
        QCOMPARE(*f->size, quint64(4286));
        QCOMPARE(f->envelope->subject, QByteArray("IMAP4rev1 WG mtg summary and minutes"));
        QCOMPARE(f->envelope->from.size(), 1);
        QCOMPARE(f->envelope->from[0].name, QByteArray("Terry Gray"));
        QVERIFY(f->envelope->from[0].adl.isNull());
        QCOMPARE(f->envelope->cc.size(), 2);
        QCOMPARE(f->envelope->cc[1].mailbox, QByteArray("KLENSIN"));
        QVERIFY(f->envelope->bcc.isEmpty());
        QVERIFY(f->envelope->inReplyTo.isNull());
        QCOMPARE(f->envelope->messageId, QByteArray("<B27397-0100000@cac.washington.edu>"));
        QCOMPARE(f->bodyStructure->type, QByteArray("text"));
        QCOMPARE(f->bodyStructure->subtype, QByteArray("plain"));
        QCOMPARE(f->bodyStructure->parameters, (Parameters{{"CHARSET", "US-ASCII"}}));
        QCOMPARE(f->bodyStructure->size, quint64(3028));
        QCOMPARE(f->bodyStructure->lines, quint64(92));
        QCOMPARE(*f->modSeq, quint64(624140003));
    }

    void nestedBodyStructure()
    {
        const QByteArray line =
            "* 2 FETCH (UID 20 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 12 1 NIL NIL NIL NIL)"
            "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 341 (\"Tue, 1 Jan 2019 10:00:00 +0000\" \"Inner\" ((\"Bob\" NIL \"bob\" \"example.test\")) "
            "((\"Bob\" NIL \"bob\" \"example.test\")) ((\"Bob\" NIL \"bob\" \"example.test\")) ((NIL NIL \"alice\" \"example.test\")) NIL NIL NIL "
            "\"<inner@example.test>\") ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL)"
            "(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL \"base64\" 100 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL) "
            "\"mixed\" (\"boundary\" \"in\") NIL NIL NIL) 12 NIL (\"attachment\" (\"filename\" \"inner.eml\")) NIL NIL) "
            "\"mixed\" (\"boundary\" \"out\") NIL (\"en\" \"de\") \"http://x\" (1 \"ext\" (NIL))) "
            "EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n";
        const Response r = parseOk(line);
        const FetchData *f = r.get<FetchData>();
        QVERIFY(f);
        const BodyStructure &b = *f->bodyStructure;
        QVERIFY(b.isMultipart());
        QCOMPARE(b.subtype, QByteArray("mixed"));
        QCOMPARE(b.parameters, (Parameters{{"boundary", "out"}}));
        QCOMPARE(b.language, (QList<QByteArray>{"en", "de"}));
        QCOMPARE(b.location, QByteArray("http://x"));
        QCOMPARE(b.extensions.size(), 1);
        QCOMPARE(b.extensions[0].toImap(), QByteArray("(1 \"ext\" (NIL))"));
        QCOMPARE(b.parts.size(), size_t(2));
        QCOMPARE(b.parts[0].encoding, QByteArray("quoted-printable"));
        const BodyStructure &message = b.parts[1];
        QVERIFY(message.isMessage());
        QCOMPARE(message.envelope->subject, QByteArray("Inner"));
        QCOMPARE(message.lines, quint64(12));
        QCOMPARE(message.disposition, QByteArray("attachment"));
        QCOMPARE(message.dispositionParameters, (Parameters{{"filename", "inner.eml"}}));
        const BodyStructure *pdf = b.partAt("2.2");
        QVERIFY(pdf);
        QCOMPARE(pdf->subtype, QByteArray("pdf"));
        QCOMPARE(pdf->disposition, QByteArray("attachment"));
        QCOMPARE(b.partAt("2.1")->subtype, QByteArray("plain"));
        QVERIFY(!b.partAt("3"));
        QVERIFY(!b.partAt("2.5"));
        QCOMPARE(b.countParts(), 6);
        QCOMPARE(f->emailId, QByteArray("M6d99ac3275bb4e"));
        QCOMPARE(f->threadId, QByteArray("T64b478a75b7ea9"));
    }

    void rfc3501Multipart()
    {
        const Response r = parseOk(
            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" "
            "(\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))\r\n");
        const BodyStructure &b = *r.get<FetchData>()->bodyStructure;
        QCOMPARE(b.parts.size(), size_t(2));
        QCOMPARE(b.parts[1].description, QByteArray("Compiler diff"));
        QCOMPARE(b.parts[1].parameters.size(), 2);
        QCOMPARE(b.subtype, QByteArray("mixed"));
        // BODY (non-extensible form) is the same structure.
        const Response r2 = parseOk("* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1))\r\n");
        QCOMPARE(r2.get<FetchData>()->bodyStructure->lines, quint64(1));
    }

    void bodySections()
    {
        Response r = parseOk(QByteArrayLiteral("* 5 FETCH (UID 9 BODY[1.2]<100> {5}\r\nhello BINARY[2] ~{3}\r\n\x00\xff\x01 BODY[HEADER.FIELDS (SUBJECT FROM)] {4}\r\nab\r\n BODY[3] NIL RFC822.HEADER \"h\")\r\n"));
        const FetchData *f = r.get<FetchData>();
        QVERIFY(f);
        QCOMPARE(f->sections.size(), 5);
        QCOMPARE(f->sections[0].section, QByteArray("1.2"));
        QCOMPARE(*f->sections[0].origin, 100u);
        QCOMPARE(f->sections[0].data, QByteArray("hello"));
        QVERIFY(f->sections[1].binary);
        QCOMPARE(f->sections[1].data, QByteArray("\x00\xff\x01", 3));
        QCOMPARE(f->section("HEADER.FIELDS (SUBJECT FROM)")->data, QByteArray("ab\r\n"));
        QVERIFY(f->section("3")->nil);
        QCOMPARE(f->section("HEADER")->data, QByteArray("h"));
        r = parseOk("* 5 FETCH (BINARY.SIZE[1] 1234 X-GM-LABELS (\\Inbox \"a b\"))\r\n");
        QCOMPARE(r.get<FetchData>()->other.size(), 2);
        QCOMPARE(r.get<FetchData>()->other[0].first, QByteArray("BINARY.SIZE[1]"));
        QCOMPARE(r.get<FetchData>()->other[0].second.number, quint64(1234));
        QCOMPARE(r.get<FetchData>()->other[1].second.toImap(), QByteArray("(\\Inbox \"a b\")"));
    }

    void literalInEnvelopeAndEscapes()
    {
        const Response r = parseOk("* 1 FETCH (ENVELOPE (NIL {10}\r\nSay \"hi\"\r\n (({3}\r\nA\\B NIL \"a\\\"b\" \"c\\\\d\")) NIL NIL NIL NIL NIL NIL NIL))\r\n");
        const FetchData *f = r.get<FetchData>();
        QVERIFY(f);
        QCOMPARE(f->envelope->subject, QByteArray("Say \"hi\"\r\n"));
        QCOMPARE(f->envelope->from[0].name, QByteArray("A\\B"));
        QCOMPARE(f->envelope->from[0].mailbox, QByteArray("a\"b"));
        QCOMPARE(f->envelope->from[0].host, QByteArray("c\\d"));
    }

    void lists()
    {
        Response r = parseOk("* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\"\r\n");
        const ListData *l = r.get<ListData>();
        QVERIFY(l);
        QCOMPARE(l->name, QStringLiteral("Sent Items"));
        QCOMPARE(l->delimiter, QLatin1Char('/'));
        QCOMPARE(l->specialUse(), QByteArray("\\Sent"));
        QVERIFY(l->hasAttribute("\\hasnochildren"));
        r = parseOk("* LIST () \".\" Entw&APw-rfe/&A5UDuwO7A7cDvQO5A7oDrA-/&ZeVnLIqe-\r\n");
        QCOMPARE(r.get<ListData>()->name, QStringLiteral("Entw\u00fcrfe/\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u65e5\u672c\u8a9e"));
        Parser utf8;
        utf8.setUtf8Mailboxes(true);
        r = parseOk("* LIST () \"/\" \"Entw\xc3\xbc" "rfe\"\r\n", utf8);
        QCOMPARE(r.get<ListData>()->name, QStringLiteral("Entw\u00fcrfe"));
        r = parseOk("* LIST (\\Noselect) NIL \"\"\r\n");
        QVERIFY(r.get<ListData>()->delimiter.isNull());
        r = parseOk("* LIST (\\Subscribed \\NonExistent) \"/\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Bar\"))\r\n");
        QCOMPARE(r.get<ListData>()->extended.size(), 2);
        QCOMPARE(r.get<ListData>()->extended[0].first, QByteArray("CHILDINFO"));
        r = parseOk("* LSUB () \"/\" inbox\r\n");
        QVERIFY(r.get<ListData>()->lsub);
        QCOMPARE(r.get<ListData>()->name, QStringLiteral("INBOX"));
        r = parseOk("* LIST () \"/\" {6}\r\nA]b\"c{\r\n");
        QCOMPARE(r.get<ListData>()->rawName, QByteArray("A]b\"c{"));
    }

    void mailboxData()
    {
        Response r = parseOk("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 UNSEEN 3 HIGHESTMODSEQ 7011231777 SIZE 10 X-FOO 1)\r\n");
        const StatusData *s = r.get<StatusData>();
        QVERIFY(s);
        QCOMPARE(s->name, QStringLiteral("blurdybloop"));
        QCOMPARE(*s->messages, quint64(231));
        QCOMPARE(*s->uidNext, quint64(44292));
        QCOMPARE(*s->unseen, quint64(3));
        QCOMPARE(*s->highestModSeq, quint64(7011231777));
        QVERIFY(!s->recent);
        r = parseOk("* SEARCH 2 84 882\r\n");
        QCOMPARE(r.get<SearchData>()->ids, (QList<quint32>{2, 84, 882}));
        r = parseOk("* SEARCH\r\n");
        QVERIFY(r.get<SearchData>()->ids.isEmpty());
        r = parseOk("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n");
        QCOMPARE(*r.get<SearchData>()->modSeq, quint64(917162500));
        QCOMPARE(r.get<SearchData>()->ids.size(), 10);
        r = parseOk("* ESEARCH (TAG \"A282\") UID MIN 2 COUNT 3 ALL 2,10:11\r\n");
        const ESearchData *e = r.get<ESearchData>();
        QCOMPARE(e->tag, QByteArray("A282"));
        QVERIFY(e->uid);
        QCOMPARE(*e->min, 2u);
        QCOMPARE(*e->count, quint64(3));
        QCOMPARE(e->all.toByteArray(), QByteArray("2,10:11"));
        r = parseOk("* ESEARCH (TAG \"a1\") UID\r\n");
        QVERIFY(r.get<ESearchData>()->all.isEmpty());
        r = parseOk("* VANISHED (EARLIER) 300:310,405,411\r\n");
        QVERIFY(r.get<VanishedData>()->earlier);
        QCOMPARE(r.get<VanishedData>()->uids.count(), quint64(13));
        r = parseOk("* VANISHED 405\r\n");
        QVERIFY(!r.get<VanishedData>()->earlier);
        r = parseOk("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\" \"X-PARAM\" (\"FLAG1\"))(\"#public/\" \"/\"))\r\n");
        const NamespaceData *n = r.get<NamespaceData>();
        QCOMPARE(n->personal.size(), 1);
        QCOMPARE(n->personal[0].delimiter, QLatin1Char('/'));
        QCOMPARE(n->otherUsers[0].prefix, QStringLiteral("~"));
        QCOMPARE(n->shared.size(), 2);
        r = parseOk("* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\r\n");
        QCOMPARE(r.get<NamespaceData>()->personal[0].prefix, QStringLiteral("INBOX."));
        QVERIFY(r.get<NamespaceData>()->shared.isEmpty());
        r = parseOk("* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n");
        QCOMPARE(r.get<IdData>()->fields.size(), 2);
        QCOMPARE(r.get<IdData>()->fields[0].second, QByteArray("Dovecot"));
        QVERIFY(parseOk("* ID NIL\r\n").get<IdData>()->fields.isEmpty());
        r = parseOk("* ENABLED CONDSTORE QRESYNC\r\n");
        QCOMPARE(r.kind, Response::Kind::Enabled);
        QCOMPARE(r.get<AtomListData>()->atoms, (QList<QByteArray>{"CONDSTORE", "QRESYNC"}));
        r = parseOk("* QUOTAROOT INBOX \"User quota\"\r\n");
        QCOMPARE(r.get<QuotaRootData>()->roots, QList<QByteArray>{"User quota"});
        r = parseOk("* QUOTA \"User quota\" (STORAGE 10 512 MESSAGE 1 1000)\r\n");
        QCOMPARE(r.get<QuotaData>()->resources.size(), 2);
        QCOMPARE(r.get<QuotaData>()->resources[0].limit, quint64(512));
        r = parseOk("* CAPABILITY IMAP4rev1 IDLE\r\n");
        QCOMPARE(r.kind, Response::Kind::Capability);
        QCOMPARE(r.get<AtomListData>()->atoms.size(), 2);
        r = parseOk("* 23 EXISTS\r\n");
        QCOMPARE(r.kind, Response::Kind::Exists);
        QCOMPARE(r.get<NumberData>()->number, 23u);
        QCOMPARE(parseOk("* 3 RECENT\r\n").kind, Response::Kind::Recent);
        QCOMPARE(parseOk("* 44 EXPUNGE\r\n").kind, Response::Kind::Expunge);
        r = parseOk("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n");
        QCOMPARE(r.get<AtomListData>()->atoms.size(), 5);
        r = parseOk("* X-UNKNOWN 1 (a \"b\") NIL\r\n");
        QCOMPARE(r.kind, Response::Kind::Other);
        QCOMPARE(r.keyword, QByteArray("X-UNKNOWN"));
        QCOMPARE(r.get<OtherData>()->values.size(), 3);
    }

    void internalDates()
    {
        QCOMPARE(Parser::parseInternalDate(" 7-Feb-2024 23:59:59 +0100"), QDateTime(QDate(2024, 2, 7), QTime(22, 59, 59), Qt::UTC));
        QVERIFY(Parser::parseInternalDate("07-Feb-2024 23:59:59 +0100").isValid());
        QVERIFY(!Parser::parseInternalDate("31-Feb-2024 23:59:59 +0100").isValid());
        QVERIFY(!Parser::parseInternalDate("07-Foo-2024 23:59:59 +0100").isValid());
        QVERIFY(!Parser::parseInternalDate("07-Feb-2024 23:59:59").isValid());
        QVERIFY(!Parser::parseInternalDate("").isValid());
        QVERIFY(!Parser::parseInternalDate("07-Feb-2024 25:59:59 +0100").isValid());
    }

    // Every split of the transcript into two chunks, and byte by byte, frames the same responses.
    void splitAtEveryPosition()
    {
        const std::vector<RawResponse> whole = frame({kTranscript});
        QCOMPARE(whole.size(), size_t(14));
        Parser parser;
        for (const RawResponse &raw : whole) {
            const ParseResult result = parser.parse(raw);
            QVERIFY2(result.ok, result.error.message.constData());
        }
        for (qsizetype cut = 0; cut <= kTranscript.size(); ++cut) {
            const auto split = frame({kTranscript.left(cut), kTranscript.mid(cut)});
            QVERIFY2(sameFrames(whole, split), qPrintable(QStringLiteral("split at %1").arg(cut)));
        }
        for (qsizetype a = 1; a < kTranscript.size(); a += 7) {
            for (qsizetype b = a; b < kTranscript.size(); b += 13) {
                const auto split = frame({kTranscript.left(a), kTranscript.mid(a, b - a), kTranscript.mid(b)});
                QVERIFY(sameFrames(whole, split));
            }
        }
        QList<QByteArray> bytes;
        for (char c : kTranscript)
            bytes.append(QByteArray(1, c));
        QVERIFY(sameFrames(whole, frame(bytes)));
    }

    void splitsOfRecordedFetches()
    {
        QFile file(QString::fromLocal8Bit(qgetenv("EPISTLE_TEST_DATA")) + QStringLiteral("/imap/dovecot-fetch.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray data = file.readAll();
        const auto whole = frame({data});
        QVERIFY(whole.size() > 5);
        Parser parser;
        for (const RawResponse &raw : whole) {
            const ParseResult result = parser.parse(raw);
            QVERIFY2(result.ok, result.error.message.constData());
        }
        for (qsizetype cut = 0; cut <= data.size(); ++cut)
            QVERIFY(sameFrames(whole, frame({data.left(cut), data.mid(cut)})));
    }

    void recordedDovecotSession()
    {
        // A real conversation with Dovecot 2.3 (tests/data/imap/dovecot-session.txt).
        QFile file(QString::fromLocal8Bit(qgetenv("EPISTLE_TEST_DATA")) + QStringLiteral("/imap/dovecot-session.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto frames = frame({file.readAll()});
        QVERIFY(frames.size() > 100);
        Parser parser;
        int fetches = 0, bad = 0, lists = 0;
        for (const RawResponse &raw : frames) {
            const ParseResult result = parser.parse(raw);
            QVERIFY2(result.ok, result.error.message.constData());
            if (const FetchData *f = result.response.get<FetchData>(); f && f->envelope && f->bodyStructure)
                ++fetches;
            if (result.response.kind == Response::Kind::List)
                ++lists;
            if (result.response.status == Status::Bad) {
                ++bad;
                QCOMPARE(result.response.text.left(45), QByteArray("Error in IMAP command LIST: Invalid reference"));
            }
        }
        QCOMPARE(fetches, 60);
        QCOMPARE(bad, 1);
        QVERIFY(lists >= 8);
    }

    // The fuzzer's seed corpus and the inputs it once failed on, run through the same checks as
    // the fuzzer (tests/fuzz/imap) in every build, with or without libFuzzer.
    void fuzzCorpusAndRegressions()
    {
        const QString source = QString::fromLocal8Bit(qgetenv("EPISTLE_SOURCE_DIR"));
        QStringList files;
        for (const QString &folder : {source + QStringLiteral("/tests/fuzz/imap/corpus-parser"),
                                      QString::fromLocal8Bit(qgetenv("EPISTLE_TEST_DATA")) + QStringLiteral("/imap/fuzz-regressions")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files))
                files << dir.filePath(name);
        }
        QVERIFY(files.size() >= 20);
        ResponseStream::Limits limits;
        limits.maxLineLength = 256 * 1024;
        limits.maxLiteralSize = 256 * 1024;
        limits.maxResponseLiterals = 512 * 1024;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray input = file.readAll();
            if (input.isEmpty())
                continue;
            const int chunk = 1 + uchar(input[0]) % 17;
            const QByteArray data = input.mid(1);
            ResponseStream whole(limits), split(limits);
            whole.feed(data);
            for (qsizetype at = 0; at < data.size(); at += chunk)
                split.feed(data.mid(at, chunk));
            QCOMPARE(whole.hasFatalError(), split.hasFatalError());
            Parser parser;
            while (whole.hasResponse()) {
                QVERIFY2(split.hasResponse(), qPrintable(path));
                RawResponse a = whole.take();
                RawResponse b = split.take();
                QCOMPARE(a.text, b.text);
                const ParseResult result = parser.parse(std::move(a));
                QVERIFY(result.ok || !result.error.message.isEmpty());
            }
        }
    }

    void garbageIsAnErrorForThatResponse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty line") << QByteArray("\r\n");
        QTest::newRow("star only") << QByteArray("*\r\n");
        QTest::newRow("tag only") << QByteArray("a1\r\n");
        QTest::newRow("bad status") << QByteArray("a1 MAYBE fine\r\n");
        QTest::newRow("unclosed list") << QByteArray("* LIST (\\Noselect \"/\" foo\r\n");
        QTest::newRow("fetch garbage") << QByteArray("* 1 FETCH (UID abc)\r\n");
        QTest::newRow("fetch unclosed") << QByteArray("* 1 FETCH (UID 1\r\n");
        QTest::newRow("fetch trailing") << QByteArray("* 1 FETCH (UID 1) junk\r\n");
        QTest::newRow("huge number") << QByteArray("* 99999999999999999999999 EXISTS\r\n");
        QTest::newRow("uid overflow") << QByteArray("* 1 FETCH (UID 4294967296)\r\n");
        QTest::newRow("unterminated quote") << QByteArray("* LIST () \"/\" \"abc\r\n");
        QTest::newRow("literal mid line") << QByteArray("* 1 FETCH (BODY[] {3}abc)\r\n");
        QTest::newRow("literal size lie") << QByteArray("* 1 FETCH (BODY[] {3+}\r\nabc BODY[1] {9}abc)\r\n");
        QTest::newRow("bad envelope") << QByteArray("* 1 FETCH (ENVELOPE (NIL NIL))\r\n");
        QTest::newRow("bad body") << QByteArray("* 1 FETCH (BODYSTRUCTURE (\"text\"))\r\n");
        QTest::newRow("bad date") << QByteArray("* 1 FETCH (INTERNALDATE \"yesterday\")\r\n");
        QTest::newRow("bad vanished") << QByteArray("* VANISHED (LATER) 1\r\n");
        QTest::newRow("bad set") << QByteArray("* VANISHED 1,,2\r\n");
        QTest::newRow("bad delimiter") << QByteArray("* LIST () \"ab\" x\r\n");
        QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\xfe\r\n", 6);
        QTest::newRow("deep nesting") << QByteArray("* X ") + QByteArray(5000, '(') + QByteArray(5000, ')') + "\r\n";
        QTest::newRow("deep body") << QByteArray("* 1 FETCH (BODYSTRUCTURE ") + QByteArray(5000, '(') + "\r\n";
        QTest::newRow("unclosed code") << QByteArray("* OK [ALERT hello\r\n");
    }
    void garbageIsAnErrorForThatResponse()
    {
        QFETCH(QByteArray, bytes);
        const ParseResult result = Parser().parseBytes(bytes);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.message.isEmpty());
    }

    void errorKeepsTheTag()
    {
        const ParseResult result = Parser().parseBytes("a17 MAYBE\r\n");
        QVERIFY(!result.ok);
        QCOMPARE(result.error.tag, QByteArray("a17"));
        QVERIFY(Parser().parseBytes("* 1 FETCH (UID x)\r\n").error.tag.isEmpty());
    }

    void resynchronisesAfterGarbage()
    {
        const auto frames = frame({"* 1 FETCH (UID x)\r\n\x01garbage\r\n* 2 EXISTS\r\na1 OK done\r\n"});
        QCOMPARE(frames.size(), size_t(4));
        Parser parser;
        QVERIFY(!parser.parse(frames[0]).ok);
        QVERIFY(!parser.parse(frames[1]).ok);
        QCOMPARE(parser.parse(frames[2]).response.kind, Response::Kind::Exists);
        QCOMPARE(parser.parse(frames[3]).response.status, Status::Ok);
    }

    void hostileSizesAreBounded()
    {
        QByteArray fatal;
        auto frames = frame({"* 1 FETCH (BODY[] {99999999999}\r\nabc"}, &fatal);
        QVERIFY(frames.empty());
        QVERIFY(fatal.contains("literal too large"));
        frames = frame({"* 1 FETCH (BODY[] {99999999999999999999999999}\r\n"}, &fatal);
        QVERIFY(fatal.contains("literal too large"));

        ResponseStream::Limits limits;
        limits.maxLineLength = 1000;
        ResponseStream stream(limits);
        for (int i = 0; i < 100; ++i)
            stream.feed(QByteArray(100, 'a'));
        QVERIFY(stream.hasFatalError());
        QVERIFY(!stream.hasResponse());
        // Many literals on one response: the total is bounded too.
        limits = ResponseStream::Limits();
        limits.maxLiteralSize = 100;
        limits.maxResponseLiterals = 250;
        ResponseStream many(limits);
        many.feed("* X {100}\r\n" + QByteArray(100, 'x') + " {100}\r\n" + QByteArray(100, 'x') + " {100}\r\n");
        QVERIFY(many.hasFatalError());
    }

    void lineAtTheLimitIsTheSameInAnySplit()
    {
        // The fuzzer's split invariance demands it: a line of exactly the limit whose CR arrives
        // before its LF must not be refused when split and accepted when whole.
        ResponseStream::Limits limits;
        limits.maxLineLength = 10;
        ResponseStream whole(limits), split(limits);
        whole.feed("* 1 EXISTS\r\n");
        split.feed("* 1 EXISTS\r");
        QVERIFY(!split.hasFatalError());
        split.feed("\n");
        QVERIFY(whole.hasResponse() && split.hasResponse());
        ResponseStream tooLong(limits);
        tooLong.feed("* 123 EXISTS"); // 12 bytes without a line end
        QVERIFY(tooLong.hasFatalError());
    }

    void literalIsTakenWithoutExtraCopies()
    {
        // The literal handed out shares the bytes held by the stream's single copy.
        const QByteArray payload(1 << 20, 'x');
        ResponseStream stream;
        stream.feed("* 1 FETCH (BODY[] {" + QByteArray::number(payload.size()) + "}\r\n");
        for (qsizetype i = 0; i < payload.size(); i += 4096)
            stream.feed(payload.mid(i, 4096));
        stream.feed(")\r\n");
        QVERIFY(stream.hasResponse());
        RawResponse raw = stream.take();
        const char *literalBytes = raw.literals[0].data.constData();
        ParseResult result = Parser().parse(std::move(raw));
        QVERIFY(result.ok);
        const BodySection &section = result.response.get<FetchData>()->sections[0];
        QCOMPARE(section.data.size(), payload.size());
        QCOMPARE(section.data.constData(), literalBytes);
    }

    void disconnectMidLiteralIsVisible()
    {
        ResponseStream stream;
        stream.feed("* 1 FETCH (BODY[] {10}\r\nabc");
        QVERIFY(!stream.hasResponse());
        QVERIFY(stream.isInsideLiteral());
        QVERIFY(stream.isInsideResponse());
        stream.reset();
        QVERIFY(!stream.isInsideResponse());
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_Parser.moc"
