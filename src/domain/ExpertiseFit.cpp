#include "baton/domain/ExpertiseFit.h"

#include "baton/domain/CaseFold.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <unordered_set>

namespace baton::domain {
namespace {

/// Parent links between live (non-retracted) areas; a link to an unknown or retracted parent is
/// left out, so nothing counts towards an area that is not in the tree.
std::unordered_map<AreaId, AreaId> parentLinks(const std::vector<ExpertiseArea>& areas)
{
    std::unordered_set<AreaId> live;
    for (const auto& area : areas) {
        if (!area.retracted)
            live.insert(area.id);
    }
    std::unordered_map<AreaId, AreaId> parents;
    for (const auto& area : areas) {
        if (!area.retracted && area.parent && live.count(*area.parent))
            parents.emplace(area.id, *area.parent);
    }
    return parents;
}

bool isActive(const Member& m, Date today)
{
    return !m.retracted && !m.hasLeftBy(today);
}

/// Each active member's effective levels, keyed by member.
std::unordered_map<MemberId, std::unordered_map<AreaId, int>> levelsByMember(const std::vector<ExpertiseArea>& areas,
                                                                             const std::vector<Member>& members,
                                                                             const std::vector<Expertise>& expertise,
                                                                             Date today)
{
    std::unordered_map<MemberId, std::vector<Expertise>> rows;
    for (const auto& m : members) {
        if (isActive(m, today))
            rows.try_emplace(m.id);
    }
    for (const auto& row : expertise) {
        const auto it = rows.find(row.member);
        if (it != rows.end())
            it->second.push_back(row);
    }
    std::unordered_map<MemberId, std::unordered_map<AreaId, int>> levels;
    for (const auto& [id, own] : rows)
        levels.emplace(id, effectiveLevels(areas, own));
    return levels;
}

int levelIn(const std::unordered_map<AreaId, int>& levels, const AreaId& area)
{
    const auto it = levels.find(area);
    return it == levels.end() ? 0 : it->second;
}

} // namespace

std::unordered_map<AreaId, int> effectiveLevels(const std::vector<ExpertiseArea>& areas,
                                                const std::vector<Expertise>& memberExpertise)
{
    const auto parents = parentLinks(areas);
    std::unordered_map<AreaId, int> levels;
    for (const auto& row : memberExpertise) {
        if (row.retracted || row.level <= 0)
            continue;
        const int level = std::min(row.level, kMaxLevel);
        // Walk up to the root; the visited set stops a loop in the parent links.
        std::unordered_set<AreaId> seen;
        for (AreaId at = row.area; seen.insert(at).second;) {
            int& best = levels[at];
            best = std::max(best, level);
            const auto parent = parents.find(at);
            if (parent == parents.end())
                break;
            at = parent->second;
        }
    }
    return levels;
}

std::vector<AreaId> areaAndDescendants(const std::vector<ExpertiseArea>& areas, const AreaId& area)
{
    std::unordered_map<AreaId, std::vector<AreaId>> children;
    for (const auto& a : areas) {
        if (!a.retracted && a.parent)
            children[*a.parent].push_back(a.id);
    }
    std::vector<AreaId> out{area};
    std::unordered_set<AreaId> seen{area};
    for (std::size_t next = 0; next < out.size(); ++next) {
        const auto it = children.find(out[next]);
        if (it == children.end())
            continue;
        for (const auto& child : it->second) {
            if (seen.insert(child).second)
                out.push_back(child);
        }
    }
    return out;
}

std::string_view levelName(int level)
{
    static constexpr std::array<std::string_view, 5> kNames{"Aware", "Practitioner", "Proficient", "Expert",
                                                            "Authority"};
    if (level < kMinLevel || level > kMaxLevel)
        return {};
    return kNames[static_cast<std::size_t>(level - kMinLevel)];
}

std::vector<AreaBusFactor> busFactors(const std::vector<ExpertiseArea>& areas, const std::vector<Member>& members,
                                      const std::vector<Expertise>& expertise, Date today)
{
    const auto levels = levelsByMember(areas, members, expertise, today);
    std::vector<AreaBusFactor> out;
    for (const auto& area : areas) {
        if (area.retracted)
            continue;
        AreaBusFactor row{area.id, area.name};
        for (const auto& [member, own] : levels) {
            if (levelIn(own, area.id) >= 3)
                ++row.membersAtLevel3OrMore;
        }
        row.atRisk = row.membersAtLevel3OrMore <= 1;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<MentoringPair> mentoringPairs(const std::vector<ExpertiseArea>& areas, const std::vector<Member>& members,
                                          const std::vector<Expertise>& expertise, Date today)
{
    const auto levels = levelsByMember(areas, members, expertise, today);
    std::unordered_map<AreaId, const ExpertiseArea*> liveAreas;
    for (const auto& area : areas) {
        if (!area.retracted)
            liveAreas.emplace(area.id, &area);
    }
    std::unordered_map<MemberId, const Member*> byId;
    for (const auto& m : members)
        byId.emplace(m.id, &m);

    std::vector<MentoringPair> out;
    std::unordered_set<std::string> made; // one pair per (area, mentor, learner) despite duplicate rows
    for (const auto& want : expertise) {
        if (want.retracted || !want.wantsToLearn || !liveAreas.count(want.area))
            continue;
        const auto learner = levels.find(want.member);
        if (learner == levels.end())
            continue;
        const int learnerLevel = levelIn(learner->second, want.area);
        for (const auto& [mentor, own] : levels) {
            const int mentorLevel = levelIn(own, want.area);
            if (mentor == want.member || mentorLevel < 4 || learnerLevel >= mentorLevel)
                continue;
            const std::string key = want.area.str() + '\n' + mentor.str() + '\n' + want.member.str();
            if (made.insert(key).second)
                out.push_back({want.area, mentor, want.member, mentorLevel, learnerLevel});
        }
    }

    const auto sortKey = [&](const MentoringPair& p) {
        return std::make_tuple(foldCase(liveAreas.at(p.area)->name), -p.mentorLevel, foldCase(byId.at(p.mentor)->name),
                               foldCase(byId.at(p.learner)->name), p.area, p.mentor, p.learner);
    };
    std::sort(out.begin(), out.end(),
              [&](const MentoringPair& a, const MentoringPair& b) { return sortKey(a) < sortKey(b); });
    return out;
}

} // namespace baton::domain
