#include "baton/pdf/PdfRenderer.h"

#include "PageLayout.h"

#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace baton::pdf {
using domain::ErrorCode;
using domain::makeError;

namespace {

QPageSize pageSizeFor(PageSize size)
{
    switch (size) {
    case PageSize::A4: return QPageSize(QPageSize::A4);
    case PageSize::Letter: return QPageSize(QPageSize::Letter);
    case PageSize::FromLocale:
        break;
    }
    const auto country = QLocale().territory();
    const bool letter = country == QLocale::UnitedStates || country == QLocale::Canada || country == QLocale::Mexico
                     || country == QLocale::Philippines || country == QLocale::Chile || country == QLocale::Colombia;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

QRectF contentArea(QPagedPaintDevice& device, double dpi)
{
    const double margin = 18.0 * dpi / 25.4; // 18 mm, room for the footer inside it
    return QRectF(margin, margin, device.width() - 2 * margin, device.height() - 2 * margin);
}

} // namespace

int PdfRenderer::pageCount(QPagedPaintDevice& device) const
{
    const double dpi = device.logicalDpiY();
    PageLayout::Cache cache;
    PageLayout layout(m_document, device, contentArea(device, dpi), dpi);
    layout.shareCache(&cache);
    layout.run(nullptr, {});
    return layout.pages();
}

void PdfRenderer::paint(QPagedPaintDevice& device) const
{
    const double dpi = device.logicalDpiY();
    const QRectF area = contentArea(device, dpi);
    PageLayout::Cache cache;
    PageLayout measure(m_document, device, area, dpi);
    measure.shareCache(&cache);
    measure.run(nullptr, {});
    PageLayout draw(m_document, device, area, dpi);
    draw.shareCache(&cache);
    draw.setTotals(measure.pages(), measure.sectionPages());
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    draw.run(&painter, [&device] { device.newPage(); });
}

domain::Result<void> PdfRenderer::writePdf(const std::string& path, PageSize size) const
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + file.errorString().toStdString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setPageSize(pageSizeFor(size));
        // Landscape: the report tables have six to nine columns and read better wide.
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QString::fromStdString(m_document.title + " — " + m_document.team));
        writer.setCreator(QStringLiteral("Baton"));
        paint(writer);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + file.errorString().toStdString());
    return {};
}

} // namespace baton::pdf
