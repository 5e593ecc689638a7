#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/LeadSuggestion.h"

#include <algorithm>

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

CandidateFacts candidate(const std::string& id, const std::string& name, const char* leftOn = nullptr)
{
    CandidateFacts c;
    c.member = member(id, name, leftOn);
    return c;
}

CandidateFacts& level(CandidateFacts& c, const std::string& where, int lvl, bool wantsToLearn = false)
{
    Expertise e;
    e.member = c.member.id;
    e.area = AreaId(where);
    e.level = lvl;
    e.wantsToLearn = wantsToLearn;
    c.expertise.push_back(e);
    return c;
}

const Date kToday = day("2026-04-01");

} // namespace

TEST_CASE("The one expert in a small team is suggested first, with the reasons in words", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("de", "Data Engineering"), area("an", "Analytics")};
    auto ann = candidate("ann", "Ann");
    level(ann, "de", 4);
    level(ann, "an", 1, true); // aware of Analytics and wants to learn it
    ann.endorsements[AreaId("de")] = 3;
    ann.openInitiativesLed = 1;
    auto bo = candidate("bo", "Bo");
    level(bo, "de", 1);
    level(bo, "an", 1);
    auto cy = candidate("cy", "Cy");
    level(cy, "de", 1);

    const auto list = suggestLeads({AreaId("de")}, areas, {cy, bo, ann}, kToday);
    REQUIRE(list.size() == 3);
    CHECK(list[0].member.str() == "ann");
    CHECK(list[0].rank == 1);
    // Ann: 10 * 4 + 2 * 3 - 4 * 1 open initiative = 40 + 6 - 4 = 42
    CHECK(list[0].score == Approx(42.0));
    CHECK(list[0].reasonText() == "Expert in Data Engineering (endorsed by 3); leads 1 open initiative");
    // Bo and Cy: 10 * 1 = 10 each, same level sum 1: by name
    CHECK(list[1].member.str() == "bo");
    CHECK(list[1].score == Approx(10.0));
    CHECK(list[1].rank == 2);
    CHECK(list[1].reasonText() == "Aware in Data Engineering; leads no open initiative");
    CHECK(list[2].member.str() == "cy");
    CHECK(list[2].rank == 3);
    CHECK_FALSE(list[0].stretch); // nobody outside the top three

    // Both areas needed: means over two areas.
    const auto both = suggestLeads({AreaId("de"), AreaId("an")}, areas, {cy, bo, ann}, kToday);
    REQUIRE(both.size() == 3);
    // Ann: levels (4 + 1) / 2 = 2.5, endorsements (3 + 0) / 2 = 1.5: 10 * 2.5 + 2 * 1.5 - 4 * 1 = 25 + 3 - 4 = 24
    // Bo: levels (1 + 1) / 2 = 1: 10;  Cy: levels (1 + 0) / 2 = 0.5: 5
    CHECK(both[0].member.str() == "ann");
    CHECK(both[0].score == Approx(24.0));
    CHECK(both[0].meanLevel == Approx(2.5));
    CHECK(both[0].meanEndorsements == Approx(1.5));
    CHECK(both[0].levelSum == 5);
    CHECK(both[0].reasonText() ==
          "Expert in Data Engineering (endorsed by 3); Aware in Analytics; leads 1 open initiative; "
          "wants to learn Analytics");
    CHECK(both[1].score == Approx(10.0));
    CHECK(both[2].score == Approx(5.0));
    CHECK(both[2].reasonText() ==
          "Aware in Data Engineering; no recorded level in Analytics; leads no open initiative");
}

TEST_CASE("A heavy lead load outweighs one level of expertise", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("pl", "Platform")};
    auto dee = candidate("dee", "Dee");
    level(dee, "pl", 5);
    dee.leadDaysLast90 = 360; // four initiatives led for the whole 90 days: 4 * 90
    dee.openInitiativesLed = 4;
    auto eli = candidate("eli", "Eli");
    level(eli, "pl", 4);

    const auto list = suggestLeads({AreaId("pl")}, areas, {dee, eli}, kToday);
    REQUIRE(list.size() == 2);
    // Eli: 10 * 4 = 40
    CHECK(list[0].member.str() == "eli");
    CHECK(list[0].score == Approx(40.0));
    // Dee: 10 * 5 - 5 * (360 / 90) - 4 * 4 = 50 - 20 - 16 = 14
    CHECK(list[1].member.str() == "dee");
    CHECK(list[1].score == Approx(14.0));
    CHECK(list[1].reasonText() ==
          "Authority in Platform; leads 4 open initiatives; led 360 lead-days in the last 90 days");

    // One initiative led for the whole quarter costs 9, a little under one level:
    // 10 * 5 - 5 * (90 / 90) - 4 * 1 = 50 - 5 - 4 = 41 > 40, so Dee stays first...
    dee.leadDaysLast90 = 90;
    dee.openInitiativesLed = 1;
    const auto light = suggestLeads({AreaId("pl")}, areas, {dee, eli}, kToday);
    CHECK(light[0].member.str() == "dee");
    CHECK(light[0].score == Approx(41.0));
    CHECK(light[0].reasonText() == "Authority in Platform; leads 1 open initiative; led 90 of the last 90 days");
    // ...until she has also handed on a lead lately: 41 - 3 * 1 = 38 < 40.
    dee.handoffsAwayLast90 = 1;
    const auto handedOn = suggestLeads({AreaId("pl")}, areas, {dee, eli}, kToday);
    CHECK(handedOn[0].member.str() == "eli");
    CHECK(handedOn[1].score == Approx(38.0));
    CHECK(handedOn[1].reasonText() ==
          "Authority in Platform; leads 1 open initiative; led 90 of the last 90 days; handed on 1 lead in the "
          "last 90 days");
}

TEST_CASE("A level and endorsements in a child area count towards the parent", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("data", "Data"), area("exp", "Experimentation", "data")};
    auto fay = candidate("fay", "Fay");
    level(fay, "exp", 4);
    level(fay, "data", 2);
    fay.endorsements[AreaId("exp")] = 4;
    fay.endorsements[AreaId("data")] = 3;
    auto gus = candidate("gus", "Gus");
    level(gus, "data", 3);

    const auto list = suggestLeads({AreaId("data")}, areas, {gus, fay}, kToday);
    REQUIRE(list.size() == 2);
    // Fay: effective level max(2, 4) = 4; endorsements 4 + 3 = 7, capped at 5: 10 * 4 + 2 * 5 = 50
    CHECK(list[0].member.str() == "fay");
    CHECK(list[0].score == Approx(50.0));
    CHECK(list[0].levelSum == 4);
    CHECK(list[0].reasonText() == "Expert in Data (through Experimentation, endorsed by 7); leads no open initiative");
    // Gus: 10 * 3 = 30
    CHECK(list[1].score == Approx(30.0));
    CHECK(list[1].reasonText() == "Proficient in Data; leads no open initiative");

    // The child itself needed: Fay's own 4 there, only Experimentation's 4 endorsements: 40 + 8 = 48
    const auto child = suggestLeads({AreaId("exp")}, areas, {gus, fay}, kToday);
    REQUIRE(child.size() == 2);
    CHECK(child[0].score == Approx(48.0));
    CHECK(child[0].reasonText() == "Expert in Experimentation (endorsed by 4); leads no open initiative");
    CHECK(child[1].reasonText() == "no recorded level in Experimentation; leads no open initiative");
}

TEST_CASE("A member who has left, or was entered by mistake, is never suggested", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("pl", "Platform")};
    auto hal = candidate("hal", "Hal", "2026-03-01");
    level(hal, "pl", 5);
    auto today = candidate("tod", "Tod", "2026-04-01"); // leaves today: has left by today
    level(today, "pl", 5);
    auto ret = candidate("ret", "Ret");
    ret.member.retracted = true;
    level(ret, "pl", 5);
    auto later = candidate("lat", "Lat", "2026-06-01"); // still here today
    level(later, "pl", 2);
    auto ivy = candidate("ivy", "Ivy");
    level(ivy, "pl", 1);

    const auto list = suggestLeads({AreaId("pl")}, areas, {hal, today, ret, later, ivy}, kToday);
    REQUIRE(list.size() == 2);
    CHECK(list[0].member.str() == "lat");
    CHECK(list[1].member.str() == "ivy");
    CHECK(list[1].rank == 2);
}

TEST_CASE("One stretch pick who wants to learn the area is marked, outside the top three", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("an", "Analytics"), area("ci", "Causal Inference", "an")};
    auto a = candidate("a", "Ada");
    level(a, "an", 5); // 50
    auto b = candidate("b", "Ben");
    level(b, "an", 4); // 40
    auto c = candidate("c", "Cas");
    level(c, "an", 3, true); // 30, wants to learn, but in the top three
    auto d = candidate("d", "Dot");
    level(d, "an", 1);
    level(d, "ci", 1, true); // 10, wants to learn the child area: the stretch pick
    auto e = candidate("e", "Eda");
    level(e, "an", 1, true); // Aware and wants to learn: 10, but after Dot by name
    auto f = candidate("f", "Fin");
    level(f, "ci", 1, true); // 10 through the child, after Eda by name

    const auto list = suggestLeads({AreaId("an")}, areas, {f, e, d, c, b, a}, kToday);
    REQUIRE(list.size() == 6);
    CHECK(list[0].member.str() == "a");
    CHECK(list[2].member.str() == "c");
    CHECK_FALSE(list[2].stretch);
    CHECK(list[2].reasonText() == "Proficient in Analytics; leads no open initiative; wants to learn Analytics");
    CHECK(list[3].member.str() == "d");
    CHECK(list[3].rank == 4);
    CHECK(list[3].stretch);
    CHECK(list[3].reasonText() ==
          "Aware in Analytics; leads no open initiative; stretch pick: wants to learn Causal Inference (under "
          "Analytics)");
    CHECK(list[4].member.str() == "e");
    CHECK(list[5].member.str() == "f");
    CHECK(list[5].reasonText() ==
          "Aware in Analytics (through Causal Inference); leads no open initiative; wants to learn Causal "
          "Inference (under Analytics)");
    CHECK(std::count_if(list.begin(), list.end(), [](const LeadSuggestion& s) { return s.stretch; }) == 1);
}

TEST_CASE("With no areas named only the lead load counts and nobody is a stretch pick", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("an", "Analytics")};
    auto jo = candidate("jo", "Jo");
    jo.openInitiativesLed = 2;
    jo.leadDaysLast90 = 30;
    auto kim = candidate("kim", "Kim");
    kim.handoffsAwayLast90 = 1;
    level(kim, "an", 5);
    std::vector<CandidateFacts> team{jo, kim};
    for (const auto& [id, name] : {std::pair{"l1", "Lia"}, {"l2", "Lou"}, {"l3", "Lux"}, {"l4", "Lyn"}})
        team.push_back(candidate(id, name));
    for (std::size_t i = 2; i < team.size(); ++i)
        level(team[i], "an", 1, true); // they all want to learn, but no area is named

    const auto list = suggestLeads({}, areas, team, kToday);
    REQUIRE(list.size() == 6);
    // Lia, Lou, Lux, Lyn: 0 each, level sums 0: by name
    CHECK(list[0].member.str() == "l1");
    CHECK(list[0].score == Approx(0.0));
    CHECK(list[0].reasonText() == "no areas named for this record; leads no open initiative");
    CHECK(list[3].member.str() == "l4");
    // Kim: -3 * 1 handoff = -3 (her level 5 counts for nothing here)
    CHECK(list[4].member.str() == "kim");
    CHECK(list[4].score == Approx(-3.0));
    CHECK(list[4].levelSum == 0);
    CHECK(list[4].reasonText() ==
          "no areas named for this record; leads no open initiative; handed on 1 lead in the last 90 days");
    // Jo: -5 * (30 / 90) - 4 * 2 = -1.6667 - 8 = -9.6667
    CHECK(list[5].member.str() == "jo");
    CHECK(list[5].score == Approx(-9.6667).epsilon(1e-4));
    CHECK(list[5].reasonText() ==
          "no areas named for this record; leads 2 open initiatives; led 30 of the last 90 days");
    CHECK(std::none_of(list.begin(), list.end(), [](const LeadSuggestion& s) { return s.stretch; }));
}

TEST_CASE("Equal scores go to the higher level sum, then by name whatever its case, then by id", "[domain][suggestion]")
{
    const std::vector<ExpertiseArea> areas{area("pl", "Platform")};
    auto ben = candidate("ben", "Ben");
    level(ben, "pl", 3);
    auto ada = candidate("ada", "ada");
    level(ada, "pl", 3);
    auto ada2 = candidate("ada-2", "Ada");
    level(ada2, "pl", 3);
    auto max = candidate("max", "Max");
    level(max, "pl", 4);
    max.leadDaysLast90 = 18; // 10 * 4 - 5 * (18 / 90) = 40 - 1 = 39
    auto zed = candidate("zed", "Zed");
    level(zed, "pl", 4);
    zed.openInitiativesLed = 2; // 10 * 4 - 4 * 2 = 32
    auto amy = candidate("amy", "Amy");
    level(amy, "pl", 3);
    amy.endorsements[AreaId("pl")] = 1; // 10 * 3 + 2 * 1 = 32: ties with Zed, whose level sum is higher

    const auto list = suggestLeads({AreaId("pl")}, areas, {ben, ada2, amy, ada, zed, max}, kToday);
    REQUIRE(list.size() == 6);
    CHECK(list[0].member.str() == "max");
    CHECK(list[0].score == Approx(39.0));
    CHECK(list[1].member.str() == "zed");
    CHECK(list[1].score == Approx(32.0));
    CHECK(list[2].member.str() == "amy");
    CHECK(list[2].score == Approx(32.0));
    // ada, Ada and Ben at 10 * 3 = 30: "ada" and "Ada" fold alike, so id "ada" < "ada-2"; then Ben
    CHECK(list[3].member.str() == "ada");
    CHECK(list[4].member.str() == "ada-2");
    CHECK(list[5].member.str() == "ben");
}
