#include "ui/PasswordDialog.h"

#include "ui_PasswordDialog.h"

namespace epistle::ui {

PasswordDialog::PasswordDialog(const QString &accountName, sync::PasswordKind kind, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setText(kind == sync::PasswordKind::Incoming
                                    ? tr("Enter the password of the account “%1” to receive mail.").arg(accountName)
                                    : tr("Enter the password of the account “%1” to send mail.").arg(accountName));
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    m_ui->passwordEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordDialog::remember() const
{
    return m_ui->rememberCheck->isChecked();
}

void PasswordDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

} // namespace epistle::ui
