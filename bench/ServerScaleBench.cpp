// baton-server-scale-bench: what a long-lived team costs the team server. Generates a server
// database holding a published team of 50 members and N changes (default 1,000,000) spread
// over ten years of working days, then measures rows and bytes on the server, a new member
// joining (server::joinTeam pulls and applies everything), and an incremental sync.
//
//   baton-server-scale-bench [--changes N] [--members N] [--incremental N] [--skip-join]
//
// The changes are ones a replica can apply: each is an edit the edit service could have made
// (add, edit and close commitments; propose, reword, record one's own stance on and decide
// decisions; add and edit contributions and initiatives; a facilitator editing a member), with
// the canonical JSON of the real record before and after, a distinct change id, an increasing
// hybrid logical clock, and a member of the team as author. Records are edited while they are
// recent (a window of the newest open ones per kind), as a team works on this month's things.
// They go in through the administrator's connection in batches of 5,000 (jsonb_to_recordset,
// triggers off, server_seq and author_role filled as the stamp trigger would). The last
// `--incremental` changes (default 1,000) instead go through each author's own login with
// TeamServer::push, so row security and the stamp trigger check them too, and the joined
// replica then syncs them with syncOnce.
//
// The server is the tests' PgCluster: PostgreSQL 15 in /tmp, fsync=off, default settings
// otherwise. The joiner's file is on the same disk, SQLite at synchronous=FULL.

#include "GeneratedHistory.h"
#include "support/PgCluster.h"
#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/domain/Record.h"
#include "baton/exchange/RecordText.h"
#include "baton/server/ConnectionString.h"
#include "baton/server/ServerAdmin.h"
#include "baton/server/SyncEngine.h"
#include "baton/server/TeamServer.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/TeamFile.h"
#include "baton/sync/Replica.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace baton;
using namespace baton::domain;
using Steady = std::chrono::steady_clock;

namespace {

long long argInt(int argc, char** argv, const std::string& name, long long fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name)
            return std::stoll(argv[i + 1]);
    return fallback;
}

bool argFlag(int argc, char** argv, const std::string& name)
{
    for (int i = 1; i < argc; ++i)
        if (argv[i] == name)
            return true;
    return false;
}

double secondsSince(Steady::time_point t)
{
    return std::chrono::duration<double>(Steady::now() - t).count();
}

/// Peak resident memory of this process in MiB (VmHWM), and its reset (Linux >= 4.0).
double peakMiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

bool resetPeak()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

double mib(std::int64_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

std::int64_t fileBytes(const std::string& path)
{
    std::int64_t total = 0;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const auto size = std::filesystem::file_size(path + suffix, ec);
        if (!ec)
            total += static_cast<std::int64_t>(size);
    }
    return total;
}

std::string stored(const std::string& connection)
{
    std::string error;
    return server::ConnectionString::parse(connection, error)->withoutPassword();
}

using Row = bench::GeneratedChange;
using History = bench::GeneratedHistory;
const Timestamp& kStart = bench::kHistoryStart;
std::string uuid(char kind, std::size_t i) { return bench::generatedId(kind, i); }

nlohmann::json optionalJson(const std::optional<std::string>& s)
{
    return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

} // namespace

int main(int argc, char** argv)
{
    const auto changes = static_cast<std::size_t>(argInt(argc, argv, "--changes", 1000000));
    const auto members = static_cast<std::size_t>(argInt(argc, argv, "--members", 50));
    const auto incremental = static_cast<std::size_t>(argInt(argc, argv, "--incremental", 1000));
    const bool skipJoin = argFlag(argc, argv, "--skip-join");
    if (members < 2 || changes < 1) {
        std::fprintf(stderr, "usage: baton-server-scale-bench [--changes N] [--members N>=2] [--incremental N] [--skip-join]\n");
        return 2;
    }
    try {
        std::printf("baton-server-scale-bench: %zu members, %zu generated changes, then %zu pushed by members\n",
                    members, changes, incremental);
        std::fflush(stdout);
        test::PgCluster& pg = test::PgCluster::instance();
        const std::string db = pg.newDatabase();
        const std::string admin = pg.admin(db);
        server::initServer(admin);
        test::TempDir dir;

        // The team as it was ten years ago, published by member 0.
        History history(members, changes + incremental);
        const std::string origin = dir.file("origin.baton");
        {
            domain::FixedClock clock(kStart);
            auto created = storage::TeamFile::create(origin, "Ten years", clock);
            if (!created)
                throw std::runtime_error(created.error().message);
            history.writeBaseline(created.value()->db());
        }
        std::vector<std::string> logins, connections;
        for (std::size_t i = 0; i < members; ++i) {
            const auto invite = server::addMember(admin, uuid('m', i), "Member " + std::to_string(i),
                                                  "m" + std::to_string(i), i == 0);
            logins.push_back(invite.login);
            connections.push_back(pg.as(db, invite.login, invite.password));
        }
        {
            auto opened = storage::TeamFile::open(origin);
            if (!opened)
                throw std::runtime_error(opened.error().message);
            server::TeamServer s(connections[0]);
            server::publishTeam(*opened.value(), s, stored(connections[0]));
        }

        // Ten years of changes, straight into the table.
        const auto genStart = Steady::now();
        std::size_t i = 0;
        {
            pqxx::connection c(admin);
            constexpr std::size_t kBatch = 5000;
            while (i < changes) {
                nlohmann::json rows = nlohmann::json::array();
                for (std::size_t k = 0; k < kBatch && i < changes; ++k, ++i) {
                    const Row r = history.next(i);
                    rows.push_back({{"server_seq", static_cast<std::int64_t>(i + 1)},
                                    {"change_id", r.changeId},
                                    {"hlc", r.hlc},
                                    {"author", r.author},
                                    {"author_role", logins[r.authorIndex]},
                                    {"at", r.at},
                                    {"operation", r.operation},
                                    {"kind", r.kind},
                                    {"record", r.record},
                                    {"before", optionalJson(r.before)},
                                    {"after", r.after},
                                    {"received_at", r.at}});
                }
                pqxx::work w(c);
                w.exec("SET LOCAL session_replication_role = replica"); // the stamp and notify triggers
                w.exec_params("INSERT INTO baton.changes (server_seq, change_id, hlc, author, author_role, at, "
                              "operation, kind, record, before, after, received_at) "
                              "SELECT server_seq, change_id, hlc, author, author_role, at, operation, kind, record, "
                              "before, after, received_at FROM jsonb_to_recordset($1::jsonb) AS x(server_seq bigint, "
                              "change_id text, hlc bigint, author text, author_role name, at text, operation text, "
                              "kind text, record text, before text, after text, received_at timestamptz)",
                              rows.dump());
                w.commit();
                if (i % 100000 == 0) {
                    std::printf("  generated %zu changes (%.0f s)\n", i, secondsSince(genStart));
                    std::fflush(stdout);
                }
            }
            pqxx::work w(c);
            w.exec_params("SELECT setval('baton.changes_server_seq', $1)", static_cast<std::int64_t>(changes));
            w.commit();
            pqxx::nontransaction n(c);
            n.exec("VACUUM ANALYZE baton.changes");
        }
        const double genS = secondsSince(genStart);

        // What it costs the server.
        std::int64_t rows = 0, changesHeap = 0, changesIndexes = 0, changesTotal = 0, baselineTotal = 0,
                     baselineRows = 0, dbBytes = 0, maxPerRecord = 0;
        double perRecord = 0;
        std::map<std::string, std::int64_t> perKind;
        {
            pqxx::connection c(admin);
            pqxx::work w(c);
            const auto r = w.exec("SELECT (SELECT count(*) FROM baton.changes), pg_relation_size('baton.changes'), "
                                  "pg_indexes_size('baton.changes'), pg_total_relation_size('baton.changes'), "
                                  "pg_total_relation_size('baton.baseline'), (SELECT count(*) FROM baton.baseline), "
                                  "pg_database_size(current_database())");
            rows = r[0][0].as<std::int64_t>();
            changesHeap = r[0][1].as<std::int64_t>();
            changesIndexes = r[0][2].as<std::int64_t>();
            changesTotal = r[0][3].as<std::int64_t>();
            baselineTotal = r[0][4].as<std::int64_t>();
            baselineRows = r[0][5].as<std::int64_t>();
            dbBytes = r[0][6].as<std::int64_t>();
            const auto p = w.exec("SELECT avg(n), max(n) FROM (SELECT count(*) AS n FROM baton.changes "
                                  "GROUP BY kind, record) x");
            perRecord = p[0][0].as<double>();
            maxPerRecord = p[0][1].as<std::int64_t>();
            for (const auto& row : w.exec("SELECT kind, count(*) FROM baton.changes GROUP BY kind ORDER BY kind"))
                perKind[row[0].as<std::string>()] = row[1].as<std::int64_t>();
        }
        std::printf("  generate and insert                 %8.1f s\n", genS);
        std::printf("  server rows                         %lld changes, %lld baseline entries\n",
                    static_cast<long long>(rows), static_cast<long long>(baselineRows));
        std::printf("  changes by kind                    ");
        for (const auto& [kind, n] : perKind)
            std::printf(" %s %lld", kind.c_str(), static_cast<long long>(n));
        std::printf("\n  changes per record                  mean %.1f, max %lld (records created by changes: %zu)\n",
                    perRecord, static_cast<long long>(maxPerRecord), history.recordsCreated());
        std::printf("  baton.changes                       heap %.1f MiB + indexes %.1f MiB = %.1f MiB total "
                    "(%.0f bytes per change)\n",
                    mib(changesHeap), mib(changesIndexes), mib(changesTotal),
                    static_cast<double>(changesTotal) / static_cast<double>(std::max<std::int64_t>(rows, 1)));
        std::printf("  baton.baseline                      %.2f MiB\n", mib(baselineTotal));
        std::printf("  database                            %.1f MiB\n", mib(dbBytes));
        std::fflush(stdout);

        if (!skipJoin) {
            // The server side alone: every change read through a member's login.
            {
                server::TeamServer s(connections[7 % members]);
                const auto t = Steady::now();
                std::int64_t after = 0, n = 0;
                for (;;) {
                    const auto batch = s.pull(after, 2000);
                    if (batch.empty())
                        break;
                    after = batch.back().serverSeq;
                    n += static_cast<std::int64_t>(batch.size());
                }
                std::printf("  pull only (no apply), batches 2000  %8.1f s for %lld changes\n", secondsSince(t),
                            static_cast<long long>(n));
                std::fflush(stdout);
            }
            // A new member joins.
            const std::string joined = dir.file("joined.baton");
            const bool peakReset = resetPeak();
            const double peakBefore = peakMiB();
            const auto joinStart = Steady::now();
            {
                server::TeamServer s(connections[7 % members]);
                server::joinTeam(joined, s, stored(connections[7 % members]));
            }
            const double joinS = secondsSince(joinStart);
            const double peakJoin = peakMiB();
            std::printf("  join (joinTeam, everything)         %8.1f s (%.0f changes/s, %.0f us per change)\n", joinS,
                        static_cast<double>(rows) / joinS, joinS * 1e6 / static_cast<double>(std::max<std::int64_t>(rows, 1)));
            std::printf("  joined file                         %.1f MiB (%.0f bytes per change)\n",
                        mib(fileBytes(joined)),
                        static_cast<double>(fileBytes(joined)) / static_cast<double>(std::max<std::int64_t>(rows, 1)));
            std::printf("  joiner peak RSS                     %.1f MiB%s\n", peakJoin,
                        peakReset ? "" : " (could not reset the peak: includes the generator)");
            (void)peakBefore;
            std::fflush(stdout);

            auto opened = storage::TeamFile::open(joined);
            if (!opened)
                throw std::runtime_error(opened.error().message);
            storage::TeamFile& file = *opened.value();
            {
                const auto t = Steady::now();
                const auto v = storage::verifyHistory(file.db());
                std::printf("  verify joined file                  %8.1f s (%s, %lld entries, %lld records)\n",
                            secondsSince(t), v.ok ? "ok" : v.problem.c_str(), static_cast<long long>(v.entries),
                            static_cast<long long>(v.records));
            }

            // 1,000 more, each pushed by its author through their own login, in the order they
            // were made (a run of one author's changes goes in one push), so a change never
            // reaches the server before a record it refers to.
            if (incremental > 0) {
                std::vector<std::pair<std::size_t, sync::SyncChange>> made;
                for (std::size_t k = 0; k < incremental; ++k, ++i) {
                    const Row r = history.next(i);
                    sync::SyncChange c;
                    c.changeId = r.changeId;
                    c.hlc = r.hlc;
                    c.author = r.author;
                    c.at = r.at;
                    c.operation = r.operation;
                    c.kind = r.kind;
                    c.record = r.record;
                    c.before = r.before;
                    c.after = r.after;
                    made.emplace_back(r.authorIndex, std::move(c));
                }
                std::map<std::size_t, std::unique_ptr<server::TeamServer>> sessions;
                for (const auto& [author, c] : made)
                    if (!sessions.count(author))
                        sessions[author] = std::make_unique<server::TeamServer>(connections[author]);
                const auto pushStart = Steady::now();
                std::size_t accepted = 0, refused = 0, pushes = 0;
                for (std::size_t k = 0; k < made.size();) {
                    std::vector<sync::SyncChange> run;
                    const std::size_t author = made[k].first;
                    for (; k < made.size() && made[k].first == author; ++k)
                        run.push_back(made[k].second);
                    const auto outcome = sessions[author]->push(run);
                    ++pushes;
                    accepted += outcome.accepted.size();
                    refused += outcome.refused.size();
                    for (const auto& [id, why] : outcome.refused)
                        std::fprintf(stderr, "refused %s: %s\n", id.c_str(), why.c_str());
                }
                const double pushS = secondsSince(pushStart);
                std::printf("  push %zu changes by %zu members     %8.2f s in %zu pushes (accepted %zu, refused %zu)\n",
                            incremental, sessions.size(), pushS, pushes, accepted, refused);
                server::TeamServer s(connections[7 % members]);
                const auto syncStart = Steady::now();
                const auto report = server::syncOnce(file, s);
                std::printf("  incremental syncOnce               %8.2f s (received %lld)\n", secondsSince(syncStart),
                            static_cast<long long>(report.received));
                const auto syncAgain = Steady::now();
                server::syncOnce(file, s);
                std::printf("  syncOnce with nothing new           %8.3f s\n", secondsSince(syncAgain));
                std::printf("  joined file after                   %.1f MiB\n", mib(fileBytes(joined)));
            }
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "baton-server-scale-bench: %s\n", e.what());
        return 1;
    }
}
