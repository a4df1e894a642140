#pragma once

#include "sync/SecretStore.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardDonePage;
}

namespace epistle::storage {
class Database;
}

namespace epistle::sync {
class AccountManager;
class SyncTask;
} // namespace epistle::sync

namespace epistle::ui {

struct WizardContext;

// Saves the verified account (store rows, options with trusted certificates, password in the
// keychain) and shows its first synchronisation.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    DonePage(WizardContext &context, QWidget *parent = nullptr);
    ~DonePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    bool isSaved() const { return m_saved; }

Q_SIGNALS:
    void saved(qint64 accountId);

private:
    void save();
    void onPasswordStored(qint64 accountId, const sync::SecretStore::Result &result);
    void fail(const QString &message);
    void startFirstSync();

    WizardContext &m_context;
    std::unique_ptr<Ui::WizardDonePage> m_ui;
    sync::SecretStore *m_secrets;
    // Open only while saving; the manager refers to the database, so it is declared after it.
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<sync::AccountManager> m_manager;
    QPointer<sync::SyncTask> m_task;
    bool m_saving = false;
    bool m_saved = false;
};

} // namespace epistle::ui
