#include "ImportValidator.h"

#include "TrustValidation.h"
#include "baton/domain/DependencyGraph.h"
#include "baton/domain/LeadershipRules.h"
#include "baton/domain/TextRules.h"

#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace baton::exchange {
using namespace baton::domain;

namespace {

/// Reports the second and later records that reuse an id, naming where it first appeared.
template <typename T, typename KeyOf>
void checkDuplicates(const std::vector<Located<T>>& records, std::string_view kind, KeyOf keyOf, IssueSink& sink,
                     std::string_view what = "id")
{
    std::unordered_map<std::string, std::size_t> first;
    first.reserve(records.size());
    for (const auto& r : records) {
        const auto [it, inserted] = first.emplace(keyOf(r.record), r.index);
        if (!inserted)
            sink.error(pointerOf(kind, r.index), "duplicate " + std::string(what) + " " + it->first +
                                                     "; it is already used by " + pointerOf(kind, it->second));
    }
}

/// Of two clashing records, the file position of the later one (the one to blame).
std::size_t laterIndex(const std::unordered_map<std::string, std::size_t>& fileIndex, const std::string& a,
                       const std::string& b)
{
    const auto ia = fileIndex.find(a);
    const auto ib = fileIndex.find(b);
    if (ia != fileIndex.end() && ib != fileIndex.end())
        return std::max(ia->second, ib->second);
    if (ia != fileIndex.end())
        return ia->second;
    return ib != fileIndex.end() ? ib->second : 0;
}

/// Puts `incoming` in place of the stored record unless the stored one is as new or newer.
template <typename T>
void replaceIfNewer(std::unordered_map<std::string, T>& records, const std::string& id, const T& incoming)
{
    const auto it = records.find(id);
    if (it == records.end())
        records.emplace(id, incoming);
    else if (incoming.updatedAt > it->second.updatedAt)
        it->second = incoming;
}

/// The file position of the first node of a loop that comes from the file (the loop only
/// exists because of the file, so at least one node does).
std::size_t firstFromFile(const std::vector<std::string>& loop,
                          const std::unordered_map<std::string, std::size_t>& fileIndex)
{
    for (const auto& node : loop) {
        if (const auto it = fileIndex.find(node); it != fileIndex.end())
            return it->second;
    }
    return 0;
}

/// Ids known in the file, then (lazily) in the team file.
class IdSet {
public:
    void add(const std::string& id) { m_ids.insert(id); }
    bool contains(const std::string& id) const { return m_ids.count(id) > 0; }
    void reserve(std::size_t n) { m_ids.reserve(n); }

private:
    std::unordered_set<std::string> m_ids;
};

} // namespace

void ImportValidator::validate(const TeamDraft& draft)
{
    storage::Database& db = m_file.db();
    storage::MemberRepository memberRepo(db);
    storage::ExpertiseRepository expertiseRepo(db);
    storage::InitiativeRepository initiativeRepo(db);
    storage::DecisionRepository decisionRepo(db);

    checkDuplicates(
        draft.members, "members", [](const Member& m) { return m.id.str(); }, m_sink);
    checkDuplicates(
        draft.areas, "expertise_areas", [](const ExpertiseArea& a) { return a.id.str(); }, m_sink);
    checkDuplicates(
        draft.expertise, "expertise", [](const Expertise& e) { return e.member.str() + " in area " + e.area.str(); },
        m_sink, "row for member");
    checkDuplicates(
        draft.endorsements, "endorsements", [](const Endorsement& e) { return e.id.str(); }, m_sink);
    checkDuplicates(
        draft.initiatives, "initiatives", [](const Initiative& i) { return i.id.str(); }, m_sink);
    checkDuplicates(
        draft.contributions, "contributions", [](const Contribution& c) { return c.id.str(); }, m_sink);
    checkDuplicates(
        draft.decisions, "decisions", [](const Decision& d) { return d.id.str(); }, m_sink);
    checkDuplicates(
        draft.commitments, "commitments", [](const Commitment& c) { return c.id.str(); }, m_sink);
    checkDuplicates(
        draft.goals, "development_goals", [](const DevelopmentGoal& g) { return g.id.str(); }, m_sink);
    checkDuplicates(
        draft.charterRules, "charter_rules", [](const CharterRule& c) { return c.id.str(); }, m_sink);

    // Rules are checked on the state the import will leave: a file record replaces the stored
    // one only when its updated_at is newer (the merge rule), so only then does it count here.
    std::unordered_map<std::string, Member> members;
    // Retracted members count: they keep their ids and emails (the column is unique).
    for (auto& m : memberRepo.all(storage::Retracted::Included))
        members.emplace(m.id.str(), std::move(m));
    for (const auto& m : draft.members)
        replaceIfNewer(members, m.record.id.str(), m.record);
    {
        std::map<std::string, std::string> emails; // folded email -> member id
        std::unordered_map<std::string, std::size_t> fileIndex;
        for (const auto& m : draft.members)
            fileIndex.emplace(m.record.id.str(), m.index);
        for (const auto& [id, m] : members) {
            if (!m.email)
                continue;
            // Folded in full (not just A-Z): the team file's COLLATE NOCASE would let "ÅSA@" and
            // "åsa@" both in, so the check must refuse them here, before anything is written.
            const auto [it, inserted] = emails.emplace(foldCase(*m.email), id);
            if (inserted)
                continue;
            if (!fileIndex.count(id) && !fileIndex.count(it->second))
                continue; // both stored already: not this import's doing (baton-cli check reports it)
            const std::size_t blamed = laterIndex(fileIndex, id, it->second);
            const auto at = fileIndex.find(id);
            const bool blameThis = at != fileIndex.end() && at->second == blamed;
            const std::string& here = blameThis ? *m.email : *members.at(it->second).email;
            const std::string& there = blameThis ? *members.at(it->second).email : *m.email;
            m_sink.error(pointerOf("members", blamed, "email"),
                         "the email " + here + " is used by two members" +
                             (here == there ? std::string()
                                            : " (the other writes it " + there +
                                                  "; emails that differ only in case are the same)") +
                             "; emails must be unique");
        }
    }
    const auto memberExists = [&](const std::string& id) { return members.count(id) > 0; };
    const auto missingMember = [&](const std::string& where, const std::string& id) {
        m_sink.error(where, "member " + id + " does not exist in this file or in the team file");
    };

    // Areas: references, unique sibling names, and a tree without loops.
    std::unordered_map<std::string, ExpertiseArea> areas;
    for (auto& a : expertiseRepo.areas(storage::Retracted::Included))
        areas.emplace(a.id.str(), std::move(a));
    for (const auto& a : draft.areas)
        replaceIfNewer(areas, a.record.id.str(), a.record);
    {
        std::unordered_map<std::string, std::size_t> fileIndex;
        for (const auto& a : draft.areas)
            fileIndex.emplace(a.record.id.str(), a.index);
        DependencyGraph tree;
        std::map<std::pair<std::string, std::string>, std::string> siblings;
        for (const auto& [id, a] : areas) {
            const std::size_t index = fileIndex.count(id) ? fileIndex.at(id) : 0;
            if (a.parent && !areas.count(a.parent->str()))
                m_sink.error(pointerOf("expertise_areas", index, "parent"),
                             "area " + a.parent->str() + " does not exist in this file or in the team file");
            tree.setEdges(id, a.parent ? std::vector<std::string>{a.parent->str()} : std::vector<std::string>{});
            if (a.retracted)
                continue; // a retracted area keeps its name out of the way, as in the app
            const auto key = std::pair{a.parent ? a.parent->str() : std::string(), foldCase(a.name)};
            if (const auto [it, inserted] = siblings.emplace(key, id);
                !inserted && (fileIndex.count(id) || fileIndex.count(it->second)))
                m_sink.error(pointerOf("expertise_areas", laterIndex(fileIndex, id, it->second), "name"),
                             "two areas under the same parent are both called \"" + a.name + "\"");
        }
        if (const auto loop = tree.findCycle()) {
            m_sink.error(pointerOf("expertise_areas", firstFromFile(*loop, fileIndex), "parent"),
                         "areas must form a tree, but their parents make a loop: " + DependencyGraph::describe(*loop));
        }
    }
    const auto checkArea = [&](const std::string& where, const std::string& id) {
        if (!areas.count(id))
            m_sink.error(where, "area " + id + " does not exist in this file or in the team file");
    };

    for (const auto& e : draft.expertise) {
        if (!memberExists(e.record.member.str()))
            missingMember(pointerOf("expertise", e.index, "member"), e.record.member.str());
        checkArea(pointerOf("expertise", e.index, "area"), e.record.area.str());
    }
    for (const auto& e : draft.endorsements) {
        if (!memberExists(e.record.endorser.str()))
            missingMember(pointerOf("endorsements", e.index, "endorser"), e.record.endorser.str());
        if (!memberExists(e.record.member.str()))
            missingMember(pointerOf("endorsements", e.index, "member"), e.record.member.str());
        checkArea(pointerOf("endorsements", e.index, "area"), e.record.area.str());
    }
    for (const auto& g : draft.goals) {
        if (!memberExists(g.record.member.str()))
            missingMember(pointerOf("development_goals", g.index, "member"), g.record.member.str());
        if (g.record.mentor && !memberExists(g.record.mentor->str()))
            missingMember(pointerOf("development_goals", g.index, "mentor"), g.record.mentor->str());
        checkArea(pointerOf("development_goals", g.index, "area"), g.record.area.str());
    }
    IdSet charterRules;
    for (const auto& c : draft.charterRules) {
        charterRules.add(c.record.id.str());
        for (std::size_t k = 0; k < c.record.areas.size(); ++k)
            checkArea(pointerOf("charter_rules", c.index, "areas/" + std::to_string(k)), c.record.areas[k].str());
    }
    storage::CharterRuleRepository charterRepo(db);
    const auto charterRuleExists = [&](const std::string& id) {
        return charterRules.contains(id) || charterRepo.find(domain::CharterRuleId(id)).has_value();
    };

    IdSet initiatives;
    for (const auto& i : draft.initiatives)
        initiatives.add(i.record.id.str());
    const auto initiativeExists = [&](const std::string& id) {
        return initiatives.contains(id) || initiativeRepo.exists(id);
    };
    for (const auto& i : draft.initiatives) {
        for (std::size_t k = 0; k < i.record.areas.size(); ++k)
            checkArea(pointerOf("initiatives", i.index, "areas/" + std::to_string(k)), i.record.areas[k].str());
        for (std::size_t k = 0; k < i.record.leadership.size(); ++k) {
            const std::string& who = i.record.leadership[k].member.str();
            if (!memberExists(who))
                missingMember(pointerOf("initiatives", i.index, "leadership/" + std::to_string(k) + "/member"), who);
        }
        if (const auto clash = findOverlappingLeads(i.record.leadership)) {
            const auto& a = i.record.leadership[clash->first];
            const auto& b = i.record.leadership[clash->second];
            m_sink.error(pointerOf("initiatives", i.index, "leadership/" + std::to_string(clash->second)),
                         "this lead stint (from " + b.from.toString() + ") overlaps the lead stint at leadership/" +
                             std::to_string(clash->first) + " (from " + a.from.toString() +
                             "); at most one lead may cover any day, use \"co-lead\" for shared leadership");
        }
    }

    // Contributions: references and a dependency graph without loops (file and team file together).
    {
        DependencyGraph graph;
        for (const auto& [id, deps] : initiativeRepo.dependencyEdges())
            graph.setEdges(id, deps);
        std::unordered_map<std::string, std::size_t> fileIndex;
        for (const auto& c : draft.contributions) {
            fileIndex.emplace(c.record.id.str(), c.index);
            const auto stored = initiativeRepo.contributionUpdatedAt(c.record.id.str());
            if (stored && *stored >= c.record.updatedAt)
                continue; // the stored version stays, and so do its dependencies
            std::vector<std::string> deps;
            for (const auto& d : c.record.dependsOn)
                deps.push_back(d.str());
            graph.setEdges(c.record.id.str(), std::move(deps));
        }
        for (const auto& c : draft.contributions) {
            if (!initiativeExists(c.record.initiative.str()))
                m_sink.error(pointerOf("contributions", c.index, "initiative"),
                             "initiative " + c.record.initiative.str() +
                                 " does not exist in this file or in the team file");
            if (!memberExists(c.record.member.str()))
                missingMember(pointerOf("contributions", c.index, "member"), c.record.member.str());
            for (std::size_t k = 0; k < c.record.dependsOn.size(); ++k) {
                const std::string& dep = c.record.dependsOn[k].str();
                if (dep == c.record.id.str())
                    m_sink.error(pointerOf("contributions", c.index, "depends_on/" + std::to_string(k)),
                                 "a contribution cannot depend on itself");
                else if (!graph.contains(dep))
                    m_sink.error(pointerOf("contributions", c.index, "depends_on/" + std::to_string(k)),
                                 "contribution " + dep + " does not exist in this file or in the team file");
            }
        }
        if (const auto loop = graph.findCycle(); loop && loop->size() > 2) {
            m_sink.error(pointerOf("contributions", firstFromFile(*loop, fileIndex), "depends_on"),
                         "dependencies must not form a loop, but they do: " + DependencyGraph::describe(*loop));
        }
    }

    IdSet decisions;
    decisions.reserve(draft.decisions.size());
    for (const auto& d : draft.decisions)
        decisions.add(d.record.id.str());
    const auto decisionExists = [&](const std::string& id) {
        return decisions.contains(id) || decisionRepo.exists(id);
    };
    for (const auto& d : draft.decisions) {
        const Decision& r = d.record;
        if (r.initiative && !initiativeExists(r.initiative->str()))
            m_sink.error(pointerOf("decisions", d.index, "initiative"),
                         "initiative " + r.initiative->str() + " does not exist in this file or in the team file");
        for (std::size_t k = 0; k < r.areas.size(); ++k)
            checkArea(pointerOf("decisions", d.index, "areas/" + std::to_string(k)), r.areas[k].str());
        if (r.accountable && !memberExists(r.accountable->str()))
            missingMember(pointerOf("decisions", d.index, "accountable"), r.accountable->str());
        if (r.supersedes && !decisionExists(r.supersedes->str()))
            m_sink.error(pointerOf("decisions", d.index, "supersedes"),
                         "decision " + r.supersedes->str() + " does not exist in this file or in the team file");
        if (r.charterRule && !charterRuleExists(r.charterRule->str()))
            m_sink.error(pointerOf("decisions", d.index, "charter_rule"),
                         "charter rule " + r.charterRule->str() + " does not exist in this file or in the team file");
        for (std::size_t k = 0; k < r.participants.size(); ++k) {
            const std::string& who = r.participants[k].member.str();
            if (!memberExists(who))
                missingMember(pointerOf("decisions", d.index, "participants/" + std::to_string(k) + "/member"), who);
        }
    }

    for (const auto& c : draft.commitments) {
        const Commitment& r = c.record;
        if (!memberExists(r.owner.str()))
            missingMember(pointerOf("commitments", c.index, "owner"), r.owner.str());
        for (std::size_t k = 0; k < r.supporters.size(); ++k) {
            if (!memberExists(r.supporters[k].str()))
                missingMember(pointerOf("commitments", c.index, "supporters/" + std::to_string(k)),
                              r.supporters[k].str());
        }
        if (r.decision && !decisionExists(r.decision->str()))
            m_sink.error(pointerOf("commitments", c.index, "decision"),
                         "decision " + r.decision->str() + " does not exist in this file or in the team file");
        if (r.initiative && !initiativeExists(r.initiative->str()))
            m_sink.error(pointerOf("commitments", c.index, "initiative"),
                         "initiative " + r.initiative->str() + " does not exist in this file or in the team file");
    }

    IdSet commitments;
    for (const auto& c : draft.commitments)
        commitments.add(c.record.id.str());
    storage::CommitmentRepository commitmentRepo(db);
    const auto commitmentExists = [&](const std::string& id) {
        return commitments.contains(id) || commitmentRepo.find(CommitmentId(id)).has_value();
    };
    validateTrustRecords(draft, {memberExists, initiativeExists, decisionExists, commitmentExists}, m_sink);
}

} // namespace baton::exchange
