#pragma once

#include "core/Profile.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace epistle::app {

// What every headless subcommand receives: the profile chosen with --profile and its own
// arguments (the subcommand name first, as QCommandLineParser expects).
struct CommandContext
{
    core::Profile profile;
    QStringList arguments;
};

struct Command
{
    QString name;
    QString summary; // one line for `epistle --help`, in English: shown translated in context "commands"
    std::function<int(CommandContext &)> run;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(Command command);
    const Command *find(const QString &name) const;
    const std::vector<Command> &commands() const { return m_commands; }

private:
    std::vector<Command> m_commands;
};

// Registers a command at start-up:
// EPISTLE_REGISTER_COMMAND(inspect, QT_TRANSLATE_NOOP("commands", "summary"), function).
struct CommandRegistration
{
    CommandRegistration(Command command) { CommandRegistry::instance().add(std::move(command)); }
};

} // namespace epistle::app

#define EPISTLE_REGISTER_COMMAND(id, summary, function)                                                    \
    static const ::epistle::app::CommandRegistration epistleCommandRegistration_##id(                      \
        ::epistle::app::Command{QStringLiteral(#id), QStringLiteral(summary), function})
