#include "support/CliFixture.h"

#include "baton/storage/CommitmentRepository.h"

using baton::test::EditCliFixture;
using namespace baton;

namespace {
domain::Commitment commitmentIn(EditCliFixture& f, const std::string& id)
{
    auto file = f.open();
    const auto c = storage::CommitmentRepository(file->db()).find(domain::CommitmentId(id));
    REQUIRE(c.has_value());
    return *c;
}
} // namespace

TEST_CASE_METHOD(EditCliFixture, "commitment add stores the owner, supporters, links and due date",
                 "[cli][edit][commitments]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string linus = member("Linus");
    const std::string d = decision("Pick a CI");
    const std::string id = ok({"commitment", "add", team, "--description", "Migrate the pipelines", "--owner", ada,
                               "--supporter", grace, "--supporter", linus, "--decision", d, "--due", "2026-05-01"});
    const auto c = commitmentIn(*this, id);
    CHECK(c.description == "Migrate the pipelines");
    CHECK(c.owner == domain::MemberId(ada));
    CHECK(c.supporters == std::vector<domain::MemberId>{domain::MemberId(grace), domain::MemberId(linus)});
    CHECK(c.decision == domain::DecisionId(d));
    CHECK(c.dueOn == domain::Date::parse("2026-05-01"));
    CHECK(c.status == domain::CommitmentStatus::Open);
    CHECK(latest(id).operation == "add-commitment");
}

TEST_CASE_METHOD(EditCliFixture, "commitment edit clears the due date and changes the owner",
                 "[cli][edit][commitments]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string id =
        ok({"commitment", "add", team, "--description", "Write the guide", "--owner", ada, "--due", "2026-05-01"});
    ok({"commitment", "edit", team, id, "--due", "", "--owner", grace});
    const auto c = commitmentIn(*this, id);
    CHECK_FALSE(c.dueOn.has_value());
    CHECK(c.owner == domain::MemberId(grace));
    CHECK(c.status == domain::CommitmentStatus::Open);
    CHECK(latest(id).operation == "edit-commitment");
}

TEST_CASE_METHOD(EditCliFixture, "commitment close records how it ended and a second close is refused",
                 "[cli][edit][commitments]")
{
    const std::string ada = member("Ada");
    const std::string id = ok({"commitment", "add", team, "--description", "Write the guide", "--owner", ada});
    ok({"commitment", "close", team, id, "--status", "done", "--outcome", "published", "--on", "2026-03-03"});
    const auto c = commitmentIn(*this, id);
    CHECK(c.status == domain::CommitmentStatus::Done);
    CHECK(c.outcome == "published");
    CHECK(c.closedOn == domain::Date::parse("2026-03-03"));
    CHECK(latest(id).operation == "close-commitment");
    refused({"commitment", "close", team, id, "--status", "missed", "--outcome", "oops"},
            "this commitment is already done");
}

TEST_CASE_METHOD(EditCliFixture, "A commitment owned by a member who has left is refused and the file is unchanged",
                 "[cli][edit][commitments]")
{
    const std::string linus = member("Linus");
    ok({"member", "leave", team, linus, "--on", "2020-01-31"});
    refused({"commitment", "add", team, "--description", "Review the budget", "--owner", linus},
            "Linus left the team on 2020-01-31 and cannot take on a commitment");
}
