// The team charter through the edit service: rules checked, history written, a decision linked to
// the rule that set it, and a decision's fallback and advice kept in its history.
#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::EditFixture;

namespace {
const std::string kRule = "01930000-0000-7000-8000-0000000000e1";
const std::string kStep = "01930000-0000-7000-8000-0000000000e2";

CharterRule decisionRule()
{
    CharterRule r;
    r.id = CharterRuleId(kRule);
    r.kind = CharterRuleKind::DecisionRule;
    r.title = "Analytics decisions by consent";
    r.areas = {AreaId(kAnalytics)};
    r.method = DecisionMethod::Consent;
    r.decideWithinDays = 14;
    r.fallback = DecisionFallback::AccountableDecides;
    return r;
}

CharterRule conflictStep(int rung)
{
    CharterRule r;
    r.id = CharterRuleId(kStep);
    r.kind = CharterRuleKind::ConflictStep;
    r.title = "Talk directly";
    r.position = rung;
    return r;
}
} // namespace

TEST_CASE_METHOD(EditFixture, "A charter rule is saved and written to history", "[edit][charter]")
{
    const auto count = historyCount();
    expectWrote(service.charter.addRule(decisionRule()), count, "add-charter-rule",
                {{RecordKind::CharterRule, kRule, std::nullopt}});
    const auto r = stored<CharterRule>(kRule);
    CHECK(r.method == DecisionMethod::Consent);
    CHECK(r.decideWithinDays == 14);
    CHECK(r.fallback == DecisionFallback::AccountableDecides);
    REQUIRE(r.areas.size() == 1);
    CHECK(db().queryText("SELECT area FROM charter_rule_areas") == kAnalytics);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "A decision rule needs a method, a deadline and a fallback", "[edit][charter]")
{
    auto r = decisionRule();
    r.fallback.reset();
    expectRefused([&] { return service.charter.addRule(r); }, "fallback");
    r = decisionRule();
    r.decideWithinDays = 0;
    expectRefused([&] { return service.charter.addRule(r); }, "1 day or more");
    r = decisionRule();
    r.title = "  ";
    expectRefused([&] { return service.charter.addRule(r); }, "title");
}

TEST_CASE_METHOD(EditFixture, "A conflict step's rung starts at 1 and keeps no decision fields", "[edit][charter]")
{
    expectRefused([&] { return service.charter.addRule(conflictStep(0)); }, "starts at 1");
    auto step = conflictStep(1);
    step.method = DecisionMethod::Advice; // dropped: only a decision rule has one
    requireOk(service.charter.addRule(step));
    CHECK_FALSE(stored<CharterRule>(kStep).method);
    step = stored<CharterRule>(kStep);
    step.title = "Talk directly, within a week";
    requireOk(service.charter.editRule(step));
    CHECK(stored<CharterRule>(kStep).title == "Talk directly, within a week");
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "A decision links to its rule, which cannot be retracted while it does",
                 "[edit][charter]")
{
    requireOk(service.charter.addRule(decisionRule()));
    auto d = decision();
    d.charterRule = CharterRuleId(kRule);
    d.fallback = DecisionFallback::AccountableDecides;
    requireOk(service.decisions.propose(d));
    const auto back = stored<Decision>(kDec);
    CHECK(back.charterRule == CharterRuleId(kRule));
    CHECK(back.fallback == DecisionFallback::AccountableDecides);
    CHECK(storage::HistoryLog(db()).latestOf(kDec)->after.find("\"charter_rule\":\"" + kRule + "\"") !=
          std::string::npos);
    expectRefused([&] { return service.retract(RecordKind::CharterRule, kRule); }, "decision");
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "A decision cannot name a charter rule the team does not have", "[edit][charter]")
{
    auto d = decision();
    d.charterRule = CharterRuleId(kRule);
    expectRefused([&] { return service.decisions.propose(d); }, "charter rule");
}

TEST_CASE_METHOD(EditFixture, "A decision without charter fields keeps the history bytes it had before them",
                 "[edit][charter]")
{
    requireOk(service.decisions.propose(decision()));
    const auto after = storage::HistoryLog(db()).latestOf(kDec)->after;
    CHECK(after.find("fallback") == std::string::npos);
    CHECK(after.find("charter_rule") == std::string::npos);
    CHECK(after.find("advice") == std::string::npos);
    CHECK(after.find("followed") == std::string::npos);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "A retracted charter rule can be undone", "[edit][charter]")
{
    requireOk(service.charter.addRule(decisionRule()));
    const auto retracted = requireOk(service.retract(RecordKind::CharterRule, kRule));
    CHECK(stored<CharterRule>(kRule).retracted);
    requireOk(service.undo(retracted));
    CHECK_FALSE(stored<CharterRule>(kRule).retracted);
    expectVerified();
}
