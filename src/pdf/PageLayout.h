#pragma once

#include "baton/report/ReportDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QStaticText>
#include <QString>

#include <functional>
#include <map>
#include <vector>

class QPainter;
class QPaintDevice;

namespace baton::pdf {

/// Walks a report onto pages. The same walk runs twice: once without a painter to learn
/// where sections start and how many pages there are, then again to draw.
class PageLayout {
public:
    PageLayout(const report::ReportDocument& document, QPaintDevice& device, QRectF page, double dpi);

    /// Lays out (and, with a painter, draws) every page; `newPage` is called between pages.
    void run(QPainter* painter, const std::function<void()>& newPage);

    int pages() const { return m_page; }
    const std::vector<int>& sectionPages() const { return m_sectionPages; }
    /// What the first pass measures and the second reuses: row heights, text widths and
    /// shaped text.
    struct Cache {
        std::map<const report::ReportTable*, std::vector<double>> heights;
        QHash<QString, double> advances;
        QHash<QString, QStaticText> shaped;
    };
    void shareCache(Cache* cache) { m_cache = cache; }
    void setTotals(int pages, std::vector<int> sectionPages)
    {
        m_totalPages = pages;
        m_knownSectionPages = std::move(sectionPages);
    }

private:
    void cover();
    void contents();
    void section(const report::ReportSection& s, std::size_t index);
    void table(const report::ReportTable& t);
    void chart(const report::ReportChart& c);
    void lineChart(const report::ReportLineChart& c);
    double textHeight(const QString& text, const QFont& font, double width) const;
    double advanceOf(const QString& text, const QFontMetricsF& metrics);
    const QStaticText& staticTextOf(const QString& text);
    void text(const QString& text, const QFont& font, double height, int flags = 0);
    /// Starts a new page when fewer than `needed` units remain; returns true when it did.
    bool ensureRoom(double needed);
    void breakPage();
    void footer();
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }

    const report::ReportDocument& m_document;
    QPaintDevice& m_device;
    QRectF m_area;
    double m_dpi;
    QPainter* m_painter = nullptr;
    std::function<void()> m_newPage;
    double m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
    std::vector<int> m_sectionPages;
    std::vector<int> m_knownSectionPages;
    Cache* m_cache = nullptr;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_heading;
    QFont m_title;
};

} // namespace baton::pdf
