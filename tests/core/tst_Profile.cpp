#include "core/Profile.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using epistle::core::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingLivesBelowTheProfileFolder()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::fromDirectory(dir.path() + QStringLiteral("/p"));
        QVERIFY(!profile.isDefault());
        QString error;
        QVERIFY2(profile.ensureExists(&error), qPrintable(error));
        for (const QString &path : {profile.settingsFile(), profile.databaseFile(), profile.cacheDirectory(),
                                    profile.logDirectory()}) {
            QVERIFY2(path.startsWith(profile.root() + QLatin1Char('/')), qPrintable(path));
        }
        QVERIFY(QDir(profile.cacheDirectory()).exists());
        QVERIFY(QDir(profile.logDirectory()).exists());
        profile.openSettings()->setValue(QStringLiteral("k"), 42);
        QSettings reread(profile.settingsFile(), QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("k")).toInt(), 42);
    }

    void relativePathsBecomeAbsolute()
    {
        const Profile profile = Profile::fromDirectory(QStringLiteral("some/relative/../dir"));
        QVERIFY(QDir::isAbsolutePath(profile.root()));
        QVERIFY(profile.root().endsWith(QLatin1String("/some/dir")));
    }

    void keychainNamespaceDiffersPerProfile()
    {
        const Profile a = Profile::fromDirectory(QStringLiteral("/tmp/a"));
        const Profile b = Profile::fromDirectory(QStringLiteral("/tmp/b"));
        QVERIFY(a.keychainService() != b.keychainService());
        QVERIFY(a.keychainService() != Profile::defaultProfile().keychainService());
        QCOMPARE(a.keychainService(), Profile::fromDirectory(QStringLiteral("/tmp/a/")).keychainService());
    }

    void unwritableFolderIsReported()
    {
        const Profile profile = Profile::fromDirectory(QStringLiteral("/proc/epistle-cannot-exist"));
        QString error;
        QVERIFY(!profile.ensureExists(&error));
        QVERIFY(error.contains(QLatin1String("/proc/epistle-cannot-exist")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_Profile.moc"
