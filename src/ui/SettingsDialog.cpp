#include "ui/SettingsDialog.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/AccountOptions.h"
#include "sync/AccountManager.h"
#include "sync/SecretStore.h"
#include "ui/MailBackend.h"
#include "ui/StoreWriteJob.h"
#include "ui_SettingsDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace epistle::ui {

namespace {

const QStringList SecurityValues = {QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")};

void fillSecurity(QComboBox *combo)
{
    combo->addItem(SettingsDialog::tr("TLS"), SecurityValues[0]);
    combo->addItem(SettingsDialog::tr("STARTTLS"), SecurityValues[1]);
    combo->addItem(SettingsDialog::tr("None (unencrypted)"), SecurityValues[2]);
}

} // namespace

SettingsDialog::SettingsDialog(MailBackend *backend, const core::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_backend(backend)
    , m_profile(profile)
    , m_databaseFile(backend ? backend->databaseFile() : profile.databaseFile())
{
    m_ui->setupUi(this);
    m_ui->tabs->setTabIcon(0, QIcon::fromTheme(QStringLiteral("mail-account"), QIcon(QStringLiteral(":/icons/mail-account.svg"))));
    fillSecurity(m_ui->incomingSecurityCombo);
    fillSecurity(m_ui->outgoingSecurityCombo);
    m_ui->remoteCombo->addItem(tr("Blocked, with a bar to load it"));
    m_ui->remoteCombo->addItem(tr("Always loaded"));
    m_ui->markReadSpin->setSpecialValueText(tr("Never"));
    m_ui->markReadSpin->setSuffix(tr(" s"));
    for (const auto &[code, name] : languages())
        m_ui->languageCombo->addItem(name, code);

    connect(m_ui->accountList, &QListWidget::currentRowChanged, this, &SettingsDialog::showAccount);
    connect(m_ui->identityList, &QListWidget::currentRowChanged, this, &SettingsDialog::showIdentity);
    connect(m_ui->applyAccountButton, &QPushButton::clicked, this, &SettingsDialog::applyAccount);
    connect(m_ui->applyIdentityButton, &QPushButton::clicked, this, &SettingsDialog::applyIdentity);
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, &SettingsDialog::removeAccount);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, [this] {
        if (m_addAccount)
            m_addAccount();
        reload();
    });
    connect(m_ui->removeTrustedButton, &QPushButton::clicked, this, [this] { delete m_ui->trustedList->currentItem(); });
    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SettingsDialog::saveAndClose);

    const std::unique_ptr<QSettings> settings = m_profile.openSettings();
    const ReadingPreferences reading = ReadingPreferences::load(*settings);
    m_ui->preferPlainCheck->setChecked(reading.preferPlainText);
    m_ui->remoteCombo->setCurrentIndex(reading.remoteContent == ReadingPreferences::RemoteContent::Always ? 1 : 0);
    m_ui->markReadSpin->setValue(reading.markReadDelayMs < 0 ? m_ui->markReadSpin->minimum() : reading.markReadDelayMs / 1000.0);
    m_ui->trustedList->addItems(reading.trustedSenders);
    const int language = m_ui->languageCombo->findData(settings->value(QStringLiteral("ui/language")).toString());
    m_ui->languageCombo->setCurrentIndex(std::max(0, language));
    m_ui->addAccountButton->setEnabled(false);
    reload();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setAddAccountHandler(std::function<void()> handler)
{
    m_addAccount = std::move(handler);
    m_ui->addAccountButton->setEnabled(bool(m_addAccount));
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language in its own words, never translated, so that a reader lost in a language they do
    // not know finds theirs. One catalogue each in translations/ (English is the source language).
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
            {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")},
            {QStringLiteral("ro"), QStringLiteral("Rom\u00e2n\u0103")},
            {QStringLiteral("el"), QStringLiteral("\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac")}};
}

void SettingsDialog::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void SettingsDialog::reload()
{
    m_accounts.clear();
    m_identities.clear();
    try {
        const std::unique_ptr<storage::Database> db = storage::Database::open(m_databaseFile);
        storage::AccountStore store(*db);
        m_accounts = store.accounts();
        for (const storage::Account &account : std::as_const(m_accounts))
            m_identities += store.identities(account.id);
    } catch (const storage::StorageError &e) {
        setStatus(e.message());
    }
    const QSignalBlocker b1(m_ui->accountList), b2(m_ui->identityList);
    m_ui->accountList->clear();
    for (const storage::Account &account : std::as_const(m_accounts))
        m_ui->accountList->addItem(new QListWidgetItem(
            QIcon::fromTheme(QStringLiteral("mail-account"), QIcon(QStringLiteral(":/icons/mail-account.svg"))), account.name));
    m_ui->identityList->clear();
    for (const storage::Identity &identity : std::as_const(m_identities)) {
        QString account;
        for (const storage::Account &a : std::as_const(m_accounts)) {
            if (a.id == identity.accountId)
                account = a.name;
        }
        m_ui->identityList->addItem(tr("%1 <%2> (%3)").arg(identity.name, identity.address, account));
    }
    m_ui->accountList->setCurrentRow(m_accounts.isEmpty() ? -1 : 0);
    m_ui->identityList->setCurrentRow(m_identities.isEmpty() ? -1 : 0);
    showAccount(m_ui->accountList->currentRow());
    showIdentity(m_ui->identityList->currentRow());
}

void SettingsDialog::showAccount(int row)
{
    const bool valid = row >= 0 && row < m_accounts.size();
    m_ui->accountBox->setEnabled(valid);
    m_ui->removeAccountButton->setEnabled(valid);
    const storage::Account account = valid ? m_accounts[row] : storage::Account{};
    m_ui->accountNameEdit->setText(account.name);
    m_ui->incomingCaption->setText(account.protocol == QLatin1String("pop3") ? tr("&Incoming server (POP3):")
                                                                             : tr("&Incoming server (IMAP):"));
    m_ui->incomingHostEdit->setText(account.incoming.host);
    m_ui->incomingPortSpin->setValue(account.incoming.port);
    m_ui->incomingSecurityCombo->setCurrentIndex(std::max<int>(0, int(SecurityValues.indexOf(account.incoming.security))));
    m_ui->incomingUserEdit->setText(account.incoming.username);
    m_ui->outgoingHostEdit->setText(account.outgoing.host);
    m_ui->outgoingPortSpin->setValue(account.outgoing.port);
    m_ui->outgoingSecurityCombo->setCurrentIndex(std::max<int>(0, int(SecurityValues.indexOf(account.outgoing.security))));
    m_ui->outgoingUserEdit->setText(account.outgoing.username);
}

void SettingsDialog::applyAccount()
{
    const int row = m_ui->accountList->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    storage::Account account = m_accounts[row];
    account.name = m_ui->accountNameEdit->text().trimmed();
    account.incoming.host = m_ui->incomingHostEdit->text().trimmed();
    account.incoming.port = m_ui->incomingPortSpin->value();
    account.incoming.security = m_ui->incomingSecurityCombo->currentData().toString();
    account.incoming.username = m_ui->incomingUserEdit->text();
    account.outgoing.host = m_ui->outgoingHostEdit->text().trimmed();
    account.outgoing.port = m_ui->outgoingPortSpin->value();
    account.outgoing.security = m_ui->outgoingSecurityCombo->currentData().toString();
    account.outgoing.username = m_ui->outgoingUserEdit->text();
    if (account.name.isEmpty() || account.incoming.host.isEmpty()) {
        setStatus(tr("An account needs a name and an incoming server."));
        return;
    }
    setStatus(tr("Saving…"));
    StoreWriteJob::run(
        m_databaseFile, [account](storage::Database &db) { storage::AccountStore(db).updateAccount(account); }, this,
        [this](const QString &error) {
            setStatus(error.isEmpty() ? tr("The account was saved.") : error);
            if (error.isEmpty()) {
                if (m_backend)
                    m_backend->reloadAccounts();
                Q_EMIT accountsEdited();
                reload();
            }
        });
}

void SettingsDialog::removeAccount()
{
    const int row = m_ui->accountList->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return;
    const storage::Account account = m_accounts[row];
    if (QMessageBox::question(this, tr("Remove Account"),
                              tr("Remove the account “%1”? Its messages are removed from this computer (not from the "
                                 "server), and its password from the keychain.")
                                  .arg(account.name)) != QMessageBox::Yes)
        return;
    setStatus(tr("Removing…"));
    const qint64 id = account.id;
    StoreWriteJob::run(
        m_databaseFile, [id](storage::Database &db) { storage::AccountStore(db).removeAccount(id); }, this,
        [this, id](const QString &error) {
            if (!error.isEmpty()) {
                setStatus(error);
                return;
            }
            const std::unique_ptr<QSettings> settings = m_profile.openSettings();
            sync::AccountOptions::erase(*settings, id);
            auto *secrets = new sync::SecretStore(m_profile, this);
            secrets->remove(sync::AccountManager::passwordKey(id, true), [secrets, id](const sync::SecretStore::Result &) {
                secrets->remove(sync::AccountManager::passwordKey(id, false),
                                [secrets](const sync::SecretStore::Result &) { secrets->deleteLater(); });
            });
            setStatus(tr("The account was removed."));
            if (m_backend)
                m_backend->reloadAccounts();
            Q_EMIT accountsEdited();
            reload();
        });
}

void SettingsDialog::showIdentity(int row)
{
    const bool valid = row >= 0 && row < m_identities.size();
    const storage::Identity identity = valid ? m_identities[row] : storage::Identity{};
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->identityNameEdit, m_ui->identityAddressEdit, m_ui->replyToEdit,
                                                        m_ui->signatureEdit, m_ui->applyIdentityButton})
        w->setEnabled(valid);
    m_ui->identityNameEdit->setText(identity.name);
    m_ui->identityAddressEdit->setText(identity.address);
    m_ui->replyToEdit->setText(identity.replyTo);
    m_ui->signatureEdit->setPlainText(identity.signature);
}

void SettingsDialog::applyIdentity()
{
    const int row = m_ui->identityList->currentRow();
    if (row < 0 || row >= m_identities.size())
        return;
    storage::Identity identity = m_identities[row];
    identity.name = m_ui->identityNameEdit->text().trimmed();
    identity.address = m_ui->identityAddressEdit->text().trimmed();
    identity.replyTo = m_ui->replyToEdit->text().trimmed();
    identity.signature = m_ui->signatureEdit->toPlainText();
    if (!identity.address.contains(QLatin1Char('@'))) {
        setStatus(tr("Enter an e-mail address such as name@example.com."));
        return;
    }
    setStatus(tr("Saving…"));
    StoreWriteJob::run(
        m_databaseFile, [identity](storage::Database &db) { storage::AccountStore(db).updateIdentity(identity); }, this,
        [this, row](const QString &error) {
            setStatus(error.isEmpty() ? tr("The identity was saved.") : error);
            if (error.isEmpty()) {
                reload();
                m_ui->identityList->setCurrentRow(row);
            }
        });
}

ReadingPreferences SettingsDialog::readingPreferences() const
{
    ReadingPreferences p;
    p.preferPlainText = m_ui->preferPlainCheck->isChecked();
    p.remoteContent = m_ui->remoteCombo->currentIndex() == 1 ? ReadingPreferences::RemoteContent::Always
                                                             : ReadingPreferences::RemoteContent::Ask;
    for (int i = 0; i < m_ui->trustedList->count(); ++i)
        p.trustedSenders.append(m_ui->trustedList->item(i)->text());
    const double seconds = m_ui->markReadSpin->value();
    p.markReadDelayMs = seconds < 0 ? -1 : int(seconds * 1000);
    return p;
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::saveAndClose()
{
    const std::unique_ptr<QSettings> settings = m_profile.openSettings();
    const ReadingPreferences reading = readingPreferences();
    reading.save(*settings);
    settings->setValue(QStringLiteral("ui/language"), language());
    Q_EMIT readingPreferencesChanged(reading);
    accept();
}

} // namespace epistle::ui
