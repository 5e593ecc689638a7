#pragma once

#include "baton/domain/DecisionLatency.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/SpreadMetrics.h"
#include "baton/report/CharterView.h"
#include "baton/report/VoiceReport.h"

#include <array>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::report {

/// Which leadership to review: a period (both ends inclusive), and optionally one
/// expertise area or one initiative status. `today` closes stints that are still open.
struct LeadershipQuery {
    std::optional<domain::Date> from; ///< default: the first day anyone led
    std::optional<domain::Date> to;   ///< default: today
    std::optional<domain::AreaId> area;
    std::optional<domain::InitiativeStatus> status;
    domain::Date today;
};

/// One member's leadership in the period.
struct MemberLeadership {
    domain::MemberId id;
    std::string name;
    bool active = false;       ///< a member at some point in the period
    int initiativesLed = 0;    ///< distinct initiatives with a lead stint in the period
    int initiativesCoLed = 0;  ///< distinct initiatives with a co-lead stint in the period
    std::int64_t leadDays = 0; ///< days as lead (not co-lead) inside the period
    int handoffsIn = 0;        ///< lead stints taken over from someone in the period
    int handoffsOut = 0;       ///< lead stints handed on to someone in the period
    int completed = 0;         ///< of the initiatives they led: completed, missed, cancelled
    int missed = 0;
    int cancelled = 0;
};

/// An initiative's lead stints, clipped to the period.
struct InitiativeTimeline {
    domain::InitiativeId id;
    std::string title;
    domain::InitiativeStatus status = domain::InitiativeStatus::Active;
    std::vector<domain::LeadStint> stints;
};

/// How widely leadership is shared among the period's active members.
struct LeadershipSpread {
    int activeMembers = 0;
    int membersWhoLed = 0;    ///< led or co-led at least once
    double shareWhoLed = 0;   ///< membersWhoLed / activeMembers
    double topThreeShare = 0; ///< the three biggest shares of lead-days, together
    double gini = 0;          ///< of lead-days across active members: 0 shared evenly, 1 one person
};

/// One calendar month of the period: how widely leading, and being accountable for decisions,
/// were shared among the members active that month. Descriptions, never grades.
struct MonthlySpread {
    domain::Month month;
    domain::SpreadFigures lead;        ///< lead-days per active member
    domain::SpreadFigures accountable; ///< decisions decided that month, per accountable active member
    std::int64_t decisions = 0;        ///< decisions decided that month with an accountable member
};

/// Who took part in the period's decisions, and in which role.
struct ParticipationRow {
    domain::MemberId id;
    std::string name;
    std::array<int, 5> byRole{}; ///< indexed by domain::ParticipantRole
    int total = 0;
};

/// How handoffs in the period used Baton's expertise-based suggestion.
struct SuggestionUse {
    int handoffs = 0;  ///< lead stints starting in the period
    int suggested = 0; ///< of those, where a suggestion was shown (suggested_rank set)
    int topThree = 0;  ///< of those, where the new lead was among the top three
};

struct LeadershipReport {
    domain::Date from;
    domain::Date to;
    std::vector<MemberLeadership> members; ///< every active member, most lead-days first
    /// Initiatives led in the period, by title. A report read for the screen holds only the
    /// first few stints (report::ReadLimits); `stintCount` always holds how many there are.
    std::vector<InitiativeTimeline> initiatives;
    std::size_t stintCount = 0;
    std::vector<std::string> neverLed; ///< active members who neither led nor co-led
    LeadershipSpread spread;
    std::vector<MonthlySpread> months;           ///< read by readLeadershipReport only
    std::vector<ParticipationRow> participation; ///< most taking part first; readLeadershipReport only
    SuggestionUse suggestions;                   ///< readLeadershipReport only
    /// Days from proposal to decision per method, decided in the period; readLeadershipReport only.
    std::vector<domain::LatencyFigures> latency;
    CharterView charter;              ///< how the team agreed to work; readLeadershipReport only
    VoiceFigures voice;               ///< readLeadershipReport only
    std::vector<PulseSummary> pulses; ///< every live pulse; readLeadershipReport only
};

/// Builds the leadership review from the team's members and initiatives.
LeadershipReport buildLeadershipReport(const std::vector<domain::Member>& members,
                                       const std::vector<domain::Initiative>& initiatives,
                                       const LeadershipQuery& query);

/// Gini coefficient of non-negative values (0 when all are equal or there are none).
double giniCoefficient(std::vector<std::int64_t> values);

} // namespace baton::report
