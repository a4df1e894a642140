#pragma once

#include "autoconfig/Discovery.h"
#include "autoconfig/ServerSetting.h"
#include "core/Profile.h"
#include "net/TlsPolicy.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace epistle::sync {
class SyncTask;
}

namespace epistle::ui {

// What the account wizard's pages know and decide, shared between them.
struct WizardContext
{
    explicit WizardContext(core::Profile profile)
        : profile(std::move(profile))
    {
    }

    core::Profile profile;
    // Starts the first synchronisation of a saved account; may return nullptr (no engine).
    std::function<sync::SyncTask *(qint64 accountId)> firstSync;
    autoconfig::DiscoveryOptions discoveryOptions;
    QString caFile; // extra CA certificates (PEM) trusted for discovery, verification and the account

    // Identity page.
    QString fullName;
    QString email;
    QString password;
    bool allowInsecureHttp = false;
    bool manual = false; // the user chose to skip discovery

    // Discovery page.
    QList<autoconfig::ServerSetting> found;
    QSet<autoconfig::Service> notOffered;
    bool discoveryCancelled = false;
    int discoveryRun = 0; // grows with every finished discovery, so the settings page refills only then

    // Settings and confirmation pages.
    autoconfig::ServerSetting incoming;
    autoconfig::ServerSetting outgoing;
    bool domainConfirmed = false;

    // Verification page: certificates the user trusted (SHA-256, hex with colons) and the user
    // names that worked.
    QStringList pinnedFingerprints;
    QString incomingUser;
    QString outgoingUser;

    qint64 accountId = 0; // once saved

    QString domain() const;
    bool needsConfirmation() const { return incoming.needsConfirmation || outgoing.needsConfirmation; }
    QStringList confirmationDomains() const;
    // Discovery's trust plus the CA file plus the user's pins: used for verification.
    net::TlsPolicy tlsPolicy() const;
    autoconfig::DiscoveryOptions effectiveDiscoveryOptions() const;
};

// Wording shared by the pages.
QString sourceDescription(const autoconfig::ServerSetting &setting);
QString securityLabel(net::Security security);
QString serviceLabel(autoconfig::Service service);
QString serverSummary(const autoconfig::ServerSetting &setting);

} // namespace epistle::ui
