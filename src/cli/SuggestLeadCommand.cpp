// baton-cli suggest-lead: who could lead an initiative, ranked by expertise and load.
#include "Cli.h"
#include "Commands.h"

#include "baton/domain/Clock.h"
#include "baton/report/CsvWriter.h"
#include "baton/report/ExpertiseQueries.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/TeamFile.h"

namespace baton::cli {
using namespace baton::domain;

int suggestLeadCommand(const CommandLine& cl, Io io)
{
    const std::string format = cl.value("--format").value_or("text");
    if (format != "text" && format != "csv") {
        io.err << "baton-cli suggest-lead: --format is text or csv, not \"" << format << "\"\n";
        return kExitUsage;
    }
    auto opened =
        storage::TeamFile::open(cl.positional()[0], storage::OpenMode::ReadOnly, storage::IntegrityCheck::Deferred);
    if (!opened) {
        io.err << "baton-cli: " << opened.error().message << "\n";
        return kExitRefused;
    }
    storage::Database& db = opened.value()->db();
    const storage::ReadSnapshot snapshot(db);
    const InitiativeId id(*cl.value("--initiative"));
    const auto initiative = storage::InitiativeRepository(db).find(id);
    if (!initiative || initiative->retracted) {
        io.err << "baton-cli suggest-lead: there is no initiative with id " << id.str() << " in this team\n";
        return kExitRefused;
    }
    const SystemClock clock;
    const auto needed = report::areasOfInitiative(db, id);
    const auto ranked =
        report::suggestLeads(db, needed, clock.today(), report::leadingNow(*initiative, clock.today(), false));
    if (format == "csv") {
        io.out << "rank,member_id,name,reasons\n";
        for (const auto& s : ranked)
            io.out << s.rank << "," << report::csvField(s.member.str()) << "," << report::csvField(s.name) << ","
                   << report::csvField(s.reasonText()) << "\n";
        return kExitOk;
    }
    io.out << "Who could lead \"" << initiative->title << "\" (its lead now left out)";
    io.out << (needed.empty() ? " (it names no expertise areas, so only lead load counts):\n" : ":\n");
    for (const auto& s : ranked)
        io.out << "  " << s.rank << ". " << s.name << (s.stretch ? "  [stretch]" : "") << "\n     " << s.reasonText()
               << "\n";
    if (ranked.empty())
        io.out << "  Nobody: the team has no active members.\n";
    return kExitOk;
}

} // namespace baton::cli
