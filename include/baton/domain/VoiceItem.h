#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// An idea, concern or question anyone may raise, with the team's response. Raised anonymously,
/// it has no author at all: not an empty one, not one kept elsewhere.
struct VoiceItem {
    VoiceItemId id;
    VoiceKind kind = VoiceKind::Idea;
    std::string text;
    std::optional<MemberId> author; ///< std::nullopt when raised anonymously
    std::optional<Date> raisedOn;
    VoiceStatus status = VoiceStatus::Open;
    std::string response;
    std::optional<MemberId> responder;
    std::optional<InitiativeId> initiative;
    std::optional<DecisionId> decision;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    bool anonymous() const { return !author; }
};

/// Field-level checks shared by editors and the importer: text is required; an author or a
/// responder, when present, is a member id (an anonymous item has no author, not an empty one).
std::vector<std::string> voiceItemProblems(const VoiceItem& item);

} // namespace baton::domain
