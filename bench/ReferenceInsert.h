#pragma once

#include "SyntheticTeam.h"

#include <string>

namespace baton::bench {

/// Writes the synthetic team into an empty team file (same schema, indexes and full-text
/// index) with bare prepared statements in one transaction: the floor an import can reach.
/// Rows are rendered to text before the clock starts. Returns seconds spent inserting.
double referenceInsert(const SyntheticTeam& team, const std::string& teamFile);

} // namespace baton::bench
