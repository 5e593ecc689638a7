#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton::domain {

/// Directed graph over string ids: contribution dependencies, area parents.
class DependencyGraph {
public:
    /// Replaces the outgoing edges of `node` ("node depends on each of targets").
    void setEdges(const std::string& node, std::vector<std::string> targets);
    void removeNode(const std::string& node);
    bool contains(const std::string& node) const { return m_edges.count(node) > 0; }

    /// A loop as a path that starts and ends at the same node (a -> b -> a), if one exists.
    std::optional<std::vector<std::string>> findCycle() const;
    /// True when adding the edge from -> to would close a loop.
    bool wouldCreateCycle(const std::string& from, const std::string& to) const;
    /// Everything `node` depends on, directly or through others, in visiting order.
    std::vector<std::string> upstreamOf(const std::string& node) const;

    /// "a → b → a", for messages.
    static std::string describe(const std::vector<std::string>& path);

private:
    std::unordered_map<std::string, std::vector<std::string>> m_edges;
};

} // namespace baton::domain
