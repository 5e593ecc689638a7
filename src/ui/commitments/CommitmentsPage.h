#pragma once

#include "common/RecordListPage.h"

#include "baton/domain/Enums.h"

class QAction;
class QComboBox;

namespace baton::ui {

/// Commitments: who owns what by when; mark them done or missed with an outcome.
class CommitmentsPage : public RecordListPage {
    Q_OBJECT
public:
    CommitmentsPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Commitments; }
    void createNew() override;
    void editCurrent();
    void closeCurrent(domain::CommitmentStatus status);
    /// A shared-responsibility review of the current commitment, when it was missed.
    void reviewCurrent();
    QAction* reviewAction() const { return m_review; }

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void currentChanged(const QString& id) override;
    void prepareFilters() override { fillFilters(); }

private:
    void fillFilters();
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_due;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_done;
    QAction* m_missed;
    QAction* m_dropped;
    QAction* m_retract;
    QAction* m_review;
};

} // namespace baton::ui
