#pragma once

#include "baton/domain/Result.h"
#include "baton/report/ReportDocument.h"

#include <string>
#include <vector>

namespace baton::report {

/// One CSV field quoted as RFC 4180 requires (only when it holds a comma, quote or line break).
std::string csvField(const std::string& text);
/// A table as CSV text: header row, then one line per row, CRLF line ends.
std::string toCsv(const ReportTable& table);
/// Writes every table of a report as `<folder>/<table name>.csv` (UTF-8), each file atomically.
/// Creates the folder; returns the files written.
domain::Result<std::vector<std::string>> writeCsvFolder(const ReportDocument& document, const std::string& folder);
/// Writes one table to a file atomically.
domain::Result<void> writeCsvFile(const ReportTable& table, const std::string& path);

} // namespace baton::report
