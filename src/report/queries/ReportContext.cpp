#include "baton/report/ReportQueries.h"

#include "baton/storage/HistoryLog.h"
#include "baton/storage/MemberRepository.h"

#include <memory>
#include <unordered_map>

namespace baton::report {

ReportContext readReportContext(storage::Database& db, std::string generatedAt, std::string generatedBy)
{
    auto names = std::make_shared<std::unordered_map<std::string, std::string>>();
    for (const auto& m : storage::MemberRepository(db).all(storage::Retracted::Included))
        names->emplace(m.id.str(), m.name);
    ReportContext context;
    context.team = db.queryText("SELECT name FROM team");
    context.historyHead = storage::HistoryLog(db).head();
    context.generatedAt = std::move(generatedAt);
    context.generatedBy = std::move(generatedBy);
    context.nameOf = [names](const std::string& id) {
        const auto it = names->find(id);
        return it == names->end() ? id : it->second;
    };
    return context;
}

} // namespace baton::report
