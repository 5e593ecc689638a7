#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Ids.h"
#include "baton/domain/Member.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baton::domain {

/// A member's level per area once child areas count towards their parents: the effective level
/// in area A is the highest of the member's own level in A and in any area below A in the tree.
/// Pass one member's rows. Retracted rows are ignored; a retracted area passes nothing on to its
/// parent, and nothing passes on to a retracted or unknown parent. Levels above 5 count as 5.
/// Returns area id -> effective level (only areas with a level > 0).
std::unordered_map<AreaId, int> effectiveLevels(const std::vector<ExpertiseArea>& areas,
                                                const std::vector<Expertise>& memberExpertise);

/// Areas at or below `area` in the tree (including itself, first), breadth first and children in
/// input order. Retracted areas and what hangs below them are left out; robust to cycles and
/// missing parents (each area appears once).
std::vector<AreaId> areaAndDescendants(const std::vector<ExpertiseArea>& areas, const AreaId& area);

/// The spec's level names: 1 aware, 2 practitioner, 3 proficient, 4 expert, 5 authority,
/// capitalised ("Aware" .. "Authority"); empty for a level outside 1..5.
std::string_view levelName(int level);

/// How many active members could carry an area if one of them left.
struct AreaBusFactor {
    AreaId area;
    std::string name;
    int membersAtLevel3OrMore = 0;
    bool atRisk = false; ///< at most one member at level 3 or more
};

/// For every non-retracted area, in input order: active members (not left by `today`, not
/// retracted) whose EFFECTIVE level there is >= 3. Rows of members not in `members` are ignored.
std::vector<AreaBusFactor> busFactors(const std::vector<ExpertiseArea>& areas, const std::vector<Member>& members,
                                      const std::vector<Expertise>& expertise, Date today);

/// A member who could teach an area to one who wants to learn it.
struct MentoringPair {
    AreaId area;
    MemberId mentor;
    MemberId learner;
    int mentorLevel = 0;  ///< the mentor's effective level in the area (4 or 5)
    int learnerLevel = 0; ///< the learner's effective level in the area (0 when none), below mentorLevel
};

/// A mentor at effective level >= 4 paired with an active member who wants to learn that same
/// area (a non-retracted wants_to_learn row on it) and whose effective level there is below the
/// mentor's; mentor != learner, both active, the area not retracted. Sorted by area name (case
/// folded), then mentor level desc, then mentor name, then learner name, then ids.
std::vector<MentoringPair> mentoringPairs(const std::vector<ExpertiseArea>& areas, const std::vector<Member>& members,
                                          const std::vector<Expertise>& expertise, Date today);

} // namespace baton::domain
