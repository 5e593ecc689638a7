#pragma once

#include "common/RecordListPage.h"

class QComboBox;

namespace baton::ui {

/// Activity: every change the team made, newest first, filtered by member, kind and period.
/// Read lazily in pages, like the other long lists.
class ActivityPage : public RecordListPage {
    Q_OBJECT
public:
    ActivityPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Activity; }

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void prepareFilters() override { fillFilters(); }

private:
    void fillFilters();
    QComboBox* m_member;
    QComboBox* m_kind;
    QComboBox* m_period;
};

} // namespace baton::ui
