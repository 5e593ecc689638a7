// baton-cli server init|add-member|promote, publish, join, sync, conflicts and settle: the
// team server, from the command line.
#include "Commands.h"
#include "EditSession.h"

#include "baton/server/ConnectionString.h"
#include "baton/server/ServerAdmin.h"
#include "baton/server/ServerError.h"
#include "baton/server/SyncEngine.h"
#include "baton/sync/Replica.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace baton::cli {
using server::ServerError;

namespace {

int serverProblem(Io io, const ServerError& e)
{
    io.err << "baton-cli " << io.command << ": " << e.what() << "\n";
    return kExitRefused;
}

/// Reads a password from the terminal without echoing it; empty when stdin is not a terminal.
std::string promptPassword(const std::string& who)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::cerr << "Password for " << who << ": " << std::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string password;
    std::getline(std::cin, password);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return password;
}

/// Connects with `connection`; when the server wants a password that libpq could not find
/// (in the string, PGPASSWORD or ~/.pgpass), asks for it on the terminal once.
std::unique_ptr<server::TeamServer> connect(const std::string& connection)
{
    try {
        return std::make_unique<server::TeamServer>(connection);
    } catch (const ServerError& e) {
        std::string error;
        const auto parsed = server::ConnectionString::parse(connection, error);
        if (e.kind() != ServerError::Kind::Login || !parsed || parsed->password())
            throw;
        const std::string password = promptPassword(parsed->describe());
        if (password.empty())
            throw;
        return std::make_unique<server::TeamServer>(parsed->withPassword(password));
    }
}

std::string storable(const std::string& connection, Io io, bool& ok)
{
    std::string error;
    const auto parsed = server::ConnectionString::parse(connection, error);
    ok = parsed.has_value();
    if (!ok) {
        badInput(io, "the connection string cannot be read: " + error);
        return {};
    }
    return parsed->withoutPassword();
}

int serverInit(const CommandLine& cl, Io io)
{
    try {
        const int version = server::initServer(cl.positional()[0]);
        io.out << "The team server schema is at version " << version << "; roles baton_member and "
               << "baton_facilitator are in place.\n";
        return kExitOk;
    } catch (const ServerError& e) {
        return serverProblem(io, e);
    }
}

int serverAddMember(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    try {
        const auto invite =
            server::addMember(cl.positional()[0], opt.text("--member").value_or(""), opt.text("--name").value_or(""),
                              opt.text("--login").value_or(""), opt.flag("--facilitator"));
        io.out << "login       " << invite.login << "\n"
               << "password    " << invite.password << "\n"
               << "connection  " << invite.connection << "\n"
               << "Give the member the connection and the password separately; Baton keeps no copy "
                  "of the password.\n";
        return kExitOk;
    } catch (const ServerError& e) {
        return serverProblem(io, e);
    }
}

int serverPromote(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    try {
        server::promote(cl.positional()[0], opt.text("--member").value_or(""));
        io.out << "Member " << opt.text("--member").value_or("") << " is now a facilitator on this server.\n";
        return kExitOk;
    } catch (const ServerError& e) {
        return serverProblem(io, e);
    }
}

int publish(const CommandLine& cl, Io io)
{
    bool ok = false;
    const std::string stored = storable(cl.positional()[1], io, ok);
    if (!ok)
        return kExitUsage;
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadWrite, io);
    if (!file)
        return kExitRefused;
    try {
        auto server = connect(cl.positional()[1]);
        server::publishTeam(*file, *server, stored);
        const auto team = server->team();
        io.out << "Published \"" << file->team().name << "\" (" << (team ? team->baselineEntries : 0)
               << " history entries); this file now syncs with the server.\n";
        return kExitOk;
    } catch (const ServerError& e) {
        return serverProblem(io, e);
    }
}

int join(const CommandLine& cl, Io io)
{
    bool ok = false;
    const std::string stored = storable(cl.positional()[1], io, ok);
    if (!ok)
        return kExitUsage;
    try {
        auto server = connect(cl.positional()[1]);
        server::joinTeam(cl.positional()[0], *server, stored);
        auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadOnly, io);
        io.out << "Joined \"" << (file ? file->team().name : std::string()) << "\" in " << cl.positional()[0] << ".\n";
        return kExitOk;
    } catch (const ServerError& e) {
        return serverProblem(io, e);
    }
}

void printStatus(Io io, const server::SyncReport& r)
{
    io.out << "sent " << r.sent << ", received " << r.received << ", refused " << r.refused << ", unsent " << r.unsent
           << ", open conflicts " << r.openConflicts << "\n";
}

int syncCommand(const CommandLine& cl, Io io)
{
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadWrite, io);
    if (!file)
        return kExitRefused;
    const auto link = sync::Replica(file->db()).link();
    if (!link)
        return badInput(io, cl.positional()[0] + " is not linked to a team server (publish it, or join a team)");
    try {
        auto server = connect(link->server);
        printStatus(io, server::syncOnce(*file, *server));
        const auto counts = sync::Replica(file->db()).counts();
        if (counts.parked > 0)
            io.out << counts.parked << " changes from the server could not be applied here (see below)\n";
        for (const auto& [what, reason] : sync::Replica(file->db()).refusals(20))
            io.out << "refused: " << what << ": " << reason << "\n";
        return kExitOk;
    } catch (const ServerError& e) {
        const auto counts = sync::Replica(file->db()).counts();
        io.err << "baton-cli sync: " << e.what() << "\nOffline: " << counts.unsent
               << " changes wait here and go with the next sync.\n";
        return kExitRefused;
    }
}

int conflicts(const CommandLine& cl, Io io)
{
    auto file = openTeamFile(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    sync::Replica replica(file->db());
    if (!replica.link())
        return badInput(io, cl.positional()[0] + " is not linked to a team server");
    const auto list = replica.conflicts(1000);
    for (const auto& c : list)
        io.out << c.kind << " " << c.record << " \"" << c.label << "\" field " << c.field << ": kept " << c.keptValue
               << " (by " << c.keptBy << " at " << c.keptAt << "), lost " << c.lostValue << " (by " << c.lostBy
               << " at " << c.lostAt << ")\n";
    io.out << list.size() << " open conflicts\n";
    for (const auto& [what, reason] : replica.refusals(100))
        io.out << "set aside: " << what << ": " << reason << "\n";
    return kExitOk;
}

int settle(const CommandLine& cl, Io io)
{
    OptionReader opt(cl);
    const std::string record = opt.text("--record").value_or("");
    const std::string field = opt.text("--field").value_or("");
    const bool restore = opt.flag("--restore");
    if (restore == opt.flag("--keep"))
        return badInput(io, "say --keep (the value that stands) or --restore (bring back the lost value)");
    auto opened = openTeamFile(cl.positional()[0], storage::OpenMode::ReadWrite, io);
    if (!opened)
        return kExitRefused;
    storage::TeamFile& file = *opened;
    sync::Replica replica(file.db());
    const auto link = replica.link();
    if (!link)
        return badInput(io, cl.positional()[0] + " is not linked to a team server");
    if (!link->facilitator)
        return badInput(io, "only a facilitator can settle a conflict (the server said so at the last sync)");
    for (const auto& c : replica.conflicts(100000)) {
        if (c.record != record || c.field != field)
            continue;
        const domain::SystemClock clock;
        replica.settle(c, restore, file.setting(server::kWorkstationMember), clock.now().toString());
        io.out << "Settled " << c.field << " of " << c.kind << " " << c.record << "; the next sync shares it.\n";
        return kExitOk;
    }
    return badInput(io, "no open conflict on field \"" + field + "\" of record " + record);
}

} // namespace

CommandGroup serverCommands()
{
    return {
        "Team server",
        {
            CommandSpec("server init", "server init CONNECTION",
                        "create or upgrade the team server schema (as a PostgreSQL superuser)", 1, {}, {}, serverInit)
                .details("  CONNECTION is a libpq connection string or postgresql:// URI; sslmode is honoured.\n"),
            CommandSpec("server add-member", "server add-member CONNECTION --member ID --name NAME",
                        "give a member a login; prints it with a new password", 1, {"--member", "--name", "--login"},
                        {"--facilitator"}, serverAddMember)
                .required({"--member", "--name"})
                .details("  --member ID                 the member's id in the team file (required)\n"
                         "  --name NAME                 their name (required)\n"
                         "  --login LOGIN               the PostgreSQL role; made from the name when not given\n"
                         "  --facilitator               may manage people and areas and publish\n"),
            CommandSpec("server promote", "server promote CONNECTION --member ID", "make a member a facilitator", 1,
                        {"--member"}, {}, serverPromote)
                .required({"--member"}),
            CommandSpec("publish", "publish TEAMFILE CONNECTION",
                        "turn a team file into the server's team (facilitators)", 2, {}, {}, publish),
            CommandSpec("join", "join TEAMFILE CONNECTION", "make a new team file from the server's team", 2, {}, {},
                        join),
            CommandSpec("sync", "sync TEAMFILE", "send the changes made here and fetch everyone else's", 1, {}, {},
                        syncCommand)
                .details("  The password comes from PGPASSWORD or ~/.pgpass, or is asked for.\n"
                         "  Offline, it fails with exit 1 and the changes wait for the next sync.\n"),
            CommandSpec("conflicts", "conflicts TEAMFILE", "list fields two members changed at once", 1, {}, {},
                        conflicts),
            CommandSpec("settle", "settle TEAMFILE --record ID --field NAME --keep|--restore",
                        "settle a conflict with one more change", 1, {"--record", "--field"}, {"--keep", "--restore"},
                        settle)
                .required({"--record", "--field"}),
        }};
}

} // namespace baton::cli
