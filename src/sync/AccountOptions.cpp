#include "sync/AccountOptions.h"

#include <QSslCertificate>

namespace epistle::sync {

namespace {

QString group(qint64 accountId)
{
    return QStringLiteral("accounts/%1").arg(accountId);
}

} // namespace

net::TlsPolicy AccountOptions::tlsPolicy() const
{
    net::TlsPolicy policy;
    if (!caFile.isEmpty())
        policy.addCaCertificates(QSslCertificate::fromPath(caFile));
    for (const QString &pin : pinnedFingerprints)
        policy.pinFingerprint(pin.toLatin1());
    return policy;
}

AccountOptions AccountOptions::load(QSettings &settings, qint64 accountId)
{
    AccountOptions options;
    settings.beginGroup(group(accountId));
    options.checkIntervalMinutes = settings.value(QStringLiteral("checkIntervalMinutes"), options.checkIntervalMinutes).toInt();
    options.offlineFolders = settings.value(QStringLiteral("offlineFolders")).toStringList();
    options.pop3LeaveOnServer = settings.value(QStringLiteral("pop3LeaveOnServer"), options.pop3LeaveOnServer).toBool();
    options.pop3DeleteAfterDays = settings.value(QStringLiteral("pop3DeleteAfterDays"), 0).toInt();
    options.caFile = settings.value(QStringLiteral("caFile")).toString();
    options.pinnedFingerprints = settings.value(QStringLiteral("pinnedFingerprints")).toStringList();
    options.allowInsecure = settings.value(QStringLiteral("allowInsecure"), false).toBool();
    settings.endGroup();
    return options;
}

void AccountOptions::save(QSettings &settings, qint64 accountId) const
{
    settings.beginGroup(group(accountId));
    settings.setValue(QStringLiteral("checkIntervalMinutes"), checkIntervalMinutes);
    settings.setValue(QStringLiteral("offlineFolders"), offlineFolders);
    settings.setValue(QStringLiteral("pop3LeaveOnServer"), pop3LeaveOnServer);
    settings.setValue(QStringLiteral("pop3DeleteAfterDays"), pop3DeleteAfterDays);
    settings.setValue(QStringLiteral("caFile"), caFile);
    settings.setValue(QStringLiteral("pinnedFingerprints"), pinnedFingerprints);
    settings.setValue(QStringLiteral("allowInsecure"), allowInsecure);
    settings.endGroup();
    settings.sync();
}

void AccountOptions::erase(QSettings &settings, qint64 accountId)
{
    settings.remove(group(accountId));
    settings.sync();
}

} // namespace epistle::sync
