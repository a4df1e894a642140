#include "net/Connection.h"
#include "net/ProtocolLog.h"
#include "support/ScriptedServer.h"
#include "support/TestCertificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace epistle::net;
using epistle::test::ScriptedServer;
using epistle::test::TestCertificates;

namespace {

Endpoint local(quint16 port, Security security)
{
    return Endpoint{QStringLiteral("localhost"), port, security, false};
}

TlsPolicy trustingTestCa()
{
    TlsPolicy policy;
    policy.addCaCertificates({TestCertificates::instance().ca()});
    return policy;
}

// Reads lines until one arrives or the connection fails.
std::optional<QByteArray> waitForLine(Connection &connection, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (auto line = connection.readLine())
            return line;
        QTest::qWait(5);
    }
    return std::nullopt;
}

ConnectionError failure(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ConnectionError{} : spy.first().first().value<ConnectionError>();
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
    }

    void plainGreetingOnLoopback()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK hello\nC: a1 LOGOUT\nS: * BYE\nEXPECT-CLOSE\n")));
        QVERIFY(server.start());
        Connection connection;
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        QVERIFY(!connection.isEncrypted());
        QVERIFY(connection.isLoopback());
        QVERIFY(connection.credentialsAllowed()); // loopback
        QCOMPARE(*waitForLine(connection), QByteArray("* OK hello"));
        connection.write("a1 LOGOUT\r\n");
        QCOMPARE(*waitForLine(connection), QByteArray("* BYE"));
        QSignalSpy disconnected(&connection, &Connection::disconnected);
        connection.disconnectFromServer();
        QVERIFY(disconnected.count() == 1 || disconnected.wait());
        QVERIFY2(server.waitForScriptEnd(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    }

    void implicitTlsIsVerified()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: +OK secure greeting\nSILENT\n")));
        QVERIFY(server.start(ScriptedServer::Mode::ImplicitTls));
        Connection connection;
        connection.setTlsPolicy(trustingTestCa());
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::ImplicitTls));
        QVERIFY2(connected.wait(), qPrintable(failure(failed).message));
        QVERIFY(connection.isEncrypted());
        QVERIFY(connection.sslProtocolName().startsWith(QLatin1String("TLS")));
        QCOMPARE(*waitForLine(connection), QByteArray("+OK secure greeting"));
    }

    void untrustedCertificateIsRejectedWithDetails()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: +OK never read\nSILENT\n")));
        QVERIFY(server.start(ScriptedServer::Mode::ImplicitTls));
        Connection connection; // the test CA is not trusted
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::ImplicitTls));
        QVERIFY(failed.wait());
        QCOMPARE(connected.count(), 0);
        const ConnectionError error = failure(failed);
        QCOMPARE(error.kind, ErrorKind::CertificateRejected);
        QVERIFY(error.certificate.has_value());
        QCOMPARE(error.certificate->sha256Fingerprint, TlsPolicy::fingerprint(TestCertificates::instance().serverCertificate()));
        QCOMPARE(error.certificate->subject, QStringLiteral("CN=localhost"));
        QVERIFY(!error.certificate->errors.isEmpty());
        QVERIFY(!connection.isConnected());
    }

    void pinnedCertificateIsAccepted()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK pinned\nSILENT\n")));
        QVERIFY(server.start(ScriptedServer::Mode::ImplicitTls));
        TlsPolicy policy; // no CA: only the pin makes it acceptable
        policy.pin(TestCertificates::instance().serverCertificate());
        Connection connection;
        connection.setTlsPolicy(policy);
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::ImplicitTls));
        QVERIFY2(connected.wait(), qPrintable(failure(failed).message));
        QCOMPARE(*waitForLine(connection), QByteArray("* OK pinned"));
    }

    void pinOfAnotherCertificateDoesNotHelp()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK\nSILENT\n")));
        QVERIFY(server.start(ScriptedServer::Mode::ImplicitTls));
        TlsPolicy policy;
        policy.pin(TestCertificates::instance().ca());
        Connection connection;
        connection.setTlsPolicy(policy);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::ImplicitTls));
        QVERIFY(failed.wait());
        QCOMPARE(failure(failed).kind, ErrorKind::CertificateRejected);
    }

    void separatelyResolvedAddressIsVerifiedAgainstTheName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("name in certificate") << QStringLiteral("imap.example.test") << true;
        QTest::newRow("name not in certificate") << QStringLiteral("imap.example.org") << false;
    }

    void separatelyResolvedAddressIsVerifiedAgainstTheName()
    {
        QFETCH(QString, host);
        QFETCH(bool, accepted);
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK\nSILENT\n")));
        QVERIFY(server.start(ScriptedServer::Mode::ImplicitTls));
        Connection connection;
        connection.setTlsPolicy(trustingTestCa());
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        Endpoint endpoint{host, server.port(), Security::ImplicitTls, false};
        endpoint.address = QStringLiteral("127.0.0.1");
        connection.connectToServer(endpoint);
        QTRY_VERIFY(connected.count() + failed.count() > 0);
        QCOMPARE(connected.count() == 1, accepted);
        if (!accepted)
            QCOMPARE(failure(failed).kind, ErrorKind::CertificateRejected);
    }

    void startTlsUpgradesTheConnection()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK plain\nC: a STARTTLS\nS: a OK begin\nSTARTTLS\n"
                                                "C: b NOOP\nS: b OK secure now\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTlsPolicy(trustingTestCa());
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy encrypted(&connection, &Connection::encrypted);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::StartTls));
        QVERIFY(connected.wait());
        QCOMPARE(*waitForLine(connection), QByteArray("* OK plain"));
        connection.write("a STARTTLS\r\n");
        QCOMPARE(*waitForLine(connection), QByteArray("a OK begin"));
        connection.startTls();
        QVERIFY2(encrypted.wait(), qPrintable(failure(failed).message));
        QVERIFY(connection.isEncrypted());
        connection.write("b NOOP\r\n");
        QCOMPARE(*waitForLine(connection), QByteArray("b OK secure now"));
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    }

    void dataInjectedBeforeTlsIsRefused()
    {
        ScriptedServer server;
        // The go-ahead and injected plaintext arrive in one packet.
        QVERIFY(server.setScript(QStringLiteral("S: * OK plain\nC: a STARTTLS\nS-RAW: a OK begin\\r\\n* OK injected\\r\\n\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTlsPolicy(trustingTestCa());
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::StartTls));
        QVERIFY(connected.wait());
        QCOMPARE(*waitForLine(connection), QByteArray("* OK plain"));
        connection.write("a STARTTLS\r\n");
        const auto reply = waitForLine(connection);
        QCOMPARE(*reply, QByteArray("a OK begin"));
        connection.startTls();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failure(failed).kind, ErrorKind::Protocol);
        QVERIFY(!connection.isConnected());
    }

    void readTimeoutOnSilentServer()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK hello\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTimeouts({5000, 300, 0});
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        QVERIFY(waitForLine(connection));
        connection.write("a1 NOOP\r\n");
        connection.setAwaitingReply(true);
        QVERIFY(failed.wait(3000));
        QCOMPARE(failure(failed).kind, ErrorKind::ReadTimeout);
    }

    void noTimeoutWhileNotAwaiting()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK hello\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTimeouts({5000, 200, 0});
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        QTest::qWait(600); // idle, e.g. IMAP IDLE: silence is fine
        QCOMPARE(failed.count(), 0);
        QVERIFY(connection.isConnected());
    }

    void handshakeTimeoutOnServerThatNeverSpeaksTls()
    {
        ScriptedServer server; // plain TCP that never answers the ClientHello
        QVERIFY(server.setScript(QStringLiteral("SILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTimeouts({400, 60000, 0});
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::ImplicitTls));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failure(failed).kind, ErrorKind::ConnectTimeout);
    }

    void overallTimeout()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        connection.setTimeouts({5000, 60000, 400});
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failure(failed).kind, ErrorKind::OverallTimeout);
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Connection connection;
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy disconnected(&connection, &Connection::disconnected);
        connection.connectToServer(Endpoint{QStringLiteral("127.0.0.1"), port, Security::ImplicitTls, false});
        QVERIFY(failed.wait());
        QCOMPARE(failure(failed).kind, ErrorKind::ConnectionRefused);
        QCOMPARE(disconnected.count(), 1);
    }

    void serverCloseDeliversDataThenFails()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK hi\nC: a LOGOUT\nS: * BYE going\nCLOSE\n")));
        QVERIFY(server.start());
        Connection connection;
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        QSignalSpy disconnected(&connection, &Connection::disconnected);
        QList<QByteArray> lines;
        connect(&connection, &Connection::readyRead, this, [&] {
            while (auto line = connection.readLine())
                lines << *line;
        });
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        connection.write("a LOGOUT\r\n");
        QVERIFY(failed.wait());
        QCOMPARE(lines, (QList<QByteArray>{"* OK hi", "* BYE going"}));
        QCOMPARE(failure(failed).kind, ErrorKind::Closed);
        QCOMPARE(disconnected.count(), 1);
    }

    void cancelFailsAtOnce()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK\nSILENT\n")));
        QVERIFY(server.start());
        Connection connection;
        QSignalSpy connected(&connection, &Connection::connected);
        QSignalSpy failed(&connection, &Connection::failed);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        connection.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failure(failed).kind, ErrorKind::Cancelled);
        connection.cancel(); // idempotent
        QCOMPARE(failed.count(), 1);
    }

    void sensitiveWritesAreLoggedAsTold()
    {
        ScriptedServer server;
        QVERIFY(server.setScript(QStringLiteral("S: * OK\nC: a1 LOGIN alice {6}\nC: hunter\nSILENT\n")));
        QVERIFY(server.start());
        ProtocolLog log;
        Connection connection;
        connection.setProtocolLog(&log);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToServer(local(server.port(), Security::None));
        QVERIFY(connected.wait());
        connection.writeSensitive("a1 LOGIN alice {6}\r\n", "a1 LOGIN alice {6}\r\n");
        connection.writeSensitive("hunter\r\n", "****\r\n");
        QVERIFY(server.waitForScriptEnd());
        QVERIFY2(server.scriptCompleted(), qPrintable(server.errors().join(QLatin1Char('\n'))));
        QVERIFY(!log.text().contains(QLatin1String("hunter")));
        QVERIFY(log.text().contains(QLatin1String("C: ****")));
        QVERIFY(log.text().contains(QLatin1String("S: * OK")));
    }

    void backPressureBoundsTheBuffer()
    {
        const qsizetype total = 24 * 1024 * 1024;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket *peer = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->write(QByteArray(total, 'x'));
        });
        Connection connection;
        connection.setReceiveLimit(1024 * 1024);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.connectToServer(local(server.serverPort(), Security::None));
        QVERIFY(connected.wait());
        QTest::qWait(500);
        QVERIFY2(connection.bytesAvailable() <= 1024 * 1024 + 256 * 1024,
                 qPrintable(QString::number(connection.bytesAvailable())));
        qsizetype received = 0;
        QElapsedTimer timer;
        timer.start();
        while (received < total && timer.elapsed() < 20000) {
            const QByteArray chunk = connection.read(100000);
            received += chunk.size();
            QVERIFY(connection.bytesAvailable() <= 1024 * 1024 + 256 * 1024);
            if (chunk.isEmpty())
                QTest::qWait(1);
        }
        QCOMPARE(received, total);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_Connection.moc"
