#include "baton/domain/ContributionChain.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace baton::domain {
namespace {

std::int64_t ownDays(const Contribution& c, Date today)
{
    if (!c.startedOn || c.status == ContributionStatus::Planned)
        return 0;
    const Date end = c.doneOn.value_or(today);
    return end < *c.startedOn ? 0 : end.days() - c.startedOn->days() + 1;
}

/// Whether (depth, pathDays, smaller id) puts `a` ahead of `b` as the critical path's next node.
bool ahead(const ChainNode& a, const ChainNode& b)
{
    return std::tie(a.depth, a.pathDays, b.id) > std::tie(b.depth, b.pathDays, a.id);
}

} // namespace

ContributionChain buildContributionChain(const std::vector<Contribution>& contributions, Date today)
{
    ContributionChain chain;
    std::vector<const Contribution*> live;
    std::unordered_map<ContributionId, std::size_t> index;
    for (const auto& c : contributions) {
        if (c.retracted || index.count(c.id))
            continue;
        index.emplace(c.id, live.size());
        live.push_back(&c);
        chain.nodes.push_back({c.id, 0, ownDays(c, today), 0, false});
    }

    // The usable dependencies of each node: known, not itself, not repeated.
    std::vector<std::vector<std::size_t>> deps(live.size());
    for (std::size_t i = 0; i < live.size(); ++i) {
        std::unordered_set<std::size_t> seen;
        for (const auto& id : live[i]->dependsOn) {
            const auto it = index.find(id);
            if (it != index.end() && it->second != i && seen.insert(it->second).second)
                deps[i].push_back(it->second);
        }
    }

    // Depth-first from each node in input order, without recursion; an edge to a node still on
    // the stack closes a loop and is dropped. Nodes are finished dependencies first.
    enum class State { New, OnStack, Done };
    std::vector<State> state(live.size(), State::New);
    std::vector<std::vector<std::size_t>> kept(live.size());
    struct Frame {
        std::size_t node;
        std::size_t next;
    };
    for (std::size_t root = 0; root < live.size(); ++root) {
        if (state[root] != State::New)
            continue;
        std::vector<Frame> stack{{root, 0}};
        state[root] = State::OnStack;
        while (!stack.empty()) {
            Frame& top = stack.back();
            const std::size_t node = top.node;
            if (top.next == deps[node].size()) {
                ChainNode& n = chain.nodes[node];
                std::int64_t longest = 0;
                for (const std::size_t d : kept[node]) {
                    n.depth = std::max(n.depth, chain.nodes[d].depth + 1);
                    longest = std::max(longest, chain.nodes[d].pathDays);
                }
                n.pathDays = n.days + longest;
                state[node] = State::Done;
                stack.pop_back();
                continue;
            }
            const std::size_t dep = deps[node][top.next++];
            if (state[dep] == State::OnStack)
                continue; // closes a loop
            kept[node].push_back(dep);
            if (state[dep] == State::New) {
                state[dep] = State::OnStack;
                stack.push_back({dep, 0}); // invalidates `top`
            }
        }
    }

    for (std::size_t i = 0; i < live.size(); ++i) {
        // Keep the links in dependsOn order even where the search met them in another.
        for (const std::size_t d : deps[i]) {
            if (std::find(kept[i].begin(), kept[i].end(), d) == kept[i].end())
                continue;
            const Contribution& dep = *live[d];
            ChainLink link{dep.id, live[i]->id, dep.status != ContributionStatus::Done, std::nullopt};
            if (link.waiting) {
                if (dep.startedOn && dep.status != ContributionStatus::Planned)
                    link.daysWaited = std::max<std::int64_t>(0, today.days() - dep.startedOn->days());
            } else if (dep.startedOn) {
                link.daysWaited = chain.nodes[d].days;
            }
            chain.links.push_back(std::move(link));
        }
    }

    if (live.empty())
        return chain;
    std::size_t end = 0;
    for (std::size_t i = 1; i < live.size(); ++i) {
        if (ahead(chain.nodes[i], chain.nodes[end]))
            end = i;
    }
    std::vector<std::size_t> path{end};
    while (!kept[path.back()].empty()) {
        const auto& options = kept[path.back()];
        std::size_t best = options.front();
        for (const std::size_t d : options) {
            if (ahead(chain.nodes[d], chain.nodes[best]))
                best = d;
        }
        path.push_back(best);
    }
    std::reverse(path.begin(), path.end());
    for (const std::size_t i : path) {
        chain.nodes[i].critical = true;
        chain.criticalPath.push_back(chain.nodes[i].id);
    }
    return chain;
}

} // namespace baton::domain
