#include "pop3/Client.h"

#include "support/ScriptedServer.h"
#include "support/TestCertificates.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace epistle;
using epistle::test::ScriptedServer;
using epistle::test::TestCertificates;

namespace {

QString scriptPath(const QString &name)
{
    return qEnvironmentVariable("EPISTLE_TEST_DATA") + QStringLiteral("/pop3/") + name;
}

template<typename... Results> struct Waiter
{
    std::optional<std::tuple<Results...>> result;
    auto callback()
    {
        return [this](const Results &...r) { result = std::make_tuple(r...); };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    template<size_t N> auto get() const { return std::get<N>(*result); }
    pop3::Error error() const { return std::get<0>(*result); }
};

struct Fixture
{
    ScriptedServer server;
    pop3::Client client;
    net::Endpoint endpoint;

    bool start(const QString &script, net::Security security = net::Security::None)
    {
        if (!server.loadScript(scriptPath(script)) || !server.start(ScriptedServer::Mode::Plain))
            return false;
        net::TlsPolicy policy;
        policy.addCaCertificates({TestCertificates::instance().ca()});
        client.connection().setTlsPolicy(policy);
        endpoint = {QStringLiteral("localhost"), server.port(), security, false};
        return true;
    }
    pop3::Error connect()
    {
        Waiter<pop3::Error> waiter;
        client.connectToServer(endpoint, waiter.callback());
        return waiter.wait() ? waiter.error() : timeout();
    }
    pop3::Error login(const QString &user, const QString &password, pop3::Client::AuthMethod method = pop3::Client::AuthMethod::Automatic)
    {
        Waiter<pop3::Error> waiter;
        client.login(user, password, method, waiter.callback());
        return waiter.wait() ? waiter.error() : timeout();
    }
    pop3::Error quit()
    {
        Waiter<pop3::Error> waiter;
        client.quit(waiter.callback());
        return waiter.wait() ? waiter.error() : timeout();
    }
    static pop3::Error timeout()
    {
        pop3::Error error;
        error.kind = pop3::Error::Kind::Timeout;
        error.message = QStringLiteral("test: the operation never finished");
        return error;
    }
    bool scriptOk(bool serverCloses = false)
    {
        server.waitForScriptEnd(5000);
        QStringList errors = server.errors();
        // ScriptedServer's CLOSE may report its own disconnect as the client's.
        if (serverCloses && errors.size() == 1 && errors.first().contains(QLatin1String("script line -1")))
            errors.clear();
        if (!errors.isEmpty())
            qWarning() << errors;
        return server.waitForScriptEnd(0) && errors.isEmpty();
    }
};

} // namespace

class TestPop3Scripted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dovecotSession();
    void stlsAndSaslPlain();
    void stlsWithdrawn();
    void apop();
    void authFailedThenInUse();
    void disconnectMidRetr();
    void malformedStatusLine();
    void errorsAndMalformedListing();
    void hostileHugeStatusLine();
    void hostileListingTooLarge();
};

void TestPop3Scripted::initTestCase()
{
    QVERIFY2(TestCertificates::instance().isValid(), qPrintable(TestCertificates::instance().error()));
}

void TestPop3Scripted::dovecotSession()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("dovecot-session.script")));
    const pop3::Error connected = f.connect();
    QVERIFY2(!connected.isError(), qPrintable(connected.message));
    QCOMPARE(f.client.greeting(), QByteArray("Dovecot (Debian) ready."));
    QVERIFY(f.client.capabilities().pipelining);
    QVERIFY(f.client.apopTimestamp().isEmpty());
    const pop3::Error loggedIn = f.login(QStringLiteral("alice@example.test"), QStringLiteral("secret"));
    QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.message));
    QCOMPARE(f.client.state(), pop3::Client::State::Transaction);

    // Queued together: sent pipelined.
    Waiter<pop3::Error, pop3::MailboxStat> stat;
    Waiter<pop3::Error, QList<pop3::ListEntry>> list;
    Waiter<pop3::Error, QList<pop3::UidEntry>> uidl;
    Waiter<pop3::Error, QByteArray> top;
    Waiter<pop3::Error, qint64> retr;
    Waiter<pop3::Error> dele;
    QBuffer message;
    message.open(QIODevice::WriteOnly);
    f.client.stat(stat.callback());
    f.client.list(list.callback());
    f.client.uidl(uidl.callback());
    f.client.top(1, 0, top.callback());
    f.client.retrieve(1, &message, retr.callback());
    f.client.remove(1, dele.callback());
    QVERIFY(dele.wait());
    QVERIFY(stat.result && list.result && uidl.result && top.result && retr.result);
    QVERIFY(!stat.error().isError());
    QCOMPARE(stat.get<1>().count, 2u);
    QCOMPARE(stat.get<1>().octets, 320u);
    QCOMPARE(list.get<1>().size(), 2);
    QCOMPARE(list.get<1>().at(1).number, 2u);
    QCOMPARE(list.get<1>().at(1).octets, 200u);
    QCOMPARE(uidl.get<1>().size(), 2);
    QCOMPARE(uidl.get<1>().at(0).uid, QByteArray("000000014bd6e3a1"));
    QCOMPARE(top.get<1>(), QByteArray("Subject: one\r\n\r\n"));
    QVERIFY2(!retr.error().isError(), qPrintable(retr.error().message));
    const QByteArray expected = "Subject: one\r\n\r\n.leading dot\r\n..two dots\r\nlast line\r\n";
    QCOMPARE(message.data(), expected);
    QCOMPARE(retr.get<1>(), qint64(expected.size()));
    QVERIFY(!dele.error().isError());
    QVERIFY(!f.quit().isError());
    QCOMPARE(f.client.state(), pop3::Client::State::Closed);
    QVERIFY(f.scriptOk());
}

void TestPop3Scripted::stlsAndSaslPlain()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("sasl-plain-stls.script"), net::Security::StartTls));
    const pop3::Error connected = f.connect();
    QVERIFY2(!connected.isError(), qPrintable(connected.message));
    QVERIFY(f.client.connection().isEncrypted());
    QVERIFY(!f.client.capabilities().stls); // read again after TLS
    QVERIFY(f.client.capabilities().top);
    const pop3::Error loggedIn = f.login(QStringLiteral("alice@example.test"), QStringLiteral("secret"));
    QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.message));
    Waiter<pop3::Error> noop;
    f.client.noop(noop.callback());
    QVERIFY(noop.wait());
    QVERIFY(!noop.error().isError());
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestPop3Scripted::stlsWithdrawn()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("stls-withdrawn.script"), net::Security::StartTls));
    Waiter<pop3::Error> connected;
    Waiter<pop3::Error> login;
    f.client.connectToServer(f.endpoint, connected.callback());
    f.client.login(QStringLiteral("alice"), QStringLiteral("secret"), pop3::Client::AuthMethod::Automatic, login.callback());
    QVERIFY(connected.wait());
    QCOMPARE(connected.error().kind, pop3::Error::Kind::TlsUnavailable);
    QVERIFY(login.wait());
    QVERIFY(login.error().isError());
    QVERIFY(f.scriptOk());
    QVERIFY(!f.server.receivedFromClient().contains("USER"));
    QVERIFY(!f.server.receivedFromClient().contains("AUTH"));
}

void TestPop3Scripted::apop()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("apop.script")));
    QVERIFY(!f.connect().isError());
    QCOMPARE(f.client.apopTimestamp(), QByteArray("<1896.697170952@dbc.mtview.ca.us>"));
    QVERIFY(!f.client.capabilities().valid);
    const pop3::Error loggedIn = f.login(QStringLiteral("mrose"), QStringLiteral("tanstaaf"), pop3::Client::AuthMethod::Apop);
    QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.message));
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestPop3Scripted::authFailedThenInUse()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("auth-in-use.script")));
    QVERIFY(!f.connect().isError());
    const pop3::Error wrong = f.login(QStringLiteral("alice"), QStringLiteral("wrong"));
    QCOMPARE(wrong.kind, pop3::Error::Kind::AuthFailed);
    QCOMPARE(wrong.code, QByteArray("AUTH"));
    QCOMPARE(f.client.state(), pop3::Client::State::Authorization);
    const pop3::Error locked = f.login(QStringLiteral("alice"), QStringLiteral("right"));
    QCOMPARE(locked.kind, pop3::Error::Kind::MailboxLocked);
    QVERIFY(locked.message.contains(QLatin1String("locked by another POP3 session")));
    // A mailbox command before login is refused locally.
    Waiter<pop3::Error, pop3::MailboxStat> stat;
    f.client.stat(stat.callback());
    QVERIFY(stat.wait());
    QCOMPARE(stat.error().kind, pop3::Error::Kind::NotLoggedIn);
    QVERIFY(!f.quit().isError());
    QVERIFY(f.scriptOk());
}

void TestPop3Scripted::disconnectMidRetr()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("disconnect-mid-retr.script")));
    QVERIFY(!f.connect().isError());
    QVERIFY(!f.login(QStringLiteral("alice"), QStringLiteral("secret")).isError());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("message.eml"));
    Waiter<pop3::Error, qint64> retr;
    f.client.retrieveToFile(1, path, retr.callback());
    QVERIFY(retr.wait());
    QCOMPARE(retr.error().kind, pop3::Error::Kind::ConnectionLost);
    QVERIFY(retr.error().message.contains(QLatin1String("not downloaded completely")));
    QVERIFY(!QFile::exists(path)); // nothing counts as downloaded
    QCOMPARE(f.client.state(), pop3::Client::State::Closed);
    QVERIFY(f.scriptOk(true));
}

void TestPop3Scripted::malformedStatusLine()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("malformed.script")));
    QVERIFY(!f.connect().isError());
    QVERIFY(!f.login(QStringLiteral("alice"), QStringLiteral("secret")).isError());
    Waiter<pop3::Error, pop3::MailboxStat> stat;
    f.client.stat(stat.callback());
    QVERIFY(stat.wait());
    QCOMPARE(stat.error().kind, pop3::Error::Kind::Protocol);
    QVERIFY(f.scriptOk());
}

void TestPop3Scripted::errorsAndMalformedListing()
{
    Fixture f;
    QVERIFY(f.start(QStringLiteral("errors.script")));
    QVERIFY(!f.connect().isError());
    QVERIFY(!f.login(QStringLiteral("alice"), QStringLiteral("secret")).isError());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    Waiter<pop3::Error, qint64> retr;
    Waiter<pop3::Error> dele;
    Waiter<pop3::Error, pop3::UidEntry> uid;
    Waiter<pop3::Error, QList<pop3::ListEntry>> list;
    f.client.retrieve(9, &sink, retr.callback());
    f.client.remove(9, dele.callback());
    f.client.uidl(1, uid.callback());
    f.client.list(list.callback());
    QVERIFY(list.wait());
    QCOMPARE(retr.error().kind, pop3::Error::Kind::CommandFailed);
    QVERIFY(retr.error().message.contains(QLatin1String("no message 9")));
    QCOMPARE(dele.error().kind, pop3::Error::Kind::Transient);
    QCOMPARE(uid.get<1>().uid, QByteArray("abc"));
    QCOMPARE(list.error().kind, pop3::Error::Kind::Protocol);
    QVERIFY(f.scriptOk());
    QCOMPARE(f.client.state(), pop3::Client::State::Closed);
}

void TestPop3Scripted::hostileHugeStatusLine()
{
    ScriptedServer server;
    QVERIFY(server.setScript(QStringLiteral("S-RAW: +OK ") + QString(200 * 1024, QLatin1Char('x')) + QStringLiteral("\nSILENT\n")));
    QVERIFY(server.start());
    pop3::Client client;
    Waiter<pop3::Error> connected;
    client.connectToServer({QStringLiteral("127.0.0.1"), server.port(), net::Security::None, false}, connected.callback());
    QVERIFY(connected.wait());
    QCOMPARE(connected.error().kind, pop3::Error::Kind::Protocol);
}

void TestPop3Scripted::hostileListingTooLarge()
{
    // A listing beyond the in-memory limit ends the session instead of growing without bound.
    QString script = QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\nC: USER a\nS: +OK\nC: PASS b\nS: +OK\nC: UIDL\nS: +OK\n");
    for (int i = 1; i <= 200; ++i)
        script += QStringLiteral("S: %1 uid-%1\n").arg(i);
    script += QStringLiteral("SILENT\n");
    ScriptedServer server;
    QVERIFY(server.setScript(script));
    QVERIFY(server.start());
    pop3::Client client;
    client.setMaxInMemoryResponse(1000);
    Waiter<pop3::Error> connected;
    Waiter<pop3::Error> login;
    Waiter<pop3::Error, QList<pop3::UidEntry>> uidl;
    client.connectToServer({QStringLiteral("127.0.0.1"), server.port(), net::Security::None, false}, connected.callback());
    client.login(QStringLiteral("a"), QStringLiteral("b"), pop3::Client::AuthMethod::UserPass, login.callback());
    client.uidl(uidl.callback());
    QVERIFY(uidl.wait());
    QVERIFY(!login.error().isError());
    QCOMPARE(uidl.error().kind, pop3::Error::Kind::Protocol);
    QCOMPARE(client.state(), pop3::Client::State::Closed);
}

QTEST_GUILESS_MAIN(TestPop3Scripted)
#include "tst_Pop3Scripted.moc"
