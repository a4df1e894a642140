#include "ui/wizard/AccountWizard.h"

#include "sync/SyncEngine.h"
#include "ui/wizard/ConfirmPage.h"
#include "ui/wizard/DiscoveryPage.h"
#include "ui/wizard/DonePage.h"
#include "ui/wizard/IdentityPage.h"
#include "ui/wizard/SettingsPage.h"
#include "ui/wizard/VerifyPage.h"
#include "ui/wizard/WizardContext.h"

namespace epistle::ui {

AccountWizard::AccountWizard(const core::Profile &profile, FirstSync firstSync, QWidget *parent)
    : QWizard(parent)
    , m_context(std::make_unique<WizardContext>(profile))
{
    m_context->firstSync = std::move(firstSync);
    setWindowTitle(tr("Add Mail Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(IdentityPageId, new IdentityPage(*m_context, this));
    setPage(DiscoveryPageId, new DiscoveryPage(*m_context, this));
    setPage(SettingsPageId, new SettingsPage(*m_context, this));
    setPage(ConfirmPageId, new ConfirmPage(*m_context, this));
    setPage(VerifyPageId, new VerifyPage(*m_context, this));
    auto *done = new DonePage(*m_context, this);
    setPage(DonePageId, done);
    setStartId(IdentityPageId);
    connect(done, &DonePage::saved, this, &AccountWizard::accountAdded);
    // Closing the wizard stops what is under way; a kept (hidden) wizard must not go on probing.
    connect(this, &QDialog::rejected, this, [this] {
        page(DiscoveryPageId)->cleanupPage();
        page(VerifyPageId)->cleanupPage();
    });
    resize(640, 560);
}

AccountWizard::AccountWizard(sync::SyncEngine &engine, QWidget *parent)
    : AccountWizard(
          engine.profile(),
          [&engine](qint64 accountId) {
              engine.reloadAccounts();
              return engine.synchronize(accountId);
          },
          parent)
{
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setDiscoveryOptions(const autoconfig::DiscoveryOptions &options)
{
    m_context->discoveryOptions = options;
}

autoconfig::DiscoveryOptions AccountWizard::discoveryOptions() const
{
    return m_context->discoveryOptions;
}

void AccountWizard::setCaFile(const QString &pemFile)
{
    m_context->caFile = pemFile;
}

qint64 AccountWizard::accountId() const
{
    return m_context->accountId;
}

} // namespace epistle::ui
