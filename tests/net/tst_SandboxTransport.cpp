// The transport against the real servers of the loopback sandbox: Dovecot (IMAP, POP3) and
// Postfix (submission), over implicit TLS and STARTTLS, with certificates verified for real.

#include "net/Connection.h"
#include "net/ProtocolLog.h"
#include "net/ServerProbe.h"
#include "support/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace epistle::net;
using epistle::test::Sandbox;

Q_DECLARE_METATYPE(epistle::net::ServerProbe::Protocol)
Q_DECLARE_METATYPE(epistle::net::Security)

namespace {

ServerProbe::Result probe(const Sandbox &sandbox, ServerProbe::Protocol protocol, const QString &portKey,
                          Security security, const TlsPolicy *policyOverride = nullptr)
{
    ServerProbe probe;
    TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    probe.connection().setTlsPolicy(policyOverride ? *policyOverride : policy);
    probe.connection().setTimeouts({10000, 10000, 0});
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start(protocol, Endpoint{sandbox.host(), sandbox.port(portKey), security, false});
    if (!finished.wait(20000))
        return ServerProbe::Result();
    return probe.result();
}

} // namespace

class TestSandboxTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetings_data()
    {
        QTest::addColumn<ServerProbe::Protocol>("protocol");
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<Security>("security");
        QTest::addColumn<QString>("greetingStart");
        QTest::addColumn<QString>("capability");
        QTest::newRow("imap implicit tls") << ServerProbe::Protocol::Imap << QStringLiteral("IMAPS_PORT")
                                           << Security::ImplicitTls << QStringLiteral("* OK") << QStringLiteral("IMAP4rev1");
        QTest::newRow("imap starttls") << ServerProbe::Protocol::Imap << QStringLiteral("IMAP_PORT") << Security::StartTls
                                       << QStringLiteral("* OK") << QStringLiteral("AUTH=PLAIN");
        QTest::newRow("pop3 implicit tls") << ServerProbe::Protocol::Pop3 << QStringLiteral("POP3S_PORT")
                                           << Security::ImplicitTls << QStringLiteral("+OK") << QStringLiteral("UIDL");
        QTest::newRow("pop3 stls") << ServerProbe::Protocol::Pop3 << QStringLiteral("POP3_PORT") << Security::StartTls
                                   << QStringLiteral("+OK") << QStringLiteral("UIDL");
        QTest::newRow("smtp implicit tls") << ServerProbe::Protocol::Smtp << QStringLiteral("SUBMISSIONS_PORT")
                                           << Security::ImplicitTls << QStringLiteral("220") << QStringLiteral("PIPELINING");
        QTest::newRow("smtp starttls") << ServerProbe::Protocol::Smtp << QStringLiteral("SUBMISSION_PORT")
                                       << Security::StartTls << QStringLiteral("220") << QStringLiteral("PIPELINING");
    }

    void greetings()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QFETCH(ServerProbe::Protocol, protocol);
        QFETCH(QString, portKey);
        QFETCH(Security, security);
        QFETCH(QString, greetingStart);
        QFETCH(QString, capability);
        const ServerProbe::Result result = probe(sandbox, protocol, portKey, security);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QVERIFY(result.encrypted);
        QVERIFY2(result.greeting.startsWith(greetingStart.toLatin1()), result.greeting.constData());
        QVERIFY2(result.capabilities.contains(capability), qPrintable(result.capabilities.join(QLatin1Char(' '))));
        QVERIFY(!result.certificate.isNull());
    }

    void untrustedServersAreRefused_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::newRow("wrong host") << QStringLiteral("WRONG_HOST_PORT");
        QTest::newRow("expired") << QStringLiteral("EXPIRED_PORT");
    }

    void untrustedServersAreRefused()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QFETCH(QString, portKey);
        const ServerProbe::Result result = probe(sandbox, ServerProbe::Protocol::Imap, portKey, Security::ImplicitTls);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, ErrorKind::CertificateRejected);
        QVERIFY(result.error.certificate.has_value());
        QCOMPARE(result.error.certificate->sha256Fingerprint.size(), 95);
        QVERIFY(!result.error.certificate->errors.isEmpty());
    }

    void pinnedCertificateIsAccepted()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        // First refused, then the user approves exactly that certificate for the account.
        const ServerProbe::Result refused = probe(sandbox, ServerProbe::Protocol::Imap, QStringLiteral("WRONG_HOST_PORT"),
                                                  Security::ImplicitTls);
        QVERIFY(refused.error.certificate.has_value());
        TlsPolicy policy;
        policy.addCaCertificates(sandbox.caCertificates());
        policy.pinFingerprint(refused.error.certificate->sha256Fingerprint);
        // Whatever listens there answers TLS; it need not speak IMAP, so only the handshake is checked.
        Connection connection;
        connection.setTlsPolicy(policy);
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(Endpoint{sandbox.host(), sandbox.port(QStringLiteral("WRONG_HOST_PORT")),
                                            Security::ImplicitTls, false});
        QVERIFY2(connected.wait(10000), failed.isEmpty() ? "timeout"
                                                         : qPrintable(failed.first().first().value<ConnectionError>().message));
        QVERIFY(connection.isEncrypted());
        QCOMPARE(TlsPolicy::fingerprint(connection.peerCertificate()), refused.error.certificate->sha256Fingerprint);
    }

    void protocolLogHasNoPassword()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const Sandbox::User user = sandbox.user(1);
        QVERIFY(!user.password.isEmpty());
        TlsPolicy policy;
        policy.addCaCertificates(sandbox.caCertificates());
        ProtocolLog log;
        Connection connection;
        connection.setTlsPolicy(policy);
        connection.setProtocolLog(&log);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToServer(Endpoint{sandbox.host(), sandbox.port(QStringLiteral("IMAPS_PORT")), Security::ImplicitTls, false});
        QVERIFY(connected.wait(10000));
        QList<QByteArray> lines;
        connect(&connection, &Connection::readyRead, this, [&] {
            while (auto line = connection.readLine())
                lines << *line;
        });
        // Once through the engine path (writeSensitive) and once as a careless plain write().
        connection.writeSensitive("a1 LOGIN \"" + user.login.toUtf8() + "\" \"" + user.password.toUtf8() + "\"\r\n",
                                  "a1 LOGIN \"" + user.login.toUtf8() + "\" ****\r\n");
        connection.write("a2 LOGIN \"" + user.login.toUtf8() + "\" \"" + user.password.toUtf8() + "\"\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("a2 "); }), 10000);
        QVERIFY2(std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.startsWith("a1 OK"); }),
                 qPrintable(log.text()));
        QVERIFY(!log.text().contains(user.password));
        QVERIFY(log.text().contains(QLatin1String("C: a1 LOGIN ****")));
        QVERIFY(log.text().contains(QLatin1String("C: a2 LOGIN ****")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_SandboxTransport.moc"
