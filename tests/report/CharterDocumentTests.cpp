// "How we work" and the Decision latency section as documents (std only): rows in order, words
// instead of exchange spellings, and the line on where consensus stands.
#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/report/ReportDocuments.h"

using namespace baton;
using namespace baton::domain;
using baton::test::day;

namespace {

CharterRule rule(const char* id, CharterRuleKind kind, const char* title, int position)
{
    CharterRule r;
    r.id = CharterRuleId(id);
    r.kind = kind;
    r.title = title;
    r.position = position;
    return r;
}

} // namespace

TEST_CASE("How we work lists decision rules with area names and fallbacks in words, and the ladder by rung",
          "[report][charter]")
{
    report::CharterView view;
    auto data = rule("r1", CharterRuleKind::DecisionRule, "Data by advice", 1);
    data.areas = {AreaId("a-data")};
    data.method = DecisionMethod::Advice;
    data.decideWithinDays = 10;
    data.fallback = DecisionFallback::EscalateToTeam;
    auto gone = rule("r2", CharterRuleKind::DecisionRule, "Retracted rule", 2);
    gone.retracted = true;
    view.rules = {data, gone, rule("s2", CharterRuleKind::ConflictStep, "Mediate", 2),
                  rule("s1", CharterRuleKind::ConflictStep, "Talk directly", 1),
                  rule("p1", CharterRuleKind::AccountabilityPractice, "One owner", 1)};
    view.areaNames = {{"a-data", "Data"}};
    const auto doc = report::charterDocument(view, day("2026-11-26"), {});
    CHECK(doc.title == "How we work");
    CHECK(doc.scope == "as of 2026-11-26");
    REQUIRE(doc.sections.size() == 3);
    CHECK(doc.sections[0].tables[0].rows ==
          std::vector<std::vector<std::string>>{
              {"Data by advice", "Data", "Advice", "10", "The decision goes to the whole team", ""}});
    CHECK(doc.sections[1].tables[0].rows ==
          std::vector<std::vector<std::string>>{{"1", "Talk directly", ""}, {"2", "Mediate", ""}});
    CHECK(doc.sections[2].tables[0].rows == std::vector<std::vector<std::string>>{{"One owner", ""}});
}

TEST_CASE("An empty charter says so in each section", "[report][charter]")
{
    const auto sections = report::charterSections({});
    REQUIRE(sections.size() == 3);
    CHECK(sections[1].paragraphs.back() == "The charter has no conflict ladder yet.");
}

TEST_CASE("The latency section says where consensus stands among the methods", "[report][latency]")
{
    const Date from = day("2026-01-01"), to = day("2026-06-30");
    // Consensus 9 sits between majority vote (7) and advice (10).
    const std::vector<LatencyFigures> middle{{DecisionMethod::Consensus, 48, 9.0, 17},
                                             {DecisionMethod::Advice, 51, 10.0, 18},
                                             {DecisionMethod::MajorityVote, 19, 7.0, 15}};
    const auto section = report::latencySection(middle, from, to);
    CHECK(section.paragraphs[1] == "Consensus is not the slowest method: a median of 9 days (p90 17) against 7 for "
                                   "majority vote decisions, the fastest, and 10 for advice decisions, the slowest.");
    CHECK(section.tables[0].rows[2] == std::vector<std::string>{"Majority vote", "19", "7", "15"});
    // A tie with the slowest other method is said as a tie, not as "not the slowest".
    const std::vector<LatencyFigures> tie{{DecisionMethod::Consensus, 20, 10.0, 15},
                                          {DecisionMethod::Advice, 25, 10.0, 17},
                                          {DecisionMethod::MajorityVote, 3, 6.0, 7}};
    CHECK(report::latencySection(tie, from, to).paragraphs[1] ==
          "Consensus is as slow as the slowest other method: a median of 10 days (p90 15), the same as 10 for advice "
          "decisions, against 6 for majority vote decisions, the fastest.");
    // A half-day median (two middle values 3 and 4) and few decisions.
    const std::vector<LatencyFigures> few{{DecisionMethod::Consensus, 2, 3.5, 4},
                                          {DecisionMethod::Consent, 10, 6.0, 9}};
    CHECK(report::latencySection(few, from, to).paragraphs[1] ==
          "Consensus is not slow here: a median of 3.5 days (p90 4) against 6 for consent decisions, the fastest "
          "other method. With 2 consensus decisions, read this with care.");
    CHECK(report::latencySection({{DecisionMethod::Advice, 3, 2.0, 4}}, from, to)
              .paragraphs[1]
              .rfind("No consensus decisions were decided", 0) == 0);
    CHECK(report::latencySection({}, from, to).paragraphs.back() == "No decision was decided in this period.");
}
