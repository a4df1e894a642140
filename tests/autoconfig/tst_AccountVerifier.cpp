// The wizard's verification step against the sandbox's Dovecot (IMAP, POP3) and Postfix.
#include "autoconfig/AccountVerifier.h"
#include "support/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace epistle::autoconfig;
using epistle::net::Security;
using epistle::test::Sandbox;

namespace {

ServerSetting server(const Sandbox &sandbox, Service service, const QString &portKey, Security security, const QStringList &users)
{
    ServerSetting s;
    s.service = service;
    s.host = sandbox.host();
    s.port = sandbox.port(portKey);
    s.security = security;
    s.userNames = users;
    return s;
}

AccountVerifier::Result verify(AccountVerifier::Request request, const Sandbox &sandbox, QStringList *log = nullptr)
{
    request.tlsPolicy.addCaCertificates(sandbox.caCertificates());
    request.timeoutMs = 10000;
    AccountVerifier verifier;
    QStringList messages;
    QObject::connect(&verifier, &AccountVerifier::logMessage, [&](const QString &m) { messages << m; });
    QSignalSpy finished(&verifier, &AccountVerifier::finished);
    verifier.start(request);
    if (!finished.wait(60000))
        return AccountVerifier::Result{AccountVerifier::Failure::Other, false, QStringLiteral("no answer"), {}, {}, {}};
    if (log)
        *log = messages;
    return finished.first().first().value<AccountVerifier::Result>();
}

} // namespace

class TestAccountVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapAndSmtpWithImplicitTls()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("verify"));
        QVERIFY(user);
        AccountVerifier::Request request;
        request.incoming = server(sandbox, Service::Imap, QStringLiteral("IMAPS_PORT"), Security::ImplicitTls, {user->login});
        request.outgoing = server(sandbox, Service::Smtp, QStringLiteral("SUBMISSIONS_PORT"), Security::ImplicitTls, {user->login});
        request.password = user->password;
        QStringList log;
        const auto result = verify(request, sandbox, &log);
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
        QCOMPARE(result.incomingUser, user->login);
        QCOMPARE(result.outgoingUser, user->login);
    }

    void pop3AndSmtpWithStartTls()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("verify"));
        QVERIFY(user);
        AccountVerifier::Request request;
        request.incoming = server(sandbox, Service::Pop3, QStringLiteral("POP3_PORT"), Security::StartTls, {user->login});
        request.outgoing = server(sandbox, Service::Smtp, QStringLiteral("SUBMISSION_PORT"), Security::StartTls, {user->login});
        request.password = user->password;
        const auto result = verify(request, sandbox);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    void userNamesAreTriedInOrder()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("verify"));
        QVERIFY(user);
        const QStringList candidates{QStringLiteral("nobody-%1@example.test").arg(quintptr(this)), user->login};
        AccountVerifier::Request request;
        request.incoming = server(sandbox, Service::Imap, QStringLiteral("IMAP_PORT"), Security::StartTls, candidates);
        request.outgoing = server(sandbox, Service::Smtp, QStringLiteral("SUBMISSIONS_PORT"), Security::ImplicitTls, candidates);
        request.password = user->password;
        QStringList log;
        const auto result = verify(request, sandbox, &log);
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
        QCOMPARE(result.incomingUser, user->login);
        QCOMPARE(result.outgoingUser, user->login);
        // Outgoing starts with the name that worked: one refusal only, on the incoming side.
        QCOMPARE(log.filter(QStringLiteral("trying the next user name")).size(), 1);
    }

    void wrongPasswordIsAClearError()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("verify"));
        QVERIFY(user);
        AccountVerifier::Request request;
        request.incoming = server(sandbox, Service::Imap, QStringLiteral("IMAPS_PORT"), Security::ImplicitTls, {user->login});
        request.outgoing = server(sandbox, Service::Smtp, QStringLiteral("SUBMISSIONS_PORT"), Security::ImplicitTls, {user->login});
        request.password = QStringLiteral("not the password");
        const auto result = verify(request, sandbox);
        QCOMPARE(result.failure, AccountVerifier::Failure::WrongPassword);
        QVERIFY(result.incomingFailed);
        QVERIFY(result.message.contains(QLatin1String("refused")));

        // Right for IMAP, wrong for SMTP: the outgoing side is named.
        request.password = user->password;
        request.outgoing.userNames = {QStringLiteral("someone-else@example.test")};
        const auto outgoing = verify(request, sandbox);
        QCOMPARE(outgoing.failure, AccountVerifier::Failure::WrongPassword);
        QVERIFY(!outgoing.incomingFailed);
    }

    void unconfirmedForeignDomainSendsNothing()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        AccountVerifier::Request request;
        // Port 1: any connection attempt would end as "unreachable", not as "needs confirmation".
        request.incoming = server(sandbox, Service::Imap, QStringLiteral("IMAPS_PORT"), Security::ImplicitTls, {QStringLiteral("a@b.test")});
        request.incoming.port = 1;
        request.incoming.needsConfirmation = true;
        request.incoming.confirmationDomain = QStringLiteral("provider.test");
        request.outgoing = request.incoming;
        request.outgoing.service = Service::Smtp;
        request.password = QStringLiteral("secret");
        const auto result = verify(request, sandbox);
        QCOMPARE(result.failure, AccountVerifier::Failure::NeedsConfirmation);
        QVERIFY(result.message.contains(QLatin1String("provider.test")));

        request.confirmed = true;
        QCOMPARE(verify(request, sandbox).failure, AccountVerifier::Failure::Unreachable);
    }

    void certificateForAnotherHostIsRefused()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        AccountVerifier::Request request;
        request.incoming = server(sandbox, Service::Imap, QStringLiteral("WRONG_HOST_PORT"), Security::ImplicitTls,
                                  {QStringLiteral("a@example.test")});
        request.outgoing = server(sandbox, Service::Smtp, QStringLiteral("SUBMISSIONS_PORT"), Security::ImplicitTls,
                                  {QStringLiteral("a@example.test")});
        request.password = QStringLiteral("secret");
        const auto result = verify(request, sandbox);
        QCOMPARE(result.failure, AccountVerifier::Failure::Certificate);
        QVERIFY(result.certificate.has_value());
        QCOMPARE(result.certificate->sha256Fingerprint.size(), 95);
    }
};

QTEST_GUILESS_MAIN(TestAccountVerifier)
#include "tst_AccountVerifier.moc"
