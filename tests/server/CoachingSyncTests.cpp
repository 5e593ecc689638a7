// Issue 10's records through the team server: a development goal (a new kind, schema version 2
// of the server), a handoff's suggested rank and a contribution's work dates reach every replica,
// and the server refuses a goal that names a mentor the team does not have.
#include "server/ServerFixture.h"

#include "baton/domain/Record.h"
#include "baton/storage/GoalRepository.h"
#include "baton/storage/InitiativeRepository.h"

using namespace baton;
using namespace baton::test;

namespace {
const std::string kGoal = "01930000-0000-7000-8000-0000000000c7";

domain::DevelopmentGoal goal(const std::string& mentor)
{
    domain::DevelopmentGoal g;
    g.id = domain::GoalId(kGoal);
    g.member = domain::MemberId(team::kBo);
    g.area = domain::AreaId(team::kData);
    g.targetLevel = 5;
    g.mentor = domain::MemberId(mentor);
    g.reviewOn = day("2027-03-01");
    return g;
}
} // namespace

TEST_CASE_METHOD(ServerFixture, "a development goal set on one workstation reaches the others", "[server][coaching]")
{
    auto replicas = publishedTeam(3);
    auto& ana = *replicas[0];
    REQUIRE(ana.edits->goals.addGoal(goal(team::kCy)).ok());
    CHECK(ana.sync().sent == 1);
    for (int i : {1, 2}) {
        auto& w = *replicas[static_cast<std::size_t>(i)];
        CHECK(w.sync().received == 1);
        const auto g = storage::GoalRepository(w.file->db()).find(domain::GoalId(kGoal));
        REQUIRE(g);
        CHECK(g->mentor == domain::MemberId(team::kCy));
        CHECK(g->targetLevel == 5);
        CHECK(w.verify().contentDigest == ana.verify().contentDigest);
    }
}

TEST_CASE_METHOD(ServerFixture, "a suggested rank and work dates travel inside their records", "[server][coaching]")
{
    auto replicas = publishedTeam(2);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    REQUIRE(ana.edits->initiatives
                .passLead(domain::InitiativeId(team::kInit), domain::MemberId(team::kBo), day("2026-11-20"),
                          "closest to the data now", 1)
                .ok());
    ana.sync();
    bo.sync();
    const auto i = storage::InitiativeRepository(bo.file->db()).find(domain::InitiativeId(team::kInit));
    REQUIRE(i);
    CHECK(i->leadership.back().member == domain::MemberId(team::kBo));
    CHECK(i->leadership.back().suggestedRank == 1);
    CHECK(bo.verify().contentDigest == ana.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "the server refuses a goal whose mentor the team does not have", "[server][coaching]")
{
    auto replicas = publishedTeam(2);
    const std::string stranger = "01930000-0000-7000-8000-00000000beef";
    auto g = goal(stranger);
    g.updatedAt = replicas[1]->clock.now();
    // Pushed past the edit layer (which refuses it up front), as another client might.
    const auto outcome = push(team::kBo, {change(team::kBo, "development_goal", kGoal, std::nullopt,
                                                 domain::canonicalFields(domain::AnyRecord(g)))});
    CHECK(outcome.accepted.empty());
    REQUIRE(outcome.refused.size() == 1);
    CHECK_THAT(outcome.refused.front().second, Catch::Contains("member " + stranger));
    g.mentor = domain::MemberId(team::kCy);
    CHECK(push(team::kBo, {change(team::kBo, "development_goal", kGoal, std::nullopt,
                                  domain::canonicalFields(domain::AnyRecord(g)))})
              .accepted.size() == 1);
}
