// baton-edit-bench: times edits through the edit service, each its own durable transaction
// (synchronous=FULL, as the team file sets it) with its history entry, against a reference
// of bare transactions doing one single-row UPDATE and one log INSERT each, at the same
// settings, in a second file in the same folder. Then times verifyHistory on the team file.
// Prints figures; asserts nothing.
//
//   baton-edit-bench [--edits N] [--decisions N] [--dir DIR]
//
// Edits alternate a decision retitle (editDecision) and a commitment rewording
// (editCommitment). The two loops run interleaved in blocks of 100 so a slow patch of the
// disk hurts both alike.

#include "SyntheticTeam.h"

#include "baton/domain/Clock.h"
#include "baton/edit/EditService.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/RecordStore.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace baton;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::size_t argValue(const std::vector<std::string>& args, const std::string& name, std::size_t fallback)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name)
            return static_cast<std::size_t>(std::stoull(args[i + 1]));
    }
    return fallback;
}

std::string argText(const std::vector<std::string>& args, const std::string& name, const std::string& fallback)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name)
            return args[i + 1];
    }
    return fallback;
}

struct Stats {
    double total, median, p95, max;
};

Stats summarise(std::vector<double> ms)
{
    double total = 0;
    for (const double m : ms)
        total += m;
    std::sort(ms.begin(), ms.end());
    return {total, ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

void printStats(const char* what, const Stats& s)
{
    std::printf("  %-46s total %8.1f ms   median %7.3f ms   p95 %7.3f ms   max %7.3f ms\n", what, s.total, s.median,
                s.p95, s.max);
}

/// A team file with the synthetic team in it, every record adopted into the history.
void generate(const bench::SyntheticTeam& team, const std::string& path)
{
    const domain::SystemClock clock;
    auto created = storage::TeamFile::create(path, "Synthetic team", clock);
    if (!created)
        throw std::runtime_error(created.error().message);
    storage::Database& db = created.value()->db();
    storage::Transaction tx(db);
    storage::MemberRepository members(db);
    storage::ExpertiseRepository areas(db);
    storage::InitiativeRepository initiatives(db);
    storage::DecisionRepository decisions(db);
    storage::CommitmentRepository commitments(db);
    for (std::size_t i = 0; i < team.memberCount(); ++i)
        members.upsert(team.member(i));
    for (std::size_t i = 0; i < team.areaCount(); ++i)
        areas.upsertArea(team.area(i));
    for (std::size_t i = 0; i < team.initiativeCount(); ++i)
        initiatives.upsert(team.initiative(i), storage::WriteMode::InsertNew);
    for (std::size_t i = 0; i < team.decisionCount(); ++i)
        decisions.upsert(team.decision(i), storage::WriteMode::InsertNew);
    for (std::size_t i = 0; i < team.commitmentCount(); ++i)
        commitments.upsert(team.commitment(i), storage::WriteMode::InsertNew);
    storage::adoptUntracked(db, clock.now());
    tx.commit();
}

/// The reference: a plain table of `rows` rows and a log table, WAL and synchronous=FULL
/// like the team file. Each step is one transaction: one UPDATE of one row, one INSERT.
class Reference {
public:
    Reference(const std::string& path, std::size_t rows)
        : m_db(path, storage::Database::Mode::ReadWriteCreate)
    {
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = FULL");
        m_db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT NOT NULL, updated_at TEXT NOT NULL)");
        m_db.exec(
            "CREATE TABLE log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, item INTEGER NOT NULL, after TEXT NOT NULL)");
        storage::Transaction tx(m_db);
        storage::Statement insert = m_db.prepare("INSERT INTO items (id, title, updated_at) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < rows; ++i)
            insert.bind(1, static_cast<std::int64_t>(i))
                .bind(2, "Item " + std::to_string(i))
                .bind(3, "2026-01-01T00:00:00Z")
                .run();
        tx.commit();
        m_rows = rows;
        m_update.emplace(m_db.prepare("UPDATE items SET title = ?, updated_at = ? WHERE id = ?"));
        m_log.emplace(m_db.prepare("INSERT INTO log (at, item, after) VALUES (?, ?, ?)"));
    }
    double step(std::size_t i)
    {
        const std::string title = "Item " + std::to_string(i) + " (revised)";
        const std::string at = domain::SystemClock().now().toString();
        const auto start = Clock::now();
        m_db.exec("BEGIN IMMEDIATE");
        m_update->bind(1, title).bind(2, at).bind(3, static_cast<std::int64_t>(i % m_rows)).run();
        m_log->bind(1, at).bind(2, static_cast<std::int64_t>(i % m_rows)).bind(3, title).run();
        m_db.exec("COMMIT");
        return msSince(start);
    }

private:
    storage::Database m_db;
    std::size_t m_rows = 0;
    std::optional<storage::Statement> m_update, m_log;
};

/// Edit `i`: even ones retitle a decision, odd ones reword a commitment, as the app would
/// send them from the records it shows.
edit::Edit makeEdit(edit::EditService& service, std::vector<domain::Decision>& decisions,
                    std::vector<domain::Commitment>& commitments, std::size_t i)
{
    if (i % 2 == 0) {
        domain::Decision& d = decisions[(i / 2) % decisions.size()];
        d.title = "Decision revised in edit " + std::to_string(i);
        return service.decisions.editDecision(d);
    }
    domain::Commitment& c = commitments[(i / 2) % commitments.size()];
    c.description = "Commitment reworded in edit " + std::to_string(i);
    return service.commitments.editCommitment(c);
}

int run(const std::vector<std::string>& args)
{
    const std::size_t edits = argValue(args, "--edits", 1000);
    const bench::SyntheticTeam team(argValue(args, "--decisions", 1000));
    const fs::path dir = argText(
        args, "--dir", (fs::temp_directory_path() / ("baton-edit-bench-" + std::to_string(::getpid()))).string());
    fs::create_directories(dir);
    const std::string teamPath = (dir / "team.baton").string();
    const std::string referencePath = (dir / "reference.sqlite").string();
    fs::remove(teamPath);
    fs::remove(referencePath);

    generate(team, teamPath);
    auto opened = storage::TeamFile::open(teamPath);
    if (!opened)
        throw std::runtime_error(opened.error().message);
    storage::TeamFile& file = *opened.value();
    storage::Database& db = file.db();
    std::printf("edit benchmark in %s: %zu edits on a team file of %zu decisions, %zu commitments, %zu members\n",
                dir.c_str(), edits, team.decisionCount(), team.commitmentCount(), team.memberCount());
    std::printf("  team file: journal_mode=%s synchronous=%lld (2 = FULL); reference: the same\n",
                db.queryText("PRAGMA journal_mode").c_str(), static_cast<long long>(db.queryInt("PRAGMA synchronous")));

    // What the app holds in memory when the user edits: the records as shown.
    std::vector<domain::Decision> decisions;
    std::vector<domain::Commitment> commitments;
    {
        storage::RecordStore store(db);
        for (std::size_t i = 0; i < team.decisionCount(); ++i)
            decisions.push_back(*store.find<domain::Decision>(bench::SyntheticTeam::id('d', i)));
        for (std::size_t i = 0; i < team.commitmentCount(); ++i)
            commitments.push_back(*store.find<domain::Commitment>(bench::SyntheticTeam::id('c', i)));
    }
    const domain::SystemClock clock;
    edit::EditService service(file, clock);
    Reference reference(referencePath, team.decisionCount());
    const std::int64_t entriesBefore = db.queryInt("SELECT count(*) FROM changes");

    std::vector<double> serviceMs, referenceMs;
    for (std::size_t block = 0; block < edits; block += 100) {
        const std::size_t end = std::min(edits, block + 100);
        for (std::size_t i = block; i < end; ++i) {
            const auto start = Clock::now();
            edit::Edit done = makeEdit(service, decisions, commitments, i);
            serviceMs.push_back(msSince(start));
            if (!done)
                throw std::runtime_error("edit " + std::to_string(i) + " was refused: " + done.error().message);
        }
        for (std::size_t i = block; i < end; ++i)
            referenceMs.push_back(reference.step(i));
    }
    const std::int64_t written = db.queryInt("SELECT count(*) FROM changes") - entriesBefore;

    const auto verifyStart = Clock::now();
    const storage::VerifyResult verified = storage::verifyHistory(db);
    const double verifyMs = msSince(verifyStart);

    const Stats s = summarise(serviceMs);
    const Stats r = summarise(referenceMs);
    printStats("edit service (rules + history, 1 tx each)", s);
    printStats("reference (1 UPDATE + 1 INSERT, 1 tx each)", r);
    std::printf("  history entries written: %lld for %zu edits\n", static_cast<long long>(written), edits);
    std::printf("  reference / service: %.2f by total time, %.2f by median (target >= 0.50)\n", r.total / s.total,
                r.median / s.median);
    std::printf("  verifyHistory: %.1f ms over %lld entries and %lld records (%s)\n", verifyMs,
                static_cast<long long>(verified.entries), static_cast<long long>(verified.records),
                verified.ok ? "ok" : verified.problem.c_str());
    if (argText(args, "--dir", "").empty())
        fs::remove_all(dir);
    return verified.ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::puts("usage: baton-edit-bench [--edits N] [--decisions N] [--dir DIR]");
        return 0;
    }
    try {
        return run(args);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "baton-edit-bench: %s\n", e.what());
        return 1;
    }
}
