#include "net/ServerProbe.h"
#include "support/ScriptedServer.h"
#include "support/TestCertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace epistle::net;
using epistle::test::ScriptedServer;
using epistle::test::TestCertificates;

Q_DECLARE_METATYPE(epistle::net::ServerProbe::Protocol)

namespace {

ServerProbe::Result probe(ScriptedServer &server, ServerProbe::Protocol protocol, Security security)
{
    ServerProbe probe;
    TlsPolicy policy;
    policy.addCaCertificates({TestCertificates::instance().ca()});
    probe.connection().setTlsPolicy(policy);
    probe.connection().setTimeouts({5000, 5000, 0});
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start(protocol, Endpoint{QStringLiteral("localhost"), server.port(), security, false});
    if (!finished.wait(10000))
        return ServerProbe::Result();
    return probe.result();
}

} // namespace

class TestServerProbeScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startTlsMissingIsRefused_data()
    {
        QTest::addColumn<ServerProbe::Protocol>("protocol");
        QTest::addColumn<QString>("script");
        QTest::newRow("imap") << ServerProbe::Protocol::Imap
                              << QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nC: P1 CAPABILITY\n"
                                                "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN-REFERRALS\nS: P1 OK done\nSILENT\n");
        QTest::newRow("pop3") << ServerProbe::Protocol::Pop3
                              << QStringLiteral("S: +OK POP3 ready\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\nSILENT\n");
        QTest::newRow("smtp") << ServerProbe::Protocol::Smtp
                              << QStringLiteral("S: 220 mail.example.test ESMTP\nC~: EHLO .+\n"
                                                "S: 250-mail.example.test\nS: 250-PIPELINING\nS: 250-SIZE 10240000\n"
                                                "S: 250-AUTH PLAIN LOGIN\nS: 250 8BITMIME\nSILENT\n");
    }

    void startTlsMissingIsRefused()
    {
        QFETCH(ServerProbe::Protocol, protocol);
        QFETCH(QString, script);
        ScriptedServer server;
        QVERIFY(server.setScript(script));
        QVERIFY(server.start());
        const ServerProbe::Result result = probe(server, protocol, Security::StartTls);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ErrorKind::StartTlsUnavailable);
        QVERIFY(!result.encrypted);
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QTest::qWait(50);
        // Nothing was attempted in the clear beyond asking for capabilities.
        QVERIFY(!server.receivedFromClient().contains("STARTTLS"));
        QVERIFY(!server.receivedFromClient().contains("STLS"));
        QVERIFY(!server.receivedFromClient().contains("AUTH"));
    }

    void startTlsRefusedByServer()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK ready\nC: P1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS\n"
                                                "S: P1 OK\nC: P2 STARTTLS\nS: P2 NO [UNAVAILABLE] TLS is broken today\nSILENT\n")));
        QVERIFY(server.start());
        const ServerProbe::Result result = probe(server, ServerProbe::Protocol::Imap, Security::StartTls);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ErrorKind::StartTlsUnavailable);
        QVERIFY(result.error.message.contains(QLatin1String("TLS is broken today")));
    }

    void startTlsThenCapabilitiesAgain_data()
    {
        QTest::addColumn<ServerProbe::Protocol>("protocol");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expectedCapability");
        QTest::newRow("imap") << ServerProbe::Protocol::Imap
                              << QStringLiteral("S: * OK ready\nC: P1 CAPABILITY\nS: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\n"
                                                "S: P1 OK\nC: P2 STARTTLS\nS: P2 OK go\nSTARTTLS\nC: P1 CAPABILITY\n"
                                                "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\nS: P1 OK\nSILENT\n")
                              << QStringLiteral("IDLE");
        QTest::newRow("pop3") << ServerProbe::Protocol::Pop3
                              << QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK list follows\nS: STLS\nS: .\nC: STLS\n"
                                                "S: +OK begin\nSTARTTLS\nC: CAPA\nS: +OK\nS: SASL PLAIN\nS: UIDL\nS: .\nSILENT\n")
                              << QStringLiteral("SASL PLAIN");
        QTest::newRow("smtp") << ServerProbe::Protocol::Smtp
                              << QStringLiteral("S: 220-mail.example.test ESMTP\nS: 220 multi-line greeting\nC~: EHLO .+\n"
                                                "S: 250-mail.example.test\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 2.0.0 Ready\nSTARTTLS\n"
                                                "C~: EHLO .+\nS: 250-mail.example.test\nS: 250-AUTH PLAIN LOGIN\nS: 250 SIZE 100\nSILENT\n")
                              << QStringLiteral("AUTH PLAIN LOGIN");
    }

    void startTlsThenCapabilitiesAgain()
    {
        QFETCH(ServerProbe::Protocol, protocol);
        QFETCH(QString, script);
        QFETCH(QString, expectedCapability);
        ScriptedServer server;
        QVERIFY(server.setScript(script));
        QVERIFY(server.start());
        const ServerProbe::Result result = probe(server, protocol, Security::StartTls);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QVERIFY(result.encrypted);
        QVERIFY2(result.capabilities.contains(expectedCapability), qPrintable(result.capabilities.join(QLatin1Char('|'))));
        QVERIFY(!result.capabilities.contains(QStringLiteral("STARTTLS")));
        QVERIFY(!result.certificate.isNull());
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    }

    void foreignGreetingIsAProtocolError()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: SSH-2.0-OpenSSH_9.2\nSILENT\n")));
        QVERIFY(server.start());
        const ServerProbe::Result result = probe(server, ServerProbe::Protocol::Imap, Security::None);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ErrorKind::Protocol);
        QVERIFY(result.error.message.contains(QLatin1String("SSH-2.0")));
    }

    void endlessLineIsStopped()
    {
        ScriptedServer server;
        QString script = QStringLiteral("S-RAW: * OK ");
        script += QString(2 * 1024 * 1024, QLatin1Char('A'));
        script += QStringLiteral("\nSILENT\n");
        QVERIFY(server.setScript(script));
        QVERIFY(server.start());
        const ServerProbe::Result result = probe(server, ServerProbe::Protocol::Imap, Security::None);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ErrorKind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestServerProbeScripted)
#include "tst_ServerProbeScripted.moc"
