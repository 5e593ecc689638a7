#pragma once

#include "baton/report/ReportDocument.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QString>

namespace baton::ui {

/// A report document as HTML for the review pages: figures, charts as images named
/// "chart:N" (see chartImage), and tables (the first `rowLimit` rows of each; the export
/// holds them all).
QString reportHtml(const report::ReportDocument& document, std::size_t rowLimit = 500);

/// A bar chart drawn for the screen, in the palette's text colour.
QImage chartImage(const report::ReportChart& chart, const QFont& font, const QPalette& palette);

/// A line chart drawn for the screen with the same painter as the PDF's.
QImage lineChartImage(const report::ReportLineChart& chart, const QFont& font, const QPalette& palette);
/// Every chart of the document, in the order reportHtml names them "chart:0", "chart:1", ...
QList<QImage> chartImages(const report::ReportDocument& document, const QFont& font, const QPalette& palette);

} // namespace baton::ui
