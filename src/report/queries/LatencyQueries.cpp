#include "baton/report/LatencyQueries.h"

#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/Database.h"
#include "baton/storage/ExpertiseRepository.h"

#include <array>
#include <map>

namespace baton::report {
using namespace baton::domain;

namespace {

/// The value at 1-based `rank` of the sorted days the histogram holds.
int valueAtRank(const std::vector<std::pair<int, std::int64_t>>& counts, std::int64_t rank)
{
    std::int64_t seen = 0;
    for (const auto& [days, n] : counts) {
        seen += n;
        if (seen >= rank)
            return days;
    }
    return counts.empty() ? 0 : counts.back().first;
}

} // namespace

LatencyFigures latencyFromCounts(DecisionMethod method, const std::vector<std::pair<int, std::int64_t>>& counts)
{
    LatencyFigures f;
    f.method = method;
    std::int64_t n = 0;
    for (const auto& entry : counts)
        n += entry.second;
    f.count = static_cast<int>(n);
    if (n == 0)
        return f;
    if (n % 2 == 1)
        f.median = valueAtRank(counts, n / 2 + 1);
    else
        f.median = (valueAtRank(counts, n / 2) + valueAtRank(counts, n / 2 + 1)) / 2.0;
    f.p90 = valueAtRank(counts, (9 * n + 9) / 10); // ceil(0.9 n) in integers
    return f;
}

std::vector<LatencyFigures> readDecisionLatency(storage::Database& db, Date from, Date to)
{
    // One scan of the covering index over the period, tallied here into a histogram per method
    // (a few hundred entries): a GROUP BY (method, days) would sort every row first, which on a
    // million decisions took three times as long as the scan.
    storage::Statement s = db.prepare(R"(
        SELECT method, CAST(julianday(decided_on) - julianday(proposed_on) AS INTEGER)
        FROM decisions INDEXED BY decisions_latency
        WHERE decided_on IS NOT NULL AND retracted = 0 AND decided_on BETWEEN ?1 AND ?2
          AND proposed_on IS NOT NULL AND decided_on >= proposed_on
          AND status IN ('decided', 'superseded', 'reversed'))");
    s.bind(1, from.toString()).bind(2, to.toString());
    std::array<std::map<int, std::int64_t>, EnumNames<DecisionMethod>::kNames.size()> byMethod;
    while (s.step()) {
        const auto method = parseEnum<DecisionMethod>(s.columnView(0));
        if (method)
            ++byMethod[static_cast<std::size_t>(*method)][static_cast<int>(s.columnInt(1))];
    }
    std::vector<LatencyFigures> out;
    for (std::size_t i = 0; i < byMethod.size(); ++i) {
        if (!byMethod[i].empty())
            out.push_back(latencyFromCounts(static_cast<DecisionMethod>(i), {byMethod[i].begin(), byMethod[i].end()}));
    }
    return out;
}

CharterView readCharter(storage::Database& db)
{
    CharterView view;
    view.rules = storage::CharterRuleRepository(db).all();
    for (const auto& area : storage::ExpertiseRepository(db).areas())
        view.areaNames.emplace(area.id.str(), area.name);
    return view;
}

} // namespace baton::report
