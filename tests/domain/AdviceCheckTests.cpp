// The advice process: did an advice or expert decision ask someone with expertise (level 3+)?
#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/AdviceCheck.h"

using namespace baton::domain;

namespace {

ExpertiseArea area(const char* id, const char* name, const char* parent = nullptr)
{
    ExpertiseArea a;
    a.id = AreaId(id);
    a.name = name;
    if (parent)
        a.parent = AreaId(parent);
    return a;
}

Expertise level(const char* who, const char* where, int lvl)
{
    Expertise e;
    e.member = MemberId(who);
    e.area = AreaId(where);
    e.level = lvl;
    return e;
}

Participant person(const char* who, ParticipantRole role)
{
    return Participant{MemberId(who), role, Stance::None, {}, {}, std::nullopt};
}

const std::vector<ExpertiseArea> kAreas{area("a-data", "Data"), area("a-sql", "SQL", "a-data"), area("a-ops", "Ops")};
const std::vector<Expertise> kLevels{level("m-ana", "a-sql", 4), level("m-bo", "a-data", 2), level("m-cy", "a-ops", 5),
                                     level("m-bo", "a-ops", 3)};

Decision adviceOn(std::vector<AreaId> areas)
{
    Decision d;
    d.title = "Pick a warehouse";
    d.method = DecisionMethod::Advice;
    d.areas = std::move(areas);
    return d;
}

} // namespace

TEST_CASE("An advisor's level counts through sub-areas, and one expert is enough", "[domain][advice]")
{
    Decision d = adviceOn({AreaId("a-data")});
    d.participants = {person("m-bo", ParticipantRole::Advisor), person("m-ana", ParticipantRole::Advisor),
                      person("m-cy", ParticipantRole::Informed)};
    const auto check = adviceExpertise(d, kAreas, kLevels);
    REQUIRE(check.applies);
    REQUIRE(check.people.size() == 2); // informed members are not asked
    CHECK(check.people[0].level == 2);
    CHECK_FALSE(check.people[0].expert);
    CHECK(check.people[1].level == 4); // SQL 4 counts for Data
    CHECK(check.people[1].expert);
    CHECK(check.anyExpert);
    CHECK(adviceWarning(check, {"Data"}).empty());
}

TEST_CASE("Nobody asked holds level 3 in the areas: a warning naming them", "[domain][advice]")
{
    Decision d = adviceOn({AreaId("a-data"), AreaId("a-ops")});
    d.method = DecisionMethod::Expert;
    d.participants = {person("m-ana", ParticipantRole::Consulted)};
    d.accountable = MemberId("m-bo"); // Data 2 but Ops 3: an expert after all
    CHECK(adviceExpertise(d, kAreas, kLevels).anyExpert);

    Decision onlyData = adviceOn({AreaId("a-data")});
    onlyData.participants = {person("m-bo", ParticipantRole::Decider), person("m-cy", ParticipantRole::Advisor)};
    const auto check = adviceExpertise(onlyData, kAreas, kLevels);
    CHECK_FALSE(check.anyExpert); // Cy's Ops 5 does not count for Data
    CHECK(adviceWarning(check, {"Data"}) == "No one with expertise (level 3 or higher) in Data was asked");
}

TEST_CASE("The check applies only to advice and expert decisions with areas", "[domain][advice]")
{
    Decision consent = adviceOn({AreaId("a-data")});
    consent.method = DecisionMethod::Consent;
    CHECK_FALSE(adviceExpertise(consent, kAreas, kLevels).applies);
    CHECK(adviceWarning(adviceExpertise(consent, kAreas, kLevels), {"Data"}).empty());
    CHECK_FALSE(adviceExpertise(adviceOn({}), kAreas, kLevels).applies);
}
