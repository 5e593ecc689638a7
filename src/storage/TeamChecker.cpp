#include "baton/storage/TeamChecker.h"

#include "baton/domain/CaseFold.h"
#include "baton/domain/DependencyGraph.h"
#include "baton/domain/LeadershipRules.h"
#include "baton/domain/WorkflowCheck.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/TeamQueries.h"

#include <map>
#include <unordered_map>

namespace baton::storage {
using namespace baton::domain;

CheckResult checkTeam(TeamFile& file)
{
    CheckResult result;
    Database& db = file.db();
    result.errors = TeamQueries(db).integrityProblems();

    std::unordered_map<std::string, Member> members;
    for (auto& m : MemberRepository(db).all())
        members.emplace(m.id.str(), std::move(m));
    const WorkflowCheck workflow([&](const MemberId& id) -> const Member* {
        const auto it = members.find(id.str());
        return it == members.end() ? nullptr : &it->second;
    });
    const auto addWarnings = [&](std::vector<std::string> found) {
        for (auto& w : found)
            result.warnings.push_back(std::move(w));
    };

    for (const auto& [id, m] : members)
        addWarnings(workflow.warningsFor(m));

    // Emails and sibling area names are unique regardless of case in every script; the
    // schema's COLLATE NOCASE folds only A-Z, so files written before imports checked this
    // may hold pairs such as "ÅSA@..." and "åsa@...".
    std::map<std::string, const Member*> byNameAndId; // a stable order for the messages
    for (const auto& [id, m] : members)
        byNameAndId.emplace(m.name + '\n' + id, &m);
    std::map<std::string, const Member*> emails;
    for (const auto& [key, m] : byNameAndId) {
        if (!m->email)
            continue;
        if (const auto [it, added] = emails.emplace(foldCase(*m->email), m); !added)
            result.errors.push_back("members \"" + it->second->name + "\" and \"" + m->name + "\" share the email " +
                                    *m->email + " (emails that differ only in case are the same)");
    }

    DependencyGraph areaTree;
    std::map<std::pair<std::string, std::string>, std::string> siblings;
    for (const auto& a : ExpertiseRepository(db).areas()) {
        areaTree.setEdges(a.id.str(),
                          a.parent ? std::vector<std::string>{a.parent->str()} : std::vector<std::string>{});
        const auto [it, added] =
            siblings.emplace(std::pair{a.parent ? a.parent->str() : std::string(), foldCase(a.name)}, a.name);
        if (!added)
            result.errors.push_back("two expertise areas under the same parent are called \"" + it->second +
                                    "\" and \"" + a.name + "\"");
    }
    if (const auto loop = areaTree.findCycle())
        result.errors.push_back("expertise areas form a loop: " + DependencyGraph::describe(*loop));

    InitiativeRepository initiatives(db);
    initiatives.forEach([&](const Initiative& i) {
        if (auto ok = validateStints(i.leadership); !ok)
            result.errors.push_back("initiative \"" + i.title + "\": " + ok.error().message);
        if (!i.retracted) // a record entered by mistake raises no workflow warnings
            addWarnings(workflow.warningsFor(i));
    });
    DependencyGraph dependencies;
    for (const auto& [id, deps] : initiatives.dependencyEdges())
        dependencies.setEdges(id, deps);
    if (const auto loop = dependencies.findCycle())
        result.errors.push_back("contribution dependencies form a loop: " + DependencyGraph::describe(*loop));

    DecisionRepository(db).forEach([&](const Decision& d) {
        if (d.needsAccountable() && !d.accountable)
            result.errors.push_back("decision \"" + d.title + "\" is " + std::string(toString(d.status)) +
                                    " but has no accountable member");
        if (!d.retracted)
            addWarnings(workflow.warningsFor(d));
    });
    CommitmentRepository(db).forEach([&](const Commitment& c) {
        if (!c.retracted)
            addWarnings(workflow.warningsFor(c));
    });
    return result;
}

} // namespace baton::storage
