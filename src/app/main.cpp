// The epistle executable: the GUI by default, or a headless subcommand that runs the same engine.
//   epistle [--profile DIR] [--version] [--help]
//   epistle [--profile DIR] <command> [command options]

#include "CommandRegistry.h"
#include "GuiLauncher.h"
#include "core/Profile.h"
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <optional>

#ifdef EPISTLE_HAVE_UI
#include "ui/Translations.h"
#endif

using namespace epistle;

namespace {

struct Invocation
{
    QStringList globalArguments; // the program name and the options before the command
    QStringList commandArguments; // the command name and everything after it
};

// Global options stand before the command, so that a command's own options (which may share
// names) are never mistaken for them.
Invocation splitInvocation(const QStringList &arguments)
{
    Invocation invocation;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && !arg.startsWith(QLatin1Char('-')) && app::CommandRegistry::instance().find(arg)) {
            invocation.commandArguments = arguments.mid(i);
            return invocation;
        }
        invocation.globalArguments << arg;
        if (arg == QLatin1String("--profile") && i + 1 < arguments.size())
            invocation.globalArguments << arguments.at(++i);
    }
    return invocation;
}

QString commandList()
{
    QString text = QCoreApplication::translate("main", "Commands (run without one to open the window):\n");
    for (const app::Command &command : app::CommandRegistry::instance().commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(command.name, -10)
                    .arg(QCoreApplication::translate("commands", command.summary.toUtf8().constData()));
    text += QCoreApplication::translate("main", "Run 'epistle <command> --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Invocation invocation = splitInvocation(arguments);

    // Messages and help follow the system locale, so an application (which translators need)
    // exists from here on; the GUI makes its own QApplication and follows the user's choice.
    std::optional<QCoreApplication> application;
    application.emplace(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(core::applicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::versionString));
#ifdef EPISTLE_HAVE_UI
    ui::installTranslations(QString());
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Epistle, a desktop mail client."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep all state (settings, database, caches, logs) in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("main", "Print this help and exit."));
    parser.addOption(profileOption);
    parser.addOption(versionOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QCoreApplication::translate("main", "A mailto: link to compose (optional)."),
                                 QStringLiteral("[mailto:...]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(invocation.globalArguments)) {
        err << parser.errorText() << '\n' << QCoreApplication::translate("main", "Try 'epistle --help'.") << '\n';
        return 2;
    }
    if (parser.isSet(versionOption)) {
        out << core::applicationName << ' ' << core::versionString << '\n';
        return 0;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("epistle")) << '\n' << commandList();
        return 0;
    }

    const core::Profile profile = parser.isSet(profileOption)
                                      ? core::Profile::fromDirectory(parser.value(profileOption))
                                      : core::Profile::defaultProfile();

    if (invocation.commandArguments.isEmpty()) {
        for (const QString &argument : parser.positionalArguments()) {
            if (!argument.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                err << QCoreApplication::translate("main", "Unknown command '%1'. Try 'epistle --help'.").arg(argument) << '\n';
                return 2;
            }
        }
        const QStringList urls = parser.positionalArguments();
        application.reset();
        return app::launchGui(argc, argv, profile, urls);
    }

    QString error;
    if (!profile.ensureExists(&error)) {
        err << error << '\n';
        return 1;
    }
    const app::Command *command = app::CommandRegistry::instance().find(invocation.commandArguments.first());
    app::CommandContext context{profile, invocation.commandArguments};
    return command->run(context);
}
