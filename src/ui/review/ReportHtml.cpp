#include "review/ReportHtml.h"

#include <QCoreApplication>

#include <algorithm>

namespace baton::ui {

namespace {
QString e(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }
} // namespace

QString reportHtml(const report::ReportDocument& document, std::size_t rowLimit)
{
    QString out = QStringLiteral("<h2>%1</h2><p style=\"color:gray\">%2 · %3</p>")
                      .arg(e(document.title), e(document.team), e(document.scope));
    for (const auto& section : document.sections) {
        out += QStringLiteral("<h3>%1</h3>").arg(e(section.heading));
        for (const auto& p : section.paragraphs)
            out += QStringLiteral("<p>%1</p>").arg(e(p));
        if (!section.figures.empty()) {
            out += QStringLiteral("<table cellspacing=\"2\">");
            for (const auto& f : section.figures)
                out += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>").arg(e(f.label), e(f.value));
            out += QStringLiteral("</table>");
        }
        for (const auto& chart : section.charts) {
            const double top = chart.values.empty() ? 1 : std::max(1.0, *std::max_element(chart.values.begin(), chart.values.end()));
            out += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"1\" width=\"100%\">").arg(e(chart.caption));
            for (std::size_t i = 0; i < chart.values.size(); ++i) {
                const int width = std::max(1, static_cast<int>(chart.values[i] / top * 70));
                out += QStringLiteral("<tr><td width=\"25%\" align=\"right\">%1</td><td><table cellspacing=\"0\" "
                                      "width=\"%2%\"><tr><td bgcolor=\"#1f6f8b\">&nbsp;</td></tr></table></td>"
                                      "<td width=\"8%\">%3</td></tr>")
                           .arg(e(chart.labels[i]))
                           .arg(width)
                           .arg(chart.values[i], 0, 'f', 0);
            }
            out += QStringLiteral("</table>");
        }
        for (const auto& table : section.tables) {
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
                    out += QStringLiteral("<td%1>%2</td>")
                               .arg(right ? QStringLiteral(" align=\"right\"") : QString(), e(table.rows[r][c]));
                }
                out += QStringLiteral("</tr>");
            }
            out += QStringLiteral("</table>");
            if (table.rows.empty())
                out += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(QCoreApplication::translate("ReportHtml", "None."));
            if (shown < table.rows.size())
                out += QStringLiteral("<p style=\"color:gray\">%1</p>")
                           .arg(QCoreApplication::translate("ReportHtml", "…and %1 more rows: export to see them all.")
                                    .arg(table.rows.size() - shown));
        }
    }
    return out;
}

} // namespace baton::ui
