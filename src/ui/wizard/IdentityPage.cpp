#include "ui/wizard/IdentityPage.h"

#include "autoconfig/DomainRules.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizardidentity.h"

namespace epistle::ui {

IdentityPage::IdentityPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardIdentityPage>())
{
    m_ui->setupUi(this);
    m_ui->problemLabel->hide();
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->emailEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &IdentityPage::completeChanged);
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this, &IdentityPage::updateProblem);
    connect(this, &IdentityPage::completeChanged, this, [this] {
        m_ui->manualButton->setEnabled(isComplete());
        if (isComplete())
            m_ui->problemLabel->hide();
    });
    m_ui->manualButton->setEnabled(false);
    connect(m_ui->manualButton, &QPushButton::clicked, this, [this] {
        m_manual = true;
        wizard()->next();
        m_manual = false;
    });
}

IdentityPage::~IdentityPage() = default;

bool IdentityPage::isComplete() const
{
    const QString email = m_ui->emailEdit->text().trimmed();
    return !autoconfig::DomainRules::domainOf(email).isEmpty() && !autoconfig::DomainRules::localPartOf(email).isEmpty()
           && !m_ui->passwordEdit->text().isEmpty();
}

void IdentityPage::updateProblem()
{
    const QString email = m_ui->emailEdit->text().trimmed();
    const bool bad = !email.isEmpty() && autoconfig::DomainRules::domainOf(email).isEmpty();
    m_ui->problemLabel->setText(bad ? tr("\"%1\" is not an email address: it needs a name, an @ and a domain.").arg(email)
                                    : QString());
    m_ui->problemLabel->setVisible(bad);
}

bool IdentityPage::validatePage()
{
    m_context.fullName = m_ui->nameEdit->text().trimmed();
    m_context.email = m_ui->emailEdit->text().trimmed();
    m_context.password = m_ui->passwordEdit->text();
    m_context.allowInsecureHttp = m_ui->insecureHttpCheck->isChecked();
    m_context.manual = m_manual;
    return true;
}

int IdentityPage::nextId() const
{
    return m_manual ? AccountWizard::SettingsPageId : AccountWizard::DiscoveryPageId;
}

} // namespace epistle::ui
