#include "baton/report/ReportQueries.h"

#include "baton/storage/HistoryLog.h"
#include "baton/storage/MemberRepository.h"

namespace baton::report {

ReportSource readReportSource(storage::Database& db)
{
    ReportSource source;
    source.team = db.queryText("SELECT name FROM team");
    source.historyHead = storage::HistoryLog(db).head();
    for (const auto& m : storage::MemberRepository(db).all(storage::Retracted::Included))
        source.memberNames.emplace(m.id.str(), m.name);
    return source;
}

std::string ReportSource::nameOf(const std::string& id) const
{
    const auto it = memberNames.find(id);
    return it == memberNames.end() ? id : it->second;
}

} // namespace baton::report
