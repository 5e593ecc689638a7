#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kEve = "01930000-0000-7000-8000-000000000005";
const std::string kDesign = "01930000-0000-7000-8000-0000000000a3";
const std::string kEndorse = "01930000-0000-7000-8000-0000000000e1";
const std::string kNumbers = "01930000-0000-7000-8000-0000000000c1";
} // namespace

TEST_CASE_METHOD(EditFixture, "Retracting is refused while a live record refers to it, and the message names it",
                 "[edit][retract][refused]")
{
    requireOk(service.initiatives.addInitiative(initiative()));
    expectRefused([&] { return service.retract(RecordKind::Member, kAna); },
                  "“Ana Silva” cannot be retracted while initiative “Churn dashboard” refers to it");
    expectRefused([&] { return service.retract(RecordKind::Area, kData); },
                  "“Data” cannot be retracted while area “Analytics” refers to it");
    Decision d = decision();
    d.initiative = InitiativeId(kInit);
    requireOk(service.decisions.propose(d));
    Commitment c = commitment();
    c.decision = DecisionId(kDec);
    requireOk(service.commitments.addCommitment(c));
    expectRefused([&] { return service.retract(RecordKind::Decision, kDec); },
                  "while commitment “Automate the monthly churn export” refers to it");
    expectRefused([&] { return service.retract(RecordKind::Initiative, kInit); },
                  "while decision “Report churn monthly” refers to it");
    // A retracted record no longer holds the others in place.
    requireOk(service.retract(RecordKind::Commitment, kCom));
    requireOk(service.retract(RecordKind::Decision, kDec));
    requireOk(service.retract(RecordKind::Initiative, kInit));
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "Every kind of record can be retracted and stays in the file and the history",
                 "[edit][retract]")
{
    requireOk(service.people.addMember(member(kEve, "Eve Adams", std::nullopt)));
    requireOk(service.people.addArea(area(kDesign, "Design", std::nullopt)));
    Expertise level;
    level.member = MemberId(kBo);
    level.area = AreaId(kData);
    level.level = 2;
    requireOk(service.people.setLevel(level));
    Endorsement e;
    e.id = EndorsementId(kEndorse);
    e.endorser = MemberId(kBo);
    e.member = MemberId(kAna);
    e.area = AreaId(kData);
    e.note = "Knows the warehouse";
    requireOk(service.people.endorse(e));
    requireOk(service.initiatives.addInitiative(initiative()));
    requireOk(service.initiatives.addContribution(contribution(kNumbers, "Churn numbers")));
    requireOk(service.decisions.propose(decision()));
    requireOk(service.commitments.addCommitment(commitment()));

    const std::vector<std::pair<RecordKind, std::string>> order = {
        {RecordKind::Commitment, kCom},       {RecordKind::Decision, kDec},
        {RecordKind::Contribution, kNumbers}, {RecordKind::Initiative, kInit},
        {RecordKind::Endorsement, kEndorse},  {RecordKind::Expertise, kBo + "/" + kData},
        {RecordKind::Area, kDesign},          {RecordKind::Member, kEve}};
    for (const auto& [kind, key] : order) {
        INFO(toString(kind) << " " << key);
        const auto before = canon(kind, key);
        const auto count = historyCount();
        const auto written = expectWrote(service.retract(kind, key), count, "retract", {{kind, key, before}});
        CHECK(written[0].after.find("\"retracted\":true") != std::string::npos);
        const auto kept = find(kind, key);
        REQUIRE(kept);
        CHECK(isRetracted(*kept));
    }
    CHECK(storage::verifyHistory(db()).records == static_cast<std::int64_t>(order.size()) + 6);
}

TEST_CASE_METHOD(EditFixture, "A retracted record cannot be retracted again or edited", "[edit][retract][refused]")
{
    requireOk(service.decisions.propose(decision()));
    requireOk(service.retract(RecordKind::Decision, kDec));
    expectRefused([&] { return service.retract(RecordKind::Decision, kDec); }, "is already retracted");
    expectRefused([&] { return service.decisions.editDecision(decision()); }, "there is no decision with id " + kDec);
    expectRefused([&] { return service.retract(RecordKind::Decision, kMissing); },
                  "there is no decision with id " + kMissing);
}
