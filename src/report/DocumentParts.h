#pragma once
// Small helpers the report documents share: numbers as people read them, and tables.

#include "baton/domain/Formatted.h"
#include "baton/report/ReportDocument.h"
#include "baton/report/ReportDocuments.h"

#include <cstdint>
#include <string>
#include <vector>

namespace baton::report::parts {

inline std::string number(std::int64_t n)
{
    return std::to_string(n);
}

/// For figures read by people: "100,491". Table cells stay plain numbers, for the CSV files.
inline std::string grouped(std::int64_t n)
{
    std::string digits = std::to_string(n < 0 ? -n : n);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return (n < 0 ? "-" : "") + digits;
}

inline std::string decimal(double value)
{
    return domain::formatted("%.2f", value);
}

/// A document with its title and scope, and the cover and footer facts from `context`.
inline ReportDocument document(std::string title, std::string scope, const ReportContext& context)
{
    ReportDocument doc;
    doc.title = std::move(title);
    doc.team = context.team;
    doc.scope = std::move(scope);
    doc.generatedAt = context.generatedAt;
    doc.generatedBy = context.generatedBy;
    doc.historyHead = context.historyHead;
    return doc;
}

inline ReportTable table(std::string name, std::string caption, std::vector<std::string> columns,
                         std::vector<bool> numeric)
{
    ReportTable t;
    t.name = std::move(name);
    t.caption = std::move(caption);
    t.columns = std::move(columns);
    t.numeric = std::move(numeric);
    return t;
}

} // namespace baton::report::parts
