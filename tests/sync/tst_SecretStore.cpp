// Runs under scripts/with-keychain: a private D-Bus session with a real, unlocked gnome-keyring.
#include "sync/SecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using epistle::core::Profile;
using epistle::sync::SecretStore;

namespace {

SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Result> result;
    call([&](const SecretStore::Result &r) { result = r; });
    for (int waited = 0; !result && waited < 15000; waited += 10)
        QTest::qWait(10);
    return result.value_or(SecretStore::Result{SecretStore::Status::Failed, QString(), QStringLiteral("no answer in 15 s")});
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::fromDirectory(dir.path());
        SecretStore store(profile);
        const QString password = QStringLiteral("correct horse battery staple ✓");
        auto written = wait([&](auto done) { store.write(QStringLiteral("acct-1/incoming"), password, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        auto read = wait([&](auto done) { store.read(QStringLiteral("acct-1/incoming"), done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.password, password);

        auto missing = wait([&](auto done) { store.read(QStringLiteral("acct-1/outgoing"), done); });
        QCOMPARE(missing.status, SecretStore::Status::NotFound);

        auto removed = wait([&](auto done) { store.remove(QStringLiteral("acct-1/incoming"), done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        auto gone = wait([&](auto done) { store.read(QStringLiteral("acct-1/incoming"), done); });
        QCOMPARE(gone.status, SecretStore::Status::NotFound);
        auto removedAgain = wait([&](auto done) { store.remove(QStringLiteral("acct-1/incoming"), done); });
        QVERIFY(removedAgain.ok());
    }

    void profilesDoNotSeeEachOthersPasswords()
    {
        QTemporaryDir a, b;
        SecretStore first(Profile::fromDirectory(a.path()));
        SecretStore second(Profile::fromDirectory(b.path()));
        QVERIFY(first.service() != second.service());
        QVERIFY(wait([&](auto done) { first.write(QStringLiteral("acct/incoming"), QStringLiteral("one"), done); }).ok());
        auto other = wait([&](auto done) { second.read(QStringLiteral("acct/incoming"), done); });
        QCOMPARE(other.status, SecretStore::Status::NotFound);
    }

    void nothingIsWrittenToTheProfileFolder()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::fromDirectory(dir.path());
        QVERIFY(profile.ensureExists());
        SecretStore store(profile);
        QVERIFY(wait([&](auto done) { store.write(QStringLiteral("x/incoming"), QStringLiteral("Sup3r-Secret"), done); }).ok());
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("Sup3r-Secret"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
