#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace epistle::test {

// A throw-away CA and a server certificate for localhost / 127.0.0.1 / *.example.test, made with
// the openssl command once per test process. Scripted TLS servers present it; clients trust the CA.
class TestCertificates
{
public:
    static const TestCertificates &instance();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSslCertificate ca() const { return m_ca; }
    QSslCertificate serverCertificate() const { return m_server; }
    QSslKey serverKey() const { return m_serverKey; }
    QString caFile() const { return m_caFile; }

private:
    TestCertificates();

    QString m_error;
    QString m_caFile;
    QSslCertificate m_ca;
    QSslCertificate m_server;
    QSslKey m_serverKey;
};

} // namespace epistle::test
