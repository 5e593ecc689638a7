#include "Cli.h"

#include "Commands.h"

#include "baton/storage/StorageError.h"

#include <new>
#include <sstream>

#ifndef BATON_VERSION
#define BATON_VERSION "0.0.0"
#endif

namespace baton::cli {
namespace {

constexpr std::size_t kUsageWidth = 34;

std::vector<CommandSpec> teamFileCommands()
{
    return {
        {"init", "init TEAMFILE --name NAME", "create a new, empty team file", 1, {"--name"}, {}, initCommand},
        {"import", "import TEAMFILE DATA.json", "import an exchange file, all or nothing", 2, {}, {}, importCommand},
        {"import-roster",
         "import-roster TEAMFILE ROSTER.csv",
         "add or update members from a CSV roster",
         2,
         {},
         {},
         importRosterCommand},
        {"export", "export TEAMFILE OUT.json", "write the whole team in the exchange format", 2, {}, {}, exportCommand},
        {"backup",
         "backup TEAMFILE COPY.baton",
         "save a consistent copy of the team file, safe while others edit it",
         2,
         {},
         {},
         backupCommand},
        {"check", "check TEAMFILE", "check integrity and rules; warnings do not fail it", 1, {}, {}, checkCommand},
        {"stats", "stats TEAMFILE", "count the records of each kind", 1, {}, {}, statsCommand},
        {"report",
         "report leadership|accountability|expertise|coaching|charter TEAMFILE -o OUT [OPTIONS]",
         "facilitator reports as PDF, or a folder of CSV files\n"
         "      leadership: --from DATE --to DATE --area NAME --status STATUS\n"
         "      accountability, expertise, coaching, charter: --as-of DATE\n"
         "      both: --format pdf|csv  --page-size a4|letter",
         2,
         {"--output", "--from", "--to", "--as-of", "--format", "--page-size", "--area", "--status"},
         {},
         reportCommand},
    };
}

const std::vector<CommandGroup>& groups()
{
    static const std::vector<CommandGroup> kGroups = {
        {"Team files", teamFileCommands()},
        peopleCommands(),
        initiativeCommands(),
        decisionCommands(),
        commitmentCommands(),
        voiceCommands(),
        historyCommands(),
        serverCommands(),
    };
    return kGroups;
}

void printCommand(std::ostream& out, const CommandSpec& c)
{
    std::string usage = c.usage;
    if (usage.size() > kUsageWidth) {
        out << "  " << usage << "\n  " << std::string(kUsageWidth, ' ') << "  " << c.summary << "\n";
        return;
    }
    usage.resize(kUsageWidth, ' ');
    out << "  " << usage << "  " << c.summary << "\n";
}

void printHelp(std::ostream& out)
{
    out << "baton-cli " BATON_VERSION " - Baton team files from the command line\n\n"
           "Usage: baton-cli COMMAND [ARGS]    (baton-cli COMMAND --help for its options)\n";
    for (const auto& g : groups()) {
        out << "\n" << g.heading << ":\n";
        for (const auto& c : g.commands)
            printCommand(out, c);
    }
    out << "\nOptions:\n  --help     show this help\n  --version  show the version\n\n"
           "Exit status: 0 success, 1 bad input or refused operation (reason on stderr), 2 wrong usage.\n"
           "Edits are stamped with the file's \"who am I\" member (see whoami) and a fresh time;\n"
           "commands that add a record print its id. The exchange format is described in\n"
           "docs/user-guide.md.\n";
}

void printCommandHelp(std::ostream& out, const CommandSpec& c)
{
    out << "Usage: baton-cli " << c.usage << "\n  " << c.summary << "\n";
    if (!c.detailText.empty())
        out << "\nOptions:\n" << c.detailText;
}

/// The number of words of `name` ("member add" has two) when `args` start with them, else 0.
std::size_t matchWords(const std::string& name, const std::vector<std::string>& args)
{
    std::istringstream words(name);
    std::size_t n = 0;
    for (std::string w; words >> w; ++n) {
        if (n >= args.size() || args[n] != w)
            return 0;
    }
    return n;
}

/// "member" alone, or followed by a word no command has: list what may follow it.
bool printSubcommands(const std::string& first, std::ostream& out)
{
    bool any = false;
    for (const auto& g : groups()) {
        for (const auto& c : g.commands) {
            if (std::string(c.name).rfind(first + " ", 0) == 0) {
                if (!any)
                    out << "baton-cli " << first << " takes one of:\n";
                any = true;
                printCommand(out, c);
            }
        }
    }
    return any;
}

int runCommand(const CommandSpec& c, const std::vector<std::string>& rest, std::ostream& out, std::ostream& err)
{
    for (const auto& a : rest) {
        if (a == "--help" || a == "-h") {
            printCommandHelp(out, c);
            return kExitOk;
        }
    }
    const CommandLine cl(rest, c.valued, c.flags, c.repeatableOptions);
    const auto usageError = [&](const std::string& problem) {
        err << "baton-cli " << c.name << ": " << problem << "\nUsage: baton-cli " << c.usage << "\n";
        return kExitUsage;
    };
    if (!cl.error().empty())
        return usageError(cl.error());
    const std::size_t got = cl.positional().size();
    const std::size_t most = c.positionals + c.optionalPositionals;
    if (got < c.positionals || got > most) {
        const std::string want =
            std::to_string(c.positionals) +
            (most == c.positionals ? "" : (most == c.positionals + 1 ? " or " : " to ") + std::to_string(most));
        return usageError("expected " + want + " argument" + (most == 1 ? "" : "s") + ", got " + std::to_string(got));
    }
    for (const auto& option : c.requiredOptions) {
        if (!cl.has(option))
            return usageError(option + " is required");
    }
    try {
        return c.run(cl, Io{out, err, c.name});
    } catch (const storage::StorageError& e) {
        err << "baton-cli " << c.name << ": " << e.what() << "\n";
    } catch (const std::bad_alloc&) {
        err << "baton-cli " << c.name << ": not enough memory\n";
    } catch (const std::exception& e) {
        err << "baton-cli " << c.name << ": unexpected failure: " << e.what() << "\n";
    }
    return kExitRefused;
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty()) {
        printHelp(err);
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp(out);
        return kExitOk;
    }
    if (args[0] == "--version") {
        out << "baton-cli " BATON_VERSION "\n";
        return kExitOk;
    }
    for (const auto& g : groups()) {
        for (const auto& c : g.commands) {
            if (const std::size_t words = matchWords(c.name, args))
                return runCommand(
                    c, std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(words), args.end()), out,
                    err);
        }
    }
    if (args.size() == 1 || args[1] == "--help" || args[1] == "-h") {
        std::ostream& where = args.size() == 1 ? err : out;
        if (printSubcommands(args[0], where))
            return args.size() == 1 ? kExitUsage : kExitOk;
    } else if (printSubcommands(args[0], err)) {
        err << "baton-cli: unknown command \"" << args[0] << " " << args[1] << "\"\n";
        return kExitUsage;
    }
    err << "baton-cli: unknown command \"" << args[0] << "\"; see baton-cli --help\n";
    return kExitUsage;
}

} // namespace baton::cli
