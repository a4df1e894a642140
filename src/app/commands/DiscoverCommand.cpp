// epistle discover EMAIL: the account wizard's discovery, headless. The ranked results go to
// standard output as JSON; the log of what was tried goes to standard error as it happens.

#include "CommandRegistry.h"
#include "autoconfig/Discovery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QTextStream>

#include <csignal>

using namespace epistle;

namespace {

int runDiscover(app::CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "discover", "Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("email"), QCoreApplication::translate("discover", "The email address."));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"),
                                       QCoreApplication::translate("discover", "Ask this DNS server (port 53) instead of the system's."),
                                       QStringLiteral("address"));
    const QCommandLineOption noGuess(QStringLiteral("no-guess"),
                                     QCoreApplication::translate("discover", "Do not guess and probe server names."));
    const QCommandLineOption noSrv(QStringLiteral("no-srv"), QCoreApplication::translate("discover", "Skip DNS SRV records."));
    const QCommandLineOption noAutoconfig(QStringLiteral("no-autoconfig"),
                                          QCoreApplication::translate("discover", "Skip autoconfig files."));
    const QCommandLineOption noMx(QStringLiteral("no-mx"), QCoreApplication::translate("discover", "Skip the MX look-up."));
    const QCommandLineOption autoconfigUrl(
        QStringLiteral("autoconfig-url"),
        QCoreApplication::translate("discover", "Autoconfig URL pattern to use instead of the standard ones (repeatable; "
                                                "%EMAILDOMAIN% and %EMAILADDRESS% are replaced)."),
        QStringLiteral("url"));
    const QCommandLineOption allowHttp(QStringLiteral("allow-http"),
                                       QCoreApplication::translate("discover", "Also fetch autoconfig files over plain HTTP."));
    const QCommandLineOption caFile(QStringLiteral("ca"),
                                    QCoreApplication::translate("discover", "Also trust the CA certificates in this PEM file."),
                                    QStringLiteral("file"));
    const QCommandLineOption guessPort(
        QStringLiteral("guess-port"),
        QCoreApplication::translate("discover", "When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers)."),
        QStringLiteral("A=B"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QCoreApplication::translate("discover", "Seconds each step may take (default 15)."),
                                     QStringLiteral("seconds"), QStringLiteral("15"));
    parser.addOptions({dnsServer, noGuess, noSrv, noAutoconfig, noMx, autoconfigUrl, allowHttp, caFile, guessPort, timeout});

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(context.arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("discover", "Give exactly one email address.") << '\n';
        return 2;
    }
    const QString email = parser.positionalArguments().first();

    autoconfig::DiscoveryOptions options;
    if (parser.isSet(dnsServer)) {
        options.dnsServer = QHostAddress(parser.value(dnsServer));
        if (options.dnsServer.isNull()) {
            err << QCoreApplication::translate("discover", "Not an IP address: %1").arg(parser.value(dnsServer)) << '\n';
            return 2;
        }
    }
    options.useGuess = !parser.isSet(noGuess);
    options.useSrv = !parser.isSet(noSrv);
    options.useAutoconfig = !parser.isSet(noAutoconfig);
    options.useMx = !parser.isSet(noMx);
    options.allowInsecureHttp = parser.isSet(allowHttp);
    if (parser.isSet(autoconfigUrl))
        options.autoconfigUrls = parser.values(autoconfigUrl);
    if (parser.isSet(caFile)) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(parser.value(caFile));
        if (cas.isEmpty()) {
            err << QCoreApplication::translate("discover", "No certificate could be read from %1").arg(parser.value(caFile)) << '\n';
            return 2;
        }
        options.tlsPolicy.addCaCertificates(cas);
    }
    for (const QString &mapping : parser.values(guessPort)) {
        const QStringList parts = mapping.split(QLatin1Char('='));
        bool okA = false, okB = false;
        const uint a = parts.value(0).toUInt(&okA), b = parts.value(1).toUInt(&okB);
        if (parts.size() != 2 || !okA || !okB || a > 65535 || b > 65535) {
            err << QCoreApplication::translate("discover", "--guess-port needs A=B, e.g. 993=10993") << '\n';
            return 2;
        }
        options.guessPortMap.insert(quint16(a), quint16(b));
    }
    options.stepTimeoutMs = qBound(1, parser.value(timeout).toInt(), 300) * 1000;
    options.probeTimeoutMs = qMin(options.stepTimeoutMs, 8000);

    autoconfig::Discovery discovery;
    discovery.setOptions(options);
    QObject::connect(&discovery, &autoconfig::Discovery::logMessage, [&err](const QString &message) {
        err << message << '\n';
        err.flush();
    });
    int exitCode = 0;
    QObject::connect(&discovery, &autoconfig::Discovery::finished,
                     [&](const QList<autoconfig::ServerSetting> &results, bool cancelled) {
                         QJsonArray list;
                         bool incoming = false, outgoing = false;
                         for (const autoconfig::ServerSetting &setting : results) {
                             list.append(setting.toJson());
                             (setting.isIncoming() ? incoming : outgoing) = true;
                         }
                         QJsonArray notOffered;
                         for (autoconfig::Service service : discovery.notOffered())
                             notOffered.append(autoconfig::serviceName(service));
                         const QJsonObject document{{QStringLiteral("email"), email},
                                                    {QStringLiteral("cancelled"), cancelled},
                                                    {QStringLiteral("notOffered"), notOffered},
                                                    {QStringLiteral("results"), list}};
                         out << QJsonDocument(document).toJson(QJsonDocument::Indented);
                         out.flush();
                         exitCode = cancelled ? 130 : (incoming && outgoing ? 0 : 1);
                         QCoreApplication::exit(exitCode);
                     });
    if (!discovery.start(email)) {
        err << QCoreApplication::translate("discover", "Not an email address: %1").arg(email) << '\n';
        return 2;
    }
    return QCoreApplication::exec();
}

} // namespace

EPISTLE_REGISTER_COMMAND(discover, QT_TRANSLATE_NOOP("commands", "Find the mail servers for an email address; prints JSON"), runDiscover);
