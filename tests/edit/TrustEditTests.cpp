// Conflicts, voice items, pulses and reviews through the edit service: the rules each intent
// keeps, the history it writes, and what it refuses.
#include "edit/EditFixture.h"

#include "baton/domain/PulseScoring.h"

#include <filesystem>

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kConflict = "01930000-0000-7000-8000-0000000000c7";
const std::string kVoice = "01930000-0000-7000-8000-0000000000c8";
const std::string kPulse = "01930000-0000-7000-8000-0000000000c9";
const std::string kReview = "01930000-0000-7000-8000-0000000000ca";
const std::string kFollowUp = "01930000-0000-7000-8000-0000000000f2";

Conflict conflict()
{
    Conflict c;
    c.id = ConflictId(kConflict);
    c.title = "Who owns the churn numbers";
    c.description = "Ana and Bo both rework the same figures";
    c.parties = {MemberId(kAna), MemberId(kBo)};
    c.raisedOn = day("2026-11-02");
    return c;
}

CharterRule step(const std::string& id, int rung, const std::string& title)
{
    CharterRule r;
    r.id = CharterRuleId(id);
    r.kind = CharterRuleKind::ConflictStep;
    r.title = title;
    r.position = rung;
    return r;
}

struct TrustFixture : EditFixture {
    void ladder()
    {
        requireOk(service.charter.addRule(step("01930000-0000-7000-8000-0000000000e1", 1, "Talk directly")));
        requireOk(service.charter.addRule(step("01930000-0000-7000-8000-0000000000e2", 2, "Facilitated talk")));
    }
    void facilitator(const std::string& id)
    {
        auto m = stored<Member>(id);
        m.facilitator = true;
        requireOk(service.people.editMember(m));
        REQUIRE(service.setMe(MemberId(id)).ok());
    }
    static Pulse pulse()
    {
        Pulse p;
        p.id = PulseId(kPulse);
        p.title = "November pulse";
        p.minResponses = 3;
        return p;
    }
};
} // namespace

TEST_CASE_METHOD(TrustFixture, "A conflict is raised open between two or more members and written to history",
                 "[edit][conflict]")
{
    const auto count = historyCount();
    auto c = conflict();
    c.steps = {{3, day("2026-11-03"), "ignored"}}; // a new conflict starts at the foot of the ladder
    expectWrote(service.conflicts.raise(c), count, "raise-conflict", {{RecordKind::Conflict, kConflict, std::nullopt}});
    const auto stored = this->stored<Conflict>(kConflict);
    CHECK(stored.status == ConflictStatus::Open);
    CHECK(stored.steps.empty());
    CHECK(stored.parties == c.parties);

    auto alone = conflict();
    alone.id = ConflictId("01930000-0000-7000-8000-0000000000cb");
    alone.parties = {MemberId(kAna)};
    expectRefused([&] { return service.conflicts.raise(alone); }, "two or more");
    alone.parties = {MemberId(kAna), MemberId(kMissing)};
    expectRefused([&] { return service.conflicts.raise(alone); }, "no member");
}

TEST_CASE_METHOD(TrustFixture, "A conflict climbs the charter's ladder one rung at a time, then is resolved",
                 "[edit][conflict]")
{
    ladder();
    requireOk(service.conflicts.raise(conflict()));
    requireOk(service.conflicts.climb(ConflictId(kConflict), day("2026-11-04"), "Talked over coffee"));
    requireOk(service.conflicts.climb(ConflictId(kConflict), day("2026-11-10"), "Dee facilitated"));
    CHECK(stored<Conflict>(kConflict).currentRung() == 2);
    // The ladder has two rungs: there is no third to climb to.
    expectRefused([&] { return service.conflicts.climb(ConflictId(kConflict), day("2026-11-12"), "More"); }, "ladder");
    decidedDecision();
    const auto count = historyCount();
    expectWrote(
        service.conflicts.resolve(ConflictId(kConflict), day("2026-11-21"), "Ana owns the numbers", DecisionId(kDec)),
        count, "resolve-conflict", {{RecordKind::Conflict, kConflict, canon(RecordKind::Conflict, kConflict)}});
    const auto done = stored<Conflict>(kConflict);
    CHECK(done.status == ConflictStatus::Resolved);
    CHECK(done.decision == DecisionId(kDec));
    CHECK(done.resolvedOn == day("2026-11-21"));
    REQUIRE(done.steps.size() == 2);
    CHECK(done.steps[1].note == "Dee facilitated");
    // A resolved conflict climbs no further, and the decision that settled it stays live.
    expectRefused([&] { return service.conflicts.climb(ConflictId(kConflict), day("2026-11-22"), "Again"); },
                  "already resolved");
    expectRefused([&] { return service.retract(RecordKind::Decision, kDec); }, "conflict");
}

TEST_CASE_METHOD(TrustFixture, "A withdrawn conflict keeps why", "[edit][conflict]")
{
    ladder();
    requireOk(service.conflicts.raise(conflict()));
    requireOk(service.conflicts.withdraw(ConflictId(kConflict), day("2026-11-05"), "We sorted it out"));
    const auto c = stored<Conflict>(kConflict);
    CHECK(c.status == ConflictStatus::Withdrawn);
    CHECK(c.resolution.find("We sorted it out") != std::string::npos);
    expectVerified();
}

TEST_CASE_METHOD(TrustFixture, "A named voice item has its author, and a response its responder", "[edit][voice]")
{
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    VoiceItem v;
    v.id = VoiceItemId(kVoice);
    v.kind = VoiceKind::Idea;
    v.text = "Share the churn figures every Monday";
    v.status = VoiceStatus::Declined; // a new item is open, whatever the caller says
    const auto count = historyCount();
    expectWrote(service.voice.raise(v), count, "raise-voice-item", {{RecordKind::VoiceItem, kVoice, std::nullopt}});
    CHECK(stored<VoiceItem>(kVoice).author == MemberId(kBo));
    CHECK(stored<VoiceItem>(kVoice).status == VoiceStatus::Open);
    REQUIRE(service.setMe(MemberId(kAna)).ok());
    requireOk(service.voice.respond(VoiceItemId(kVoice), VoiceStatus::ActedOn, "Done from next week"));
    const auto answered = stored<VoiceItem>(kVoice);
    CHECK(answered.responder == MemberId(kAna));
    CHECK(answered.response == "Done from next week");
    CHECK(answered.status == VoiceStatus::ActedOn);
}

TEST_CASE_METHOD(TrustFixture,
                 "An anonymous voice item keeps no author in the record or its history, and cannot be "
                 "undone",
                 "[edit][voice][anonymity]")
{
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    VoiceItem v;
    v.id = VoiceItemId(kVoice);
    v.kind = VoiceKind::Concern;
    v.text = "Decisions get made in the corridor";
    v.author = MemberId(kBo); // dropped
    const auto done = requireOk(service.voice.raiseAnonymously(v));
    CHECK_FALSE(stored<VoiceItem>(kVoice).author);
    const auto entries = history();
    CHECK(entries.back().operation == "raise-anonymous-voice-item");
    CHECK_FALSE(entries.back().author);
    CHECK(entries.back().after.find(kBo) == std::string::npos);
    expectRefused([&] { return service.undo(done); }, "cannot be undone");
    expectVerified();
}

TEST_CASE_METHOD(TrustFixture, "Only a facilitator opens and closes a pulse; answers keep no author",
                 "[edit][pulse][anonymity]")
{
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    expectRefused([&] { return service.pulses.open(pulse()); }, "facilitator");
    facilitator(kDee);
    requireOk(service.pulses.open(pulse()));
    const auto answered =
        requireOk(service.pulses.recordResponse(PulseId(kPulse), MemberId(kAna), {7, 1, 7, 1, 7, 1, 1}));
    CHECK(answered.changes.at(0).after.index() == AnyRecord(Pulse{}).index());
    CHECK(std::get<Pulse>(answered.changes[0].after).responses.empty()); // the caller keeps no answers
    const auto entries = history();
    CHECK(entries.back().operation == "record-pulse-response");
    CHECK_FALSE(entries.back().author);
    // While open, the history shows who responded but not what they answered.
    CHECK(entries.back().after.find(kAna) != std::string::npos);
    CHECK(entries.back().after.find("\"responses\":[]") != std::string::npos);
    expectRefused(
        [&] {
            return service.pulses.recordResponse(PulseId(kPulse), MemberId(kAna), {4, 4, 4, 4, 4, 4, 4});
        },
        "already");
    expectRefused(
        [&] {
            return service.pulses.recordResponse(PulseId(kPulse), MemberId(kCy), {4, 4, 4, 4, 4, 4, 4});
        },
        "left");
    expectRefused([&] { return service.undo(answered); }, "cannot be undone");
    // The write-ahead log no longer holds the pages written before and after the answer.
    CHECK(std::filesystem::file_size(path + "-wal") == 0);
    requireOk(service.pulses.recordResponse(PulseId(kPulse), MemberId(kBo), {1, 7, 1, 7, 1, 7, 7}));
    requireOk(service.pulses.recordResponse(PulseId(kPulse), MemberId(kDee), {4, 4, 4, 4, 4, 4, 4}));
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    expectRefused([&] { return service.pulses.close(PulseId(kPulse), day("2026-11-30")); }, "facilitator");
    REQUIRE(service.setMe(MemberId(kDee)).ok());
    const auto closing = requireOk(service.pulses.close(PulseId(kPulse), day("2026-11-30")));
    // Reopening would let a later answer be told apart from those before it.
    expectRefused([&] { return service.undo(closing); }, "cannot be reopened");
    const auto closed = stored<Pulse>(kPulse);
    CHECK(closed.responses.size() == 3);
    // Closed with enough answers, the history entry carries them, sorted by their values.
    const std::string after = history().back().after;
    CHECK(after.find("{\"answers\":[1,7,1,7,1,7,7]},{\"answers\":[4,4,4,4,4,4,4]},{\"answers\":[7,1,7,1,7,1,1]}") !=
          std::string::npos);
    expectVerified();
}

TEST_CASE_METHOD(TrustFixture, "A closed pulse with too few answers keeps them out of history", "[edit][pulse]")
{
    facilitator(kDee);
    requireOk(service.pulses.open(pulse()));
    requireOk(service.pulses.recordResponse(PulseId(kPulse), MemberId(kAna), {5, 5, 5, 5, 5, 5, 5}));
    requireOk(service.pulses.close(PulseId(kPulse), day("2026-11-30")));
    CHECK(history().back().after.find("\"responses\":[]") != std::string::npos);
    CHECK(history().back().after.find("5,5,5") == std::string::npos);
    expectRefused(
        [&] {
            return service.pulses.recordResponse(PulseId(kPulse), MemberId(kBo), {5, 5, 5, 5, 5, 5, 5});
        },
        "closed");
}

TEST_CASE_METHOD(TrustFixture, "A review creates its follow-up commitments in the same change", "[edit][review]")
{
    requireOk(service.commitments.addCommitment(commitment()));
    Review r;
    r.id = ReviewId(kReview);
    r.subjectKind = ReviewSubjectKind::Commitment;
    r.subject = kCom;
    r.participants = {MemberId(kAna), MemberId(kBo)};
    r.whatHappened = "The export slipped two weeks";
    r.contributingFactors = {"The data source changed without notice", "No one was watching the schedule"};
    r.whatWeChange = "A change log for the data source";
    Commitment follow = commitment(kFollowUp);
    follow.description = "Start a change log for the data source";
    const auto count = historyCount();
    expectWrote(service.reviews.hold(r, {follow}), count, "hold-review",
                {{RecordKind::Commitment, kFollowUp, std::nullopt}, {RecordKind::Review, kReview, std::nullopt}});
    const auto held = stored<Review>(kReview);
    CHECK(held.followUps == std::vector<CommitmentId>{CommitmentId(kFollowUp)});
    CHECK(held.contributingFactors.size() == 2);
    CHECK(held.heldOn);
    // The reviewed commitment and the follow-up stay live while the review refers to them.
    expectRefused([&] { return service.retract(RecordKind::Commitment, kCom); }, "review");
    expectRefused([&] { return service.retract(RecordKind::Commitment, kFollowUp); }, "review");
}

TEST_CASE_METHOD(TrustFixture, "A review refuses a blank factor and a subject that does not exist", "[edit][review]")
{
    Review r;
    r.id = ReviewId(kReview);
    r.subjectKind = ReviewSubjectKind::Initiative;
    r.subject = kMissing;
    expectRefused([&] { return service.reviews.hold(r); }, "no initiative");
    requireOk(service.initiatives.addInitiative(initiative()));
    r.subject = kInit;
    r.contributingFactors = {"  "};
    expectRefused([&] { return service.reviews.hold(r); }, "factor 1");
    r.contributingFactors = {"Too many priorities at once"};
    requireOk(service.reviews.hold(r));
    auto edited = stored<Review>(kReview);
    edited.subject = kMissing; // the subject stays as held
    edited.whatWeChange = "One priority per quarter";
    requireOk(service.reviews.editReview(edited));
    CHECK(stored<Review>(kReview).subject == kInit);
    CHECK(stored<Review>(kReview).whatWeChange == "One priority per quarter");
}
