#pragma once

#include "review/ReviewPage.h"

namespace baton::ui {

/// Who holds which expertise: the members × areas matrix coloured by level, with endorsements
/// and "wants to learn", the bus factor per area (areas on one person flagged) and suggested
/// mentoring pairs; exported as PDF or CSV like the other reports.
class ExpertiseMapPage : public ReviewPage {
    Q_OBJECT
public:
    ExpertiseMapPage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::ExpertiseMap; }
    QDateEdit* asOf() const { return m_asOf; }

protected:
    Read read() override;

private:
    QDateEdit* m_asOf;
};

} // namespace baton::ui
