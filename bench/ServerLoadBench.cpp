// baton-server-load-bench: N concurrent clients make M edits each against a local team server
// and sync after every edit. Prints edits/s, push-to-visible latency and lost or duplicated
// edits; exits non-zero unless nothing was lost or duplicated and every replica converged.
//
//   baton-server-load-bench [--clients N] [--edits N] [--observers N]
//
// Setup: a PostgreSQL of its own (tests/support/PgCluster: initdb in /tmp, fsync=off), a team
// server database, a team file made through the edit service by member 0 (a facilitator) with
// N members and one commitment owned by each, a login per member, the team published, and a
// workstation joined per client plus one per observer (each its own team file, SQLite at
// synchronous=FULL as always).
//
// Each client thread owns its team file, edit service and server connection. Edit n of client
// i rewrites its own commitment's description to "edit i n" through the edit service, then
// pushes (Replica::unsent, TeamServer::push, markSent: the push half of syncOnce, done here so
// the moment the server committed is known) and calls syncOnce, which pulls and applies
// everyone else's changes.
//
// Push-to-visible latency of a change: from its push being committed on the server (push()
// returned) to an observer's replica having applied it. Observers LISTEN and pull on every
// announcement (TeamServer::listen, waitForNews, pull, Replica::applyRemote: the pull half of
// syncOnce). Edit-to-visible (from before the edit service call) is printed too.

#include "support/PgCluster.h"
#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/edit/EditService.h"
#include "baton/server/ConnectionString.h"
#include "baton/server/ServerAdmin.h"
#include "baton/server/SyncEngine.h"
#include "baton/server/TeamServer.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/TeamFile.h"
#include "baton/sync/Replica.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace baton;
using Steady = std::chrono::steady_clock;

namespace {

int argInt(int argc, char** argv, const std::string& name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (argv[i] == name)
            return std::stoi(argv[i + 1]);
    return fallback;
}

double msBetween(Steady::time_point a, Steady::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

std::string memberId(int i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "01930000-0000-7000-8000-%012x", 0x100 + i);
    return buf;
}

std::string commitmentId(int i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "01930000-0000-7000-8000-%012x", 0xf00 + i);
    return buf;
}

std::string stored(const std::string& connection)
{
    std::string error;
    return server::ConnectionString::parse(connection, error)->withoutPassword();
}

template <typename T> void require(const domain::Result<T>& r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().message);
}

struct Workstation {
    std::string path;
    std::string connection; ///< with the password
    std::string member;
    domain::SystemClock clock;
    std::unique_ptr<storage::TeamFile> file;
    std::unique_ptr<edit::EditService> edits;

    void open()
    {
        auto opened = storage::TeamFile::open(path);
        require(opened, "open a team file");
        file = std::move(opened.value());
        edits = std::make_unique<edit::EditService>(*file, clock);
        require(edits->setMe(domain::MemberId(member)), "set the workstation's member");
    }
};

/// One pushed change as its client saw it.
struct Pushed {
    std::string changeId;
    Steady::time_point edited;    ///< before the edit service call
    Steady::time_point committed; ///< push() returned: the server transaction committed
};

struct ClientResult {
    std::vector<Pushed> pushed;
    int failedEdits = 0;
    std::int64_t refused = 0;
    double editMs = 0, pushMs = 0, syncMs = 0;
    std::string error;
};

std::atomic<int> g_failedClients{0};

struct Stats {
    double p50 = 0, p95 = 0, max = 0, mean = 0;
};

Stats summarise(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    double total = 0;
    for (double x : v)
        total += x;
    s.p50 = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, v.size() * 95 / 100)];
    s.max = v.back();
    s.mean = total / static_cast<double>(v.size());
    return s;
}

void runClient(Workstation& w, int index, int editCount, std::atomic<int>& ready, const std::atomic<bool>& go,
               ClientResult& out)
{
    try {
        server::TeamServer server(w.connection);
        sync::Replica replica(w.file->db());
        storage::RecordStore store(w.file->db());
        ++ready;
        while (!go.load()) // released together, once every client is connected
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        for (int n = 0; n < editCount; ++n) {
            auto c = store.find<domain::Commitment>(commitmentId(index));
            if (!c)
                throw std::runtime_error("commitment missing");
            c->description = "edit " + std::to_string(index) + " " + std::to_string(n);
            const auto edited = Steady::now();
            if (!w.edits->commitments.editCommitment(*c))
                ++out.failedEdits;
            const auto pushStart = Steady::now();
            out.editMs += msBetween(edited, pushStart);
            for (;;) {
                const auto unsent = replica.unsent(500);
                if (unsent.empty())
                    break;
                const server::PushOutcome outcome = server.push(unsent);
                const auto committed = Steady::now();
                {
                    storage::Transaction tx(w.file->db());
                    for (const auto& [id, seq] : outcome.accepted)
                        replica.markSent(id, seq);
                    tx.commit();
                }
                for (const auto& [id, reason] : outcome.refused)
                    replica.refuse(id, reason);
                out.refused += static_cast<std::int64_t>(outcome.refused.size());
                for (const auto& [id, seq] : outcome.accepted)
                    out.pushed.push_back({id, edited, committed});
            }
            const auto syncStart = Steady::now();
            out.pushMs += msBetween(pushStart, syncStart);
            server::syncOnce(*w.file, server);
            out.syncMs += msBetween(syncStart, Steady::now());
        }
    } catch (const std::exception& e) {
        out.error = e.what();
        ++g_failedClients;
    }
}

struct ObserverResult {
    std::unordered_map<std::string, Steady::time_point> visible;
    std::int64_t wakeups = 0, pulls = 0;
    std::string error;
};

void runObserver(Workstation& w, std::int64_t expected, const std::atomic<bool>& clientsDone, ObserverResult& out)
{
    try {
        server::TeamServer server(w.connection);
        server.listen();
        sync::Replica replica(w.file->db());
        Steady::time_point quietSince{};
        for (;;) {
            if (server.waitForNews(100))
                ++out.wakeups;
            for (;;) {
                const auto changes = server.pull(replica.link()->cursor, 500);
                if (changes.empty())
                    break;
                replica.applyRemote(changes);
                const auto now = Steady::now();
                ++out.pulls;
                for (const auto& c : changes)
                    out.visible.emplace(c.changeId, now);
            }
            if (static_cast<std::int64_t>(out.visible.size()) >= expected)
                break;
            if (clientsDone.load()) {
                // Clients are done and something is still missing: give it 10 s, then stop.
                if (quietSince == Steady::time_point{})
                    quietSince = Steady::now();
                else if (msBetween(quietSince, Steady::now()) > 10000)
                    break;
            }
        }
    } catch (const std::exception& e) {
        out.error = e.what();
    }
}

} // namespace

int main(int argc, char** argv)
{
    const int clients = argInt(argc, argv, "--clients", 20);
    const int editCount = argInt(argc, argv, "--edits", 500);
    const int observers = argInt(argc, argv, "--observers", 1);
    if (clients < 2 || editCount < 1 || observers < 1) {
        std::fprintf(stderr, "usage: baton-server-load-bench [--clients N>=2] [--edits N>=1] [--observers N>=1]\n");
        return 2;
    }
    try {
        const auto setupStart = Steady::now();
        test::PgCluster& pg = test::PgCluster::instance();
        const std::string db = pg.newDatabase();
        const std::string admin = pg.admin(db);
        server::initServer(admin);
        test::TempDir dir;

        // The team, made through the edit service by member 0.
        const std::string origin = dir.file("origin.baton");
        {
            domain::SystemClock clock;
            auto created = storage::TeamFile::create(origin, "Load", clock);
            require(created, "create the team file");
            edit::EditService e(*created.value(), clock);
            for (int i = 0; i < clients; ++i) {
                domain::Member m;
                m.id = domain::MemberId(memberId(i));
                m.name = "Client " + std::to_string(i);
                require(e.people.addMember(m), "add a member");
                if (i == 0)
                    require(e.setMe(domain::MemberId(memberId(0))), "set me");
            }
            for (int i = 0; i < clients; ++i) {
                domain::Commitment c;
                c.id = domain::CommitmentId(commitmentId(i));
                c.description = "commitment of client " + std::to_string(i);
                c.owner = domain::MemberId(memberId(i));
                require(e.commitments.addCommitment(c), "add a commitment");
            }
        }
        std::vector<std::string> connections;
        for (int i = 0; i < clients; ++i) {
            const auto invite =
                server::addMember(admin, memberId(i), "Client " + std::to_string(i), "c" + std::to_string(i), i == 0);
            connections.push_back(pg.as(db, invite.login, invite.password));
        }
        {
            auto opened = storage::TeamFile::open(origin);
            require(opened, "open the team file");
            server::TeamServer s(connections[0]);
            server::publishTeam(*opened.value(), s, stored(connections[0]));
        }
        // Clients 0..N-1, then the observers (member 0's login on other workstations).
        std::vector<std::unique_ptr<Workstation>> ws;
        for (int i = 0; i < clients + observers; ++i) {
            auto w = std::make_unique<Workstation>();
            const int who = i < clients ? i : 0;
            w->path = dir.file("ws" + std::to_string(i) + ".baton");
            w->connection = connections[static_cast<std::size_t>(who)];
            w->member = memberId(who);
            server::TeamServer s(w->connection);
            server::joinTeam(w->path, s, stored(w->connection));
            w->open();
            ws.push_back(std::move(w));
        }
        const double setupS = msBetween(setupStart, Steady::now()) / 1000;

        // The run.
        const std::int64_t expected = static_cast<std::int64_t>(clients) * editCount;
        std::vector<ClientResult> results(static_cast<std::size_t>(clients));
        std::vector<ObserverResult> seen(static_cast<std::size_t>(observers));
        std::atomic<int> ready{0};
        std::atomic<bool> go{false};
        std::atomic<bool> clientsDone{false};
        std::vector<std::thread> observerThreads;
        for (int o = 0; o < observers; ++o)
            observerThreads.emplace_back(runObserver, std::ref(*ws[static_cast<std::size_t>(clients + o)]), expected,
                                         std::cref(clientsDone), std::ref(seen[static_cast<std::size_t>(o)]));
        std::vector<std::thread> clientThreads;
        for (int i = 0; i < clients; ++i)
            clientThreads.emplace_back(runClient, std::ref(*ws[static_cast<std::size_t>(i)]), i, editCount,
                                       std::ref(ready), std::cref(go), std::ref(results[static_cast<std::size_t>(i)]));
        while (ready.load() < clients && g_failedClients.load() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const auto runStart = Steady::now();
        go = true;
        for (auto& t : clientThreads)
            t.join();
        const double runS = msBetween(runStart, Steady::now()) / 1000;
        clientsDone = true;
        for (auto& t : observerThreads)
            t.join();

        int errors = 0;
        for (int i = 0; i < clients; ++i)
            if (!results[static_cast<std::size_t>(i)].error.empty()) {
                std::fprintf(stderr, "client %d failed: %s\n", i, results[static_cast<std::size_t>(i)].error.c_str());
                ++errors;
            }
        for (int o = 0; o < observers; ++o)
            if (!seen[static_cast<std::size_t>(o)].error.empty()) {
                std::fprintf(stderr, "observer %d failed: %s\n", o, seen[static_cast<std::size_t>(o)].error.c_str());
                ++errors;
            }

        // Latency, at every observer.
        std::vector<double> pushToVisible, editToVisible;
        std::int64_t neverSeen = 0, pushedTotal = 0, failedEdits = 0, refused = 0;
        double editMs = 0, pushMs = 0, syncMs = 0;
        for (const auto& r : results) {
            pushedTotal += static_cast<std::int64_t>(r.pushed.size());
            failedEdits += r.failedEdits;
            refused += r.refused;
            editMs += r.editMs;
            pushMs += r.pushMs;
            syncMs += r.syncMs;
            for (const auto& p : r.pushed) {
                for (const auto& o : seen) {
                    const auto it = o.visible.find(p.changeId);
                    if (it == o.visible.end()) {
                        ++neverSeen;
                        continue;
                    }
                    pushToVisible.push_back(msBetween(p.committed, it->second));
                    editToVisible.push_back(msBetween(p.edited, it->second));
                }
            }
        }

        // Every replica catches up: two rounds, so each sees the others' last pushes.
        const auto finalStart = Steady::now();
        for (int round = 0; round < 2; ++round)
            for (auto& w : ws) {
                server::TeamServer s(w->connection);
                server::syncOnce(*w->file, s);
            }
        const double finalS = msBetween(finalStart, Steady::now()) / 1000;

        // What the server holds: one row per edit, each edit's own wording exactly once.
        std::int64_t rows = 0, distinctIds = 0, lost = 0, duplicated = 0, strangers = 0;
        {
            pqxx::connection c(admin);
            pqxx::work t(c);
            const auto counts = t.exec("SELECT count(*), count(DISTINCT change_id) FROM baton.changes");
            rows = counts[0][0].as<std::int64_t>();
            distinctIds = counts[0][1].as<std::int64_t>();
            std::map<std::string, std::int64_t> wordings;
            for (const auto& row : t.exec("SELECT after::jsonb ->> 'description', count(*) FROM baton.changes "
                                          "GROUP BY 1"))
                wordings[row[0].is_null() ? std::string() : row[0].as<std::string>()] = row[1].as<std::int64_t>();
            for (int i = 0; i < clients; ++i)
                for (int n = 0; n < editCount; ++n) {
                    const auto it = wordings.find("edit " + std::to_string(i) + " " + std::to_string(n));
                    if (it == wordings.end()) {
                        ++lost;
                    } else {
                        duplicated += it->second - 1;
                        wordings.erase(it);
                    }
                }
            for (const auto& [wording, count] : wordings)
                strangers += count;
            duplicated += rows - distinctIds;
        }

        // Every replica: the same digest, each client's last wording, nothing unsent.
        std::set<std::string> digests;
        int badReplicas = 0, wrongFinal = 0;
        std::int64_t unsent = 0;
        for (auto& w : ws) {
            const auto v = storage::verifyHistory(w->file->db());
            if (!v.ok) {
                ++badReplicas;
                std::fprintf(stderr, "%s: verify: %s\n", w->path.c_str(), v.problem.c_str());
            }
            digests.insert(v.contentDigest);
            storage::RecordStore store(w->file->db());
            for (int i = 0; i < clients; ++i) {
                const auto c = store.find<domain::Commitment>(commitmentId(i));
                if (!c || c->description != "edit " + std::to_string(i) + " " + std::to_string(editCount - 1))
                    ++wrongFinal;
            }
            unsent += sync::Replica(w->file->db()).counts().unsent;
        }

        const Stats p2v = summarise(pushToVisible);
        const Stats e2v = summarise(editToVisible);
        std::printf("baton-server-load-bench: %d clients x %d edits, sync after every edit, %d observer(s)\n", clients,
                    editCount, observers);
        std::printf("  setup (cluster, team, %d joins)      %8.1f s\n", clients + observers, setupS);
        std::printf("  edits                               %8lld (failed %lld, refused %lld)\n",
                    static_cast<long long>(pushedTotal), static_cast<long long>(failedEdits),
                    static_cast<long long>(refused));
        std::printf("  wall                                %8.1f s\n", runS);
        std::printf("  edits/s                             %8.1f\n", static_cast<double>(pushedTotal) / runS);
        std::printf("  per edit, mean of all clients       edit %.1f ms, push %.1f ms, syncOnce %.1f ms\n",
                    editMs / static_cast<double>(expected), pushMs / static_cast<double>(expected),
                    syncMs / static_cast<double>(expected));
        std::printf("  push-to-visible latency (ms)        p50 %.1f  p95 %.1f  max %.1f  (mean %.1f, n=%zu)\n",
                    p2v.p50, p2v.p95, p2v.max, p2v.mean, pushToVisible.size());
        std::printf("  edit-to-visible latency (ms)        p50 %.1f  p95 %.1f  max %.1f\n", e2v.p50, e2v.p95, e2v.max);
        std::printf("  observer wake-ups / pulls           %lld / %lld\n", static_cast<long long>(seen[0].wakeups),
                    static_cast<long long>(seen[0].pulls));
        std::printf("  final catch-up of %d replicas        %8.1f s\n", clients + observers, finalS);
        std::printf("  server rows                         %lld (expected %lld, distinct change ids %lld, other %lld)\n",
                    static_cast<long long>(rows), static_cast<long long>(expected),
                    static_cast<long long>(distinctIds), static_cast<long long>(strangers));
        std::printf("  lost %lld, duplicated %lld\n", static_cast<long long>(lost), static_cast<long long>(duplicated));
        std::printf("  never seen by an observer           %lld\n", static_cast<long long>(neverSeen));
        std::printf("  replicas: digests equal %s (%zu distinct), verify failures %d, wrong final values %d, unsent %lld\n",
                    digests.size() == 1 ? "yes" : "no", digests.size(), badReplicas, wrongFinal,
                    static_cast<long long>(unsent));
        const bool ok = errors == 0 && lost == 0 && duplicated == 0 && strangers == 0 && rows == expected &&
                        digests.size() == 1 && badReplicas == 0 && wrongFinal == 0 && unsent == 0 &&
                        neverSeen == 0 && failedEdits == 0 && refused == 0;
        std::printf("  result                              %s\n", ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "baton-server-load-bench: %s\n", e.what());
        return 1;
    }
}
