#include "PageLayout.h"

#include "baton/pdf/ChartPainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QObject>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace baton::pdf {

namespace {
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
const QColor kInk(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kRule(0xcc, 0xcc, 0xcc);
const QColor kHeaderFill(0xe8, 0xee, 0xf2);
const QColor kStripe(0xf6, 0xf8, 0xfa);
const QColor kBar(0x1f, 0x6f, 0x8b);
} // namespace

PageLayout::PageLayout(const report::ReportDocument& document, QPaintDevice& device, QRectF page, double dpi)
    : m_document(document)
    , m_device(device)
    , m_area(page)
    , m_dpi(dpi)
{
    // Sizes in device pixels from points: shaped text can then be reused on any device.
    const auto points = [this](QFont font, double size, bool bold) {
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(size * m_dpi / 72.0))));
        font.setBold(bold);
        // No ligatures: "Whitfield" must be copied and searched as typed, not with an "fi" glyph.
        font.setStyleStrategy(QFont::PreferNoShaping);
        return font;
    };
    const QFont family(QStringLiteral("DejaVu Sans"));
    m_body = points(family, 9.5, false);
    m_bold = points(family, 9.5, true);
    m_small = points(family, 8, false);
    m_heading = points(family, 15, true);
    m_title = points(family, 26, true);
}

double PageLayout::textHeight(const QString& text, const QFont& font, double width) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageLayout::text(const QString& text, const QFont& font, double height, int flags)
{
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(kInk);
        m_painter->drawText(QRectF(m_area.left(), m_y, m_area.width(), height), Qt::TextWordWrap | flags, text);
    }
    m_y += height;
}

void PageLayout::footer()
{
    if (!m_painter)
        return;
    const QFontMetricsF metrics(m_small, &m_device);
    const double y = m_area.bottom() + mm(4);
    m_painter->setFont(m_small);
    m_painter->setPen(kMuted);
    if (!m_document.historyHead.empty()) {
        // Every page names the history it was made from, so a printout can be checked later.
        const QString head =
            QObject::tr("History %1 (verify with baton-cli verify)").arg(q(m_document.historyHead.substr(0, 12)));
        m_painter->drawText(QRectF(m_area.left(), y + metrics.height(), m_area.width(), metrics.height()),
                            Qt::AlignLeft, head);
    }
    if (m_page == 1)
        return;
    const QString left =
        metrics.elidedText(q(m_document.title + " — " + m_document.team), Qt::ElideRight, m_area.width() * 0.7);
    m_painter->drawText(QRectF(m_area.left(), y, m_area.width() * 0.7, metrics.height()), Qt::AlignLeft, left);
    const QString right = QObject::tr("Page %1 of %2").arg(m_page).arg(m_totalPages > 0 ? m_totalPages : m_page);
    m_painter->drawText(QRectF(m_area.left(), y, m_area.width(), metrics.height()), Qt::AlignRight, right);
}

void PageLayout::breakPage()
{
    footer();
    if (m_painter && m_newPage)
        m_newPage();
    ++m_page;
    m_y = m_area.top();
}

bool PageLayout::ensureRoom(double needed)
{
    if (m_y + needed <= m_area.bottom())
        return false;
    breakPage();
    return true;
}

void PageLayout::cover()
{
    m_y = m_area.top() + m_area.height() * 0.28;
    text(q(m_document.title), m_title, textHeight(q(m_document.title), m_title, m_area.width()));
    m_y += mm(6);
    text(q(m_document.team), m_heading, textHeight(q(m_document.team), m_heading, m_area.width()));
    m_y += mm(3);
    text(q(m_document.scope), m_body, textHeight(q(m_document.scope), m_body, m_area.width()));
    m_y += mm(30);
    const QString made =
        QObject::tr("Generated %1 by %2 with Baton").arg(q(m_document.generatedAt), q(m_document.generatedBy));
    if (m_painter)
        m_painter->setPen(kMuted);
    text(made, m_small, textHeight(made, m_small, m_area.width()));
}

void PageLayout::contents()
{
    text(QObject::tr("Contents"), m_heading, textHeight(QObject::tr("Contents"), m_heading, m_area.width()) + mm(4));
    const QFontMetricsF metrics(m_body, &m_device);
    for (std::size_t i = 0; i < m_document.sections.size(); ++i) {
        const double h = metrics.lineSpacing() * 1.6;
        if (m_painter) {
            m_painter->setFont(m_body);
            m_painter->setPen(kInk);
            const QRectF row(m_area.left(), m_y, m_area.width(), h);
            m_painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                                QStringLiteral("%1.  %2").arg(i + 1).arg(q(m_document.sections[i].heading)));
            const int page = i < m_knownSectionPages.size() ? m_knownSectionPages[i] : 0;
            m_painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(page));
        }
        m_y += h;
    }
}

void PageLayout::section(const report::ReportSection& s, std::size_t index)
{
    m_sectionPages.push_back(m_page);
    const QString heading = QStringLiteral("%1.  %2").arg(index + 1).arg(q(s.heading));
    text(heading, m_heading, textHeight(heading, m_heading, m_area.width()) + mm(3));
    for (const auto& p : s.paragraphs) {
        const double h = textHeight(q(p), m_body, m_area.width());
        ensureRoom(h);
        text(q(p), m_body, h + mm(2));
    }
    if (!s.figures.empty()) {
        const QFontMetricsF metrics(m_body, &m_device);
        const double h = metrics.lineSpacing() * 1.4;
        for (const auto& f : s.figures) {
            ensureRoom(h);
            if (m_painter) {
                m_painter->setPen(kInk);
                m_painter->setFont(m_body);
                const QRectF row(m_area.left(), m_y, m_area.width() * 0.8, h);
                m_painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                                    metrics.elidedText(q(f.label), Qt::ElideRight, row.width() * 0.78));
                m_painter->setFont(m_bold);
                m_painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, q(f.value));
            }
            m_y += h;
        }
        m_y += mm(4);
    }
    for (const auto& c : s.charts)
        chart(c);
    for (const auto& c : s.lineCharts)
        lineChart(c);
    for (const auto& t : s.tables)
        if (t.inPdf)
            table(t);
}

void PageLayout::chart(const report::ReportChart& c)
{
    if (c.values.empty())
        return;
    const QFontMetricsF metrics(m_small, &m_device);
    const double bar = metrics.lineSpacing() * 1.3;
    ensureRoom(bar * 3);
    text(q(c.caption), m_bold, textHeight(q(c.caption), m_bold, m_area.width()) + mm(2));
    double labelWidth = 0;
    for (const auto& l : c.labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(q(l)));
    labelWidth = std::min(labelWidth + mm(2), m_area.width() * 0.3);
    const double maxValue = std::max(1.0, *std::max_element(c.values.begin(), c.values.end()));
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("000000 ")) + mm(1);
    const double span = m_area.width() - labelWidth - valueWidth;
    for (std::size_t i = 0; i < c.values.size(); ++i) {
        ensureRoom(bar);
        if (m_painter) {
            m_painter->setFont(m_small);
            m_painter->setPen(kInk);
            const QRectF label(m_area.left(), m_y, labelWidth - mm(2), bar);
            m_painter->drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                                metrics.elidedText(q(c.labels[i]), Qt::ElideRight, label.width()));
            const double width = span * c.values[i] / maxValue;
            m_painter->fillRect(QRectF(m_area.left() + labelWidth, m_y + bar * 0.15, width, bar * 0.7), kBar);
            m_painter->drawText(QRectF(m_area.left() + labelWidth + width + mm(1), m_y, valueWidth, bar),
                                Qt::AlignLeft | Qt::AlignVCenter,
                                QLocale(QLocale::English, QLocale::UnitedStates).toString(c.values[i], 'f', 0));
        }
        m_y += bar;
    }
    m_y += mm(5);
}

void PageLayout::lineChart(const report::ReportLineChart& c)
{
    if (c.labels.empty())
        return;
    const double height = mm(62);
    const double captionHeight = textHeight(q(c.caption), m_bold, m_area.width()) + mm(2);
    ensureRoom(captionHeight + height);
    text(q(c.caption), m_bold, captionHeight);
    if (m_painter)
        paintLineChart(*m_painter, QRectF(m_area.left(), m_y, m_area.width(), height), c, m_small, kInk, kRule);
    m_y += height + mm(5);
}

void PageLayout::table(const report::ReportTable& t)
{
    const QFontMetricsF metrics(m_small, &m_device);
    const QFontMetricsF boldMetrics(m_small, &m_device);
    const double rowHeight = metrics.lineSpacing() * 1.45;
    const double pad = mm(1.2);
    const std::size_t columns = t.columns.size();

    // Column widths from the header and a sample of rows; text columns take what is left.
    std::vector<double> natural(columns, 0);
    for (std::size_t c = 0; c < columns; ++c)
        natural[c] = boldMetrics.horizontalAdvance(q(t.columns[c])) + 2 * pad;
    for (std::size_t r = 0; r < std::min<std::size_t>(t.rows.size(), 300); ++r)
        for (std::size_t c = 0; c < columns && c < t.rows[r].size(); ++c)
            natural[c] = std::max(natural[c], metrics.horizontalAdvance(q(t.rows[r][c])) + 2 * pad);
    double total = 0;
    for (double w : natural)
        total += w;
    std::vector<double> widths = natural;
    const auto wrap = static_cast<std::size_t>(t.wrapColumn);
    if (total > m_area.width() && t.wrapColumn >= 0 && wrap < columns) {
        // The free-text column gives up width first (it wraps); names and titles keep theirs,
        // and only if they cannot all fit in 78% of the page do the wide ones shrink too.
        const double others = total - natural[wrap];
        const double room = m_area.width() * 0.78;
        if (others > room) {
            double wide = 0;
            for (std::size_t c = 0; c < columns; ++c)
                if (c != wrap && natural[c] >= m_area.width() * 0.12)
                    wide += natural[c];
            const double scale = std::max(0.3, (wide - (others - room)) / std::max(1.0, wide));
            for (std::size_t c = 0; c < columns; ++c)
                if (c != wrap && natural[c] >= m_area.width() * 0.12)
                    widths[c] = natural[c] * scale;
        }
        double used = 0;
        for (std::size_t c = 0; c < columns; ++c)
            if (c != wrap)
                used += widths[c];
        widths[wrap] = m_area.width() - used;
    } else if (total > m_area.width()) {
        // Share the width out fairly: narrow columns get all they need, the widest ones
        // split what is left (and elide).
        std::vector<std::size_t> order(columns);
        for (std::size_t c = 0; c < columns; ++c)
            order[c] = c;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return natural[a] < natural[b]; });
        double left = m_area.width();
        for (std::size_t k = 0; k < columns; ++k) {
            const double fair = left / static_cast<double>(columns - k);
            widths[order[k]] = std::min(natural[order[k]], fair);
            left -= widths[order[k]];
        }
    } else if (total > 0) {
        const double extra = (m_area.width() - total) / static_cast<double>(columns);
        for (double& w : widths)
            w += extra;
    }

    // Cells wrap (up to kMaxLines lines, then elide) so that every name and title is in the
    // PDF whole; only cells wider than their column are measured for wrapping.
    constexpr int kMaxLines = 6;
    const double line = metrics.lineSpacing();
    const auto cellLines = [&](const std::string& value, double width) {
        const QString text = q(value);
        if (advanceOf(text, metrics) <= width)
            return 1;
        const double h = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
        return std::clamp(static_cast<int>(std::lround(h / line)), 1, kMaxLines);
    };
    std::vector<double> ownHeights;
    std::vector<double>* heights = &ownHeights;
    if (m_cache)
        heights = &m_cache->heights[&t];
    const std::size_t measured = t.pdfRowLimit > 0 ? std::min(t.pdfRowLimit, t.rows.size()) : t.rows.size();
    if (heights->size() != measured) {
        heights->assign(measured, rowHeight);
        for (std::size_t r = 0; r < measured; ++r) {
            int lines = 1;
            for (std::size_t c = 0; c < columns && c < t.rows[r].size(); ++c)
                lines = std::max(lines, cellLines(t.rows[r][c], widths[c] - 2 * pad));
            (*heights)[r] = rowHeight + (lines - 1) * line;
        }
    }

    const auto drawRow = [&](const std::vector<std::string>& cells, bool header, bool stripe, double height,
                             const std::vector<int>* shades = nullptr) {
        if (!m_painter)
            return;
        const QRectF full(m_area.left(), m_y, m_area.width(), height);
        if (header)
            m_painter->fillRect(full, kHeaderFill);
        else if (stripe)
            m_painter->fillRect(full, kStripe);
        QFont font = m_small;
        font.setBold(header);
        m_painter->setFont(font);
        m_painter->setPen(kInk);
        double x = m_area.left();
        const double inset = (rowHeight - line) / 2;
        for (std::size_t c = 0; c < columns; ++c) {
            const QString value = c < cells.size() ? q(cells[c]) : QString();
            const QRectF cell(x + pad, m_y + inset, widths[c] - 2 * pad, height - 2 * inset);
            if (shades && c < shades->size() && (*shades)[c] > 0)
                m_painter->fillRect(QRectF(x, m_y, widths[c], height), levelShade((*shades)[c]));
            const bool right = t.numeric.size() > c && t.numeric[c];
            const double advance = header ? metrics.horizontalAdvance(value) : advanceOf(value, metrics);
            if (advance <= cell.width()) {
                // Shaped once per distinct text: lists repeat names, dates and statuses a lot.
                const QPointF at(right ? cell.right() - advance : cell.left(), cell.top());
                if (header)
                    m_painter->drawText(cell, static_cast<int>((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop),
                                        value);
                else
                    m_painter->drawStaticText(at, staticTextOf(value));
            } else {
                m_painter->drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
            }
            x += widths[c];
        }
        m_painter->setPen(kRule);
        m_painter->drawLine(QPointF(m_area.left(), m_y + height), QPointF(m_area.right(), m_y + height));
    };

    const double captionHeight = textHeight(q(t.caption), m_bold, m_area.width()) + mm(1.5);
    ensureRoom(captionHeight + rowHeight * 3);
    text(q(t.caption), m_bold, captionHeight);
    drawRow(t.columns, true, false, rowHeight);
    m_y += rowHeight;
    if (t.rows.empty()) {
        if (m_painter) {
            m_painter->setFont(m_small);
            m_painter->setPen(kMuted);
            m_painter->drawText(QRectF(m_area.left() + pad, m_y, m_area.width(), rowHeight), Qt::AlignVCenter,
                                QObject::tr("None."));
        }
        m_y += rowHeight;
    }
    const std::size_t shown = t.pdfRowLimit > 0 ? std::min(t.pdfRowLimit, t.rows.size()) : t.rows.size();
    for (std::size_t r = 0; r < shown; ++r) {
        const double height = (*heights)[r];
        if (ensureRoom(height)) {
            drawRow(t.columns, true, false, rowHeight); // the header repeats on every page
            m_y += rowHeight;
        }
        drawRow(t.rows[r], false, r % 2 == 1, height, r < t.shades.size() ? &t.shades[r] : nullptr);
        m_y += height;
    }
    if (shown < t.rows.size()) {
        const QString more = QObject::tr("…and %1 more rows, all of them in the CSV export (%2.csv).")
                                 .arg(t.rows.size() - shown)
                                 .arg(q(t.name));
        ensureRoom(rowHeight);
        text(more, m_small, rowHeight);
    }
    m_y += mm(6);
}

double PageLayout::advanceOf(const QString& text, const QFontMetricsF& metrics)
{
    if (m_cache) {
        if (const auto it = m_cache->advances.constFind(text); it != m_cache->advances.constEnd())
            return *it;
    }
    const double advance = metrics.horizontalAdvance(text);
    if (m_cache)
        m_cache->advances.insert(text, advance);
    return advance;
}

const QStaticText& PageLayout::staticTextOf(const QString& text)
{
    auto it = m_cache->shaped.find(text);
    if (it == m_cache->shaped.end()) {
        QStaticText shaped(text);
        shaped.setTextFormat(Qt::PlainText);
        shaped.setPerformanceHint(QStaticText::AggressiveCaching);
        shaped.prepare(QTransform(), m_small);
        it = m_cache->shaped.insert(text, shaped);
    }
    return *it;
}

void PageLayout::run(QPainter* painter, const std::function<void()>& newPage)
{
    m_painter = painter;
    m_newPage = newPage;
    m_page = 1;
    m_sectionPages.clear();
    cover();
    breakPage();
    m_y = m_area.top();
    contents();
    for (std::size_t i = 0; i < m_document.sections.size(); ++i) {
        breakPage();
        section(m_document.sections[i], i);
    }
    footer();
}

} // namespace baton::pdf
