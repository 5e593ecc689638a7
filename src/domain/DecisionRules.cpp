#include "baton/domain/DecisionRules.h"

#include "baton/domain/TextRules.h"

#include <algorithm>

namespace baton::domain {

std::vector<std::string> decisionFieldProblems(const Decision& decision)
{
    std::vector<std::string> problems;
    if (isBlank(decision.title))
        problems.emplace_back("a decision needs a title");
    else if (codePointCount(decision.title) > kMaxNameLength)
        problems.emplace_back("the title is longer than 200 characters");
    if (decision.proposedOn && decision.decidedOn && *decision.decidedOn < *decision.proposedOn)
        problems.emplace_back("it is decided (" + decision.decidedOn->toString() + ") before it was proposed (" +
                              decision.proposedOn->toString() + ")");
    if (decision.needsAccountable() && (!decision.accountable || decision.accountable->empty()))
        problems.emplace_back("a " + std::string(toString(decision.status)) +
                              " decision needs exactly one accountable member");
    if (decision.supersedes && *decision.supersedes == decision.id)
        problems.emplace_back("a decision cannot supersede itself");
    return problems;
}

Result<void> decide(Decision& decision, const Member* accountable, Date on)
{
    if (decision.status != DecisionStatus::Proposed)
        return makeError(ErrorCode::RuleViolation, "only a proposed decision can be decided; this one is " +
                                                       std::string(toString(decision.status)));
    if (!accountable)
        return makeError(ErrorCode::RuleViolation,
                         "name the one member accountable for this decision before marking it decided");
    if (accountable->hasLeftBy(on))
        return makeError(ErrorCode::RuleViolation, accountable->name + " left the team on " +
                                                       accountable->leftOn->toString() + " and cannot be accountable");
    if (decision.method == DecisionMethod::Consent && decision.hasStandingObjection())
        return makeError(ErrorCode::RuleViolation,
                         "a consent decision cannot be decided while an objection stands; resolve it first");
    if (decision.proposedOn && on < *decision.proposedOn)
        return makeError(ErrorCode::InvalidValue, "the decision date " + on.toString() +
                                                      " is before the proposal date " +
                                                      decision.proposedOn->toString());
    decision.status = DecisionStatus::Decided;
    decision.accountable = accountable->id;
    decision.decidedOn = on;
    return {};
}

Result<void> supersede(Decision& old, Decision& next)
{
    if (old.id == next.id)
        return makeError(ErrorCode::InvalidValue, "a decision cannot supersede itself");
    if (old.status != DecisionStatus::Decided)
        return makeError(ErrorCode::RuleViolation,
                         "only a decided decision can be superseded; this one is " + std::string(toString(old.status)));
    old.status = DecisionStatus::Superseded;
    next.supersedes = old.id;
    return {};
}

Result<void> reverse(Decision& decision, const std::string& reason)
{
    if (decision.status != DecisionStatus::Decided)
        return makeError(ErrorCode::RuleViolation, "only a decided decision can be reversed; this one is " +
                                                       std::string(toString(decision.status)));
    if (isBlank(reason))
        return makeError(ErrorCode::InvalidValue, "say why the decision is reversed");
    decision.status = DecisionStatus::Reversed;
    if (!decision.rationale.empty())
        decision.rationale += "\n\n";
    decision.rationale += "Reversed: " + reason;
    return {};
}

Result<void> withdraw(Decision& decision, const std::string& reason)
{
    if (decision.status != DecisionStatus::Proposed)
        return makeError(ErrorCode::RuleViolation, "only a proposed decision can be withdrawn; this one is " +
                                                       std::string(toString(decision.status)));
    if (isBlank(reason))
        return makeError(ErrorCode::InvalidValue, "say why the proposal is withdrawn");
    decision.status = DecisionStatus::Withdrawn;
    if (!decision.rationale.empty())
        decision.rationale += "\n\n";
    decision.rationale += "Withdrawn: " + reason;
    return {};
}

void recordStance(Decision& decision, const MemberId& member, Stance stance, std::string comment)
{
    const auto it = std::find_if(decision.participants.begin(), decision.participants.end(),
                                 [&](const Participant& p) { return p.member == member; });
    if (it != decision.participants.end()) {
        it->stance = stance;
        it->comment = std::move(comment);
        return;
    }
    decision.participants.push_back(
        Participant{member, ParticipantRole::Consulted, stance, std::move(comment), {}, std::nullopt});
}

} // namespace baton::domain
