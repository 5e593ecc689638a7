#pragma once

#include "CommandLine.h"

#include <cstddef>
#include <functional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace baton::cli {

/// Where a command writes: results to out, problems to err; `command` names it in messages.
struct Io {
    std::ostream& out;
    std::ostream& err;
    std::string_view command = {};
};

/// One baton-cli command: its words ("stats", "member add"), how it is called, and what it
/// runs. The chained setters add what only some commands need.
struct CommandSpec {
    using Run = std::function<int(const CommandLine&, Io)>;
    CommandSpec(const char* words, const char* usageText, const char* summaryText, std::size_t positionalCount,
                std::set<std::string> valuedOptions, std::set<std::string> flagOptions, Run body)
        : name(words)
        , usage(usageText)
        , summary(summaryText)
        , positionals(positionalCount)
        , valued(std::move(valuedOptions))
        , flags(std::move(flagOptions))
        , run(std::move(body))
    {
    }
    /// Options taking a value that may be given any number of times.
    CommandSpec&& repeatable(std::set<std::string> options) &&
    {
        repeatableOptions = std::move(options);
        return std::move(*this);
    }
    /// Options whose absence is wrong usage (exit 2).
    CommandSpec&& required(std::set<std::string> options) &&
    {
        requiredOptions = std::move(options);
        return std::move(*this);
    }
    /// Positional arguments that may follow the required ones.
    CommandSpec&& optional(std::size_t count) &&
    {
        optionalPositionals = count;
        return std::move(*this);
    }
    /// The options, one per line, for COMMAND --help.
    CommandSpec&& details(std::string text) &&
    {
        detailText = std::move(text);
        return std::move(*this);
    }

    const char* name;
    const char* usage;   ///< after "baton-cli "
    const char* summary; ///< one line in baton-cli --help
    std::size_t positionals;
    std::set<std::string> valued; ///< options taking a value, once
    std::set<std::string> flags;
    Run run;
    std::size_t optionalPositionals = 0;
    std::set<std::string> repeatableOptions;
    std::set<std::string> requiredOptions;
    std::string detailText;
};

/// A heading in baton-cli --help and the commands under it.
struct CommandGroup {
    const char* heading;
    std::vector<CommandSpec> commands;
};

int initCommand(const CommandLine& cl, Io io);
int importCommand(const CommandLine& cl, Io io);
int importRosterCommand(const CommandLine& cl, Io io);
int exportCommand(const CommandLine& cl, Io io);
int backupCommand(const CommandLine& cl, Io io);
int checkCommand(const CommandLine& cl, Io io);
int statsCommand(const CommandLine& cl, Io io);
int reportCommand(const CommandLine& cl, Io io);
int suggestLeadCommand(const CommandLine& cl, Io io);

/// Members, areas, levels, endorsements (PeopleCommands.cpp).
CommandGroup peopleCommands();
/// Initiatives, their leadership and contributions (InitiativeCommands.cpp).
CommandGroup initiativeCommands();
/// The decision workflow (DecisionCommands.cpp).
CommandGroup decisionCommands();
/// Commitments (CommitmentCommands.cpp).
CommandGroup commitmentCommands();
/// whoami, retract, history and verify (HistoryCommands.cpp).
CommandGroup historyCommands();
/// The voice channel: raise and list (VoiceCommands.cpp).
CommandGroup voiceCommands();
/// The team server: setup, publish, join, sync, conflicts (ServerCommands.cpp).
CommandGroup serverCommands();

} // namespace baton::cli
