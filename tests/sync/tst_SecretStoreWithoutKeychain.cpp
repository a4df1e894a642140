// No D-Bus session at all: every call must say the keychain is unavailable, clearly, and nothing
// may fall back to a file.
#include "sync/SecretStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using epistle::core::Profile;
using epistle::sync::SecretStore;

class TestSecretStoreWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QTemporaryDir home;
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/epistle-test-bus");
    }

    void unavailableIsReportedAndNothingIsStoredElsewhere()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::fromDirectory(dir.path());
        QVERIFY(profile.ensureExists());
        SecretStore store(profile);
        std::optional<SecretStore::Result> written;
        store.write(QStringLiteral("acct/incoming"), QStringLiteral("Fallback-Secret"),
                    [&](const SecretStore::Result &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
        QCOMPARE(written->status, SecretStore::Status::Unavailable);
        QVERIFY(written->message.contains(QLatin1String("keychain")));

        std::optional<SecretStore::Result> read;
        store.read(QStringLiteral("acct/incoming"), [&](const SecretStore::Result &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QVERIFY(!read->ok());
        QVERIFY(read->password.isEmpty());

        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("Fallback-Secret"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreWithoutKeychain)
#include "tst_SecretStoreWithoutKeychain.moc"
