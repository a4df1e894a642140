#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace epistle::net {

// Which certificates a connection accepts: the system CAs, plus CAs added here (tests, a company
// CA), plus individual certificates the user approved for this account, pinned by SHA-256
// fingerprint. There is deliberately no "accept everything".
class TlsPolicy
{
public:
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

    void pin(const QSslCertificate &certificate);
    void pinFingerprint(const QByteArray &sha256Hex); // hex, with or without colons, any case
    bool isPinned(const QSslCertificate &certificate) const;
    QSet<QByteArray> pinnedFingerprints() const { return m_pins; }

    QSslConfiguration configuration() const; // system CAs + extra CAs, TLS 1.2 or newer

    // Lowercase hex with colons, as shown to users and stored in account settings.
    static QByteArray fingerprint(const QSslCertificate &certificate);

private:
    QList<QSslCertificate> m_extraCas;
    QSet<QByteArray> m_pins; // normalised: lowercase hex without colons
};

} // namespace epistle::net
