#include "review/CoachingPage.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "people/GoalDialogs.h"

#include "baton/report/ExpertiseQueries.h"
#include "baton/storage/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QPushButton>

namespace baton::ui {

CoachingPage::CoachingPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
    , m_new(new QPushButton(tr("New Goal…"), this))
    , m_edit(new QPushButton(tr("Review Goal…"), this))
{
    m_asOf = addDate(tr("&As of"), toQDate(session.today()));
    m_new->setObjectName(QStringLiteral("newGoal"));
    m_edit->setObjectName(QStringLiteral("reviewGoal"));
    m_new->setEnabled(!session.readOnly());
    m_edit->setEnabled(!session.readOnly());
    controls()->insertWidget(0, m_new);
    controls()->insertWidget(1, m_edit);
    connect(m_new, &QPushButton::clicked, this, &CoachingPage::newGoal);
    connect(m_edit, &QPushButton::clicked, this, &CoachingPage::editGoal);
}

void CoachingPage::newGoal()
{
    if (auto id = setGoal(session(), std::nullopt, this))
        refresh();
}

void CoachingPage::editGoal()
{
    if (reviewGoal(session(), std::nullopt, this))
        refresh();
}

ReviewPage::Read CoachingPage::read()
{
    return [asOf = fromQDate(m_asOf->date()), stamp = stamp()](storage::Database& db, const report::ReadLimits&) {
        const storage::ReadSnapshot snapshot(db);
        const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
        return report::coachingDocument(report::readCoaching(db, asOf), asOf, context);
    };
}

} // namespace baton::ui
