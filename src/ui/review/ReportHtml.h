#pragma once

#include "baton/report/ReportDocument.h"

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QString>

namespace baton::ui {

/// A report document as HTML for the review pages: figures, charts as images named
/// "chart:N" (see chartImage), and tables (the first `rowLimit` rows of each; the export
/// holds them all).
QString reportHtml(const report::ReportDocument& document, std::size_t rowLimit = 500);

/// A bar chart drawn for the screen, in the palette's text colour.
QImage chartImage(const report::ReportChart& chart, const QFont& font, const QPalette& palette);

} // namespace baton::ui
