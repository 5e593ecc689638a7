#pragma once

#include "ReadTransaction.h"

#include "baton/report/LeadershipReport.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton::report {

/// Fills report.months: per calendar month of report.from..report.to, the spread of lead-days
/// (initiatives chosen by `query`) and of decisions decided per accountable member.
void readLeadershipTrends(storage::Database& db, const LeadershipQuery& query, LeadershipReport& report,
                          const ReadTransaction& read);
/// Decisions decided from..to, per calendar month and accountable member, streamed from the
/// covering index decisions_decided_accountable; `decidedTotal` per month.
void tallyDecided(storage::Database& db, domain::Date from, domain::Date to,
                  std::map<domain::Month, std::unordered_map<std::string, std::int64_t>>& decided,
                  std::map<domain::Month, std::int64_t>& decidedTotal, const ReadTransaction& read);
/// Per month from..to, how widely being accountable for the decisions decided was shared among
/// the members active that month (MonthlySpread::accountable only).
std::vector<MonthlySpread> readAccountableByMonth(storage::Database& db, domain::Date from, domain::Date to,
                                                  const ReadTransaction& read);
/// Fills report.participation: who took part in the decisions listed in the period, by role.
void readParticipation(storage::Database& db, LeadershipReport& report, const ReadTransaction& read);
/// Fills report.suggestions: handoffs in the period and how many went to a suggested member.
void readSuggestionUse(storage::Database& db, const LeadershipQuery& query, LeadershipReport& report);

} // namespace baton::report
