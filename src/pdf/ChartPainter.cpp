#include "baton/pdf/ChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace baton::pdf {

QColor seriesColour(std::size_t index)
{
    // Okabe & Ito's palette, safe for the common kinds of colour blindness.
    static const QColor kColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                      QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
    return kColours[index % std::size(kColours)];
}

QColor levelShade(int level)
{
    static const QColor kShades[] = {QColor(0xee, 0xf5, 0xfb), QColor(0xd4, 0xe6, 0xf4), QColor(0xa9, 0xcd, 0xe8),
                                     QColor(0x7d, 0xb3, 0xdc), QColor(0x52, 0x99, 0xcf)};
    return kShades[std::clamp(level, 1, 5) - 1];
}

void paintLineChart(QPainter& painter, QRectF area, const report::ReportLineChart& chart, const QFont& font,
                    const QColor& ink, const QColor& rule)
{
    if (chart.labels.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.lineSpacing();
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const auto axisText = [&](double v) {
        return chart.percent ? locale.toString(v / chart.maxValue * 100.0, 'f', 0) + QStringLiteral("%")
                             : locale.toString(v, 'f', chart.maxValue <= 1.0 ? 1 : 0);
    };

    // The legend: rows of swatches and names under the plot, filled left to right, top down.
    std::vector<std::vector<std::size_t>> rows(1);
    {
        double x = 0;
        for (std::size_t s = 0; s < chart.series.size(); ++s) {
            const double w = line * 2.6 + metrics.horizontalAdvance(QString::fromStdString(chart.series[s].name));
            if (x + w > area.width() && !rows.back().empty()) {
                rows.emplace_back();
                x = 0;
            }
            rows.back().push_back(s);
            x += w;
        }
    }
    const double legendHeight = static_cast<double>(rows.size()) * line * 1.2 + line * 0.2;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = area.left();
        const double y = area.bottom() - legendHeight + line * 0.2 + static_cast<double>(r) * line * 1.2;
        for (const std::size_t s : rows[r]) {
            const QString name = QString::fromStdString(chart.series[s].name);
            painter.setPen(QPen(seriesColour(s), std::max(1.5, line * 0.15)));
            painter.drawLine(QPointF(x, y + line * 0.55), QPointF(x + line * 1.2, y + line * 0.55));
            painter.setPen(ink);
            const double w = metrics.horizontalAdvance(name);
            painter.drawText(QRectF(x + line * 1.6, y, w + line, line), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += line * 2.6 + w;
        }
    }

    const double axisWidth = metrics.horizontalAdvance(axisText(chart.maxValue)) + line * 0.6;
    const double labelHeight = line * 1.3;
    const QRectF plot(area.left() + axisWidth, area.top() + line * 0.5, area.width() - axisWidth - line * 0.5,
                      area.height() - legendHeight - labelHeight - line * 0.8);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    // Grid and value axis: five equal steps (0, 0.2, ... 1.0 for shares), or one per whole number
    // on a short scale of whole numbers (a 1..7 score), so that every label is exact.
    const bool wholeScale =
        !chart.percent && chart.maxValue >= 2 && chart.maxValue <= 10 && chart.maxValue == std::floor(chart.maxValue);
    const int kSteps = wholeScale ? static_cast<int>(chart.maxValue) : 5;
    for (int k = 0; k <= kSteps; ++k) {
        const double v = chart.maxValue * k / kSteps;
        const double y = plot.bottom() - plot.height() * k / kSteps;
        painter.setPen(QPen(rule, std::max(0.5, line * 0.04)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ink);
        painter.drawText(QRectF(area.left(), y - line / 2, axisWidth - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, axisText(v));
    }
    const std::size_t n = chart.labels.size();
    const auto xAt = [&](std::size_t i) {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * static_cast<double>(i) / double(n - 1);
    };
    // Labels below, thinned so that they never overlap.
    double widest = 0;
    for (const auto& l : chart.labels)
        widest = std::max(widest, metrics.horizontalAdvance(QString::fromStdString(l)));
    const std::size_t every =
        std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil((widest + line) * double(n) / plot.width())));
    painter.setPen(ink);
    for (std::size_t i = 0; i < n; i += every) {
        // Centred under its point, but kept inside the chart at either end.
        const double left = std::clamp(xAt(i) - widest / 2, area.left(), area.right() - widest);
        painter.drawText(QRectF(left, plot.bottom() + line * 0.3, widest, line), Qt::AlignCenter,
                         QString::fromStdString(chart.labels[i]));
    }
    // The lines; a missing value breaks the line, a lone value is a dot.
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto& values = chart.series[s].values;
        QPainterPath path;
        bool drawing = false;
        const QPen pen(seriesColour(s), std::max(1.5, line * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        for (std::size_t i = 0; i < n && i < values.size(); ++i) {
            if (!values[i]) {
                drawing = false;
                continue;
            }
            const double v = std::clamp(*values[i], 0.0, chart.maxValue);
            const QPointF p(xAt(i), plot.bottom() - plot.height() * v / chart.maxValue);
            const bool alone = (i == 0 || !values[i - 1]) && (i + 1 >= values.size() || !values[i + 1]);
            if (alone) {
                painter.setBrush(seriesColour(s));
                painter.drawEllipse(p, line * 0.15, line * 0.15);
                painter.setBrush(Qt::NoBrush);
            }
            if (drawing)
                path.lineTo(p);
            else
                path.moveTo(p);
            drawing = true;
        }
        painter.drawPath(path);
    }
    painter.setPen(QPen(ink, std::max(0.8, line * 0.06)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

} // namespace baton::pdf
