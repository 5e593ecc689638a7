#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Commitment.h"
#include "baton/domain/Conflict.h"
#include "baton/domain/Contribution.h"
#include "baton/domain/Decision.h"
#include "baton/domain/DevelopmentGoal.h"
#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/Pulse.h"
#include "baton/domain/Review.h"
#include "baton/domain/VoiceItem.h"

#include <cstddef>
#include <string>
#include <vector>

namespace baton::exchange {

/// A record read from the file, with its index in the file's array (for JSON Pointers).
template <typename T> struct Located {
    std::size_t index;
    T record;
};

/// Everything an exchange file holds, parsed into domain values but not yet checked
/// against each other or the team file.
struct TeamDraft {
    std::string teamName;
    std::string teamDescription;
    std::vector<Located<domain::Member>> members;
    std::vector<Located<domain::ExpertiseArea>> areas;
    std::vector<Located<domain::Expertise>> expertise;
    std::vector<Located<domain::Endorsement>> endorsements;
    std::vector<Located<domain::Initiative>> initiatives;
    std::vector<Located<domain::Contribution>> contributions;
    std::vector<Located<domain::Decision>> decisions;
    std::vector<Located<domain::Commitment>> commitments;
    std::vector<Located<domain::DevelopmentGoal>> goals;
    std::vector<Located<domain::CharterRule>> charterRules;
    std::vector<Located<domain::Conflict>> conflicts;
    std::vector<Located<domain::VoiceItem>> voiceItems;
    std::vector<Located<domain::Pulse>> pulses;
    std::vector<Located<domain::Review>> reviews;
};

} // namespace baton::exchange
