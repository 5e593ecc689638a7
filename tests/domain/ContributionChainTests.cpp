#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/ContributionChain.h"

using namespace baton::domain;
using baton::test::day;

namespace {

Contribution work(const std::string& id, ContributionStatus status, std::vector<std::string> dependsOn = {},
                  const char* startedOn = nullptr, const char* doneOn = nullptr)
{
    Contribution c;
    c.id = ContributionId(id);
    c.status = status;
    for (auto& d : dependsOn)
        c.dependsOn.emplace_back(std::move(d));
    if (startedOn)
        c.startedOn = day(startedOn);
    if (doneOn)
        c.doneOn = day(doneOn);
    return c;
}

std::vector<ContributionId> ids(std::initializer_list<const char*> names)
{
    std::vector<ContributionId> out;
    for (const char* n : names)
        out.emplace_back(n);
    return out;
}

} // namespace

TEST_CASE("A three-step chain has depths, path days and waiting links", "[domain][chain]")
{
    using enum ContributionStatus;
    const auto chain = buildContributionChain(
        {work("design", Planned, {"copy"}), work("analyst", Done, {}, "2026-03-01", "2026-03-05"),
         work("copy", InProgress, {"analyst"}, "2026-03-06"), work("aside", Planned)},
        day("2026-03-20"));
    REQUIRE(chain.nodes.size() == 4);
    const auto& design = chain.nodes[0];
    const auto& analyst = chain.nodes[1];
    const auto& copy = chain.nodes[2];
    const auto& aside = chain.nodes[3];
    CHECK(design.id.str() == "design");
    // analyst: Mar 1..5 = 5 days, depends on nothing
    CHECK(analyst.depth == 0);
    CHECK(analyst.days == 5);
    CHECK(analyst.pathDays == 5);
    // copy: Mar 6..today (Mar 20) = 15 days; depth 0 + 1; path 15 + 5 = 20
    CHECK(copy.depth == 1);
    CHECK(copy.days == 15);
    CHECK(copy.pathDays == 20);
    // design: planned, 0 days; depth 1 + 1 = 2; path 0 + 20 = 20
    CHECK(design.depth == 2);
    CHECK(design.days == 0);
    CHECK(design.pathDays == 20);
    CHECK(aside.depth == 0);
    CHECK_FALSE(aside.critical);

    REQUIRE(chain.links.size() == 2);
    // design waits on copy, in progress since Mar 6: 20 - 6 = 14 days
    CHECK(chain.links[0].from.str() == "copy");
    CHECK(chain.links[0].to.str() == "design");
    CHECK(chain.links[0].waiting);
    CHECK(chain.links[0].daysWaited == 14);
    // copy's dependency is done: its own 5 days
    CHECK(chain.links[1].from.str() == "analyst");
    CHECK(chain.links[1].to.str() == "copy");
    CHECK_FALSE(chain.links[1].waiting);
    CHECK(chain.links[1].daysWaited == 5);

    CHECK(chain.criticalPath == ids({"analyst", "copy", "design"}));
    CHECK(analyst.critical);
    CHECK(copy.critical);
    CHECK(design.critical);
}

TEST_CASE("In a diamond the branch with more days is the critical path", "[domain][chain]")
{
    using enum ContributionStatus;
    // The longer branch has the larger id, so only its days can make it win.
    const auto chain = buildContributionChain({work("root", Done, {}, "2026-03-01", "2026-03-02"),
                                               work("x-short", Done, {"root"}, "2026-03-03", "2026-03-05"),
                                               work("y-long", Done, {"root"}, "2026-03-03", "2026-03-12"),
                                               work("end", InProgress, {"x-short", "y-long"}, "2026-03-13"),
                                               work("waits", Planned, {"unstarted"}), work("unstarted", Planned)},
                                              day("2026-03-15"));
    REQUIRE(chain.nodes.size() == 6);
    // root 2 days; x-short 3 days, path 3 + 2 = 5; y-long Mar 3..12 = 10, path 10 + 2 = 12;
    // end Mar 13..15 = 3, depth 2, path 3 + max(5, 12) = 15
    CHECK(chain.nodes[1].pathDays == 5);
    CHECK(chain.nodes[2].pathDays == 12);
    CHECK(chain.nodes[3].depth == 2);
    CHECK(chain.nodes[3].pathDays == 15);
    CHECK(chain.criticalPath == ids({"root", "y-long", "end"}));
    CHECK_FALSE(chain.nodes[1].critical);
    // A dependency that has not started: waiting, for no known number of days.
    REQUIRE(chain.links.size() == 5);
    CHECK(chain.links[4].from.str() == "unstarted");
    CHECK(chain.links[4].waiting);
    CHECK_FALSE(chain.links[4].daysWaited);
}

TEST_CASE("Equal depth and days are settled by the smaller id", "[domain][chain]")
{
    using enum ContributionStatus;
    const auto chain = buildContributionChain(
        {work("b", Planned, {"a"}), work("a", Planned), work("d", Planned, {"c"}), work("c", Planned)},
        day("2026-03-15"));
    CHECK(chain.criticalPath == ids({"a", "b"}));
}

TEST_CASE("A loop of dependencies neither hangs nor crashes", "[domain][chain]")
{
    using enum ContributionStatus;
    const auto chain = buildContributionChain(
        {work("p", Planned, {"q"}), work("q", Planned, {"p"}), work("s", Planned, {"q"}), work("t", Planned, {"t"})},
        day("2026-03-15"));
    REQUIRE(chain.nodes.size() == 4);
    // From p (first in input): p -> q kept, q -> p closes the loop and is dropped.
    CHECK(chain.nodes[0].depth == 1);
    CHECK(chain.nodes[1].depth == 0);
    CHECK(chain.nodes[2].depth == 1);
    CHECK(chain.nodes[3].depth == 0); // t on itself: ignored
    REQUIRE(chain.links.size() == 2);
    CHECK(chain.links[0].from.str() == "q");
    CHECK(chain.links[0].to.str() == "p");
    CHECK(chain.links[1].to.str() == "s");
    // depth 1 for p and s, both 0 days: the smaller id, p
    CHECK(chain.criticalPath == ids({"q", "p"}));
}

TEST_CASE("Dependencies on missing or retracted contributions are ignored", "[domain][chain]")
{
    using enum ContributionStatus;
    auto mistaken = work("mistaken", Done, {}, "2026-01-01", "2026-02-28");
    mistaken.retracted = true;
    const auto chain = buildContributionChain({work("m", InProgress, {"ghost", "n", "mistaken", "n"}, "2026-03-10"),
                                               work("n", Done, {}, "2026-03-01", "2026-03-04"), mistaken},
                                              day("2026-03-15"));
    REQUIRE(chain.nodes.size() == 2);
    // m: Mar 10..15 = 6 days, depth 1 through n only; path 6 + 4 = 10
    CHECK(chain.nodes[0].depth == 1);
    CHECK(chain.nodes[0].days == 6);
    CHECK(chain.nodes[0].pathDays == 10);
    REQUIRE(chain.links.size() == 1); // n repeated: one link
    CHECK(chain.links[0].from.str() == "n");
    CHECK(chain.links[0].daysWaited == 4);
    CHECK(chain.criticalPath == ids({"n", "m"}));

    CHECK(buildContributionChain({}, day("2026-03-15")).criticalPath.empty());
}
