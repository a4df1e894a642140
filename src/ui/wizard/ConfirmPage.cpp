#include "ui/wizard/ConfirmPage.h"

#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizardconfirm.h"

namespace epistle::ui {

ConfirmPage::ConfirmPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardConfirmPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &ConfirmPage::completeChanged);
}

ConfirmPage::~ConfirmPage() = default;

void ConfirmPage::initializePage()
{
    const QString domains = m_context.confirmationDomains().join(QStringLiteral(", "));
    m_ui->explanationLabel->setText(tr("Your mail for <b>%1</b> would be handled by servers of <b>%2</b>, which is not "
                                       "your address's domain. Epistle has not sent your password anywhere yet.")
                                        .arg(m_context.domain().toHtmlEscaped(), domains.toHtmlEscaped()));
    QString servers = QStringLiteral("<ul>");
    for (const autoconfig::ServerSetting *setting : {&m_context.incoming, &m_context.outgoing}) {
        if (!setting->needsConfirmation)
            continue;
        servers += QStringLiteral("<li><b>%1</b><br>%2</li>").arg(serverSummary(*setting).toHtmlEscaped(), sourceDescription(*setting).toHtmlEscaped());
    }
    m_ui->serversLabel->setText(servers + QStringLiteral("</ul>"));
    m_ui->confirmCheck->setText(tr("%1 is my mail provider: use these servers").arg(domains));
    m_ui->confirmCheck->setChecked(false);
}

bool ConfirmPage::isComplete() const
{
    return m_ui->confirmCheck->isChecked();
}

bool ConfirmPage::validatePage()
{
    m_context.domainConfirmed = true;
    return true;
}

int ConfirmPage::nextId() const
{
    return AccountWizard::VerifyPageId;
}

} // namespace epistle::ui
