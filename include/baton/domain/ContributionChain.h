#pragma once

#include "baton/domain/Contribution.h"
#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace baton::domain {

/// One contribution's place in the chain.
struct ChainNode {
    ContributionId id;
    int depth = 0;         ///< 0 = depends on nothing; else 1 + max depth of its dependencies
    std::int64_t days = 0; ///< (doneOn or today) - startedOn + 1 when startedOn is set and status != planned; else 0
    std::int64_t pathDays = 0; ///< days + max pathDays over its dependencies
    bool critical = false;     ///< on the critical path
};

/// One dependency between two contributions of the chain.
struct ChainLink {
    ContributionId from;  ///< the dependency
    ContributionId to;    ///< the dependent
    bool waiting = false; ///< the dependency is not done
    /// Waiting: today - dependency.startedOn (empty when it has not started: no start date or
    /// planned). Done: the dependency's own days (empty when it has no start date).
    std::optional<std::int64_t> daysWaited;
};

/// The chain of interdependent work in one initiative.
struct ContributionChain {
    std::vector<ChainNode> nodes;             ///< same order as the input; retracted ones and repeated ids left out
    std::vector<ChainLink> links;             ///< by dependent in input order, then in its dependsOn order
    std::vector<ContributionId> criticalPath; ///< from the first dependency to the last dependent
};

/// The critical path is the chain with the greatest depth, ties broken by the greatest pathDays,
/// then by the smaller id; it is traced back from its end through the dependency with the
/// greatest (depth, pathDays), then the smaller id. Retracted contributions are skipped, and so
/// are dependencies on contributions not in the list, on the contribution itself and repeated
/// ones. A dependency that would close a loop (met while following dependencies from each
/// contribution in input order) is left out of depths, paths and links, so cycles neither hang
/// nor crash.
ContributionChain buildContributionChain(const std::vector<Contribution>& contributions, Date today);

} // namespace baton::domain
