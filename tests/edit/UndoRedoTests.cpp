#include "edit/EditFixture.h"

#include "baton/storage/MemberRepository.h"
#include "baton/storage/SqliteCommitmentCatalog.h"
#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/SqliteInitiativeCatalog.h"
#include "support/TeamSnapshot.h"

#include <algorithm>

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kEve = "01930000-0000-7000-8000-000000000005";
const std::string kNext = "01930000-0000-7000-8000-0000000000d2";

Timestamp updatedAtIn(const std::string& canonical)
{
    const std::string key = "\"updated_at\":\"";
    const auto start = canonical.find(key) + key.size();
    return *Timestamp::parse(canonical.substr(start, canonical.find('"', start) - start));
}

/// A proposal whose title was then edited; the clock has not moved since.
struct Edited : EditFixture {
    edit::ChangeSet titleEdit;
    Edited()
    {
        requireOk(service.decisions.propose(decision()));
        Decision d = decision();
        d.title = "Report churn every month";
        titleEdit = requireOk(service.decisions.editDecision(d));
    }
};
} // namespace

TEST_CASE_METHOD(Edited, "Undo writes a new compensating entry, newer than what it undoes, and points at it",
                 "[edit][undo]")
{
    REQUIRE(service.setMe(MemberId(kBo)).ok());
    const auto earlier = history();
    const auto original = earlier.back();
    REQUIRE(original.seq == titleEdit.changes[0].seq);
    const auto before = canon(RecordKind::Decision, kDec);
    const auto count = historyCount();
    const auto written =
        expectWrote(service.undo(titleEdit), count, "undo", {{RecordKind::Decision, kDec, before}}, {original.seq});
    CHECK(stored<Decision>(kDec).title == "Report churn monthly");
    // The clock stood still: the entry says when it happened (that same instant), yet the
    // record the undo writes is newer than the edit it undoes, so it wins a merge elsewhere.
    CHECK(written[0].at == original.at);
    CHECK(updatedAtIn(written[0].after) > updatedAtIn(original.after));
    CHECK(stored<Decision>(kDec).updatedAt > updatedAtOf(titleEdit.changes[0].after));
    CHECK(written[0].author == kBo);
    // Nothing older was rewritten.
    const auto now = history();
    REQUIRE(now.size() == earlier.size() + 1);
    CHECK(std::equal(earlier.begin(), earlier.end(), now.begin(), [](const auto& a, const auto& b) {
        return a.seq == b.seq && a.hash == b.hash && a.after == b.after && a.before == b.before;
    }));
}

TEST_CASE_METHOD(Edited, "Redo writes another new entry that points at the undo", "[edit][undo]")
{
    const auto undone = requireOk(service.undo(titleEdit));
    const auto undoEntry = history().back();
    const auto before = canon(RecordKind::Decision, kDec);
    const auto count = historyCount();
    const edit::Edit redone = service.redo(undone);
    const auto written = expectWrote(redone, count, "redo", {{RecordKind::Decision, kDec, before}}, {undoEntry.seq});
    CHECK(stored<Decision>(kDec).title == "Report churn every month");
    CHECK(written[0].at == undoEntry.at); // the clock stood still
    CHECK(updatedAtIn(written[0].after) > updatedAtIn(undoEntry.after));
    // The edit itself is stale now; what redo returned can be undone, and so on round again.
    CHECK_FALSE(service.undo(titleEdit).ok());
    const auto again = requireOk(service.undo(requireOk(service.redo(requireOk(service.undo(redone.value()))))));
    CHECK(stored<Decision>(kDec).title == "Report churn monthly");
    CHECK_FALSE(again.empty());
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "Undoing a creation retracts the record, hides it everywhere and keeps it in the file",
                 "[edit][undo]")
{
    const auto addEve = requireOk(service.people.addMember(member(kEve, "Eve Adams", std::nullopt)));
    const auto addInit = requireOk(service.initiatives.addInitiative(initiative()));
    const auto propose = requireOk(service.decisions.propose(decision()));
    const auto addCom = requireOk(service.commitments.addCommitment(commitment()));
    storage::SqliteDecisionCatalog decisions(db());
    storage::SqliteInitiativeCatalog initiatives(db());
    storage::SqliteCommitmentCatalog commitments(db());
    REQUIRE(decisions.count({}) == 1);
    REQUIRE(initiatives.count({}, clock.today()) == 1);
    REQUIRE(commitments.count({}) == 1);

    for (const auto* done : {&addCom, &propose, &addInit, &addEve}) {
        const auto& created = done->changes.at(0);
        const auto before = canon(kindOf(created.after), keyOf(created.after));
        const auto count = historyCount();
        const auto written = expectWrote(service.undo(*done), count, "undo",
                                         {{kindOf(created.after), keyOf(created.after), before}}, {created.seq});
        CHECK(written[0].after.find("\"retracted\":true") != std::string::npos);
        const auto kept = find(kindOf(created.after), keyOf(created.after));
        REQUIRE(kept);
        CHECK(isRetracted(*kept));
    }
    const auto members = storage::MemberRepository(db()).all();
    CHECK(std::none_of(members.begin(), members.end(), [](const Member& m) { return m.id == MemberId(kEve); }));
    CHECK(storage::MemberRepository(db()).all(storage::Retracted::Included).size() == members.size() + 1);
    CHECK(decisions.count({}) == 0);
    CHECK(decisions.page({}, std::nullopt, 10).rows.empty());
    CHECK(initiatives.count({}, clock.today()) == 0);
    CHECK(commitments.count({}) == 0);
    const test::TeamSnapshot snapshot = test::loadSnapshot(db());
    CHECK(snapshot.decisions.empty());
    CHECK(snapshot.initiatives.empty());
    CHECK(snapshot.commitments.empty());
    CHECK(snapshot.members.size() == members.size());
}

TEST_CASE_METHOD(EditFixture, "Redoing an undone creation brings the record back into the lists", "[edit][undo]")
{
    const auto propose = requireOk(service.decisions.propose(decision()));
    const auto undone = requireOk(service.undo(propose));
    storage::SqliteDecisionCatalog decisions(db());
    REQUIRE(decisions.count({}) == 0);
    const auto before = canon(RecordKind::Decision, kDec);
    const auto count = historyCount();
    const auto written = expectWrote(service.redo(undone), count, "redo", {{RecordKind::Decision, kDec, before}},
                                     {undone.changes[0].seq});
    CHECK(written[0].after.find("retracted") == std::string::npos);
    CHECK(decisions.count({}) == 1);
}

TEST_CASE_METHOD(Edited, "Undo is refused when the record changed since, and nothing is written",
                 "[edit][undo][refused]")
{
    Decision d = stored<Decision>(kDec);
    d.context = "Quarterly was far too slow";
    requireOk(service.decisions.editDecision(d));
    expectRefused([&] { return service.undo(titleEdit); }, "“Report churn every month” has changed since");
    CHECK(stored<Decision>(kDec).context == "Quarterly was far too slow");
}

TEST_CASE_METHOD(EditFixture, "Undoing a creation is refused while a live record refers to it", "[edit][undo][refused]")
{
    const auto addEve = requireOk(service.people.addMember(member(kEve, "Eve Adams", std::nullopt)));
    Commitment c = commitment();
    c.owner = MemberId(kEve);
    c.supporters.clear();
    const auto addCom = requireOk(service.commitments.addCommitment(c));
    expectRefused([&] { return service.undo(addEve); }, "commitment “Automate the monthly churn export” refers to it");
    CHECK_FALSE(stored<Member>(kEve).retracted);
    requireOk(service.undo(addCom));
    requireOk(service.undo(addEve));
    CHECK(stored<Member>(kEve).retracted);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "Undoing a supersede restores both decisions in one edit", "[edit][undo]")
{
    decidedDecision();
    Decision next = decision(kNext);
    next.title = "Report churn weekly";
    const auto superseded = requireOk(service.decisions.supersede(DecisionId(kDec), next));
    REQUIRE(superseded.changes.size() == 2);
    const auto oldBefore = canon(RecordKind::Decision, kDec);
    const auto nextBefore = canon(RecordKind::Decision, kNext);
    // Reverted newest first: the old decision, then the new one.
    const auto count = historyCount();
    expectWrote(service.undo(superseded), count, "undo",
                {{RecordKind::Decision, kDec, oldBefore}, {RecordKind::Decision, kNext, nextBefore}},
                {superseded.changes[1].seq, superseded.changes[0].seq});
    CHECK(stored<Decision>(kDec).status == DecisionStatus::Decided);
    CHECK(stored<Decision>(kNext).retracted);
}

TEST_CASE_METHOD(EditFixture, "Undoing a retraction brings the record back", "[edit][undo]")
{
    requireOk(service.people.addMember(member(kEve, "Eve Adams", std::nullopt)));
    const auto retracted = requireOk(service.retract(RecordKind::Member, kEve));
    CHECK(stored<Member>(kEve).retracted);
    const auto before = canon(RecordKind::Member, kEve);
    const auto count = historyCount();
    expectWrote(service.undo(retracted), count, "undo", {{RecordKind::Member, kEve, before}},
                {retracted.changes[0].seq});
    CHECK_FALSE(stored<Member>(kEve).retracted);
}

TEST_CASE_METHOD(EditFixture, "Undo refuses to bring back a state that points at a member retracted since",
                 "[edit][undo]")
{
    using namespace baton::test::edits;
    requireOk(service.commitments.addCommitment(commitment()));
    auto c = stored<Commitment>(kCom);
    c.owner = MemberId(kBo);
    c.supporters = {};
    const auto handedOver = requireOk(service.commitments.editCommitment(c));
    // Ana no longer owns or supports anything, so she can be retracted.
    requireOk(service.retract(RecordKind::Member, kAna));
    const auto count = historyCount();
    const auto undone = service.undo(handedOver);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.find("Ana Silva") != std::string::npos);
    CHECK(historyCount() == count);
    CHECK(stored<Commitment>(kCom).owner == MemberId(kBo));
}
