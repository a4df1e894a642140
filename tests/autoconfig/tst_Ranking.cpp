#include "autoconfig/DomainRules.h"
#include "autoconfig/ServerSetting.h"

#include <QTest>

using namespace epistle::autoconfig;
using epistle::net::Security;

namespace {

ServerSetting make(Service service, Source source, Security security, int priority = 0, int weight = 0,
                   const QString &host = QStringLiteral("h"))
{
    ServerSetting s;
    s.service = service;
    s.source = source;
    s.security = security;
    s.srvPriority = priority;
    s.srvWeight = weight;
    s.host = host;
    return s;
}

QStringList order(const QList<ServerSetting> &settings)
{
    QStringList names;
    for (const ServerSetting &s : settings)
        names << QStringLiteral("%1/%2/%3/%4").arg(serviceName(s.service), sourceName(s.source)).arg(int(s.security)).arg(s.host);
    return names;
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesThenSecurityThenImap()
    {
        QList<ServerSetting> list{
            make(Service::Smtp, Source::Srv, Security::ImplicitTls),
            make(Service::Pop3, Source::Guess, Security::ImplicitTls),
            make(Service::Imap, Source::Guess, Security::None),
            make(Service::Imap, Source::Guess, Security::StartTls),
            make(Service::Imap, Source::Autoconfig, Security::StartTls),
            make(Service::Imap, Source::Guess, Security::ImplicitTls),
        };
        rank(list);
        QCOMPARE(order(list), (QStringList{
                                  QStringLiteral("imap/autoconfig/1/h"),
                                  QStringLiteral("imap/guess/0/h"),
                                  QStringLiteral("pop3/guess/0/h"),
                                  QStringLiteral("imap/guess/1/h"),
                                  QStringLiteral("imap/guess/2/h"),
                                  QStringLiteral("smtp/dns-srv/0/h"),
                              }));
    }

    void srvPrioritiesDecideAcrossServices()
    {
        // RFC 6186 3.4: the provider prefers POP3 here.
        QList<ServerSetting> list{
            make(Service::Imap, Source::Srv, Security::ImplicitTls, 10),
            make(Service::Pop3, Source::Srv, Security::ImplicitTls, 0),
            make(Service::Imap, Source::Srv, Security::StartTls, 5),
        };
        rank(list);
        QCOMPARE(list.at(0).service, Service::Pop3);
        QCOMPARE(list.at(1).security, Security::StartTls);
        QCOMPARE(list.at(2).security, Security::ImplicitTls);
    }

    void equalPrioritiesPreferImplicitTlsThenImapThenWeight()
    {
        QList<ServerSetting> list{
            make(Service::Imap, Source::Srv, Security::StartTls, 0, 90, QStringLiteral("a")),
            make(Service::Pop3, Source::Srv, Security::ImplicitTls, 0, 90, QStringLiteral("b")),
            make(Service::Imap, Source::Srv, Security::ImplicitTls, 0, 10, QStringLiteral("c")),
            make(Service::Imap, Source::Srv, Security::ImplicitTls, 0, 60, QStringLiteral("d")),
        };
        rank(list);
        QCOMPARE(list.at(0).host, QStringLiteral("d"));
        QCOMPARE(list.at(1).host, QStringLiteral("c"));
        QCOMPARE(list.at(2).host, QStringLiteral("b"));
        QCOMPARE(list.at(3).host, QStringLiteral("a"));
    }

    void domainRules()
    {
        QVERIFY(DomainRules::isWithin(QStringLiteral("imap.example.org"), QStringLiteral("example.org")));
        QVERIFY(DomainRules::isWithin(QStringLiteral("Example.ORG."), QStringLiteral("example.org")));
        QVERIFY(!DomainRules::isWithin(QStringLiteral("badexample.org"), QStringLiteral("example.org")));
        QVERIFY(!DomainRules::isWithin(QStringLiteral("example.org.evil.net"), QStringLiteral("example.org")));
        QVERIFY(!DomainRules::isWithin(QString(), QStringLiteral("example.org")));
        QCOMPARE(DomainRules::baseDomain(QStringLiteral("mx1.mail.provider.net")), QStringLiteral("provider.net"));
        QCOMPARE(DomainRules::baseDomain(QStringLiteral("mx.provider.co.uk")), QStringLiteral("provider.co.uk"));
        QCOMPARE(DomainRules::baseDomain(QStringLiteral("example.org")), QStringLiteral("example.org"));
        QCOMPARE(DomainRules::domainOf(QStringLiteral("a.b@Example.ORG")), QStringLiteral("example.org"));
        QCOMPARE(DomainRules::domainOf(QStringLiteral("\"odd@local\"@example.org")), QStringLiteral("example.org"));
        QCOMPARE(DomainRules::domainOf(QStringLiteral("user@bücher.example")), QStringLiteral("xn--bcher-kva.example"));
        QVERIFY(DomainRules::domainOf(QStringLiteral("no-at-sign")).isEmpty());
        QVERIFY(DomainRules::domainOf(QStringLiteral("trailing@")).isEmpty());
        QCOMPARE(DomainRules::localPartOf(QStringLiteral("jane@example.org")), QStringLiteral("jane"));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_Ranking.moc"
