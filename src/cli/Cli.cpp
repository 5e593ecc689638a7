#include "Cli.h"

#include "Commands.h"

#include "baton/storage/StorageError.h"

#include <functional>
#include <new>
#include <set>

#ifndef BATON_VERSION
#define BATON_VERSION "0.0.0"
#endif

namespace baton::cli {
namespace {

struct CommandSpec {
    const char* name;
    const char* usage;
    const char* summary;
    std::size_t positionals;
    std::set<std::string> valued;
    std::set<std::string> flags;
    std::function<int(const CommandLine&, Io)> run;
};

const std::vector<CommandSpec>& commands()
{
    static const std::vector<CommandSpec> kCommands = {
        {"init", "init TEAMFILE --name NAME", "create a new, empty team file", 1, {"--name"}, {}, initCommand},
        {"import", "import TEAMFILE DATA.json", "import an exchange file, all or nothing", 2, {}, {}, importCommand},
        {"import-roster", "import-roster TEAMFILE ROSTER.csv", "add or update members from a CSV roster", 2, {}, {},
         importRosterCommand},
        {"export", "export TEAMFILE OUT.json", "write the whole team in the exchange format", 2, {}, {}, exportCommand},
        {"check", "check TEAMFILE", "check integrity and rules; warnings do not fail it", 1, {}, {}, checkCommand},
        {"stats", "stats TEAMFILE", "count the records of each kind", 1, {}, {}, statsCommand},
        {"report",
         "report leadership|accountability TEAMFILE -o OUT [OPTIONS]",
         "facilitator reports as PDF, or a folder of CSV files\n"
         "      leadership: --from DATE --to DATE --area NAME --status STATUS\n"
         "      accountability: --as-of DATE\n"
         "      both: --format pdf|csv  --page-size a4|letter",
         2,
         {"--output", "--from", "--to", "--as-of", "--format", "--page-size", "--area", "--status"}, {}, reportCommand},
    };
    return kCommands;
}

void printHelp(std::ostream& out)
{
    out << "baton-cli " BATON_VERSION " - Baton team files from the command line\n\n"
           "Usage: baton-cli COMMAND [ARGS]\n\nCommands:\n";
    for (const auto& c : commands()) {
        std::string usage = c.usage;
        if (usage.size() > 34) {
            out << "  " << usage << "\n  " << std::string(34, ' ') << "  " << c.summary << "\n";
            continue;
        }
        usage.resize(34, ' ');
        out << "  " << usage << "  " << c.summary << "\n";
    }
    out << "\nOptions:\n  --help     show this help\n  --version  show the version\n\n"
           "Exit status: 0 success, 1 bad input or refused operation (reason on stderr), 2 wrong usage.\n"
           "The exchange format is described in docs/user-guide.md.\n";
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
    for (const auto& c : commands()) {
        if (args[0] != c.name)
            continue;
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        for (const auto& a : rest) {
            if (a == "--help" || a == "-h") {
                out << "Usage: baton-cli " << c.usage << "\n  " << c.summary << "\n";
                return kExitOk;
            }
        }
        const CommandLine cl(rest, c.valued, c.flags);
        if (!cl.error().empty()) {
            err << "baton-cli " << c.name << ": " << cl.error() << "\nUsage: baton-cli " << c.usage << "\n";
            return kExitUsage;
        }
        if (cl.positional().size() != c.positionals) {
            err << "baton-cli " << c.name << ": expected " << c.positionals << " argument"
                << (c.positionals == 1 ? "" : "s") << ", got " << cl.positional().size() << "\nUsage: baton-cli "
                << c.usage << "\n";
            return kExitUsage;
        }
        try {
            return c.run(cl, Io{out, err});
        } catch (const storage::StorageError& e) {
            err << "baton-cli " << c.name << ": " << e.what() << "\n";
        } catch (const std::bad_alloc&) {
            err << "baton-cli " << c.name << ": not enough memory\n";
        } catch (const std::exception& e) {
            err << "baton-cli " << c.name << ": unexpected failure: " << e.what() << "\n";
        }
        return kExitRefused;
    }
    err << "baton-cli: unknown command \"" << args[0] << "\"; see baton-cli --help\n";
    return kExitUsage;
}

} // namespace baton::cli
