#pragma once

#include "core/Profile.h"
#include "storage/AccountStore.h"
#include "ui/ReadingPreferences.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace epistle::ui {

class MailBackend;

// Accounts (add through the wizard, edit servers, remove), identities and signatures, reading
// preferences and the language. Account and identity changes are written off the GUI thread and
// the engine is told to reload its accounts.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(MailBackend *backend, const core::Profile &profile, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What "Add…" does (the main window opens the account wizard); the dialog reloads afterwards.
    void setAddAccountHandler(std::function<void()> handler);
    void reload();

    ReadingPreferences readingPreferences() const;
    QString language() const;
    // Available translations: code -> native name ("" is the system language).
    static QList<QPair<QString, QString>> languages();

Q_SIGNALS:
    void readingPreferencesChanged(const epistle::ui::ReadingPreferences &preferences);
    void accountsEdited();

private:
    void showAccount(int row);
    void applyAccount();
    void removeAccount();
    void showIdentity(int row);
    void applyIdentity();
    void saveAndClose();
    void setStatus(const QString &text);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    MailBackend *m_backend;
    core::Profile m_profile;
    QString m_databaseFile;
    QList<storage::Account> m_accounts;
    QList<storage::Identity> m_identities;
    std::function<void()> m_addAccount;
};

} // namespace epistle::ui
