#pragma once

#include "common/RecordListPage.h"

class QAction;
class QComboBox;

namespace baton::ui {

/// People: each member's expertise and endorsements, the initiatives they led and the
/// commitments they own.
class PeoplePage : public RecordListPage {
    Q_OBJECT
public:
    PeoplePage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::People; }
    void createNew() override;
    void editCurrent();
    void endorse();
    void thisIsMe();

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void currentChanged(const QString& id) override;

private:
    QComboBox* m_show;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_endorse;
    QAction* m_me;
    QAction* m_setGoal;
    QAction* m_reviewGoal;
};

} // namespace baton::ui
