#include "baton/domain/LeadSuggestion.h"

#include "baton/domain/CaseFold.h"
#include "baton/domain/ExpertiseFit.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_set>

namespace baton::domain {
namespace {

/// "A", "A or B", "A, B or C".
std::string listInWords(const std::vector<std::string>& items, const std::string& last)
{
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (k > 0)
            out += k + 1 == items.size() ? " " + last + " " : ", ";
        out += items[k];
    }
    return out;
}

/// A needed area with what every candidate is measured against.
struct NeededArea {
    AreaId id;
    std::string name;
    std::vector<AreaId> subtree; ///< the area first, then the areas below it
};

/// One candidate's figures for one needed area.
struct AreaFit {
    int level = 0;
    std::optional<AreaId> through;      ///< the area below that gives the level, when it is not the area's own
    int endorsements = 0;               ///< uncapped, in the area and below
    std::optional<AreaId> wantsToLearn; ///< the area (this one or one below) they want to learn
};

struct Ranked {
    LeadSuggestion suggestion;
    std::string foldedName;
    std::optional<std::size_t> firstWishReason; ///< index in reasons of the first "wants to learn"
};

std::string plural(std::int64_t n, const char* one, const char* many)
{
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

AreaFit fitIn(const NeededArea& area, const std::unordered_map<AreaId, int>& effective,
              const std::unordered_map<AreaId, int>& own, const std::unordered_set<AreaId>& wishes,
              const CandidateFacts& c)
{
    AreaFit fit;
    if (const auto it = effective.find(area.id); it != effective.end())
        fit.level = it->second;
    const auto ownIn = [&](const AreaId& a) {
        const auto it = own.find(a);
        return it == own.end() ? 0 : it->second;
    };
    for (const auto& a : area.subtree) {
        if (!fit.through && fit.level > 0 && ownIn(area.id) < fit.level && ownIn(a) == fit.level)
            fit.through = a;
        if (const auto e = c.endorsements.find(a); e != c.endorsements.end() && e->second > 0)
            fit.endorsements += e->second;
        if (!fit.wantsToLearn && wishes.count(a))
            fit.wantsToLearn = a;
    }
    return fit;
}

} // namespace

std::string LeadSuggestion::reasonText() const
{
    std::string out;
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        if (i > 0)
            out += "; ";
        out += reasons[i];
    }
    return out;
}

std::vector<LeadSuggestion> suggestLeads(const std::vector<AreaId>& needed, const std::vector<ExpertiseArea>& areas,
                                         const std::vector<CandidateFacts>& candidates, Date today,
                                         const SuggestionWeights& weights)
{
    std::unordered_map<AreaId, std::string> names;
    for (const auto& a : areas)
        names.emplace(a.id, a.name);
    const auto nameOf = [&](const AreaId& id) {
        const auto it = names.find(id);
        return it == names.end() ? id.str() : it->second;
    };

    std::vector<NeededArea> wanted;
    std::unordered_set<AreaId> seenNeeded;
    for (const auto& id : needed) {
        if (seenNeeded.insert(id).second)
            wanted.push_back({id, nameOf(id), areaAndDescendants(areas, id)});
    }

    std::vector<Ranked> ranked;
    for (const auto& c : candidates) {
        if (c.member.retracted || c.member.hasLeftBy(today))
            continue;
        const auto effective = effectiveLevels(areas, c.expertise);
        std::unordered_map<AreaId, int> own;
        std::unordered_set<AreaId> wishes;
        for (const auto& row : c.expertise) {
            if (row.retracted)
                continue;
            if (row.level > 0) {
                int& best = own[row.area];
                best = std::max(best, std::min(row.level, kMaxLevel));
            }
            if (row.wantsToLearn)
                wishes.insert(row.area);
        }

        Ranked r;
        LeadSuggestion& s = r.suggestion;
        s.member = c.member.id;
        s.name = c.member.name;
        r.foldedName = foldCase(c.member.name);
        std::vector<std::string> wishReasons;
        std::vector<std::string> unrecorded; // needed areas with no level: one phrase for them all
        if (wanted.empty())
            s.reasons.push_back("no areas named for this record");
        for (const auto& area : wanted) {
            const AreaFit fit = fitIn(area, effective, own, wishes, c);
            s.levelSum += fit.level;
            s.meanLevel += fit.level;
            s.meanEndorsements += std::min(fit.endorsements, weights.endorsementCap);
            if (fit.level > 0) {
                std::string reason = std::string(levelName(fit.level)) + " in " + area.name;
                std::vector<std::string> notes;
                if (fit.through)
                    notes.push_back("through " + nameOf(*fit.through));
                if (fit.endorsements > 0)
                    notes.push_back("endorsed by " + std::to_string(fit.endorsements));
                if (!notes.empty())
                    reason += " (" + (notes.size() == 1 ? notes[0] : notes[0] + ", " + notes[1]) + ')';
                s.reasons.push_back(std::move(reason));
            } else {
                unrecorded.push_back(area.name);
            }
            if (fit.wantsToLearn) {
                wishReasons.push_back(*fit.wantsToLearn == area.id ? "wants to learn " + area.name
                                                                   : "wants to learn " + nameOf(*fit.wantsToLearn) +
                                                                         " (under " + area.name + ')');
            }
        }
        if (!unrecorded.empty())
            s.reasons.push_back("no recorded level in " + listInWords(unrecorded, "or"));
        if (!wanted.empty()) {
            s.meanLevel /= static_cast<double>(wanted.size());
            s.meanEndorsements /= static_cast<double>(wanted.size());
        }

        s.reasons.push_back(c.openInitiativesLed > 0
                                ? "leads " + plural(c.openInitiativesLed, "open initiative", "open initiatives")
                                : std::string("leads no open initiative"));
        if (c.leadDaysLast90 > 0 && c.leadDaysLast90 <= 90)
            s.reasons.push_back("led " + std::to_string(c.leadDaysLast90) + " of the last 90 days");
        else if (c.leadDaysLast90 > 90) // several initiatives at once
            s.reasons.push_back("led " + std::to_string(c.leadDaysLast90) + " lead-days in the last 90 days");
        if (c.handoffsAwayLast90 > 0)
            s.reasons.push_back("handed on " + plural(c.handoffsAwayLast90, "lead", "leads") + " in the last 90 days");
        if (!wishReasons.empty())
            r.firstWishReason = s.reasons.size();
        for (auto& w : wishReasons)
            s.reasons.push_back(std::move(w));

        s.score = weights.perLevel * s.meanLevel + weights.perEndorsement * s.meanEndorsements -
                  weights.perQuarterLed * (static_cast<double>(c.leadDaysLast90) / 90.0) -
                  weights.perOpenInitiative * c.openInitiativesLed - weights.perHandoffAway * c.handoffsAwayLast90;
        ranked.push_back(std::move(r));
    }

    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        const auto& x = a.suggestion;
        const auto& y = b.suggestion;
        return std::tie(y.score, y.levelSum, a.foldedName, x.member) <
               std::tie(x.score, x.levelSum, b.foldedName, y.member);
    });

    std::vector<LeadSuggestion> out;
    out.reserve(ranked.size());
    bool stretchTaken = false;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        Ranked& r = ranked[i];
        r.suggestion.rank = static_cast<int>(i + 1);
        if (!stretchTaken && i >= weights.stretchBelowRank && r.firstWishReason) {
            stretchTaken = true;
            r.suggestion.stretch = true;
            auto& reason = r.suggestion.reasons[*r.firstWishReason];
            reason = "stretch pick: " + reason;
        }
        out.push_back(std::move(r.suggestion));
    }
    return out;
}

} // namespace baton::domain
