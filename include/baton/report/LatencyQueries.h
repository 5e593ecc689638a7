#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/DecisionLatency.h"
#include "baton/report/CharterView.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace baton::storage {
class Database;
}

namespace baton::report {

/// Median and p90 (nearest rank) from a histogram: (days, how many decisions took that long),
/// by days ascending. Gives what domain::LatencyTally gives for the same days.
domain::LatencyFigures latencyFromCounts(domain::DecisionMethod method,
                                         const std::vector<std::pair<int, std::int64_t>>& counts);

/// Days from proposed_on to decided_on, per method, for the decisions decided from..to (both
/// inclusive) that are not retracted and were decided (decided, superseded or reversed) on or
/// after the day they were proposed: one scan of the covering index decisions_latency, tallied
/// into a histogram per method, so memory never holds the decisions. Methods in declaration
/// order, only those with decisions.
std::vector<domain::LatencyFigures> readDecisionLatency(storage::Database& db, domain::Date from, domain::Date to);

/// The charter's live rules, with the names of the areas they name.
CharterView readCharter(storage::Database& db);

} // namespace baton::report
