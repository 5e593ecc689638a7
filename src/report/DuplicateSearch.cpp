#include "DuplicateSearch.h"

namespace baton::report {

void DuplicateSearch::compare(const std::vector<const domain::Commitment*>& group, Link link)
{
    constexpr double kDuplicateThreshold = 0.8;
    std::size_t compared = 0;
    for (std::size_t a = 0; a < group.size(); ++a) {
        for (std::size_t b = a + 1; b < group.size(); ++b) {
            const domain::Commitment& first = *group[a];
            const domain::Commitment& second = *group[b];
            if (first.owner == second.owner)
                continue;
            // On the same decision too: compared already, in that decision's group.
            if (link == Link::Initiative && first.decision && first.decision == second.decision)
                continue;
            if (m_checkCancelled && ++compared % 1024 == 0)
                m_checkCancelled();
            const double similarity = descriptionSimilarity(first.description, second.description);
            if (similarity < kDuplicateThreshold)
                continue;
            if (m_limit == 0 || m_found.size() < m_limit)
                m_found.push_back({first.id, second.id, first.description, second.description, similarity});
            ++m_count;
        }
    }
}

} // namespace baton::report
