#include "baton/storage/FallbackQueries.h"

#include "baton/storage/Database.h"

namespace baton::storage {

std::vector<FallbackDue> fallbacksDue(Database& db, domain::Date today, std::size_t limit)
{
    Statement s = db.prepare(R"(
        SELECT id, title, decide_by, fallback FROM decisions INDEXED BY decisions_fallback_due
        WHERE status = 'proposed' AND retracted = 0 AND fallback IS NOT NULL AND decide_by < ?1
        ORDER BY decide_by, proposed_on LIMIT ?2)");
    s.bind(1, today.toString()).bind(2, static_cast<std::int64_t>(limit));
    std::vector<FallbackDue> out;
    while (s.step()) {
        const auto fallback = domain::parseEnum<domain::DecisionFallback>(s.columnView(3));
        const auto decideBy = domain::Date::parse(s.columnView(2));
        if (!fallback || !decideBy)
            continue;
        out.push_back({domain::DecisionId(s.columnText(0)), s.columnText(1), *decideBy, *fallback});
    }
    return out;
}

} // namespace baton::storage
