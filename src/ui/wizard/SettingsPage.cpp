#include "ui/wizard/SettingsPage.h"

#include "autoconfig/DomainRules.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizardsettings.h"

#include <QHostAddress>

namespace epistle::ui {

using autoconfig::ServerSetting;
using autoconfig::Service;
using net::Security;

namespace {

quint16 standardPort(Service service, Security security)
{
    const bool tls = security == Security::ImplicitTls;
    switch (service) {
    case Service::Imap:
        return tls ? 993 : 143;
    case Service::Pop3:
        return tls ? 995 : 110;
    case Service::Smtp:
        return tls ? 465 : 587;
    }
    return 0;
}

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
}

QString manualSource()
{
    ServerSetting setting;
    setting.source = autoconfig::Source::Manual;
    return sourceDescription(setting);
}

} // namespace

SettingsPage::SettingsPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardSettingsPage>())
{
    m_ui->setupUi(this);
    m_incoming = Side{true, m_ui->incomingForm, m_ui->incomingChoice, m_ui->incomingProtocolCombo, m_ui->incomingHostEdit, m_ui->incomingPortSpin,
                      m_ui->incomingSecurityCombo, m_ui->incomingUserEdit, m_ui->incomingSourceLabel, {}, Service::Imap, Security::ImplicitTls};
    m_outgoing = Side{false, m_ui->outgoingForm, m_ui->outgoingChoice, nullptr, m_ui->outgoingHostEdit, m_ui->outgoingPortSpin,
                      m_ui->outgoingSecurityCombo, m_ui->outgoingUserEdit, m_ui->outgoingSourceLabel, {}, Service::Smtp, Security::ImplicitTls};
    m_ui->incomingProtocolCombo->addItem(serviceLabel(Service::Imap), int(Service::Imap));
    m_ui->incomingProtocolCombo->addItem(serviceLabel(Service::Pop3), int(Service::Pop3));
    m_filling = true;
    setUp(m_incoming);
    setUp(m_outgoing);
    m_filling = false;
    m_ui->warningLabel->hide();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setUp(Side &side)
{
    for (Security security : {Security::ImplicitTls, Security::StartTls, Security::None})
        side.security->addItem(securityLabel(security), int(security));
    side.source->setStyleSheet(QStringLiteral("color: palette(dark);"));
    connect(side.choice, &QComboBox::activated, this, [this, &side](int index) { choose(side, index); });
    connect(side.host, &QLineEdit::textEdited, this, [this, &side] { onServerEdited(side); });
    connect(side.port, &QSpinBox::valueChanged, this, [this, &side] { onServerEdited(side); });
    connect(side.security, &QComboBox::currentIndexChanged, this, [this, &side] { onSecurityOrProtocolChanged(side); });
    if (side.protocol)
        connect(side.protocol, &QComboBox::currentIndexChanged, this, [this, &side] { onSecurityOrProtocolChanged(side); });
    connect(side.host, &QLineEdit::textChanged, this, &SettingsPage::completeChanged);
    connect(side.host, &QLineEdit::textChanged, this, &SettingsPage::updateWarning);
    connect(side.security, &QComboBox::currentIndexChanged, this, &SettingsPage::updateWarning);
}

QString SettingsPage::defaultUser() const
{
    return m_context.email;
}

void SettingsPage::initializePage()
{
    // Keep what the user typed when coming back here without a new discovery.
    const QString filledFor = QStringLiteral("%1 %2 %3").arg(m_context.discoveryRun).arg(m_context.manual).arg(m_context.email);
    if (m_filledFor == filledFor)
        return;
    m_filledFor = filledFor;

    const QList<ServerSetting> found = m_context.manual ? QList<ServerSetting>() : m_context.found;
    m_incoming.candidates.clear();
    m_outgoing.candidates.clear();
    for (const ServerSetting &setting : found)
        (setting.isIncoming() ? m_incoming : m_outgoing).candidates << setting;
    fill(m_incoming);
    fill(m_outgoing);

    QStringList message;
    const QString domain = m_context.domain();
    if (m_context.manual)
        message << tr("Enter the server settings your provider gives you.");
    else if (m_context.discoveryCancelled)
        message << tr("The search was stopped. What it found so far is listed; complete the rest by hand.");
    else if (found.isEmpty())
        message << tr("No mail server was found for %1. Enter the settings your provider gives you.").arg(domain);
    else
        message << tr("These settings were found for %1. Change anything that is not right.").arg(domain);
    if (!m_context.manual && !found.isEmpty()) {
        if (m_incoming.candidates.isEmpty())
            message << tr("No incoming server was found: enter it by hand.");
        if (m_outgoing.candidates.isEmpty())
            message << tr("No outgoing server was found: enter it by hand.");
    }
    QStringList notOffered;
    for (Service service : {Service::Imap, Service::Pop3, Service::Smtp}) {
        if (m_context.notOffered.contains(service))
            notOffered << serviceLabel(service);
    }
    if (!notOffered.isEmpty())
        message << tr("Your provider says it does not offer %1.").arg(notOffered.join(QStringLiteral(", ")));
    m_ui->messageLabel->setText(message.join(QLatin1Char(' ')));
    updateWarning();
}

void SettingsPage::fill(Side &side)
{
    m_filling = true;
    side.choice->clear();
    for (const ServerSetting &setting : std::as_const(side.candidates)) {
        QString text = serverSummary(setting);
        if (setting.needsConfirmation)
            text = tr("%1 (at %2)").arg(text, setting.confirmationDomain);
        side.choice->addItem(text);
    }
    side.choice->addItem(tr("Other settings, entered by hand"));
    side.form->setRowVisible(side.choice, !side.candidates.isEmpty());
    m_filling = false;
    if (!side.candidates.isEmpty()) {
        choose(side, 0);
        return;
    }
    m_filling = true;
    if (side.protocol)
        side.protocol->setCurrentIndex(0);
    side.security->setCurrentIndex(0);
    side.host->clear();
    side.host->setPlaceholderText(side.incoming ? tr("e.g. imap.%1").arg(m_context.domain()) : tr("e.g. smtp.%1").arg(m_context.domain()));
    side.port->setValue(standardPort(side.incoming ? Service::Imap : Service::Smtp, Security::ImplicitTls));
    side.user->setText(defaultUser());
    side.source->setText(manualSource());
    m_filling = false;
    choose(side, side.choice->count() - 1);
}

void SettingsPage::choose(Side &side, int index)
{
    m_filling = true;
    side.choice->setCurrentIndex(index);
    if (index >= 0 && index < side.candidates.size()) {
        const ServerSetting &setting = side.candidates.at(index);
        if (side.protocol)
            side.protocol->setCurrentIndex(side.protocol->findData(int(setting.service)));
        side.security->setCurrentIndex(side.security->findData(int(setting.security)));
        side.host->setText(setting.host);
        side.port->setValue(setting.port);
        side.user->setText(setting.userNames.value(0, defaultUser()));
        QString source = sourceDescription(setting);
        if (setting.needsConfirmation)
            source = tr("%1. This server is outside your address's domain: you will be asked to confirm %2 first.")
                         .arg(source, setting.confirmationDomain);
        side.source->setText(source);
    } else {
        side.source->setText(manualSource());
    }
    m_filling = false;
    updateWarning();
}

void SettingsPage::onServerEdited(Side &side)
{
    if (m_filling)
        return;
    const int manual = side.choice->count() - 1;
    if (side.choice->currentIndex() != manual)
        choose(side, manual);
}

void SettingsPage::onSecurityOrProtocolChanged(Side &side)
{
    const Service service = side.protocol ? Service(side.protocol->currentData().toInt()) : Service::Smtp;
    const Security security = Security(side.security->currentData().toInt());
    const quint16 previousPort = standardPort(side.shownService, side.shownSecurity);
    side.shownService = service;
    side.shownSecurity = security;
    if (m_filling)
        return;
    // Follow the usual port, unless the user chose an unusual one.
    if (side.port->value() == previousPort) {
        m_filling = true;
        side.port->setValue(standardPort(service, security));
        m_filling = false;
    }
    onServerEdited(side);
}

ServerSetting SettingsPage::current(const Side &side) const
{
    ServerSetting setting;
    const int index = side.choice->currentIndex();
    if (index >= 0 && index < side.candidates.size()) {
        setting = side.candidates.at(index);
    } else {
        setting.service = side.protocol ? Service(side.protocol->currentData().toInt()) : Service::Smtp;
        setting.host = side.host->text().trimmed();
        setting.port = quint16(side.port->value());
        setting.security = Security(side.security->currentData().toInt());
        setting.source = autoconfig::Source::Manual;
        setting.userNames = QStringList{m_context.email, autoconfig::DomainRules::localPartOf(m_context.email)};
        // A host learnt from DNS stays subject to confirmation when only its port or security was changed.
        for (const ServerSetting &found : side.candidates) {
            if (found.needsConfirmation && found.host.compare(setting.host, Qt::CaseInsensitive) == 0) {
                setting.needsConfirmation = true;
                setting.confirmationDomain = found.confirmationDomain;
                setting.address = found.address;
                break;
            }
            if (found.host.compare(setting.host, Qt::CaseInsensitive) == 0)
                setting.address = found.address;
        }
    }
    const QString user = side.user->text().trimmed();
    if (user.isEmpty() || setting.userNames.value(0) != user)
        setting.userNames = QStringList{user.isEmpty() ? m_context.email : user};
    setting.userNames.removeAll(QString());
    return setting;
}

void SettingsPage::updateWarning()
{
    QStringList warnings;
    for (const Side *side : {&m_incoming, &m_outgoing}) {
        const QString host = side->host->text().trimmed();
        if (Security(side->security->currentData().toInt()) == Security::None && !host.isEmpty() && !isLoopbackHost(host))
            warnings << tr("Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.").arg(host);
    }
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

bool SettingsPage::isComplete() const
{
    return !m_incoming.host->text().trimmed().isEmpty() && !m_outgoing.host->text().trimmed().isEmpty();
}

bool SettingsPage::validatePage()
{
    m_context.incoming = current(m_incoming);
    m_context.outgoing = current(m_outgoing);
    m_context.domainConfirmed = false;
    return true;
}

int SettingsPage::nextId() const
{
    const bool confirm = current(m_incoming).needsConfirmation || current(m_outgoing).needsConfirmation;
    return confirm ? AccountWizard::ConfirmPageId : AccountWizard::VerifyPageId;
}

} // namespace epistle::ui
