#include "autoconfig/AutoconfigXml.h"

#include "autoconfig/DomainRules.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace epistle::autoconfig {

namespace {

constexpr int maxServers = 64; // a hostile document cannot make us probe thousands of servers

struct ServerEntry
{
    QString type;
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
    bool outgoing = false;
};

std::optional<net::Security> securityOf(const QString &socketType)
{
    const QString s = socketType.trimmed().toUpper();
    if (s == QLatin1String("SSL") || s == QLatin1String("TLS"))
        return net::Security::ImplicitTls;
    if (s == QLatin1String("STARTTLS"))
        return net::Security::StartTls;
    if (s == QLatin1String("PLAIN"))
        return net::Security::None;
    return std::nullopt;
}

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct AutoconfigXmlText {
    Q_DECLARE_TR_FUNCTIONS(AutoconfigXml)
};

} // namespace

QString AutoconfigXml::substitute(QString text, const QString &emailAddress)
{
    text.replace(QLatin1String("%EMAILADDRESS%"), emailAddress);
    text.replace(QLatin1String("%EMAILLOCALPART%"), DomainRules::localPartOf(emailAddress));
    text.replace(QLatin1String("%EMAILDOMAIN%"), DomainRules::domainOf(emailAddress));
    return text;
}

AutoconfigXml::Result AutoconfigXml::parse(const QByteArray &xml, const QString &emailAddress, Source source,
                                           const QString &url)
{
    Result result;
    QXmlStreamReader reader(xml);
    // Entity expansion is not offered by QXmlStreamReader beyond the predefined entities, and a
    // DTD is ignored, so "billion laughs" documents are inert.
    QList<ServerEntry> entries;
    bool sawClientConfig = false;
    bool inProvider = false;
    std::optional<ServerEntry> current;
    QString field;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("clientConfig")) {
                sawClientConfig = true;
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = true;
            } else if (inProvider && (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer"))) {
                current = ServerEntry{};
                const QXmlStreamAttributes attributes = reader.attributes();
                current->type = attributes.value(QLatin1String("type")).toString().toLower();
                current->outgoing = name == QLatin1String("outgoingServer");
            } else if (current) {
                field = name.toString();
            } else if (inProvider && name == QLatin1String("displayName") && result.providerName.isEmpty()) {
                field = QStringLiteral("providerName");
            }
        } else if (reader.isCharacters() && !field.isEmpty()) {
            const QString text = reader.text().toString().trimmed();
            if (field == QLatin1String("providerName")) {
                result.providerName = text.left(200);
            } else if (current) {
                if (field == QLatin1String("hostname"))
                    current->hostname = text;
                else if (field == QLatin1String("port"))
                    current->port = text;
                else if (field == QLatin1String("socketType"))
                    current->socketType = text;
                else if (field == QLatin1String("username"))
                    current->username = text;
                else if (field == QLatin1String("authentication"))
                    current->authentication << text;
            }
        } else if (reader.isEndElement()) {
            const QStringView name = reader.name();
            field.clear();
            if (current && (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer"))) {
                if (entries.size() < maxServers)
                    entries << *current;
                current.reset();
            } else if (name == QLatin1String("emailProvider")) {
                inProvider = false;
            }
        }
    }
    if (reader.hasError()) {
        result.error = AutoconfigXmlText::tr("The configuration file is not valid XML: %1 (line %2)")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber());
        return result;
    }
    if (!sawClientConfig) {
        result.error = AutoconfigXmlText::tr("The file is not a mail client configuration (no clientConfig element).");
        return result;
    }

    const QString domain = DomainRules::domainOf(emailAddress);
    for (const ServerEntry &entry : entries) {
        ServerSetting setting;
        if (entry.type == QLatin1String("imap") && !entry.outgoing)
            setting.service = Service::Imap;
        else if (entry.type == QLatin1String("pop3") && !entry.outgoing)
            setting.service = Service::Pop3;
        else if (entry.type == QLatin1String("smtp") && entry.outgoing)
            setting.service = Service::Smtp;
        else {
            result.warnings << AutoconfigXmlText::tr("Skipped a server of type \"%1\".").arg(entry.type.left(40));
            continue;
        }
        setting.host = substitute(entry.hostname, emailAddress).trimmed();
        bool portOk = false;
        const uint port = entry.port.toUInt(&portOk);
        const auto security = securityOf(entry.socketType);
        if (setting.host.isEmpty() || setting.host.contains(QLatin1Char(' ')) || !portOk || port == 0 || port > 65535
            || !security) {
            result.warnings << AutoconfigXmlText::tr("Skipped an incomplete %1 server entry.").arg(serviceName(setting.service));
            continue;
        }
        const bool passwordAuth = entry.authentication.isEmpty()
                                  || std::any_of(entry.authentication.begin(), entry.authentication.end(), [](const QString &a) {
                                         return a.startsWith(QLatin1String("password-"), Qt::CaseInsensitive)
                                                || a.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
                                     });
        if (!passwordAuth) {
            result.warnings << AutoconfigXmlText::tr("Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).")
                                   .arg(serviceName(setting.service), setting.host, entry.authentication.join(QStringLiteral(", ")));
            continue;
        }
        setting.port = quint16(port);
        setting.security = *security;
        setting.source = source;
        setting.sourceDetail = url;
        const QString user = substitute(entry.username, emailAddress).trimmed();
        if (user.isEmpty())
            setting.userNames << emailAddress << DomainRules::localPartOf(emailAddress);
        else
            setting.userNames << user;
        setting.userNames.removeDuplicates();
        // Fetched over HTTPS from the domain itself, the file speaks for the domain; fetched in
        // the clear, anyone on the path could have written it.
        if (source == Source::AutoconfigInsecure && !DomainRules::isWithin(setting.host, domain)) {
            setting.needsConfirmation = true;
            setting.confirmationDomain = DomainRules::baseDomain(setting.host);
        }
        result.settings << setting;
    }
    result.ok = true;
    return result;
}

} // namespace epistle::autoconfig
