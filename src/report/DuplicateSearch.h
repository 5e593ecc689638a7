#pragma once

#include "baton/domain/Commitment.h"
#include "baton/report/AccountabilityReport.h"

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace baton::report {

/// Finds likely duplicate commitments one group at a time: a group is the open commitments on
/// one decision or one initiative, in file order. A pair met through both links is compared
/// once. Keeps the first `limit` pairs found (0: all) and counts every one.
class DuplicateSearch {
public:
    explicit DuplicateSearch(std::size_t limit = 0) : m_limit(limit) {}
    void compare(const std::vector<const domain::Commitment*>& group);
    std::vector<LikelyDuplicate>& found() { return m_found; }
    std::size_t count() const { return m_count; }

private:
    std::size_t m_limit;
    std::size_t m_count = 0;
    std::vector<LikelyDuplicate> m_found;
    std::set<std::pair<std::string, std::string>> m_paired;
};

} // namespace baton::report
