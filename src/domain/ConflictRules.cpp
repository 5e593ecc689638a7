#include "baton/domain/ConflictRules.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/TextRules.h"

#include <algorithm>
#include <unordered_set>

namespace baton::domain {
namespace {

Result<void> requireOpen(const Conflict& conflict)
{
    if (conflict.status != ConflictStatus::Open)
        return makeError(ErrorCode::RuleViolation, "the conflict is already " + std::string(toString(conflict.status)));
    return {};
}

/// The last day something happened to the conflict: its last step, else the day it was raised.
std::optional<Date> lastEvent(const Conflict& conflict)
{
    if (!conflict.steps.empty())
        return conflict.steps.back().on;
    return conflict.raisedOn;
}

Result<void> notBeforeLastEvent(const Conflict& conflict, Date on)
{
    const auto last = lastEvent(conflict);
    if (last && on < *last)
        return makeError(ErrorCode::InvalidValue,
                         "the date " + on.toString() + " is before " +
                             (conflict.steps.empty() ? "the day the conflict was raised (" : "its last step (") +
                             last->toString() + ")");
    return {};
}

} // namespace

std::vector<std::string> conflictFieldProblems(const Conflict& conflict)
{
    std::vector<std::string> problems;
    if (isBlank(conflict.title))
        problems.emplace_back("a conflict needs a title");
    else if (codePointCount(conflict.title) > kMaxNameLength)
        problems.emplace_back("the title is longer than 200 characters");
    std::unordered_set<MemberId> parties;
    for (const auto& party : conflict.parties) {
        if (!party.empty())
            parties.insert(party);
    }
    if (parties.size() < 2)
        problems.emplace_back("a conflict needs two or more distinct parties");
    for (std::size_t i = 0; i < conflict.steps.size(); ++i) {
        const auto& step = conflict.steps[i];
        if (step.rung < 1)
            problems.emplace_back("step " + std::to_string(i + 1) + " is on rung " + std::to_string(step.rung) +
                                  "; rungs start at 1");
        if (i > 0 && step.on < conflict.steps[i - 1].on)
            problems.emplace_back("step " + std::to_string(i + 1) + " (" + step.on.toString() +
                                  ") is dated before step " + std::to_string(i) + " (" +
                                  conflict.steps[i - 1].on.toString() + ")");
    }
    return problems;
}

Result<void> climb(Conflict& conflict, const std::vector<CharterRule>& charter, Date on, std::string note)
{
    if (auto open = requireOpen(conflict); !open)
        return open;
    if (auto dated = notBeforeLastEvent(conflict, on); !dated)
        return dated;
    if (isBlank(note))
        return makeError(ErrorCode::InvalidValue, "say what happened on this step");
    const auto ladder = conflictLadder(charter);
    if (ladder.empty())
        return makeError(ErrorCode::RuleViolation, "the charter has no conflict ladder yet; agree its rungs first");
    const int top = ladder.back()->position;
    const int next = conflict.currentRung() + 1;
    if (next > top)
        return makeError(ErrorCode::RuleViolation, "the conflict stands on the top rung (" + std::to_string(top) +
                                                       ", " + ladder.back()->title +
                                                       ") of the ladder; resolve or withdraw it");
    const bool onLadder =
        std::any_of(ladder.begin(), ladder.end(), [next](const CharterRule* rung) { return rung->position == next; });
    if (!onLadder)
        return makeError(ErrorCode::RuleViolation,
                         "the charter's ladder has no rung " + std::to_string(next) + "; climb one rung at a time");
    conflict.steps.push_back(ConflictStep{next, on, std::move(note)});
    return {};
}

Result<void> resolve(Conflict& conflict, Date on, std::string resolution, std::optional<DecisionId> decision)
{
    if (auto open = requireOpen(conflict); !open)
        return open;
    if (auto dated = notBeforeLastEvent(conflict, on); !dated)
        return dated;
    if (isBlank(resolution))
        return makeError(ErrorCode::InvalidValue, "say how the conflict was resolved");
    conflict.status = ConflictStatus::Resolved;
    conflict.resolvedOn = on;
    conflict.resolution = std::move(resolution);
    conflict.decision = std::move(decision);
    return {};
}

Result<void> withdraw(Conflict& conflict, Date on, const std::string& reason)
{
    if (auto open = requireOpen(conflict); !open)
        return open;
    if (auto dated = notBeforeLastEvent(conflict, on); !dated)
        return dated;
    if (isBlank(reason))
        return makeError(ErrorCode::InvalidValue, "say why the conflict is withdrawn");
    conflict.status = ConflictStatus::Withdrawn;
    conflict.resolvedOn = on;
    conflict.resolution = "Withdrawn: " + reason;
    return {};
}

std::optional<int> daysOnRung(const Conflict& conflict, Date today)
{
    if (conflict.status != ConflictStatus::Open)
        return std::nullopt;
    const auto since = lastEvent(conflict);
    if (!since)
        return std::nullopt;
    return std::max(0, today.days() - since->days());
}

} // namespace baton::domain
