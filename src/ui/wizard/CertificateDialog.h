#pragma once

#include "net/CertificateInfo.h"

#include <QDialog>
#include <memory>

namespace Ui {
class WizardCertificateDialog;
}

namespace epistle::ui {

// A certificate the connection refused, with what the user needs to decide; accepted only with
// "trust this certificate for this account" ticked.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const net::CertificateInfo &certificate, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    const net::CertificateInfo &certificate() const { return m_certificate; }

private:
    net::CertificateInfo m_certificate;
    std::unique_ptr<Ui::WizardCertificateDialog> m_ui;
};

} // namespace epistle::ui
