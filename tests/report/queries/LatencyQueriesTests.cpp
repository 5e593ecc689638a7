// Decision latency read by SQL from a real team file built through the edit service, and the
// overview's fallbacks due. Every expected figure is worked out by hand beside it.
//
// Decided in the period 2026-10-01 .. 2026-11-26 (days from proposed_on to decided_on):
//   consensus: 2, 10, 4, 30, 8  -> sorted 2 4 8 10 30; n = 5: median rank 3 = 8;
//              p90 nearest rank ceil(0.9 * 5) = ceil(4.5) = 5 -> 30
//   advice:    1, 3, 5, 7       -> n = 4: median (3 + 5) / 2 = 4; p90 rank ceil(3.6) = 4 -> 7
// Left out: a consensus decision decided 2026-09-20 (before the period, 50 days), an advice
// decision of 20 days that was retracted, and a proposal never decided.
#include "edit/EditFixture.h"

#include "baton/domain/DecisionLatency.h"
#include "baton/report/LatencyQueries.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/FallbackQueries.h"

#include <random>

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {

std::string idOf(int n)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "01930000-0000-7000-8000-0000000001%02d", n);
    return buf;
}

struct LatencyTeam : EditFixture {
    int next = 0;
    std::string decided(DecisionMethod method, const char* proposed, const char* on)
    {
        Decision d = decision(idOf(++next));
        d.method = method;
        d.proposedOn = day(proposed);
        requireOk(service.decisions.propose(d));
        requireOk(service.decisions.decide(d.id, MemberId(kAna), day(on), "done", ""));
        return d.id.str();
    }
    LatencyTeam()
    {
        decided(DecisionMethod::Consensus, "2026-10-01", "2026-10-03");                 // 2
        decided(DecisionMethod::Consensus, "2026-10-01", "2026-10-11");                 // 10
        decided(DecisionMethod::Consensus, "2026-10-05", "2026-10-09");                 // 4
        decided(DecisionMethod::Consensus, "2026-10-01", "2026-10-31");                 // 30
        decided(DecisionMethod::Consensus, "2026-10-10", "2026-10-18");                 // 8
        decided(DecisionMethod::Advice, "2026-10-01", "2026-10-02");                    // 1
        decided(DecisionMethod::Advice, "2026-10-01", "2026-10-04");                    // 3
        decided(DecisionMethod::Advice, "2026-10-01", "2026-10-06");                    // 5
        decided(DecisionMethod::Advice, "2026-10-01", "2026-10-08");                    // 7
        decided(DecisionMethod::Consensus, "2026-08-01", "2026-09-20");                 // before the period
        const auto wrong = decided(DecisionMethod::Advice, "2026-10-01", "2026-10-21"); // retracted
        requireOk(service.retract(RecordKind::Decision, wrong));
        Decision open = decision(idOf(++next));
        requireOk(service.decisions.propose(open));
    }
};

std::string plan(storage::Database& db, const std::string& sql)
{
    std::string out;
    auto s = db.prepare("EXPLAIN QUERY PLAN " + sql);
    while (s.step())
        out += s.columnText(3) + "\n";
    return out;
}

} // namespace

TEST_CASE_METHOD(LatencyTeam, "Latency per method: median and nearest-rank p90, decided in the period only",
                 "[report][latency]")
{
    const auto figures = report::readDecisionLatency(db(), day("2026-10-01"), day("2026-11-26"));
    REQUIRE(figures.size() == 2);
    CHECK(figures[0] == LatencyFigures{DecisionMethod::Consensus, 5, 8.0, 30});
    CHECK(figures[1] == LatencyFigures{DecisionMethod::Advice, 4, 4.0, 7});
    // The earlier period holds only the 50-day consensus decision.
    const auto september = report::readDecisionLatency(db(), day("2026-09-01"), day("2026-09-30"));
    REQUIRE(september.size() == 1);
    CHECK(september[0] == LatencyFigures{DecisionMethod::Consensus, 1, 50.0, 50});
}

TEST_CASE_METHOD(LatencyTeam,
                 "The leadership review carries a Decision latency section with its chart and a line "
                 "on consensus",
                 "[report][latency]")
{
    report::LeadershipQuery q;
    q.from = day("2026-10-01");
    q.to = day("2026-11-26");
    q.today = day("2026-11-26");
    const auto doc = report::leadershipDocument(report::readLeadershipReport(db(), q), {});
    const auto section = std::find_if(doc.sections.begin(), doc.sections.end(),
                                      [](const report::ReportSection& s) { return s.heading == "Decision latency"; });
    REQUIRE(section != doc.sections.end());
    REQUIRE(section->charts.size() == 1);
    CHECK(section->charts[0].labels == std::vector<std::string>{"Consensus", "Advice"});
    CHECK(section->charts[0].values == std::vector<double>{8.0, 4.0});
    REQUIRE(section->tables.size() == 1);
    CHECK(section->tables[0].name == "decision-latency");
    CHECK(section->tables[0].rows ==
          std::vector<std::vector<std::string>>{{"Consensus", "5", "8", "30"}, {"Advice", "4", "4", "7"}});
    CHECK(section->paragraphs[1] == "Consensus is where decisions are slowest: a median of 8 days (p90 30) against 4 "
                                    "for advice decisions, the fastest other method.");
}

TEST_CASE("The histogram gives the same figures as the in-memory tally", "[report][latency]")
{
    std::mt19937 random(11);
    for (int round = 0; round < 200; ++round) {
        std::uniform_int_distribution<int> size(1, 40), days(0, 25);
        LatencyTally tally;
        std::map<int, std::int64_t> histogram;
        for (int n = size(random); n > 0; --n) {
            const int d = days(random);
            tally.add(DecisionMethod::Consent, d);
            ++histogram[d];
        }
        const std::vector<std::pair<int, std::int64_t>> counts(histogram.begin(), histogram.end());
        REQUIRE(tally.figures().size() == 1);
        CHECK(report::latencyFromCounts(DecisionMethod::Consent, counts) == tally.figures()[0]);
    }
}

TEST_CASE_METHOD(LatencyTeam, "Latency and fallbacks due read their covering and partial indexes",
                 "[report][latency][fallback]")
{
    const auto latency = plan(db(), "SELECT method, CAST(julianday(decided_on) - julianday(proposed_on) AS INTEGER) "
                                    "FROM decisions INDEXED BY decisions_latency WHERE decided_on IS NOT NULL AND "
                                    "retracted = 0 AND decided_on BETWEEN '2026-01-01' AND '2026-12-31' AND "
                                    "proposed_on IS NOT NULL AND decided_on >= proposed_on AND status IN ('decided', "
                                    "'superseded', 'reversed')");
    INFO(latency);
    CHECK(latency.find("COVERING INDEX decisions_latency") != std::string::npos);
    CHECK(latency.find("TEMP B-TREE") == std::string::npos); // tallied as it streams: no sort
    const auto due = plan(db(), "SELECT id, title, decide_by, fallback FROM decisions INDEXED BY "
                                "decisions_fallback_due WHERE status = 'proposed' AND retracted = 0 AND fallback IS "
                                "NOT NULL AND decide_by < '2026-11-26' ORDER BY decide_by, proposed_on LIMIT 13");
    INFO(due);
    CHECK(due.find("decisions_fallback_due") != std::string::npos);
    CHECK(due.find("TEMP B-TREE") == std::string::npos); // no sort: the index is in deadline order
}

TEST_CASE_METHOD(EditFixture, "Fallbacks due: live proposals with a fallback past their deadline, earliest first",
                 "[report][fallback]")
{
    auto first = decision(idOf(1));
    first.decideBy = day("2026-11-20");
    first.fallback = DecisionFallback::MajorityVote;
    auto earlier = decision(idOf(2));
    earlier.decideBy = day("2026-11-10");
    earlier.fallback = DecisionFallback::ExtendOnce;
    auto notYet = decision(idOf(3));
    notYet.decideBy = day("2026-11-26"); // due from the day after
    notYet.fallback = DecisionFallback::ExtendOnce;
    auto none = decision(idOf(4));
    none.decideBy = day("2026-11-02"); // overdue, but no fallback
    for (const auto& d : {first, earlier, notYet, none})
        requireOk(service.decisions.propose(d));
    const auto due = storage::fallbacksDue(db(), day("2026-11-26"), 10);
    REQUIRE(due.size() == 2);
    CHECK(due[0].id.str() == idOf(2));
    CHECK(due[0].fallback == DecisionFallback::ExtendOnce);
    CHECK(due[1].id.str() == idOf(1));
    CHECK(storage::fallbacksDue(db(), day("2026-11-26"), 1).size() == 1);
}
