#include "net/CertificateInfo.h"
#include "net/Compressor.h"
#include "net/Connection.h"
#include "net/TlsPolicy.h"
#include "support/TestCertificates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace epistle::net;
using epistle::test::TestCertificates;

class TestTlsPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintIsSha256WithColons()
    {
        const QSslCertificate certificate = TestCertificates::instance().serverCertificate();
        QVERIFY2(!certificate.isNull(), qPrintable(TestCertificates::instance().error()));
        const QByteArray fingerprint = TlsPolicy::fingerprint(certificate);
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);
        QCOMPARE(fingerprint, fingerprint.toLower());
    }

    void pinsAreNormalised()
    {
        const QSslCertificate certificate = TestCertificates::instance().serverCertificate();
        TlsPolicy policy;
        QVERIFY(!policy.isPinned(certificate));
        policy.pinFingerprint(TlsPolicy::fingerprint(certificate).toUpper().replace(':', ""));
        QVERIFY(policy.isPinned(certificate));
        QVERIFY(!policy.isPinned(TestCertificates::instance().ca()));
        TlsPolicy other;
        other.pinFingerprint("not a fingerprint");
        QVERIFY(other.pinnedFingerprints().isEmpty());
    }

    void extraCasAreTrusted()
    {
        TlsPolicy policy;
        policy.addCaCertificates({TestCertificates::instance().ca()});
        QVERIFY(policy.configuration().caCertificates().contains(TestCertificates::instance().ca()));
        QCOMPARE(policy.configuration().peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void certificateInfoDescribesTheProblem()
    {
        const QSslCertificate certificate = TestCertificates::instance().serverCertificate();
        const CertificateInfo info = CertificateInfo::from(
            QStringLiteral("imap.example.test"), {certificate},
            {QSslError(QSslError::HostNameMismatch, certificate), QSslError(QSslError::HostNameMismatch, certificate)});
        QCOMPARE(info.subject, QStringLiteral("CN=localhost"));
        QVERIFY(info.issuer.contains(QLatin1String("Epistle Scripted Test CA")));
        QCOMPARE(info.errors.size(), 1);
        QVERIFY(info.description().contains(QString::fromLatin1(info.sha256Fingerprint)));
        QVERIFY(info.description().contains(QLatin1String("imap.example.test")));
    }

    void compressorRoundTrip()
    {
        Compressor client;
        Compressor server;
        QVERIFY(client.isValid());
        QByteArray big(3 * 1024 * 1024, Qt::Uninitialized);
        for (char &c : big)
            c = char('a' + QRandomGenerator::global()->bounded(4));
        for (const QByteArray &message : {QByteArray("a1 NOOP\r\n"), QByteArray(), big, QByteArray("a2 LOGOUT\r\n")}) {
            const QByteArray wire = client.compress(message);
            // Delivered in odd pieces, as TCP would.
            QByteArray out;
            for (qsizetype at = 0; at < wire.size(); at += 1000)
                QVERIFY(server.decompress(wire.mid(at, 1000), &out));
            QCOMPARE(out, message);
        }
    }

    void corruptCompressedStreamIsAnError()
    {
        Compressor compressor;
        QByteArray out;
        QVERIFY(!compressor.decompress(QByteArray("\xff\xff\xff\xff garbage", 13), &out));
    }

    void loopbackAddresses()
    {
        QVERIFY(Connection::isLoopbackAddress(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(Connection::isLoopbackAddress(QHostAddress(QStringLiteral("127.53.1.2"))));
        QVERIFY(Connection::isLoopbackAddress(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(Connection::isLoopbackAddress(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(!Connection::isLoopbackAddress(QHostAddress(QStringLiteral("192.0.2.10"))));
        QVERIFY(!Connection::isLoopbackAddress(QHostAddress(QStringLiteral("2001:db8::1"))));
    }
};

QTEST_GUILESS_MAIN(TestTlsPrimitives)
#include "tst_TlsPrimitives.moc"
