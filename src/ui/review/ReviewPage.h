#pragma once

#include "shell/Page.h"

#include "jobs/ReadWorker.h"

#include "baton/report/ReportDocument.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/ReportQueries.h"

#include <QTextDocument>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QTextBrowser;

namespace baton::ui {

/// A report ready for the screen: the document, and its text laid out with its charts at the
/// view's width, made on the worker so that the window only has to show it.
struct ReportView {
    report::ReportDocument document;
    std::unique_ptr<QTextDocument> text;
};

/// A facilitator's report on screen, with PDF and CSV export and print preview. Subclasses
/// choose the report and its controls (a period, or an as-of date).
///
/// The figures are read on a worker (ReadWorker) with the first few hundred rows of each
/// list; the window stays responsive meanwhile. Control changes are debounced, and until new
/// figures arrive the last ones stay on screen dimmed, with a busy indicator. Exports and
/// print preview read the whole report again, on a worker with progress and Cancel.
class ReviewPage : public Page {
    Q_OBJECT
public:
    /// Rows of each list shown on screen; the exports hold every row.
    static constexpr std::size_t kScreenRows = 200;

    ReviewPage(TeamSession& session, QWidget* parent);
    void showRecord(const QString&) override { refreshNow(); }
    void activate() override { refreshNow(); }
    void focusSearch() override {}
    /// Asks for new figures after a short pause, so that a burst of changes reads once.
    void refresh();
    /// Asks for new figures at once.
    void refreshNow();
    /// True while figures are being read (or about to be): the view shows the last ones dimmed.
    bool updating() const;
    /// The report on screen (lists cut to kScreenRows rows).
    const report::ReportDocument& document() const { return m_document; }
    QTextBrowser* view() const { return m_view; }

    bool exportPdf(const QString& path, bool showProgress = true);
    bool exportCsv(const QString& folder, bool showProgress = true);
    void printPreview();

signals:
    /// New figures are on screen.
    void figuresShown();

protected:
    /// Reads the report as the controls ask for it now, on a worker connection.
    using Read = std::function<report::ReportDocument(storage::Database&, const report::ReadLimits&)>;
    /// The read for the controls' values now; it holds those values and must not touch widgets.
    virtual Read read() = 0;
    /// Entries kept of each of the report's lists for the screen.
    virtual std::size_t screenListLimit() const { return kScreenRows; }
    /// Who asks and when, taken on the UI thread for the report's cover.
    struct Stamp {
        std::string generatedAt;
        std::string generatedBy;
    };
    Stamp stamp();
    QHBoxLayout* controls() const { return m_controls; }
    QDateEdit* addDate(const QString& label, const QDate& initial);
    QComboBox* addChoice(const QString& label);

private:
    void showFigures(const std::shared_ptr<ReportView>& view);
    void showFailure(const QString& message);
    void setUpdating(bool updating);
    /// The whole report, read on a worker with a progress dialog; empty when cancelled or failed.
    std::optional<report::ReportDocument> wholeReport(const QString& label, bool showProgress);

    QHBoxLayout* m_controls;
    QTextBrowser* m_view;
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QTimer m_debounce;
    ReadWorker* m_worker = nullptr;
    report::ReportDocument m_document;
};

/// Who led which initiative in a period, and how widely leadership is shared.
class LeadershipReviewPage : public ReviewPage {
    Q_OBJECT
public:
    LeadershipReviewPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::LeadershipReview; }
    QDateEdit* from() const { return m_from; }
    QDateEdit* to() const { return m_to; }

protected:
    Read read() override;

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_area;
    QComboBox* m_status;
};

/// Commitments per owner, decisions per accountable member, and every gap, as of a date.
class AccountabilityPage : public ReviewPage {
    Q_OBJECT
public:
    AccountabilityPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Accountability; }
    QDateEdit* asOf() const { return m_asOf; }

protected:
    Read read() override;
    /// The gap table holds six lists: a sixth of the screen's rows each, so that all show.
    std::size_t screenListLimit() const override { return kScreenRows / 6; }

private:
    QDateEdit* m_asOf;
};

} // namespace baton::ui
