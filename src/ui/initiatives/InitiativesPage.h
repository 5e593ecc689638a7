#pragma once

#include "common/RecordListPage.h"
#include "initiatives/InitiativeDialogs.h"

class QAction;
class QComboBox;

namespace baton::ui {

/// Initiatives: the leadership timeline of each, its decisions and its chain of
/// contributions; pass the lead to whoever is closest to the problem.
class InitiativesPage : public RecordListPage {
    Q_OBJECT
public:
    InitiativesPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Initiatives; }
    void createNew() override;
    void editCurrent();
    /// A shared-responsibility review of the current initiative, when it was missed.
    void reviewCurrent();
    QAction* reviewAction() const { return m_review; }
    void passLead();
    void addCoLead();
    /// Ends one of the current co-leads' stints today (asks which, when there are several).
    void endCoLead();
    void addContribution();
    /// Changes a contribution's work, member, status or dependencies (asks which one).
    void editContribution();
    /// Shows the selected initiative's chain of work as a graph.
    void showChain();

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void currentChanged(const QString& id) override;
    void prepareFilters() override { fillFilters(); }

private:
    void fillFilters();
    /// Passes the lead or adds a co-lead, through the lead dialog in that mode.
    void changeLead(PassLeadDialog::Mode mode);
    QComboBox* m_status;
    QComboBox* m_lead;
    QComboBox* m_area;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_pass;
    QAction* m_coLead;
    QAction* m_endCoLead;
    QAction* m_contribute;
    QAction* m_editContribution;
    QAction* m_chain;
    QAction* m_retract;
    QAction* m_review;
};

} // namespace baton::ui
