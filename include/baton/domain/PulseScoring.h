#pragma once

#include "baton/domain/Pulse.h"
#include "baton/domain/Result.h"

#include <array>
#include <string>
#include <vector>

namespace baton::domain {

/// Items 1, 3 and 5 (0-based 0, 2 and 4) are worded negatively and reverse-scored: 8 - answer.
constexpr std::array<bool, kPulseItems> kPulseReversed{true, false, true, false, true, false, false};

/// One response's safety score: the mean of its seven answers after reversing items 1, 3 and 5
/// (1 least safe .. 7 most safe).
double scoreOf(const PulseAnswers& answers);

/// The team figure for a pulse. Only the count is filled below min_responses.
struct PulseFigures {
    int responses = 0;  ///< always filled
    bool shown = false; ///< responses >= min_responses: the figures below are filled
    double mean = 0;    ///< mean of the responses' scoreOf
    /// distribution[item][answer - 1]: how many responses gave that raw answer (before reversing).
    std::array<std::array<int, 7>, kPulseItems> distribution{};
};

/// The pulse's figures; mean and distribution only when responses reach min_responses.
PulseFigures pulseFigures(const Pulse& pulse);

/// The responses sorted by their answers (lexicographically), the order they are stored and
/// written in, so their order says nothing about who answered when.
std::vector<PulseAnswers> sortedForStorage(std::vector<PulseAnswers> responses);

/// Checks one response as read from a file: exactly seven answers, each 1..7.
std::vector<std::string> answerProblems(const std::vector<int>& answers);

/// Field-level checks shared by editors and the importer: min_responses >= 3; closed_on not
/// before opened_on; no member in `responded` twice; every answer 1..7; one response per member
/// (as many responses as members responded; none at all is allowed below min_responses, as an
/// export withholds them).
std::vector<std::string> pulseProblems(const Pulse& pulse);

/// Records `member`'s answers in an open pulse: the member joins `responded` (kept sorted by id)
/// and the answers go in at their sorted place among the responses. Refuses a closed pulse, a
/// member who already responded and an answer outside 1..7.
Result<void> recordResponse(Pulse& pulse, const MemberId& member, const PulseAnswers& answers);

/// Closes an open pulse on `on`; refuses a closed pulse and a date before it opened.
Result<void> closePulse(Pulse& pulse, Date on);

} // namespace baton::domain
