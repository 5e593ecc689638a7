#pragma once

#include "baton/domain/Commitment.h"
#include "baton/report/AccountabilityReport.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace baton::report {

/// Finds likely duplicate commitments one group at a time: a group is the open commitments on
/// one decision or one initiative, in file order, every decision's group before any
/// initiative's. A pair linked by both is compared once, in its decision's group. Keeps the
/// first `limit` pairs found (0: all) and counts every one; holds nothing between groups.
class DuplicateSearch {
public:
    enum class Link { Decision, Initiative };
    /// `checkCancelled` is called often during a long group; it throws to stop.
    explicit DuplicateSearch(std::size_t limit = 0, std::function<void()> checkCancelled = {})
        : m_limit(limit)
        , m_checkCancelled(std::move(checkCancelled))
    {
    }
    void compare(const std::vector<const domain::Commitment*>& group, Link link);
    std::vector<LikelyDuplicate>& found() { return m_found; }
    std::size_t count() const { return m_count; }

private:
    std::size_t m_limit;
    std::function<void()> m_checkCancelled;
    std::size_t m_count = 0;
    std::vector<LikelyDuplicate> m_found;
};

} // namespace baton::report
