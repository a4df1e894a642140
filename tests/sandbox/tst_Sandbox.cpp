// The loopback mail sandbox itself (scripts/mail-sandbox), checked with plain QSslSocket and
// QDnsLookup so that it does not depend on Epistle's own protocol code: every port answers its
// protocol over plain, STARTTLS and implicit TLS with the sandbox CA verified, the negative
// certificates are refused, the advertised extensions are there, mail submitted by SMTP arrives
// over IMAP, users can be added, the demo mailbox holds its sample mail, generate-mail writes
// mail Dovecot can read, and dnsmasq serves the SRV/MX/A records.

#include "support/Sandbox.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using epistle::test::Sandbox;

namespace {

constexpr int kTimeoutMs = 15000;

// A synchronous line client over QSslSocket, enough to talk IMAP, POP3 and SMTP in a test.
class LineClient
{
public:
    explicit LineClient(const Sandbox &sandbox)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(sandbox.caCertificates());
        m_socket.setSslConfiguration(configuration);
        m_host = sandbox.host();
    }

    bool connectPlain(quint16 port)
    {
        m_socket.connectToHost(m_host, port);
        return m_socket.waitForConnected(kTimeoutMs);
    }

    bool connectTls(quint16 port)
    {
        m_socket.connectToHostEncrypted(m_host, port);
        return m_socket.waitForEncrypted(kTimeoutMs);
    }

    bool startTls()
    {
        m_socket.startClientEncryption();
        return m_socket.waitForEncrypted(kTimeoutMs);
    }

    QList<QSslError> handshakeErrors() const { return m_socket.sslHandshakeErrors(); }
    bool isEncrypted() const { return m_socket.isEncrypted(); }

    void send(const QByteArray &line)
    {
        m_socket.write(line + "\r\n");
        m_socket.flush();
    }

    // One line without its CRLF; empty with m_failed set on timeout or close.
    QByteArray readLine()
    {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(kTimeoutMs)) {
                m_failed = true;
                return {};
            }
        }
        QByteArray line = m_socket.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    QByteArray readExactly(qint64 size)
    {
        QByteArray data;
        while (data.size() < size) {
            if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(kTimeoutMs)) {
                m_failed = true;
                return data;
            }
            data += m_socket.read(size - data.size());
        }
        return data;
    }

    // An IMAP command: the untagged and tagged lines of its response, literals inlined.
    QList<QByteArray> imap(const QByteArray &command)
    {
        const QByteArray tag = "t" + QByteArray::number(++m_tag);
        send(tag + ' ' + command);
        QList<QByteArray> lines;
        static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\}$"));
        while (!m_failed) {
            QByteArray line = readLine();
            for (QRegularExpressionMatch match = literal.match(QString::fromLatin1(line)); match.hasMatch() && !m_failed;
                 match = literal.match(QString::fromLatin1(line))) {
                line += readExactly(match.captured(1).toLongLong());
                line += readLine();
            }
            lines.append(line);
            if (line.startsWith(tag + ' '))
                break;
        }
        return lines;
    }

    static bool taggedOk(const QList<QByteArray> &lines)
    {
        return !lines.isEmpty() && lines.last().split(' ').value(1) == "OK";
    }

    // An SMTP reply (all its lines); the code is the first three characters.
    QList<QByteArray> smtpReply()
    {
        QList<QByteArray> lines;
        while (!m_failed) {
            const QByteArray line = readLine();
            lines.append(line);
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        return lines;
    }

    QByteArray smtp(const QByteArray &command)
    {
        send(command);
        return smtpReply().join('\n');
    }

    bool failed() const { return m_failed; }

private:
    QSslSocket m_socket;
    QString m_host;
    int m_tag = 0;
    bool m_failed = false;
};

bool imapLogin(LineClient &client, const Sandbox::User &user)
{
    return LineClient::taggedOk(client.imap("LOGIN \"" + user.login.toUtf8() + "\" \"" + user.password.toUtf8() + '"'));
}

QByteArray authPlain(const Sandbox::User &user)
{
    return "AUTH PLAIN " + ('\0' + user.login.toUtf8() + '\0' + user.password.toUtf8()).toBase64();
}

// The number in "* <n> EXISTS" of a SELECT or EXAMINE response, or -1.
int existsCount(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 3 && words[0] == "*" && words[2] == "EXISTS")
            return words[1].toInt();
    }
    return -1;
}

int searchCount(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith("* SEARCH"))
            return int(line.split(' ').size()) - 2;
    }
    return -1;
}

QList<QDnsServiceRecord> lookupSrv(const Sandbox &sandbox, const QString &name, QDnsLookup::Error *error)
{
    QDnsLookup lookup(QDnsLookup::SRV, name, sandbox.dnsServer());
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    lookup.lookup();
    if (!finished.wait(kTimeoutMs)) {
        *error = QDnsLookup::ResolverError;
        return {};
    }
    *error = lookup.error();
    return lookup.serviceRecords();
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greetingsAndTls_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QByteArray>("greeting");     // the greeting starts with it
        QTest::addColumn<QByteArray>("upgrade");      // STARTTLS command, empty for implicit TLS
        QTest::addColumn<QByteArray>("capabilities"); // command sent over TLS
        QTest::addColumn<QByteArray>("expected");     // found in its response

        QTest::newRow("imap starttls") << "IMAP_PORT" << false << QByteArray("* OK") << QByteArray("a STARTTLS")
                                       << QByteArray("CAPABILITY") << QByteArray("IMAP4rev1");
        QTest::newRow("imaps") << "IMAPS_PORT" << true << QByteArray("* OK") << QByteArray() << QByteArray("CAPABILITY")
                               << QByteArray("IMAP4rev1");
        QTest::newRow("pop3 stls") << "POP3_PORT" << false << QByteArray("+OK") << QByteArray("STLS")
                                   << QByteArray("CAPA") << QByteArray("UIDL");
        QTest::newRow("pop3s") << "POP3S_PORT" << true << QByteArray("+OK") << QByteArray() << QByteArray("CAPA")
                               << QByteArray("UIDL");
        QTest::newRow("submission starttls") << "SUBMISSION_PORT" << false << QByteArray("220") << QByteArray("STARTTLS")
                                             << QByteArray("EHLO client.example.test") << QByteArray("AUTH PLAIN");
        QTest::newRow("submissions") << "SUBMISSIONS_PORT" << true << QByteArray("220") << QByteArray()
                                     << QByteArray("EHLO client.example.test") << QByteArray("AUTH PLAIN");
    }

    void greetingsAndTls()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QFETCH(QString, portKey);
        QFETCH(bool, implicitTls);
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, upgrade);
        QFETCH(QByteArray, capabilities);
        QFETCH(QByteArray, expected);

        LineClient client(sandbox);
        if (implicitTls) {
            QVERIFY2(client.connectTls(sandbox.port(portKey)), "TLS handshake with the sandbox CA failed");
            QVERIFY(client.handshakeErrors().isEmpty());
        } else {
            QVERIFY(client.connectPlain(sandbox.port(portKey)));
        }
        const QByteArray firstLine = client.readLine();
        QVERIFY2(firstLine.startsWith(greeting), firstLine.constData());
        if (portKey.startsWith(QLatin1String("IMAP")))
            QVERIFY2(firstLine.contains("IMAP4rev1"), firstLine.constData());

        if (!implicitTls) {
            QVERIFY(!client.isEncrypted());
            if (greeting == "220") { // SMTP offers STARTTLS only after EHLO
                client.send("EHLO client.example.test");
                const QByteArray ehlo = client.smtpReply().join('\n');
                QVERIFY2(ehlo.contains("STARTTLS"), ehlo.constData());
                QVERIFY2(!ehlo.contains("AUTH"), "AUTH offered before TLS");
            }
            client.send(upgrade);
            const QByteArray reply = client.readLine();
            QVERIFY2(reply.startsWith("a OK") || reply.startsWith("+OK") || reply.startsWith("220"), reply.constData());
            QVERIFY2(client.startTls(), "STARTTLS handshake with the sandbox CA failed");
            QVERIFY(client.handshakeErrors().isEmpty());
        }

        QByteArray response;
        if (greeting == "* OK") {
            response = client.imap(capabilities).join('\n');
        } else if (greeting == "+OK") {
            client.send(capabilities);
            for (QByteArray line = client.readLine(); !client.failed() && line != "."; line = client.readLine())
                response += line + '\n';
        } else {
            response = client.smtp(capabilities);
        }
        QVERIFY2(!client.failed(), "no answer over TLS");
        QVERIFY2(response.contains(expected), response.constData());
    }

    void negativeCertificates_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QSslError::SslError>("expectedError");
        QTest::newRow("wrong host") << "WRONG_HOST_PORT" << QSslError::HostNameMismatch;
        QTest::newRow("expired") << "EXPIRED_PORT" << QSslError::CertificateExpired;
    }

    void negativeCertificates()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QFETCH(QString, portKey);
        QFETCH(QSslError::SslError, expectedError);
        // The listener must answer every time, not just once.
        for (int attempt = 0; attempt < 3; ++attempt) {
            LineClient client(sandbox);
            QVERIFY2(!client.connectTls(sandbox.port(portKey)), "a bad certificate was accepted");
            QList<QSslError::SslError> errors;
            for (const QSslError &error : client.handshakeErrors())
                errors.append(error.error());
            QVERIFY2(errors.contains(expectedError), qPrintable(QStringLiteral("attempt %1: errors %2").arg(attempt).arg(errors.size())));
            // Signed by the sandbox CA: the chain itself is fine.
            QVERIFY(!errors.contains(QSslError::UnableToGetLocalIssuerCertificate));
            QVERIFY(!errors.contains(QSslError::SelfSignedCertificateInChain));
        }
    }

    void imapExtensionsAfterLogin()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString error;
        const auto user = sandbox.createUser(QStringLiteral("caps"), &error);
        QVERIFY2(user, qPrintable(error));

        LineClient client(sandbox);
        QVERIFY(client.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        client.readLine();
        QVERIFY(imapLogin(client, *user));
        const QByteArray capabilities = client.imap("CAPABILITY").join('\n');
        for (const char *extension : {"IDLE", "CONDSTORE", "QRESYNC", "MOVE", "UIDPLUS", "SPECIAL-USE", "COMPRESS=DEFLATE", "QUOTA",
                                      "NAMESPACE", "ESEARCH", "LITERAL+", "ENABLE", "ID"}) {
            QVERIFY2(capabilities.contains(QByteArray(" ") + extension), extension);
        }

        const QByteArray list = client.imap("LIST \"\" \"*\" RETURN (SPECIAL-USE)").join('\n');
        for (const char *folder : {"\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive"})
            QVERIFY2(list.contains(folder), list.constData());
        const QByteArray subscribed = client.imap("LSUB \"\" \"*\"").join('\n');
        for (const char *folder : {"Sent", "Drafts", "Trash", "Junk", "Archive"})
            QVERIFY2(subscribed.contains(folder), subscribed.constData());

        const QByteArray quota = client.imap("GETQUOTAROOT INBOX").join('\n');
        QVERIFY2(quota.contains("STORAGE 0 1048576"), quota.constData());

        const QList<QByteArray> select = client.imap("SELECT INBOX");
        QVERIFY(LineClient::taggedOk(select));
        QCOMPARE(existsCount(select), 0); // a new user's mailbox is empty

        QVERIFY(LineClient::taggedOk(client.imap("ENABLE QRESYNC")));
        // The tagged OK still comes uncompressed; the stream is deflated after it (so: the last command).
        QVERIFY(LineClient::taggedOk(client.imap("COMPRESS DEFLATE")));
    }

    void plainAndWrongPasswordLogins()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString error;
        const auto user = sandbox.createUser(QStringLiteral("plain"), &error);
        QVERIFY2(user, qPrintable(error));

        // A wrong password is refused at once, and does not slow down the next login (Dovecot's
        // defaults would delay each by 2 s or more: auth_failure_delay and the anvil auth penalty).
        QElapsedTimer timer;
        {
            LineClient client(sandbox);
            QVERIFY(client.connectPlain(sandbox.port(QStringLiteral("IMAP_PORT"))));
            client.readLine();
            timer.start();
            QVERIFY(!imapLogin(client, Sandbox::User{user->login, QStringLiteral("wrong")}));
            QVERIFY2(timer.elapsed() < 1800, qPrintable(QStringLiteral("the refusal took %1 ms").arg(timer.elapsed())));
        }
        {
            LineClient client(sandbox); // plain login on loopback is allowed by the sandbox
            QVERIFY(client.connectPlain(sandbox.port(QStringLiteral("IMAP_PORT"))));
            client.readLine();
            timer.start();
            QVERIFY(imapLogin(client, *user));
            QVERIFY2(timer.elapsed() < 1800, qPrintable(QStringLiteral("the next login took %1 ms").arg(timer.elapsed())));
        }

        LineClient pop(sandbox);
        QVERIFY(pop.connectTls(sandbox.port(QStringLiteral("POP3S_PORT"))));
        QVERIFY(pop.readLine().startsWith("+OK"));
        pop.send("USER " + user->login.toUtf8());
        QVERIFY(pop.readLine().startsWith("+OK"));
        pop.send("PASS " + user->password.toUtf8());
        QVERIFY(pop.readLine().startsWith("+OK"));
        pop.send("STAT");
        QCOMPARE(pop.readLine(), QByteArray("+OK 0 0"));
    }

    void manyConnectionsPerUser()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString error;
        const auto user = sandbox.createUser(QStringLiteral("many"), &error);
        QVERIFY2(user, qPrintable(error));
        // Dovecot's default allows 10 IMAP sessions per user and address; tests open more.
        std::vector<std::unique_ptr<LineClient>> clients;
        for (int i = 0; i < 25; ++i) {
            auto client = std::make_unique<LineClient>(sandbox);
            QVERIFY(client->connectPlain(sandbox.port(QStringLiteral("IMAP_PORT"))));
            client->readLine();
            QVERIFY2(imapLogin(*client, *user), qPrintable(QStringLiteral("session %1").arg(i + 1)));
            clients.push_back(std::move(client));
        }
        for (auto &client : clients)
            QVERIFY(LineClient::taggedOk(client->imap("NOOP")));
    }

    void submissionDeliversToImap_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::newRow("submission starttls") << "SUBMISSION_PORT";
        QTest::newRow("submissions") << "SUBMISSIONS_PORT";
    }

    void submissionDeliversToImap()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QFETCH(QString, portKey);
        QString error;
        const auto sender = sandbox.createUser(QStringLiteral("sender"), &error);
        QVERIFY2(sender, qPrintable(error));
        const auto recipient = sandbox.createUser(QStringLiteral("recipient"), &error);
        QVERIFY2(recipient, qPrintable(error));

        LineClient smtp(sandbox);
        if (portKey == QLatin1String("SUBMISSIONS_PORT")) {
            QVERIFY(smtp.connectTls(sandbox.port(portKey)));
            QVERIFY(smtp.smtpReply().join('\n').startsWith("220"));
        } else {
            QVERIFY(smtp.connectPlain(sandbox.port(portKey)));
            QVERIFY(smtp.smtpReply().join('\n').startsWith("220"));
            QVERIFY(smtp.smtp("EHLO client.example.test").startsWith("250"));
            QVERIFY(smtp.smtp("STARTTLS").startsWith("220"));
            QVERIFY(smtp.startTls());
        }
        QVERIFY(smtp.smtp("EHLO client.example.test").startsWith("250"));
        // Mail is refused before authentication.
        QVERIFY(smtp.smtp("MAIL FROM:<" + sender->login.toUtf8() + ">").startsWith("250"));
        QVERIFY(!smtp.smtp("RCPT TO:<" + recipient->login.toUtf8() + ">").startsWith("250"));
        QVERIFY(smtp.smtp("RSET").startsWith("250"));
        QVERIFY(!smtp.smtp("AUTH PLAIN " + QByteArray("\0nobody\0wrong", 13).toBase64()).startsWith("235"));
        const QByteArray auth = smtp.smtp(authPlain(*sender));
        QVERIFY2(auth.startsWith("235"), auth.constData());
        QVERIFY(smtp.smtp("MAIL FROM:<" + sender->login.toUtf8() + ">").startsWith("250"));
        const QByteArray unknown = smtp.smtp("RCPT TO:<no-such-user-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@"
                                             + sandbox.domain().toUtf8() + ">");
        QVERIFY2(unknown.startsWith("550"), unknown.constData());
        QVERIFY(smtp.smtp("RCPT TO:<" + recipient->login.toUtf8() + ">").startsWith("250"));
        // Other domains are accepted, and land in the outbound mailbox instead of leaving the machine.
        QVERIFY(smtp.smtp("RCPT TO:<someone@elsewhere.example>").startsWith("250"));
        QVERIFY(smtp.smtp("DATA").startsWith("354"));
        const QByteArray messageId = "<" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@client.example.test>";
        smtp.send("From: Sender <" + sender->login.toUtf8() + ">\r\nTo: <" + recipient->login.toUtf8()
                  + ">\r\nSubject: sandbox delivery\r\nMessage-ID: " + messageId + "\r\n\r\nHello over LMTP.\r\n.");
        const QByteArray queued = smtp.smtpReply().join('\n');
        QVERIFY2(queued.startsWith("250"), queued.constData());
        smtp.smtp("QUIT");

        LineClient imap(sandbox);
        QVERIFY(imap.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        imap.readLine();
        QVERIFY(imapLogin(imap, *recipient));
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        while (found == 0 && timer.elapsed() < 15000) {
            QVERIFY(LineClient::taggedOk(imap.imap("SELECT INBOX")));
            found = searchCount(imap.imap("SEARCH HEADER Message-ID \"" + messageId + "\""));
            if (found == 0)
                QTest::qWait(50);
        }
        QVERIFY2(found == 1, "the submitted message did not arrive in the recipient's INBOX");
        const QByteArray body = imap.imap("FETCH 1 BODY.PEEK[TEXT]").join('\n');
        QVERIFY2(body.contains("Hello over LMTP."), body.constData());

        LineClient outbound(sandbox);
        QVERIFY(outbound.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        outbound.readLine();
        QVERIFY(imapLogin(outbound, {sandbox.value(QStringLiteral("OUTBOUND_USER")), sandbox.value(QStringLiteral("OUTBOUND_PASSWORD"))}));
        found = 0;
        timer.restart();
        while (found == 0 && timer.elapsed() < 15000) {
            QVERIFY(LineClient::taggedOk(outbound.imap("EXAMINE INBOX")));
            found = searchCount(outbound.imap("SEARCH HEADER Message-ID \"" + messageId + "\""));
            if (found == 0)
                QTest::qWait(50);
        }
        QVERIFY2(found == 1, "mail for another domain did not arrive in the outbound mailbox");
    }

    void adduserInParallel()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        // Six processes adding users at the same moment (tests run in parallel): all succeed.
        QList<QProcess *> processes;
        QList<Sandbox::User> users;
        const QString script = qEnvironmentVariable("EPISTLE_SOURCE_DIR") + QStringLiteral("/scripts/mail-sandbox");
        for (int i = 0; i < 6; ++i) {
            const Sandbox::User user{QStringLiteral("parallel-%1-%2@%3")
                                         .arg(QUuid::createUuid().toString(QUuid::Id128).left(12))
                                         .arg(i)
                                         .arg(sandbox.domain()),
                                     QStringLiteral("pw-%1").arg(i)};
            users.append(user);
            auto *process = new QProcess(this);
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->setStandardInputFile(QProcess::nullDevice());
            process->start(script, {QStringLiteral("adduser"), sandbox.directory(), user.login, user.password});
            processes.append(process);
        }
        for (QProcess *process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAll().constData());
            delete process;
        }
        for (const Sandbox::User &user : users) {
            LineClient client(sandbox);
            QVERIFY(client.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
            client.readLine();
            QVERIFY2(imapLogin(client, user), qPrintable(user.login));
        }
        // Hostile input is refused.
        QString output;
        QVERIFY(!sandbox.runScript(QStringLiteral("adduser"), {QStringLiteral("evil:name@example.test"), QStringLiteral("pw")}, &output));
        QVERIFY(!sandbox.runScript(QStringLiteral("adduser"), {QStringLiteral("x@example.test"), QStringLiteral("a:b")}, &output));
        QVERIFY(!sandbox.runScript(QStringLiteral("adduser"), {QStringLiteral("../../etc@example.test"), QStringLiteral("pw")}, &output));
        QVERIFY(!sandbox.runScript(QStringLiteral("adduser"), {QStringLiteral("x@elsewhere.test"), QStringLiteral("pw")}, &output));
    }

    void demoMailbox()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        LineClient client(sandbox);
        QVERIFY(client.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        client.readLine();
        QVERIFY(imapLogin(client, {sandbox.value(QStringLiteral("DEMO_USER")), sandbox.value(QStringLiteral("DEMO_PASSWORD"))}));
        const QList<QByteArray> examine = client.imap("EXAMINE INBOX");
        QVERIFY(LineClient::taggedOk(examine));
        QVERIFY2(existsCount(examine) >= 20, qPrintable(QString::number(existsCount(examine))));
        QVERIFY(searchCount(client.imap("SEARCH FLAGGED")) > 0);
        QVERIFY(searchCount(client.imap("SEARCH UNSEEN")) > 0);
        QVERIFY(searchCount(client.imap("SEARCH SEEN")) > 0);
        QVERIFY(searchCount(client.imap("SEARCH HEADER In-Reply-To \"@\"")) > 0); // threads
        QVERIFY(searchCount(client.imap("SEARCH HEADER Content-Type multipart")) > 0);
        // Every message parses: BODYSTRUCTURE of all of them.
        const QList<QByteArray> structure = client.imap("FETCH 1:* (BODYSTRUCTURE ENVELOPE)");
        QVERIFY(LineClient::taggedOk(structure));
        const QByteArray all = structure.join('\n').toLower(); // servers differ in the case of MIME types
        QVERIFY(all.contains("\"message\" \"rfc822\""));
        QVERIFY(all.contains("\"image\" \"png\""));
        QVERIFY(all.contains("\"text\" \"html\""));
        QVERIFY(all.contains("\"application\" \"pdf\""));
        QVERIFY(all.contains("\"digest\" (\"boundary\"")); // multipart/digest
        QVERIFY(all.contains("=?utf-8?b?")); // RFC 2047 words in envelopes
        QVERIFY(all.contains("\"filename*\" \"utf-8''")); // RFC 2231 parameters
        for (const char *folder : {"Sent", "Archive"}) {
            const QByteArray status = client.imap(QByteArray("STATUS ") + folder + " (MESSAGES)").join('\n');
            QVERIFY2(!status.contains("MESSAGES 0)") && status.contains("MESSAGES"), status.constData());
        }
    }

    void generateMail()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QString error;
        const auto user = sandbox.createUser(QStringLiteral("generated"), &error);
        QVERIFY2(user, qPrintable(error));
        QString output;
        QVERIFY2(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("300"), QStringLiteral("Archive")}, &output),
                 qPrintable(output));
        QVERIFY2(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("40")}, &output), qPrintable(output));
        QVERIFY2(sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("5"), QStringLiteral("Projects/Q4 plans")}, &output),
                 qPrintable(output));
        QVERIFY(!sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("many")}, &output));
        QVERIFY(!sandbox.runScript(QStringLiteral("generate-mail"), {user->login, QStringLiteral("1"), QStringLiteral("../x")}, &output));

        LineClient client(sandbox);
        QVERIFY(client.connectTls(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        client.readLine();
        QVERIFY(imapLogin(client, *user));
        QVERIFY(client.imap("STATUS INBOX (MESSAGES)").join('\n').contains("MESSAGES 40)"));
        QVERIFY(client.imap("STATUS \"Projects/Q4 plans\" (MESSAGES)").join('\n').contains("MESSAGES 5)"));
        const QList<QByteArray> select = client.imap("EXAMINE Archive");
        QCOMPARE(existsCount(select), 300);
        // Reading every message whole fails if a file's S= size in its name is wrong.
        const QList<QByteArray> bodies = client.imap("FETCH 1:* (RFC822.SIZE BODY.PEEK[])");
        QVERIFY2(LineClient::taggedOk(bodies), bodies.last().constData());
        QVERIFY(searchCount(client.imap("SEARCH SEEN")) > 0);
        QVERIFY(searchCount(client.imap("SEARCH HEADER References \"@\"")) > 0);
        QVERIFY(searchCount(client.imap("SEARCH HEADER Content-Type multipart")) > 0);
        // Dates are spread out and ascending with the UIDs.
        const QList<QByteArray> dates = client.imap("FETCH 1,300 INTERNALDATE");
        QVERIFY(dates.size() == 3);
        QVERIFY(dates[0] != dates[1]);
    }

    void dnsRecords()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        if (!sandbox.dnsAvailable())
            QSKIP(qPrintable(QStringLiteral("dnsmasq is not available: %1").arg(sandbox.value(QStringLiteral("DNS_UNAVAILABLE_REASON")))));
        const QString domain = sandbox.domain();
        const QList<QPair<QString, QString>> services = {{QStringLiteral("_imaps._tcp."), QStringLiteral("IMAPS_PORT")},
                                                         {QStringLiteral("_imap._tcp."), QStringLiteral("IMAP_PORT")},
                                                         {QStringLiteral("_pop3s._tcp."), QStringLiteral("POP3S_PORT")},
                                                         {QStringLiteral("_pop3._tcp."), QStringLiteral("POP3_PORT")},
                                                         {QStringLiteral("_submissions._tcp."), QStringLiteral("SUBMISSIONS_PORT")},
                                                         {QStringLiteral("_submission._tcp."), QStringLiteral("SUBMISSION_PORT")}};
        for (const auto &[prefix, portKey] : services) {
            QDnsLookup::Error error = QDnsLookup::NoError;
            const QList<QDnsServiceRecord> records = lookupSrv(sandbox, prefix + domain, &error);
            QCOMPARE(error, QDnsLookup::NoError);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().port(), sandbox.port(portKey));
            QVERIFY(records.first().target().endsWith(domain));
        }

        QDnsLookup mx(QDnsLookup::MX, domain, sandbox.dnsServer());
        QSignalSpy mxDone(&mx, &QDnsLookup::finished);
        mx.lookup();
        QVERIFY(mxDone.wait(kTimeoutMs));
        QCOMPARE(mx.error(), QDnsLookup::NoError);
        QCOMPARE(mx.mailExchangeRecords().size(), 1);
        QCOMPARE(mx.mailExchangeRecords().first().exchange(), QStringLiteral("mail.") + domain);

        for (const char *host : {"mail.", "imap.", "smtp."}) {
            QDnsLookup a(QDnsLookup::A, QLatin1String(host) + domain, sandbox.dnsServer());
            QSignalSpy aDone(&a, &QDnsLookup::finished);
            a.lookup();
            QVERIFY(aDone.wait(kTimeoutMs));
            QCOMPARE(a.error(), QDnsLookup::NoError);
            QCOMPARE(a.hostAddressRecords().size(), 1);
            QCOMPARE(a.hostAddressRecords().first().value(), QHostAddress(QHostAddress::LocalHost));
        }

        QDnsLookup::Error error = QDnsLookup::NoError;
        lookupSrv(sandbox, QStringLiteral("_imaps._tcp.no-such-domain.test"), &error);
        QCOMPARE(error, QDnsLookup::NotFoundError);
    }

    void dnsRecordsAddedByTests()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        if (!sandbox.dnsAvailable())
            QSKIP(qPrintable(QStringLiteral("dnsmasq is not available: %1").arg(sandbox.value(QStringLiteral("DNS_UNAVAILABLE_REASON")))));
        const QString domain = QStringLiteral("added-%1.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        QFile records(sandbox.directory() + QStringLiteral("/dns/records.conf"));
        QVERIFY(records.open(QIODevice::Append));
        records.write(QStringLiteral("srv-host=_imaps._tcp.%1,mail.%1,993,0,1\nsrv-host=_pop3._tcp.%1,.,0\n").arg(domain).toUtf8());
        records.close();
        QString output;
        QVERIFY2(sandbox.runScript(QStringLiteral("dns-reload"), {}, &output), qPrintable(output));

        QDnsLookup::Error error = QDnsLookup::NoError;
        const QList<QDnsServiceRecord> imaps = lookupSrv(sandbox, QStringLiteral("_imaps._tcp.") + domain, &error);
        QCOMPARE(error, QDnsLookup::NoError);
        QCOMPARE(imaps.size(), 1);
        QCOMPARE(imaps.first().port(), quint16(993));
        // RFC 6186 "service not offered": target "." and port 0.
        const QList<QDnsServiceRecord> pop3 = lookupSrv(sandbox, QStringLiteral("_pop3._tcp.") + domain, &error);
        QCOMPARE(error, QDnsLookup::NoError);
        QCOMPARE(pop3.size(), 1);
        QCOMPARE(pop3.first().port(), quint16(0));
        QVERIFY(pop3.first().target().isEmpty() || pop3.first().target() == QLatin1String("."));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_Sandbox.moc"
