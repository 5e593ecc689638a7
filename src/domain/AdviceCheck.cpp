#include "baton/domain/AdviceCheck.h"

#include "baton/domain/ExpertiseFit.h"

#include <algorithm>

namespace baton::domain {
namespace {

int bestLevel(const MemberId& member, const Decision& decision, const std::vector<ExpertiseArea>& areas,
              const std::vector<Expertise>& expertise)
{
    std::vector<Expertise> own;
    for (const auto& e : expertise) {
        if (e.member == member)
            own.push_back(e);
    }
    const auto levels = effectiveLevels(areas, own);
    int best = 0;
    for (const auto& area : decision.areas) {
        if (const auto it = levels.find(area); it != levels.end())
            best = std::max(best, it->second);
    }
    return best;
}

} // namespace

AdviceExpertise adviceExpertise(const Decision& decision, const std::vector<ExpertiseArea>& areas,
                                const std::vector<Expertise>& expertise)
{
    AdviceExpertise out;
    out.applies = (decision.method == DecisionMethod::Advice || decision.method == DecisionMethod::Expert) &&
                  !decision.areas.empty();
    if (!out.applies)
        return out;
    const auto add = [&](const MemberId& member, ParticipantRole role) {
        const int level = bestLevel(member, decision, areas, expertise);
        out.people.push_back(AdviceExpert{member, role, level, level >= kAdviceExpertLevel});
        out.anyExpert = out.anyExpert || level >= kAdviceExpertLevel;
    };
    bool accountableListed = false;
    for (const auto& p : decision.participants) {
        if (p.role != ParticipantRole::Advisor && p.role != ParticipantRole::Decider)
            continue;
        add(p.member, p.role);
        accountableListed = accountableListed || (decision.accountable && p.member == *decision.accountable);
    }
    if (decision.accountable && !accountableListed)
        add(*decision.accountable, ParticipantRole::Decider);
    return out;
}

std::string adviceWarning(const AdviceExpertise& check, const std::vector<std::string>& areaNames)
{
    if (!check.applies || check.anyExpert)
        return {};
    std::string names;
    for (const auto& name : areaNames)
        names += (names.empty() ? "" : ", ") + name;
    return "No one with expertise (level " + std::to_string(kAdviceExpertLevel) + " or higher) in " + names +
           " was asked";
}

} // namespace baton::domain
