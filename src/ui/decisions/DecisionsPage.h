#pragma once

#include "common/RecordListPage.h"

#include "baton/domain/Result.h"

class QAction;
class QComboBox;

namespace baton::ui {

/// Decisions: full-text search, filters, the record with its participants, commitments and
/// what it supersedes, and the flows: propose, record stances, decide, supersede, reverse.
class DecisionsPage : public RecordListPage {
    Q_OBJECT
public:
    DecisionsPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Decisions; }
    void createNew() override;

    void editCurrent();
    void recordStance();
    void decideCurrent();
    void supersedeCurrent();
    void reverseCurrent();
    void withdrawCurrent();
    void addCommitment();

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void currentChanged(const QString& id) override;
    void prepareFilters() override { fillFilters(); }

private:
    void fillFilters();
    void saved(const domain::Result<void>& result);

    QComboBox* m_status;
    QComboBox* m_method;
    QComboBox* m_owner;
    QComboBox* m_period;
    QComboBox* m_area;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_stance;
    QAction* m_decide;
    QAction* m_advice;
    QAction* m_fallback;
    QAction* m_supersede;
    QAction* m_reverse;
    QAction* m_withdraw;
    QAction* m_commit;
    QAction* m_retract;
};

} // namespace baton::ui
