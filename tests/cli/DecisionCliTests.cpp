#include "support/CliFixture.h"

#include "baton/storage/DecisionRepository.h"

using baton::test::EditCliFixture;
using namespace baton;

namespace {
domain::Decision decisionIn(EditCliFixture& f, const std::string& id)
{
    auto file = f.open();
    const auto d = storage::DecisionRepository(file->db()).find(domain::DecisionId(id));
    REQUIRE(d.has_value());
    return *d;
}
} // namespace

TEST_CASE_METHOD(EditCliFixture, "propose stores the options, method, areas and dates with a history entry",
                 "[cli][edit][decisions]")
{
    const std::string data = area("Data");
    const std::string id = decision("Adopt trunk-based development",
                                    {"--context", "Long-lived branches hurt", "--option", "Keep git-flow", "--option",
                                     "Trunk, with flags", "--method", "advice", "--area", data, "--proposed",
                                     "2026-02-01", "--decide-by", "2026-02-15", "--review-on", "2026-08-01"});
    const auto d = decisionIn(*this, id);
    CHECK(d.title == "Adopt trunk-based development");
    CHECK(d.context == "Long-lived branches hurt");
    CHECK(d.options == std::vector<std::string>{"Keep git-flow", "Trunk, with flags"});
    CHECK(d.method == domain::DecisionMethod::Advice);
    CHECK(d.status == domain::DecisionStatus::Proposed);
    CHECK(d.areas == std::vector<domain::AreaId>{domain::AreaId(data)});
    CHECK(d.decideBy == domain::Date::parse("2026-02-15"));
    CHECK(d.reviewOn == domain::Date::parse("2026-08-01"));
    CHECK(latest(id).operation == "propose");
}

TEST_CASE_METHOD(EditCliFixture, "decision edit replaces the options and keeps the rest", "[cli][edit][decisions]")
{
    const std::string id = decision("Pick a CI", {"--option", "Jenkins", "--context", "We need CI"});
    ok({"decision", "edit", team, id, "--option", "GitLab CI", "--option", "GitHub Actions", "--title",
        "Pick a CI service"});
    const auto d = decisionIn(*this, id);
    CHECK(d.title == "Pick a CI service");
    CHECK(d.options == std::vector<std::string>{"GitLab CI", "GitHub Actions"});
    CHECK(d.context == "We need CI");
    CHECK(latest(id).operation == "edit-decision");
}

TEST_CASE_METHOD(EditCliFixture, "decide records the accountable member, the outcome and the date",
                 "[cli][edit][decisions]")
{
    const std::string ada = member("Ada");
    const std::string id = decision("Pick a CI", {"--proposed", "2026-02-01"});
    ok({"decide", team, "--decision", id, "--accountable", ada, "--outcome", "GitLab CI", "--rationale", "self-hosted",
        "--on", "2026-02-10"});
    const auto d = decisionIn(*this, id);
    CHECK(d.status == domain::DecisionStatus::Decided);
    CHECK(d.accountable == domain::MemberId(ada));
    CHECK(d.outcome == "GitLab CI");
    CHECK(d.rationale == "self-hosted");
    CHECK(d.decidedOn == domain::Date::parse("2026-02-10"));
    CHECK(latest(id).operation == "decide");
}

TEST_CASE_METHOD(EditCliFixture,
                 "Deciding a consent decision over a standing objection is refused and the file is unchanged",
                 "[cli][edit][decisions]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string id = decision("Move the stand-up", {"--method", "consent"});
    ok({"stance", team, "--decision", id, "--member", grace, "--stance", "objection", "--comment",
        "clashes with school run"});
    refused({"decide", team, "--decision", id, "--accountable", ada, "--outcome", "10:00"},
            "a consent decision cannot be decided while an objection stands; resolve it first");
}

TEST_CASE_METHOD(EditCliFixture, "stance keeps a participant's role when --role is not given", "[cli][edit][decisions]")
{
    const std::string grace = member("Grace");
    const std::string id = decision("Move the stand-up");
    ok({"stance", team, "--decision", id, "--member", grace, "--stance", "concern", "--role", "advisor"});
    ok({"stance", team, "--decision", id, "--member", grace, "--stance", "support"});
    const auto d = decisionIn(*this, id);
    REQUIRE(d.participants.size() == 1);
    CHECK(d.participants[0].role == domain::ParticipantRole::Advisor);
    CHECK(d.participants[0].stance == domain::Stance::Support);
    CHECK(latest(id).operation == "record-stance");
}

TEST_CASE_METHOD(EditCliFixture, "supersede proposes the replacement, prints its id and marks the old one superseded",
                 "[cli][edit][decisions]")
{
    const std::string ada = member("Ada");
    const std::string old = decision("Weekly demo");
    ok({"decide", team, "--decision", old, "--accountable", ada, "--outcome", "Fridays"});
    const std::string next = ok({"supersede", team, "--decision", old, "--title", "Fortnightly demo"});
    REQUIRE(domain::isCanonicalUuid(next));
    CHECK(decisionIn(*this, old).status == domain::DecisionStatus::Superseded);
    const auto d = decisionIn(*this, next);
    CHECK(d.supersedes == domain::DecisionId(old));
    CHECK(d.status == domain::DecisionStatus::Proposed);
    CHECK(latest(old).operation == "supersede");
    refused({"supersede", team, "--decision", next, "--title", "Monthly demo"},
            "only a decided decision can be superseded; this one is proposed");
}

TEST_CASE_METHOD(EditCliFixture, "reverse and withdraw keep the reason in the rationale", "[cli][edit][decisions]")
{
    const std::string ada = member("Ada");
    const std::string decided = decision("Weekly demo");
    ok({"decide", team, "--decision", decided, "--accountable", ada, "--outcome", "Fridays"});
    ok({"reverse", team, "--decision", decided, "--reason", "nobody came"});
    const std::string proposal = decision("Daily demo");
    ok({"withdraw", team, "--decision", proposal, "--reason", "too often"});
    CHECK(decisionIn(*this, decided).status == domain::DecisionStatus::Reversed);
    CHECK(decisionIn(*this, decided).rationale == "Reversed: nobody came");
    CHECK(decisionIn(*this, proposal).status == domain::DecisionStatus::Withdrawn);
    CHECK(decisionIn(*this, proposal).rationale == "Withdrawn: too often");
    refused({"withdraw", team, "--decision", decided, "--reason", "again"},
            "only a proposed decision can be withdrawn; this one is reversed");
}
