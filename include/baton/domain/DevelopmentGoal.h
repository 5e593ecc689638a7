#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>

namespace baton::domain {

/// A coaching goal: a member aims for a higher level in one area, perhaps with a mentor,
/// and the facilitator reviews it on a date.
struct DevelopmentGoal {
    GoalId id;
    MemberId member;
    AreaId area;
    int targetLevel = 2;            ///< 1..5, above the member's level when the goal was set
    std::optional<MemberId> mentor; ///< never the member themself
    std::optional<Date> startedOn;
    std::optional<Date> reviewOn;
    GoalStatus status = GoalStatus::Active;
    std::string note;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// Active and its review date is on or before `today`.
    bool dueForReview(Date today) const { return status == GoalStatus::Active && reviewOn && *reviewOn <= today; }
};

} // namespace baton::domain
