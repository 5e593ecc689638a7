// Issue 11's charter through the team server: a charter rule (a new kind, schema version 3 of the
// server) and a decision linked to it reach every replica, and the server refuses a decision that
// names a charter rule the team does not have.
#include "server/ServerFixture.h"

#include "baton/domain/Record.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/DecisionRepository.h"

using namespace baton;
using namespace baton::test;

namespace {
const std::string kRule = "01930000-0000-7000-8000-0000000000e7";
const std::string kDecision = "01930000-0000-7000-8000-0000000000e8";

domain::CharterRule rule()
{
    domain::CharterRule r;
    r.id = domain::CharterRuleId(kRule);
    r.title = "Data decisions by consent";
    r.areas = {domain::AreaId(team::kData)};
    r.method = domain::DecisionMethod::Consent;
    r.decideWithinDays = 14;
    r.fallback = domain::DecisionFallback::AccountableDecides;
    return r;
}

domain::Decision linked()
{
    domain::Decision d;
    d.id = domain::DecisionId(kDecision);
    d.title = "Report churn monthly";
    d.method = domain::DecisionMethod::Consent;
    d.proposedOn = day("2026-11-20");
    d.decideBy = day("2026-12-04");
    d.fallback = domain::DecisionFallback::AccountableDecides;
    d.charterRule = domain::CharterRuleId(kRule);
    return d;
}
} // namespace

TEST_CASE_METHOD(ServerFixture, "a charter rule and a decision linked to it reach the other workstations",
                 "[server][charter]")
{
    auto replicas = publishedTeam(2);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    REQUIRE(ana.edits->charter.addRule(rule()).ok());
    REQUIRE(ana.edits->decisions.propose(linked()).ok());
    CHECK(ana.sync().sent == 2);
    CHECK(bo.sync().received == 2);
    const auto r = storage::CharterRuleRepository(bo.file->db()).find(domain::CharterRuleId(kRule));
    REQUIRE(r);
    CHECK(r->decideWithinDays == 14);
    const auto d = storage::DecisionRepository(bo.file->db()).find(domain::DecisionId(kDecision));
    REQUIRE(d);
    CHECK(d->charterRule == domain::CharterRuleId(kRule));
    CHECK(d->fallback == domain::DecisionFallback::AccountableDecides);
    CHECK(bo.verify().contentDigest == ana.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "the server refuses a decision whose charter rule the team does not have",
                 "[server][charter]")
{
    auto replicas = publishedTeam(2);
    auto d = linked();
    d.updatedAt = replicas[1]->clock.now();
    const auto outcome =
        push(team::kBo,
             {change(team::kBo, "decision", kDecision, std::nullopt, domain::canonicalFields(domain::AnyRecord(d)))});
    CHECK(outcome.accepted.empty());
    REQUIRE(outcome.refused.size() == 1);
    CHECK_THAT(outcome.refused.front().second, Catch::Contains("charter_rule " + kRule));
}
