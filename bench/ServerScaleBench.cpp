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

std::string uuid(char kind, std::size_t i)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "01950000-0000-7000-8%03x-%012zx", static_cast<unsigned>(kind) & 0xfffu, i);
    return buf;
}

std::string stored(const std::string& connection)
{
    std::string error;
    return server::ConnectionString::parse(connection, error)->withoutPassword();
}

const Timestamp kStart = Timestamp::fromMillis(1451894400000LL); // 2016-01-04T08:00:00Z, a Monday
const Date kStartDay = kStart.date();

/// One row of baton.changes.
struct Row {
    std::string changeId;
    std::int64_t hlc = 0;
    std::string author;
    std::string at;
    std::string operation;
    std::string kind;
    std::string record;
    std::optional<std::string> before;
    std::string after;
    std::size_t authorIndex = 0;
};

/// The team as published, ten years ago: members, areas, a few initiatives, decisions and
/// commitments. Then a stream of the changes ten years of work make.
class History {
public:
    History(std::size_t members, std::size_t changes)
        : m_members(members)
        , m_changes(changes)
        , m_rng(20260101)
    {
    }

    Member member(std::size_t i) const
    {
        Member m;
        m.id = MemberId(uuid('m', i));
        m.name = "Member " + std::to_string(i);
        m.email = "member" + std::to_string(i) + "@example.org";
        m.title = i % 10 == 0 ? "Manager" : "Engineer";
        m.facilitator = i == 0;
        m.joinedOn = kStartDay;
        m.updatedAt = kStart;
        return m;
    }
    ExpertiseArea area(std::size_t i) const
    {
        ExpertiseArea a;
        a.id = AreaId(uuid('a', i));
        a.name = "Area " + std::to_string(i);
        a.description = "Skills the team needs for area " + std::to_string(i);
        a.updatedAt = kStart;
        return a;
    }
    static constexpr std::size_t kAreas = 12;
    static constexpr std::size_t kBaseInitiatives = 10, kBaseDecisions = 40, kBaseCommitments = 100;

    /// Writes the starting team into `db` (adopted into its history) and remembers it.
    void writeBaseline(storage::Database& db)
    {
        storage::Transaction tx(db);
        storage::MemberRepository members(db);
        storage::ExpertiseRepository areas(db);
        storage::InitiativeRepository initiatives(db);
        storage::DecisionRepository decisions(db);
        storage::CommitmentRepository commitments(db);
        for (std::size_t i = 0; i < m_members; ++i) {
            members.upsert(member(i));
            m_memberRecords.push_back({member(i), canonicalFields(member(i))});
        }
        for (std::size_t i = 0; i < kAreas; ++i)
            areas.upsertArea(area(i));
        for (std::size_t i = 0; i < kBaseInitiatives; ++i) {
            const Initiative in = newInitiative(i % m_members, kStartDay);
            initiatives.upsert(in, storage::WriteMode::InsertNew);
            remember(m_initiatives, in, 40);
        }
        for (std::size_t i = 0; i < kBaseDecisions; ++i) {
            const Decision d = newDecision(i % m_members, kStartDay, kStart);
            decisions.upsert(d, storage::WriteMode::InsertNew);
            remember(m_decisions, d, 150);
        }
        for (std::size_t i = 0; i < kBaseCommitments; ++i) {
            const Commitment c = newCommitment(i % m_members, kStartDay, kStart);
            commitments.upsert(c, storage::WriteMode::InsertNew);
            remember(m_commitments, c, 400);
        }
        storage::adoptUntracked(db, kStart);
        tx.commit();
    }

    /// Change number `i` of the stream (call with i = 0, 1, 2, ... in order).
    Row next(std::size_t i)
    {
        // Working days from kStart, 08:00 to 17:00 UTC, the changes evenly spaced.
        constexpr std::int64_t kWorkingDays = 2608; // 2016-01-04 .. 2025-12-31, Monday to Friday
        const std::int64_t slot = static_cast<std::int64_t>(i) * kWorkingDays * 32400000LL /
                                  static_cast<std::int64_t>(m_changes);
        const std::int64_t dayIndex = slot / 32400000LL;
        const std::int64_t inDay = slot % 32400000LL;
        const Date day = kStartDay.addDays(static_cast<std::int32_t>(dayIndex / 5 * 7 + dayIndex % 5));
        const std::int64_t ms = (static_cast<std::int64_t>(day.days()) * 86400000LL) + 8 * 3600000LL + inDay;
        const Timestamp at = Timestamp::fromMillis(std::max(ms, m_lastMs + 1));
        m_lastMs = at.millis();

        Row row;
        row.changeId = hexId();
        row.hlc = (at.millis() << 16) + static_cast<std::int64_t>(i % 1000);
        row.at = at.toString();
        row.authorIndex = m_rng() % m_members;
        const auto pick = static_cast<unsigned>(m_rng() % 1000);
        if (pick < 5) {
            editMember(row, day, at);
        } else if (pick < 105 || m_commitments.size() < 20) {
            add(row, "add-commitment", m_commitments, newCommitment(row.authorIndex, day, at), 400);
        } else if (pick < 455) {
            editCommitment(row, day, at);
        } else if (pick < 535) {
            closeCommitment(row, day, at);
        } else if (pick < 565 || m_decisions.size() < 10) {
            add(row, "propose", m_decisions, newDecision(row.authorIndex, day, at), 150);
        } else if (pick < 685) {
            rewordDecision(row, at);
        } else if (pick < 785) {
            recordStance(row, at);
        } else if (pick < 805) {
            decide(row, day, at);
        } else if (pick < 845) {
            addContribution(row, at);
        } else if (pick < 925) {
            editContribution(row, at);
        } else if (pick < 930) {
            add(row, "add-initiative", m_initiatives, newInitiative(row.authorIndex, day), 40);
        } else {
            editInitiative(row, at);
        }
        row.author = uuid('m', row.authorIndex);
        check(row);
        return row;
    }

    std::size_t recordsCreated() const { return m_created; }

private:
    template <typename T> struct Live {
        T record;
        std::string fields; ///< canonical JSON of `record`
    };
    template <typename T> using Window = std::deque<Live<T>>;

    template <typename T> void remember(Window<T>& w, const T& record, std::size_t cap)
    {
        w.push_back({record, canonicalFields(record)});
        if (w.size() > cap)
            w.pop_front();
    }

    std::string hexId()
    {
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(m_ids()),
                      static_cast<unsigned long long>(m_ids()));
        return buf;
    }

    template <typename T> void add(Row& row, const char* operation, Window<T>& w, const T& record, std::size_t cap)
    {
        row.operation = operation;
        row.kind = toString(kindOf(AnyRecord(record)));
        row.record = keyOf(AnyRecord(record));
        row.after = canonicalFields(record);
        remember(w, record, cap);
        ++m_created;
    }

    /// Changes a live record with `change` and fills the row's before and after.
    template <typename T, typename F> void edit(Row& row, const char* operation, Live<T>& live, Timestamp at, F change)
    {
        row.operation = operation;
        row.kind = toString(kindOf(AnyRecord(live.record)));
        row.record = keyOf(AnyRecord(live.record));
        row.before = live.fields;
        change(live.record);
        live.record.updatedAt = at;
        live.fields = canonicalFields(live.record);
        row.after = live.fields;
    }

    template <typename T> std::size_t anyOf(const Window<T>& w) { return m_rng() % w.size(); }

    Initiative newInitiative(std::size_t author, Date day)
    {
        const std::size_t n = m_initiativeCount++;
        Initiative in;
        in.id = InitiativeId(uuid('i', n));
        in.title = "Initiative " + std::to_string(n);
        in.description = "What initiative " + std::to_string(n) + " is for, in a sentence or two.";
        in.status = InitiativeStatus::Active;
        in.startedOn = day;
        in.areas = {AreaId(uuid('a', n % kAreas))};
        in.leadership.push_back(LeadStint{MemberId(uuid('m', author)), StintRole::Lead, day, std::nullopt, "started it"});
        in.updatedAt = Timestamp::fromMillis(day.days() * 86400000LL + 8 * 3600000LL);
        return in;
    }

    Decision newDecision(std::size_t author, Date day, Timestamp at)
    {
        const std::size_t n = m_decisionCount++;
        Decision d;
        d.id = DecisionId(uuid('d', n));
        d.title = "Decision " + std::to_string(n) + ": how we handle the next release";
        d.context = "Raised because the last two releases slipped; the team wants one way of working.";
        d.options = {"Go ahead now", "Wait a quarter"};
        d.method = static_cast<DecisionMethod>(n % 6);
        d.status = DecisionStatus::Proposed;
        if (!m_initiatives.empty())
            d.initiative = m_initiatives[n % m_initiatives.size()].record.id;
        d.areas = {AreaId(uuid('a', n % kAreas))};
        d.proposedOn = day;
        d.decideBy = day.addDays(14);
        d.participants.push_back({MemberId(uuid('m', author)), ParticipantRole::Proposer, Stance::Support, ""});
        d.updatedAt = at;
        return d;
    }

    Commitment newCommitment(std::size_t author, Date day, Timestamp at)
    {
        const std::size_t n = m_commitmentCount++;
        Commitment c;
        c.id = CommitmentId(uuid('c', n));
        c.description = "Commitment " + std::to_string(n) + ": follow up with the customer and write it down";
        c.owner = MemberId(uuid('m', author));
        const std::size_t supporter = (author + 1 + n % 7) % m_members;
        if (supporter != author)
            c.supporters = {MemberId(uuid('m', supporter))};
        if (!m_decisions.empty() && n % 3 == 0)
            c.decision = m_decisions[n % m_decisions.size()].record.id;
        c.dueOn = day.addDays(static_cast<std::int32_t>(7 + n % 50));
        c.updatedAt = at;
        return c;
    }

    void editMember(Row& row, Date, Timestamp at)
    {
        row.authorIndex = 0; // only a facilitator edits people
        auto& live = m_memberRecords[m_rng() % m_memberRecords.size()];
        const unsigned v = m_edits++;
        edit(row, "edit-member", live, at, [&](Member& m) { m.title = "Engineer, level " + std::to_string(v % 7); });
    }

    void editCommitment(Row& row, Date day, Timestamp at)
    {
        auto& live = m_commitments[anyOf(m_commitments)];
        const unsigned v = m_edits++;
        edit(row, "edit-commitment", live, at, [&](Commitment& c) {
            if (v % 3 == 0)
                c.dueOn = day.addDays(static_cast<std::int32_t>(3 + v % 30));
            else
                c.description = "Follow up with the customer (revision " + std::to_string(v) + ") and write it down";
        });
    }

    void closeCommitment(Row& row, Date day, Timestamp at)
    {
        const std::size_t k = anyOf(m_commitments);
        const unsigned v = m_edits++;
        edit(row, "close-commitment", m_commitments[k], at, [&](Commitment& c) {
            c.status = v % 10 < 7 ? CommitmentStatus::Done : (v % 10 < 9 ? CommitmentStatus::Missed : CommitmentStatus::Dropped);
            c.closedOn = day;
            c.outcome = "Closed in the weekly review";
        });
        m_commitments.erase(m_commitments.begin() + static_cast<std::ptrdiff_t>(k));
    }

    void rewordDecision(Row& row, Timestamp at)
    {
        const unsigned v = m_edits++;
        edit(row, "edit-decision", m_decisions[anyOf(m_decisions)], at, [&](Decision& d) {
            d.context = "Raised because the last two releases slipped (notes from meeting " + std::to_string(v) +
                        "); the team wants one way of working.";
        });
    }

    void recordStance(Row& row, Timestamp at)
    {
        const MemberId me(uuid('m', row.authorIndex));
        const Stance stances[] = {Stance::Support, Stance::Concern, Stance::Objection, Stance::Abstain};
        const Stance stance = stances[m_rng() % 4];
        edit(row, "record-stance", m_decisions[anyOf(m_decisions)], at, [&](Decision& d) {
            for (auto& p : d.participants)
                if (p.member == me) {
                    p.stance = stance;
                    return;
                }
            d.participants.push_back({me, ParticipantRole::Consulted, stance, ""});
        });
    }

    void decide(Row& row, Date day, Timestamp at)
    {
        const std::size_t k = anyOf(m_decisions);
        const MemberId me(uuid('m', row.authorIndex));
        edit(row, "decide", m_decisions[k], at, [&](Decision& d) {
            d.status = DecisionStatus::Decided;
            d.decidedOn = day;
            d.accountable = me;
            d.outcome = "Go ahead now";
            d.rationale = "Most concerns were answered in the meeting.";
        });
        m_decisions.erase(m_decisions.begin() + static_cast<std::ptrdiff_t>(k));
    }

    void addContribution(Row& row, Timestamp at)
    {
        const std::size_t n = m_contributionCount++;
        Contribution c;
        c.id = ContributionId(uuid('k', n));
        c.initiative = m_initiatives[n % m_initiatives.size()].record.id;
        c.member = MemberId(uuid('m', row.authorIndex));
        c.description = "Contribution " + std::to_string(n) + ": the part of the work this member takes on";
        c.updatedAt = at;
        if (!m_contributions.empty() && n % 4 == 0)
            c.dependsOn = {m_contributions.back().record.id};
        add(row, "add-contribution", m_contributions, c, 300);
    }

    void editContribution(Row& row, Timestamp at)
    {
        if (m_contributions.empty())
            return addContribution(row, at);
        const std::size_t k = anyOf(m_contributions);
        const unsigned v = m_edits++;
        bool done = false;
        edit(row, "edit-contribution", m_contributions[k], at, [&](Contribution& c) {
            if (v % 2 == 0) {
                c.status = c.status == ContributionStatus::Planned ? ContributionStatus::InProgress : ContributionStatus::Done;
                done = c.status == ContributionStatus::Done;
            } else {
                c.description = "The part of the work this member takes on (revision " + std::to_string(v) + ")";
            }
        });
        if (done)
            m_contributions.erase(m_contributions.begin() + static_cast<std::ptrdiff_t>(k));
    }

    void editInitiative(Row& row, Timestamp at)
    {
        const unsigned v = m_edits++;
        edit(row, "edit-initiative", m_initiatives[anyOf(m_initiatives)], at, [&](Initiative& in) {
            in.description = "What this initiative is for (revision " + std::to_string(v) + ").";
        });
    }

    /// Every change must be a record a replica can read back.
    static void check(const Row& row)
    {
        std::string error;
        const auto kind = parseEnum<RecordKind>(row.kind);
        if (!kind || !exchange::recordFromFields(*kind, row.after, error))
            throw std::runtime_error("generated an invalid " + row.kind + " (" + row.operation + "): " + error + "\n" +
                                     row.after);
    }

    std::size_t m_members, m_changes;
    std::mt19937_64 m_rng;
    std::mt19937_64 m_ids{42};
    std::int64_t m_lastMs = 0;
    unsigned m_edits = 0;
    std::size_t m_created = 0;
    std::size_t m_initiativeCount = 0, m_decisionCount = 0, m_commitmentCount = 0, m_contributionCount = 0;
    std::vector<Live<Member>> m_memberRecords;
    Window<Initiative> m_initiatives;
    Window<Decision> m_decisions;
    Window<Commitment> m_commitments;
    Window<Contribution> m_contributions;
};

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
