#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Ids.h"
#include "baton/domain/Member.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton::domain {

/// What the suggestion knows about one possible lead; the caller gathers it from the records.
struct CandidateFacts {
    Member member;                                ///< left (hasLeftBy(today)) or retracted: never suggested
    std::vector<Expertise> expertise;             ///< this member's rows (all areas)
    std::unordered_map<AreaId, int> endorsements; ///< endorsements received per area (the raw rows' area)
    std::int64_t leadDaysLast90 = 0; ///< lead-days (role lead) in the 90 days up to today, across initiatives
    int openInitiativesLed = 0;      ///< proposed/active initiatives they currently lead
    int handoffsAwayLast90 = 0; ///< their lead stints that ended with a handoff to someone else in the last 90 days
};

/// The weights of the suggestion's score; ADR 0010 gives the reasoning behind each default.
struct SuggestionWeights {
    double perLevel = 10;             ///< per effective level (0..5), mean over the needed areas
    double perEndorsement = 2;        ///< per endorsement, mean over the needed areas after the cap
    int endorsementCap = 5;           ///< endorsements counted per needed area: five are worth one level
    double perQuarterLed = 5;         ///< per 90 lead-days in the last 90 days
    double perOpenInitiative = 4;     ///< per proposed/active initiative currently led
    double perHandoffAway = 3;        ///< per lead handed on to someone else in the last 90 days
    std::size_t stretchBelowRank = 3; ///< the stretch pick is never one of this many top places
};

/// One member's place in the suggestion, with the reasons in words.
struct LeadSuggestion {
    int rank = 0; ///< 1-based place in the list
    MemberId member;
    std::string name;
    double score = 0;
    bool stretch = false;             ///< the one learning pick
    std::vector<std::string> reasons; ///< each a phrase in words
    double meanLevel = 0;             ///< mean effective level over the needed areas
    double meanEndorsements = 0;      ///< mean capped endorsements over the needed areas
    int levelSum = 0;                 ///< sum of effective levels over the needed areas (the first tie-break)

    /// The reasons joined with "; ".
    std::string reasonText() const;
};

/// Ranks every active candidate for a record needing `needed` areas (a repeated area counts once;
/// may be empty: then only load counts and the first reason says no areas are named).
///
/// - Fit per needed area: the effective level 0..5 (a child area's level counts towards its
///   parent, see effectiveLevels); endorsements per needed area: those received in the area or
///   any area below it, capped at `endorsementCap`. Both are averaged over the needed areas.
/// - score = 10 * meanLevel + 2 * meanEndorsements - 5 * (leadDaysLast90 / 90) - 4 * openInitiativesLed
///   - 3 * handoffsAwayLast90 (the SuggestionWeights defaults): a full quarter leading one
///   initiative that is still open costs 9, about one level; five endorsements are worth one level.
/// - Order: score desc, then levelSum desc, then name (case folded), then id; rank 1..n.
/// - Stretch pick: the highest-ranked candidate outside the top `stretchBelowRank` who wants to
///   learn a needed area (a wants_to_learn row on it or an area below it); at most one, none
///   when `needed` is empty.
/// - Reasons, in order: per needed area "Expert in Data (endorsed by 3)", "Expert in Data
///   (through Experimentation, endorsed by 3)" when the level comes from an area below, or "no
///   recorded level in Analytics"; then "leads 1 open initiative" / "leads 2 open initiatives" /
///   "leads no open initiative"; "led 45 of the last 90 days" when > 0 (over 90 when leading
///   several at once: "led 120 lead-days in the last 90 days"); "handed on 1 lead in the last 90
///   days" when > 0; then "wants to learn Analytics" per needed area they want to learn ("wants
///   to learn Experimentation (under Data)" when the wish is on an area below), the stretch
///   pick's first one written "stretch pick: wants to learn Analytics". The endorsement count
///   in words is the uncapped one.
std::vector<LeadSuggestion> suggestLeads(const std::vector<AreaId>& needed, const std::vector<ExpertiseArea>& areas,
                                         const std::vector<CandidateFacts>& candidates, Date today,
                                         const SuggestionWeights& weights = {});

} // namespace baton::domain
