// epistle account add | list | remove: manage accounts without the GUI. The password is read
// from standard input (never from the command line, where other users could see it).

#include "CommandRegistry.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/AccountManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace epistle;

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct AccountCommandText {
    Q_DECLARE_TR_FUNCTIONS(account)
};

struct HostPort
{
    QString host;
    int port = 0;
};

std::optional<HostPort> parseHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (colon <= 0 || !ok || port <= 0 || port > 65535)
        return std::nullopt;
    return HostPort{text.left(colon), port};
}

// Port conventions (RFC 8314): 993, 995 and 465 are implicit TLS; the others use STARTTLS.
QString defaultSecurity(int port)
{
    return (port == 993 || port == 995 || port == 465) ? QStringLiteral("tls") : QStringLiteral("starttls");
}

QString readPassword()
{
    QTextStream in(stdin);
    QString password = in.readLine();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

// Runs the event loop until a keychain callback set `finished`.
void waitFor(const bool &finished)
{
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

int add(app::CommandContext &context, storage::Database &database, sync::SecretStore &secrets, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AccountCommandText::tr("Add a mail account. The password is read from standard input."));
    parser.addHelpOption();
    const QCommandLineOption name(QStringLiteral("name"), AccountCommandText::tr("Account name shown in Epistle."), QStringLiteral("name"));
    const QCommandLineOption email(QStringLiteral("email"), AccountCommandText::tr("Email address."), QStringLiteral("address"));
    const QCommandLineOption fullName(QStringLiteral("full-name"), AccountCommandText::tr("Your name on outgoing mail."), QStringLiteral("name"));
    const QCommandLineOption imap(QStringLiteral("imap"), AccountCommandText::tr("IMAP server."), QStringLiteral("host:port"));
    const QCommandLineOption pop3(QStringLiteral("pop3"), AccountCommandText::tr("POP3 server."), QStringLiteral("host:port"));
    const QCommandLineOption smtp(QStringLiteral("smtp"), AccountCommandText::tr("SMTP submission server."), QStringLiteral("host:port"));
    const QCommandLineOption incomingSecurity(QStringLiteral("incoming-security"), AccountCommandText::tr("tls, starttls or none (default: by port)."),
                                              QStringLiteral("mode"));
    const QCommandLineOption smtpSecurity(QStringLiteral("smtp-security"), AccountCommandText::tr("tls, starttls or none (default: by port)."),
                                          QStringLiteral("mode"));
    const QCommandLineOption user(QStringLiteral("user"), AccountCommandText::tr("User name (default: the email address)."), QStringLiteral("name"));
    const QCommandLineOption ca(QStringLiteral("ca"), AccountCommandText::tr("Also trust the CA certificates in this PEM file for this account."),
                                QStringLiteral("file"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), AccountCommandText::tr("Read the password from standard input."));
    parser.addOptions({name, email, fullName, imap, pop3, smtp, incomingSecurity, smtpSecurity, user, ca, passwordStdin});
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const bool isImap = parser.isSet(imap);
    const auto incoming = parseHostPort(parser.value(isImap ? imap : pop3));
    const auto outgoing = parseHostPort(parser.value(smtp));
    if (!parser.isSet(email) || (isImap == parser.isSet(pop3)) || !incoming || !outgoing) {
        err << AccountCommandText::tr("Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).") << '\n';
        return 2;
    }
    const QStringList modes{QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none")};
    const QString inSecurity = parser.value(incomingSecurity).isEmpty() ? defaultSecurity(incoming->port) : parser.value(incomingSecurity);
    const QString outSecurity = parser.value(smtpSecurity).isEmpty() ? defaultSecurity(outgoing->port) : parser.value(smtpSecurity);
    if (!modes.contains(inSecurity) || !modes.contains(outSecurity)) {
        err << AccountCommandText::tr("Security must be tls, starttls or none.") << '\n';
        return 2;
    }
    sync::AccountOptions options;
    if (parser.isSet(ca)) {
        if (!QFile::exists(parser.value(ca))) {
            err << AccountCommandText::tr("No such file: %1").arg(parser.value(ca)) << '\n';
            return 2;
        }
        options.caFile = QFileInfo(parser.value(ca)).absoluteFilePath();
    }

    sync::AccountManager::NewAccount account;
    const QString address = parser.value(email);
    const QString login = parser.value(user).isEmpty() ? address : parser.value(user);
    account.account.name = parser.value(name).isEmpty() ? address : parser.value(name);
    account.account.protocol = isImap ? QStringLiteral("imap") : QStringLiteral("pop3");
    account.account.incoming = storage::ServerSettings{incoming->host, incoming->port, inSecurity, login, QString()};
    account.account.outgoing = storage::ServerSettings{outgoing->host, outgoing->port, outSecurity, login, QString()};
    account.identity.name = parser.value(fullName);
    account.identity.address = address;
    account.options = options;
    if (parser.isSet(passwordStdin))
        account.password = readPassword();

    sync::AccountManager manager(database, secrets, context.profile);
    if (manager.find(account.account.name)) {
        err << AccountCommandText::tr("An account named \"%1\" exists already.").arg(account.account.name) << '\n';
        return 1;
    }
    bool finished = false;
    int exitCode = 0;
    manager.add(account, [&](qint64 id, const sync::SecretStore::Result &result) {
        QTextStream(stdout) << AccountCommandText::tr("Added account %1 (id %2).").arg(account.account.name).arg(id) << '\n';
        if (!account.password.isEmpty() && !result.ok()) {
            err << result.message << '\n';
            exitCode = 3; // saved, but the password is not
        }
        finished = true;
    });
    waitFor(finished);
    return exitCode;
}

int list(storage::Database &database, sync::SecretStore &secrets, const core::Profile &profile, bool json)
{
    sync::AccountManager manager(database, secrets, profile);
    QJsonArray array;
    QTextStream out(stdout);
    for (const storage::Account &account : manager.accounts()) {
        const QList<storage::Identity> identities = manager.identities(account.id);
        const QString address = identities.isEmpty() ? QString() : identities.first().address;
        if (!json) {
            out << account.id << '\t' << account.name << '\t' << address << '\t' << account.protocol << ' '
                << account.incoming.host << ':' << account.incoming.port << " (" << account.incoming.security << ")\tsmtp "
                << account.outgoing.host << ':' << account.outgoing.port << " (" << account.outgoing.security << ")\n";
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("id"), account.id},
                                 {QStringLiteral("name"), account.name},
                                 {QStringLiteral("address"), address},
                                 {QStringLiteral("protocol"), account.protocol},
                                 {QStringLiteral("incoming"), QStringLiteral("%1:%2").arg(account.incoming.host).arg(account.incoming.port)},
                                 {QStringLiteral("incomingSecurity"), account.incoming.security},
                                 {QStringLiteral("outgoing"), QStringLiteral("%1:%2").arg(account.outgoing.host).arg(account.outgoing.port)},
                                 {QStringLiteral("outgoingSecurity"), account.outgoing.security}});
    }
    if (json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int remove(storage::Database &database, sync::SecretStore &secrets, const core::Profile &profile, const QString &which)
{
    sync::AccountManager manager(database, secrets, profile);
    const auto account = manager.find(which);
    QTextStream err(stderr);
    if (!account) {
        err << AccountCommandText::tr("No account \"%1\".").arg(which) << '\n';
        return 1;
    }
    bool finished = false;
    int exitCode = 0;
    manager.remove(account->id, [&](const sync::SecretStore::Result &result) {
        QTextStream(stdout) << AccountCommandText::tr("Removed account %1.").arg(account->name) << '\n';
        if (!result.ok()) {
            err << result.message << '\n';
            exitCode = 3;
        }
        finished = true;
    });
    waitFor(finished);
    return exitCode;
}

int runAccount(app::CommandContext &context)
{
    QTextStream err(stderr);
    const QStringList &arguments = context.arguments; // "account", verb, options
    const QString verb = arguments.value(1);
    const QString usage = AccountCommandText::tr("Usage: epistle account add [options] | list [--json] | remove <id or name>\n"
                             "Run 'epistle account add --help' for the options of add.");
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        QTextStream(verb.isEmpty() ? stderr : stdout) << usage << '\n';
        return verb.isEmpty() ? 2 : 0;
    }
    try {
        const std::unique_ptr<storage::Database> database = storage::Database::open(context.profile.databaseFile());
        sync::SecretStore secrets(context.profile);
        if (verb == QLatin1String("add"))
            return add(context, *database, secrets, arguments.mid(1));
        if (verb == QLatin1String("list"))
            return list(*database, secrets, context.profile, arguments.contains(QStringLiteral("--json")));
        if (verb == QLatin1String("remove") && arguments.size() == 3)
            return remove(*database, secrets, context.profile, arguments.at(2));
    } catch (const storage::StorageError &error) {
        err << error.message() << '\n';
        return 1;
    }
    err << usage << '\n';
    return 2;
}

} // namespace

EPISTLE_REGISTER_COMMAND(account, QT_TRANSLATE_NOOP("commands", "Add, list or remove mail accounts"), runAccount);
