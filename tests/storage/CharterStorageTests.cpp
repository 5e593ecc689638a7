// Schema version 6: a decision's fallback and charter rule, an advisor's advice and whether the
// decision followed it, stored and read back through inserts and column-wise updates; and a
// version 5 file upgraded in place.
#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/Migrations.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/References.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::storage;
using baton::test::TeamFileFixture;

namespace {
const std::string kAna = "01950000-0000-7000-8000-000000000001";
const std::string kBo = "01950000-0000-7000-8000-000000000002";
const std::string kDec = "01950000-0000-7000-8000-0000000000d1";
const char* const kTs = "'2026-03-01T09:30:00Z'";

void seedMembers(Database& db)
{
    db.exec(std::string("INSERT INTO members (id, name, updated_at) VALUES ('") + kAna + "', 'Ana', " + kTs + "), ('" +
            kBo + "', 'Bo', " + kTs + ")");
}

Decision advised()
{
    Decision d;
    d.id = DecisionId(kDec);
    d.title = "Move the standup";
    d.method = DecisionMethod::Advice;
    d.accountable = MemberId(kAna);
    d.fallback = DecisionFallback::EscalateToTeam;
    Participant advisor;
    advisor.member = MemberId(kBo);
    advisor.role = ParticipantRole::Advisor;
    advisor.advice = "Ask the remote half first";
    advisor.followed = true;
    d.participants.push_back(advisor);
    d.updatedAt = *Timestamp::parse("2026-03-01T09:30:00Z");
    return d;
}
} // namespace

TEST_CASE_METHOD(TeamFileFixture, "A decision's fallback and an advisor's advice are stored and read back",
                 "[storage][charter]")
{
    seedMembers(db());
    DecisionRepository repo(db());
    repo.upsert(advised());
    const auto back = repo.find(DecisionId(kDec));
    REQUIRE(back);
    CHECK(back->fallback == DecisionFallback::EscalateToTeam);
    CHECK_FALSE(back->charterRule);
    REQUIRE(back->participants.size() == 1);
    CHECK(back->participants[0].advice == "Ask the remote half first");
    CHECK(back->participants[0].followed == true);
}

TEST_CASE_METHOD(TeamFileFixture, "An edit changes the fallback and advice, and clears them again",
                 "[storage][charter]")
{
    seedMembers(db());
    DecisionRepository repo(db());
    repo.upsert(advised());
    Decision d = advised();
    d.fallback = DecisionFallback::MajorityVote;
    d.participants[0].followed = false;
    repo.upsert(d);
    auto back = repo.find(DecisionId(kDec));
    CHECK(back->fallback == DecisionFallback::MajorityVote);
    CHECK(back->participants[0].followed == false);

    d.fallback.reset();
    d.participants[0].followed.reset();
    d.participants[0].advice.clear();
    repo.upsert(d);
    back = repo.find(DecisionId(kDec));
    CHECK_FALSE(back->fallback);
    CHECK_FALSE(back->participants[0].followed);
    CHECK(back->participants[0].advice.empty());
    CHECK(db().queryInt("SELECT count(*) FROM decisions WHERE fallback IS NULL") == 1);
}

TEST_CASE_METHOD(TeamFileFixture, "The schema refuses a fallback outside the charter's list", "[storage][charter]")
{
    seedMembers(db());
    DecisionRepository(db()).upsert(advised());
    CHECK_THROWS(db().exec("UPDATE decisions SET fallback = 'coin_toss'"));
    CHECK_THROWS(db().exec("UPDATE decision_participants SET followed = 2"));
}

TEST_CASE("A version 5 team file is upgraded to version 6 with its decisions intact", "[storage][charter][migrations]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("old.baton");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA foreign_keys = ON");
        Transaction tx(db);
        for (const auto& m : embeddedMigrations()) {
            if (m.version > 5)
                break;
            db.exec(m.sql);
        }
        db.exec("INSERT INTO team (singleton, name, created_at, updated_at) VALUES (1, 'Old', " + std::string(kTs) +
                ", " + kTs + ")");
        db.exec("PRAGMA user_version = 5");
        seedMembers(db);
        db.exec("INSERT INTO decisions (id, title, method, status, accountable, updated_at) VALUES ('" + kDec +
                "', 'Old decision', 'consent', 'decided', '" + kAna + "', " + kTs + ")");
        db.exec("INSERT INTO decision_participants (decision, position, member, role, stance) VALUES ('" + kDec +
                "', 0, '" + kBo + "', 'advisor', 'support')");
        tx.commit();
    }
    auto opened = TeamFile::open(path);
    REQUIRE(opened.ok());
    Database& db = opened.value()->db();
    CHECK(db.queryInt("PRAGMA user_version") == currentSchemaVersion());
    CHECK(currentSchemaVersion() >= 6);
    const auto d = DecisionRepository(db).find(DecisionId(kDec));
    REQUIRE(d);
    CHECK(d->title == "Old decision");
    CHECK_FALSE(d->fallback);
    CHECK_FALSE(d->charterRule);
    REQUIRE(d->participants.size() == 1);
    CHECK(d->participants[0].advice.empty());
    CHECK_FALSE(d->participants[0].followed);
}

namespace {
const std::string kData = "01950000-0000-7000-8000-0000000000a1";
const std::string kRule = "01950000-0000-7000-8000-0000000000e1";
const std::string kStep = "01950000-0000-7000-8000-0000000000e2";

CharterRule rule()
{
    CharterRule r;
    r.id = CharterRuleId(kRule);
    r.title = "Data decisions by consent";
    r.position = 2;
    r.areas = {AreaId(kData)};
    r.method = DecisionMethod::Consent;
    r.decideWithinDays = 10;
    r.fallback = DecisionFallback::ExtendOnce;
    r.updatedAt = *Timestamp::parse("2026-03-01T09:30:00Z");
    return r;
}
} // namespace

TEST_CASE_METHOD(TeamFileFixture, "Charter rules are stored with their areas and listed by kind and position",
                 "[storage][charter]")
{
    db().exec(std::string("INSERT INTO expertise_areas (id, name, updated_at) VALUES ('") + kData + "', 'Data', " +
              kTs + ")");
    CharterRuleRepository repo(db());
    repo.upsert(rule());
    CharterRule step;
    step.id = CharterRuleId(kStep);
    step.kind = CharterRuleKind::ConflictStep;
    step.title = "Talk directly";
    step.updatedAt = *Timestamp::parse("2026-03-01T09:30:00Z");
    repo.upsert(step);

    const auto back = repo.find(CharterRuleId(kRule));
    REQUIRE(back);
    CHECK(back->method == DecisionMethod::Consent);
    CHECK(back->decideWithinDays == 10);
    CHECK(back->fallback == DecisionFallback::ExtendOnce);
    CHECK(back->areas == std::vector<AreaId>{AreaId(kData)});
    const auto stepBack = repo.find(CharterRuleId(kStep));
    CHECK_FALSE(stepBack->method);
    CHECK_FALSE(stepBack->decideWithinDays);
    CHECK(stepBack->areas.empty());

    auto changed = rule();
    changed.areas.clear();
    changed.retracted = true;
    repo.upsert(changed);
    CHECK(db().queryInt("SELECT count(*) FROM charter_rule_areas") == 0);
    CHECK(repo.all().size() == 1);
    CHECK(repo.all(Retracted::Included).size() == 2);
    CHECK(RecordStore(db()).retracted(RecordKind::CharterRule, kRule) == true);
}

TEST_CASE_METHOD(TeamFileFixture, "An area or rule still in use by the charter names who uses it", "[storage][charter]")
{
    seedMembers(db());
    db().exec(std::string("INSERT INTO expertise_areas (id, name, updated_at) VALUES ('") + kData + "', 'Data', " +
              kTs + ")");
    CharterRuleRepository(db()).upsert(rule());
    CHECK(firstLiveReference(db(), RecordKind::Area, kData).value_or("").find("charter rule") != std::string::npos);
    auto d = advised();
    d.charterRule = CharterRuleId(kRule);
    DecisionRepository(db()).upsert(d);
    CHECK(DecisionRepository(db()).find(DecisionId(kDec))->charterRule == CharterRuleId(kRule));
    CHECK(firstLiveReference(db(), RecordKind::CharterRule, kRule).value_or("").find("Move the standup") !=
          std::string::npos);
}
