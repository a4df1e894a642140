#include "ui/wizard/CertificateDialog.h"

#include "ui_wizardcertificate.h"

#include <QLocale>
#include <QPushButton>

namespace epistle::ui {

CertificateDialog::CertificateDialog(const net::CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
    , m_ui(std::make_unique<Ui::WizardCertificateDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Epistle could not verify the identity of %1: its certificate was refused, and "
                                 "nothing was sent to it.")
                                  .arg(certificate.host));
    m_ui->hostValue->setText(certificate.host);
    m_ui->subjectValue->setText(certificate.subject);
    m_ui->issuerValue->setText(certificate.issuer);
    const QLocale locale;
    m_ui->validityValue->setText(tr("from %1 to %2")
                                     .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                          locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)));
    m_ui->fingerprintValue->setText(QString::fromLatin1(certificate.sha256Fingerprint));
    m_ui->problemsValue->setText(certificate.errors.join(QLatin1Char('\n')));
    QPushButton *trust = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    trust->setText(tr("Trust and Try Again"));
    trust->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->trustCheck, &QCheckBox::toggled, trust, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateDialog::~CertificateDialog() = default;

} // namespace epistle::ui
