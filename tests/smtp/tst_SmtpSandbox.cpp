#include "smtp/Client.h"

#include "ImapReader.h"
#include "support/Sandbox.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

using namespace epistle;

namespace {

const QByteArray boundary = "epistle-boundary-7f3a";

struct TestMessage
{
    QByteArray source;          // as handed to the client: LF line ends
    QList<QByteArray> parts;    // the MIME parts as they must arrive (CRLF)
    QByteArray attachment;      // the decoded binary attachment
};

QByteArray crlf(QByteArray text)
{
    text.replace("\r\n", "\n");
    text.replace('\n', "\r\n");
    return text;
}

TestMessage makeMessage(const QString &from, const QString &to, const QString &messageId)
{
    TestMessage message;
    QByteArray binary(200 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : binary)
        c = char(generator.bounded(256));
    message.attachment = binary;
    QByteArray base64 = binary.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + '\n';

    const QByteArray text = "Content-Type: text/plain; charset=utf-8\n"
                            "Content-Transfer-Encoding: 8bit\n"
                            "\n"
                            "Grüße aus Köln! Ünïcödé text, 日本語.\n"
                            ".\n"
                            "..two dots at the start\n"
                            ". a line starting with a dot\n"
                            "From the start of a line\n"
                            "trailing spaces   \n";
    const QByteArray attachment = "Content-Type: application/octet-stream; name=\"data.bin\"\n"
                                  "Content-Disposition: attachment; filename=\"data.bin\"\n"
                                  "Content-Transfer-Encoding: base64\n"
                                  "\n"
                                  + wrapped;
    const QByteArray notes = "Content-Type: text/plain; charset=utf-8; name=\"notes.txt\"\n"
                             "Content-Disposition: attachment; filename*=UTF-8''n%C3%B6tes.txt\n"
                             "Content-Transfer-Encoding: quoted-printable\n"
                             "\n"
                             "Sch=C3=B6ne Gr=C3=BC=C3=9Fe=\n"
                             " und noch eine Zeile.\n";
    message.source = "From: =?UTF-8?Q?J=C3=B6rg_Test?= <" + from.toUtf8() + ">\n"
                     "To: " + to.toUtf8() + "\n"
                     "Subject: =?UTF-8?B?" + QByteArray("Größenänderung ✓ 日本 – Anhänge").toBase64() + "?=\n"
                     "X-Greeting: Grüße, raw UTF-8 in a header\n"
                     "Message-ID: <" + messageId.toUtf8() + ">\n"
                     "Date: Mon, 23 Nov 2026 08:00:00 +0000\n"
                     "MIME-Version: 1.0\n"
                     "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n"
                     "\n"
                     "This is a multi-part message in MIME format.\n"
                     "--" + boundary + "\n" + text +
                     "--" + boundary + "\n" + attachment +
                     "--" + boundary + "\n" + notes +
                     "--" + boundary + "--\n";
    message.parts = {crlf(text), crlf(attachment), crlf(notes)};
    return message;
}

// The parts between the boundaries of a received multipart body (CRLF), without the CRLF
// that belongs to the next delimiter line.
QList<QByteArray> splitParts(const QByteArray &body)
{
    QList<QByteArray> parts;
    const QByteArray delimiter = "\r\n--" + boundary;
    qsizetype pos = body.indexOf("--" + boundary + "\r\n");
    if (pos < 0)
        return parts;
    pos += boundary.size() + 4;
    while (true) {
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            break;
        parts.append(body.mid(pos, next - pos + 2)); // keep the part's own last CRLF
        pos = next + delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF after the delimiter
    }
    return parts;
}

template<typename Result> struct Waiter
{
    std::optional<Result> result;
    auto callback()
    {
        return [this](const Result &r) { result = r; };
    }
    bool wait(int ms = 30000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

} // namespace

class TestSmtpSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendAndReadBack_data();
    void sendAndReadBack();
    void wrongPassword_data();
    void wrongPassword();
    void unknownRecipientReportedByAddress();
};

void TestSmtpSandbox::sendAndReadBack_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<bool>("chunking");
    QTest::addColumn<int>("chunkSize");
    using M = smtp::Client::AuthMechanism;
    QTest::newRow("starttls plain bdat") << false << int(M::Plain) << true << 1024 * 1024;
    QTest::newRow("starttls login data") << false << int(M::Login) << false << 0;
    QTest::newRow("implicit plain data") << true << int(M::Plain) << false << 0;
    QTest::newRow("implicit login bdat small chunks") << true << int(M::Login) << true << 10000;
    QTest::newRow("starttls automatic") << false << int(M::Automatic) << true << 1024 * 1024;
}

void TestSmtpSandbox::sendAndReadBack()
{
    QFETCH(bool, implicitTls);
    QFETCH(int, mechanism);
    QFETCH(bool, chunking);
    QFETCH(int, chunkSize);
    EPISTLE_SANDBOX_OR_SKIP(sandbox);
    QString why;
    const auto user = sandbox.createUser(QStringLiteral("smtp"), &why);
    QVERIFY2(user, qPrintable(why));

    smtp::Client client;
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    client.connection().setTlsPolicy(policy);
    client.setUseChunking(chunking);
    if (chunkSize > 0)
        client.setBdatChunkSize(chunkSize);
    const net::Endpoint endpoint{sandbox.host(),
                                 sandbox.port(implicitTls ? QStringLiteral("SUBMISSIONS_PORT") : QStringLiteral("SUBMISSION_PORT")),
                                 implicitTls ? net::Security::ImplicitTls : net::Security::StartTls, false};
    Waiter<smtp::Error> connected;
    client.connectToServer(endpoint, connected.callback());
    QVERIFY(connected.wait());
    QVERIFY2(!connected.result->isError(), qPrintable(connected.result->message));
    QVERIFY(client.connection().isEncrypted());
    QVERIFY(client.capabilities().esmtp);
    QVERIFY(!client.capabilities().startTls || implicitTls); // the list after TLS

    Waiter<smtp::Error> auth;
    client.authenticate(user->login, user->password, smtp::Client::AuthMechanism(mechanism), auth.callback());
    QVERIFY(auth.wait());
    QVERIFY2(!auth.result->isError(), qPrintable(auth.result->message));

    const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@epistle.test");
    const TestMessage message = makeMessage(user->login, user->login, messageId);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(message.source);
    file.seek(0);
    smtp::Envelope envelope;
    envelope.from = user->login;
    envelope.recipients = {user->login};
    Waiter<smtp::SendResult> sent;
    client.send(envelope, &file, sent.callback());
    QVERIFY(sent.wait());
    QVERIFY2(!sent.result->error.isError(), qPrintable(sent.result->error.message));
    QVERIFY(sent.result->delivered);
    QCOMPARE(sent.result->finalReply.code, 250);
    QVERIFY(sent.result->finalReply.enhanced.isValid()); // Postfix offers ENHANCEDSTATUSCODES
    Waiter<smtp::Error> quit;
    client.quit(quit.callback());
    QVERIFY(quit.wait());
    QVERIFY(!quit.result->isError());

    QString error;
    const QByteArray received = ImapReader::fetchFirstMessage(sandbox.host(), sandbox.port(QStringLiteral("IMAPS_PORT")), sandbox.caCertificates(),
                                                              user->login, user->password, 20000, &error);
    QVERIFY2(!received.isEmpty(), qPrintable(error));
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray header = received.left(headerEnd + 2);
    QVERIFY2(header.contains("Message-ID: <" + messageId.toUtf8() + ">\r\n"), header.constData());
    QVERIFY(header.contains("X-Greeting: Grüße, raw UTF-8 in a header\r\n"));
    QVERIFY(header.contains("Subject: =?UTF-8?B?"));
    // The body arrives byte for byte as sent (with CRLF line ends), part by part.
    const QByteArray body = received.mid(headerEnd + 4);
    const QByteArray sentBody = crlf(message.source.mid(message.source.indexOf("\n\n") + 2));
    const QList<QByteArray> parts = splitParts(body);
    QCOMPARE(parts.size(), message.parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i)
        QVERIFY2(parts[i] == message.parts[i], qPrintable(QStringLiteral("part %1 differs").arg(i)));
    const QByteArray attachmentBase64 = parts[1].mid(parts[1].indexOf("\r\n\r\n") + 4);
    QCOMPARE(QByteArray::fromBase64(attachmentBase64), message.attachment);
    QCOMPARE(body, sentBody);
}

void TestSmtpSandbox::wrongPassword_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("starttls") << false;
    QTest::newRow("implicit") << true;
}

void TestSmtpSandbox::wrongPassword()
{
    QFETCH(bool, implicitTls);
    EPISTLE_SANDBOX_OR_SKIP(sandbox);
    QString why;
    const auto user = sandbox.createUser(QStringLiteral("smtpwrong"), &why);
    QVERIFY2(user, qPrintable(why));
    smtp::Client client;
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    client.connection().setTlsPolicy(policy);
    const net::Endpoint endpoint{sandbox.host(),
                                 sandbox.port(implicitTls ? QStringLiteral("SUBMISSIONS_PORT") : QStringLiteral("SUBMISSION_PORT")),
                                 implicitTls ? net::Security::ImplicitTls : net::Security::StartTls, false};
    Waiter<smtp::Error> connected;
    client.connectToServer(endpoint, connected.callback());
    QVERIFY(connected.wait());
    QVERIFY2(!connected.result->isError(), qPrintable(connected.result->message));
    Waiter<smtp::Error> auth;
    client.authenticate(user->login, user->password + QStringLiteral("-wrong"), smtp::Client::AuthMechanism::Automatic, auth.callback());
    QVERIFY(auth.wait());
    QCOMPARE(auth.result->kind, smtp::Error::Kind::AuthFailed);
    QCOMPARE(auth.result->reply.code, 535);
    QVERIFY(!client.isAuthenticated());
    // Without login, the submission service refuses the sender or the recipient.
    QBuffer buffer;
    buffer.setData("Subject: x\r\n\r\nx\r\n");
    buffer.open(QIODevice::ReadOnly);
    smtp::Envelope envelope;
    envelope.from = user->login;
    envelope.recipients = {user->login};
    Waiter<smtp::SendResult> sent;
    client.send(envelope, &buffer, sent.callback());
    QVERIFY(sent.wait());
    QVERIFY(!sent.result->delivered);
    QVERIFY(sent.result->error.isError());
}

void TestSmtpSandbox::unknownRecipientReportedByAddress()
{
    EPISTLE_SANDBOX_OR_SKIP(sandbox);
    QString why;
    const auto user = sandbox.createUser(QStringLiteral("smtprcpt"), &why);
    QVERIFY2(user, qPrintable(why));
    smtp::Client client;
    net::TlsPolicy policy;
    policy.addCaCertificates(sandbox.caCertificates());
    client.connection().setTlsPolicy(policy);
    Waiter<smtp::Error> connected;
    client.connectToServer({sandbox.host(), sandbox.port(QStringLiteral("SUBMISSION_PORT")), net::Security::StartTls, false}, connected.callback());
    QVERIFY(connected.wait());
    QVERIFY2(!connected.result->isError(), qPrintable(connected.result->message));
    Waiter<smtp::Error> auth;
    client.authenticate(user->login, user->password, smtp::Client::AuthMechanism::Automatic, auth.callback());
    QVERIFY(auth.wait());
    QVERIFY2(!auth.result->isError(), qPrintable(auth.result->message));
    const QString unknown = QStringLiteral("nobody-%1@%2").arg(QUuid::createUuid().toString(QUuid::Id128), sandbox.domain());
    QBuffer buffer;
    buffer.setData("Subject: partial\r\n\r\nto one of two\r\n");
    buffer.open(QIODevice::ReadOnly);
    smtp::Envelope envelope;
    envelope.from = user->login;
    envelope.recipients = {user->login, unknown};
    Waiter<smtp::SendResult> sent;
    client.send(envelope, &buffer, sent.callback());
    QVERIFY(sent.wait());
    QVERIFY(sent.result->delivered);
    QCOMPARE(sent.result->error.kind, smtp::Error::Kind::RecipientsRejected);
    QCOMPARE(sent.result->rejectedAddresses(), QStringList{unknown});
    QVERIFY(sent.result->error.message.contains(unknown));
    QCOMPARE(sent.result->recipients[1].reply.code, 550);
    // A second message on the same connection (RSET first): all-or-nothing this time.
    buffer.seek(0);
    envelope.partialDelivery = false;
    Waiter<smtp::SendResult> second;
    client.send(envelope, &buffer, second.callback());
    QVERIFY(second.wait());
    QVERIFY(!second.result->delivered);
    QCOMPARE(second.result->rejectedAddresses(), QStringList{unknown});
    Waiter<smtp::Error> quit;
    client.quit(quit.callback());
    QVERIFY(quit.wait());
}

QTEST_GUILESS_MAIN(TestSmtpSandbox)
#include "tst_SmtpSandbox.moc"
