#pragma once

#include "baton/report/AccountabilityReport.h"
#include "baton/report/CharterView.h"
#include "baton/report/ExpertiseMap.h"
#include "baton/report/LeadershipReport.h"
#include "baton/report/ReportDocument.h"
#include "baton/report/TrustView.h"
#include "baton/report/VoiceReport.h"

#include "baton/domain/DecisionLatency.h"

#include <functional>
#include <string>

namespace baton::report {

/// Who and when, for a report's cover.
struct ReportContext {
    std::string team;
    std::string generatedAt;
    std::string generatedBy;
    std::string historyHead; ///< printed in every page footer, to check with baton-cli verify
    /// Names for ids (members, initiatives, decisions, commitments) in the gap lists.
    std::function<std::string(const std::string& id)> nameOf;
};

/// The leadership review as sections, tables and a chart of lead-days per member.
ReportDocument leadershipDocument(const LeadershipReport& report, const ReportContext& context);
/// The accountability review as sections and tables, gaps first.
ReportDocument accountabilityDocument(const AccountabilityReport& report, const ReportContext& context);

/// The expertise map: the members × areas matrix, bus factor per area and mentoring pairs.
ReportDocument expertiseDocument(const ExpertiseMap& map, domain::Date asOf, const ReportContext& context);
/// The coaching view: goals (due for review first), first-time leads, untapped expertise.
ReportDocument coachingDocument(const CoachingView& view, domain::Date asOf, const ReportContext& context);
/// The sections the leadership review gains from the trends: spread by month (charts and a
/// table), participation in decisions by role, and use of lead suggestions.
std::vector<ReportSection> trendSections(const LeadershipReport& report);

/// The accountability report's month-by-month section: how widely being accountable for the
/// decisions decided each month was shared (a chart and a table; described, never graded).
ReportSection accountableSpreadSection(const std::vector<MonthlySpread>& months);

/// Open conflicts with their rung and days on it (the accountability report's section).
ReportSection conflictSection(const TrustView& view);
/// Shared-responsibility reviews, and how many missed items were reviewed.
ReportSection reviewSection(const TrustView& view);
/// The Conflicts page: open and settled conflicts, and reviews.
ReportDocument conflictsDocument(const TrustView& view, const ReportContext& context);
/// "How we work": the charter's decision rules, conflict ladder and accountability practices.
ReportDocument charterDocument(const CharterView& charter, domain::Date asOf, const ReportContext& context);
/// The charter's three sections (each one table), shared by "How we work" and the leadership review.
std::vector<ReportSection> charterSections(const CharterView& charter);
/// The leadership review's "Decision latency" section: days from proposal to decision per method
/// (median, p90 and count, with a chart) and a line on where consensus is slow.
ReportSection latencySection(const std::vector<domain::LatencyFigures>& latency, domain::Date from, domain::Date to);
/// The leadership review's "Voice" section: open items by kind, median days to respond, items
/// acted on.
ReportSection voiceSection(const VoiceFigures& figures);
/// The leadership review's "Psychological safety" section: per pulse its title, closing day,
/// responses and mean, the distribution only where shown, and the trend of the mean.
ReportSection pulseSection(const std::vector<PulseSummary>& pulses);
/// The Pulse page: the pulse now open (who has answered, never what), then every pulse's
/// figures where shown and the trend of the mean across closed pulses.
ReportDocument pulseDocument(const PulseOverview& overview, const ReportContext& context);

/// "0.8" -> "80%".
std::string percent(double share);

} // namespace baton::report
