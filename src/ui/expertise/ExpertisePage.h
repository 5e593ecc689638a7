#pragma once

#include "common/RecordListPage.h"

class QAction;

namespace baton::ui {

/// Expertise: the tree of areas, who holds each at which level, and who endorsed whom.
class ExpertisePage : public RecordListPage {
    Q_OBJECT
public:
    ExpertisePage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Expertise; }
    void createNew() override;
    void editCurrent();
    void setLevel();

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void currentChanged(const QString& id) override;

private:
    QAction* m_new;
    QAction* m_edit;
    QAction* m_level;
};

} // namespace baton::ui
