#pragma once

#include "shell/Page.h"

#include "baton/report/ReportDocument.h"

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QTextBrowser;

namespace baton::ui {

/// A facilitator's report on screen, with PDF and CSV export and print preview. Subclasses
/// choose the report and its controls (a period, or an as-of date).
class ReviewPage : public Page {
    Q_OBJECT
public:
    ReviewPage(TeamSession& session, QWidget* parent);
    void showRecord(const QString&) override { refresh(); }
    void activate() override { refresh(); }
    void focusSearch() override {}
    void refresh();
    const report::ReportDocument& document() const { return m_document; }
    QTextBrowser* view() const { return m_view; }

    bool exportPdf(const QString& path);
    bool exportCsv(const QString& folder);
    void printPreview();

protected:
    virtual report::ReportDocument build() = 0;
    QHBoxLayout* controls() const { return m_controls; }
    QDateEdit* addDate(const QString& label, const QDate& initial);
    QComboBox* addChoice(const QString& label);

private:
    QHBoxLayout* m_controls;
    QTextBrowser* m_view;
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
    report::ReportDocument build() override;

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
    report::ReportDocument build() override;

private:
    QDateEdit* m_asOf;
};

} // namespace baton::ui
