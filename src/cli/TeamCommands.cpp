// The commands that create, fill, export, check and count a team file.
#include "Cli.h"
#include "Commands.h"

#include "baton/domain/Clock.h"
#include "baton/exchange/RosterImporter.h"
#include "baton/exchange/TeamExporter.h"
#include "baton/exchange/TeamImporter.h"
#include "baton/storage/TeamChecker.h"
#include "baton/storage/TeamQueries.h"

#include <iomanip>

namespace baton::cli {
namespace {

std::unique_ptr<storage::TeamFile> openOrReport(const std::string& path, storage::OpenMode mode, Io io)
{
    auto opened = storage::TeamFile::open(path, mode);
    if (!opened) {
        io.err << "baton-cli: " << opened.error().message << "\n";
        return nullptr;
    }
    if (!opened.value()->upgradeBackup().empty())
        io.err << "baton-cli: upgraded " << path << " to the current file format; the old file was kept as "
               << opened.value()->upgradeBackup() << "\n";
    return std::move(opened.value());
}

} // namespace

int initCommand(const CommandLine& cl, Io io)
{
    const auto name = cl.value("--name");
    if (!name || name->empty()) {
        io.err << "baton-cli init: --name NAME is required\nUsage: baton-cli init TEAMFILE --name NAME\n";
        return kExitUsage;
    }
    const domain::SystemClock clock;
    auto created = storage::TeamFile::create(cl.positional()[0], *name, clock);
    if (!created) {
        io.err << "baton-cli init: " << created.error().message << "\n";
        return kExitRefused;
    }
    io.out << "Created team file " << cl.positional()[0] << " for \"" << *name << "\"\n";
    return kExitOk;
}

int importCommand(const CommandLine& cl, Io io)
{
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadWrite, io);
    if (!file)
        return kExitRefused;
    const std::string& source = cl.positional()[1];
    const exchange::ImportReport report = exchange::TeamImporter(*file).importFile(source);
    for (const auto& w : report.warnings)
        io.err << "warning: " << source << ": " << w.toString() << "\n";
    if (!report.applied) {
        for (const auto& e : report.errors)
            io.err << "error: " << source << ": " << e.toString() << "\n";
        if (report.errorsNotListed > 0)
            io.err << "error: ... and " << report.errorsNotListed << " more errors\n";
        io.err << "baton-cli import: nothing was imported; " << cl.positional()[0] << " is unchanged\n";
        return kExitRefused;
    }
    io.out << "Imported " << source << " into " << cl.positional()[0] << ":\n";
    for (const char* kind : {"members", "expertise_areas", "expertise", "endorsements", "initiatives", "contributions",
                             "decisions", "commitments"}) {
        const auto it = report.counts.find(kind);
        const exchange::KindCounts c = it == report.counts.end() ? exchange::KindCounts{} : it->second;
        io.out << "  " << std::left << std::setw(16) << kind << std::right << std::setw(9) << c.added << " added"
               << std::setw(9) << c.updated << " updated" << std::setw(9) << c.unchanged << " unchanged\n";
    }
    return kExitOk;
}

int importRosterCommand(const CommandLine& cl, Io io)
{
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadWrite, io);
    if (!file)
        return kExitRefused;
    const domain::SystemClock clock;
    const std::string& source = cl.positional()[1];
    const exchange::ImportReport report = exchange::RosterImporter(*file, clock).importFile(source);
    for (const auto& w : report.warnings)
        io.err << "warning: " << source << ": " << w.toString() << "\n";
    if (!report.applied) {
        for (const auto& e : report.errors)
            io.err << "error: " << source << ": " << e.toString() << "\n";
        io.err << "baton-cli import-roster: nothing was imported; " << cl.positional()[0] << " is unchanged\n";
        return kExitRefused;
    }
    const auto& c = report.counts.at("members");
    io.out << "Imported the roster " << source << ": " << c.added << " members added, " << c.updated << " updated\n";
    return kExitOk;
}

int exportCommand(const CommandLine& cl, Io io)
{
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    const domain::SystemClock clock;
    if (auto ok = exchange::TeamExporter(*file, clock).exportFile(cl.positional()[1]); !ok) {
        io.err << "baton-cli export: " << ok.error().message << "\n";
        return kExitRefused;
    }
    io.out << "Exported " << cl.positional()[0] << " to " << cl.positional()[1] << "\n";
    return kExitOk;
}

int backupCommand(const CommandLine& cl, Io io)
{
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    if (auto ok = file->saveCopy(cl.positional()[1]); !ok) {
        io.err << "baton-cli backup: " << ok.error().message << "\n";
        return kExitRefused;
    }
    io.out << "Saved a copy of " << cl.positional()[0] << " to " << cl.positional()[1] << "\n";
    return kExitOk;
}

int checkCommand(const CommandLine& cl, Io io)
{
    // Read-only: checking changes no byte, not even the journal mode a writable open would
    // set, and leaves no -wal or -shm file behind. The full-text index check still runs (in
    // a savepoint that is rolled back); only a write-protected file goes without it.
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    const storage::CheckResult result = storage::checkTeam(*file);
    for (const auto& w : result.warnings)
        io.out << "warning: " << w << "\n";
    for (const auto& e : result.errors)
        io.err << "error: " << e << "\n";
    if (!result.errors.empty()) {
        io.err << "baton-cli check: " << cl.positional()[0] << " has " << result.errors.size() << " problem"
               << (result.errors.size() == 1 ? "" : "s") << "\n";
        return kExitRefused;
    }
    io.out << cl.positional()[0] << ": OK (" << result.warnings.size() << " workflow warning"
           << (result.warnings.size() == 1 ? "" : "s") << ")\n";
    return kExitOk;
}

int statsCommand(const CommandLine& cl, Io io)
{
    auto file = openOrReport(cl.positional()[0], storage::OpenMode::ReadOnly, io);
    if (!file)
        return kExitRefused;
    io.out << "Team: " << file->team().name << "\n";
    for (const auto& [kind, count] : storage::TeamQueries(file->db()).counts())
        io.out << "  " << std::left << std::setw(16) << kind << std::right << std::setw(10) << count << "\n";
    return kExitOk;
}

} // namespace baton::cli
