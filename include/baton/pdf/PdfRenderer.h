#pragma once

#include "baton/domain/Result.h"
#include "baton/report/ReportDocument.h"

#include <string>

class QPagedPaintDevice;

namespace baton::pdf {

/// Paper for a report: the locale's usual size, or a fixed one.
enum class PageSize { FromLocale, A4, Letter };

/// Lays a report out with QPainter: a cover, contents, sections with tables whose header
/// repeats on every page, bar charts, and "page N of M" footers. Shared by the app (print
/// and preview) and baton-cli. Needs a QGuiApplication (offscreen is enough).
class PdfRenderer {
public:
    explicit PdfRenderer(const report::ReportDocument& document) : m_document(document) {}

    /// Writes a PDF with title and creator metadata, atomically (QSaveFile).
    domain::Result<void> writePdf(const std::string& path, PageSize size = PageSize::FromLocale) const;
    /// Paints every page on a paged device (a printer, or a PDF writer set up by the caller).
    void paint(QPagedPaintDevice& device) const;
    /// Number of pages the report takes on the device.
    int pageCount(QPagedPaintDevice& device) const;

private:
    const report::ReportDocument& m_document;
};

} // namespace baton::pdf
