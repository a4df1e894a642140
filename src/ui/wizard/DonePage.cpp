#include "ui/wizard/DonePage.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/AccountManager.h"
#include "sync/ServerAccess.h"
#include "sync/SyncTask.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizarddone.h"

namespace epistle::ui {

namespace {

storage::ServerSettings serverSettings(const autoconfig::ServerSetting &setting, const QString &user)
{
    storage::ServerSettings settings;
    settings.host = setting.host;
    settings.port = setting.port;
    settings.security = sync::securityToName(setting.security);
    settings.username = user;
    return settings;
}

} // namespace

DonePage::DonePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardDonePage>())
    , m_secrets(new sync::SecretStore(context.profile, this))
{
    m_ui->setupUi(this);
    m_ui->saveAgainButton->hide();
    connect(m_ui->saveAgainButton, &QPushButton::clicked, this, &DonePage::save);
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    save();
}

bool DonePage::isComplete() const
{
    return m_saved;
}

void DonePage::save()
{
    if (m_saving || m_saved)
        return;
    m_saving = true;
    m_ui->saveAgainButton->hide();
    m_ui->syncGroup->hide();
    m_ui->keychainLabel->clear();
    m_ui->statusLabel->setText(tr("Saving the account…"));
    QString error;
    if (!m_context.profile.ensureExists(&error)) {
        fail(error);
        return;
    }
    sync::AccountManager::NewAccount account;
    account.account.protocol = m_context.incoming.service == autoconfig::Service::Pop3 ? QStringLiteral("pop3") : QStringLiteral("imap");
    account.account.incoming = serverSettings(m_context.incoming, m_context.incomingUser);
    account.account.outgoing = serverSettings(m_context.outgoing, m_context.outgoingUser);
    account.identity.name = m_context.fullName;
    account.identity.address = m_context.email;
    account.options.caFile = m_context.caFile;
    account.options.pinnedFingerprints = m_context.pinnedFingerprints;
    account.password = m_context.password;
    try {
        // The store is the engine's, opened here only for this one short write.
        m_database = storage::Database::open(m_context.profile.databaseFile());
        m_manager = std::make_unique<sync::AccountManager>(*m_database, *m_secrets, m_context.profile);
        QString name = m_context.email;
        for (int n = 2; m_manager->find(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(m_context.email).arg(n);
        account.account.name = name;
        m_manager->add(account, [this](qint64 id, const sync::SecretStore::Result &result) { onPasswordStored(id, result); });
    } catch (const storage::StorageError &storageError) {
        m_manager.reset();
        m_database.reset();
        fail(storageError.message());
    }
}

void DonePage::fail(const QString &message)
{
    m_saving = false;
    m_ui->statusLabel->setText(tr("The account could not be saved: %1").arg(message));
    m_ui->saveAgainButton->show();
}

void DonePage::onPasswordStored(qint64 accountId, const sync::SecretStore::Result &result)
{
    m_saving = false;
    m_saved = true;
    m_context.accountId = accountId;
    m_ui->statusLabel->setText(tr("The account %1 is saved.").arg(m_context.email));
    if (result.ok()) {
        m_ui->keychainLabel->setText(tr("Your password is kept in the system keychain."));
    } else {
        // Not stored anywhere else: the engine asks for it at each start.
        m_ui->keychainLabel->setText(tr("Your password could not be kept in the system keychain (%1). It is not stored "
                                        "anywhere else: Epistle will ask for it each time it starts.")
                                         .arg(result.message));
    }
    // Released after AccountManager's callback has returned.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_manager.reset();
            m_database.reset();
        },
        Qt::QueuedConnection);
    Q_EMIT completeChanged();
    Q_EMIT saved(accountId);
    startFirstSync();
}

void DonePage::startFirstSync()
{
    m_ui->syncGroup->show();
    m_task = m_context.firstSync ? m_context.firstSync(m_context.accountId) : nullptr;
    if (!m_task) {
        m_ui->syncProgress->hide();
        m_ui->syncLabel->setText(tr("Epistle will fetch your mail the next time it starts."));
        return;
    }
    m_ui->syncProgress->show();
    m_ui->syncProgress->setRange(0, 0);
    m_ui->syncLabel->setText(tr("Fetching your folders and messages… You can close this window; it goes on in the background."));
    connect(m_task, &sync::SyncTask::progress, this, [this](int done, int total) {
        m_ui->syncProgress->setRange(0, total);
        m_ui->syncProgress->setValue(done);
    });
    connect(m_task, &sync::SyncTask::finished, this, [this](sync::SyncTask *task) {
        m_ui->syncProgress->setRange(0, 1);
        m_ui->syncProgress->setValue(task->succeeded() ? 1 : 0);
        if (task->succeeded())
            m_ui->syncLabel->setText(tr("Your mail is here."));
        else if (task->wasCancelled())
            m_ui->syncLabel->setText(tr("The first synchronisation was stopped; Epistle tries again later."));
        else
            m_ui->syncLabel->setText(tr("The first synchronisation failed: %1. Epistle tries again later.").arg(task->errorMessage()));
    });
}

} // namespace epistle::ui
