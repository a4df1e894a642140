#include "autoconfig/AutoconfigXml.h"

#include <QFile>
#include <QTest>

using namespace epistle::autoconfig;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("EPISTLE_TEST_DATA") + QStringLiteral("/autoconfig/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAutoconfigXml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryUsableServer()
    {
        const QByteArray xml = dataFile(QStringLiteral("full.xml"));
        QVERIFY(!xml.isEmpty());
        const auto result = AutoconfigXml::parse(xml, QStringLiteral("jane.doe@example.org"), Source::Autoconfig,
                                                 QStringLiteral("https://autoconfig.example.org/x"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.providerName, QStringLiteral("Example Mail"));
        QCOMPARE(result.settings.size(), 4);

        const ServerSetting &imap = result.settings.at(0);
        QCOMPARE(imap.service, Service::Imap);
        QCOMPARE(imap.host, QStringLiteral("imap.example.org"));
        QCOMPARE(imap.port, quint16(993));
        QCOMPARE(imap.security, epistle::net::Security::ImplicitTls);
        QCOMPARE(imap.userNames, QStringList{QStringLiteral("jane.doe@example.org")});
        QCOMPARE(imap.source, Source::Autoconfig);
        QCOMPARE(imap.sourceDetail, QStringLiteral("https://autoconfig.example.org/x"));

        const ServerSetting &pop = result.settings.at(1);
        QCOMPARE(pop.service, Service::Pop3);
        QCOMPARE(pop.host, QStringLiteral("pop.example.org"));
        QCOMPARE(pop.security, epistle::net::Security::StartTls);
        QCOMPARE(pop.userNames, QStringList{QStringLiteral("jane.doe")});

        const ServerSetting &smtp = result.settings.at(2);
        QCOMPARE(smtp.service, Service::Smtp);
        QCOMPARE(smtp.port, quint16(465));

        // No username given: full address first, then the local part.
        const ServerSetting &relay = result.settings.at(3);
        QCOMPARE(relay.userNames, (QStringList{QStringLiteral("jane.doe@example.org"), QStringLiteral("jane.doe")}));
        // Over HTTPS from the domain, a host elsewhere needs no confirmation.
        QVERIFY(!relay.needsConfirmation);

        QCOMPARE(result.warnings.size(), 2); // the exchange entry and the OAuth-only one
    }

    void plainHttpHostsElsewhereNeedConfirmation()
    {
        const auto result = AutoconfigXml::parse(dataFile(QStringLiteral("full.xml")), QStringLiteral("jane@example.org"),
                                                 Source::AutoconfigInsecure, QStringLiteral("http://example.org/x"));
        QVERIFY(result.ok);
        for (const ServerSetting &setting : result.settings) {
            const bool elsewhere = setting.host == QLatin1String("smtp-relay.provider.net");
            QCOMPARE(setting.needsConfirmation, elsewhere);
            if (elsewhere)
                QCOMPARE(setting.confirmationDomain, QStringLiteral("provider.net"));
        }
    }

    void unusableDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>");
        QTest::newRow("broken") << QByteArray("<clientConfig><emailProvider><incomingServer type=\"imap\">");
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe<<<>>>", 9);
    }

    void unusableDocuments()
    {
        QFETCH(QByteArray, xml);
        const auto result = AutoconfigXml::parse(xml, QStringLiteral("a@example.org"), Source::Autoconfig, QString());
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.settings.isEmpty());
    }

    void incompleteEntriesAreSkipped()
    {
        const QByteArray xml = "<clientConfig><emailProvider>"
                               "<incomingServer type=\"imap\"><hostname>imap.example.org</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>"
                               "<incomingServer type=\"imap\"><hostname></hostname><port>993</port><socketType>SSL</socketType></incomingServer>"
                               "<incomingServer type=\"imap\"><hostname>a b</hostname><port>993</port><socketType>SSL</socketType></incomingServer>"
                               "<incomingServer type=\"imap\"><hostname>ok.example.org</hostname><port>993</port><socketType>weird</socketType></incomingServer>"
                               "<outgoingServer type=\"imap\"><hostname>x.example.org</hostname><port>993</port><socketType>SSL</socketType></outgoingServer>"
                               "</emailProvider></clientConfig>";
        const auto result = AutoconfigXml::parse(xml, QStringLiteral("a@example.org"), Source::Autoconfig, QString());
        QVERIFY(result.ok);
        QVERIFY(result.settings.isEmpty());
        QCOMPARE(result.warnings.size(), 5);
    }

    void hostileDocumentsStayBounded()
    {
        QByteArray many = "<clientConfig><emailProvider>";
        for (int i = 0; i < 5000; ++i)
            many += "<incomingServer type=\"imap\"><hostname>h" + QByteArray::number(i)
                    + ".example.org</hostname><port>993</port><socketType>SSL</socketType></incomingServer>";
        many += "</emailProvider></clientConfig>";
        const auto result = AutoconfigXml::parse(many, QStringLiteral("a@example.org"), Source::Autoconfig, QString());
        QVERIFY(result.ok);
        QVERIFY(result.settings.size() <= 64);

        const QByteArray entities = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                                    "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>&lol3;</hostname>"
                                    "<port>993</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>";
        const auto bomb = AutoconfigXml::parse(entities, QStringLiteral("a@example.org"), Source::Autoconfig, QString());
        for (const ServerSetting &setting : bomb.settings)
            QVERIFY(setting.host.size() < 1000);
    }

    void substitution()
    {
        QCOMPARE(AutoconfigXml::substitute(QStringLiteral("%EMAILLOCALPART%+x@%EMAILDOMAIN% (%EMAILADDRESS%)"),
                                           QStringLiteral("Jane@Example.ORG")),
                 QStringLiteral("Jane+x@example.org (Jane@Example.ORG)"));
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigXml)
#include "tst_AutoconfigXml.moc"
