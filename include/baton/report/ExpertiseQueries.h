#pragma once

#include "baton/domain/LeadSuggestion.h"
#include "baton/report/ExpertiseMap.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace baton::storage {
class Database;
}

namespace baton::report {

/// The facts Baton ranks members by, for every member who has not left by `today`: levels,
/// endorsements received, and lead load in the 90 days up to `today`, read by SQL (the
/// roster, the expertise rows and the lead stints; never the decisions).
std::vector<domain::CandidateFacts> readLeadCandidates(storage::Database& db, domain::Date today);

/// Ranked lead suggestions for a record that needs `needed` areas.
std::vector<domain::LeadSuggestion> suggestLeads(storage::Database& db, const std::vector<domain::AreaId>& needed,
                                                 domain::Date today);

/// The areas an initiative names (empty when it names none or does not exist).
std::vector<domain::AreaId> areasOfInitiative(storage::Database& db, const domain::InitiativeId& initiative);

/// Who holds which expertise (see ExpertiseMap.h), for active members on `today`.
ExpertiseMap readExpertiseMap(storage::Database& db, domain::Date today);
/// Goals, first-time leads and untapped expertise, as of `today`.
CoachingView readCoaching(storage::Database& db, domain::Date today);

/// One member's goals for their page (newest first), with names.
std::vector<CoachingView::Goal> readMemberGoals(storage::Database& db, const domain::MemberId& member);

} // namespace baton::report
