#include "ui/wizard/WizardContext.h"

#include "autoconfig/DomainRules.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace epistle::ui {

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct WizardContextText {
    Q_DECLARE_TR_FUNCTIONS(epistle::ui::AccountWizard)
};

} // namespace

QString WizardContext::domain() const
{
    return autoconfig::DomainRules::domainOf(email);
}

QStringList WizardContext::confirmationDomains() const
{
    QStringList domains;
    for (const autoconfig::ServerSetting *setting : {&incoming, &outgoing}) {
        if (setting->needsConfirmation && !domains.contains(setting->confirmationDomain))
            domains << setting->confirmationDomain;
    }
    return domains;
}

net::TlsPolicy WizardContext::tlsPolicy() const
{
    net::TlsPolicy policy = discoveryOptions.tlsPolicy;
    if (!caFile.isEmpty())
        policy.addCaCertificates(QSslCertificate::fromPath(caFile));
    for (const QString &pin : pinnedFingerprints)
        policy.pinFingerprint(pin.toLatin1());
    return policy;
}

autoconfig::DiscoveryOptions WizardContext::effectiveDiscoveryOptions() const
{
    autoconfig::DiscoveryOptions options = discoveryOptions;
    options.allowInsecureHttp = options.allowInsecureHttp || allowInsecureHttp;
    if (!caFile.isEmpty())
        options.tlsPolicy.addCaCertificates(QSslCertificate::fromPath(caFile));
    return options;
}

QString sourceDescription(const autoconfig::ServerSetting &setting)
{
    using autoconfig::Source;
    switch (setting.source) {
    case Source::Srv:
        return WizardContextText::tr("Found in the DNS SRV record %1").arg(setting.sourceDetail);
    case Source::Autoconfig:
        return WizardContextText::tr("Found in the configuration file %1").arg(setting.sourceDetail);
    case Source::AutoconfigInsecure:
        return WizardContextText::tr("Found in the configuration file %1, fetched without encryption").arg(setting.sourceDetail);
    case Source::Mx:
        return WizardContextText::tr("Found through the domain of the MX host (%1)").arg(setting.sourceDetail);
    case Source::Guess:
        return WizardContextText::tr("Guessed: %1").arg(setting.sourceDetail);
    case Source::Manual:
        return WizardContextText::tr("Entered by hand");
    }
    return {};
}

QString securityLabel(net::Security security)
{
    switch (security) {
    case net::Security::ImplicitTls:
        return WizardContextText::tr("SSL/TLS");
    case net::Security::StartTls:
        return WizardContextText::tr("STARTTLS");
    case net::Security::None:
        return WizardContextText::tr("None (unencrypted)");
    }
    return {};
}

QString serviceLabel(autoconfig::Service service)
{
    switch (service) {
    case autoconfig::Service::Imap:
        return WizardContextText::tr("IMAP");
    case autoconfig::Service::Pop3:
        return WizardContextText::tr("POP3");
    case autoconfig::Service::Smtp:
        return WizardContextText::tr("SMTP");
    }
    return {};
}

QString serverSummary(const autoconfig::ServerSetting &setting)
{
    return WizardContextText::tr("%1 %2:%3, %4").arg(serviceLabel(setting.service), setting.host).arg(setting.port).arg(securityLabel(setting.security));
}

} // namespace epistle::ui
