// Discovery against real DNS (the sandbox's dnsmasq, over UDP), a local HTTPS server for the
// autoconfig files, and the sandbox's Dovecot and Postfix for the guessing probes.

#include "HttpsFileServer.h"
#include "autoconfig/Discovery.h"
#include "support/Sandbox.h"
#include "support/TestCertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace epistle::autoconfig;
using epistle::net::Security;
using epistle::test::Sandbox;
using epistle::test::TestCertificates;

namespace {

// Each test case has its own domain, so the records never collide with other tests'.
QString records(const Sandbox &sandbox)
{
    const QString imaps = sandbox.value(QStringLiteral("IMAPS_PORT"));
    const QString smtps = sandbox.value(QStringLiteral("SUBMISSIONS_PORT"));
    return QStringLiteral(
               // "." for POP3: the provider says there is no POP3.
               "srv-host=_imaps._tcp.nopop.test,imap.example.test,%1,0,1\n"
               "srv-host=_pop3s._tcp.nopop.test,.,0\n"
               "srv-host=_pop3._tcp.nopop.test,.,0\n"
               "srv-host=_submissions._tcp.nopop.test,smtp.example.test,%2,0,1\n"
               // Priorities and weights: POP3 preferred by the provider; two IMAP hosts by weight.
               "srv-host=_imaps._tcp.prio.test,imap.example.test,%1,10,20\n"
               "srv-host=_imaps._tcp.prio.test,mail.example.test,%1,10,80\n"
               "srv-host=_pop3s._tcp.prio.test,mail.example.test,%3,5,1\n"
               "srv-host=_submission._tcp.prio.test,smtp.example.test,%4,0,1\n"
               "srv-host=_submissions._tcp.prio.test,smtp.example.test,%2,1,1\n"
               // Records pointing outside the address's domain.
               "srv-host=_imaps._tcp.elsewhere.test,imap.example.test,%1,0,1\n"
               "srv-host=_submissions._tcp.elsewhere.test,smtp.example.test,%2,0,1\n"
               // Only an MX record, at a host of another domain that has SRV records.
               "mx-host=mxonly.test,mail.example.test,10\n"
               // Hosts with the usual names and nothing else: no SRV, no MX, no autoconfig.
               "host-record=imap.guess.test,127.0.0.1\n"
               "host-record=smtp.guess.test,127.0.0.1\n")
        .arg(imaps, smtps, sandbox.value(QStringLiteral("POP3S_PORT")), sandbox.value(QStringLiteral("SUBMISSION_PORT")));
}

DiscoveryOptions baseOptions(const Sandbox &sandbox)
{
    DiscoveryOptions options;
    options.dnsServer = sandbox.dnsServer();
    options.tlsPolicy.addCaCertificates(sandbox.caCertificates());
    options.tlsPolicy.addCaCertificates({TestCertificates::instance().ca()});
    options.autoconfigUrls = QStringList{}; // per test
    options.useGuess = false;
    options.stepTimeoutMs = 10000;
    options.probeTimeoutMs = 5000;
    return options;
}

// The standard ports a guess probes, mapped to the sandbox's ports for the same services.
QHash<quint16, quint16> sandboxPorts(const Sandbox &sandbox)
{
    return {{993, sandbox.port(QStringLiteral("IMAPS_PORT"))},       {143, sandbox.port(QStringLiteral("IMAP_PORT"))},
            {995, sandbox.port(QStringLiteral("POP3S_PORT"))},       {110, sandbox.port(QStringLiteral("POP3_PORT"))},
            {465, sandbox.port(QStringLiteral("SUBMISSIONS_PORT"))}, {587, sandbox.port(QStringLiteral("SUBMISSION_PORT"))}};
}

QList<ServerSetting> discover(const DiscoveryOptions &options, const QString &email, QStringList *log = nullptr,
                              QSet<Service> *notOffered = nullptr)
{
    Discovery discovery;
    discovery.setOptions(options);
    QStringList messages;
    QObject::connect(&discovery, &Discovery::logMessage, [&](const QString &m) { messages << m; });
    QSignalSpy finished(&discovery, &Discovery::finished);
    if (!discovery.start(email) || !finished.wait(60000)) {
        qWarning() << "discovery did not finish" << messages;
        return {};
    }
    if (log)
        *log = messages;
    if (notOffered)
        *notOffered = discovery.notOffered();
    return discovery.results();
}

QList<ServerSetting> ofService(const QList<ServerSetting> &all, Service service)
{
    QList<ServerSetting> out;
    for (const ServerSetting &s : all)
        if (s.service == service)
            out << s;
    return out;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        if (!sandbox.dnsAvailable())
            QSKIP(qPrintable(QStringLiteral("the sandbox DNS is not running: ") + sandbox.value(QStringLiteral("DNS_UNAVAILABLE_REASON"))));
        QFile file(sandbox.directory() + QStringLiteral("/dns/records.conf"));
        QVERIFY(file.open(QIODevice::Append));
        file.write(records(sandbox).toUtf8());
        file.close();
        QString output;
        QVERIFY2(sandbox.runScript(QStringLiteral("dns-reload"), {}, &output), qPrintable(output));
    }

    void srvForAllServices()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QStringList log;
        const auto results = discover(baseOptions(sandbox), QStringLiteral("alice@example.test"), &log);
        QVERIFY2(results.size() == 6, qPrintable(log.join(QLatin1Char('\n'))));
        // Incoming first, implicit TLS first by the sandbox's priorities; then outgoing.
        QCOMPARE(results.at(0).service, Service::Imap);
        QCOMPARE(results.at(0).security, Security::ImplicitTls);
        QCOMPARE(results.at(0).port, sandbox.port(QStringLiteral("IMAPS_PORT")));
        QCOMPARE(results.at(0).host, QStringLiteral("imap.example.test"));
        QCOMPARE(results.at(0).address, QStringLiteral("127.0.0.1"));
        QCOMPARE(results.at(0).source, Source::Srv);
        QCOMPARE(results.at(0).userNames.first(), QStringLiteral("alice@example.test"));
        QCOMPARE(results.at(4).service, Service::Smtp);
        QCOMPARE(results.at(4).port, sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        for (const ServerSetting &s : results)
            QVERIFY(!s.needsConfirmation);
        QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("_imaps._tcp.example.test")));
    }

    void dotMeansNotOffered()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        DiscoveryOptions options = baseOptions(sandbox);
        options.useGuess = true; // must not guess POP3 after the provider said there is none
        options.guessPortMap = {{993, 1}, {143, 1}, {995, 1}, {110, 1}, {465, 1}, {587, 1}};
        QSet<Service> notOffered;
        QStringList log;
        const auto results = discover(options, QStringLiteral("alice@nopop.test"), &log, &notOffered);
        QVERIFY(notOffered.contains(Service::Pop3));
        QVERIFY(ofService(results, Service::Pop3).isEmpty());
        QCOMPARE(ofService(results, Service::Imap).size(), 1);
        QCOMPARE(ofService(results, Service::Smtp).size(), 1);
        QVERIFY2(!log.join(QLatin1Char('\n')).contains(QLatin1String("Guess")), qPrintable(log.join(QLatin1Char('\n'))));
    }

    void prioritiesAndWeights()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto results = discover(baseOptions(sandbox), QStringLiteral("alice@prio.test"));
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(0).service, Service::Pop3); // priority 5 beats IMAP's 10
        QCOMPARE(results.at(1).host, QStringLiteral("mail.example.test")); // weight 80 before 20
        QCOMPARE(results.at(2).host, QStringLiteral("imap.example.test"));
        QCOMPARE(results.at(3).security, Security::StartTls); // submission priority 0 beats submissions' 1
        QCOMPARE(results.at(4).security, Security::ImplicitTls);
        for (const ServerSetting &s : results) {
            QVERIFY(s.needsConfirmation); // all hosts are in example.test, not prio.test
            QCOMPARE(s.confirmationDomain, QStringLiteral("example.test"));
        }
    }

    void srvOutsideTheDomainNeedsConfirmation()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto results = discover(baseOptions(sandbox), QStringLiteral("bob@elsewhere.test"));
        QCOMPARE(results.size(), 2);
        for (const ServerSetting &s : results) {
            QVERIFY(s.needsConfirmation);
            QCOMPARE(s.confirmationDomain, QStringLiteral("example.test"));
            QCOMPARE(s.toJson().value(QStringLiteral("needsConfirmation")).toBool(), true);
        }
    }

    void mxLeadsToTheProvidersRecords()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QStringList log;
        const auto results = discover(baseOptions(sandbox), QStringLiteral("carol@mxonly.test"), &log);
        QVERIFY2(!results.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
        for (const ServerSetting &s : results) {
            QCOMPARE(s.source, Source::Mx);
            QVERIFY(s.needsConfirmation);
            QCOMPARE(s.confirmationDomain, QStringLiteral("example.test"));
            QCOMPARE(s.userNames.first(), QStringLiteral("carol@mxonly.test"));
        }
        QCOMPARE(results.first().service, Service::Imap);
    }

    void onlyAutoconfig()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        HttpsFileServer web;
        QVERIFY(web.start());
        web.serve(QStringLiteral("/acme.test/config-v1.1.xml"),
                  QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"acme.test\">"
                                 "<incomingServer type=\"imap\"><hostname>imap.example.test</hostname><port>%1</port>"
                                 "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>"
                                 "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname><port>%2</port>"
                                 "<socketType>STARTTLS</socketType><username>%EMAILADDRESS%</username></outgoingServer>"
                                 "</emailProvider></clientConfig>")
                      .arg(sandbox.value(QStringLiteral("IMAPS_PORT")), sandbox.value(QStringLiteral("SUBMISSION_PORT")))
                      .toUtf8());
        DiscoveryOptions options = baseOptions(sandbox);
        options.autoconfigUrls = QStringList{
            QStringLiteral("https://localhost:%1/%EMAILDOMAIN%/missing.xml").arg(web.serverPort()),
            QStringLiteral("https://localhost:%1/%EMAILDOMAIN%/config-v1.1.xml?emailaddress=%EMAILADDRESS%").arg(web.serverPort())};
        QStringList log;
        const auto results = discover(options, QStringLiteral("dave@acme.test"), &log);
        QVERIFY2(results.size() == 2, qPrintable(log.join(QLatin1Char('\n'))));
        QCOMPARE(results.at(0).source, Source::Autoconfig);
        QCOMPARE(results.at(0).userNames, QStringList{QStringLiteral("dave")});
        QCOMPARE(results.at(1).userNames, QStringList{QStringLiteral("dave@acme.test")});
        QCOMPARE(results.at(1).security, Security::StartTls);
        QVERIFY(web.requestedPaths().contains(QStringLiteral("/acme.test/missing.xml")));
        QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("404")));
    }

    void autoconfigServerWithUntrustedCertificateIsIgnored()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        HttpsFileServer web;
        QVERIFY(web.start());
        web.serve(QStringLiteral("/c.xml"), QByteArray("<clientConfig/>"));
        DiscoveryOptions options = baseOptions(sandbox);
        options.tlsPolicy = epistle::net::TlsPolicy(); // the test CA is not trusted now
        options.autoconfigUrls = QStringList{QStringLiteral("https://localhost:%1/c.xml").arg(web.serverPort())};
        options.useSrv = options.useMx = false;
        QStringList log;
        const auto results = discover(options, QStringLiteral("erin@acme.test"), &log);
        QVERIFY(results.isEmpty());
        QVERIFY(web.requestedPaths().isEmpty());
    }

    void onlyGuessableHosts()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        DiscoveryOptions options = baseOptions(sandbox);
        options.useSrv = options.useMx = options.useAutoconfig = false;
        options.useGuess = true;
        options.guessPortMap = sandboxPorts(sandbox);
        QStringList log;
        const auto results = discover(options, QStringLiteral("alice@example.test"), &log);
        const QString text = log.join(QLatin1Char('\n'));
        QVERIFY2(!results.isEmpty(), qPrintable(text));
        QCOMPARE(results.first().service, Service::Imap);
        QCOMPARE(results.first().security, Security::ImplicitTls);
        QCOMPARE(results.first().source, Source::Guess);
        QVERIFY(!ofService(results, Service::Smtp).isEmpty());
        QCOMPARE(ofService(results, Service::Smtp).first().security, Security::ImplicitTls);
        // Hosts that do not exist are said so, and were not probed.
        QVERIFY2(text.contains(QLatin1String("pop3.example.test does not exist")), qPrintable(text));
    }

    // A domain that publishes nothing: SRV, MX and both autoconfig places are asked and answer
    // nothing, then guessing finds imap.guess.test and smtp.guess.test.
    void everyMethodOnButOnlyGuessingFinds()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        HttpsFileServer web;
        QVERIFY(web.start());
        DiscoveryOptions options = baseOptions(sandbox);
        options.useSrv = options.useMx = options.useAutoconfig = options.useGuess = true;
        options.autoconfigUrls = QStringList{
            QStringLiteral("https://localhost:%1/autoconfig/%EMAILDOMAIN%/config-v1.1.xml").arg(web.serverPort()),
            QStringLiteral("https://localhost:%1/%EMAILDOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml").arg(web.serverPort())};
        options.guessPortMap = sandboxPorts(sandbox);
        QStringList log;
        const auto results = discover(options, QStringLiteral("gina@guess.test"), &log);
        const QString text = log.join(QLatin1Char('\n'));
        QVERIFY2(!results.isEmpty(), qPrintable(text));
        for (const ServerSetting &s : results) {
            QCOMPARE(s.source, Source::Guess);
            QVERIFY(!s.needsConfirmation);
        }
        QCOMPARE(results.first().service, Service::Imap);
        QCOMPARE(results.first().host, QStringLiteral("imap.guess.test"));
        QCOMPARE(results.first().security, Security::ImplicitTls);
        QCOMPARE(results.first().userNames.first(), QStringLiteral("gina@guess.test"));
        const QList<ServerSetting> smtp = ofService(results, Service::Smtp);
        QVERIFY2(!smtp.isEmpty(), qPrintable(text));
        QCOMPARE(smtp.first().host, QStringLiteral("smtp.guess.test"));
        QCOMPARE(smtp.first().security, Security::ImplicitTls);
        // Every earlier method was really asked.
        QVERIFY2(text.contains(QLatin1String("_imaps._tcp.guess.test")), qPrintable(text));
        QCOMPARE(web.requestedPaths().size(), 2);
    }

    void guessRefusesAServerWhoseCertificateDoesNotMatch()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        DiscoveryOptions options = baseOptions(sandbox);
        options.useSrv = options.useMx = options.useAutoconfig = false;
        options.useGuess = true;
        // Every standard port leads to the listener with the wrong-host certificate.
        const quint16 wrong = sandbox.port(QStringLiteral("WRONG_HOST_PORT"));
        options.guessPortMap = {{993, wrong}, {143, 1}, {995, wrong}, {110, 1}, {465, wrong}, {587, 1}};
        QStringList log;
        const auto results = discover(options, QStringLiteral("alice@example.test"), &log);
        QVERIFY2(results.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("cannot be trusted")));
    }

    void nothingAtAll()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        DiscoveryOptions options = baseOptions(sandbox);
        options.useGuess = true;
        QStringList log;
        const auto results = discover(options, QStringLiteral("frank@nothing-here.test"), &log);
        QVERIFY(results.isEmpty());
        QVERIFY(log.last().contains(QLatin1String("Enter the settings by hand")));
    }

    void cancelStopsAtOnce()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        Discovery discovery;
        DiscoveryOptions options = baseOptions(sandbox);
        options.useGuess = true;
        discovery.setOptions(options);
        QSignalSpy finished(&discovery, &Discovery::finished);
        QVERIFY(discovery.start(QStringLiteral("alice@example.test")));
        discovery.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QTest::qWait(300); // late answers must not produce a second report
        QCOMPARE(finished.count(), 1);
        QVERIFY(!discovery.isRunning());
    }

    void rejectsAddressesWithoutDomain()
    {
        Discovery discovery;
        QVERIFY(!discovery.start(QStringLiteral("not-an-address")));
        QVERIFY(!discovery.start(QStringLiteral("@example.test")));
        QVERIFY(!discovery.isRunning());
    }

    void commandLinePrintsJson()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        QProcess process;
        process.start(QStringLiteral(EPISTLE_BINARY),
                      {QStringLiteral("--profile"), QDir::tempPath() + QStringLiteral("/epistle-discover-test"),
                       QStringLiteral("discover"), QStringLiteral("bob@elsewhere.test"), QStringLiteral("--dns-server"),
                       sandbox.dnsServer().toString(), QStringLiteral("--no-guess"), QStringLiteral("--no-autoconfig")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
        const QJsonArray results = json.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.first().toObject();
        QCOMPARE(first.value(QStringLiteral("service")).toString(), QStringLiteral("imap"));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("dns-srv"));
        QCOMPARE(first.value(QStringLiteral("needsConfirmation")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("host")).toString(), QStringLiteral("imap.example.test"));
        QVERIFY(process.readAllStandardError().contains("_imaps._tcp.elsewhere.test"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_Discovery.moc"
