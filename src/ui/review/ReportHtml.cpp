#include "review/ReportHtml.h"

#include "baton/pdf/ChartPainter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace baton::ui {

namespace {
QString e(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}
} // namespace

QString reportHtml(const report::ReportDocument& document, std::size_t rowLimit)
{
    QString out = QStringLiteral("<h2>%1</h2><p style=\"color:gray\">%2 · %3</p>")
                      .arg(e(document.title), e(document.team), e(document.scope));
    int charts = 0;
    for (const auto& section : document.sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(e(section.heading));
        for (const auto& p : section.paragraphs)
            out += QStringLiteral("<p>%1</p>").arg(e(p));
        if (!section.figures.empty()) {
            out += QStringLiteral("<table cellspacing=\"2\">");
            for (const auto& f : section.figures)
                out += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                           .arg(e(f.label), e(f.value));
            out += QStringLiteral("</table>");
        }
        for (const auto& chart : section.charts) {
            out += QStringLiteral("<p><b>%1</b></p><p><img src=\"chart:%2\"></p>").arg(e(chart.caption)).arg(charts++);
        }
        for (const auto& chart : section.lineCharts) {
            out += QStringLiteral("<p><b>%1</b></p><p><img src=\"chart:%2\"></p>").arg(e(chart.caption)).arg(charts++);
        }
        for (const auto& table : section.tables) {
            if (!table.inPdf) // the screen shows what the PDF shows; the CSV-only tables are for spreadsheets
                continue;
            out += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse:collapse\"><tr>")
                       .arg(e(table.caption));
            for (const auto& c : table.columns)
                out += QStringLiteral("<th bgcolor=\"#e8eef2\">%1</th>").arg(e(c));
            out += QStringLiteral("</tr>");
            const std::size_t shown = std::min(rowLimit, table.rows.size());
            for (std::size_t r = 0; r < shown; ++r) {
                out += QStringLiteral("<tr>");
                for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                    const bool right = c < table.numeric.size() && table.numeric[c];
                    const int shade = r < table.shades.size() && c < table.shades[r].size() ? table.shades[r][c] : 0;
                    out += QStringLiteral("<td%1%2>%3</td>")
                               .arg(right ? QStringLiteral(" align=\"right\"") : QString(),
                                    shade > 0 ? QStringLiteral(" bgcolor=\"%1\"").arg(pdf::levelShade(shade).name())
                                              : QString(),
                                    e(table.rows[r][c]));
                }
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
            if (table.rows.empty())
                out += QStringLiteral("<p style=\"color:gray\">%1</p>")
                           .arg(QCoreApplication::translate("ReportHtml", "None."));
            const std::size_t total = std::max(table.totalRows, table.rows.size());
            if (shown < total)
                out += QStringLiteral("<p style=\"color:gray\">%1</p>")
                           .arg(QCoreApplication::translate("ReportHtml", "…and %1 more rows: export to see them all.")
                                    .arg(QLocale().toString(static_cast<qulonglong>(total - shown))));
        }
    }
    return out;
}

QImage chartImage(const report::ReportChart& chart, const QFont& font, const QPalette& palette)
{
    const QFontMetrics metrics(font);
    const int bar = metrics.height() + 6;
    int label = 0;
    for (const auto& l : chart.labels)
        label = std::max(label, metrics.horizontalAdvance(QString::fromStdString(l)));
    label = std::min(label + 12, 260);
    const int width = 720;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("000000"));
    QImage image(width, bar * static_cast<int>(chart.values.size()) + 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Text));
    const double top =
        chart.values.empty() ? 1 : std::max(1.0, *std::max_element(chart.values.begin(), chart.values.end()));
    const double span = width - label - valueWidth - 8;
    for (std::size_t i = 0; i < chart.values.size(); ++i) {
        const int y = static_cast<int>(i) * bar;
        painter.drawText(QRect(0, y, label - 8, bar), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(QString::fromStdString(chart.labels[i]), Qt::ElideRight, label - 8));
        const int w = static_cast<int>(span * chart.values[i] / top);
        painter.fillRect(QRect(label, y + 3, w, bar - 6), QColor(0x1f, 0x6f, 0x8b));
        painter.drawText(QRect(label + w + 4, y, valueWidth + 4, bar), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(chart.values[i], 'f', 0));
    }
    return image;
}

QImage lineChartImage(const report::ReportLineChart& chart, const QFont& font, const QPalette& palette)
{
    const QFontMetrics metrics(font);
    QImage image(720, metrics.height() * 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    pdf::paintLineChart(painter, QRectF(0, 0, image.width(), image.height()), chart, font,
                        palette.color(QPalette::Text), palette.color(QPalette::Mid));
    return image;
}

QList<QImage> chartImages(const report::ReportDocument& document, const QFont& font, const QPalette& palette)
{
    QList<QImage> out;
    for (const auto& section : document.sections) {
        for (const auto& chart : section.charts)
            out.push_back(chartImage(chart, font, palette));
        for (const auto& chart : section.lineCharts)
            out.push_back(lineChartImage(chart, font, palette));
    }
    return out;
}

} // namespace baton::ui
