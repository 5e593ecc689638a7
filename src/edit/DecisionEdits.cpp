#include "EditChecks.h"

#include "baton/domain/DecisionRules.h"
#include "baton/domain/FallbackRules.h"
#include "baton/edit/EditService.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/MemberRepository.h"

#include <algorithm>
#include <iterator>

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkDecisionFields(EditWriter& w, const Decision& d)
{
    if (const auto problems = decisionFieldProblems(d); !problems.empty()) {
        std::string first = problems.front();
        first[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(first[0])));
        return makeError(ErrorCode::InvalidValue, first + ".");
    }
    if (d.decideBy && d.proposedOn && *d.decideBy < *d.proposedOn)
        return makeError(ErrorCode::InvalidValue, "The deadline is before the proposal date.");
    if (auto ok = requireLiveIfSet(w, RecordKind::Initiative, d.initiative, "The initiative"); !ok)
        return ok;
    if (auto ok = requireAllLive(w, RecordKind::Area, d.areas, "An area of the decision"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::Member, d.accountable, "The accountable member"); !ok)
        return ok;
    if (auto ok = requireLiveIfSet(w, RecordKind::CharterRule, d.charterRule, "The charter rule"); !ok)
        return ok;
    for (const auto& p : d.participants) {
        if (auto ok = w.requireLive(RecordKind::Member, p.member.str(), "A participant"); !ok)
            return ok;
    }
    return {};
}

/// Loads the decision, applies `change`, and writes it.
template <typename Change> Result<void> changeDecision(EditWriter& w, const DecisionId& id, Change change)
{
    auto d = loadLive<Decision>(w, id.str(), "decision");
    if (!d)
        return d.error();
    Decision after = d.value();
    if (auto ok = change(after); !ok)
        return ok;
    w.write(after);
    return {};
}

} // namespace

Edit DecisionEdits::propose(Decision d)
{
    return m_context.run("propose", [&](EditWriter& w) -> Result<void> {
        if (w.find<Decision>(d.id.str()))
            return makeError(ErrorCode::Conflict, "A decision with id " + d.id.str() + " already exists.");
        d.status = DecisionStatus::Proposed;
        d.decidedOn.reset();
        d.supersedes.reset();
        if (!d.proposedOn)
            d.proposedOn = m_context.today();
        if (auto ok = checkDecisionFields(w, d); !ok)
            return ok;
        d.retracted = false;
        w.write(d);
        return {};
    });
}

Edit DecisionEdits::editDecision(Decision d)
{
    return m_context.run("edit-decision", [&](EditWriter& w) {
        return changeDecision(w, d.id, [&](Decision& after) {
            after.title = d.title;
            after.context = d.context;
            after.options = d.options;
            after.method = d.method;
            after.initiative = d.initiative;
            after.areas = d.areas;
            after.proposedOn = d.proposedOn;
            after.decideBy = d.decideBy;
            after.reviewOn = d.reviewOn;
            after.fallback = d.fallback;
            after.charterRule = d.charterRule;
            return checkDecisionFields(w, after);
        });
    });
}

Edit DecisionEdits::recordStance(const DecisionId& id, const MemberId& member, ParticipantRole role, Stance stance,
                                 std::string comment)
{
    return m_context.run("record-stance", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) -> Result<void> {
            if (auto ok = w.requireLive(RecordKind::Member, member.str(), "The member"); !ok)
                return ok;
            domain::recordStance(after, member, stance, std::move(comment));
            for (auto& p : after.participants) {
                if (p.member == member)
                    p.role = role;
            }
            return {};
        });
    });
}

Edit DecisionEdits::decide(const DecisionId& id, const MemberId& accountable, Date on, std::string outcome,
                           std::string rationale)
{
    return m_context.run("decide", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) -> Result<void> {
            const auto who = accountable.empty() ? std::nullopt : w.liveMember(accountable);
            if (!who && !accountable.empty())
                return makeError(ErrorCode::NotFound,
                                 "there is no member with id " + accountable.str() + " in this team");
            if (outcome.empty())
                return makeError(ErrorCode::InvalidValue, "Write down what was decided (the outcome).");
            after.outcome = std::move(outcome);
            if (!rationale.empty())
                after.rationale = std::move(rationale);
            return domain::decide(after, who ? &*who : nullptr, on); // no one named: the rule says so
        });
    });
}

Edit DecisionEdits::supersede(const DecisionId& old, Decision next)
{
    return m_context.run("supersede", [&](EditWriter& w) -> Result<void> {
        auto before = loadLive<Decision>(w, old.str(), "decision");
        if (!before)
            return before.error();
        if (w.find<Decision>(next.id.str()))
            return makeError(ErrorCode::Conflict, "A decision with id " + next.id.str() + " already exists.");
        Decision oldAfter = before.value();
        if (!next.proposedOn)
            next.proposedOn = m_context.today();
        if (auto ok = domain::supersede(oldAfter, next); !ok)
            return ok;
        if (auto ok = checkDecisionFields(w, next); !ok)
            return ok;
        next.retracted = false;
        w.write(next);
        w.write(oldAfter);
        return {};
    });
}

Edit DecisionEdits::reverse(const DecisionId& id, std::string reason)
{
    return m_context.run("reverse", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) { return domain::reverse(after, reason); });
    });
}

Edit DecisionEdits::withdraw(const DecisionId& id, std::string reason)
{
    return m_context.run("withdraw", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) { return domain::withdraw(after, reason); });
    });
}

Edit DecisionEdits::applyFallback(const DecisionId& id, std::optional<MemberId> accountable, std::string outcome,
                                  std::string rationale)
{
    const Date today = m_context.today();
    return m_context.run("apply-fallback", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) -> Result<void> {
            FallbackInputs inputs;
            std::optional<Member> who;
            if (after.fallback == DecisionFallback::AccountableDecides) {
                const auto named = accountable ? accountable : after.accountable;
                if (named) {
                    who = w.liveMember(*named);
                    if (!who)
                        return makeError(ErrorCode::NotFound,
                                         "there is no member with id " + named->str() + " in this team");
                }
                inputs.accountable = who ? &*who : nullptr;
            }
            inputs.outcome = std::move(outcome);
            inputs.rationale = std::move(rationale);
            if (after.charterRule) {
                const auto rule = storage::CharterRuleRepository(w.db()).find(*after.charterRule);
                if (rule && !rule->retracted)
                    inputs.ruleDays = rule->decideWithinDays;
            }
            if (after.fallback == DecisionFallback::EscalateToTeam) {
                for (const auto& m : storage::MemberRepository(w.db()).all()) {
                    if (!m.hasLeftBy(today))
                        inputs.team.push_back(m.id);
                }
            }
            return domain::applyFallback(after, inputs, today);
        });
    });
}

Edit DecisionEdits::recordAdvice(const DecisionId& id, const MemberId& member, std::string advice,
                                 std::optional<bool> followed)
{
    return m_context.run("record-advice", [&](EditWriter& w) {
        return changeDecision(w, id, [&](Decision& after) -> Result<void> {
            if (auto ok = w.requireLive(RecordKind::Member, member.str(), "The advisor"); !ok)
                return ok;
            auto it = std::find_if(after.participants.begin(), after.participants.end(),
                                   [&](const Participant& p) { return p.member == member; });
            if (it == after.participants.end()) {
                after.participants.push_back(
                    Participant{member, ParticipantRole::Advisor, Stance::None, {}, {}, std::nullopt});
                it = std::prev(after.participants.end());
            }
            it->advice = std::move(advice);
            it->followed = followed;
            return {};
        });
    });
}

} // namespace baton::edit
