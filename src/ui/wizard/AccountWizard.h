#pragma once

#include "autoconfig/Discovery.h"
#include "core/Profile.h"

#include <QWizard>
#include <functional>
#include <memory>

namespace epistle::sync {
class SyncEngine;
class SyncTask;
} // namespace epistle::sync

namespace epistle::ui {

struct WizardContext;

// Adds a mail account: name, address and password; discovery of the servers (SRV, autoconfig,
// MX, guessing) with a live log; the settings found, editable; confirmation of servers outside
// the address's domain; verification by logging in (wrong password and certificate problems are
// resolved on that page); then the account is saved (password in the keychain) and its first
// synchronisation starts. Nothing here blocks on the network.
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IdentityPageId, DiscoveryPageId, SettingsPageId, ConfirmPageId, VerifyPageId, DonePageId };
    using FirstSync = std::function<sync::SyncTask *(qint64 accountId)>;

    // Saves into the engine's profile, then reloads the engine's accounts and synchronises the
    // new one.
    explicit AccountWizard(sync::SyncEngine &engine, QWidget *parent = nullptr);
    // Saves into the profile; firstSync (may be empty) is called with the new account's id.
    AccountWizard(const core::Profile &profile, FirstSync firstSync, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Where and how discovery looks (DNS server, autoconfig URLs, extra CAs, timeouts). The
    // user's consent to plain-HTTP autoconfig is added from the first page.
    void setDiscoveryOptions(const autoconfig::DiscoveryOptions &options);
    autoconfig::DiscoveryOptions discoveryOptions() const;
    // A PEM file of CA certificates trusted for discovery, verification and, saved with the
    // account, every later connection (a company CA, the mail sandbox's CA).
    void setCaFile(const QString &pemFile);

    // The saved account's id; 0 until saved.
    qint64 accountId() const;

Q_SIGNALS:
    void accountAdded(qint64 accountId);

private:
    std::unique_ptr<WizardContext> m_context;
};

} // namespace epistle::ui
