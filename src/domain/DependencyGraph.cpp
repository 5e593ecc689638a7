#include "baton/domain/DependencyGraph.h"

#include <algorithm>
#include <unordered_set>

namespace baton::domain {

void DependencyGraph::setEdges(const std::string& node, std::vector<std::string> targets)
{
    m_edges[node] = std::move(targets);
}

void DependencyGraph::removeNode(const std::string& node) { m_edges.erase(node); }

std::optional<std::vector<std::string>> DependencyGraph::findCycle() const
{
    // Iterative depth-first search with colours; a grey node met again closes a loop.
    enum class Colour { White, Grey, Black };
    std::unordered_map<std::string, Colour> colour;
    std::vector<std::string> roots;
    roots.reserve(m_edges.size());
    for (const auto& [node, targets] : m_edges)
        roots.push_back(node);
    std::sort(roots.begin(), roots.end()); // deterministic messages

    static const std::vector<std::string> kNone;
    struct Frame {
        const std::string* node;
        std::size_t next;
    };
    for (const auto& root : roots) {
        if (colour[root] != Colour::White)
            continue;
        std::vector<Frame> stack{{&root, 0}};
        colour[root] = Colour::Grey;
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto it = m_edges.find(*top.node);
            const auto& targets = it == m_edges.end() ? kNone : it->second;
            if (top.next == targets.size()) {
                colour[*top.node] = Colour::Black;
                stack.pop_back();
                continue;
            }
            const std::string& target = targets[top.next++];
            const Colour c = colour[target];
            if (c == Colour::Grey) {
                std::vector<std::string> path;
                auto from = std::find_if(stack.begin(), stack.end(), [&](const Frame& f) { return *f.node == target; });
                for (auto f = from; f != stack.end(); ++f)
                    path.push_back(*f->node);
                path.push_back(target);
                return path;
            }
            if (c == Colour::White) {
                colour[target] = Colour::Grey;
                stack.push_back({&target, 0});
            }
        }
    }
    return std::nullopt;
}

bool DependencyGraph::wouldCreateCycle(const std::string& from, const std::string& to) const
{
    if (from == to)
        return true;
    const auto upstream = upstreamOf(to);
    return std::find(upstream.begin(), upstream.end(), from) != upstream.end();
}

std::vector<std::string> DependencyGraph::upstreamOf(const std::string& node) const
{
    std::vector<std::string> order;
    std::unordered_set<std::string> seen{node};
    std::vector<std::string> todo{node};
    while (!todo.empty()) {
        const std::string current = todo.back();
        todo.pop_back();
        const auto it = m_edges.find(current);
        if (it == m_edges.end())
            continue;
        for (const auto& target : it->second) {
            if (seen.insert(target).second) {
                order.push_back(target);
                todo.push_back(target);
            }
        }
    }
    return order;
}

std::string DependencyGraph::describe(const std::vector<std::string>& path)
{
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (i > 0)
            out += " -> ";
        out += path[i];
    }
    return out;
}

} // namespace baton::domain
