#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/WorkflowCheck.h"

#include <map>

using namespace baton::domain;
using baton::test::day;
using baton::test::member;
using baton::test::stint;

namespace {
struct Fixture {
    std::map<std::string, Member> people{{"a", member("a", "Ana")}, {"b", member("b", "Bo", "2026-02-01")}};
    WorkflowCheck check{[this](const MemberId& id) -> const Member* {
        const auto it = people.find(id.str());
        return it == people.end() ? nullptr : &it->second;
    }};
};
} // namespace

TEST_CASE_METHOD(Fixture, "A stint started after the member left is a warning", "[domain][workflow]")
{
    Initiative i;
    i.title = "Pricing page";
    i.leadership = {stint("a", "2026-01-01", "2026-02-28"), stint("b", "2026-03-01")};
    const auto warnings = check.warningsFor(i);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("Bo") != std::string::npos);
    CHECK(warnings[0].find("Pricing page") != std::string::npos);
}

TEST_CASE_METHOD(Fixture, "A consent decision decided over an objection is a warning", "[domain][workflow]")
{
    Decision d;
    d.title = "Move stand-up";
    d.method = DecisionMethod::Consent;
    d.status = DecisionStatus::Decided;
    d.accountable = MemberId("a");
    d.participants.push_back({MemberId("b"), ParticipantRole::Consulted, Stance::Objection, "", "", std::nullopt});
    CHECK(check.warningsFor(d).size() == 1);
    d.method = DecisionMethod::Expert;
    CHECK(check.warningsFor(d).empty());
}

TEST_CASE_METHOD(Fixture, "An open commitment owned by someone who left is a warning", "[domain][workflow]")
{
    Commitment c;
    c.description = "Write the FAQ";
    c.owner = MemberId("b");
    CHECK(check.warningsFor(c).size() == 1);
    c.status = CommitmentStatus::Done;
    CHECK(check.warningsFor(c).empty());
    c.status = CommitmentStatus::Open;
    c.owner = MemberId("a");
    CHECK(check.warningsFor(c).empty());
}

TEST_CASE_METHOD(Fixture, "Accountable for a decision decided after leaving is a warning", "[domain][workflow]")
{
    Decision d;
    d.title = "Retire the old API";
    d.status = DecisionStatus::Decided;
    d.accountable = MemberId("b");
    d.decidedOn = day("2026-03-01");
    CHECK(check.warningsFor(d).size() == 1);
    d.decidedOn = day("2026-01-15");
    CHECK(check.warningsFor(d).empty());
}
