#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace epistle::autoconfig {

// Asynchronous DNS look-ups through one chosen server (tests: the sandbox's dnsmasq) or the
// system's. Each call reports once through its callback; abortAll() drops the outstanding ones.
class DnsQueries : public QObject
{
    Q_OBJECT

public:
    struct SrvRecord
    {
        QString target; // empty: "." (service not offered, RFC 2782)
        quint16 port = 0;
        int priority = 0;
        int weight = 0;
    };
    struct MxRecord
    {
        QString exchange;
        int preference = 0;
    };

    explicit DnsQueries(QObject *parent = nullptr);

    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    QHostAddress nameserver() const { return m_nameserver; }

    // ok is false for an error other than "no such name / no such record".
    void lookupSrv(const QString &name, std::function<void(bool ok, QString error, QList<SrvRecord>)> done);
    void lookupMx(const QString &name, std::function<void(bool ok, QString error, QList<MxRecord>)> done);
    // Through the chosen server an A look-up; with the system's, QHostInfo. Empty list: no address.
    void resolveHost(const QString &name, std::function<void(QList<QHostAddress>)> done);
    void abortAll();

private:
    QDnsLookup *start(QDnsLookup::Type type, const QString &name);

    QHostAddress m_nameserver;
    QList<QDnsLookup *> m_running;
    QList<int> m_hostLookups;
};

} // namespace epistle::autoconfig
