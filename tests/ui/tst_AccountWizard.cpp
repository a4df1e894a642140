// The account wizard driven like a user would, headless, against the sandbox's dnsmasq, Dovecot
// and Postfix, with a private keychain. EPISTLE_WIZARD_SCREENSHOTS=DIR also saves each page as
// DIR/wizard-<name>.png (how docs/screenshots were made).

#include "autoconfig/AccountVerifier.h"
#include "autoconfig/Discovery.h"
#include "net/TlsPolicy.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "sync/AccountManager.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncTask.h"
#include "support/Sandbox.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/CertificateDialog.h"
#include "ui/wizard/DiscoveryPage.h"
#include "ui/wizard/DonePage.h"
#include "ui/wizard/VerifyPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace epistle;
using epistle::test::Sandbox;
using ui::AccountWizard;

namespace {

constexpr int networkTimeoutMs = 60000;

// The records of the domain whose servers lie outside it (in example.test).
QString records(const Sandbox &sandbox)
{
    return QStringLiteral("srv-host=_imaps._tcp.wizard-elsewhere.test,imap.example.test,%1,0,1\n"
                          "srv-host=_submissions._tcp.wizard-elsewhere.test,smtp.example.test,%2,0,1\n")
        .arg(sandbox.value(QStringLiteral("IMAPS_PORT")), sandbox.value(QStringLiteral("SUBMISSIONS_PORT")));
}

template <typename T>
T *find(QWidget &root, const char *name)
{
    return root.findChild<T *>(QString::fromLatin1(name));
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EPISTLE_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QStringLiteral("%1/wizard-%2.png").arg(dir, name)));
}

// The user's side of the wizard: a profile of its own, the sandbox's DNS and CA.
struct Session
{
    explicit Session(const Sandbox &sandbox, bool trustSandboxCa = true)
        : profile(core::Profile::fromDirectory(profileDir.path()))
        , wizard(profile, [this](qint64 id) {
            firstSyncAccount = id;
            task = new sync::SyncTask(QStringLiteral("first sync"), &wizard);
            return task.data();
        })
    {
        autoconfig::DiscoveryOptions options;
        options.dnsServer = sandbox.dnsServer();
        options.autoconfigUrls = QStringList{};
        options.useGuess = false;
        options.stepTimeoutMs = 10000;
        wizard.setDiscoveryOptions(options);
        if (trustSandboxCa)
            wizard.setCaFile(sandbox.value(QStringLiteral("CA_CERT")));
        wizard.show();
    }

    QAbstractButton *nextButton()
    {
        return wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    }
    bool next()
    {
        QAbstractButton *button = nextButton();
        if (!button->isVisible() || !button->isEnabled())
            return false;
        button->click();
        return true;
    }
    void fillIdentity(const QString &email, const QString &password)
    {
        find<QLineEdit>(wizard, "nameEdit")->setText(QStringLiteral("Ada Lovelace"));
        find<QLineEdit>(wizard, "emailEdit")->setText(email);
        find<QLineEdit>(wizard, "passwordEdit")->setText(password);
    }
    ui::VerifyPage *verifyPage() { return static_cast<ui::VerifyPage *>(wizard.page(AccountWizard::VerifyPageId)); }
    ui::DonePage *donePage() { return static_cast<ui::DonePage *>(wizard.page(AccountWizard::DonePageId)); }
    QString verifyStatus() { return find<QLabel>(*verifyPage(), "statusLabel")->text(); }

    QTemporaryDir profileDir;
    core::Profile profile;
    qint64 firstSyncAccount = 0;
    QPointer<sync::SyncTask> task;
    AccountWizard wizard;
};

struct Stored
{
    std::optional<storage::Account> account;
    QList<storage::Identity> identities;
    sync::AccountOptions options;
    sync::SecretStore::Result incomingPassword;
    sync::SecretStore::Result outgoingPassword;
};

Stored stored(const core::Profile &profile, qint64 id)
{
    Stored result;
    const std::unique_ptr<storage::Database> database = storage::Database::open(profile.databaseFile());
    sync::SecretStore secrets(profile);
    sync::AccountManager manager(*database, secrets, profile);
    result.account = manager.find(QString::number(id));
    result.identities = manager.identities(id);
    result.options = manager.options(id);
    int pending = 2;
    secrets.read(sync::AccountManager::passwordKey(id, true), [&](const sync::SecretStore::Result &r) {
        result.incomingPassword = r;
        --pending;
    });
    secrets.read(sync::AccountManager::passwordKey(id, false), [&](const sync::SecretStore::Result &r) {
        result.outgoingPassword = r;
        --pending;
    });
    if (!QTest::qWaitFor([&] { return pending == 0; }, 20000))
        qWarning("the keychain did not answer");
    return result;
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        if (!sandbox.dnsAvailable())
            QSKIP(qPrintable(QStringLiteral("the sandbox DNS is not running: ") + sandbox.value(QStringLiteral("DNS_UNAVAILABLE_REASON"))));
        const QString path = sandbox.directory() + QStringLiteral("/dns/records.conf");
        if (fileText(path).contains(records(sandbox)))
            return;
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(records(sandbox).toUtf8());
        file.close();
        QString output;
        QVERIFY2(sandbox.runScript(QStringLiteral("dns-reload"), {}, &output), qPrintable(output));
    }

    // The "done when": SRV discovery, verification, saving with the password in the
    // keychain, and the first synchronisation shown.
    void srvDiscoveryVerifiesAndSaves()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        QSignalSpy added(&wizard, &AccountWizard::accountAdded);

        QVERIFY(!session.next()); // nothing typed yet
        session.fillIdentity(QStringLiteral("not an address"), user->password);
        QVERIFY(!session.next());
        session.fillIdentity(user->login, user->password);
        screenshot(wizard, QStringLiteral("1-identity"));
        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::DiscoveryPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        const QStringList methods = {find<QTreeWidget>(wizard, "methodsTree")->topLevelItem(0)->text(1),
                                     find<QTreeWidget>(wizard, "methodsTree")->topLevelItem(3)->text(1)};
        QVERIFY2(methods.at(0).endsWith(QLatin1String("found")) && !methods.at(0).startsWith(QLatin1String("nothing")),
                 qPrintable(methods.at(0)));
        QCOMPARE(methods.at(1), QStringLiteral("switched off"));
        screenshot(wizard, QStringLiteral("2-discovery"));

        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        QCOMPARE(find<QLineEdit>(wizard, "incomingHostEdit")->text(), QStringLiteral("imap.example.test"));
        QCOMPARE(find<QSpinBox>(wizard, "incomingPortSpin")->value(), int(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        QCOMPARE(find<QComboBox>(wizard, "incomingSecurityCombo")->currentData().toInt(), int(net::Security::ImplicitTls));
        QVERIFY(find<QLabel>(wizard, "incomingSourceLabel")->text().contains(QLatin1String("_imaps._tcp.example.test")));
        QCOMPARE(find<QLineEdit>(wizard, "outgoingHostEdit")->text(), QStringLiteral("smtp.example.test"));
        QCOMPARE(find<QSpinBox>(wizard, "outgoingPortSpin")->value(), int(sandbox.port(QStringLiteral("SUBMISSIONS_PORT"))));
        QCOMPARE(find<QLineEdit>(wizard, "incomingUserEdit")->text(), user->login);
        screenshot(wizard, QStringLiteral("3-settings"));

        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId)); // inside the domain: no confirmation
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QVERIFY2(session.verifyStatus().contains(user->login), qPrintable(session.verifyStatus()));
        screenshot(wizard, QStringLiteral("5-verify"));

        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::DonePageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.donePage()->isSaved(), 20000);
        QCOMPARE(added.size(), 1);
        const qint64 id = added.first().first().toLongLong();
        QCOMPARE(wizard.accountId(), id);
        QCOMPARE(session.firstSyncAccount, id);
        QVERIFY(session.task);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard.button(QWizard::BackButton)->isHidden() || !wizard.button(QWizard::BackButton)->isEnabled());
        QCOMPARE(find<QLabel>(wizard, "keychainLabel")->text(), QStringLiteral("Your password is kept in the system keychain."));

        // The first synchronisation's progress is shown as the engine reports it.
        session.task->reportProgress(3, 10);
        QCOMPARE(find<QProgressBar>(wizard, "syncProgress")->maximum(), 10);
        QCOMPARE(find<QProgressBar>(wizard, "syncProgress")->value(), 3);
        session.task->finish();
        QCOMPARE(find<QLabel>(wizard, "syncLabel")->text(), QStringLiteral("Your mail is here."));
        screenshot(wizard, QStringLiteral("6-done"));

        const Stored saved = stored(session.profile, id);
        QVERIFY(saved.account);
        QCOMPARE(saved.account->name, user->login);
        QCOMPARE(saved.account->protocol, QStringLiteral("imap"));
        QCOMPARE(saved.account->incoming.host, QStringLiteral("imap.example.test"));
        QCOMPARE(saved.account->incoming.port, int(sandbox.port(QStringLiteral("IMAPS_PORT"))));
        QCOMPARE(saved.account->incoming.security, QStringLiteral("tls"));
        QCOMPARE(saved.account->incoming.username, user->login);
        QCOMPARE(saved.account->outgoing.host, QStringLiteral("smtp.example.test"));
        QCOMPARE(saved.account->outgoing.username, user->login);
        QCOMPARE(saved.identities.size(), 1);
        QCOMPARE(saved.identities.first().name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(saved.identities.first().address, user->login);
        QCOMPARE(saved.options.caFile, sandbox.value(QStringLiteral("CA_CERT")));
        QVERIFY(saved.options.pinnedFingerprints.isEmpty());
        QVERIFY2(saved.incomingPassword.ok(), qPrintable(saved.incomingPassword.message));
        QCOMPARE(saved.incomingPassword.password, user->password);
        QCOMPARE(saved.outgoingPassword.password, user->password);
        QVERIFY(!fileText(session.profile.settingsFile()).contains(user->password));
    }

    void wrongPasswordIsRetriedWithoutNewDiscovery()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        session.fillIdentity(user->login, QStringLiteral("not the password"));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        auto *discovery = wizard.findChild<autoconfig::Discovery *>();
        QVERIFY(discovery);
        QSignalSpy discoveries(discovery, &autoconfig::Discovery::finished);
        QVERIFY(session.next());
        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        auto *password = find<QLineEdit>(wizard, "retryPasswordEdit");
        QTRY_VERIFY_WITH_TIMEOUT(password->isVisible(), networkTimeoutMs);
        QVERIFY(!session.nextButton()->isEnabled());
        QVERIFY2(session.verifyStatus().contains(QLatin1String("refused")), qPrintable(session.verifyStatus()));
        screenshot(wizard, QStringLiteral("5-verify-wrong-password"));

        password->setText(user->password);
        find<QPushButton>(wizard, "retryButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        QCOMPARE(discoveries.size(), 0);

        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.donePage()->isSaved(), 20000);
        const Stored saved = stored(session.profile, wizard.accountId());
        QVERIFY(saved.account);
        QCOMPARE(saved.incomingPassword.password, user->password); // the corrected one
    }

    void manualSettings()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        session.fillIdentity(user->login, user->password);
        find<QPushButton>(wizard, "manualButton")->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(!find<QComboBox>(wizard, "incomingChoice")->isVisible()); // nothing found to choose from
        QVERIFY(!session.nextButton()->isEnabled()); // no hosts yet

        find<QComboBox>(wizard, "incomingProtocolCombo")->setCurrentIndex(1); // POP3
        QCOMPARE(find<QSpinBox>(wizard, "incomingPortSpin")->value(), 995); // follows the protocol
        find<QComboBox>(wizard, "incomingSecurityCombo")->setCurrentIndex(1); // STARTTLS
        QCOMPARE(find<QSpinBox>(wizard, "incomingPortSpin")->value(), 110);
        find<QLineEdit>(wizard, "incomingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "incomingPortSpin")->setValue(sandbox.port(QStringLiteral("POP3_PORT")));
        find<QComboBox>(wizard, "outgoingSecurityCombo")->setCurrentIndex(1);
        QCOMPARE(find<QSpinBox>(wizard, "outgoingPortSpin")->value(), 587);
        find<QLineEdit>(wizard, "outgoingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "outgoingPortSpin")->setValue(sandbox.port(QStringLiteral("SUBMISSION_PORT")));
        screenshot(wizard, QStringLiteral("3-settings-manual"));

        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.donePage()->isSaved(), 20000);
        const Stored saved = stored(session.profile, wizard.accountId());
        QVERIFY(saved.account);
        QCOMPARE(saved.account->protocol, QStringLiteral("pop3"));
        QCOMPARE(saved.account->incoming.security, QStringLiteral("starttls"));
        QCOMPARE(saved.account->incoming.port, int(sandbox.port(QStringLiteral("POP3_PORT"))));
        QCOMPARE(saved.account->outgoing.security, QStringLiteral("starttls"));
    }

    // RFC 6186 section 6: servers of another domain learnt from DNS are shown and confirmed
    // before the password goes anywhere.
    void outsideDomainIsConfirmedBeforeAnyPassword()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        const QString logs = sandbox.value(QStringLiteral("DOVECOT_LOG"));
        const QString smtpLogs = sandbox.value(QStringLiteral("POSTFIX_LOG"));
        const auto mentions = [&] { return fileText(logs).count(user->login) + fileText(smtpLogs).count(user->login); };
        const qsizetype before = mentions();
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        const QString address = user->login.section(QLatin1Char('@'), 0, 0) + QStringLiteral("@wizard-elsewhere.test");
        session.fillIdentity(address, user->password);
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QVERIFY(session.next());
        QCOMPARE(find<QLineEdit>(wizard, "incomingHostEdit")->text(), QStringLiteral("imap.example.test"));
        QVERIFY(find<QLabel>(wizard, "incomingSourceLabel")->text().contains(QLatin1String("example.test first")));
        find<QLineEdit>(wizard, "incomingUserEdit")->setText(user->login); // the provider's login differs from the address
        find<QLineEdit>(wizard, "outgoingUserEdit")->setText(user->login);
        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::ConfirmPageId));
        QVERIFY(find<QLabel>(wizard, "explanationLabel")->text().contains(QLatin1String("<b>example.test</b>")));
        const QString servers = find<QLabel>(wizard, "serversLabel")->text();
        QVERIFY(servers.contains(QLatin1String("imap.example.test")) && servers.contains(QLatin1String("smtp.example.test")));
        QVERIFY(!session.nextButton()->isEnabled());
        screenshot(wizard, QStringLiteral("4-confirm"));
        QTest::qWait(500);
        QCOMPARE(mentions(), before); // no login attempt of any kind yet

        find<QCheckBox>(wizard, "confirmCheck")->setChecked(true);
        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(mentions() > before, 5000); // the logs do show logins
    }

    // A certificate the system does not trust (here: the sandbox CA is not given): its details
    // are shown, and trusting it pins it for this account.
    void untrustedCertificateIsPinnedWhenTrusted()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        Session session(sandbox, false);
        AccountWizard &wizard = session.wizard;
        session.fillIdentity(user->login, user->password);
        find<QPushButton>(wizard, "manualButton")->click();
        find<QLineEdit>(wizard, "incomingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "incomingPortSpin")->setValue(sandbox.port(QStringLiteral("IMAPS_PORT")));
        find<QLineEdit>(wizard, "outgoingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "outgoingPortSpin")->setValue(sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.verifyPage()->certificateDialog(), networkTimeoutMs);
        ui::CertificateDialog *dialog = session.verifyPage()->certificateDialog();
        QVERIFY(dialog->isVisible());
        const QList<QSslCertificate> server = QSslCertificate::fromPath(sandbox.directory() + QStringLiteral("/tls/server.pem"));
        QVERIFY(!server.isEmpty());
        const QString fingerprint = QString::fromLatin1(net::TlsPolicy::fingerprint(server.first()));
        QCOMPARE(find<QLabel>(*dialog, "fingerprintValue")->text(), fingerprint);
        QCOMPARE(find<QLabel>(*dialog, "hostValue")->text(), sandbox.host());
        QVERIFY(!find<QLabel>(*dialog, "problemsValue")->text().isEmpty());
        QAbstractButton *trust = find<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!trust->isEnabled());
        screenshot(*dialog, QStringLiteral("5-certificate"));
        find<QCheckBox>(*dialog, "trustCheck")->setChecked(true);
        trust->click();

        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.donePage()->isSaved(), 20000);
        const Stored saved = stored(session.profile, wizard.accountId());
        QCOMPARE(saved.options.pinnedFingerprints, QStringList{fingerprint});
        QVERIFY(saved.options.caFile.isEmpty());
    }

    // Expired, and for another host: refused until trusted; declining leaves it refused.
    void certificateProblemsOfTheSandbox_data()
    {
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("certificateFile");
        QTest::newRow("expired") << QStringLiteral("EXPIRED_PORT") << QStringLiteral("expired.pem");
        QTest::newRow("wrong host") << QStringLiteral("WRONG_HOST_PORT") << QStringLiteral("wrong-host.pem");
    }
    void certificateProblemsOfTheSandbox()
    {
        QFETCH(QString, portKey);
        QFETCH(QString, certificateFile);
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        session.fillIdentity(user->login, user->password);
        find<QPushButton>(wizard, "manualButton")->click();
        find<QLineEdit>(wizard, "incomingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "incomingPortSpin")->setValue(sandbox.port(QStringLiteral("IMAPS_PORT")));
        find<QLineEdit>(wizard, "outgoingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "outgoingPortSpin")->setValue(sandbox.port(portKey));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.verifyPage()->certificateDialog(), networkTimeoutMs);
        const QList<QSslCertificate> certificate = QSslCertificate::fromPath(sandbox.directory() + QStringLiteral("/tls/") + certificateFile);
        QVERIFY(!certificate.isEmpty());
        const QString fingerprint = QString::fromLatin1(net::TlsPolicy::fingerprint(certificate.first()));
        ui::CertificateDialog *dialog = session.verifyPage()->certificateDialog();
        QCOMPARE(find<QLabel>(*dialog, "fingerprintValue")->text(), fingerprint);

        // Declined: still refused, nothing to save, the certificate can be looked at again.
        dialog->reject();
        QTRY_VERIFY(!session.verifyPage()->certificateDialog());
        QVERIFY(!session.nextButton()->isEnabled());
        QVERIFY(find<QPushButton>(wizard, "certificateButton")->isVisible());
        find<QPushButton>(wizard, "certificateButton")->click();
        QVERIFY(session.verifyPage()->certificateDialog());

        // Trusted: the handshake passes now, and what fails is the server itself (this negative-test
        // listener refuses every client), not its certificate.
        dialog = session.verifyPage()->certificateDialog();
        find<QCheckBox>(*dialog, "trustCheck")->setChecked(true);
        find<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session.verifyPage()->isVerifying(), networkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(wizard, "retryButton")->isVisible(), networkTimeoutMs);
        QVERIFY(!session.verifyPage()->certificateDialog());
        QVERIFY(!find<QPushButton>(wizard, "certificateButton")->isVisible());
        QVERIFY(!session.nextButton()->isEnabled());
    }

    // The application's way: the wizard built on the engine, which synchronises the new account
    // at once (hosts by name the system resolves, as an engine has no test DNS server).
    void engineSynchronisesTheNewAccount()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        const auto user = sandbox.createUser(QStringLiteral("wizard"));
        QVERIFY(user);
        QTemporaryDir profileDir;
        const core::Profile profile = core::Profile::fromDirectory(profileDir.path());
        sync::SecretStore secrets(profile);
        sync::SyncEngine engine(profile, secrets);
        engine.setOptions(sync::SyncEngine::Options{false, false, false});
        AccountWizard wizard(engine);
        wizard.setCaFile(sandbox.value(QStringLiteral("CA_CERT")));
        wizard.show();
        find<QLineEdit>(wizard, "emailEdit")->setText(user->login);
        find<QLineEdit>(wizard, "passwordEdit")->setText(user->password);
        find<QPushButton>(wizard, "manualButton")->click();
        find<QLineEdit>(wizard, "incomingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "incomingPortSpin")->setValue(sandbox.port(QStringLiteral("IMAPS_PORT")));
        find<QLineEdit>(wizard, "outgoingHostEdit")->setText(sandbox.host());
        find<QSpinBox>(wizard, "outgoingPortSpin")->setValue(sandbox.port(QStringLiteral("SUBMISSIONS_PORT")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AccountWizard::VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::CommitButton)->isEnabled(), networkTimeoutMs);
        wizard.button(QWizard::CommitButton)->click();
        auto *label = find<QLabel>(wizard, "syncLabel");
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Your mail is here."), networkTimeoutMs);
        QCOMPARE(engine.accounts().size(), 1);
        QCOMPARE(engine.accounts().first().id, wizard.accountId());

        const std::unique_ptr<storage::Database> database = storage::Database::open(profile.databaseFile());
        storage::FolderStore folders(*database);
        QStringList paths;
        for (const storage::Folder &folder : folders.folders(wizard.accountId()))
            paths << folder.path;
        QVERIFY2(paths.contains(QStringLiteral("INBOX")) && paths.contains(QStringLiteral("Sent")), qPrintable(paths.join(QLatin1Char(' '))));
    }

    void nothingFoundOffersManualEntry()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        session.fillIdentity(QStringLiteral("someone@wizard-nothing.test"), QStringLiteral("secret"));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(session.nextButton()->isEnabled(), networkTimeoutMs);
        QVERIFY(find<QLabel>(*wizard.page(AccountWizard::DiscoveryPageId), "statusLabel")->text().contains(QLatin1String("No mail server was found")));
        QVERIFY(session.next());
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        QCOMPARE(find<QLabel>(wizard, "messageLabel")->text(),
                 QStringLiteral("No mail server was found for wizard-nothing.test. Enter the settings your provider gives you."));
        QVERIFY(find<QLineEdit>(wizard, "incomingHostEdit")->text().isEmpty());
        QCOMPARE(find<QLineEdit>(wizard, "incomingHostEdit")->placeholderText(), QStringLiteral("e.g. imap.wizard-nothing.test"));
        QCOMPARE(find<QLineEdit>(wizard, "incomingUserEdit")->text(), QStringLiteral("someone@wizard-nothing.test"));
        QVERIFY(!session.nextButton()->isEnabled());
    }

    void cancelDuringDiscovery()
    {
        EPISTLE_SANDBOX_OR_SKIP(sandbox);
        // An autoconfig server that accepts and never answers keeps discovery busy.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Session session(sandbox);
        AccountWizard &wizard = session.wizard;
        autoconfig::DiscoveryOptions options = wizard.discoveryOptions();
        options.autoconfigUrls = QStringList{QStringLiteral("https://127.0.0.1:%1/mail/config-v1.1.xml").arg(silent.serverPort())};
        options.stepTimeoutMs = 120000;
        wizard.setDiscoveryOptions(options);
        session.fillIdentity(QStringLiteral("someone@wizard-slow.test"), QStringLiteral("secret"));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), networkTimeoutMs);
        auto *page = static_cast<ui::DiscoveryPage *>(wizard.page(AccountWizard::DiscoveryPageId));
        QVERIFY(page->isRunning());
        QVERIFY(!session.nextButton()->isEnabled());
        QVERIFY(find<QPushButton>(wizard, "stopButton")->isEnabled());
        find<QPushButton>(wizard, "stopButton")->click();
        QVERIFY(!page->isRunning());
        QCOMPARE(wizard.currentId(), int(AccountWizard::SettingsPageId));
        QVERIFY(find<QLabel>(wizard, "messageLabel")->text().contains(QLatin1String("stopped")));
        QVERIFY(find<QLineEdit>(wizard, "incomingHostEdit")->text().isEmpty());

        // Closing the wizard while it searches stops the search too.
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(AccountWizard::IdentityPageId));
        QVERIFY(session.next());
        QTRY_VERIFY_WITH_TIMEOUT(page->isRunning(), 5000);
        wizard.reject();
        QVERIFY(!page->isRunning());
    }
};

QTEST_MAIN(TestAccountWizard)
#include "tst_AccountWizard.moc"
