#include "baton/domain/DecisionLatency.h"

#include <algorithm>
#include <cstddef>

namespace baton::domain {

std::optional<int> decisionLatencyDays(const Decision& decision)
{
    if (decision.retracted || !decision.proposedOn || !decision.decidedOn)
        return std::nullopt;
    if (decision.status != DecisionStatus::Decided && decision.status != DecisionStatus::Superseded &&
        decision.status != DecisionStatus::Reversed)
        return std::nullopt;
    const int days = decision.decidedOn->days() - decision.proposedOn->days();
    if (days < 0)
        return std::nullopt;
    return days;
}

void LatencyTally::add(DecisionMethod method, int days)
{
    if (days < 0)
        return;
    auto& sorted = m_days[static_cast<std::size_t>(method)];
    sorted.insert(std::upper_bound(sorted.begin(), sorted.end(), days), days);
}

bool LatencyTally::add(const Decision& decision)
{
    const auto days = decisionLatencyDays(decision);
    if (!days)
        return false;
    add(decision.method, *days);
    return true;
}

std::vector<LatencyFigures> LatencyTally::figures() const
{
    std::vector<LatencyFigures> out;
    for (std::size_t m = 0; m < m_days.size(); ++m) {
        const auto& days = m_days[m];
        if (days.empty())
            continue;
        const std::size_t n = days.size();
        LatencyFigures f;
        f.method = static_cast<DecisionMethod>(m);
        f.count = static_cast<int>(n);
        f.median = n % 2 == 1 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
        // Nearest rank ceil(0.9 n) in whole numbers: (9 n + 9) / 10, 1-based.
        f.p90 = days[(9 * n + 9) / 10 - 1];
        out.push_back(f);
    }
    return out;
}

std::vector<LatencyFigures> latencyByMethod(const std::vector<std::pair<DecisionMethod, int>>& samples)
{
    LatencyTally tally;
    for (const auto& [method, days] : samples)
        tally.add(method, days);
    return tally.figures();
}

} // namespace baton::domain
