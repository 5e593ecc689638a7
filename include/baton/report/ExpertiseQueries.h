#pragma once

#include "baton/domain/Initiative.h"
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

/// Ranked lead suggestions for a record that needs `needed` areas. `exclude` (those leading
/// it now) is left out before ranking, so that places run 1..n among those shown and the
/// stretch pick is one of them; the app and baton-cli rank the same list this way.
std::vector<domain::LeadSuggestion> suggestLeads(storage::Database& db, const std::vector<domain::AreaId>& needed,
                                                 domain::Date today, const std::vector<domain::MemberId>& exclude = {});
/// Who leads an initiative now (the lead stint running today, or about to), and with
/// `coLeads` its co-leads too: left out of its suggestion. A co-lead stays a candidate for
/// the lead, the usual next lead; adding a co-lead leaves out everyone leading already.
std::vector<domain::MemberId> leadingNow(const domain::Initiative& initiative, domain::Date today, bool coLeads);

/// The areas an initiative names (empty when it names none or does not exist).
std::vector<domain::AreaId> areasOfInitiative(storage::Database& db, const domain::InitiativeId& initiative);

/// Who holds which expertise (see ExpertiseMap.h), for active members on `today`.
ExpertiseMap readExpertiseMap(storage::Database& db, domain::Date today);
/// Goals, first-time leads and untapped expertise, as of `today`.
CoachingView readCoaching(storage::Database& db, domain::Date today);

/// One member's goals for their page (newest first), with names.
std::vector<CoachingView::Goal> readMemberGoals(storage::Database& db, const domain::MemberId& member);

} // namespace baton::report
