#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <cstddef>
#include <string>
#include <vector>

namespace baton::storage {

class Database;

/// A proposal whose deadline passed and whose fallback is due.
struct FallbackDue {
    domain::DecisionId id;
    std::string title;
    domain::Date decideBy;
    domain::DecisionFallback fallback = domain::DecisionFallback::AccountableDecides;
};

/// Live proposals with a fallback whose decide_by is before `today`, earliest deadline first, at
/// most `limit`; read through the partial index decisions_fallback_due, so the cost follows the
/// rows returned, not the size of the file.
std::vector<FallbackDue> fallbacksDue(Database& db, domain::Date today, std::size_t limit);

} // namespace baton::storage
