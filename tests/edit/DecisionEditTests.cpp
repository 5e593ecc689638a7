#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using baton::edit::Edit;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kNext = "01930000-0000-7000-8000-0000000000d2";

struct Decisions : EditFixture {
    DecisionId id{kDec};
    Decisions() { requireOk(service.decisions.propose(decision())); }
    Edit decide(const std::string& accountable, const char* on = "2026-11-20")
    {
        return service.decisions.decide(id, MemberId(accountable), day(on), "monthly", "Ana automated it");
    }
};
} // namespace

TEST_CASE_METHOD(EditFixture, "Proposing a decision writes it as proposed", "[edit][decisions]")
{
    const auto count = historyCount();
    Decision d = decision();
    d.status = DecisionStatus::Decided; // a proposal is proposed whatever it says
    d.proposedOn.reset();
    const auto written =
        expectWrote(service.decisions.propose(d), count, "propose", {{RecordKind::Decision, kDec, std::nullopt}});
    const auto saved = stored<Decision>(kDec);
    CHECK(saved.status == DecisionStatus::Proposed);
    CHECK(saved.proposedOn == clock.today());
    CHECK(written[0].after.find("\"status\":\"proposed\"") != std::string::npos);
}

TEST_CASE_METHOD(Decisions, "Editing a proposal changes what it says and keeps its status and stances",
                 "[edit][decisions]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Decision, kDec);
    Decision d = decision();
    d.title = "Report churn every month";
    d.options = {"monthly", "weekly", "quarterly"};
    d.status = DecisionStatus::Reversed;
    d.participants.clear();
    expectWrote(service.decisions.editDecision(d), count, "edit-decision", {{RecordKind::Decision, kDec, before}});
    const auto saved = stored<Decision>(kDec);
    CHECK(saved.title == "Report churn every month");
    CHECK(saved.options.size() == 3);
    CHECK(saved.status == DecisionStatus::Proposed);
    CHECK(saved.participants.size() == 1);
}

TEST_CASE_METHOD(Decisions, "Recording a stance adds the member with their role", "[edit][decisions]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Decision, kDec);
    expectWrote(
        service.decisions.recordStance(id, MemberId(kBo), ParticipantRole::Advisor, Stance::Concern, "too slow"), count,
        "record-stance", {{RecordKind::Decision, kDec, before}});
    const auto saved = stored<Decision>(kDec);
    REQUIRE(saved.participants.size() == 2);
    CHECK(saved.participants[1].member == MemberId(kBo));
    CHECK(saved.participants[1].role == ParticipantRole::Advisor);
    CHECK(saved.participants[1].stance == Stance::Concern);
    CHECK(saved.participants[1].comment == "too slow");
}

TEST_CASE_METHOD(Decisions, "Deciding names the accountable member, the date and the outcome", "[edit][decisions]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Decision, kDec);
    expectWrote(decide(kAna), count, "decide", {{RecordKind::Decision, kDec, before}});
    const auto saved = stored<Decision>(kDec);
    CHECK(saved.status == DecisionStatus::Decided);
    CHECK(saved.accountable == MemberId(kAna));
    CHECK(saved.decidedOn == day("2026-11-20"));
    CHECK(saved.outcome == "monthly");
}

TEST_CASE_METHOD(Decisions, "Superseding writes the new decision and then the old one in one edit", "[edit][decisions]")
{
    requireOk(decide(kAna));
    const auto count = historyCount();
    const auto oldBefore = canon(RecordKind::Decision, kDec);
    Decision next = decision(kNext);
    next.title = "Report churn weekly";
    expectWrote(service.decisions.supersede(id, next), count, "supersede",
                {{RecordKind::Decision, kNext, std::nullopt}, {RecordKind::Decision, kDec, oldBefore}});
    CHECK(stored<Decision>(kDec).status == DecisionStatus::Superseded);
    CHECK(stored<Decision>(kNext).supersedes == id);
    CHECK(stored<Decision>(kNext).status == DecisionStatus::Proposed);
}

TEST_CASE_METHOD(Decisions, "Reversing through the service keeps the reason in the rationale", "[edit][decisions]")
{
    requireOk(decide(kAna));
    const auto count = historyCount();
    const auto before = canon(RecordKind::Decision, kDec);
    expectWrote(service.decisions.reverse(id, "the export broke twice"), count, "reverse",
                {{RecordKind::Decision, kDec, before}});
    const auto saved = stored<Decision>(kDec);
    CHECK(saved.status == DecisionStatus::Reversed);
    CHECK(saved.rationale == "Ana automated it\n\nReversed: the export broke twice");
}

TEST_CASE_METHOD(Decisions, "Withdrawing a proposal keeps the reason", "[edit][decisions]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Decision, kDec);
    expectWrote(service.decisions.withdraw(id, "nobody needs it"), count, "withdraw",
                {{RecordKind::Decision, kDec, before}});
    CHECK(stored<Decision>(kDec).status == DecisionStatus::Withdrawn);
    CHECK(stored<Decision>(kDec).rationale == "Withdrawn: nobody needs it");
}

TEST_CASE_METHOD(Decisions, "Deciding without an accountable member is refused and writes nothing",
                 "[edit][decisions][refused]")
{
    expectRefused([&] { return decide(""); }, "name the one member accountable");
    expectRefused([&] { return decide(kMissing); }, "there is no member with id " + kMissing);
    expectRefused([&] { return decide(kCy); }, "Cy Okafor left the team on 2026-06-30 and cannot be accountable");
}

TEST_CASE_METHOD(Decisions, "A consent decision cannot be decided over a standing objection",
                 "[edit][decisions][refused]")
{
    requireOk(service.decisions.recordStance(id, MemberId(kBo), ParticipantRole::Consulted, Stance::Objection,
                                             "we lose the quarterly view"));
    expectRefused([&] { return decide(kAna); }, "cannot be decided while an objection stands");
    requireOk(service.decisions.recordStance(id, MemberId(kBo), ParticipantRole::Consulted, Stance::Concern, "fine"));
    requireOk(decide(kAna));
}

TEST_CASE_METHOD(Decisions, "Deciding a decision that is not proposed is refused and writes nothing",
                 "[edit][decisions][refused]")
{
    requireOk(decide(kAna));
    expectRefused([&] { return decide(kBo, "2026-11-25"); },
                  "only a proposed decision can be decided; this one is decided");
    expectRefused([&] { return service.decisions.decide(id, MemberId(kAna), day("2026-11-25"), "", ""); }, "outcome");
}

TEST_CASE_METHOD(Decisions, "Only a decided decision can be superseded", "[edit][decisions][refused]")
{
    expectRefused([&] { return service.decisions.supersede(id, decision(kNext)); },
                  "only a decided decision can be superseded; this one is proposed");
    requireOk(decide(kAna));
    expectRefused([&] { return service.decisions.supersede(id, decision(kDec)); }, "already exists");
}

TEST_CASE_METHOD(Decisions, "A reversal needs a reason", "[edit][decisions][refused]")
{
    requireOk(decide(kAna));
    expectRefused([&] { return service.decisions.reverse(id, "  "); }, "say why the decision is reversed");
}

TEST_CASE_METHOD(Decisions, "A decided decision cannot be withdrawn", "[edit][decisions][refused]")
{
    requireOk(decide(kAna));
    expectRefused([&] { return service.decisions.withdraw(id, "changed our minds"); },
                  "only a proposed decision can be withdrawn; this one is decided");
}

TEST_CASE_METHOD(EditFixture, "Decision edits naming an unknown or a retracted record are refused",
                 "[edit][decisions][refused]")
{
    Decision d = decision();
    d.participants.push_back({MemberId(kMissing), ParticipantRole::Informed, Stance::None, "", "", std::nullopt});
    expectRefused([&] { return service.decisions.propose(d); },
                  "A participant: there is no member with id " + kMissing);
    requireOk(service.initiatives.addInitiative(initiative()));
    requireOk(service.retract(RecordKind::Initiative, kInit));
    d = decision();
    d.initiative = InitiativeId(kInit);
    expectRefused([&] { return service.decisions.propose(d); },
                  "The initiative: initiative “Churn dashboard” was retracted");
    requireOk(service.decisions.propose(decision()));
    expectRefused(
        [&] {
            return service.decisions.recordStance(DecisionId(kDec), MemberId(kMissing), ParticipantRole::Consulted,
                                                  Stance::Support, "");
        },
        "The member: there is no member with id " + kMissing);
}
