#include "charter/CharterExport.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/pdf/PdfRenderer.h"
#include "baton/report/CsvWriter.h"
#include "baton/report/LatencyQueries.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace baton::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CharterExport", text);
}

report::ReportDocument charterReport(TeamSession& session)
{
    const auto me = session.me();
    const storage::ReadSnapshot snapshot(session.db()); // the cover's history head and the rules agree
    const auto context = report::readReportContext(session.db(), session.clock().now().toString(),
                                                   me ? toStd(session.memberName(*me)) : std::string("Baton"));
    return report::charterDocument(report::readCharter(session.db()), session.today(), context);
}

} // namespace

domain::Result<void> exportCharterPdf(TeamSession& session, const QString& path)
{
    try {
        const auto document = charterReport(session);
        return pdf::PdfRenderer(document).writePdf(toStd(path));
    } catch (const std::exception& e) {
        return domain::makeError(domain::ErrorCode::Io, std::string("could not read the charter: ") + e.what());
    }
}

domain::Result<void> exportCharterCsv(TeamSession& session, const QString& folder)
{
    try {
        const auto document = charterReport(session);
        if (auto ok = report::writeCsvFolder(document, toStd(folder)); !ok)
            return ok.error();
        return {};
    } catch (const std::exception& e) {
        return domain::makeError(domain::ErrorCode::Io, std::string("could not read the charter: ") + e.what());
    }
}

void askExportCharterPdf(TeamSession& session, QWidget* parent)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export “How We Work”"), tr("How we work.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto ok = exportCharterPdf(session, path); !ok)
        QMessageBox::warning(parent, tr("Export PDF"), toQ(ok.error().message));
}

void askExportCharterCsv(TeamSession& session, QWidget* parent)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Export the charter as CSV files"));
    if (folder.isEmpty())
        return;
    if (auto ok = exportCharterCsv(session, folder); !ok)
        QMessageBox::warning(parent, tr("Export CSV"), toQ(ok.error().message));
}

} // namespace baton::ui
