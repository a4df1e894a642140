#include "smtp/Client.h"

#include "support/ScriptedServer.h"
#include "support/TestCertificates.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace epistle;
using epistle::test::ScriptedServer;
using epistle::test::TestCertificates;

namespace {

const QByteArray testMessage = "Subject: test\r\n\r\n.hidden dot\r\nline\n";

QString scriptPath(const QString &name)
{
    return qEnvironmentVariable("EPISTLE_TEST_DATA") + QStringLiteral("/smtp/") + name;
}

// Runs a client operation to its callback.
template<typename Result> struct Waiter
{
    std::optional<Result> result;
    auto callback()
    {
        return [this](const Result &r) { result = r; };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

struct Fixture
{
    ScriptedServer server;
    smtp::Client client;
    net::Endpoint endpoint;

    bool start(const QString &script, ScriptedServer::Mode mode = ScriptedServer::Mode::Plain,
               net::Security security = net::Security::None)
    {
        if (!server.loadScript(scriptPath(script)) || !server.start(mode))
            return false;
        net::TlsPolicy policy;
        policy.addCaCertificates({TestCertificates::instance().ca()});
        client.connection().setTlsPolicy(policy);
        client.setClientName(QStringLiteral("client.example.test"));
        endpoint = {QStringLiteral("localhost"), server.port(), security, false};
        return true;
    }
    smtp::Error connect()
    {
        Waiter<smtp::Error> waiter;
        client.connectToServer(endpoint, waiter.callback());
        if (!waiter.wait())
            return smtp::Error::local(smtp::Error::Kind::Timeout, QStringLiteral("test: connect never finished"));
        return *waiter.result;
    }
    smtp::Error authenticate(const QString &user, const QString &password,
                             smtp::Client::AuthMechanism mechanism = smtp::Client::AuthMechanism::Automatic)
    {
        Waiter<smtp::Error> waiter;
        client.authenticate(user, password, mechanism, waiter.callback());
        if (!waiter.wait())
            return smtp::Error::local(smtp::Error::Kind::Timeout, QStringLiteral("test: auth never finished"));
        return *waiter.result;
    }
    smtp::SendResult send(const smtp::Envelope &envelope, const QByteArray &message)
    {
        QBuffer buffer;
        buffer.setData(message);
        buffer.open(QIODevice::ReadOnly);
        Waiter<smtp::SendResult> waiter;
        client.send(envelope, &buffer, waiter.callback());
        if (!waiter.wait()) {
            smtp::SendResult timedOut;
            timedOut.error = smtp::Error::local(smtp::Error::Kind::Timeout, QStringLiteral("test: send never finished"));
            return timedOut;
        }
        return *waiter.result;
    }
    smtp::Error quit()
    {
        Waiter<smtp::Error> waiter;
        client.quit(waiter.callback());
        if (!waiter.wait())
            return smtp::Error::local(smtp::Error::Kind::Timeout, QStringLiteral("test: quit never finished"));
        return *waiter.result;
    }
    // ScriptedServer's CLOSE can report "the client closed the connection" when the socket
    // disconnects synchronously; scripts that end with the server closing mid-way use this.
    bool scriptOkAfterServerClose()
    {
        server.waitForScriptEnd(5000);
        const QStringList errors = server.errors();
        if (!errors.isEmpty() && !(errors.size() == 1 && errors.first().contains(QLatin1String("script line -1"))))
            qWarning() << errors;
        return server.waitForScriptEnd(0) && (errors.isEmpty() || (errors.size() == 1 && errors.first().contains(QLatin1String("script line -1"))));
    }
    bool scriptOk()
    {
        server.waitForScriptEnd(5000);
        if (!server.scriptCompleted())
            qWarning() << server.errors();
        return server.scriptCompleted();
    }
};

smtp::Envelope envelope(const QString &from, const QStringList &to)
{
    smtp::Envelope result;
    result.from = from;
    result.recipients = to;
    return result;
}

} // namespace

class TestSmtpScripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postfixStartTlsCramMd5Pipelined();
    void heloFallback();
    void heloSyntaxError();
    void startTlsWithdrawn();
    void startTlsRefused();
    void disconnectMidData();
    void malformedEhlo();
    void malformedGreeting();
    void unsolicited421();
    void sizeLimit();
    void utf8Addresses();
    void utf8RefusedWithoutSmtpUtf8();
    void authFailed();
    void noUsableMechanism();
    void bdatAndRset();
    void implicitTls();
    void serverStopsReadingDuringData();
    void pipelinedAllRecipientsRefused();
    void authPlainChallenged();
    void hostileHugeLine();
    void hostileEndlessReply();
};

void TestSmtpScripted::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
}

void TestSmtpScripted::postfixStartTlsCramMd5Pipelined()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("postfix-starttls-cram.script"), ScriptedServer::Mode::Plain, net::Security::StartTls));
    const smtp::Error connected = f.connect();
    QVERIFY2(!connected.isError(), qPrintable(connected.message));
    QVERIFY(f.client.connection().isEncrypted());
    QVERIFY(!f.client.capabilities().startTls); // the list after TLS
    QCOMPARE(f.client.capabilities().maxSize, 10240000u);
    const smtp::Error auth = f.authenticate(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY2(!auth.isError(), qPrintable(auth.message));
    QVERIFY(f.client.isAuthenticated());
    const smtp::SendResult result = f.send(envelope(QStringLiteral("tim@yuhu.biz"), {QStringLiteral("friend@yuhu.biz"), QStringLiteral("dsadas@yuhu.biz")}), testMessage);
    QVERIFY(result.delivered);
    QCOMPARE(result.error.kind, smtp::Error::Kind::RecipientsRejected);
    QCOMPARE(result.rejectedAddresses(), QStringList{QStringLiteral("dsadas@yuhu.biz")});
    QVERIFY2(result.error.message.contains(QLatin1String("dsadas@yuhu.biz")), qPrintable(result.error.message));
    QVERIFY(result.error.message.contains(QLatin1String("User unknown")));
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients[0].accepted);
    QCOMPARE(result.recipients[1].reply.code, 550);
    QCOMPARE(result.finalReply.code, 250);
    QCOMPARE(result.finalReply.enhanced.toString(), QStringLiteral("2.0.0"));
    QCOMPARE(result.finalReply.lines.first(), QByteArray("Ok: queued as 4Xb9Yz1RtKz9vF"));
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::heloFallback()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("helo-fallback.script")));
    const smtp::Error connected = f.connect();
    QVERIFY2(!connected.isError(), qPrintable(connected.message));
    QVERIFY(!f.client.capabilities().esmtp);
    const smtp::SendResult result = f.send(envelope(QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}), testMessage);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(result.delivered);
    QCOMPARE(result.bytesSent, qint64(QByteArray("Subject: test\r\n\r\n..hidden dot\r\nline\r\n.\r\n").size()));
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::heloSyntaxError()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("helo-syntax.script")));
    const smtp::Error error = f.connect();
    QCOMPARE(error.kind, smtp::Error::Kind::Permanent);
    QCOMPARE(error.reply.code, 501);
    QVERIFY2(error.message.contains(QLatin1String("Syntax: HELO hostname")), qPrintable(error.message));
    QVERIFY(f.scriptOk());
    QCOMPARE(f.client.state(), smtp::Client::State::Closed);
}

void TestSmtpScripted::startTlsWithdrawn()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("starttls-withdrawn.script"), ScriptedServer::Mode::Plain, net::Security::StartTls));
    // A queued login must not go out in clear either.
    Waiter<smtp::Error> auth;
    Waiter<smtp::Error> connected;
    f.client.connectToServer(f.endpoint, connected.callback());
    f.client.authenticate(QStringLiteral("user"), QStringLiteral("secret"), smtp::Client::AuthMechanism::Automatic, auth.callback());
    QVERIFY(connected.wait());
    QCOMPARE(connected.result->kind, smtp::Error::Kind::TlsUnavailable);
    QVERIFY(auth.wait());
    QVERIFY(auth.result->isError());
    QVERIFY(f.scriptOk());
    QVERIFY(!f.server.receivedFromClient().contains("AUTH"));
}

void TestSmtpScripted::startTlsRefused()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("starttls-refused.script"), ScriptedServer::Mode::Plain, net::Security::StartTls));
    const smtp::Error error = f.connect();
    QCOMPARE(error.kind, smtp::Error::Kind::TlsUnavailable);
    QCOMPARE(error.reply.code, 454);
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::disconnectMidData()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("disconnect-mid-data.script")));
    QVERIFY(!f.connect().isError());
    // A message large enough not to fit in one write.
    QByteArray big = testMessage;
    for (int i = 0; i < 40000; ++i)
        big += "a line of the body that goes on and on and on and on\r\n";
    const smtp::SendResult result = f.send(envelope(QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}), big);
    QVERIFY(!result.delivered);
    QCOMPARE(result.error.kind, smtp::Error::Kind::ConnectionLost);
    QVERIFY(f.scriptOkAfterServerClose());
}

void TestSmtpScripted::malformedEhlo()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("malformed-ehlo.script")));
    const smtp::Error error = f.connect();
    QCOMPARE(error.kind, smtp::Error::Kind::Protocol);
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::malformedGreeting()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("malformed-greeting.script")));
    const smtp::Error error = f.connect();
    QCOMPARE(error.kind, smtp::Error::Kind::Protocol);
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::unsolicited421()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("unsolicited-421.script")));
    QSignalSpy lost(&f.client, &smtp::Client::connectionLost);
    QVERIFY(!f.connect().isError());
    QVERIFY(lost.wait(5000) || lost.size() == 1);
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost.first().first().value<smtp::Error>().reply.code, 421);
    QCOMPARE(f.client.state(), smtp::Client::State::Closed);
    QVERIFY(f.scriptOkAfterServerClose());
}

void TestSmtpScripted::sizeLimit()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("size-limit.script")));
    QVERIFY(!f.connect().isError());
    const smtp::SendResult result = f.send(envelope(QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")}), testMessage);
    QCOMPARE(result.error.kind, smtp::Error::Kind::MessageTooLarge);
    QVERIFY(!result.delivered);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::utf8Addresses()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("utf8.script")));
    QVERIFY(!f.connect().isError());
    smtp::Envelope e = envelope(QStringLiteral("jöran@exämple.test"), {QStringLiteral("zoë@example.test")});
    e.ret = smtp::Envelope::Return::Headers;
    e.envelopeId = QStringLiteral("id+1");
    e.notify = smtp::Envelope::NotifySuccess | smtp::Envelope::NotifyFailure;
    const smtp::SendResult result = f.send(e, QByteArray("Subject: café\n\nnaïve\n"));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(result.delivered);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::utf8RefusedWithoutSmtpUtf8()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("size-limit.script"))); // a server without SMTPUTF8
    QVERIFY(!f.connect().isError());
    const smtp::SendResult result = f.send(envelope(QStringLiteral("a@example.test"), {QStringLiteral("zoë@example.test")}), "x");
    QCOMPARE(result.error.kind, smtp::Error::Kind::Utf8NotSupported);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::authFailed()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("auth-failed.script")));
    QVERIFY(!f.connect().isError());
    const smtp::Error error = f.authenticate(QStringLiteral("user@example.test"), QStringLiteral("wrong"), smtp::Client::AuthMechanism::Login);
    QCOMPARE(error.kind, smtp::Error::Kind::AuthFailed);
    QCOMPARE(error.reply.code, 535);
    QCOMPARE(error.reply.enhanced.toString(), QStringLiteral("5.7.8"));
    QVERIFY(!f.client.isAuthenticated());
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::noUsableMechanism()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("auth-no-mechanism.script")));
    QVERIFY(!f.connect().isError());
    const smtp::Error error = f.authenticate(QStringLiteral("user"), QStringLiteral("pw"));
    QCOMPARE(error.kind, smtp::Error::Kind::NoAuthMechanism);
    QVERIFY(error.message.contains(QLatin1String("GSSAPI")));
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::bdatAndRset()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("bdat-rset.script")));
    QVERIFY(!f.connect().isError());
    QVERIFY(!f.authenticate(QStringLiteral("user@example.test"), QStringLiteral("secret")).isError());
    const smtp::SendResult first = f.send(envelope(QStringLiteral("user@example.test"), {QStringLiteral("b@example.test")}), testMessage);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
    QCOMPARE(first.finalReply.lines.first(), QByteArray("Ok: queued as A1"));
    const smtp::SendResult second = f.send(envelope(QStringLiteral("user@example.test"), {QStringLiteral("c@example.test"), QStringLiteral("d@example.test")}), testMessage);
    QVERIFY(!second.delivered);
    QCOMPARE(second.error.kind, smtp::Error::Kind::RecipientsRejected);
    QCOMPARE(second.rejectedAddresses(), (QStringList{QStringLiteral("c@example.test"), QStringLiteral("d@example.test")}));
    QVERIFY(second.recipients[0].reply.isTransient());
    QVERIFY(second.recipients[1].reply.isPermanent());
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::implicitTls()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("implicit-tls.script"), ScriptedServer::Mode::ImplicitTls, net::Security::ImplicitTls));
    const smtp::Error connected = f.connect();
    QVERIFY2(!connected.isError(), qPrintable(connected.message));
    QVERIFY(f.client.connection().isEncrypted());
    QVERIFY(!f.authenticate(QStringLiteral("user@example.test"), QStringLiteral("secret")).isError());
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::serverStopsReadingDuringData()
{
    // A server that answers 354 and then takes no more bytes: the send fails with Timeout
    // instead of hanging (no reply is awaited while DATA is written, so the read timeout
    // cannot catch it). ScriptedServer always reads, so this one is written out here.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket *peer = nullptr;
    QByteArray input;
    bool stalled = false;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->write("220 stall.example.test ESMTP\r\n");
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            if (stalled)
                return;
            input += peer->readAll();
            qsizetype end;
            while (!stalled && (end = input.indexOf("\r\n")) >= 0) {
                const QByteArray line = input.left(end);
                input.remove(0, end + 2);
                if (line.startsWith("DATA")) {
                    peer->write("354 go ahead\r\n");
                    peer->setReadBufferSize(16); // from now on nothing more is taken
                    stalled = true;
                } else {
                    peer->write("250 ok\r\n");
                }
            }
        });
    });
    smtp::Client client;
    client.setClientName(QStringLiteral("client.example.test"));
    client.setSendStallTimeout(700);
    Waiter<smtp::Error> connected;
    client.connectToServer({QStringLiteral("127.0.0.1"), server.serverPort(), net::Security::None, false}, connected.callback());
    QVERIFY(connected.wait());
    QVERIFY(!connected.result->isError());
    QByteArray big;
    const QByteArray line(998, 'x');
    while (big.size() < 48 * 1024 * 1024)
        big += line + "\r\n";
    QBuffer buffer(&big);
    buffer.open(QIODevice::ReadOnly);
    smtp::Envelope e = envelope(QStringLiteral("a@example.test"), {QStringLiteral("b@example.test")});
    Waiter<smtp::SendResult> sent;
    client.send(e, &buffer, sent.callback());
    QVERIFY(sent.wait(30000));
    QVERIFY(stalled);
    QCOMPARE(sent.result->error.kind, smtp::Error::Kind::Timeout);
    QVERIFY(!sent.result->delivered);
    QVERIFY(sent.result->bytesSent < big.size());
}

void TestSmtpScripted::pipelinedAllRecipientsRefused()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("pipelined-all-refused.script")));
    QVERIFY(!f.connect().isError());
    const smtp::SendResult result = f.send(envelope(QStringLiteral("a@example.test"), {QStringLiteral("nobody@example.test")}), testMessage);
    QVERIFY(!result.delivered);
    QCOMPARE(result.error.kind, smtp::Error::Kind::RecipientsRejected);
    QCOMPARE(result.rejectedAddresses(), QStringList{QStringLiteral("nobody@example.test")});
    QCOMPARE(result.bytesSent, 0);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::authPlainChallenged()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("auth-plain-challenged.script")));
    QVERIFY(!f.connect().isError());
    const smtp::Error error = f.authenticate(QStringLiteral("user@example.test"), QStringLiteral("secret"));
    QCOMPARE(error.kind, smtp::Error::Kind::AuthFailed);
    QCOMPARE(error.reply.code, 501);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestSmtpScripted::hostileHugeLine()
{
    // 1.5 MB without a line end: the connection's line limit, reported as a protocol error.
    ScriptedServer server;
    QVERIFY(server.setScript(QStringLiteral("S-RAW: 220 ") + QString(1500 * 1024, QLatin1Char('x')) + QStringLiteral("\nSILENT\n")));
    QVERIFY(server.start());
    smtp::Client client;
    Waiter<smtp::Error> connected;
    client.connectToServer({QStringLiteral("127.0.0.1"), server.port(), net::Security::None, false}, connected.callback());
    QVERIFY(connected.wait());
    QCOMPARE(connected.result->kind, smtp::Error::Kind::Protocol);
}

void TestSmtpScripted::hostileEndlessReply()
{
    // A capability list that never ends: refused after a bounded number of lines.
    QString script = QStringLiteral("S: 220 ok\nC~: EHLO .*\n");
    for (int i = 0; i < 1200; ++i)
        script += QStringLiteral("S: 250-X-EXTENSION-%1\n").arg(i);
    script += QStringLiteral("SILENT\n");
    ScriptedServer server;
    QVERIFY(server.setScript(script));
    QVERIFY(server.start());
    smtp::Client client;
    Waiter<smtp::Error> connected;
    client.connectToServer({QStringLiteral("127.0.0.1"), server.port(), net::Security::None, false}, connected.callback());
    QVERIFY(connected.wait());
    QCOMPARE(connected.result->kind, smtp::Error::Kind::Protocol);
}

QTEST_GUILESS_MAIN(TestSmtpScripted)
#include "tst_SmtpScripted.moc"
