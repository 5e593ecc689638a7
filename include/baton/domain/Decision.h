#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// Someone who took part in a decision, and where they stood.
struct Participant {
    MemberId member;
    ParticipantRole role = ParticipantRole::Consulted;
    Stance stance = Stance::None;
    std::string comment;
    std::string advice;           ///< what an advisor advised
    std::optional<bool> followed; ///< whether the decision followed the advice; unknown when absent
    friend bool operator==(const Participant&, const Participant&) = default;
};

/// A decision with its context, the method used and the one accountable member.
struct Decision {
    DecisionId id;
    std::string title;
    std::string context;
    std::vector<std::string> options;
    std::string outcome;
    std::string rationale;
    DecisionMethod method = DecisionMethod::Consent;
    DecisionStatus status = DecisionStatus::Proposed;
    std::optional<InitiativeId> initiative;
    std::vector<AreaId> areas;
    std::optional<Date> proposedOn;
    std::optional<Date> decideBy;
    std::optional<Date> decidedOn;
    std::optional<Date> reviewOn;
    std::optional<MemberId> accountable;
    std::optional<DecisionId> supersedes;
    std::vector<Participant> participants;
    std::optional<DecisionFallback> fallback; ///< what happens when decide_by passes without a decision
    std::optional<CharterRuleId> charterRule; ///< the charter rule that set the method and deadline
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// True when the status needs an accountable member (all but proposed and withdrawn).
    bool needsAccountable() const;
    /// True when a participant still objects.
    bool hasStandingObjection() const;
};

} // namespace baton::domain
