#pragma once

#include "baton/report/ReportDocument.h"

#include <QString>

namespace baton::ui {

/// A report document as HTML for the review pages: figures, bar charts drawn as table
/// cells, and tables (the first `rowLimit` rows of each; the export holds them all).
QString reportHtml(const report::ReportDocument& document, std::size_t rowLimit = 500);

} // namespace baton::ui
