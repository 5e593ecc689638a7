#pragma once

#include "baton/report/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

namespace baton::pdf {

/// Draws a line chart into `area`: a value axis on the left, the labels (months) below, one
/// coloured line per series with a legend, gaps where a value is missing. Used by the PDF and
/// by the app's review pages, so both show the same picture.
void paintLineChart(QPainter& painter, QRectF area, const report::ReportLineChart& chart, const QFont& font,
                    const QColor& ink, const QColor& rule);

/// The colour of series `index`: distinct, readable in print and for common colour blindness.
QColor seriesColour(std::size_t index);

/// The fill for an expertise level 1..5, pale to dark.
QColor levelShade(int level);

} // namespace baton::pdf
