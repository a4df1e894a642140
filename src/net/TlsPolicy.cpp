#include "net/TlsPolicy.h"

#include <QCryptographicHash>

namespace epistle::net {

namespace {

QByteArray normalise(const QByteArray &hex)
{
    QByteArray out;
    out.reserve(hex.size());
    for (char c : hex) {
        if (c != ':' && c != ' ')
            out += char(QChar::fromLatin1(c).toLower().toLatin1());
    }
    return out;
}

} // namespace

void TlsPolicy::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas += certificates;
}

void TlsPolicy::pin(const QSslCertificate &certificate)
{
    pinFingerprint(fingerprint(certificate));
}

void TlsPolicy::pinFingerprint(const QByteArray &sha256Hex)
{
    const QByteArray pin = normalise(sha256Hex);
    if (pin.size() == 64)
        m_pins.insert(pin);
}

bool TlsPolicy::isPinned(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pins.contains(normalise(fingerprint(certificate)));
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        configuration.addCaCertificates(m_extraCas);
    return configuration;
}

QByteArray TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex(':').toLower();
}

} // namespace epistle::net
