#pragma once

#include "review/ReviewPage.h"

class QPushButton;

namespace baton::ui {

/// The facilitator as coach: development goals (due for review first), first-time leads, and
/// members who never led though their expertise fits open initiatives. Goals are set and
/// reviewed here or from a member's page.
class CoachingPage : public ReviewPage {
    Q_OBJECT
public:
    CoachingPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Coaching; }
    void createNew() override { newGoal(); }
    QDateEdit* asOf() const { return m_asOf; }

    /// Sets a new goal (for `member` when given), through the goal editor.
    void newGoal();
    /// Picks one of the active goals and edits it (its status, target, mentor, dates, note).
    void editGoal();

protected:
    Read read() override;

private:
    QDateEdit* m_asOf;
    QPushButton* m_new;
    QPushButton* m_edit;
};

} // namespace baton::ui
