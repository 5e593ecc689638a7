#pragma once

#include "baton/domain/Decision.h"
#include "baton/domain/Enums.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace baton::domain {

/// How long decisions of one method took from proposed_on to decided_on, in days.
struct LatencyFigures {
    DecisionMethod method = DecisionMethod::Consent;
    int count = 0;
    double median = 0; ///< the middle value, or the mean of the two middle values
    int p90 = 0;       ///< nearest rank: the value at rank ceil(0.9 n) of the sorted days
    friend bool operator==(const LatencyFigures&, const LatencyFigures&) = default;
};

/// Days from proposed_on to decided_on for a decision that was decided (status decided,
/// superseded or reversed: all three carry the day it was decided) and is not retracted;
/// std::nullopt when a date is missing or decided_on is before proposed_on.
std::optional<int> decisionLatencyDays(const Decision& decision);

/// Collects latencies per method, keeping each method's days sorted as they arrive.
class LatencyTally {
public:
    /// Adds one decision's days (negative days are ignored).
    void add(DecisionMethod method, int days);
    /// Adds a decision when decisionLatencyDays counts it; returns whether it did.
    bool add(const Decision& decision);
    /// One entry per method with at least one decision, in the methods' declaration order.
    std::vector<LatencyFigures> figures() const;

private:
    std::array<std::vector<int>, EnumNames<DecisionMethod>::kNames.size()> m_days;
};

/// The figures for (method, days) pairs, as LatencyTally::figures.
std::vector<LatencyFigures> latencyByMethod(const std::vector<std::pair<DecisionMethod, int>>& samples);

} // namespace baton::domain
