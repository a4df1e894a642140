#include "net/CertificateInfo.h"

#include "net/TlsPolicy.h"

#include <QCoreApplication>

namespace epistle::net {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto field = [&](QSslCertificate::SubjectInfo info, const char *label) {
        const QStringList values = issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(label), value);
    };
    field(QSslCertificate::CommonName, "CN");
    field(QSslCertificate::Organization, "O");
    field(QSslCertificate::OrganizationalUnitName, "OU");
    field(QSslCertificate::CountryName, "C");
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QString &host, const QList<QSslCertificate> &chain,
                                      const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.host = host;
    info.chain = chain;
    if (!chain.isEmpty()) {
        const QSslCertificate &leaf = chain.first();
        info.subject = distinguishedName(leaf, false);
        info.issuer = distinguishedName(leaf, true);
        info.sha256Fingerprint = TlsPolicy::fingerprint(leaf);
        info.notBefore = leaf.effectiveDate();
        info.notAfter = leaf.expiryDate();
    }
    for (const QSslError &error : errors)
        info.errors << error.errorString();
    info.errors.removeDuplicates();
    return info;
}

QString CertificateInfo::description() const
{
    QStringList lines;
    lines << QCoreApplication::translate("CertificateInfo", "Server: %1").arg(host)
          << QCoreApplication::translate("CertificateInfo", "Subject: %1").arg(subject)
          << QCoreApplication::translate("CertificateInfo", "Issuer: %1").arg(issuer)
          << QCoreApplication::translate("CertificateInfo", "Valid from %1 to %2")
                 .arg(notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate))
          << QCoreApplication::translate("CertificateInfo", "SHA-256 fingerprint: %1")
                 .arg(QString::fromLatin1(sha256Fingerprint));
    for (const QString &error : errors)
        lines << QCoreApplication::translate("CertificateInfo", "Problem: %1").arg(error);
    return lines.join(QLatin1Char('\n'));
}

} // namespace epistle::net
