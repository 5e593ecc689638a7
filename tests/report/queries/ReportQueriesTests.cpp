// The reports read by SQL (report/*Queries.cpp) against the in-memory builders, which the
// hand-computed figure tests pin down: the same records, written to a real team file, must give
// the same figures, lists and order, for every period, area, status and as-of date tried.
#include "support/Catch.h"
#include "support/TeamFileFixture.h"
#include "support/TeamSnapshot.h"

#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/RecordStore.h"

#include <map>
#include <random>

using namespace baton;
using namespace baton::domain;
using namespace baton::report;
using baton::test::day;

namespace {

/// A random but valid team: members joining and leaving, initiatives passing the lead along,
/// decisions and commitments in every status, near-duplicate commitments, a few retracted.
struct RandomTeam : test::TeamFileFixture {
    std::mt19937 random{20261129};
    std::vector<std::string> areas{"area-a", "area-b", "area-c", "area-d"};

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); }
    Date dayFrom(int offset) { return day("2025-01-01").addDays(offset); }
    std::optional<Date> maybeDay(int lo, int hi, int chanceOfNone)
    {
        if (pick(0, 99) < chanceOfNone)
            return std::nullopt;
        return dayFrom(pick(lo, hi));
    }
    void save(const AnyRecord& r) { file->records().save(r); }

    explicit RandomTeam(int members = 24, int initiatives = 160, int decisions = 500, int commitments = 400)
    {
        const Timestamp at = clock.now();
        db().exec("BEGIN");
        for (const auto& id : areas)
            save(ExpertiseArea{AreaId(id), "Area " + id, "", std::nullopt, at, false});
        for (int i = 0; i < members; ++i) {
            Member m;
            m.id = MemberId("m" + std::to_string(100 + i));
            m.name = "Member " + std::to_string(i % 20); // some share a name
            m.joinedOn = maybeDay(0, 500, 50);
            if (pick(0, 99) < 25)
                m.leftOn = dayFrom(pick(200, 700));
            m.retracted = i % 11 == 5; // their stints and commitments stay: owners off the roster
            m.updatedAt = at;
            save(m);
        }
        const auto someone = [&] { return MemberId("m" + std::to_string(100 + pick(0, members - 1))); };
        for (int i = 0; i < initiatives; ++i) {
            Initiative in;
            in.id = InitiativeId("i" + std::to_string(1000 + i));
            in.title = "Initiative " + std::to_string(pick(0, initiatives / 2)); // titles repeat
            in.status = static_cast<InitiativeStatus>(pick(0, 4));
            for (const auto& a : areas)
                if (pick(0, 99) < 35)
                    in.areas.emplace_back(a);
            int start = pick(0, 600);
            for (int k = pick(0, 4); k > 0; --k) {
                const int length = pick(1, 200);
                LeadStint s{someone(), StintRole::Lead, dayFrom(start), std::nullopt, "because", std::nullopt};
                if (k > 1 || pick(0, 1) == 0)
                    s.to = dayFrom(start + length - 1);
                in.leadership.push_back(s);
                if (pick(0, 99) < 3) // a second lead from the same day: ties keep their order
                    in.leadership.push_back(
                        {someone(), StintRole::Lead, dayFrom(start), dayFrom(start), "same day", std::nullopt});
                if (pick(0, 99) < 30)
                    in.leadership.push_back({someone(), StintRole::CoLead, dayFrom(start + 1),
                                             dayFrom(start + length / 2 + 1), "helps", std::nullopt});
                start += length;
            }
            in.retracted = pick(0, 99) < 3;
            in.updatedAt = at;
            save(in);
        }
        for (int i = 0; i < decisions; ++i) {
            Decision d;
            d.id = DecisionId("d" + std::to_string(10000 + i));
            d.title = "Decision " + std::to_string(i);
            d.method = DecisionMethod::Consent;
            d.status = static_cast<DecisionStatus>(pick(0, 4));
            d.proposedOn = maybeDay(0, 650, 10);
            d.decideBy = maybeDay(100, 700, 20);
            if (d.status != DecisionStatus::Proposed && d.status != DecisionStatus::Withdrawn)
                d.decidedOn = maybeDay(100, 700, 10);
            else if (pick(0, 99) < 10) // odd but possible in an imported file
                d.decidedOn = dayFrom(pick(100, 700));
            if (d.needsAccountable() || pick(0, 1) == 0)
                d.accountable = someone();
            d.retracted = pick(0, 99) < 3;
            d.updatedAt = at;
            save(d);
        }
        const std::vector<std::string> work{"Write the runbook",        "Write the run-book", "Update the pricing page",
                                            "update the pricing page!", "Call the supplier",  "Draft the survey"};
        for (int i = 0; i < commitments; ++i) {
            Commitment c;
            c.id = CommitmentId("c" + std::to_string(10000 + i));
            c.description =
                work[static_cast<std::size_t>(pick(0, 5))] + (pick(0, 3) == 0 ? " " + std::to_string(i) : "");
            c.owner = someone();
            if (pick(0, 1) == 0)
                c.decision = DecisionId("d" + std::to_string(10000 + pick(0, 40)));
            if (pick(0, 2) == 0) // a third of those on one busy initiative
                c.initiative = InitiativeId("i" + std::to_string(1000 + (pick(0, 2) == 0 ? 0 : pick(0, 30))));
            c.dueOn = maybeDay(100, 700, 15);
            c.status = static_cast<CommitmentStatus>(pick(0, 3));
            if (c.status != CommitmentStatus::Open || pick(0, 99) < 5)
                c.closedOn = maybeDay(100, 700, 10);
            c.retracted = pick(0, 99) < 3;
            c.updatedAt = at;
            save(c);
        }
        db().exec("COMMIT");
    }
};

void sameLeadership(const LeadershipReport& sql, const LeadershipReport& memory)
{
    CHECK(sql.from == memory.from);
    CHECK(sql.to == memory.to);
    REQUIRE(sql.members.size() == memory.members.size());
    for (std::size_t i = 0; i < sql.members.size(); ++i) {
        const auto& a = sql.members[i];
        const auto& b = memory.members[i];
        INFO("member " << b.name);
        CHECK(a.id == b.id);
        CHECK(a.active == b.active);
        CHECK(a.initiativesLed == b.initiativesLed);
        CHECK(a.initiativesCoLed == b.initiativesCoLed);
        CHECK(a.leadDays == b.leadDays);
        CHECK(a.handoffsIn == b.handoffsIn);
        CHECK(a.handoffsOut == b.handoffsOut);
        CHECK(a.completed == b.completed);
        CHECK(a.missed == b.missed);
        CHECK(a.cancelled == b.cancelled);
    }
    CHECK(sql.neverLed == memory.neverLed);
    CHECK(sql.spread.activeMembers == memory.spread.activeMembers);
    CHECK(sql.spread.membersWhoLed == memory.spread.membersWhoLed);
    CHECK(sql.spread.topThreeShare == Approx(memory.spread.topThreeShare));
    CHECK(sql.spread.gini == Approx(memory.spread.gini));
    CHECK(sql.stintCount == memory.stintCount);
    REQUIRE(sql.initiatives.size() == memory.initiatives.size());
    for (std::size_t i = 0; i < sql.initiatives.size(); ++i) {
        CHECK(sql.initiatives[i].id == memory.initiatives[i].id);
        CHECK(sql.initiatives[i].status == memory.initiatives[i].status);
        CHECK(sql.initiatives[i].stints == memory.initiatives[i].stints);
    }
}

template <typename Id> std::vector<std::string> ids(const std::vector<Id>& list)
{
    std::vector<std::string> out;
    for (const auto& id : list)
        out.push_back(id.str());
    return out;
}

void sameAccountability(const AccountabilityReport& sql, const AccountabilityReport& memory)
{
    REQUIRE(sql.owners.size() == memory.owners.size());
    for (std::size_t i = 0; i < sql.owners.size(); ++i) {
        const auto& a = sql.owners[i];
        const auto& b = memory.owners[i];
        INFO("owner " << b.name);
        CHECK(a.id == b.id);
        CHECK(a.hasLeft == b.hasLeft);
        CHECK(a.open == b.open);
        CHECK(a.overdue == b.overdue);
        CHECK(a.done == b.done);
        CHECK(a.missed == b.missed);
        CHECK(a.dropped == b.dropped);
        CHECK(a.onTimeRate.has_value() == b.onTimeRate.has_value());
        if (a.onTimeRate && b.onTimeRate)
            CHECK(*a.onTimeRate == Approx(*b.onTimeRate));
    }
    REQUIRE(sql.decisionOwners.size() == memory.decisionOwners.size());
    for (std::size_t i = 0; i < sql.decisionOwners.size(); ++i) {
        CHECK(sql.decisionOwners[i].id == memory.decisionOwners[i].id);
        CHECK(sql.decisionOwners[i].decided == memory.decisionOwners[i].decided);
        CHECK(sql.decisionOwners[i].proposed == memory.decisionOwners[i].proposed);
    }
    const auto& g = sql.gaps;
    const auto& h = memory.gaps;
    CHECK(ids(g.decidedWithoutAccountable) == ids(h.decidedWithoutAccountable));
    CHECK(ids(g.initiativesWithoutLead) == ids(h.initiativesWithoutLead));
    CHECK(ids(g.decisionsPastDeadline) == ids(h.decisionsPastDeadline));
    CHECK(ids(g.overdueCommitments) == ids(h.overdueCommitments));
    CHECK(ids(g.openOwnedByLeavers) == ids(h.openOwnedByLeavers));
    REQUIRE(g.likelyDuplicates.size() == h.likelyDuplicates.size());
    for (std::size_t i = 0; i < g.likelyDuplicates.size(); ++i) {
        CHECK(g.likelyDuplicates[i].first == h.likelyDuplicates[i].first);
        CHECK(g.likelyDuplicates[i].second == h.likelyDuplicates[i].second);
    }
    CHECK(g.counts.decidedWithoutAccountable == h.counts.decidedWithoutAccountable);
    CHECK(g.counts.initiativesWithoutLead == h.counts.initiativesWithoutLead);
    CHECK(g.counts.decisionsPastDeadline == h.counts.decisionsPastDeadline);
    CHECK(g.counts.overdueCommitments == h.counts.overdueCommitments);
    CHECK(g.counts.openOwnedByLeavers == h.counts.openOwnedByLeavers);
    CHECK(g.counts.likelyDuplicates == h.counts.likelyDuplicates);
}

/// Every gap the SQL reading lists carries the record's own title or description.
void labelled(const AccountabilityReport& sql, const test::TeamSnapshot& team)
{
    std::map<std::string, std::string> titles;
    for (const auto& d : team.decisions)
        titles[d.id.str()] = d.title;
    for (const auto& i : team.initiatives)
        titles[i.id.str()] = i.title;
    for (const auto& c : team.commitments)
        titles[c.id.str()] = c.description;
    const auto check = [&](const std::string& id) {
        INFO("gap " << id);
        const auto it = sql.labels.find(id);
        REQUIRE(it != sql.labels.end());
        CHECK(it->second == titles[id]);
    };
    for (const auto& id : ids(sql.gaps.initiativesWithoutLead))
        check(id);
    for (const auto& id : ids(sql.gaps.decisionsPastDeadline))
        check(id);
    for (const auto& id : ids(sql.gaps.overdueCommitments))
        check(id);
    for (const auto& id : ids(sql.gaps.openOwnedByLeavers))
        check(id);
}

} // namespace

TEST_CASE("The leadership review read by SQL equals the one built in memory", "[report][queries]")
{
    RandomTeam team;
    const auto snapshot = test::loadSnapshot(team.db());
    REQUIRE(snapshot.initiatives.size() > 100);
    struct Case {
        const char* from;
        const char* to;
        std::optional<InitiativeStatus> status;
        const char* area;
    };
    const Case cases[] = {{nullptr, nullptr, std::nullopt, nullptr},
                          {"2025-01-01", "2026-11-26", std::nullopt, nullptr},
                          {"2025-06-01", "2025-09-30", std::nullopt, nullptr},
                          {"2026-01-01", "2026-06-30", InitiativeStatus::Completed, nullptr},
                          {"2025-03-01", "2026-03-01", std::nullopt, "area-b"},
                          {"2025-03-01", "2026-03-01", InitiativeStatus::Active, "area-c"},
                          {"2027-01-01", "2027-12-31", std::nullopt, nullptr}};
    for (const auto& c : cases) {
        LeadershipQuery q;
        q.today = day("2026-11-26");
        if (c.from)
            q.from = day(c.from);
        if (c.to)
            q.to = day(c.to);
        q.status = c.status;
        if (c.area)
            q.area = AreaId(c.area);
        INFO("period " << (c.from ? c.from : "-") << " to " << (c.to ? c.to : "-") << ", area "
                       << (c.area ? c.area : "any"));
        sameLeadership(readLeadershipReport(team.db(), q),
                       buildLeadershipReport(snapshot.members, snapshot.initiatives, q));
    }
}

TEST_CASE("The accountability review read by SQL equals the one built in memory", "[report][queries]")
{
    RandomTeam team;
    const auto snapshot = test::loadSnapshot(team.db());
    for (const char* asOf : {"2025-01-01", "2025-08-15", "2026-02-01", "2026-11-26", "2027-06-01"}) {
        INFO("as of " << asOf);
        const auto sql = readAccountabilityReport(team.db(), day(asOf));
        const auto memory = buildAccountabilityReport(snapshot.members, snapshot.initiatives, snapshot.decisions,
                                                      snapshot.commitments, day(asOf));
        sameAccountability(sql, memory);
        labelled(sql, snapshot);
        if (std::string(asOf) == "2026-02-01") { // the random team has every kind of gap by then
            CHECK_FALSE(sql.gaps.decisionsPastDeadline.empty());
            CHECK_FALSE(sql.gaps.overdueCommitments.empty());
            CHECK_FALSE(sql.gaps.openOwnedByLeavers.empty());
            CHECK_FALSE(sql.gaps.likelyDuplicates.empty());
            CHECK_FALSE(sql.gaps.initiativesWithoutLead.empty());
        }
    }
}

TEST_CASE("A report read for the screen keeps the first rows of each list and counts them all", "[report][queries]")
{
    RandomTeam team;
    const auto whole = readAccountabilityReport(team.db(), day("2026-02-01"));
    const auto screen = readAccountabilityReport(team.db(), day("2026-02-01"), ReadLimits{3, nullptr});
    REQUIRE(whole.gaps.overdueCommitments.size() > 3);
    const auto all = ids(whole.gaps.overdueCommitments);
    CHECK(ids(screen.gaps.overdueCommitments) == std::vector<std::string>(all.begin(), all.begin() + 3));
    CHECK(screen.gaps.counts.overdueCommitments == whole.gaps.overdueCommitments.size());
    CHECK(screen.gaps.counts.total() == whole.gaps.counts.total());

    const ReportContext context{"Northwind", "2026-11-26T09:00:00Z", "test", "", {}};
    const auto document = accountabilityDocument(screen, context);
    const auto& gapTable = document.sections.at(0).tables.at(0);
    CHECK(gapTable.rows.size() < whole.gaps.counts.total());
    CHECK(gapTable.totalRows == whole.gaps.counts.total());
    // Gap rows name the record (titles have spaces), not its id.
    CHECK(gapTable.rows.at(0).at(1).find(' ') != std::string::npos);

    LeadershipQuery q;
    q.today = day("2026-11-26");
    const auto lead = readLeadershipReport(team.db(), q, ReadLimits{5, nullptr});
    std::size_t kept = 0;
    for (const auto& i : lead.initiatives)
        kept += i.stints.size();
    CHECK(kept == 5);
    CHECK(lead.stintCount > 5);
}

TEST_CASE("A report stops when its cancel flag is set", "[report][queries]")
{
    RandomTeam team;
    const std::atomic<bool> cancel{true};
    LeadershipQuery q;
    q.today = day("2026-11-26");
    CHECK_THROWS_AS(readLeadershipReport(team.db(), q, ReadLimits{0, &cancel}), ReportCancelled);
    CHECK_THROWS_AS(readAccountabilityReport(team.db(), day("2026-11-26"), ReadLimits{0, &cancel}), ReportCancelled);
    // The connection is usable afterwards, with no transaction left open.
    CHECK(readAccountabilityReport(team.db(), day("2026-11-26")).owners.size() > 0);
    team.db().exec("BEGIN IMMEDIATE; COMMIT;");
}
