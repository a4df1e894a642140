#pragma once

#include "autoconfig/AccountVerifier.h"

#include <QPointer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardVerifyPage;
}

namespace epistle::ui {

class CertificateDialog;
struct WizardContext;

// Signs in to both servers. A wrong password is retried here, and a refused certificate may be
// trusted here, without searching again. The last page that can go back: the next one saves.
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    VerifyPage(WizardContext &context, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isVerifying() const { return m_running; }
    CertificateDialog *certificateDialog() const; // while one is open

private:
    void verify();
    void retry();
    void onFinished(const autoconfig::AccountVerifier::Result &result);
    void showCertificate();

    WizardContext &m_context;
    std::unique_ptr<Ui::WizardVerifyPage> m_ui;
    autoconfig::AccountVerifier *m_verifier;
    std::optional<net::CertificateInfo> m_certificate;
    QPointer<CertificateDialog> m_dialog;
    bool m_running = false;
    bool m_verified = false;
    bool m_askPassword = false;
};

} // namespace epistle::ui
