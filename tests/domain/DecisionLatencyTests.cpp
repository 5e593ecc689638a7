#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/DecisionLatency.h"

using namespace baton::domain;
using baton::test::day;

namespace {
Decision decided(const char* proposed, const char* on, DecisionMethod method = DecisionMethod::Consent)
{
    Decision d;
    d.title = "A decision";
    d.method = method;
    d.status = DecisionStatus::Decided;
    d.proposedOn = day(proposed);
    d.decidedOn = day(on);
    return d;
}
} // namespace

TEST_CASE("Latency is the days from proposed to decided, for decisions that were decided", "[domain][latency]")
{
    // 2026-02-25 to 2026-03-04: 3 days to the end of February (28), then 4 into March = 7
    CHECK(decisionLatencyDays(decided("2026-02-25", "2026-03-04")) == 7);
    CHECK(decisionLatencyDays(decided("2026-03-01", "2026-03-01")) == 0);
    Decision superseded = decided("2026-03-01", "2026-03-11");
    superseded.status = DecisionStatus::Superseded;
    CHECK(decisionLatencyDays(superseded) == 10);
    Decision proposed = decided("2026-03-01", "2026-03-11");
    proposed.status = DecisionStatus::Proposed;
    CHECK_FALSE(decisionLatencyDays(proposed));
    Decision retracted = decided("2026-03-01", "2026-03-11");
    retracted.retracted = true;
    CHECK_FALSE(decisionLatencyDays(retracted));
    CHECK_FALSE(decisionLatencyDays(decided("2026-03-11", "2026-03-01"))); // decided before proposed
    Decision undated = decided("2026-03-01", "2026-03-11");
    undated.proposedOn.reset();
    CHECK_FALSE(decisionLatencyDays(undated));
}

TEST_CASE("An odd count has a middle value; p90 is the nearest rank", "[domain][latency]")
{
    const auto figures = latencyByMethod({{DecisionMethod::Consent, 3},
                                          {DecisionMethod::Consent, 1},
                                          {DecisionMethod::Consent, 10},
                                          {DecisionMethod::Consent, 4},
                                          {DecisionMethod::Consent, 2}});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].method == DecisionMethod::Consent);
    CHECK(figures[0].count == 5);
    CHECK(figures[0].median == 3.0); // sorted 1 2 3 4 10: the third
    CHECK(figures[0].p90 == 10);     // rank ceil(0.9 * 5) = ceil(4.5) = 5
}

TEST_CASE("An even count takes the mean of the two middle values", "[domain][latency]")
{
    const auto figures = latencyByMethod({{DecisionMethod::Advice, 5},
                                          {DecisionMethod::Advice, 1},
                                          {DecisionMethod::Advice, 8},
                                          {DecisionMethod::Advice, 2}});
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].median == 3.5); // sorted 1 2 5 8: (2 + 5) / 2
    CHECK(figures[0].p90 == 8);      // rank ceil(0.9 * 4) = ceil(3.6) = 4
}

TEST_CASE("p90 at the rank boundaries", "[domain][latency]")
{
    std::vector<std::pair<DecisionMethod, int>> ten;
    std::vector<std::pair<DecisionMethod, int>> twenty;
    for (int d = 1; d <= 20; ++d) {
        if (d <= 10)
            ten.emplace_back(DecisionMethod::Expert, d);
        twenty.emplace_back(DecisionMethod::Expert, d);
    }
    const auto t = latencyByMethod(ten);
    CHECK(t[0].median == 5.5); // (5 + 6) / 2
    CHECK(t[0].p90 == 9);      // rank ceil(0.9 * 10) = 9 exactly
    const auto w = latencyByMethod(twenty);
    CHECK(w[0].median == 10.5); // (10 + 11) / 2
    CHECK(w[0].p90 == 18);      // rank ceil(0.9 * 20) = 18
    const auto one = latencyByMethod({{DecisionMethod::Delegated, 7}});
    CHECK(one[0] == LatencyFigures{DecisionMethod::Delegated, 1, 7.0, 7});
}

TEST_CASE("The tally keeps each method apart, in the methods' order", "[domain][latency]")
{
    LatencyTally tally;
    // advice: 2, 12 and 4 days; consensus: 21 and 9 days
    CHECK(tally.add(decided("2026-03-01", "2026-03-03", DecisionMethod::Advice)));
    CHECK(tally.add(decided("2026-03-01", "2026-03-22", DecisionMethod::Consensus)));
    CHECK(tally.add(decided("2026-03-01", "2026-03-13", DecisionMethod::Advice)));
    CHECK(tally.add(decided("2026-03-01", "2026-03-10", DecisionMethod::Consensus)));
    CHECK(tally.add(decided("2026-03-01", "2026-03-05", DecisionMethod::Advice)));
    Decision open = decided("2026-03-01", "2026-03-05", DecisionMethod::Advice);
    open.status = DecisionStatus::Proposed;
    CHECK_FALSE(tally.add(open));
    tally.add(DecisionMethod::Consent, -3); // ignored

    const auto figures = tally.figures();
    REQUIRE(figures.size() == 2);
    // consensus sorted 9 21: median (9 + 21) / 2 = 15, p90 rank ceil(1.8) = 2 -> 21
    CHECK(figures[0] == LatencyFigures{DecisionMethod::Consensus, 2, 15.0, 21});
    // advice sorted 2 4 12: median 4, p90 rank ceil(2.7) = 3 -> 12
    CHECK(figures[1] == LatencyFigures{DecisionMethod::Advice, 3, 4.0, 12});
    CHECK(LatencyTally{}.figures().empty());
}
