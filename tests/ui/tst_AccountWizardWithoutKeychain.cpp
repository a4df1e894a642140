// No keychain (no D-Bus session): the wizard still saves the account, says plainly that the
// password is not stored and will be asked for, and writes it nowhere.
#include "storage/Database.h"
#include "sync/AccountManager.h"
#include "sync/SecretStore.h"
#include "support/Sandbox.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/DonePage.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace epistle;
using ui::AccountWizard;

class TestAccountWizardWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/epistle-test-bus");
    }

    void savedWithoutPassword()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        QTemporaryDir profileDir;
        const core::Profile profile = core::Profile::fromDirectory(profileDir.path());
        AccountWizard wizard(profile, {});
        wizard.setCaFile(sandbox.value(QStringLiteral("CA_CERT")));
        wizard.show();
        QSignalSpy added(&wizard, &AccountWizard::accountAdded);
        wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(user->login);
        wizard.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(user->password);
        wizard.findChild<QPushButton *>(QStringLiteral("manualButton"))->click();
        wizard.findChild<QLineEdit *>(QStringLiteral("incomingHostEdit"))->setText(sandbox.host());
        wizard.findChild<QSpinBox *>(QStringLiteral("incomingPortSpin"))->setValue(sandbox.port(QStringLiteral("IMAPS_PORT")));
        wizard.findChild<QLineEdit *>(QStringLiteral("outgoingHostEdit"))->setText(sandbox.host());
        wizard.findChild<QSpinBox *>(QStringLiteral("outgoingPortSpin"))->setValue(sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), 60000);
        wizard.button(QWizard::CommitButton)->click();
        auto *done = static_cast<ui::DonePage *>(wizard.page(AccountWizard::DonePageId));
        QTRY_VERIFY_WITH_TIMEOUT(done->isSaved(), 30000);
        QCOMPARE(added.size(), 1);

        const QString said = wizard.findChild<QLabel *>(QStringLiteral("keychainLabel"))->text();
        QVERIFY2(said.contains(QLatin1String("not stored anywhere else")) && said.contains(QLatin1String("ask for it each time it starts")),
                 qPrintable(said));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("syncLabel"))->text(),
                 QStringLiteral("Epistle will fetch your mail the next time it starts."));

        {
            const std::unique_ptr<storage::Database> database = storage::Database::open(profile.databaseFile());
            sync::SecretStore secrets(profile);
            sync::AccountManager manager(*database, secrets, profile);
            const auto account = manager.find(user->login);
            QVERIFY(account);
            QCOMPARE(account->id, wizard.accountId());
        }
        QDirIterator it(profileDir.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(user->password.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 2); // the database and the settings were looked at
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestAccountWizardWithoutKeychain)
#include "tst_AccountWizardWithoutKeychain.moc"
