#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/PulseScoring.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::report {

/// The voice channel in a period: what is still open, how fast the team responded and what
/// it acted on. Read by readVoiceFigures.
struct VoiceFigures {
    std::array<std::int64_t, 3> openByKind{}; ///< open now, indexed by domain::VoiceKind
    std::int64_t raised = 0;                  ///< raised in the period
    std::int64_t responded = 0;               ///< of those, with a response
    std::int64_t actedOn = 0;                 ///< of those, acted on
    /// Median of the days from raised_on to the day of the first response, over the items
    /// raised in the period that have one; none when no item was responded to.
    std::optional<double> medianDaysToRespond;
};

/// The median of `values` (the mean of the middle two for an even count); none when empty.
std::optional<double> median(std::vector<std::int64_t> values);

/// One pulse as the reports show it: its figures only when closed with enough responses.
struct PulseSummary {
    std::string id;
    std::string title;
    std::optional<domain::Date> openedOn;
    std::optional<domain::Date> closedOn;
    int minResponses = 5;
    int responded = 0;            ///< members who answered
    domain::PulseFigures figures; ///< filled only when closed and shown (see pulseFigures)
    bool shown() const { return closedOn && figures.shown; }
};

/// Every live pulse, oldest opened first, and how many members could answer one today.
struct PulseOverview {
    std::vector<PulseSummary> pulses;
    int members = 0; ///< live members who have not left by the day read
};

/// The summary of one pulse; the figures are computed only once it is closed, so an open
/// pulse's running answers are never shown.
PulseSummary summarize(const domain::Pulse& pulse);

} // namespace baton::report

namespace baton::report {

/// Edmondson's (1999) seven team psychological-safety items, in order. Items 1, 3 and 5 are
/// worded negatively and reverse-scored (domain::kPulseReversed).
const std::array<std::string, domain::kPulseItems>& pulseItemTexts();

} // namespace baton::report
