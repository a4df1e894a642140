// scripts/with-keychain runs this test: QtKeychain must then store, read back, overwrite and
// delete a secret (without it, every call fails with "Unknown error" on a headless machine).

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace {

// Runs a QtKeychain job to its end; returns its error (QKeychain::NoError on success).
QKeychain::Error run(QKeychain::Job &job, QString *message)
{
    job.setAutoDelete(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000)) {
        *message = QStringLiteral("timed out");
        return QKeychain::OtherError;
    }
    *message = job.errorString();
    return job.error();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through scripts/with-keychain (ctest does)");
    }

    void storeReadOverwriteDelete()
    {
        const QString service = QStringLiteral("epistle-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString key = QStringLiteral("account/alice@example.test");
        QString message;

        QKeychain::WritePasswordJob write(service);
        write.setKey(key);
        write.setTextData(QStringLiteral("first sécret"));
        QVERIFY2(run(write, &message) == QKeychain::NoError, qPrintable(message));

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        QVERIFY2(run(read, &message) == QKeychain::NoError, qPrintable(message));
        QCOMPARE(read.textData(), QStringLiteral("first sécret"));

        QKeychain::WritePasswordJob overwrite(service);
        overwrite.setKey(key);
        overwrite.setTextData(QStringLiteral("second"));
        QVERIFY2(run(overwrite, &message) == QKeychain::NoError, qPrintable(message));
        QKeychain::ReadPasswordJob reread(service);
        reread.setKey(key);
        QVERIFY2(run(reread, &message) == QKeychain::NoError, qPrintable(message));
        QCOMPARE(reread.textData(), QStringLiteral("second"));

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        QVERIFY2(run(remove, &message) == QKeychain::NoError, qPrintable(message));
        QKeychain::ReadPasswordJob gone(service);
        gone.setKey(key);
        QCOMPARE(run(gone, &message), QKeychain::EntryNotFound);
    }

    void homeIsPrivate()
    {
        // with-keychain gives every run a fresh HOME, so tests never touch a real keyring.
        QVERIFY(qEnvironmentVariable("HOME").startsWith(QLatin1String("/tmp/epistle-keychain.")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_Keychain.moc"
