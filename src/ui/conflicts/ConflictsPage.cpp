#include "conflicts/ConflictsPage.h"

#include "conflicts/ConflictDialogs.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/report/TrustQueries.h"
#include "baton/storage/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QPushButton>

namespace baton::ui {

ConflictsPage::ConflictsPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
{
    m_asOf = addDate(tr("&As of"), toQDate(session.today()));
    const auto button = [&](const QString& text, const char* name, void (ConflictsPage::*slot)(), int at) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setEnabled(!session.readOnly());
        controls()->insertWidget(at, b);
        connect(b, &QPushButton::clicked, this, slot);
    };
    button(tr("Raise Conflict…"), "raiseConflict", &ConflictsPage::raise, 0);
    button(tr("Climb the Ladder…"), "climbConflict", &ConflictsPage::climb, 1);
    button(tr("Settle…"), "settleConflict", &ConflictsPage::settle, 2);
}

void ConflictsPage::raise()
{
    if (raiseConflict(session(), this))
        refresh();
}

void ConflictsPage::climb()
{
    if (stepConflict(session(), ConflictStepDialog::Mode::Climb, this))
        refresh();
}

void ConflictsPage::settle()
{
    if (stepConflict(session(), ConflictStepDialog::Mode::Settle, this))
        refresh();
}

ReviewPage::Read ConflictsPage::read()
{
    return [asOf = fromQDate(m_asOf->date()), stamp = stamp()](storage::Database& db, const report::ReadLimits&) {
        const storage::ReadSnapshot snapshot(db);
        const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
        return report::conflictsDocument(report::readTrust(db, asOf), context);
    };
}

} // namespace baton::ui
