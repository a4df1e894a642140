#include "ui/wizard/VerifyPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/CertificateDialog.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizardverify.h"

namespace epistle::ui {

using autoconfig::AccountVerifier;

VerifyPage::VerifyPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardVerifyPage>())
    , m_verifier(new AccountVerifier(this))
{
    m_ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Add Account"));
    connect(m_verifier, &AccountVerifier::logMessage, this, [this](const QString &line) {
        m_ui->logList->addItem(line);
        m_ui->logList->scrollToBottom();
    });
    connect(m_verifier, &AccountVerifier::finished, this, &VerifyPage::onFinished);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &VerifyPage::retry);
    connect(m_ui->retryPasswordEdit, &QLineEdit::returnPressed, this, &VerifyPage::retry);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &VerifyPage::showCertificate);
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::initializePage()
{
    m_ui->logList->clear();
    verify();
}

void VerifyPage::cleanupPage()
{
    m_verifier->cancel();
    m_running = false;
    if (m_dialog)
        m_dialog->reject();
}

bool VerifyPage::isComplete() const
{
    return m_verified;
}

int VerifyPage::nextId() const
{
    return AccountWizard::DonePageId;
}

CertificateDialog *VerifyPage::certificateDialog() const
{
    return m_dialog;
}

void VerifyPage::verify()
{
    AccountVerifier::Request request;
    request.incoming = m_context.incoming;
    request.outgoing = m_context.outgoing;
    request.password = m_context.password;
    request.confirmed = m_context.domainConfirmed;
    request.tlsPolicy = m_context.tlsPolicy();
    m_verified = false;
    m_running = true;
    m_certificate.reset();
    m_ui->retryPanel->hide();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(tr("Signing in to %1 and %2…").arg(m_context.incoming.host, m_context.outgoing.host));
    Q_EMIT completeChanged();
    m_verifier->start(request);
}

void VerifyPage::retry()
{
    if (m_running)
        return;
    if (m_askPassword) {
        if (m_ui->retryPasswordEdit->text().isEmpty())
            return;
        m_context.password = m_ui->retryPasswordEdit->text();
    }
    verify();
}

void VerifyPage::onFinished(const AccountVerifier::Result &result)
{
    m_running = false;
    m_ui->progressBar->hide();
    if (result.ok()) {
        m_context.incomingUser = result.incomingUser;
        m_context.outgoingUser = result.outgoingUser;
        m_verified = true;
        m_ui->statusLabel->setText(result.incomingUser == result.outgoingUser
                                       ? tr("Signed in to both servers as %1. Add the account to start receiving mail.")
                                             .arg(result.incomingUser)
                                       : tr("Signed in as %1 (incoming) and %2 (outgoing). Add the account to start "
                                            "receiving mail.")
                                             .arg(result.incomingUser, result.outgoingUser));
        Q_EMIT completeChanged();
        return;
    }
    m_ui->logList->addItem(result.message);
    const bool wrongPassword = result.failure == AccountVerifier::Failure::WrongPassword;
    const bool certificate = result.failure == AccountVerifier::Failure::Certificate && result.certificate;
    QString advice;
    if (wrongPassword)
        advice = tr("Enter the password again and try again.");
    else if (certificate)
        advice = tr("Look at the certificate to decide whether to trust it, or go back and choose another server.");
    else
        advice = tr("Go back to change the settings, or try again.");
    m_ui->statusLabel->setText(QStringLiteral("%1\n%2").arg(result.message, advice));
    m_ui->retryPanel->show();
    m_askPassword = wrongPassword;
    m_ui->retryPasswordLabel->setVisible(wrongPassword);
    m_ui->retryPasswordEdit->setVisible(wrongPassword);
    m_ui->certificateButton->setVisible(certificate);
    if (wrongPassword) {
        m_ui->retryPasswordEdit->clear();
        m_ui->retryPasswordEdit->setFocus();
    }
    if (certificate) {
        m_certificate = result.certificate;
        showCertificate();
    }
    Q_EMIT completeChanged();
}

void VerifyPage::showCertificate()
{
    if (!m_certificate || m_dialog)
        return;
    m_dialog = new CertificateDialog(*m_certificate, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const QString fingerprint = QString::fromLatin1(m_certificate->sha256Fingerprint);
        if (!m_context.pinnedFingerprints.contains(fingerprint))
            m_context.pinnedFingerprints << fingerprint;
        m_ui->logList->addItem(tr("You trusted the certificate %1 for this account.").arg(fingerprint));
        verify();
    });
    // Not exec(): the event loop, and with it every connection, keeps running.
    m_dialog->open();
}

} // namespace epistle::ui
