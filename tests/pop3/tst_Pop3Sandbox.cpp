#include "pop3/Client.h"

#include "support/Sandbox.h"

#include <QBuffer>
#include <QTest>

using namespace epistle;

namespace {

template<typename... Results> struct Waiter
{
    std::optional<std::tuple<Results...>> result;
    auto callback()
    {
        return [this](const Results &...r) { result = std::make_tuple(r...); };
    }
    bool wait(int ms = 30000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
    template<size_t N> auto get() const { return std::get<N>(*result); }
    pop3::Error error() const { return std::get<0>(*result); }
};

net::Endpoint endpointFor(const test::Sandbox &sandbox, bool implicitTls)
{
    return {sandbox.host(), sandbox.port(implicitTls ? QStringLiteral("POP3S_PORT") : QStringLiteral("POP3_PORT")),
            implicitTls ? net::Security::ImplicitTls : net::Security::StartTls, false};
}

void setUp(pop3::Client &client, const test::Sandbox &sandbox)
{
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    client.connection().setTlsPolicy(policy);
}

pop3::Error connectAndLogin(pop3::Client &client, const test::Sandbox &sandbox, bool implicitTls, const test::Sandbox::User &user,
                            pop3::Client::AuthMethod method = pop3::Client::AuthMethod::Automatic)
{
    Waiter<pop3::Error> connected;
    Waiter<pop3::Error> login;
    client.connectToServer(endpointFor(sandbox, implicitTls), connected.callback());
    client.login(user.login, user.password, method, login.callback());
    if (!connected.wait() || !login.wait()) {
        pop3::Error error;
        error.kind = pop3::Error::Kind::Timeout;
        error.message = QStringLiteral("test: no answer");
        return error;
    }
    return connected.error().isError() ? connected.error() : login.error();
}

} // namespace

class TestPop3Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadDeleteAndUpdate_data();
    void downloadDeleteAndUpdate();
    void wrongPassword_data();
    void wrongPassword();
};

void TestPop3Sandbox::downloadDeleteAndUpdate_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<int>("method");
    QTest::newRow("stls automatic") << false << int(pop3::Client::AuthMethod::Automatic);
    QTest::newRow("stls user/pass") << false << int(pop3::Client::AuthMethod::UserPass);
    QTest::newRow("implicit sasl plain") << true << int(pop3::Client::AuthMethod::SaslPlain);
}

void TestPop3Sandbox::downloadDeleteAndUpdate()
{
    QFETCH(bool, implicitTls);
    QFETCH(int, method);
    EPISTLE_SANDBOX_OR_SKIP(sandbox);
    QString why;
    const auto user = sandbox.createUser(QStringLiteral("pop3"), &why);
    QVERIFY2(user, qPrintable(why));
    constexpr int count = 12;
    QString output;
    QVERIFY2(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QString::number(count)}, &output), qPrintable(output));

    pop3::Client client;
    setUp(client, sandbox);
    const pop3::Error loggedIn = connectAndLogin(client, sandbox, implicitTls, *user, pop3::Client::AuthMethod(method));
    QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.message));
    QVERIFY(client.connection().isEncrypted());
    QVERIFY(!client.capabilities().stls); // read after TLS: Dovecot no longer offers STLS
    QVERIFY(client.capabilities().uidl && client.capabilities().top);

    Waiter<pop3::Error, pop3::MailboxStat> stat;
    Waiter<pop3::Error, QList<pop3::ListEntry>> list;
    Waiter<pop3::Error, QList<pop3::UidEntry>> uidl;
    client.stat(stat.callback());
    client.list(list.callback());
    client.uidl(uidl.callback());
    QVERIFY(uidl.wait());
    QVERIFY2(!stat.error().isError(), qPrintable(stat.error().message));
    QCOMPARE(stat.get<1>().count, quint32(count));
    QCOMPARE(list.get<1>().size(), count);
    QCOMPARE(uidl.get<1>().size(), count);
    quint64 total = 0;
    for (const pop3::ListEntry &entry : list.get<1>())
        total += entry.octets;
    QCOMPARE(total, stat.get<1>().octets);

    // UIDL of one message agrees with the full listing.
    Waiter<pop3::Error, pop3::UidEntry> oneUid;
    client.uidl(3, oneUid.callback());
    QVERIFY(oneUid.wait());
    QCOMPARE(oneUid.get<1>().uid, uidl.get<1>().at(2).uid);

    // TOP n 0 and RETR of every message, queued at once (pipelined).
    std::vector<std::unique_ptr<Waiter<pop3::Error, QByteArray>>> tops;
    std::vector<std::unique_ptr<Waiter<pop3::Error, qint64>>> retrs;
    std::vector<std::unique_ptr<QBuffer>> bodies;
    for (int n = 1; n <= count; ++n) {
        tops.push_back(std::make_unique<Waiter<pop3::Error, QByteArray>>());
        retrs.push_back(std::make_unique<Waiter<pop3::Error, qint64>>());
        bodies.push_back(std::make_unique<QBuffer>());
        bodies.back()->open(QIODevice::WriteOnly);
        client.top(quint32(n), 0, tops.back()->callback());
        client.retrieve(quint32(n), bodies.back().get(), retrs.back()->callback());
    }
    QVERIFY(retrs.back()->wait());
    for (int i = 0; i < count; ++i) {
        QVERIFY2(!retrs[i]->error().isError(), qPrintable(retrs[i]->error().message));
        QVERIFY(!tops[i]->error().isError());
        const QByteArray message = bodies[i]->data();
        // LIST counts the message with CRLF line ends, as RETR delivers it.
        QCOMPARE(quint64(message.size()), list.get<1>().at(i).octets);
        QCOMPARE(retrs[i]->get<1>(), qint64(message.size()));
        const QByteArray header = tops[i]->get<1>();
        QVERIFY(header.endsWith("\r\n\r\n"));
        QVERIFY(message.startsWith(header));
        QVERIFY(header.contains("Subject:"));
    }

    // Delete the odd-numbered messages, undo, delete again, and QUIT: the update happens.
    Waiter<pop3::Error> dele1;
    Waiter<pop3::Error> reset;
    client.remove(1, dele1.callback());
    client.reset(reset.callback());
    QVERIFY(reset.wait());
    QVERIFY(!dele1.error().isError() && !reset.error().isError());
    QList<QByteArray> kept;
    std::vector<std::unique_ptr<Waiter<pop3::Error>>> deletes;
    for (int n = 1; n <= count; ++n) {
        if (n % 2 == 1) {
            deletes.push_back(std::make_unique<Waiter<pop3::Error>>());
            client.remove(quint32(n), deletes.back()->callback());
        } else {
            kept.append(uidl.get<1>().at(n - 1).uid);
        }
    }
    Waiter<pop3::Error, pop3::MailboxStat> statAfter;
    client.stat(statAfter.callback());
    QVERIFY(statAfter.wait());
    QCOMPARE(statAfter.get<1>().count, quint32(count - deletes.size()));
    Waiter<pop3::Error> noop;
    client.noop(noop.callback());
    Waiter<pop3::Error> quit;
    client.quit(quit.callback());
    QVERIFY(quit.wait());
    QVERIFY2(!quit.error().isError(), qPrintable(quit.error().message));
    for (const auto &d : deletes)
        QVERIFY(!d->error().isError());
    QVERIFY(!noop.error().isError());

    // A new session sees only the kept messages, with the same unique ids.
    pop3::Client again;
    setUp(again, sandbox);
    const pop3::Error relogin = connectAndLogin(again, sandbox, !implicitTls, *user);
    QVERIFY2(!relogin.isError(), qPrintable(relogin.message));
    Waiter<pop3::Error, QList<pop3::UidEntry>> uidlAfter;
    again.uidl(uidlAfter.callback());
    QVERIFY(uidlAfter.wait());
    QList<QByteArray> uids;
    for (const pop3::UidEntry &entry : uidlAfter.get<1>())
        uids.append(entry.uid);
    QCOMPARE(uids, kept);
    // A message number past the end is refused, the session goes on.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    Waiter<pop3::Error, qint64> missing;
    again.retrieve(quint32(count + 5), &sink, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing.error().kind, pop3::Error::Kind::CommandFailed);
    Waiter<pop3::Error> quit2;
    again.quit(quit2.callback());
    QVERIFY(quit2.wait());
    QVERIFY(!quit2.error().isError());
}

void TestPop3Sandbox::wrongPassword_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<int>("method");
    QTest::newRow("stls user/pass") << false << int(pop3::Client::AuthMethod::UserPass);
    QTest::newRow("implicit sasl plain") << true << int(pop3::Client::AuthMethod::SaslPlain);
}

void TestPop3Sandbox::wrongPassword()
{
    QFETCH(bool, implicitTls);
    QFETCH(int, method);
    EPISTLE_SANDBOX_OR_SKIP(sandbox);
    QString why;
    auto user = sandbox.createUser(QStringLiteral("pop3wrong"), &why);
    QVERIFY2(user, qPrintable(why));
    user->password += QStringLiteral("-wrong");
    pop3::Client client;
    setUp(client, sandbox);
    const pop3::Error error = connectAndLogin(client, sandbox, implicitTls, *user, pop3::Client::AuthMethod(method));
    QCOMPARE(error.kind, pop3::Error::Kind::AuthFailed);
    QCOMPARE(error.code, QByteArray("AUTH")); // Dovecot sends RFC 3206 codes
    QCOMPARE(client.state(), pop3::Client::State::Authorization);
}

QTEST_GUILESS_MAIN(TestPop3Sandbox)
#include "tst_Pop3Sandbox.moc"
