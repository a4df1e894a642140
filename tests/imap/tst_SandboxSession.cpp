// Every operation of the IMAP engine against the sandbox's real Dovecot (a fresh user per test).
#include "ImapTestHelpers.h"
#include "imap/Session.h"
#include "net/ProtocolLog.h"
#include "support/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace epistle;
using namespace epistle::imap;
using namespace epistle::imap::test;
using epistle::test::Sandbox;

namespace {

const QString kNonAscii = QStringLiteral("Entw\u00fcrfe/\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u65e5\u672c\u8a9e");

QByteArray message(const QByteArray &subject, const QByteArray &body = "Hello there.\r\n")
{
    return "From: Alice <alice@example.test>\r\n"
           "To: Bob <bob@example.test>\r\n"
           "Subject: " + subject + "\r\n"
           "Date: Mon, 23 Nov 2026 07:00:00 +0000\r\n"
           "Message-ID: <" + subject.toHex() + "@example.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
           "\r\n"
           "--b1\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n" + body +
           "--b1\r\n"
           "Content-Type: application/octet-stream; name=\"data.bin\"\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
           "\r\n"
           "AAECAwQFBgcICQ==\r\n"
           "--b1--\r\n";
}

struct Opened
{
    std::unique_ptr<Session> session;
    Error error;
};

Opened open(const Sandbox &sandbox, const Sandbox::User &user, net::Security security = net::Security::StartTls,
            const QString &password = QString(), SessionOptions options = SessionOptions())
{
    Opened opened;
    opened.session = std::make_unique<Session>();
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    opened.session->setTlsPolicy(policy);
    opened.session->setOptions(options);
    const quint16 port = sandbox.port(security == net::Security::ImplicitTls ? QStringLiteral("IMAPS_PORT") : QStringLiteral("IMAP_PORT"));
    const Credentials credentials{user.login, password.isNull() ? user.password : password, Credentials::Method::Automatic};
    opened.error = errorOf(opened.session->connectToServer(net::Endpoint{sandbox.host(), port, security, false}, credentials));
    if (opened.error.isError())
        qWarning() << "login failed:" << opened.error.message;
    return opened;
}

} // namespace

class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startTlsLoginWithExtensions()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        Session &s = *o.session;
        QCOMPARE(s.state(), Session::State::Authenticated);
        QVERIFY(s.connection()->isEncrypted());
        QVERIFY(s.connection()->isCompressed()); // COMPRESS=DEFLATE
        QVERIFY(s.capabilities().has("IDLE"));
        QVERIFY(s.isEnabled("CONDSTORE"));
        QVERIFY(s.isEnabled("QRESYNC"));
        QCOMPARE(s.quirks().product, ServerQuirks::Product::Dovecot);
        QVERIFY(!s.serverId().isEmpty());
        // Work over the compressed stream, then leave.
        QVERIFY(resultOf(s.namespaces()));
        QVERIFY(succeeds(s.noop()));
        QVERIFY(succeeds(s.logout()));
        QVERIFY(QTest::qWaitFor([&] { return s.state() == Session::State::Disconnected; }, 5000));
    }

    void implicitTlsWithoutCompression()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        SessionOptions options;
        options.compress = false;
        Opened o = open(sandbox, *user, net::Security::ImplicitTls, QString(), options);
        QVERIFY(!o.error.isError());
        QVERIFY(o.session->connection()->isEncrypted());
        QVERIFY(!o.session->connection()->isCompressed());
        QVERIFY(succeeds(o.session->noop()));
    }

    void everyLoginMethod_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("AUTHENTICATE PLAIN") << int(Credentials::Method::Plain);
        QTest::newRow("AUTHENTICATE LOGIN") << int(Credentials::Method::SaslLogin);
        QTest::newRow("LOGIN") << int(Credentials::Method::Login);
    }
    void everyLoginMethod()
    {
        QFETCH(int, method);
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Session session;
        net::TlsPolicy policy;
        policy.addCaCertificates(sandbox.caCertificates());
        session.setTlsPolicy(policy);
        net::ProtocolLog log;
        session.setProtocolLog(&log);
        const Credentials credentials{user->login, user->password, Credentials::Method(method)};
        QVERIFY(succeeds(session.connectToServer(net::Endpoint{sandbox.host(), sandbox.port(QStringLiteral("IMAPS_PORT")), net::Security::ImplicitTls, false}, credentials)));
        QCOMPARE(session.state(), Session::State::Authenticated);
        QVERIFY(succeeds(session.noop()));
        // The password never reaches the protocol log, in clear or in base64.
        const QString text = log.text();
        QVERIFY(!text.contains(user->password));
        QVERIFY(!text.contains(QString::fromLatin1(user->password.toUtf8().toBase64())));
        QVERIFY(!text.contains(QString::fromLatin1((QByteArray(1, '\0') + user->login.toUtf8() + QByteArray(1, '\0') + user->password.toUtf8()).toBase64())));
    }

    void wrongPasswordIsAClearError()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user, net::Security::StartTls, QStringLiteral("not-the-password"));
        QCOMPARE(o.error.kind, Error::Kind::No);
        QVERIFY(o.error.isAuthenticationFailure());
        QVERIFY(!o.error.serverText.isEmpty());
    }

    void mailboxesWithNonAsciiNames()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        Session &s = *o.session;

        QVERIFY(succeeds(s.create(kNonAscii)));
        QCOMPARE(errorOf(s.create(kNonAscii)).kind, Error::Kind::No); // exists already
        QVERIFY(succeeds(s.subscribe(kNonAscii)));
        ListOptions all;
        all.statusItems = {"MESSAGES", "UNSEEN"};
        const auto listed = resultOf(s.list(all));
        QVERIFY(listed);
        QStringList names;
        QByteArray sentUse;
        for (const ListData &mailbox : listed->mailboxes) {
            names << mailbox.name;
            if (mailbox.name == QLatin1String("Sent"))
                sentUse = mailbox.specialUse();
            if (mailbox.name == kNonAscii)
                QCOMPARE(mailbox.delimiter, QLatin1Char('/'));
        }
        QVERIFY2(names.contains(kNonAscii), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("Entw\u00fcrfe")));
        QVERIFY(names.contains(QStringLiteral("INBOX")));
        QCOMPARE(sentUse, QByteArray("\\Sent"));
        QVERIFY(!listed->statuses.isEmpty());

        ListOptions subscribed;
        subscribed.subscribedOnly = true;
        const auto subscribedList = resultOf(s.list(subscribed));
        QVERIFY(subscribedList);
        bool found = false;
        for (const ListData &mailbox : subscribedList->mailboxes)
            found = found || mailbox.name == kNonAscii;
        QVERIFY(found);

        ListOptions specialUse;
        specialUse.specialUseOnly = true;
        const auto special = resultOf(s.list(specialUse));
        QVERIFY(special);
        for (const ListData &mailbox : special->mailboxes)
            QVERIFY2(!mailbox.specialUse().isEmpty(), qPrintable(mailbox.name));

        const auto status = resultOf(s.status(kNonAscii));
        QVERIFY(status);
        QCOMPARE(*status->messages, quint64(0));
        QVERIFY(status->highestModSeq.has_value());

        const QString renamed = QStringLiteral("Entw\u00fcrfe/\u00c9t\u00e9 & Co");
        QVERIFY(succeeds(s.rename(kNonAscii, renamed)));
        QVERIFY(resultOf(s.status(renamed)));
        const Error missing = errorOf(s.status(kNonAscii));
        QCOMPARE(missing.kind, Error::Kind::No);
        QVERIFY2(missing.isMissingMailbox(), missing.code.name + " " + missing.serverText);
        QVERIFY(succeeds(s.unsubscribe(kNonAscii)));
        QVERIFY(succeeds(s.deleteMailbox(renamed)));
        QCOMPARE(errorOf(s.select(renamed)).kind, Error::Kind::No);

        const auto namespaces = resultOf(s.namespaces());
        QVERIFY(namespaces);
        QCOMPARE(namespaces->personal.size(), 1);
        QCOMPARE(namespaces->personal[0].delimiter, QLatin1Char('/'));
    }

    void appendSelectFetchStoreSearch()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        Session &s = *o.session;

        const QDateTime date(QDate(2026, 11, 20), QTime(10, 30, 0), Qt::OffsetFromUTC, 3600);
        const auto first = resultOf(s.append(QStringLiteral("INBOX"), message("First"), {"\\Seen"}, date));
        QVERIFY(first);
        QVERIFY(first->uid > 0);
        QVERIFY(first->uidValidity > 0);
        QVERIFY(resultOf(s.append(QStringLiteral("INBOX"), message("Zweite Gr\xc3\xbc\xc3\x9f" "e", "Gr\xc3\xbc\xc3\x9f" "e aus Berlin\r\n"))));
        QVERIFY(resultOf(s.append(QStringLiteral("INBOX"), message("Third"))));

        SelectOptions options;
        options.condstore = true;
        const auto state = resultOf(s.select(QStringLiteral("INBOX"), options));
        QVERIFY(state);
        QCOMPARE(state->exists, 3u);
        QCOMPARE(state->uidValidity, first->uidValidity);
        QVERIFY(state->highestModSeq > 0);
        QVERIFY(!state->readOnly);
        QVERIFY(state->permanentFlags.contains("\\*"));

        FetchJob *job = s.fetchSummaries(UidSet::range(1, state->uidNext - 1), 2);
        QSignalSpy received(job, &FetchJob::received);
        const auto fetched = watch(job).get();
        QVERIFY(fetched);
        QCOMPARE(fetched->messages.size(), 3);
        QCOMPARE(received.count(), 3);
        const FetchData *firstMessage = nullptr;
        for (const FetchData &m : fetched->messages) {
            if (m.uid == first->uid)
                firstMessage = &m;
        }
        QVERIFY(firstMessage);
        QCOMPARE(firstMessage->envelope->subject, QByteArray("First"));
        QCOMPARE(firstMessage->envelope->from.value(0).mailbox, QByteArray("alice"));
        QCOMPARE(*firstMessage->internalDate, date);
        QVERIFY(firstMessage->flags->contains("\\Seen"));
        QVERIFY(firstMessage->modSeq.has_value());
        QVERIFY(*firstMessage->size > 0);
        const BodyStructure &body = *firstMessage->bodyStructure;
        QVERIFY(body.isMultipart());
        QCOMPARE(body.parts.size(), size_t(2));
        QCOMPARE(body.parts[1].disposition, QByteArray("attachment"));

        // A part, decoded by the server (BINARY), and a partial range of the whole message.
        const auto part = resultOf(s.fetchSection(first->uid, "2", std::nullopt, true));
        QVERIFY(part);
        QVERIFY(part->binary);
        QCOMPARE(part->data, QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09", 10));
        const auto encoded = resultOf(s.fetchSection(first->uid, "2"));
        QVERIFY(encoded);
        QCOMPARE(encoded->data.trimmed(), QByteArray("AAECAwQFBgcICQ=="));
        const auto partial = resultOf(s.fetchSection(first->uid, "", PartialRange{6, 5}));
        QVERIFY(partial);
        QCOMPARE(partial->data, QByteArray("Alice"));
        QCOMPARE(*partial->origin, 6u);
        const auto header = resultOf(s.fetchSection(first->uid, "HEADER.FIELDS (SUBJECT)"));
        QVERIFY(header);
        QCOMPARE(header->data.trimmed(), QByteArray("Subject: First"));
        QCOMPARE(errorOf(s.fetchSection(99999, "1")).kind, Error::Kind::No);

        // STORE with UNCHANGEDSINCE: the current MODSEQ passes, an old one is refused.
        const auto stored = resultOf(s.store(UidSet::single(first->uid), FlagOperation::Add, {"\\Flagged"}, *firstMessage->modSeq));
        QVERIFY(stored);
        QVERIFY(stored->modified.isEmpty());
        QCOMPARE(stored->updated.size(), 1);
        QVERIFY(stored->updated[0].flags->contains("\\Flagged"));
        const auto conflicting = resultOf(s.store(UidSet::single(first->uid), FlagOperation::Remove, {"\\Seen"}, *firstMessage->modSeq));
        QVERIFY(conflicting);
        QCOMPARE(conflicting->modified.toByteArray(), QByteArray::number(first->uid));
        QVERIFY(resultOf(s.store(UidSet::single(first->uid), FlagOperation::Replace, {"\\Seen", "\\Flagged", "$Label1"})));

        const auto flagged = resultOf(s.search("FLAGGED"));
        QVERIFY(flagged);
        QCOMPARE(flagged->uids.toByteArray(), QByteArray::number(first->uid));
        const auto unicode = resultOf(s.search("BODY " + Session::quoteString("Gr\xc3\xbc\xc3\x9f" "e")));
        QVERIFY(unicode);
        QCOMPARE(unicode->uids.count(), quint64(1));
        const auto none = resultOf(s.search("SUBJECT nothing-like-this"));
        QVERIFY(none);
        QVERIFY(none->uids.isEmpty());
        QCOMPARE(errorOf(s.search("NOT-A-SEARCH-KEY")).kind, Error::Kind::Bad);

        SelectOptions examine;
        examine.readOnly = true;
        const auto examined = resultOf(s.select(QStringLiteral("INBOX"), examine));
        QVERIFY(examined);
        QVERIFY(examined->readOnly);
        QCOMPARE(examined->exists, 3u);
    }

    void copyMoveExpungeClose()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        Session &s = *o.session;
        for (int i = 0; i < 5; ++i)
            QVERIFY(resultOf(s.append(QStringLiteral("INBOX"), message("Message " + QByteArray::number(i)))));
        QVERIFY(succeeds(s.create(kNonAscii)));
        QVERIFY(resultOf(s.select(QStringLiteral("INBOX"))));

        const auto copied = resultOf(s.copy(UidSet::range(1, 2), kNonAscii));
        QVERIFY(copied);
        QVERIFY(copied->uidValidity > 0);
        QCOMPARE(copied->source.toByteArray(), QByteArray("1:2"));
        QCOMPARE(copied->mapping().size(), 2);

        QSignalSpy vanished(&s, &Session::vanished);
        const auto moved = resultOf(s.move(UidSet::range(3, 4), kNonAscii));
        QVERIFY(moved);
        QCOMPARE(moved->source.toByteArray(), QByteArray("3:4"));
        QCOMPARE(moved->destination.count(), quint64(2));
        QCOMPARE(moved->mapping().value(3), copied->destination.ranges().last().second + 1);
        QCOMPARE(s.selectedMailbox().exists, 3u);
        QCOMPARE(vanished.count(), 1); // QRESYNC is on: VANISHED, not EXPUNGE

        const auto target = resultOf(s.status(kNonAscii));
        QVERIFY(target);
        QCOMPARE(*target->messages, quint64(4));

        QVERIFY(resultOf(s.store(UidSet::single(5), FlagOperation::Add, {"\\Deleted"})));
        QVERIFY(succeeds(s.expunge(UidSet::single(5))));
        QCOMPARE(s.selectedMailbox().exists, 2u);

        QVERIFY(resultOf(s.store(UidSet::single(1), FlagOperation::Add, {"\\Deleted"})));
        QVERIFY(succeeds(s.closeMailbox(false))); // UNSELECT: the \Deleted message stays
        QCOMPARE(s.state(), Session::State::Authenticated);
        QCOMPARE(*resultOf(s.status(QStringLiteral("INBOX")))->messages, quint64(2));
        QVERIFY(resultOf(s.select(QStringLiteral("INBOX"))));
        QVERIFY(succeeds(s.closeMailbox(true))); // CLOSE expunges it
        QCOMPARE(*resultOf(s.status(QStringLiteral("INBOX")))->messages, quint64(1));
        QCOMPARE(errorOf(s.copy(UidSet::single(1), QStringLiteral("Nope"))).kind, Error::Kind::Bad); // nothing selected
    }

    void idleSeesAnAppendFromAnotherConnection()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened watcher = open(sandbox, *user);
        Opened writer = open(sandbox, *user, net::Security::ImplicitTls);
        QVERIFY(!watcher.error.isError() && !writer.error.isError());
        QVERIFY(resultOf(watcher.session->select(QStringLiteral("INBOX"))));
        QSignalSpy exists(watcher.session.get(), &Session::exists);
        auto idle = watch(watcher.session->idle());
        QTest::qWait(200); // let the IDLE reach the server
        QVERIFY(watcher.session->isIdling());
        QVERIFY(resultOf(writer.session->append(QStringLiteral("INBOX"), message("While idling"))));
        QVERIFY(QTest::qWaitFor([&] { return exists.count() > 0; }, 10000));
        QCOMPARE(exists.last().at(0).toUInt(), 1u);
        QVERIFY(!idle.finished());
        watcher.session->stopIdle();
        QVERIFY(idle.get());
        const auto fetched = watch(watcher.session->fetch(UidSet::single(1), "(UID ENVELOPE)")).get();
        QVERIFY(fetched);
        QCOMPARE(fetched->messages.value(0).envelope->subject, QByteArray("While idling"));
    }

    void idleIsReissuedOnTime()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        SessionOptions options;
        options.idleRefreshMs = 300; // stands for the 28 minutes
        Opened watcher = open(sandbox, *user, net::Security::StartTls, QString(), options);
        Opened writer = open(sandbox, *user);
        QVERIFY(!watcher.error.isError() && !writer.error.isError());
        QVERIFY(resultOf(watcher.session->select(QStringLiteral("INBOX"))));
        QSignalSpy exists(watcher.session.get(), &Session::exists);
        auto idle = watch(watcher.session->idle());
        QTest::qWait(1000); // several DONE / IDLE rounds
        QVERIFY(!idle.finished());
        QVERIFY(resultOf(writer.session->append(QStringLiteral("INBOX"), message("After refreshes"))));
        QVERIFY(QTest::qWaitFor([&] { return exists.count() > 0; }, 10000));
        watcher.session->stopIdle();
        QVERIFY(idle.get());
    }

    void qresyncReportsVanishedAfterAnotherConnectionExpunges()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened a = open(sandbox, *user);
        Opened b = open(sandbox, *user);
        QVERIFY(!a.error.isError() && !b.error.isError());
        for (int i = 0; i < 4; ++i)
            QVERIFY(resultOf(a.session->append(QStringLiteral("INBOX"), message("Q" + QByteArray::number(i)))));
        const auto before = resultOf(a.session->select(QStringLiteral("INBOX")));
        QVERIFY(before);
        QVERIFY(succeeds(a.session->closeMailbox(false)));

        // Another client expunges UID 2 and flags UID 3.
        QVERIFY(resultOf(b.session->select(QStringLiteral("INBOX"))));
        QVERIFY(resultOf(b.session->store(UidSet::single(2), FlagOperation::Add, {"\\Deleted"})));
        QVERIFY(succeeds(b.session->expunge(UidSet::single(2))));
        QVERIFY(resultOf(b.session->store(UidSet::single(3), FlagOperation::Add, {"\\Flagged"})));

        SelectOptions options;
        options.qresync = QresyncParameters{before->uidValidity, before->highestModSeq, UidSet::range(1, 4)};
        const auto after = resultOf(a.session->select(QStringLiteral("INBOX"), options));
        QVERIFY(after);
        QCOMPARE(after->vanished.toByteArray(), QByteArray("2"));
        QCOMPARE(after->changed.size(), 1);
        QCOMPARE(*after->changed[0].uid, 3u);
        QVERIFY(after->changed[0].flags->contains("\\Flagged"));

        // While selected: another expunge arrives as VANISHED.
        QSignalSpy vanished(a.session.get(), &Session::vanished);
        QVERIFY(resultOf(b.session->store(UidSet::single(4), FlagOperation::Add, {"\\Deleted"})));
        QVERIFY(succeeds(b.session->expunge(UidSet::single(4))));
        QVERIFY(succeeds(a.session->noop()));
        QVERIFY(QTest::qWaitFor([&] { return vanished.count() > 0; }, 5000));
        QCOMPARE(vanished.last().at(0).value<UidSet>().toByteArray(), QByteArray("4"));
        QCOMPARE(a.session->selectedMailbox().exists, 2u);

        // CHANGEDSINCE + VANISHED in a UID FETCH.
        FetchOptions changes;
        changes.changedSince = before->highestModSeq;
        changes.vanished = true;
        const auto delta = watch(a.session->fetch(UidSet::range(1, 4), "(UID FLAGS)", changes)).get();
        QVERIFY(delta);
        QCOMPARE(delta->vanished.toByteArray(), QByteArray("2,4"));
    }

    void quotaRoot()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        QVERIFY(resultOf(o.session->append(QStringLiteral("INBOX"), message("Quota"))));
        const auto quota = resultOf(o.session->quotaRoot(QStringLiteral("INBOX")));
        QVERIFY(quota);
        QVERIFY(!quota->roots.isEmpty());
        QVERIFY(!quota->quotas.isEmpty());
        bool storage = false;
        for (const QuotaResource &resource : quota->quotas[0].resources) {
            if (resource.name == "STORAGE") {
                storage = true;
                QVERIFY(resource.usage >= 1);
                QCOMPARE(resource.limit, quint64(1024 * 1024));
            }
        }
        QVERIFY(storage);
    }

    void manyPipelinedCommands()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("imap"));
        QVERIFY(user);
        Opened o = open(sandbox, *user);
        QVERIFY(!o.error.isError());
        std::vector<Pending<StatusData>> statuses;
        std::vector<Pending<AppendResult>> appends;
        for (int i = 0; i < 40; ++i) {
            appends.push_back(watch(o.session->append(QStringLiteral("INBOX"), message("P" + QByteArray::number(i)))));
            statuses.push_back(watch(o.session->status(QStringLiteral("INBOX"))));
        }
        QSet<quint32> uids;
        for (const auto &append : appends) {
            const auto result = append.get();
            QVERIFY(result);
            uids.insert(result->uid);
        }
        QCOMPARE(uids.size(), 40);
        for (const auto &status : statuses)
            QVERIFY(status.get());
        QCOMPARE(*statuses.back().get()->messages, quint64(40));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_SandboxSession.moc"
