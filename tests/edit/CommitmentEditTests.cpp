#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
struct Commitments : EditFixture {
    CommitmentId id{kCom};
    Commitments() { requireOk(service.commitments.addCommitment(commitment())); }
};
} // namespace

TEST_CASE_METHOD(EditFixture, "Adding a commitment writes it open", "[edit][commitments]")
{
    const auto count = historyCount();
    Commitment c = commitment();
    c.status = CommitmentStatus::Done; // a new commitment is open whatever it says
    c.closedOn = day("2026-11-01");
    expectWrote(service.commitments.addCommitment(c), count, "add-commitment",
                {{RecordKind::Commitment, kCom, std::nullopt}});
    const auto saved = stored<Commitment>(kCom);
    CHECK(saved.status == CommitmentStatus::Open);
    CHECK_FALSE(saved.closedOn);
    CHECK(saved.supporters == std::vector<MemberId>{MemberId(kBo)});
}

TEST_CASE_METHOD(Commitments, "Editing a commitment keeps how it is closed", "[edit][commitments]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Commitment, kCom);
    Commitment c = commitment();
    c.description = "Automate the churn export";
    c.owner = MemberId(kBo);
    c.supporters = {MemberId(kAna), MemberId(kDee)};
    c.status = CommitmentStatus::Missed;
    expectWrote(service.commitments.editCommitment(c), count, "edit-commitment",
                {{RecordKind::Commitment, kCom, before}});
    const auto saved = stored<Commitment>(kCom);
    CHECK(saved.owner == MemberId(kBo));
    CHECK(saved.supporters.size() == 2);
    CHECK(saved.status == CommitmentStatus::Open);
}

TEST_CASE_METHOD(Commitments, "Closing a commitment records how and when", "[edit][commitments]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Commitment, kCom);
    expectWrote(service.commitments.close(id, CommitmentStatus::Done, day("2026-11-25"), "runs on the 1st"), count,
                "close-commitment", {{RecordKind::Commitment, kCom, before}});
    const auto saved = stored<Commitment>(kCom);
    CHECK(saved.status == CommitmentStatus::Done);
    CHECK(saved.closedOn == day("2026-11-25"));
    CHECK(saved.outcome == "runs on the 1st");
}

TEST_CASE_METHOD(EditFixture, "A commitment needs an owner", "[edit][commitments][refused]")
{
    Commitment c = commitment();
    c.owner = MemberId();
    expectRefused([&] { return service.commitments.addCommitment(c); }, "needs exactly one owner");
    c.owner = MemberId(kMissing);
    expectRefused([&] { return service.commitments.addCommitment(c); }, "there is no member with id " + kMissing);
}

TEST_CASE_METHOD(Commitments, "A member who has left cannot take on a commitment", "[edit][commitments][refused]")
{
    Commitment c = commitment("01930000-0000-7000-8000-0000000000f2");
    c.owner = MemberId(kCy);
    expectRefused([&] { return service.commitments.addCommitment(c); }, "Cy Okafor left the team on 2026-06-30");
    c = commitment();
    c.owner = MemberId(kCy);
    expectRefused([&] { return service.commitments.editCommitment(c); }, "Cy Okafor left the team on 2026-06-30");
    c.owner = MemberId();
    expectRefused([&] { return service.commitments.editCommitment(c); }, "needs exactly one owner");
}

TEST_CASE_METHOD(EditFixture, "A commitment keeps its owner when they leave and can still be edited",
                 "[edit][commitments]")
{
    Commitment c = commitment();
    c.owner = MemberId(kDee);
    requireOk(service.commitments.addCommitment(c));
    Member dee = stored<Member>(kDee);
    dee.leftOn = day("2026-11-20");
    requireOk(service.people.editMember(dee));
    c.description = "Hand the export over";
    const auto count = historyCount();
    const auto before = canon(RecordKind::Commitment, kCom);
    expectWrote(service.commitments.editCommitment(c), count, "edit-commitment",
                {{RecordKind::Commitment, kCom, before}});
}

TEST_CASE_METHOD(Commitments, "A closed commitment cannot be closed again", "[edit][commitments][refused]")
{
    requireOk(service.commitments.close(id, CommitmentStatus::Done, day("2026-11-25"), ""));
    expectRefused([&] { return service.commitments.close(id, CommitmentStatus::Dropped, day("2026-11-26"), "no"); },
                  "this commitment is already done");
}

TEST_CASE_METHOD(EditFixture, "Commitment edits naming an unknown or a retracted record are refused",
                 "[edit][commitments][refused]")
{
    Commitment c = commitment();
    c.decision = DecisionId(kMissing);
    expectRefused([&] { return service.commitments.addCommitment(c); },
                  "The decision: there is no decision with id " + kMissing);
    c = commitment();
    c.supporters = {MemberId(kMissing)};
    expectRefused([&] { return service.commitments.addCommitment(c); },
                  "A supporter: there is no member with id " + kMissing);
    requireOk(service.decisions.propose(decision()));
    requireOk(service.retract(RecordKind::Decision, kDec));
    c = commitment();
    c.decision = DecisionId(kDec);
    expectRefused([&] { return service.commitments.addCommitment(c); },
                  "The decision: decision “Report churn monthly” was retracted");
    expectRefused(
        [&] {
            return service.commitments.close(CommitmentId(kMissing), CommitmentStatus::Done, day("2026-11-25"), "");
        },
        "there is no commitment with id " + kMissing);
}
