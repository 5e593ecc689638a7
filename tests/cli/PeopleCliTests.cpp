#include "support/CliFixture.h"

#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/MemberRepository.h"

using baton::test::EditCliFixture;
using namespace baton;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE_METHOD(EditCliFixture, "member add prints the new id and the member is in the file with a history entry",
                 "[cli][edit][people]")
{
    const std::string id = ok({"member", "add", team, "--name", "Ada Lovelace", "--email", "ada@example.org", "--title",
                               "Analyst", "--facilitator", "--joined", "2025-09-01"});
    REQUIRE(domain::isCanonicalUuid(id));
    auto file = open();
    const auto m = storage::MemberRepository(file->db()).find(domain::MemberId(id));
    REQUIRE(m.has_value());
    CHECK(m->name == "Ada Lovelace");
    CHECK(m->email == "ada@example.org");
    CHECK(m->title == "Analyst");
    CHECK(m->facilitator);
    CHECK(m->joinedOn == domain::Date::parse("2025-09-01"));
    const auto e = latest(id);
    CHECK(e.operation == "add-member");
    CHECK_FALSE(e.before.has_value());
}

TEST_CASE_METHOD(EditCliFixture, "member edit changes only the options given and an empty value clears a field",
                 "[cli][edit][people]")
{
    const std::string id =
        ok({"member", "add", team, "--name", "Grace", "--email", "grace@example.org", "--title", "Engineer"});
    ok({"member", "edit", team, id, "--name", "Grace Hopper", "--title", ""});
    auto file = open();
    const auto m = storage::MemberRepository(file->db()).find(domain::MemberId(id));
    REQUIRE(m.has_value());
    CHECK(m->name == "Grace Hopper");
    CHECK(m->email == "grace@example.org");
    CHECK_FALSE(m->title.has_value());
    CHECK(latest(id).operation == "edit-member");
}

TEST_CASE_METHOD(EditCliFixture, "member add with a chosen id uses it and a second member with that id is refused",
                 "[cli][edit][people]")
{
    const std::string chosen = "01900000-0000-7000-8000-000000000001";
    CHECK(ok({"member", "add", team, "--name", "Ada", "--id", chosen}) == chosen);
    refused({"member", "add", team, "--name", "Other", "--id", chosen},
            "A member with id " + chosen + " already exists.");
}

TEST_CASE_METHOD(EditCliFixture, "A duplicate email is refused with the service's message and the file unchanged",
                 "[cli][edit][people]")
{
    ok({"member", "add", team, "--name", "Ada", "--email", "ada@example.org"});
    refused({"member", "add", team, "--name", "Imposter", "--email", "ADA@example.org"},
            "The email ADA@example.org already belongs to Ada.");
}

TEST_CASE_METHOD(EditCliFixture, "member leave records the member's last day", "[cli][edit][people]")
{
    const std::string id = member("Linus");
    ok({"member", "leave", team, id, "--on", "2026-04-30"});
    auto file = open();
    CHECK(storage::MemberRepository(file->db()).find(domain::MemberId(id))->leftOn ==
          domain::Date::parse("2026-04-30"));
}

TEST_CASE_METHOD(EditCliFixture, "area add nests an area under its parent and area edit renames it",
                 "[cli][edit][people]")
{
    const std::string data = area("Data");
    const std::string exp =
        ok({"area", "add", team, "--name", "Experiments", "--parent", data, "--description", "A/B"});
    ok({"area", "edit", team, exp, "--name", "Experimentation"});
    auto file = open();
    const auto a = storage::ExpertiseRepository(file->db()).findArea(domain::AreaId(exp));
    REQUIRE(a.has_value());
    CHECK(a->name == "Experimentation");
    CHECK(a->parent == domain::AreaId(data));
    CHECK(a->description == "A/B");
    CHECK(latest(exp).operation == "edit-area");
}

TEST_CASE_METHOD(EditCliFixture, "An area moved inside its own sub-area is refused and the file is unchanged",
                 "[cli][edit][people]")
{
    const std::string data = area("Data");
    const std::string exp = ok({"area", "add", team, "--name", "Experiments", "--parent", data});
    refused({"area", "edit", team, data, "--parent", exp},
            "An area cannot sit inside itself or one of its own sub-areas.");
}

TEST_CASE_METHOD(EditCliFixture, "level set stores the level and keeps wants to learn when it is not given",
                 "[cli][edit][people]")
{
    const std::string ada = member("Ada");
    const std::string data = area("Data");
    ok({"level", "set", team, "--member", ada, "--area", data, "--level", "2", "--wants-to-learn", "yes"});
    ok({"level", "set", team, "--member", ada, "--area", data, "--level", "4"});
    auto file = open();
    const auto e = storage::ExpertiseRepository(file->db()).findExpertise(domain::MemberId(ada), domain::AreaId(data));
    REQUIRE(e.has_value());
    CHECK(e->level == 4);
    CHECK(e->wantsToLearn);
    CHECK(latest(ada + "/" + data).operation == "set-level");
}

TEST_CASE_METHOD(EditCliFixture,
                 "endorse stores the endorsement and a self-endorsement is refused with the file unchanged",
                 "[cli][edit][people]")
{
    const std::string ada = member("Ada");
    const std::string grace = member("Grace");
    const std::string data = area("Data");
    const std::string id =
        ok({"endorse", team, "--endorser", grace, "--member", ada, "--area", data, "--note", "ran the analysis"});
    {
        auto file = open();
        const auto e = storage::ExpertiseRepository(file->db()).findEndorsement(domain::EndorsementId(id));
        REQUIRE(e.has_value());
        CHECK(e->note == "ran the analysis");
        CHECK(e->on.has_value());
    }
    const auto r = refused({"endorse", team, "--endorser", ada, "--member", ada, "--area", data},
                           "Members cannot endorse themselves.");
    CHECK(has(r.err, "baton-cli endorse: "));
}
