#pragma once

#include "review/ReviewPage.h"

class QPushButton;

namespace baton::ui {

/// Conflicts between members and how they climb the charter's ladder, and the team's
/// shared-responsibility reviews. Conflicts are raised, climbed and settled here.
class ConflictsPage : public ReviewPage {
    Q_OBJECT
public:
    ConflictsPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Conflicts; }
    void createNew() override { raise(); }
    QDateEdit* asOf() const { return m_asOf; }

    void raise();
    void climb();
    void settle();

protected:
    Read read() override;

private:
    QDateEdit* m_asOf;
};

} // namespace baton::ui
