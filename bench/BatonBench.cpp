// baton-bench: generates large team files and times import, paging, search and the
// leadership query. Prints figures; asserts nothing. See docs/architecture.md.
//
//   baton-bench generate OUT.baton --decisions N
//   baton-bench import --decisions N          (import vs. bare-insert reference, same rows)
//   baton-bench import-memory --decisions N [--dir DIR] | import-memory --json FILE [--dir DIR]
//                                             (exchange file size, import time, peak resident memory)
//   baton-bench query TEAMFILE [--samples N]  (page of 100, full-text top 50, who led what)
//   baton-bench copy TEAMFILE OUT [--pages N] (Save a Copy: total, longest wait between reports)

#include "CopyBench.h"
#include "ImportMemory.h"
#include "ReferenceInsert.h"
#include "SyntheticTeam.h"

#include "baton/domain/Clock.h"
#include "baton/domain/Record.h"
#include "baton/exchange/TeamExporter.h"
#include "baton/exchange/TeamImporter.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/TeamQueries.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace baton;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::unique_ptr<storage::TeamFile> createTeam(const std::string& path)
{
    const domain::SystemClock clock;
    fs::remove(path);
    auto created = storage::TeamFile::create(path, "Synthetic team", clock);
    if (!created)
        throw std::runtime_error(created.error().message);
    return std::move(created.value());
}

/// Writes the synthetic team through the repositories, committing every 50,000 decisions
/// (one huge WAL transaction slows down as the log grows; a generator needs no atomicity).
double generate(const bench::SyntheticTeam& team, const std::string& path)
{
    auto file = createTeam(path);
    storage::Database& db = file->db();
    const auto start = Clock::now();
    auto tx = std::make_unique<storage::Transaction>(db);
    storage::MemberRepository members(db);
    storage::ExpertiseRepository areas(db);
    storage::InitiativeRepository initiatives(db);
    storage::DecisionRepository decisions(db);
    storage::CommitmentRepository commitments(db);
    // Every record gets its history entry, as if entered through Baton, so the file verifies.
    storage::HistoryLog history(db);
    const auto record = [&](const auto& r) {
        storage::ChangeEntry e;
        e.at = r.updatedAt;
        e.operation = "generate";
        e.kind = domain::kindOf(domain::AnyRecord(r));
        e.record = domain::keyOf(domain::AnyRecord(r));
        e.after = domain::canonicalFields(r);
        history.append(e);
    };
    for (std::size_t i = 0; i < team.memberCount(); ++i) {
        const auto m = team.member(i);
        members.upsert(m);
        record(m);
    }
    for (std::size_t i = 0; i < team.areaCount(); ++i) {
        const auto a = team.area(i);
        areas.upsertArea(a);
        record(a);
    }
    for (std::size_t i = 0; i < team.initiativeCount(); ++i) {
        const auto initiative = team.initiative(i);
        initiatives.upsert(initiative, storage::WriteMode::InsertNew);
        record(initiative);
    }
    for (std::size_t i = 0; i < team.decisionCount(); ++i) {
        const auto d = team.decision(i);
        decisions.upsert(d, storage::WriteMode::InsertNew);
        record(d);
        if (i % 50000 == 49999) {
            tx->commit();
            tx = std::make_unique<storage::Transaction>(db);
            if (i % 200000 == 199999)
                std::fprintf(stderr, "  ... %zu decisions written\n", i + 1);
        }
    }
    for (std::size_t i = 0; i < team.commitmentCount(); ++i) {
        const auto c = team.commitment(i);
        commitments.upsert(c, storage::WriteMode::InsertNew);
        record(c);
    }
    tx->commit();
    return secondsSince(start);
}

std::size_t argValue(const std::vector<std::string>& args, const std::string& name, std::size_t fallback)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name)
            return static_cast<std::size_t>(std::stoull(args[i + 1]));
    }
    return fallback;
}

struct Stats {
    double median, p95, max;
};

Stats summarise(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

void printStats(const char* what, const Stats& s)
{
    std::printf("  %-44s median %8.3f ms   p95 %8.3f ms   max %8.3f ms\n", what, s.median, s.p95, s.max);
}

int runGenerate(const std::vector<std::string>& args)
{
    if (args.empty()) {
        std::fprintf(stderr, "usage: baton-bench generate OUT.baton --decisions N\n");
        return 2;
    }
    const bench::SyntheticTeam team(argValue(args, "--decisions", 100000));
    const double s = generate(team, args[0]);
    std::printf("generated %s: %zu decisions, %zu commitments, %zu initiatives in %.2f s (%.0f decisions/s)\n",
                args[0].c_str(), team.decisionCount(), team.commitmentCount(), team.initiativeCount(), s,
                static_cast<double>(team.decisionCount()) / s);
    return 0;
}

int runImport(const std::vector<std::string>& args)
{
    const std::size_t n = argValue(args, "--decisions", 100000);
    const bench::SyntheticTeam team(n);
    const fs::path dir = fs::temp_directory_path() / ("baton-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string json = (dir / "team.json").string();
    {
        generate(team, (dir / "source.baton").string());
        auto source = storage::TeamFile::open((dir / "source.baton").string());
        const domain::SystemClock clock;
        if (auto ok = exchange::TeamExporter(*source.value(), clock).exportFile(json); !ok)
            throw std::runtime_error(ok.error().message);
    }
    const auto bytes = fs::file_size(json);
    std::printf("import benchmark: %zu decisions (%zu commitments, %zu initiatives), exchange file %.1f MiB\n", n,
                team.commitmentCount(), team.initiativeCount(), static_cast<double>(bytes) / (1 << 20));

    createTeam((dir / "reference.baton").string()).reset();
    const double reference = bench::referenceInsert(team, (dir / "reference.baton").string());

    double parseOnly = 0;
    {
        std::ifstream in(json, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto start = Clock::now();
        const auto parsed = nlohmann::json::parse(text);
        parseOnly = secondsSince(start);
    }

    auto target = createTeam((dir / "import.baton").string());
    const auto start = Clock::now();
    const exchange::ImportReport report = exchange::TeamImporter(*target).importFile(json);
    const double imported = secondsSince(start);
    if (!report.applied)
        throw std::runtime_error("import failed: " + report.errors.at(0).toString());
    target.reset();

    const double nd = static_cast<double>(n);
    std::printf("  %-44s %8.2f s  %10.0f decisions/s\n", "reference: bare prepared inserts, 1 transaction", reference,
                nd / reference);
    std::printf("  %-44s %8.2f s  %10.0f decisions/s\n", "baton import (read+parse+validate+write)", imported,
                nd / imported);
    std::printf("  %-44s %8.2f s   (part of the import)\n", "  of which JSON parsing alone", parseOnly);
    std::printf("  import speed / reference speed: %.2f (target >= 0.50)\n", reference / imported);
    fs::remove_all(dir);
    return 0;
}

std::string argText(const std::vector<std::string>& args, const std::string& name)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name)
            return args[i + 1];
    }
    return {};
}

/// Imports a large exchange file and prints what it cost in time and memory. The file is
/// generated as a team file and exported (both stream to disk), unless --json names one.
int runImportMemory(const std::vector<std::string>& args)
{
    const std::string given = argText(args, "--dir");
    const fs::path dir =
        given.empty() ? fs::temp_directory_path() / ("baton-bench-" + std::to_string(::getpid())) : fs::path(given);
    fs::create_directories(dir);
    std::string json = argText(args, "--json");
    if (json.empty()) {
        const std::size_t decisions = argValue(args, "--decisions", 100000);
        const bench::SyntheticTeam team(decisions);
        json = (dir / "team.json").string();
        const double generated = generate(team, (dir / "source.baton").string());
        auto source = storage::TeamFile::open((dir / "source.baton").string());
        const domain::SystemClock clock;
        const auto start = Clock::now();
        if (auto ok = exchange::TeamExporter(*source.value(), clock).exportFile(json); !ok)
            throw std::runtime_error(ok.error().message);
        std::printf("generated %zu decisions in %.1f s, exported in %.1f s\n", decisions, generated,
                    secondsSince(start));
        source.value().reset();
        fs::remove((dir / "source.baton").string());
        std::printf("bytes per decision (all records / decisions): %.0f\n",
                    static_cast<double>(fs::file_size(json)) / static_cast<double>(decisions));
        // Measured in a fresh process, so what generating and exporting left in this one's
        // heap does not count.
        std::fflush(stdout);
        const std::string again = fs::read_symlink("/proc/self/exe").string() + " import-memory --json '" + json +
                                  "' --dir '" + dir.string() + "'";
        const int status = std::system(again.c_str());
        if (given.empty())
            fs::remove_all(dir);
        return status == 0 ? 0 : 1;
    }
    const auto bytes = fs::file_size(json);
    const bench::ImportCost cost = bench::measureImport(json, (dir / "import.baton").string());
    constexpr double kMiB = 1 << 20;
    std::printf("import-memory: exchange file %s\n", json.c_str());
    std::printf("  %-44s %12llu bytes (%.1f MiB)\n", "file size", static_cast<unsigned long long>(bytes),
                static_cast<double>(bytes) / kMiB);
    std::printf("  %-44s %12.1f s (%.1f MiB/s)\n", "import time", cost.seconds,
                static_cast<double>(bytes) / kMiB / cost.seconds);
    std::printf("  %-44s %12.1f MiB%s\n", "peak resident memory (VmHWM)", static_cast<double>(cost.peakBytes) / kMiB,
                cost.peakWasReset ? " (reset just before the import)" : " (whole process: could not reset)");
    std::printf("  %-44s %12.1f MiB\n", "resident before the import (VmRSS)",
                static_cast<double>(cost.baselineBytes) / kMiB);
    fs::remove((dir / "import.baton").string());
    fs::remove((dir / "import.baton-wal").string());
    fs::remove((dir / "import.baton-shm").string());
    return 0;
}

int runQuery(const std::vector<std::string>& args)
{
    if (args.empty()) {
        std::fprintf(stderr, "usage: baton-bench query TEAMFILE [--samples N]\n");
        return 2;
    }
    const std::size_t samples = argValue(args, "--samples", 200);
    auto opened = storage::TeamFile::open(args[0], storage::OpenMode::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.error().message.c_str());
        return 1;
    }
    storage::Database& db = opened.value()->db();
    storage::SqliteDecisionCatalog catalog(db);
    const std::int64_t total = db.queryInt("SELECT count(*) FROM decisions");
    const std::int64_t maxRid = db.queryInt("SELECT max(rid) FROM decisions");
    std::printf("query benchmark on %s: %lld decisions\n", args[0].c_str(), static_cast<long long>(total));

    std::mt19937_64 random(7);
    std::vector<double> pageMs;
    storage::Statement keyOf = db.prepare("SELECT listed_on, rid FROM decisions WHERE rid >= ? ORDER BY rid LIMIT 1");
    catalog.page({}, std::nullopt, 100); // warm the cache once
    for (std::size_t i = 0; i < samples; ++i) {
        keyOf.bind(
            1, static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(std::max<std::int64_t>(maxRid, 1))) + 1);
        if (!keyOf.step()) {
            keyOf.reset();
            continue;
        }
        const domain::DecisionCursor cursor{keyOf.columnText(0), keyOf.columnInt(1)};
        keyOf.reset();
        const auto start = Clock::now();
        const auto page = catalog.page({}, cursor, 100);
        pageMs.push_back(secondsSince(start) * 1000);
        if (page.rows.empty() && i == 0)
            std::printf("  (cursor at the very end)\n");
    }
    printStats("page of 100 decisions at a random position", summarise(pageMs));

    const std::vector<std::string> words{"pricing",      "onboarding", "churn", "demos",    "audit",   "retention",
                                         "support load", "warehouse",  "pilot", "referral", "localis", "numbers"};
    std::vector<double> searchMs;
    std::size_t hits = 0;
    for (const auto& w : words) {
        domain::DecisionFilter f;
        f.text = w;
        catalog.page(f, std::nullopt, 50); // warm
        for (int k = 0; k < 5; ++k) {
            const auto start = Clock::now();
            const auto page = catalog.page(f, std::nullopt, 50);
            searchMs.push_back(secondsSince(start) * 1000);
            hits += page.rows.size();
        }
    }
    printStats("full-text search, first 50 hits (warm)", summarise(searchMs));

    std::vector<double> filterMs;
    for (int k = 0; k < 20; ++k) {
        domain::DecisionFilter f;
        f.status = domain::DecisionStatus::Proposed;
        f.method = domain::DecisionMethod::Consent;
        const auto start = Clock::now();
        catalog.page(f, std::nullopt, 100);
        filterMs.push_back(secondsSince(start) * 1000);
    }
    printStats("filtered page (proposed, consent), first 100", summarise(filterMs));

    std::vector<double> ledMs;
    std::size_t rows = 0;
    for (int k = 0; k < 5; ++k) {
        const auto start = Clock::now();
        rows = storage::TeamQueries(db).whoLedWhat(domain::SystemClock().today()).size();
        ledMs.push_back(secondsSince(start) * 1000);
    }
    printStats(("who led which initiative (" + std::to_string(rows) + " stints)").c_str(), summarise(ledMs));

    // The Activity page's first page for each kind of filter, over the whole history.
    storage::HistoryLog history(db);
    std::printf("  history: %lld changes\n", static_cast<long long>(history.count()));
    const std::string someone = db.queryText("SELECT id FROM members ORDER BY rid LIMIT 1");
    std::vector<std::pair<std::string, storage::ChangeFilter>> filters(4);
    filters[0].first = "activity, first 200 changes (no filter)";
    filters[1].first = "activity, first 200 changes (kind: member)";
    filters[1].second.kind = domain::RecordKind::Member;
    filters[2].first = "activity, first 200 changes (one member)";
    filters[2].second.author = someone;
    filters[3].first = "activity, first 200 changes (last 30 days)";
    filters[3].second.since =
        domain::Timestamp::fromMicros(domain::SystemClock().now().micros() - 30LL * 86'400'000'000);
    for (const auto& [what, filter] : filters) {
        std::vector<double> ms;
        for (int k = 0; k < 10; ++k) {
            const auto start = Clock::now();
            history.page(filter, std::nullopt, 200);
            ms.push_back(secondsSince(start) * 1000);
        }
        printStats(what.c_str(), summarise(ms));
    }
    return hits > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    const std::string usage = "usage: baton-bench generate OUT.baton --decisions N | import --decisions N | "
                              "import-memory --decisions N | import-memory --json FILE | "
                              "query TEAMFILE [--samples N] | copy TEAMFILE OUT [--pages N] [--keep]\n";
    if (args.empty()) {
        std::fputs(usage.c_str(), stderr);
        return 2;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (args[0] == "generate")
            return runGenerate(rest);
        if (args[0] == "import")
            return runImport(rest);
        if (args[0] == "import-memory")
            return runImportMemory(rest);
        if (args[0] == "query")
            return runQuery(rest);
        if (args[0] == "copy")
            return bench::runCopy(rest);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "baton-bench: %s\n", e.what());
        return 1;
    }
    std::fputs(usage.c_str(), stderr);
    return 2;
}
