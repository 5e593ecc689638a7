// Lead suggestions, the expertise map and the coaching view, read by SQL. Each reads the
// roster, the expertise rows, endorsement counts and lead stints: sizes that grow with the
// team and its initiatives, never with its decisions.
#include "baton/report/ExpertiseQueries.h"

#include "baton/domain/CaseFold.h"
#include "baton/storage/Database.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/GoalRepository.h"
#include "baton/storage/MemberRepository.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace baton::report {
using namespace baton::domain;
using storage::Statement;

namespace {

constexpr int kLoadWindowDays = 90;

// Lead-days (role lead) inside the window ?2..?1, an open stint running to ?1.
constexpr const char* kLeadDays = R"(
SELECT s.member, sum(julianday(min(coalesce(s.to_on, ?1), ?1)) - julianday(max(s.from_on, ?2)) + 1)
FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
WHERE i.retracted = 0 AND s.role = 'lead' AND s.from_on <= ?1 AND coalesce(s.to_on, ?1) >= ?2
GROUP BY s.member)";

// Open (proposed or active) initiatives each member leads now.
constexpr const char* kOpenLed = R"(
SELECT s.member, count(DISTINCT s.initiative)
FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
WHERE i.retracted = 0 AND i.status IN ('proposed', 'active') AND s.role = 'lead' AND s.to_on IS NULL
GROUP BY s.member)";

// Lead stints that ended in the window ?2..?1 because someone else took over the next day.
constexpr const char* kHandedOn = R"(
SELECT s.member, count(*)
FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
WHERE i.retracted = 0 AND s.role = 'lead' AND s.to_on BETWEEN ?2 AND ?1
  AND EXISTS (SELECT 1 FROM lead_stints n WHERE n.initiative = s.initiative AND n.role = 'lead'
              AND n.member <> s.member AND n.from_on = date(s.to_on, '+1 day'))
GROUP BY s.member)";

constexpr const char* kEndorsed =
    "SELECT member, area, count(*) FROM endorsements WHERE retracted = 0 GROUP BY member, area";

template <typename Apply> void eachRow(storage::Database& db, const char* sql, Date today, Apply apply)
{
    Statement s = db.prepare(sql);
    s.bind(1, today.toString()).bind(2, today.addDays(-(kLoadWindowDays - 1)).toString());
    while (s.step())
        apply(s);
}

bool activeOn(const Member& m, Date today)
{
    return !m.retracted && !m.hasLeftBy(today);
}

std::vector<Member> activeMembers(storage::Database& db, Date today)
{
    std::vector<Member> out;
    for (auto& m : storage::MemberRepository(db).all())
        if (activeOn(m, today))
            out.push_back(std::move(m));
    std::sort(out.begin(), out.end(), [](const Member& a, const Member& b) {
        const auto fa = foldCase(a.name), fb = foldCase(b.name);
        return fa != fb ? fa < fb : a.id < b.id;
    });
    return out;
}

/// Areas with every parent before its children, children by name; `depth` per area.
void treeOrder(std::vector<ExpertiseArea> areas, std::vector<ExpertiseArea>& out, std::vector<int>& depth)
{
    std::sort(areas.begin(), areas.end(),
              [](const ExpertiseArea& a, const ExpertiseArea& b) { return foldCase(a.name) < foldCase(b.name); });
    std::set<std::string> ids;
    for (const auto& a : areas)
        ids.insert(a.id.str());
    std::set<std::string> placed;
    const auto place = [&](auto&& self, const std::optional<AreaId>& parent, int level) -> void {
        for (const auto& a : areas) {
            const bool root = !a.parent || !ids.count(a.parent->str());
            const bool under = parent ? (a.parent && *a.parent == *parent) : root;
            if (!under || placed.count(a.id.str()))
                continue;
            placed.insert(a.id.str());
            out.push_back(a);
            depth.push_back(level);
            self(self, std::optional<AreaId>(a.id), level + 1);
        }
    };
    place(place, std::nullopt, 0);
    for (const auto& a : areas) // areas caught in a loop of parents (refused on entry): still shown
        if (!placed.count(a.id.str())) {
            out.push_back(a);
            depth.push_back(0);
        }
}

} // namespace

std::vector<CandidateFacts> readLeadCandidates(storage::Database& db, Date today)
{
    storage::ReadSnapshot snapshot(db);
    std::unordered_map<std::string, CandidateFacts> facts;
    std::vector<std::string> order;
    for (auto& m : activeMembers(db, today)) {
        order.push_back(m.id.str());
        CandidateFacts f;
        f.member = std::move(m);
        facts.emplace(order.back(), std::move(f));
    }
    const auto factsOf = [&](const Statement& s) -> CandidateFacts* {
        const auto it = facts.find(s.columnText(0));
        return it == facts.end() ? nullptr : &it->second;
    };
    for (auto& e : storage::ExpertiseRepository(db).expertise())
        if (const auto it = facts.find(e.member.str()); it != facts.end())
            it->second.expertise.push_back(std::move(e));
    {
        Statement s = db.prepare(kEndorsed);
        while (s.step())
            if (auto* f = factsOf(s))
                f->endorsements[AreaId(s.columnText(1))] = static_cast<int>(s.columnInt(2));
    }
    eachRow(db, kLeadDays, today, [&](const Statement& s) {
        if (auto* f = factsOf(s))
            f->leadDaysLast90 = static_cast<std::int64_t>(s.columnDouble(1));
    });
    {
        Statement s = db.prepare(kOpenLed);
        while (s.step())
            if (auto* f = factsOf(s))
                f->openInitiativesLed = static_cast<int>(s.columnInt(1));
    }
    eachRow(db, kHandedOn, today, [&](const Statement& s) {
        if (auto* f = factsOf(s))
            f->handoffsAwayLast90 = static_cast<int>(s.columnInt(1));
    });
    std::vector<CandidateFacts> out;
    out.reserve(order.size());
    for (const auto& id : order)
        out.push_back(std::move(facts.at(id)));
    return out;
}

std::vector<LeadSuggestion> suggestLeads(storage::Database& db, const std::vector<AreaId>& needed, Date today,
                                         const std::vector<MemberId>& exclude)
{
    storage::ReadSnapshot snapshot(db);
    auto candidates = readLeadCandidates(db, today);
    std::erase_if(candidates, [&](const CandidateFacts& c) {
        return std::find(exclude.begin(), exclude.end(), c.member.id) != exclude.end();
    });
    return domain::suggestLeads(needed, storage::ExpertiseRepository(db).areas(), candidates, today);
}

std::vector<MemberId> leadingNow(const Initiative& initiative, Date today, bool coLeads)
{
    std::vector<MemberId> out;
    for (const auto& s : initiative.leadership) {
        const bool current = s.covers(today) || (s.from > today && (!s.to || *s.to >= s.from));
        if (current && (s.role == StintRole::Lead || coLeads))
            out.push_back(s.member);
    }
    return out;
}

std::vector<AreaId> areasOfInitiative(storage::Database& db, const InitiativeId& initiative)
{
    Statement s = db.prepare("SELECT a.area FROM initiative_areas a JOIN expertise_areas e ON e.id = a.area "
                             "WHERE a.initiative = ? AND e.retracted = 0 ORDER BY a.position");
    s.bind(1, initiative.str());
    std::vector<AreaId> out;
    while (s.step())
        out.emplace_back(s.columnText(0));
    return out;
}

ExpertiseMap readExpertiseMap(storage::Database& db, Date today)
{
    storage::ReadSnapshot snapshot(db);
    ExpertiseMap map;
    storage::ExpertiseRepository repo(db);
    const auto areas = repo.areas();
    treeOrder(areas, map.areas, map.depth);
    map.members = activeMembers(db, today);
    std::set<std::string> active;
    for (const auto& m : map.members)
        active.insert(m.id.str());
    const auto expertise = repo.expertise();
    for (const auto& e : expertise)
        if (active.count(e.member.str()))
            map.cells[{e.member.str(), e.area.str()}] = e;
    {
        Statement s = db.prepare(kEndorsed);
        while (s.step())
            if (active.count(s.columnText(0)))
                map.endorsements[{s.columnText(0), s.columnText(1)}] = static_cast<int>(s.columnInt(2));
    }
    const auto members = storage::MemberRepository(db).all();
    auto bus = busFactors(areas, members, expertise, today);
    for (const auto& a : map.areas) // in the map's (tree) order
        for (const auto& b : bus)
            if (b.area == a.id)
                map.busFactors.push_back(b);
    map.pairs = mentoringPairs(areas, members, expertise, today);
    return map;
}

namespace {

CoachingView::Goal describeGoal(const DevelopmentGoal& g, const std::unordered_map<std::string, std::string>& names,
                                const std::unordered_map<std::string, std::string>& areaNames,
                                storage::ExpertiseRepository& repo)
{
    CoachingView::Goal out{g, {}, {}, {}, 0};
    const auto name = [&](const std::string& id) {
        const auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    out.member = name(g.member.str());
    const auto area = areaNames.find(g.area.str());
    out.area = area == areaNames.end() ? g.area.str() : area->second;
    if (g.mentor)
        out.mentor = name(g.mentor->str());
    if (const auto now = repo.findExpertise(g.member, g.area); now && !now->retracted)
        out.levelNow = now->level;
    return out;
}

struct Names {
    std::unordered_map<std::string, std::string> members, areas;
    explicit Names(storage::Database& db)
    {
        for (const auto& m : storage::MemberRepository(db).all(storage::Retracted::Included))
            members.emplace(m.id.str(), m.name);
        for (const auto& a : storage::ExpertiseRepository(db).areas(storage::Retracted::Included))
            areas.emplace(a.id.str(), a.name);
    }
};

} // namespace

CoachingView readCoaching(storage::Database& db, Date today)
{
    storage::ReadSnapshot snapshot(db);
    CoachingView view;
    const Names names(db);
    storage::ExpertiseRepository repo(db);
    for (const auto& g : storage::GoalRepository(db).all()) {
        if (g.status != GoalStatus::Active)
            continue;
        auto described = describeGoal(g, names.members, names.areas, repo);
        if (g.dueForReview(today))
            view.dueForReview.push_back(described);
        view.goals.push_back(std::move(described));
    }
    const auto byReview = [](const CoachingView::Goal& a, const CoachingView::Goal& b) {
        const auto ka = a.goal.reviewOn.value_or(Date::fromDays(INT32_MAX));
        const auto kb = b.goal.reviewOn.value_or(Date::fromDays(INT32_MAX));
        return ka != kb ? ka < kb : a.member < b.member;
    };
    std::sort(view.goals.begin(), view.goals.end(), byReview);
    std::sort(view.dueForReview.begin(), view.dueForReview.end(), byReview);

    // A member's first lead stint ever (of a live initiative), when it began recently.
    Statement first = db.prepare(R"(
        SELECT s.member, i.title, s.from_on FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
        WHERE i.retracted = 0 AND s.role = 'lead' AND s.from_on BETWEEN ?1 AND ?2
          AND NOT EXISTS (SELECT 1 FROM lead_stints e JOIN initiatives j ON j.id = e.initiative
                          WHERE j.retracted = 0 AND e.member = s.member AND e.role = 'lead'
                            AND (e.from_on < s.from_on OR (e.from_on = s.from_on AND e.initiative < s.initiative)))
        ORDER BY s.from_on DESC)");
    first.bind(1, today.addDays(-(kFirstLeadWindowDays - 1)).toString()).bind(2, today.toString());
    while (first.step()) {
        const std::string id = first.columnText(0);
        const auto it = names.members.find(id);
        view.firstLeads.push_back({MemberId(id), it == names.members.end() ? id : it->second, first.columnText(1),
                                   Date::parse(first.columnView(2)).value_or(today)});
    }

    // Active members with no stint at all, matched to open initiatives' areas at level 3 or more.
    const auto areas = repo.areas();
    const auto expertise = repo.expertise();
    std::set<std::string> led;
    {
        Statement s = db.prepare("SELECT DISTINCT s.member FROM lead_stints s JOIN initiatives i ON i.id = "
                                 "s.initiative WHERE i.retracted = 0");
        while (s.step())
            led.insert(s.columnText(0));
    }
    std::vector<std::pair<std::string, std::vector<AreaId>>> open; // title -> areas
    {
        Statement s = db.prepare("SELECT i.title, a.area FROM initiatives i JOIN initiative_areas a ON "
                                 "a.initiative = i.id WHERE i.retracted = 0 AND i.status IN ('proposed', 'active') "
                                 "ORDER BY i.title, i.id, a.position");
        while (s.step()) {
            if (open.empty() || open.back().first != s.columnText(0))
                open.emplace_back(s.columnText(0), std::vector<AreaId>{});
            open.back().second.emplace_back(s.columnText(1));
        }
    }
    for (const auto& m : activeMembers(db, today)) {
        if (led.count(m.id.str()))
            continue;
        std::vector<Expertise> mine;
        for (const auto& e : expertise)
            if (e.member == m.id)
                mine.push_back(e);
        const auto levels = effectiveLevels(areas, mine);
        CoachingView::Untapped u{m.id, m.name, {}};
        for (const auto& [title, needed] : open)
            for (const auto& area : needed)
                if (const auto it = levels.find(area); it != levels.end() && it->second >= 3) {
                    const auto an = names.areas.find(area.str());
                    u.fits.push_back(std::string(levelName(it->second)) + " in " +
                                     (an == names.areas.end() ? area.str() : an->second) + " for “" + title + "”");
                    break;
                }
        if (!u.fits.empty())
            view.neverLed.push_back(std::move(u));
    }
    return view;
}

std::vector<CoachingView::Goal> readMemberGoals(storage::Database& db, const MemberId& member)
{
    storage::ReadSnapshot snapshot(db);
    const Names names(db);
    storage::ExpertiseRepository repo(db);
    std::vector<CoachingView::Goal> out;
    for (const auto& g : storage::GoalRepository(db).ofMember(member))
        out.push_back(describeGoal(g, names.members, names.areas, repo));
    return out;
}

} // namespace baton::report
