// Schema version 7: conflicts with their steps, voice items (an anonymous one with a NULL
// author), pulses with their answers kept apart from who responded, and reviews; stored and
// read back, and named when a member or record they refer to would be retracted.
#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/ConflictRepository.h"
#include "baton/storage/PulseRepository.h"
#include "baton/storage/References.h"
#include "baton/storage/ReviewRepository.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/VoiceItemRepository.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::storage;
using baton::test::TeamFileFixture;

namespace {
const std::string kAna = "01970000-0000-7000-8000-000000000001";
const std::string kBo = "01970000-0000-7000-8000-000000000002";
const std::string kCy = "01970000-0000-7000-8000-000000000003";
const std::string kPulse = "01970000-0000-7000-8000-0000000000a1";
const Timestamp kAt = *Timestamp::parse("2026-03-01T09:30:00Z");

void seedMembers(Database& db)
{
    for (const auto& [id, name] : {std::pair{kAna, "Ana"}, std::pair{kBo, "Bo"}, std::pair{kCy, "Cy"}})
        db.exec("INSERT INTO members (id, name, updated_at) VALUES ('" + id + "', '" + name +
                "', '2026-03-01T09:30:00Z')");
}

Pulse pulseWith(std::vector<PulseAnswers> responses, std::vector<MemberId> responded)
{
    Pulse p;
    p.id = PulseId(kPulse);
    p.title = "March";
    p.minResponses = 3;
    p.responded = std::move(responded);
    p.responses = std::move(responses);
    p.updatedAt = kAt;
    return p;
}

std::string dumpResponses(Database& db)
{
    std::string out;
    Statement s = db.prepare("SELECT answers || ':' || n FROM pulse_responses");
    while (s.step())
        out += s.columnText(0) + ";";
    return out;
}
} // namespace

TEST_CASE_METHOD(TeamFileFixture, "A conflict's parties and steps are stored and read back, notes with quotes intact",
                 "[storage][conflict]")
{
    seedMembers(db());
    Conflict c;
    c.id = ConflictId("01970000-0000-7000-8000-0000000000c1");
    c.title = "Release timing";
    c.parties = {MemberId(kBo), MemberId(kAna)};
    c.raisedOn = Date::parse("2026-03-02");
    c.steps = {{1, *Date::parse("2026-03-03"), "Said \"no\" — then talked\nagain"},
               {2, *Date::parse("2026-03-09"), ""}};
    c.updatedAt = kAt;
    ConflictRepository repo(db());
    repo.upsert(c);
    const auto back = repo.find(c.id);
    REQUIRE(back);
    CHECK(back->parties == c.parties); // in the order given
    CHECK(back->steps == c.steps);
    CHECK(repo.open().size() == 1);
    CHECK(firstLiveReference(db(), RecordKind::Member, kBo) == std::optional<std::string>("conflict “Release timing”"));
}

TEST_CASE_METHOD(TeamFileFixture, "A pulse's stored answers do not depend on the order they came in",
                 "[storage][pulse][anonymity]")
{
    seedMembers(db());
    PulseRepository repo(db());
    const PulseAnswers a{7, 1, 7, 1, 7, 1, 1}, b{4, 4, 4, 4, 4, 4, 4}, c{1, 7, 1, 7, 1, 7, 7};
    repo.upsert(pulseWith({a, b, b}, {MemberId(kCy), MemberId(kAna), MemberId(kBo)}));
    const std::string first = dumpResponses(db());
    const std::string respondedFirst = db().queryText("SELECT responded FROM pulses");
    repo.upsert(pulseWith({b, a, b}, {MemberId(kBo), MemberId(kCy), MemberId(kAna)}));
    CHECK(dumpResponses(db()) == first);
    CHECK(db().queryText("SELECT responded FROM pulses") == respondedFirst);
    CHECK(first == "4444444:0;4444444:1;7171711:0;");
    CHECK(respondedFirst == "[\"" + kAna + "\",\"" + kBo + "\",\"" + kCy + "\"]"); // by member id
    repo.upsert(pulseWith({a, b, c}, {MemberId(kCy), MemberId(kAna), MemberId(kBo)}));
    const auto back = repo.find(PulseId(kPulse));
    REQUIRE(back);
    CHECK(back->responses == std::vector<PulseAnswers>{c, b, a});
    // The answers table has no row id and no column that could name a member or a time.
    CHECK(db().queryInt("SELECT count(*) FROM pragma_table_info('pulse_responses')") == 3);
    CHECK_THROWS_AS(db().exec("SELECT rowid FROM pulse_responses"), StorageError);
}

TEST_CASE_METHOD(TeamFileFixture, "The schema refuses an answer outside 1 to 7", "[storage][pulse]")
{
    seedMembers(db());
    PulseRepository(db()).upsert(pulseWith({}, {}));
    CHECK_THROWS_AS(
        db().exec("INSERT INTO pulse_responses (pulse, answers, n) VALUES ('" + kPulse + "', '1234568', 0)"),
        StorageError);
    CHECK_THROWS_AS(db().exec("INSERT INTO pulse_responses (pulse, answers, n) VALUES ('" + kPulse + "', '123456', 0)"),
                    StorageError);
}

TEST_CASE_METHOD(TeamFileFixture, "An anonymous voice item is stored with a NULL author", "[storage][voice][anonymity]")
{
    seedMembers(db());
    VoiceItem v;
    v.id = VoiceItemId("01970000-0000-7000-8000-0000000000b1");
    v.kind = VoiceKind::Question;
    v.text = "Who decides the roadmap?";
    v.updatedAt = kAt;
    VoiceItemRepository repo(db());
    repo.upsert(v);
    CHECK(db().queryInt("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
    const auto back = repo.find(v.id);
    REQUIRE(back);
    CHECK(back->anonymous());
    CHECK_FALSE(firstLiveReference(db(), RecordKind::Member, kAna));
}

TEST_CASE_METHOD(TeamFileFixture, "A review keeps its factors in order and names itself as a reference",
                 "[storage][review]")
{
    seedMembers(db());
    Review r;
    r.id = ReviewId("01970000-0000-7000-8000-0000000000e1");
    r.subjectKind = ReviewSubjectKind::Initiative;
    r.subject = "01970000-0000-7000-8000-0000000000f1";
    r.heldOn = Date::parse("2026-03-10");
    r.participants = {MemberId(kCy)};
    r.contributingFactors = {"Zeta came first", "Alpha came second", "ünïcode"};
    r.updatedAt = kAt;
    ReviewRepository repo(db());
    repo.upsert(r);
    const auto back = repo.find(r.id);
    REQUIRE(back);
    CHECK(back->contributingFactors == r.contributingFactors);
    CHECK(repo.of(ReviewSubjectKind::Initiative, r.subject).size() == 1);
    CHECK(repo.of(ReviewSubjectKind::Decision, r.subject).empty());
    CHECK(firstLiveReference(db(), RecordKind::Member, kCy).value_or("").find("review") != std::string::npos);
}
