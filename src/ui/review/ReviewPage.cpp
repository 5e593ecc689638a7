#include "review/ReviewPage.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/BackgroundJob.h"
#include "review/ReportHtml.h"

#include "baton/pdf/PdfRenderer.h"
#include "baton/report/CsvWriter.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/TeamFile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>
#include <QVBoxLayout>

namespace baton::ui {

namespace {
/// A pause long enough to let a date typed digit by digit, or a run of arrow-key presses,
/// settle before the figures are read again; short enough not to be noticed.
constexpr int kDebounceMs = 150;
} // namespace

ReviewPage::ReviewPage(TeamSession& session, QWidget* parent)
    : Page(session, parent)
    , m_controls(new QHBoxLayout)
    , m_view(new QTextBrowser(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(tr("Updating figures…"), this))
{
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    auto* print = new QPushButton(tr("Print Preview…"), this);
    m_busy->setRange(0, 0); // busy, with no measure of how far
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Updating figures"));
    m_busy->hide();
    m_busyText->hide();
    m_controls->addStretch();
    m_controls->addWidget(m_busyText);
    m_controls->addWidget(m_busy);
    m_controls->addWidget(pdf);
    m_controls->addWidget(csv);
    m_controls->addWidget(print);
    m_view->setAccessibleName(tr("Report"));
    auto* dim = new QGraphicsOpacityEffect(m_view);
    dim->setOpacity(0.45);
    dim->setEnabled(false);
    m_view->setGraphicsEffect(dim);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_controls);
    layout->addWidget(m_view, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReviewPage::refreshNow);

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
    const int at = m_controls->count() - 6; // before the stretch, the busy indicator and the buttons
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
    const int at = m_controls->count() - 6;
    m_controls->insertWidget(at + 1, text);
    m_controls->insertWidget(at + 2, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ReviewPage::refresh);
    return combo;
}

ReviewPage::Stamp ReviewPage::stamp()
{
    const auto me = session().me();
    return {session().clock().now().toString(), me ? toStd(session().memberName(*me)) : std::string("Baton")};
}

void ReviewPage::refresh()
{
    setUpdating(true);
    m_debounce.start();
}

void ReviewPage::refreshNow()
{
    m_debounce.stop();
    if (!m_worker) {
        m_worker = new ReadWorker(session().file().path(), this);
        connect(m_worker, &ReadWorker::failed, this, &ReviewPage::showFailure);
    }
    setUpdating(true);
    const qreal width = m_view->viewport()->width();
    m_worker->start([this, read = read(), font = m_view->font(), palette = m_view->palette(), width,
                     limit = screenListLimit(),
                     ui = thread()](storage::Database& db, const std::atomic<bool>& cancelled) -> ReadWorker::Deliver {
        const auto stopIfReplaced = [&cancelled] {
            if (cancelled)
                throw report::ReportCancelled();
        };
        auto view = std::make_shared<ReportView>();
        view->document = read(db, report::ReadLimits{limit, &cancelled});
        stopIfReplaced();
        view->text = std::make_unique<QTextDocument>();
        view->text->setDefaultFont(font);
        int index = 0;
        for (const QImage& image : chartImages(view->document, font, palette))
            view->text->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(index++)), image);
        stopIfReplaced();
        view->text->setHtml(reportHtml(view->document, kScreenRows));
        stopIfReplaced();
        // As the view will lay it out (its wrap mode, its width), so that it is laid out here.
        QTextOption option = view->text->defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        view->text->setDefaultTextOption(option);
        view->text->setTextWidth(width);
        view->text->size();
        view->text->moveToThread(ui);
        return [this, view] { showFigures(view); };
    });
}

bool ReviewPage::updating() const
{
    return m_debounce.isActive() || (m_worker && m_worker->busy());
}

void ReviewPage::setUpdating(bool updating)
{
    m_view->graphicsEffect()->setEnabled(updating && !m_document.sections.empty());
    m_busy->setVisible(updating);
    m_busyText->setVisible(updating);
}

void ReviewPage::showFigures(const std::shared_ptr<ReportView>& view)
{
    m_document = std::move(view->document);
    // The view's own first document is deleted by setDocument; ours are deleted here.
    QTextDocument* previous = m_view->document()->parent() == m_view ? m_view->document() : nullptr;
    QTextDocument* text = view->text.release();
    text->setParent(m_view);
    m_view->setDocument(text);
    delete previous;
    setUpdating(updating());
    emit figuresShown();
}

void ReviewPage::showFailure(const QString& message)
{
    m_view->setHtml(tr("<p style=\"color:#c0392b\">The report could not be read: %1</p>").arg(message.toHtmlEscaped()));
    setUpdating(updating());
}

std::optional<report::ReportDocument> ReviewPage::wholeReport(const QString& label, bool showProgress)
{
    std::optional<report::ReportDocument> document;
    QString failure;
    const std::string path = session().file().path();
    const Read read = this->read();
    runWithProgress(
        this, label,
        [&](JobControl& control) {
            try {
                auto file =
                    storage::TeamFile::open(path, storage::OpenMode::ReadOnly, storage::IntegrityCheck::Deferred);
                if (!file) {
                    failure = toQ(file.error().message);
                    return;
                }
                document = read(file.value()->db(), report::ReadLimits{0, &control.cancelFlag()});
            } catch (const report::ReportCancelled&) {
                document.reset();
            } catch (const std::exception& e) {
                failure = toQ(e.what());
            }
        },
        showProgress);
    if (!failure.isEmpty())
        QMessageBox::warning(this, label, tr("The report could not be read: %1").arg(failure));
    return document;
}

bool ReviewPage::exportPdf(const QString& path, bool showProgress)
{
    const auto document = wholeReport(tr("Reading the report…"), showProgress);
    if (!document)
        return false;
    domain::Result<void> written;
    runWithProgress(
        this, tr("Writing %1…").arg(path),
        [&](JobControl&) { written = pdf::PdfRenderer(*document).writePdf(toStd(path)); }, showProgress);
    if (!written) {
        QMessageBox::warning(this, tr("Export PDF"), toQ(written.error().message));
        return false;
    }
    return true;
}

bool ReviewPage::exportCsv(const QString& folder, bool showProgress)
{
    const auto document = wholeReport(tr("Reading the report…"), showProgress);
    if (!document)
        return false;
    if (auto ok = report::writeCsvFolder(*document, toStd(folder)); !ok) {
        QMessageBox::warning(this, tr("Export CSV"), toQ(ok.error().message));
        return false;
    }
    return true;
}

void ReviewPage::printPreview()
{
    const auto document = wholeReport(tr("Reading the report…"), true);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* p) { pdf::PdfRenderer(*document).paint(*p); });
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

ReviewPage::Read LeadershipReviewPage::read()
{
    report::LeadershipQuery query;
    query.today = session().today();
    query.from = fromQDate(m_from->date());
    query.to = fromQDate(m_to->date());
    query.area = pickedArea(m_area);
    if (m_status->currentData().toInt() >= 0)
        query.status = static_cast<domain::InitiativeStatus>(m_status->currentData().toInt());
    return [query, stamp = stamp()](storage::Database& db, const report::ReadLimits& limits) {
        const storage::ReadSnapshot snapshot(db); // the cover's history head and the figures agree
        const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
        return report::leadershipDocument(report::readLeadershipReport(db, query, limits), context);
    };
}

AccountabilityPage::AccountabilityPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
{
    m_asOf = addDate(tr("&As of"), toQDate(session.today()));
}

ReviewPage::Read AccountabilityPage::read()
{
    return
        [asOf = fromQDate(m_asOf->date()), stamp = stamp()](storage::Database& db, const report::ReadLimits& limits) {
            const storage::ReadSnapshot snapshot(db); // the cover's history head and the figures agree
            const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
            return report::accountabilityDocument(report::readAccountabilityReport(db, asOf, limits), context);
        };
}

} // namespace baton::ui
