#include "review/ReviewPage.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "review/ReportHtml.h"

#include "baton/pdf/PdfRenderer.h"
#include "baton/report/CsvWriter.h"
#include "baton/report/ReportDocuments.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/TeamSnapshot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace baton::ui {

namespace {
report::ReportContext contextFor(TeamSession& session, const storage::TeamSnapshot& snapshot)
{
    report::ReportContext context;
    context.team = snapshot.teamName;
    context.generatedAt = session.clock().now().toString();
    context.historyHead = snapshot.historyHead;
    const auto me = session.me();
    context.generatedBy = me ? toStd(session.memberName(*me)) : std::string("Baton");
    context.nameOf = [names = snapshot.names](const std::string& id) {
        const auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    return context;
}
} // namespace

ReviewPage::ReviewPage(TeamSession& session, QWidget* parent)
    : Page(session, parent)
    , m_controls(new QHBoxLayout)
    , m_view(new QTextBrowser(this))
{
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    auto* print = new QPushButton(tr("Print Preview…"), this);
    m_controls->addStretch();
    m_controls->addWidget(pdf);
    m_controls->addWidget(csv);
    m_controls->addWidget(print);
    m_view->setAccessibleName(tr("Report"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_controls);
    layout->addWidget(m_view, 1);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export CSV files to"));
        if (!folder.isEmpty())
            exportCsv(folder);
    });
    connect(print, &QPushButton::clicked, this, &ReviewPage::printPreview);
    connect(&session, &TeamSession::changed, this, [this] {
        if (isVisible())
            refresh();
    });
}

QDateEdit* ReviewPage::addDate(const QString& label, const QDate& initial)
{
    auto* edit = new QDateEdit(initial, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(label);
    auto* text = new QLabel(label, this);
    text->setBuddy(edit);
    const int at = m_controls->count() - 4; // before the stretch and the buttons
    m_controls->insertWidget(at + 1, text);
    m_controls->insertWidget(at + 2, edit);
    connect(edit, &QDateEdit::dateChanged, this, &ReviewPage::refresh);
    return edit;
}

QComboBox* ReviewPage::addChoice(const QString& label)
{
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(label);
    auto* text = new QLabel(label, this);
    text->setBuddy(combo);
    const int at = m_controls->count() - 4;
    m_controls->insertWidget(at + 1, text);
    m_controls->insertWidget(at + 2, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ReviewPage::refresh);
    return combo;
}

void ReviewPage::refresh()
{
    try {
        m_document = build();
        int index = 0;
        for (const auto& section : m_document.sections)
            for (const auto& chart : section.charts)
                m_view->document()->addResource(QTextDocument::ImageResource,
                                                QUrl(QStringLiteral("chart:%1").arg(index++)),
                                                chartImage(chart, m_view->font(), m_view->palette()));
        m_view->setHtml(reportHtml(m_document));
    } catch (const std::exception& e) {
        m_view->setHtml(
            tr("<p style=\"color:#c0392b\">The report could not be read: %1</p>").arg(toQ(e.what()).toHtmlEscaped()));
    }
}

bool ReviewPage::exportPdf(const QString& path)
{
    if (auto ok = pdf::PdfRenderer(m_document).writePdf(toStd(path)); !ok) {
        QMessageBox::warning(this, tr("Export PDF"), toQ(ok.error().message));
        return false;
    }
    return true;
}

bool ReviewPage::exportCsv(const QString& folder)
{
    if (auto ok = report::writeCsvFolder(m_document, toStd(folder)); !ok) {
        QMessageBox::warning(this, tr("Export CSV"), toQ(ok.error().message));
        return false;
    }
    return true;
}

void ReviewPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { pdf::PdfRenderer(m_document).paint(*p); });
    preview.exec();
}

LeadershipReviewPage::LeadershipReviewPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
{
    const QDate today = toQDate(session.today());
    m_from = addDate(tr("&From"), today.addYears(-1));
    m_to = addDate(tr("&To"), today);
    m_area = addChoice(tr("A&rea"));
    m_status = addChoice(tr("&Status"));
    const QSignalBlocker a(m_area);
    const QSignalBlocker b(m_status);
    fillAreaPicker(m_area, session, tr("Any area"));
    m_status->addItem(tr("Any status"), -1);
    for (std::size_t i = 0; i < domain::EnumNames<domain::InitiativeStatus>::kNames.size(); ++i)
        m_status->addItem(displayName(static_cast<domain::InitiativeStatus>(i)), static_cast<int>(i));
}

report::ReportDocument LeadershipReviewPage::build()
{
    const auto snapshot = storage::loadSnapshot(session().file());
    report::LeadershipQuery query;
    query.today = session().today();
    query.from = fromQDate(m_from->date());
    query.to = fromQDate(m_to->date());
    query.area = pickedArea(m_area);
    if (m_status->currentData().toInt() >= 0)
        query.status = static_cast<domain::InitiativeStatus>(m_status->currentData().toInt());
    return report::leadershipDocument(report::buildLeadershipReport(snapshot.members, snapshot.initiatives, query),
                                      contextFor(session(), snapshot));
}

AccountabilityPage::AccountabilityPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
{
    m_asOf = addDate(tr("&As of"), toQDate(session.today()));
}

report::ReportDocument AccountabilityPage::build()
{
    const auto snapshot = storage::loadSnapshot(session().file());
    return report::accountabilityDocument(report::buildAccountabilityReport(snapshot.members, snapshot.initiatives,
                                                                            snapshot.decisions, snapshot.commitments,
                                                                            fromQDate(m_asOf->date())),
                                          contextFor(session(), snapshot));
}

} // namespace baton::ui
