#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// One period in which a member led or co-led an initiative; both ends are inclusive.
struct LeadStint {
    MemberId member;
    StintRole role = StintRole::Lead;
    Date from;
    std::optional<Date> to; ///< empty while the stint is current
    std::string reason;
    /// The member's place in Baton's expertise-based suggestion when the lead was passed to
    /// them (1 = first); empty when no suggestion was made.
    std::optional<int> suggestedRank;

    bool covers(Date day) const { return from <= day && (!to || day <= *to); }
    /// Days in the stint up to and including `until` when it is still open.
    std::int32_t daysUntil(Date until) const;
    friend bool operator==(const LeadStint&, const LeadStint&) = default;
};

/// A challenge the team takes on; its leadership history is a list of stints.
struct Initiative {
    InitiativeId id;
    std::string title;
    std::string description;
    InitiativeStatus status = InitiativeStatus::Proposed;
    std::optional<Date> startedOn;
    std::optional<Date> dueOn;
    std::optional<Date> closedOn;
    std::vector<AreaId> areas;
    std::vector<LeadStint> leadership;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// The lead stint (not co-lead) covering `day`, if any.
    const LeadStint* leadOn(Date day) const;
};

} // namespace baton::domain
