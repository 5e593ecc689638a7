#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/StorageError.h"

using namespace baton::domain;
using namespace baton::storage;
using baton::test::day;
using baton::test::stint;
using baton::test::TeamFileFixture;

namespace {

const std::string kAna = "00000000-0000-7000-8000-000000000001";
const std::string kBo = "00000000-0000-7000-8000-000000000002";
const std::string kArea = "00000000-0000-7000-8000-0000000000a1";
const std::string kInit = "00000000-0000-7000-8000-0000000000b1";
const std::string kDec = "00000000-0000-7000-8000-0000000000c1";

Timestamp ts(const char* text)
{
    return *Timestamp::parse(text);
}

struct Seeded : TeamFileFixture {
    Seeded()
    {
        Transaction tx(db());
        MemberRepository members(db());
        Member ana;
        ana.id = MemberId(kAna);
        ana.name = "Ana Silva";
        ana.email = "ana@example.com";
        ana.title = "Data Analyst";
        ana.joinedOn = day("2024-01-15");
        ana.updatedAt = ts("2026-01-01T10:00:00Z");
        members.upsert(ana);
        Member bo = ana;
        bo.id = MemberId(kBo);
        bo.name = "Bo Chen";
        bo.email = "bo@example.com";
        bo.facilitator = true;
        bo.leftOn = day("2026-06-30");
        members.upsert(bo);
        ExpertiseArea area;
        area.id = AreaId(kArea);
        area.name = "Data";
        area.updatedAt = ts("2026-01-01T10:00:00Z");
        ExpertiseRepository(db()).upsertArea(area);
        tx.commit();
    }
};

Decision sampleDecision()
{
    Decision d;
    d.id = DecisionId(kDec);
    d.title = "Publish churn numbers monthly";
    d.context = "Teams asked for churn data";
    d.options = {"monthly", "quarterly"};
    d.outcome = "monthly";
    d.rationale = "cheap to produce";
    d.method = DecisionMethod::Advice;
    d.status = DecisionStatus::Decided;
    d.areas = {AreaId(kArea)};
    d.proposedOn = day("2026-02-01");
    d.decidedOn = day("2026-02-10");
    d.accountable = MemberId(kAna);
    d.participants = {{MemberId(kAna), ParticipantRole::Proposer, Stance::Support, "ok", "", std::nullopt},
                      {MemberId(kBo), ParticipantRole::Advisor, Stance::Concern, "watch the cost", "", std::nullopt}};
    d.updatedAt = ts("2026-02-10T12:00:00Z");
    return d;
}

} // namespace

TEST_CASE_METHOD(Seeded, "A member reads back field for field", "[storage][members]")
{
    const auto bo = MemberRepository(db()).find(MemberId(kBo));
    REQUIRE(bo);
    CHECK(bo->name == "Bo Chen");
    CHECK(bo->email == "bo@example.com");
    CHECK(bo->title == "Data Analyst");
    CHECK(bo->facilitator);
    CHECK(bo->joinedOn == day("2024-01-15"));
    CHECK(bo->leftOn == day("2026-06-30"));
    CHECK(bo->updatedAt == ts("2026-01-01T10:00:00Z"));
}

TEST_CASE_METHOD(Seeded, "Upserting a member with the same id replaces it", "[storage][members]")
{
    MemberRepository repo(db());
    Member ana = *repo.find(MemberId(kAna));
    ana.title.reset();
    ana.name = "Ana Silva-Ortiz";
    repo.upsert(ana);
    CHECK(repo.count() == 2);
    CHECK(repo.find(MemberId(kAna))->name == "Ana Silva-Ortiz");
    CHECK_FALSE(repo.find(MemberId(kAna))->title);
}

TEST_CASE_METHOD(Seeded, "Two members cannot share an email, whatever its case", "[storage][members]")
{
    MemberRepository repo(db());
    Member other = *repo.find(MemberId(kAna));
    other.id = MemberId("00000000-0000-7000-8000-000000000003");
    other.email = "ANA@example.com";
    CHECK_THROWS_AS(repo.upsert(other), StorageError);
}

TEST_CASE_METHOD(Seeded, "Members list alphabetically", "[storage][members]")
{
    const auto all = MemberRepository(db()).all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "Ana Silva");
    CHECK(all[1].name == "Bo Chen");
}

TEST_CASE_METHOD(Seeded, "A decision reads back with options, areas and participants in order", "[storage][decisions]")
{
    DecisionRepository repo(db());
    repo.upsert(sampleDecision());
    const auto d = repo.find(DecisionId(kDec));
    REQUIRE(d);
    CHECK(d->title == "Publish churn numbers monthly");
    CHECK(d->options == std::vector<std::string>{"monthly", "quarterly"});
    REQUIRE(d->areas.size() == 1);
    REQUIRE(d->participants.size() == 2);
    CHECK(d->participants[1].member.str() == kBo);
    CHECK(d->participants[1].stance == Stance::Concern);
    CHECK(d->participants[1].comment == "watch the cost");
    CHECK(d->accountable->str() == kAna);
    CHECK(d->decidedOn == day("2026-02-10"));
    CHECK_FALSE(d->initiative);
}

TEST_CASE_METHOD(Seeded, "Replacing a decision replaces its participants rather than adding to them",
                 "[storage][decisions]")
{
    DecisionRepository repo(db());
    repo.upsert(sampleDecision());
    Decision d = sampleDecision();
    d.participants.pop_back();
    d.options = {"weekly"};
    repo.upsert(d);
    const auto back = repo.find(DecisionId(kDec));
    CHECK(back->participants.size() == 1);
    CHECK(back->options == std::vector<std::string>{"weekly"});
    CHECK(db().queryInt("SELECT count(*) FROM decisions") == 1);
}

TEST_CASE_METHOD(Seeded, "The file itself refuses a decided decision without an accountable member",
                 "[storage][decisions]")
{
    Decision d = sampleDecision();
    d.accountable.reset();
    CHECK_THROWS_AS(DecisionRepository(db()).upsert(d), StorageError);
}

TEST_CASE_METHOD(Seeded, "A reference to a missing member is refused when the transaction commits",
                 "[storage][decisions]")
{
    Decision d = sampleDecision();
    d.accountable = MemberId("00000000-0000-7000-8000-0000000000ff");
    Transaction tx(db());
    DecisionRepository(db()).upsert(d);
    CHECK_THROWS_AS(tx.commit(), StorageError);
}

TEST_CASE_METHOD(Seeded, "An initiative keeps its areas and leadership stints in order", "[storage][initiatives]")
{
    Initiative i;
    i.id = InitiativeId(kInit);
    i.title = "Churn dashboard";
    i.status = InitiativeStatus::Active;
    i.areas = {AreaId(kArea)};
    i.leadership = {stint(kAna, "2026-01-01", "2026-02-28"), stint(kBo, "2026-03-01")};
    i.leadership[1].reason = "Bo knows the warehouse";
    i.updatedAt = ts("2026-03-01T08:00:00Z");
    InitiativeRepository repo(db());
    repo.upsert(i);
    const auto back = repo.find(InitiativeId(kInit));
    REQUIRE(back);
    REQUIRE(back->leadership.size() == 2);
    CHECK(back->leadership[0].to == day("2026-02-28"));
    CHECK_FALSE(back->leadership[1].to);
    CHECK(back->leadership[1].reason == "Bo knows the warehouse");
    CHECK(back->areas.size() == 1);
    CHECK(back->status == InitiativeStatus::Active);
    CHECK(repo.exists(kInit));
}

TEST_CASE_METHOD(Seeded, "Contribution dependencies are stored as edges", "[storage][initiatives]")
{
    Initiative i;
    i.id = InitiativeId(kInit);
    i.title = "Launch";
    i.updatedAt = ts("2026-03-01T08:00:00Z");
    InitiativeRepository repo(db());
    repo.upsert(i);
    Contribution numbers;
    numbers.id = ContributionId("00000000-0000-7000-8000-0000000000d1");
    numbers.initiative = i.id;
    numbers.member = MemberId(kAna);
    numbers.description = "numbers";
    numbers.updatedAt = i.updatedAt;
    Contribution copy = numbers;
    copy.id = ContributionId("00000000-0000-7000-8000-0000000000d2");
    copy.description = "copy";
    copy.dependsOn = {numbers.id};
    repo.upsertContribution(numbers);
    repo.upsertContribution(copy);
    const auto edges = repo.dependencyEdges();
    REQUIRE(edges.size() == 2);
    CHECK(edges[1].second == std::vector<std::string>{numbers.id.str()});
    int seen = 0;
    repo.forEachContribution([&](const Contribution& c) {
        if (c.id == copy.id)
            CHECK(c.dependsOn.size() == 1);
        ++seen;
    });
    CHECK(seen == 2);
}

TEST_CASE_METHOD(Seeded, "A commitment keeps its owner, supporters and links", "[storage][commitments]")
{
    DecisionRepository(db()).upsert(sampleDecision());
    Commitment c;
    c.id = CommitmentId("00000000-0000-7000-8000-0000000000e1");
    c.description = "Send the first churn report";
    c.owner = MemberId(kAna);
    c.supporters = {MemberId(kBo)};
    c.decision = DecisionId(kDec);
    c.dueOn = day("2026-03-01");
    c.updatedAt = ts("2026-02-11T09:00:00Z");
    CommitmentRepository repo(db());
    repo.upsert(c);
    const auto back = repo.find(c.id);
    REQUIRE(back);
    CHECK(back->owner.str() == kAna);
    CHECK(back->supporters.size() == 1);
    CHECK(back->decision->str() == kDec);
    CHECK(back->status == CommitmentStatus::Open);
    CHECK(repo.updatedAt(c.id.str()) == c.updatedAt);
}

TEST_CASE_METHOD(Seeded, "Expertise levels outside 1 to 5 are refused by the file", "[storage][expertise]")
{
    Expertise e;
    e.member = MemberId(kAna);
    e.area = AreaId(kArea);
    e.level = 6;
    e.updatedAt = ts("2026-01-01T10:00:00Z");
    CHECK_THROWS_AS(ExpertiseRepository(db()).upsertExpertise(e), StorageError);
    e.level = 4;
    ExpertiseRepository(db()).upsertExpertise(e);
    CHECK(ExpertiseRepository(db()).expertise().at(0).level == 4);
}

TEST_CASE_METHOD(Seeded, "A self-endorsement is refused by the file", "[storage][expertise]")
{
    Endorsement e;
    e.id = EndorsementId("00000000-0000-7000-8000-0000000000f1");
    e.endorser = MemberId(kAna);
    e.member = MemberId(kAna);
    e.area = AreaId(kArea);
    e.updatedAt = ts("2026-01-01T10:00:00Z");
    CHECK_THROWS_AS(ExpertiseRepository(db()).upsertEndorsement(e), StorageError);
}
