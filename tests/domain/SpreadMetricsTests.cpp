#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/SpreadMetrics.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::stint;

TEST_CASE("The Gini coefficient is 0 for an even spread and (n - 1) / n when one holds all", "[domain][spread]")
{
    // sum |xi - xj| over ordered pairs: 10 for each of 3 zeros, both ways = 60; 2 n^2 mean = 2 * 16 * 2.5 = 80
    CHECK(gini({0, 0, 0, 10}) == Approx(0.75));
    CHECK(gini({10, 0, 0, 0}) == Approx(0.75)); // order does not matter
    CHECK(gini({1, 1, 1, 1}) == Approx(0.0));
    // pairs i < j: 1 + 2 + 3 + 1 + 2 + 1 = 10, both ways 20; 2 * 16 * 2.5 = 80; 20 / 80
    CHECK(gini({1, 2, 3, 4}) == Approx(0.25));
    CHECK(gini({}) == 0.0);
    CHECK(gini({0, 0}) == 0.0);
    CHECK(gini({7}) == 0.0);
}

TEST_CASE("Shannon evenness is 1 for an even spread and counts people who had nothing", "[domain][spread]")
{
    // H = -2 * 0.5 ln 0.5 = ln 2; / ln 2
    CHECK(*shannonEvenness({1, 1}) == Approx(1.0));
    // H = -(0.75 ln 0.75 + 0.25 ln 0.25) = 0.215762 + 0.346574 = 0.562335; / ln 2 (0.693147) = 0.811278
    CHECK(*shannonEvenness({3, 1}) == Approx(0.811278).epsilon(1e-5));
    // shares 0.5, 0.25, 0.25 (and a 0, which still counts in n = 4):
    // H = 0.5 ln 2 + 2 * 0.25 ln 4 = 0.5 ln 2 + ln 2 = 1.5 ln 2; / ln 4 = 1.5 ln 2 / (2 ln 2) = 0.75
    CHECK(*shannonEvenness({2, 1, 1, 0}) == Approx(0.75));
    // one holds all: H = -1 ln 1 = 0
    CHECK(*shannonEvenness({5, 0, 0}) == Approx(0.0));
    CHECK_FALSE(shannonEvenness({5}));
    CHECK_FALSE(shannonEvenness({}));
    CHECK_FALSE(shannonEvenness({0, 0, 0}));
}

TEST_CASE("The top share is what the k largest hold of the total", "[domain][spread]")
{
    CHECK(topShare({3, 5, 0, 2}, 1) == Approx(0.5)); // 5 / 10
    CHECK(topShare({1, 2, 3, 4}, 3) == Approx(0.9)); // (4 + 3 + 2) / 10
    CHECK(topShare({1, 2}, 3) == Approx(1.0));       // k past the end: everything
    CHECK(topShare({0, 0}, 1) == 0.0);
    CHECK(topShare({4, 4}, 0) == 0.0);
    CHECK(shareNonZero({2, 0, 1, 0}) == Approx(0.5)); // 2 of 4
    CHECK(shareNonZero({}) == 0.0);
}

TEST_CASE("A spread is described by all its figures at once", "[domain][spread]")
{
    const auto f = describeSpread({6, 3, 1, 0, 0});
    CHECK(f.people == 5);
    CHECK(f.withAny == 3);
    CHECK(f.shareWithAny == Approx(0.6));  // 3 / 5
    CHECK(f.topThreeShare == Approx(1.0)); // (6 + 3 + 1) / 10
    // pairs i < j: zeros with 1, 3, 6 twice = 20, plus 2 + 5 + 3 = 30; 2 * 30 / (2 * 25 * 2) = 0.6
    CHECK(f.gini == Approx(0.6));
    // H = -(0.6 ln 0.6 + 0.3 ln 0.3 + 0.1 ln 0.1) = 0.306495 + 0.361192 + 0.230259 = 0.897946;
    // / ln 5 (1.609438) = 0.557925
    REQUIRE(f.evenness);
    CHECK(*f.evenness == Approx(0.557925).epsilon(1e-5));

    const auto none = describeSpread({});
    CHECK(none.people == 0);
    CHECK(none.gini == 0.0);
    CHECK_FALSE(none.evenness);
}

TEST_CASE("Months know their first and last day and their label", "[domain][spread]")
{
    const Month feb{2024, 2};
    CHECK(feb.first() == day("2024-02-01"));
    CHECK(feb.last() == day("2024-02-29")); // leap year
    CHECK(Month{2025, 12}.last() == day("2025-12-31"));
    CHECK(Month{2026, 3}.label() == "2026-03");
    CHECK(monthOf(day("2026-03-31")) == Month{2026, 3});
    CHECK(monthsBetween(day("2025-11-15"), day("2026-02-03")) ==
          std::vector<Month>{{2025, 11}, {2025, 12}, {2026, 1}, {2026, 2}});
    CHECK(monthsBetween(day("2026-02-03"), day("2026-02-03")) == std::vector<Month>{{2026, 2}});
    CHECK(monthsBetween(day("2026-02-03"), day("2026-01-03")).empty());
}

TEST_CASE("Lead-days are split by month and clipped to the period", "[domain][spread]")
{
    Initiative first;
    first.leadership = {stint("ann", "2026-01-20", "2026-02-10"), stint("bob", "2026-02-11"),
                        stint("cy", "2026-01-01", "2026-01-10", StintRole::CoLead)};
    Initiative second;
    second.leadership = {stint("ann", "2025-12-20", "2026-01-05"), stint("dan", "2026-03-10", "2026-04-30"),
                         stint("eve", "2025-11-01", "2025-11-30")};
    Initiative mistaken;
    mistaken.retracted = true;
    mistaken.leadership = {stint("ann", "2026-01-01")};

    const auto byMonth = leadDaysByMonth({first, second, mistaken}, day("2026-01-01"), day("2026-03-15"));
    REQUIRE(byMonth.size() == 3);
    const auto& jan = byMonth.at({2026, 1});
    const auto& feb = byMonth.at({2026, 2});
    const auto& mar = byMonth.at({2026, 3});
    // Ann: Jan 20..31 = 12, plus the second initiative's Dec 20..Jan 5 clipped to Jan 1..5 = 5: 17
    CHECK(jan.at(MemberId("ann")) == 17);
    CHECK(jan.size() == 1);               // Cy only co-led; Eve's stint ended before the period
    CHECK(feb.at(MemberId("ann")) == 10); // Feb 1..10
    // Bob's open stint runs to the end of the period: Feb 11..28 = 18, Mar 1..15 = 15
    CHECK(feb.at(MemberId("bob")) == 18);
    CHECK(mar.at(MemberId("bob")) == 15);
    CHECK(mar.at(MemberId("dan")) == 6); // Mar 10..15, clipped at the period's end
    CHECK(feb.size() == 2);
    CHECK(mar.size() == 2);

    const auto withCoLeads = leadDaysByMonth({first}, day("2026-01-01"), day("2026-01-31"), true);
    REQUIRE(withCoLeads.size() == 1);
    CHECK(withCoLeads.at({2026, 1}).at(MemberId("cy")) == 10); // Jan 1..10
    CHECK(withCoLeads.at({2026, 1}).at(MemberId("ann")) == 12);

    // A quiet month is still listed, empty.
    const auto quiet = leadDaysByMonth({second}, day("2026-02-01"), day("2026-02-28"));
    REQUIRE(quiet.size() == 1);
    CHECK(quiet.at({2026, 2}).empty());
}
