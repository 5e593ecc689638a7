#include "support/CliFixture.h"

#include "baton/storage/InitiativeRepository.h"

using baton::test::EditCliFixture;
using namespace baton;

namespace {
domain::Initiative initiativeIn(EditCliFixture& f, const std::string& id)
{
    auto file = f.open();
    const auto i = storage::InitiativeRepository(file->db()).find(domain::InitiativeId(id));
    REQUIRE(i.has_value());
    return *i;
}
} // namespace

TEST_CASE_METHOD(EditCliFixture, "initiative add with a lead and areas stores them and prints the id",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string data = area("Data");
    const std::string ops = area("Operations");
    const std::string id =
        ok({"initiative", "add", team, "--title", "Cut cloud costs", "--status", "active", "--started", "2026-01-05",
            "--area", data + "," + ops, "--lead", ada, "--reason", "volunteered"});
    const auto i = initiativeIn(*this, id);
    CHECK(i.title == "Cut cloud costs");
    CHECK(i.status == domain::InitiativeStatus::Active);
    CHECK(i.areas == std::vector<domain::AreaId>{domain::AreaId(data), domain::AreaId(ops)});
    REQUIRE(i.leadership.size() == 1);
    CHECK(i.leadership[0].member == domain::MemberId(ada));
    CHECK(i.leadership[0].from == *domain::Date::parse("2026-01-05"));
    CHECK(i.leadership[0].reason == "volunteered");
    CHECK(latest(id).operation == "add-initiative");
}

TEST_CASE_METHOD(EditCliFixture, "initiative edit changes status and due date and leaves the leadership alone",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string id =
        ok({"initiative", "add", team, "--title", "Onboarding", "--started", "2026-01-05", "--lead", ada});
    ok({"initiative", "edit", team, id, "--status", "completed", "--due", "2026-06-30", "--closed", "2026-06-01"});
    const auto i = initiativeIn(*this, id);
    CHECK(i.status == domain::InitiativeStatus::Completed);
    CHECK(i.dueOn == domain::Date::parse("2026-06-30"));
    CHECK(i.title == "Onboarding");
    CHECK(i.leadership.size() == 1);
}

TEST_CASE_METHOD(EditCliFixture, "pass-lead hands over and ends the old stint the day before",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string id =
        ok({"initiative", "add", team, "--title", "Onboarding", "--started", "2026-01-05", "--lead", ada});
    ok({"pass-lead", team, "--initiative", id, "--to", grace, "--on", "2026-03-01", "--reason", "parental leave"});
    const auto i = initiativeIn(*this, id);
    REQUIRE(i.leadership.size() == 2);
    CHECK(i.leadership[0].to == domain::Date::parse("2026-02-28"));
    CHECK(i.leadership[1].member == domain::MemberId(grace));
    CHECK(i.leadership[1].reason == "parental leave");
    CHECK(latest(id).operation == "pass-lead");
}

TEST_CASE_METHOD(EditCliFixture, "Passing the lead to a member who left is refused and the file stays byte-identical",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string linus = member("Linus");
    ok({"member", "leave", team, linus, "--on", "2025-12-31"});
    const std::string id =
        ok({"initiative", "add", team, "--title", "Onboarding", "--started", "2026-01-05", "--lead", ada});
    refused({"pass-lead", team, "--initiative", id, "--to", linus, "--on", "2026-03-01", "--reason", "rotation"},
            "Linus left the team on 2025-12-31 and cannot take the lead");
}

TEST_CASE_METHOD(EditCliFixture, "co-lead add and co-lead end record a co-lead stint", "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string id =
        ok({"initiative", "add", team, "--title", "Onboarding", "--started", "2026-01-05", "--lead", ada});
    ok({"co-lead", "add", team, "--initiative", id, "--member", grace, "--on", "2026-02-01", "--reason", "pairing"});
    ok({"co-lead", "end", team, "--initiative", id, "--member", grace, "--on", "2026-02-28"});
    const auto i = initiativeIn(*this, id);
    REQUIRE(i.leadership.size() == 2);
    CHECK(i.leadership[1].role == domain::StintRole::CoLead);
    CHECK(i.leadership[1].to == domain::Date::parse("2026-02-28"));
    CHECK(latest(id).operation == "end-co-lead");
    refused({"co-lead", "end", team, "--initiative", id, "--member", grace, "--on", "2026-03-01"},
            "Grace does not co-lead this initiative now.");
}

TEST_CASE_METHOD(EditCliFixture, "contribution add and edit store the status and the dependencies",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string init = ok({"initiative", "add", team, "--title", "Onboarding"});
    const std::string first =
        ok({"contribution", "add", team, "--initiative", init, "--member", ada, "--description", "Write the guide"});
    const std::string second = ok({"contribution", "add", team, "--initiative", init, "--member", ada, "--description",
                                   "Record a video", "--depends-on", first});
    ok({"contribution", "edit", team, second, "--status", "in_progress"});
    auto file = open();
    const auto c = storage::InitiativeRepository(file->db()).findContribution(domain::ContributionId(second));
    REQUIRE(c.has_value());
    CHECK(c->status == domain::ContributionStatus::InProgress);
    CHECK(c->dependsOn == std::vector<domain::ContributionId>{domain::ContributionId(first)});
    CHECK(latest(second).operation == "edit-contribution");
}

TEST_CASE_METHOD(EditCliFixture, "A dependency loop is refused naming the loop and the file is unchanged",
                 "[cli][edit][initiatives]")
{
    const std::string ada = member("Ada");
    const std::string init = ok({"initiative", "add", team, "--title", "Onboarding"});
    const std::string first =
        ok({"contribution", "add", team, "--initiative", init, "--member", ada, "--description", "Write the guide"});
    const std::string second = ok({"contribution", "add", team, "--initiative", init, "--member", ada, "--description",
                                   "Record a video", "--depends-on", first});
    refused({"contribution", "edit", team, first, "--depends-on", second}, "These dependencies would make a loop:");
}
