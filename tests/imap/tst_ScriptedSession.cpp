#include "ImapTestHelpers.h"
#include "support/ScriptedServer.h"
#include "support/TestCertificates.h"
#include "imap/Session.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace epistle;
using namespace epistle::imap;
using namespace epistle::imap::test;
using epistle::test::ScriptedServer;

namespace {

QString script(const QString &name)
{
    QFile file(QString::fromLocal8Bit(qgetenv("EPISTLE_TEST_DATA")) + QStringLiteral("/imap/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

Credentials alice()
{
    return Credentials{QStringLiteral("alice"), QStringLiteral("secret"), Credentials::Method::Automatic};
}

struct Conversation
{
    ScriptedServer server;
    Session session;

    // Starts the server with the conversation (after the common login unless withLogin is false).
    bool start(const QString &name, bool withLogin = true, ScriptedServer::Mode mode = ScriptedServer::Mode::Plain)
    {
        const QString text = (withLogin ? script(QStringLiteral("login.script")) + QLatin1Char('\n') : QString()) + script(name);
        return server.setScript(text) && server.start(mode);
    }
    net::Endpoint endpoint(net::Security security = net::Security::None) const
    {
        return net::Endpoint{security == net::Security::None ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost"), server.port(), security, false};
    }
    bool login()
    {
        return succeeds(session.connectToServer(endpoint(), alice()));
    }
    bool finish()
    {
        const bool ended = server.waitForScriptEnd(5000);
        if (!server.errors().isEmpty())
            qWarning() << server.errors();
        return ended && server.scriptCompleted();
    }
};

} // namespace

class TestScriptedSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginSequence()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("dovecot-invalid-reference.script")));
        QVERIFY(c.login());
        QCOMPARE(c.session.state(), Session::State::Authenticated);
        QVERIFY(c.session.capabilities().has("QRESYNC"));
        QVERIFY(c.session.isEnabled("CONDSTORE"));
        QVERIFY(c.session.isEnabled("QRESYNC"));
        QCOMPARE(c.session.quirks().product, ServerQuirks::Product::Dovecot);
        QCOMPARE(c.session.serverId().value(0).second, QByteArray("Dovecot"));

        // The Dovecot transcript: BAD for that command, and the session goes on.
        Error error;
        QVERIFY(!resultOf(c.session.list(), &error));
        QCOMPARE(error.kind, Error::Kind::Bad);
        QCOMPARE(error.serverText, QByteArray("Error in IMAP command LIST: Invalid reference"));
        QVERIFY(error.message.contains(QStringLiteral("Invalid reference")));
        QVERIFY(succeeds(c.session.noop()));
        QVERIFY(c.finish());
    }

    void pipelinedCommandsAndSplitReplies()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("pipelining.script")));
        QVERIFY(c.login());
        ListOptions options;
        options.statusItems = {"MESSAGES", "UNSEEN"};
        auto list = watch(c.session.list(options));
        auto status = watch(c.session.status(QStringLiteral("INBOX")));
        auto namespaces = watch(c.session.namespaces());
        const auto listed = list.get();
        const auto statusResult = status.get();
        const auto namespaceResult = namespaces.get();
        QVERIFY(listed && statusResult && namespaceResult);
        QCOMPARE(listed->mailboxes.size(), 3);
        QCOMPARE(listed->mailboxes[1].name, QStringLiteral("Sent"));
        QCOMPARE(listed->mailboxes[1].specialUse(), QByteArray("\\Sent"));
        QCOMPARE(listed->mailboxes[2].name, QStringLiteral("Entw\u00fcrfe"));
        QCOMPARE(listed->statuses.size(), 2);
        QCOMPARE(*statusResult->uidNext, quint64(3));
        QCOMPARE(*statusResult->highestModSeq, quint64(9));
        QCOMPARE(namespaceResult->personal.size(), 1);
        QVERIFY(c.finish());
    }

    void selectWithQresyncAndFetch()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("select-fetch.script")));
        QVERIFY(c.login());
        SelectOptions options;
        options.qresync = QresyncParameters{17, 5, UidSet::range(1, 4)};
        const auto state = resultOf(c.session.select(QStringLiteral("INBOX"), options));
        QVERIFY(state);
        QCOMPARE(state->exists, 3u);
        QCOMPARE(state->uidValidity, 17u);
        QCOMPARE(state->uidNext, 5u);
        QCOMPARE(state->highestModSeq, quint64(9));
        QVERIFY(!state->readOnly);
        QCOMPARE(state->vanished.toByteArray(), QByteArray("2"));
        QCOMPARE(state->changed.size(), 1);
        QCOMPARE(*state->changed[0].uid, 3u);
        QCOMPARE(state->permanentFlags.size(), 6);
        QCOMPARE(c.session.state(), Session::State::Selected);

        QSignalSpy changed(&c.session, &Session::messageChanged);
        FetchJob *fetch = c.session.fetchSummaries(UidSet::range(1, 4));
        QSignalSpy received(fetch, &FetchJob::received);
        const auto fetched = watch(fetch).get();
        QVERIFY(fetched);
        QCOMPARE(received.count(), 2);
        QCOMPARE(fetched->messages.size(), 2);
        QCOMPARE(fetched->messages[0].envelope->subject, QByteArray("Hello"));
        QCOMPARE(*fetched->messages[1].modSeq, quint64(9));
        QCOMPARE(changed.count(), 1); // the unsolicited FETCH without UID

        const auto section = resultOf(c.session.fetchSection(4, "1", PartialRange{0, 5}, true));
        QVERIFY(section);
        QVERIFY(section->binary);
        QCOMPARE(section->data, QByteArray("\x00" "ab\xff" "c", 5));
        QVERIFY(c.finish());
    }

    void synchronisingLiteral()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("append-sync-literal.script")));
        QVERIFY(c.login());
        const auto appended = resultOf(c.session.append(QStringLiteral("INBOX"), "Hello\r\nWorld", {"\\Seen"}));
        QVERIFY(appended);
        QCOMPARE(appended->uid, 42u);
        QCOMPARE(appended->uidValidity, 17u);
        auto refused = watch(c.session.append(QStringLiteral("Trash"), "abc"));
        auto noop = watch(c.session.noop());
        QVERIFY(refused.wait());
        QCOMPARE(refused.error().kind, Error::Kind::No);
        QVERIFY(refused.error().isMissingMailbox());
        QVERIFY(noop.get());
        QVERIFY(c.finish());
    }

    void byeFailsEveryPendingCommand()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("bye.script")));
        QVERIFY(c.login());
        QSignalSpy lost(&c.session, &Session::connectionLost);
        auto fetch = watch(c.session.fetch(UidSet::range(1, 0xffffffffu), "(UID FLAGS)"));
        auto noop = watch(c.session.noop());
        QVERIFY(fetch.wait());
        QVERIFY(noop.finished()); // at once, not after a timeout
        QCOMPARE(fetch.error().kind, Error::Kind::ConnectionLost);
        QCOMPARE(noop.error().kind, Error::Kind::ConnectionLost);
        QVERIFY(fetch.error().message.contains(QStringLiteral("Server shutting down.")));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(c.session.state(), Session::State::Disconnected);
        // Nothing more can be sent, and that is said clearly.
        QCOMPARE(errorOf(c.session.noop()).kind, Error::Kind::ConnectionLost);
        QVERIFY(c.finish());
    }

    void disconnectInsideLiteral()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("disconnect-mid-literal.script")));
        QVERIFY(c.login());
        QCOMPARE(errorOf(c.session.fetchSection(1, "")).kind, Error::Kind::ConnectionLost);
        QVERIFY(c.finish());
    }

    void wrongPassword()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("wrong-password.script"), false));
        const Error error = errorOf(c.session.connectToServer(c.endpoint(), alice()));
        QCOMPARE(error.kind, Error::Kind::No);
        QVERIFY(error.isAuthenticationFailure());
        QCOMPARE(error.serverText, QByteArray("Authentication failed."));
        QVERIFY(c.finish());
    }

    void startTlsRequiredButMissing()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("starttls-missing.script"), false));
        const Error error = errorOf(c.session.connectToServer(c.endpoint(net::Security::StartTls), alice()));
        QCOMPARE(error.kind, Error::Kind::Unsupported);
        QCOMPARE(error.connection.kind, net::ErrorKind::StartTlsUnavailable);
        QVERIFY(c.finish());
        QVERIFY(!c.server.receivedFromClient().contains("AUTHENTICATE"));
        QVERIFY(!c.server.receivedFromClient().contains("LOGIN"));
    }

    void startTlsThenSaslLogin()
    {
        const auto &certificates = epistle::test::TestCertificates::instance();
        if (!certificates.isValid())
            QSKIP(qPrintable(certificates.error()));
        Conversation c;
        QVERIFY(c.start(QStringLiteral("starttls.script"), false));
        net::TlsPolicy policy;
        policy.addCaCertificates({certificates.ca()});
        c.session.setTlsPolicy(policy);
        QVERIFY(succeeds(c.session.connectToServer(c.endpoint(net::Security::StartTls), alice())));
        QVERIFY(c.session.connection()->isEncrypted());
        QVERIFY(c.session.capabilities().has("IDLE"));
        QVERIFY(!c.session.capabilities().has("STARTTLS"));
        QVERIFY(c.finish());
    }

    void idleReportsEventsAndEndsForACommand()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("idle.script")));
        QVERIFY(c.login());
        QVERIFY(resultOf(c.session.select(QStringLiteral("INBOX"))));
        QSignalSpy exists(&c.session, &Session::exists);
        QSignalSpy expunged(&c.session, &Session::expunged);
        QSignalSpy changed(&c.session, &Session::messageChanged);
        auto idle = watch(c.session.idle());
        QVERIFY(QTest::qWaitFor([&] { return changed.count() == 1; }, 5000));
        QCOMPARE(exists.count(), 1);
        QCOMPARE(exists.at(0).at(0).toUInt(), 4u);
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(c.session.selectedMailbox().exists, 3u);
        QCOMPARE(c.session.selectedMailbox().highestModSeq, quint64(12));
        QVERIFY(c.session.isIdling());
        QVERIFY(!idle.finished());
        QVERIFY(succeeds(c.session.noop()));
        QVERIFY(idle.finished());
        QVERIFY(!idle.error().isError());
        QVERIFY(!c.session.isIdling());
        QVERIFY(c.finish());
    }

    void garbageIsReportedAndSkipped()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("garbage.script")));
        QVERIFY(c.login());
        QSignalSpy warnings(&c.session, &Session::protocolWarning);
        QVERIFY(succeeds(c.session.noop()));
        QCOMPARE(warnings.count(), 2);
        auto garbled = watch(c.session.noop());
        auto fine = watch(c.session.noop());
        QVERIFY(garbled.wait());
        QCOMPARE(garbled.error().kind, Error::Kind::Protocol);
        QVERIFY(fine.get());
        QVERIFY(c.finish());
    }

    void moveFallbackAndNonAsciiMailbox()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("move-fallback.script"), false));
        QVERIFY(c.login());
        const auto moved = resultOf(c.session.move(UidSet::range(5, 6), QStringLiteral("Entw\u00fcrfe/\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u65e5\u672c\u8a9e")));
        QVERIFY(moved);
        QCOMPARE(moved->uidValidity, 99u);
        QCOMPARE(moved->mapping().value(6), 11u);
        QVERIFY(c.finish());
    }

    void literalPlusAndMinus()
    {
        {
            Conversation c;
            QVERIFY(c.start(QStringLiteral("literal-plus.script"), false));
            QVERIFY(c.login());
            const auto appended = resultOf(c.session.append(QStringLiteral("INBOX"), "Hello\r\nWorld"));
            QVERIFY(appended);
            QCOMPARE(appended->uid, 1u);
            const auto found = resultOf(c.session.search("SUBJECT " + Session::quoteString("Gr\xc3\xbc\xc3\x9f" "e") + " FROM " + Session::quoteString("a\"b")));
            QVERIFY(found);
            QCOMPARE(found->uids.toByteArray(), QByteArray("4,9"));
            QVERIFY(c.finish());
        }
        Conversation c;
        QVERIFY(c.start(QStringLiteral("literal-minus.script"), false));
        QVERIFY(c.login());
        auto small = watch(c.session.append(QStringLiteral("INBOX"), "small"));
        auto large = watch(c.session.append(QStringLiteral("INBOX"), QByteArray(5000, 'x')));
        QVERIFY(small.get());
        QCOMPARE(large.get()->uid, 2u);
        QVERIFY(c.finish());
    }

    void loginCommandAndUtf8Names()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("utf8-login.script"), false));
        QVERIFY(succeeds(c.session.connectToServer(c.endpoint(), Credentials{QStringLiteral("alice"), QStringLiteral("p\"w\\rd"), Credentials::Method::Automatic})));
        QVERIFY(c.session.isUtf8());
        const QString name = QStringLiteral("Entw\u00fcrfe/\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac/\u65e5\u672c\u8a9e");
        QVERIFY(succeeds(c.session.create(name)));
        const auto listed = resultOf(c.session.list());
        QVERIFY(listed);
        QCOMPARE(listed->mailboxes.value(0).name, name);
        QVERIFY(c.finish());
    }

    void noopPollingWithoutIdle()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("poll.script"), false));
        SessionOptions options;
        options.pollIntervalMs = 1000;
        c.session.setOptions(options);
        QVERIFY(c.login());
        QVERIFY(resultOf(c.session.select(QStringLiteral("INBOX"))));
        QSignalSpy exists(&c.session, &Session::exists);
        auto idle = watch(c.session.idle());
        QVERIFY(QTest::qWaitFor([&] { return exists.count() == 1; }, 5000));
        QCOMPARE(exists.at(0).at(0).toUInt(), 2u);
        QVERIFY(!idle.finished());
        c.session.stopIdle();
        QVERIFY(idle.get());
        QVERIFY(c.finish());
    }

    void moveFallbackWithoutUidPlus()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("move-no-uidplus.script"), false));
        QVERIFY(c.login());
        const auto moved = resultOf(c.session.move(UidSet::single(7), QStringLiteral("Archive")));
        QVERIFY(moved);
        QCOMPARE(moved->uidValidity, 0u); // no UIDPLUS: the new UIDs are unknown
        QVERIFY(c.finish());
    }

    void silenceIsATimeout()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("timeout.script")));
        SessionOptions options;
        options.timeouts.readMs = 500;
        c.session.setOptions(options);
        QVERIFY(c.login());
        const Error error = errorOf(c.session.noop());
        QCOMPARE(error.kind, Error::Kind::Timeout);
        QCOMPARE(error.connection.kind, net::ErrorKind::ReadTimeout);
    }

    void hostileLiteralSize()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("hostile-literal.script")));
        QVERIFY(c.login());
        QSignalSpy lost(&c.session, &Session::connectionLost);
        const Error error = errorOf(c.session.noop(), 5000);
        QCOMPARE(error.kind, Error::Kind::Protocol);
        QVERIFY(error.message.contains(QStringLiteral("literal too large")));
        QCOMPARE(lost.count(), 1);
    }

    void unknownTagAndStrayContinuation()
    {
        Conversation c;
        QVERIFY(c.start(QStringLiteral("stray-continuation.script")));
        QVERIFY(c.login());
        QSignalSpy warnings(&c.session, &Session::protocolWarning);
        QVERIFY(succeeds(c.session.noop()));
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(errorOf(c.session.noop(), 5000).kind, Error::Kind::Protocol);
        QCOMPARE(c.session.state(), Session::State::Disconnected);
    }

    void commandsBeforeConnectingFail()
    {
        Session session;
        QCOMPARE(errorOf(session.noop()).kind, Error::Kind::ConnectionLost);
    }

    void quirksAreDetected()
    {
        ServerQuirks dovecot = ServerQuirks::detect("Dovecot (Debian) ready.", Capabilities({"IMAP4REV1"}));
        QCOMPARE(dovecot.product, ServerQuirks::Product::Dovecot);
        QVERIFY(dovecot.trustBodyStructure);
        ServerQuirks exchange = ServerQuirks::detect("The Microsoft Exchange IMAP4 service is ready.", Capabilities());
        QCOMPARE(exchange.product, ServerQuirks::Product::Exchange);
        QVERIFY(!exchange.trustBodyStructure);
        ServerQuirks gmail = ServerQuirks::detect("Gimap ready for requests", Capabilities({"X-GM-EXT-1"}));
        QCOMPARE(gmail.product, ServerQuirks::Product::Gmail);
        QVERIFY(gmail.trustBodyStructure);
        QCOMPARE(exchange.maxCommandLength, 4000);
        ServerQuirks byId = ServerQuirks::detect("ready", Capabilities(), {{"name", "Cyrus IMAPD"}});
        QCOMPARE(byId.product, ServerQuirks::Product::Cyrus);
        QVERIFY(ServerQuirks::detect("hello", Capabilities()).product == ServerQuirks::Product::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestScriptedSession)
#include "tst_ScriptedSession.moc"
