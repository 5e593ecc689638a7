#include "baton/domain/FallbackRules.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/DecisionRules.h"
#include "baton/domain/TextRules.h"

#include <algorithm>

namespace baton::domain {

int fallbackDays(const Decision& decision, std::optional<int> ruleDays)
{
    if (ruleDays && *ruleDays >= 1)
        return *ruleDays;
    if (decision.proposedOn && decision.decideBy)
        return std::max(1, decision.decideBy->days() - decision.proposedOn->days());
    return 1;
}

std::string fallbackDueText(DecisionFallback fallback)
{
    std::string text = fallbackText(fallback);
    const std::string_view prefix = "Fallback:";
    if (text.rfind(prefix, 0) == 0)
        text.replace(0, prefix.size(), "Fallback due:");
    return text;
}

std::string fallbackEffect(DecisionFallback fallback)
{
    switch (fallback) {
    case DecisionFallback::AccountableDecides:
        return "The accountable member decides now, after hearing the advice given. The decision is recorded as "
               "an advice decision, decided today.";
    case DecisionFallback::MajorityVote:
        return "The method becomes a majority vote with a new deadline; the team votes and the majority decides.";
    case DecisionFallback::ExtendOnce:
        return "The deadline moves once. If the new deadline passes too, the accountable member decides.";
    case DecisionFallback::EscalateToTeam:
        return "The whole team is asked: everyone active is consulted and the method becomes consensus with a new "
               "deadline. If that deadline passes, the team decides by majority vote.";
    }
    return {};
}

Result<void> applyFallback(Decision& decision, const FallbackInputs& inputs, Date today)
{
    if (!decision.fallback)
        return makeError(ErrorCode::RuleViolation, "the decision \"" + decision.title + "\" has no fallback");
    if (!fallbackDue(decision, today)) {
        if (decision.status != DecisionStatus::Proposed)
            return makeError(ErrorCode::RuleViolation, "a fallback applies to a proposal; \"" + decision.title +
                                                           "\" is " + std::string(toString(decision.status)));
        return makeError(ErrorCode::RuleViolation,
                         "the fallback of \"" + decision.title + "\" is not due: it applies after the deadline" +
                             (decision.decideBy ? " (" + decision.decideBy->toString() + ")" : std::string()) +
                             " has passed");
    }
    Decision after = decision;
    const Date newDeadline = today.addDays(fallbackDays(decision, inputs.ruleDays));
    switch (*decision.fallback) {
    case DecisionFallback::AccountableDecides: {
        if (isBlank(inputs.outcome))
            return makeError(ErrorCode::InvalidValue, "write down what the accountable member decided (the outcome)");
        after.method = DecisionMethod::Advice;
        after.outcome = inputs.outcome;
        after.rationale = isBlank(inputs.rationale)
                              ? "Decided by the accountable member under the charter's fallback: the deadline " +
                                    decision.decideBy->toString() + " passed without a decision."
                              : inputs.rationale;
        if (auto ok = decide(after, inputs.accountable, today); !ok)
            return ok;
        break;
    }
    case DecisionFallback::ExtendOnce:
        // The deadline moves by the rule's days from where it was, but never to a day already past.
        after.decideBy =
            std::max(decision.decideBy->addDays(fallbackDays(decision, inputs.ruleDays)), today.addDays(1));
        after.fallback = DecisionFallback::AccountableDecides;
        break;
    case DecisionFallback::MajorityVote:
        after.method = DecisionMethod::MajorityVote;
        after.decideBy = newDeadline;
        after.fallback.reset();
        break;
    case DecisionFallback::EscalateToTeam:
        after.method = DecisionMethod::Consensus;
        for (const auto& member : inputs.team) {
            const bool present = std::any_of(after.participants.begin(), after.participants.end(),
                                             [&](const Participant& p) { return p.member == member; });
            if (!present)
                after.participants.push_back(
                    Participant{member, ParticipantRole::Consulted, Stance::None, {}, {}, std::nullopt});
        }
        after.decideBy = newDeadline;
        after.fallback = DecisionFallback::MajorityVote;
        break;
    }
    decision = std::move(after);
    return {};
}

} // namespace baton::domain
