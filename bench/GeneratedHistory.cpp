// The generated team and ten years of its changes for baton-server-scale-bench.
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

namespace baton::bench {

const domain::Timestamp kHistoryStart =
    domain::Timestamp::fromMillis(1451894400000LL); // 2016-01-04T08:00:00Z, a Monday

std::string generatedId(char kind, std::size_t i)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "01950000-0000-7000-8%03x-%012zx", static_cast<unsigned>(kind) & 0xfffu, i);
    return buf;
}

namespace {

using Row = GeneratedChange;
const Timestamp& kStart = kHistoryStart;
std::string uuid(char kind, std::size_t i)
{
    return generatedId(kind, i);
}

const Date kStartDay = kStart.date();

/// The team as published, ten years ago: members, areas, a few initiatives, decisions and
/// commitments. Then a stream of the changes ten years of work make.
class Generator {
public:
    Generator(std::size_t members, std::size_t changes)
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
        const std::int64_t slot =
            static_cast<std::int64_t>(i) * kWorkingDays * 32400000LL / static_cast<std::int64_t>(m_changes);
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
        in.leadership.push_back(
            LeadStint{MemberId(uuid('m', author)), StintRole::Lead, day, std::nullopt, "started it", std::nullopt});
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
        d.participants.push_back(
            {MemberId(uuid('m', author)), ParticipantRole::Proposer, Stance::Support, "", "", std::nullopt});
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
            c.status = v % 10 < 7 ? CommitmentStatus::Done
                                  : (v % 10 < 9 ? CommitmentStatus::Missed : CommitmentStatus::Dropped);
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
            d.participants.push_back({me, ParticipantRole::Consulted, stance, "", "", std::nullopt});
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
                c.status =
                    c.status == ContributionStatus::Planned ? ContributionStatus::InProgress : ContributionStatus::Done;
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

} // namespace

struct GeneratedHistory::Impl {
    Impl(std::size_t members, std::size_t changes)
        : generator(members, changes)
    {
    }
    Generator generator;
};

GeneratedHistory::GeneratedHistory(std::size_t members, std::size_t changes)
    : m(std::make_unique<Impl>(members, changes))
{
}

GeneratedHistory::~GeneratedHistory() = default;

void GeneratedHistory::writeBaseline(storage::Database& db)
{
    m->generator.writeBaseline(db);
}

GeneratedChange GeneratedHistory::next(std::size_t i)
{
    return m->generator.next(i);
}

std::size_t GeneratedHistory::recordsCreated() const
{
    return m->generator.recordsCreated();
}

} // namespace baton::bench
