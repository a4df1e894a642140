#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace epistle::net {

// A certificate the connection refused, with what a user needs to decide about it.
struct CertificateInfo
{
    QString host; // the name it was checked against
    QString subject;
    QString issuer;
    QByteArray sha256Fingerprint; // lowercase hex with colons
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList errors; // human-readable, one per problem
    QList<QSslCertificate> chain;

    static CertificateInfo from(const QString &host, const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    QString description() const; // several lines, for logs and dialogs
};

} // namespace epistle::net

Q_DECLARE_METATYPE(epistle::net::CertificateInfo)
