// Schema version 5: development goals, a stint's suggested rank and a contribution's work dates,
// stored and read back; and a version 4 file upgraded in place without losing a record.
#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/GoalRepository.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/Migrations.h"

#include <sqlite3.h>

using namespace baton;
using namespace baton::domain;
using namespace baton::storage;
using baton::test::day;
using baton::test::TeamFileFixture;

namespace {
const std::string kAna = "01940000-0000-7000-8000-000000000001";
const std::string kBo = "01940000-0000-7000-8000-000000000002";
const std::string kData = "01940000-0000-7000-8000-0000000000a1";
const std::string kInit = "01940000-0000-7000-8000-0000000000b1";
const std::string kWork = "01940000-0000-7000-8000-0000000000c1";
const std::string kGoal = "01940000-0000-7000-8000-0000000000d1";
const char* const kTs = "'2026-03-01T09:30:00Z'";

void seed(Database& db)
{
    db.exec(std::string("INSERT INTO members (id, name, updated_at) VALUES ('") + kAna + "', 'Ana', " + kTs + "), ('" +
            kBo + "', 'Bo', " + kTs + ")");
    db.exec(std::string("INSERT INTO expertise_areas (id, name, updated_at) VALUES ('") + kData + "', 'Data', " + kTs +
            ")");
    db.exec(std::string("INSERT INTO initiatives (id, title, status, updated_at) VALUES ('") + kInit +
            "', 'Churn', 'active', " + kTs + ")");
    db.exec(std::string("INSERT INTO lead_stints (initiative, position, member, role, from_on, reason) VALUES ('") +
            kInit + "', 0, '" + kAna + "', 'lead', '2026-01-01', 'kick-off')");
    db.exec(std::string("INSERT INTO contributions (id, initiative, member, description, status, updated_at) "
                        "VALUES ('") +
            kWork + "', '" + kInit + "', '" + kBo + "', 'Numbers', 'planned', " + kTs + ")");
}
} // namespace

TEST_CASE_METHOD(TeamFileFixture, "A development goal is stored and read back field for field", "[storage][coaching]")
{
    seed(db());
    DevelopmentGoal g;
    g.id = GoalId(kGoal);
    g.member = MemberId(kBo);
    g.area = AreaId(kData);
    g.targetLevel = 4;
    g.mentor = MemberId(kAna);
    g.startedOn = day("2026-02-01");
    g.reviewOn = day("2026-05-01");
    g.status = GoalStatus::Achieved;
    g.note = "Pairing weekly";
    g.updatedAt = clock.now();
    GoalRepository goals(db());
    goals.upsert(g);
    const auto back = goals.find(GoalId(kGoal));
    REQUIRE(back);
    CHECK(back->member == g.member);
    CHECK(back->mentor == g.mentor);
    CHECK(back->targetLevel == 4);
    CHECK(back->reviewOn == g.reviewOn);
    CHECK(back->status == GoalStatus::Achieved);
    CHECK(back->note == "Pairing weekly");
    CHECK(goals.ofMember(MemberId(kBo)).size() == 1);
    CHECK(goals.ofMember(MemberId(kAna)).empty());
}

TEST_CASE_METHOD(TeamFileFixture, "The file refuses a goal whose member mentors themself", "[storage][coaching]")
{
    seed(db());
    CHECK_THROWS(db().exec("INSERT INTO development_goals (id, member, area, target_level, mentor, status, updated_at) "
                           "VALUES ('x', '" +
                           kBo + "', '" + kData + "', 3, '" + kBo + "', 'active', " + kTs + ")"));
    CHECK_THROWS(db().exec("INSERT INTO lead_stints (initiative, position, member, role, from_on, suggested_rank) "
                           "VALUES ('" +
                           kInit + "', 5, '" + kAna + "', 'lead', '2026-06-01', 0)"));
}

TEST_CASE_METHOD(TeamFileFixture, "A stint's suggested rank and a contribution's dates are stored and read back",
                 "[storage][coaching]")
{
    seed(db());
    InitiativeRepository repo(db());
    auto i = *repo.find(InitiativeId(kInit));
    i.leadership[0].suggestedRank = 3;
    repo.upsert(i);
    CHECK(repo.find(InitiativeId(kInit))->leadership[0].suggestedRank == 3);
    auto c = *repo.findContribution(ContributionId(kWork));
    c.startedOn = day("2026-02-01");
    c.doneOn = day("2026-02-09");
    repo.upsertContribution(c);
    const auto back = *repo.findContribution(ContributionId(kWork));
    CHECK(back.startedOn == day("2026-02-01"));
    CHECK(back.doneOn == day("2026-02-09"));
}

TEST_CASE("A version 4 team file is upgraded to version 5 in place, its records and history intact",
          "[storage][coaching][migrations]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("old.baton");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA foreign_keys = ON");
        Transaction tx(db);
        for (const auto& m : embeddedMigrations()) {
            if (m.version > 4)
                break;
            db.exec(m.sql);
        }
        db.exec("INSERT INTO team (singleton, name, created_at, updated_at) VALUES (1, 'Old', " + std::string(kTs) +
                ", " + kTs + ")");
        db.exec("PRAGMA user_version = 4");
        tx.commit();
    }
    {
        Database db(path, Database::Mode::ReadWrite);
        seed(db); // the records a version-4 file holds
    }
    auto opened = TeamFile::open(path);
    REQUIRE(opened.ok());
    Database& db = opened.value()->db();
    CHECK(db.queryInt("PRAGMA user_version") == currentSchemaVersion());
    CHECK(currentSchemaVersion() >= 5);
    const auto work = InitiativeRepository(db).findContribution(ContributionId(kWork));
    REQUIRE(work);
    CHECK_FALSE(work->startedOn);
    CHECK_FALSE(InitiativeRepository(db).find(InitiativeId(kInit))->leadership[0].suggestedRank);
    CHECK(GoalRepository(db).all().empty());
    CHECK(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'decisions_decided_accountable'") == 1);
}
