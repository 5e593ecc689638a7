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

TEST_CASE("Days are split by calendar month, both ends counted", "[domain][spread]")
{
    // 2026-01-20..2026-02-10: Jan 20..31 = 12 days, Feb 1..10 = 10 days.
    const auto across = splitByMonth(day("2026-01-20"), day("2026-02-10"));
    REQUIRE(across.size() == 2);
    CHECK(across[0] == std::pair<Month, std::int64_t>{{2026, 1}, 12});
    CHECK(across[1] == std::pair<Month, std::int64_t>{{2026, 2}, 10});
    // 2025-12-20..2026-03-15: Dec 12, Jan 31, Feb 28 (not a leap year), Mar 15.
    const auto long_ = splitByMonth(day("2025-12-20"), day("2026-03-15"));
    REQUIRE(long_.size() == 4);
    CHECK(long_[0].second == 12);
    CHECK(long_[1].second == 31);
    CHECK(long_[2].second == 28);
    CHECK(long_[3].second == 15);
    CHECK(splitByMonth(day("2028-02-01"), day("2028-02-29"))[0].second == 29); // a leap February
    CHECK(splitByMonth(day("2026-05-05"), day("2026-05-05")).size() == 1);
    CHECK(splitByMonth(day("2026-05-05"), day("2026-05-04")).empty());
}
