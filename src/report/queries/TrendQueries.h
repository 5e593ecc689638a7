#pragma once

#include "ReadTransaction.h"

#include "baton/report/LeadershipReport.h"

namespace baton::report {

/// Fills report.months: per calendar month of report.from..report.to, the spread of lead-days
/// (initiatives chosen by `query`) and of decisions decided per accountable member.
void readLeadershipTrends(storage::Database& db, const LeadershipQuery& query, LeadershipReport& report,
                          const ReadTransaction& read);
/// Fills report.participation: who took part in the decisions listed in the period, by role.
void readParticipation(storage::Database& db, LeadershipReport& report, const ReadTransaction& read);
/// Fills report.suggestions: handoffs in the period and how many went to a suggested member.
void readSuggestionUse(storage::Database& db, const LeadershipQuery& query, LeadershipReport& report);

} // namespace baton::report
