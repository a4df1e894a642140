#include "autoconfig/DnsQueries.h"

#include <QHostInfo>

namespace epistle::autoconfig {

DnsQueries::DnsQueries(QObject *parent)
    : QObject(parent)
{
}

QDnsLookup *DnsQueries::start(QDnsLookup::Type type, const QString &name)
{
    auto *lookup = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    m_running << lookup;
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] {
        m_running.removeOne(lookup);
        lookup->deleteLater();
    });
    // Started from the event loop, so that every callback runs after the caller returned.
    QMetaObject::invokeMethod(lookup, &QDnsLookup::lookup, Qt::QueuedConnection);
    return lookup;
}

void DnsQueries::lookupSrv(const QString &name, std::function<void(bool, QString, QList<SrvRecord>)> done)
{
    QDnsLookup *lookup = start(QDnsLookup::SRV, name);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done = std::move(done)] {
        QList<SrvRecord> records;
        const QDnsLookup::Error error = lookup->error();
        if (error != QDnsLookup::NoError && error != QDnsLookup::NotFoundError) {
            done(false, lookup->errorString(), records);
            return;
        }
        for (const QDnsServiceRecord &record : lookup->serviceRecords()) {
            QString target = record.target();
            if (target == QLatin1String("."))
                target.clear();
            if (target.endsWith(QLatin1Char('.')))
                target.chop(1);
            records << SrvRecord{target, record.port(), record.priority(), record.weight()};
        }
        done(true, QString(), records);
    });
}

void DnsQueries::lookupMx(const QString &name, std::function<void(bool, QString, QList<MxRecord>)> done)
{
    QDnsLookup *lookup = start(QDnsLookup::MX, name);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done = std::move(done)] {
        QList<MxRecord> records;
        const QDnsLookup::Error error = lookup->error();
        if (error != QDnsLookup::NoError && error != QDnsLookup::NotFoundError) {
            done(false, lookup->errorString(), records);
            return;
        }
        for (const QDnsMailExchangeRecord &record : lookup->mailExchangeRecords()) {
            QString exchange = record.exchange();
            if (exchange.endsWith(QLatin1Char('.')))
                exchange.chop(1);
            if (!exchange.isEmpty())
                records << MxRecord{exchange, record.preference()};
        }
        done(true, QString(), records);
    });
}

void DnsQueries::resolveHost(const QString &name, std::function<void(QList<QHostAddress>)> done)
{
    if (m_nameserver.isNull()) {
        const int id = QHostInfo::lookupHost(name, this, [this, done = std::move(done)](const QHostInfo &info) {
            m_hostLookups.removeOne(info.lookupId());
            done(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
        });
        m_hostLookups << id;
        return;
    }
    QDnsLookup *lookup = start(QDnsLookup::A, name);
    connect(lookup, &QDnsLookup::finished, this, [lookup, done = std::move(done)] {
        QList<QHostAddress> addresses;
        for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
            addresses << record.value();
        done(addresses);
    });
}

void DnsQueries::abortAll()
{
    const QList<QDnsLookup *> running = std::exchange(m_running, {});
    for (QDnsLookup *lookup : running) {
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    for (int id : std::exchange(m_hostLookups, {}))
        QHostInfo::abortHostLookup(id);
}

} // namespace epistle::autoconfig
