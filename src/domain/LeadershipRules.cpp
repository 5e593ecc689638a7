#include "baton/domain/LeadershipRules.h"

#include "baton/domain/TextRules.h"

#include <algorithm>

namespace baton::domain {

std::optional<std::pair<std::size_t, std::size_t>> findOverlappingLeads(const std::vector<LeadStint>& stints)
{
    std::vector<std::size_t> leads;
    for (std::size_t i = 0; i < stints.size(); ++i) {
        if (stints[i].role == StintRole::Lead)
            leads.push_back(i);
    }
    std::sort(leads.begin(), leads.end(),
              [&](std::size_t a, std::size_t b) { return stints[a].from < stints[b].from; });
    for (std::size_t k = 1; k < leads.size(); ++k) {
        const LeadStint& earlier = stints[leads[k - 1]];
        const LeadStint& later = stints[leads[k]];
        if (!earlier.to || *earlier.to >= later.from)
            return std::pair{std::min(leads[k - 1], leads[k]), std::max(leads[k - 1], leads[k])};
    }
    return std::nullopt;
}

Result<void> validateStints(const std::vector<LeadStint>& stints)
{
    for (const auto& stint : stints) {
        if (stint.to && *stint.to < stint.from)
            return makeError(ErrorCode::InvalidValue, "a stint ends (" + stint.to->toString() + ") before it starts (" +
                                                          stint.from.toString() + ")");
    }
    if (const auto clash = findOverlappingLeads(stints)) {
        const LeadStint& a = stints[clash->first];
        const LeadStint& b = stints[clash->second];
        return makeError(ErrorCode::Conflict, "two lead stints cover the same days: the one from " + a.from.toString() +
                                                  " and the one from " + b.from.toString() +
                                                  " (only one lead at a time; use co-lead for shared leadership)");
    }
    return {};
}

Result<void> startStint(Initiative& initiative, const Member& member, StintRole role, Date from, std::string reason)
{
    if (member.hasLeftBy(from))
        return makeError(ErrorCode::RuleViolation, member.name + " left the team on " + member.leftOn->toString() +
                                                       " and cannot take on a new stint");
    std::vector<LeadStint> next = initiative.leadership;
    next.push_back(LeadStint{member.id, role, from, std::nullopt, std::move(reason), std::nullopt});
    if (auto ok = validateStints(next); !ok)
        return ok;
    initiative.leadership = std::move(next);
    return {};
}

Result<void> passLead(Initiative& initiative, const Member& next, Date on, std::string reason)
{
    if (isBlank(reason))
        return makeError(ErrorCode::InvalidValue, "say why the lead passes: a handoff needs a reason");
    if (next.hasLeftBy(on))
        return makeError(ErrorCode::RuleViolation,
                         next.name + " left the team on " + next.leftOn->toString() + " and cannot take the lead");
    std::vector<LeadStint> stints = initiative.leadership;
    for (auto& stint : stints) {
        if (stint.role != StintRole::Lead || !stint.covers(on))
            continue;
        if (stint.member == next.id)
            return makeError(ErrorCode::Conflict, next.name + " already leads this initiative");
        if (stint.from == on)
            return makeError(ErrorCode::Conflict, "the current lead only started on " + on.toString() +
                                                      "; a handoff on the same day would leave them no days as lead");
        stint.to = on.addDays(-1);
    }
    for (const auto& stint : stints) {
        if (stint.role == StintRole::Lead && stint.from > on)
            return makeError(ErrorCode::Conflict, "a later lead stint already starts on " + stint.from.toString());
    }
    stints.push_back(LeadStint{next.id, StintRole::Lead, on, std::nullopt, std::move(reason), std::nullopt});
    if (auto ok = validateStints(stints); !ok)
        return ok;
    initiative.leadership = std::move(stints);
    return {};
}

} // namespace baton::domain
