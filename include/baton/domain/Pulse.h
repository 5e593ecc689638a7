#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// Edmondson's (1999) team psychological-safety survey has seven items.
constexpr std::size_t kPulseItems = 7;
/// One response: the seven items' answers, each 1..7, in item order.
using PulseAnswers = std::array<int, kPulseItems>;

/// A psychological-safety pulse. Who responded and what was answered are kept apart: nothing in
/// `responses` (order included) links an answer to a member in `responded`.
struct Pulse {
    PulseId id;
    std::string title;
    std::optional<Date> openedOn;
    std::optional<Date> closedOn;        ///< std::nullopt while the pulse is open
    int minResponses = 5;                ///< >= 3: below it no figure is shown or exported
    std::vector<MemberId> responded;     ///< the members who answered, once each
    std::vector<PulseAnswers> responses; ///< sorted by answers (sortedForStorage)
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    bool isOpen() const { return !closedOn; }
};

} // namespace baton::domain
