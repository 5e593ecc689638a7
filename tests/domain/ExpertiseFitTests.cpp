#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/ExpertiseFit.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::member;

namespace {

ExpertiseArea area(const std::string& id, const std::string& name, const char* parent = nullptr)
{
    ExpertiseArea a;
    a.id = AreaId(id);
    a.name = name;
    if (parent)
        a.parent = AreaId(parent);
    return a;
}

Expertise row(const std::string& who, const std::string& where, int level, bool wantsToLearn = false)
{
    Expertise e;
    e.member = MemberId(who);
    e.area = AreaId(where);
    e.level = level;
    e.wantsToLearn = wantsToLearn;
    return e;
}

/// Data > {Experimentation, Analytics}; Design on its own.
std::vector<ExpertiseArea> tree()
{
    return {area("data", "Data"), area("exp", "Experimentation", "data"), area("ana", "Analytics", "data"),
            area("design", "Design")};
}

} // namespace

TEST_CASE("A level in a child area counts towards its parent", "[domain][expertise]")
{
    auto retracted = row("ann", "design", 5);
    retracted.retracted = true;
    const auto levels = effectiveLevels(tree(), {row("ann", "exp", 4), row("ann", "data", 2), retracted});
    CHECK(levels.at(AreaId("exp")) == 4);
    CHECK(levels.at(AreaId("data")) == 4); // max(own 2, Experimentation 4)
    CHECK_FALSE(levels.count(AreaId("ana")));
    CHECK_FALSE(levels.count(AreaId("design"))); // the only row there is retracted
}

TEST_CASE("An area's descendants come after it, and a loop in the parents ends", "[domain][expertise]")
{
    CHECK(areaAndDescendants(tree(), AreaId("data")) ==
          std::vector<AreaId>{AreaId("data"), AreaId("exp"), AreaId("ana")});
    CHECK(areaAndDescendants(tree(), AreaId("unknown")) == std::vector<AreaId>{AreaId("unknown")});

    const std::vector<ExpertiseArea> loop{area("x", "X", "y"), area("y", "Y", "x"), area("z", "Z", "missing")};
    CHECK(areaAndDescendants(loop, AreaId("x")) == std::vector<AreaId>{AreaId("x"), AreaId("y")});
    const auto levels = effectiveLevels(loop, {row("ann", "y", 3), row("ann", "z", 2)});
    CHECK(levels.at(AreaId("x")) == 3);
    CHECK(levels.at(AreaId("y")) == 3);
    CHECK(levels.at(AreaId("z")) == 2);
    CHECK_FALSE(levels.count(AreaId("missing"))); // not an area: nothing counts towards it
}

TEST_CASE("Levels have the spec's names", "[domain][expertise]")
{
    CHECK(levelName(1) == "Aware");
    CHECK(levelName(2) == "Practitioner");
    CHECK(levelName(3) == "Proficient");
    CHECK(levelName(4) == "Expert");
    CHECK(levelName(5) == "Authority");
    CHECK(levelName(0).empty());
    CHECK(levelName(6).empty());
}

TEST_CASE("An area carried by at most one active member at level 3 is at risk", "[domain][expertise]")
{
    const std::vector<Member> members{member("ann", "Ann"), member("bob", "Bob", "2026-02-01"), member("cy", "Cy")};
    const std::vector<Expertise> rows{row("ann", "exp", 3), row("bob", "data", 5), row("cy", "data", 3),
                                      row("cy", "design", 2), row("ghost", "design", 5)};
    const auto factors = busFactors(tree(), members, rows, day("2026-03-01"));
    REQUIRE(factors.size() == 4);
    CHECK(factors[0].name == "Data");
    CHECK(factors[0].membersAtLevel3OrMore == 2); // Ann through Experimentation 3, Cy 3; Bob has left
    CHECK_FALSE(factors[0].atRisk);
    CHECK(factors[1].name == "Experimentation");
    CHECK(factors[1].membersAtLevel3OrMore == 1); // Ann
    CHECK(factors[1].atRisk);
    CHECK(factors[2].membersAtLevel3OrMore == 0); // Analytics: nobody
    CHECK(factors[2].atRisk);
    CHECK(factors[3].membersAtLevel3OrMore == 0); // Design: Cy 2, "ghost" is not a member
    CHECK(factors[3].atRisk);
}

TEST_CASE("Mentors at level 4 or more are paired with active members who want to learn the area", "[domain][expertise]")
{
    const std::vector<Member> members{member("ann", "Ann"), member("bob", "bob"), member("cy", "Cy"),
                                      member("dee", "Dee", "2026-01-01"), member("eve", "Eve")};
    const std::vector<Expertise> rows{
        row("ann", "exp", 5),        // Authority in Experimentation, so 5 in Data too
        row("bob", "data", 4),       // Expert in Data
        row("cy", "data", 1, true),  // wants to learn Data
        row("cy", "exp", 1, true),   // and Experimentation
        row("dee", "data", 1, true), // has left: no pair
        row("eve", "ana", 4, true),  // the only expert in Analytics: no pair there, but Expert in Data
        row("ann", "data", 1, true), // Ann wants Data, but is at 5 already: nobody can teach her
    };
    const auto pairs = mentoringPairs(tree(), members, rows, day("2026-03-01"));
    REQUIRE(pairs.size() == 4);
    // Data first (by area name): Ann (5), then bob and Eve (4, by name); then Experimentation.
    CHECK(pairs[0].area == AreaId("data"));
    CHECK(pairs[0].mentor == MemberId("ann"));
    CHECK(pairs[0].learner == MemberId("cy"));
    CHECK(pairs[0].mentorLevel == 5); // through Experimentation
    CHECK(pairs[0].learnerLevel == 1);
    CHECK(pairs[1].area == AreaId("data"));
    CHECK(pairs[1].mentor == MemberId("bob"));
    CHECK(pairs[1].mentorLevel == 4);
    CHECK(pairs[2].area == AreaId("data"));
    CHECK(pairs[2].mentor == MemberId("eve"));
    CHECK(pairs[2].mentorLevel == 4); // through Analytics
    CHECK(pairs[3].area == AreaId("exp"));
    CHECK(pairs[3].mentor == MemberId("ann"));
    CHECK(pairs[3].learner == MemberId("cy"));
    CHECK(pairs[3].learnerLevel == 1);
}
