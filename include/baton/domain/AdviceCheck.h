#pragma once

#include "baton/domain/Decision.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"

#include <string>
#include <vector>

namespace baton::domain {

/// The level at which a member counts as having expertise an advice or expert decision needs.
constexpr int kAdviceExpertLevel = 3;

/// One advisor or decider of a decision and their best effective level in its areas.
struct AdviceExpert {
    MemberId member;
    ParticipantRole role = ParticipantRole::Advisor;
    int level = 0;       ///< the highest effective level in any of the decision's areas; 0 for none
    bool expert = false; ///< level >= kAdviceExpertLevel
};

/// Whether an advice or expert decision asked someone who knows its areas.
struct AdviceExpertise {
    bool applies = false;             ///< an advice or expert decision that names areas
    std::vector<AdviceExpert> people; ///< advisors and deciders, in participant order
    bool anyExpert = false;
};

/// For an advice or expert decision with areas: each advisor and decider (and the accountable
/// member, as a decider, when not a participant) with their effective level (a sub-area counts
/// for its parent, see effectiveLevels). `expertise` may hold every member's rows.
AdviceExpertise adviceExpertise(const Decision& decision, const std::vector<ExpertiseArea>& areas,
                                const std::vector<Expertise>& expertise);

/// "No one with expertise (level 3 or higher) in Data, Ops was asked", or empty when someone
/// was or the check does not apply. `areaNames` are the decision's areas, as names.
std::string adviceWarning(const AdviceExpertise& check, const std::vector<std::string>& areaNames);

} // namespace baton::domain
