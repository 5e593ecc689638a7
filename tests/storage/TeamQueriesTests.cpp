#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/TeamChecker.h"
#include "baton/storage/TeamQueries.h"

using namespace baton::domain;
using namespace baton::storage;
using baton::test::day;
using baton::test::stint;
using baton::test::TeamFileFixture;

namespace {
const std::string kAna = "00000000-0000-7000-8000-000000000001";
const std::string kBo = "00000000-0000-7000-8000-000000000002";

struct Led : TeamFileFixture {
    Led()
    {
        Transaction tx(db());
        MemberRepository members(db());
        for (const auto& [id, name, left] :
             {std::tuple{kAna, "Ana", static_cast<const char*>(nullptr)}, std::tuple{kBo, "Bo", "2026-04-01"}}) {
            Member m;
            m.id = MemberId(id);
            m.name = name;
            if (left)
                m.leftOn = day(left);
            m.updatedAt = clock.now();
            members.upsert(m);
        }
        Initiative i;
        i.id = InitiativeId("00000000-0000-7000-8000-0000000000b1");
        i.title = "Onboarding revamp";
        i.status = InitiativeStatus::Active;
        i.leadership = {stint(kAna, "2026-01-01", "2026-01-31"), stint(kBo, "2026-02-01", "2026-03-31")};
        i.updatedAt = clock.now();
        InitiativeRepository(db()).upsert(i);
        tx.commit();
    }
};
} // namespace

TEST_CASE_METHOD(Led, "Who led what lists each stint with its days", "[storage][queries]")
{
    const auto rows = TeamQueries(db()).whoLedWhat(day("2026-11-26"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].memberName == "Ana");
    CHECK(rows[0].initiativeTitle == "Onboarding revamp");
    CHECK(rows[0].days == 31);
    CHECK(rows[1].memberName == "Bo");
    CHECK(rows[1].days == 59);
}

TEST_CASE_METHOD(Led, "An open stint counts its days up to today", "[storage][queries]")
{
    db().exec("UPDATE lead_stints SET to_on = NULL WHERE position = 1");
    const auto rows = TeamQueries(db()).whoLedWhat(day("2026-02-10"));
    CHECK(rows[1].days == 10);
    CHECK(rows[1].to.empty());
}

TEST_CASE_METHOD(Led, "Counts cover every kind of record", "[storage][queries]")
{
    const auto counts = TeamQueries(db()).counts();
    REQUIRE(counts.size() == 15);
    CHECK(counts[9] == std::pair<std::string, std::int64_t>{"development_goals", 0});
    CHECK(counts[10] == std::pair<std::string, std::int64_t>{"charter_rules", 0});
    CHECK(counts[11] == std::pair<std::string, std::int64_t>{"conflicts", 0});
    CHECK(counts[12] == std::pair<std::string, std::int64_t>{"voice_items", 0});
    CHECK(counts[13] == std::pair<std::string, std::int64_t>{"pulses", 0});
    CHECK(counts[14] == std::pair<std::string, std::int64_t>{"reviews", 0});
    CHECK(counts[0] == std::pair<std::string, std::int64_t>{"members", 2});
    CHECK(counts[4] == std::pair<std::string, std::int64_t>{"initiatives", 1});
    CHECK(counts[5] == std::pair<std::string, std::int64_t>{"lead_stints", 2});
}

TEST_CASE_METHOD(Led, "A sound team file passes the check", "[storage][check]")
{
    const CheckResult result = checkTeam(*file);
    CHECK(result.errors.empty());
    CHECK(result.warnings.empty());
}

TEST_CASE_METHOD(Led, "A broken reference written behind Baton's back fails the check", "[storage][check]")
{
    db().exec("PRAGMA foreign_keys = OFF");
    db().exec("UPDATE lead_stints SET member = '00000000-0000-7000-8000-0000000000ff' WHERE position = 0");
    const CheckResult result = checkTeam(*file);
    REQUIRE_FALSE(result.errors.empty());
    CHECK(result.errors[0].find("lead_stints") != std::string::npos);
}

TEST_CASE_METHOD(Led, "Overlapping lead stints written behind Baton's back fail the check", "[storage][check]")
{
    db().exec("UPDATE lead_stints SET to_on = '2026-02-15' WHERE position = 0");
    const CheckResult result = checkTeam(*file);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].find("Onboarding revamp") != std::string::npos);
}

TEST_CASE_METHOD(Led, "A stint started after leaving is only a warning", "[storage][check]")
{
    db().exec("UPDATE lead_stints SET from_on = '2026-04-02', to_on = NULL WHERE position = 1");
    const CheckResult result = checkTeam(*file);
    CHECK(result.errors.empty());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].find("Bo") != std::string::npos);
}

TEST_CASE_METHOD(Led, "A dependency loop written behind Baton's back fails the check", "[storage][check]")
{
    db().exec("INSERT INTO contributions (id, initiative, member, status, updated_at) VALUES "
              "('c1', '00000000-0000-7000-8000-0000000000b1', '" +
              kAna +
              "', 'planned', 'x'), "
              "('c2', '00000000-0000-7000-8000-0000000000b1', '" +
              kAna + "', 'planned', 'x')");
    db().exec("INSERT INTO contribution_dependencies VALUES ('c1', 0, 'c2'), ('c2', 0, 'c1')");
    const CheckResult result = checkTeam(*file);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].find("c1 -> c2 -> c1") != std::string::npos);
}

TEST_CASE_METHOD(Led, "Member emails that differ only by non-ASCII case fail the check", "[storage][check]")
{
    // COLLATE NOCASE folds only A-Z, so the schema lets this pair in; the check must not.
    db().exec("UPDATE members SET email = 'ÅSA@example.org' WHERE id = '" + kAna + "'");
    db().exec("UPDATE members SET email = 'åsa@example.org' WHERE id <> '" + kAna + "'");
    const CheckResult result = checkTeam(*file);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].find("share the email") != std::string::npos);
    CHECK(result.errors[0].find("differ only in case") != std::string::npos);
}
