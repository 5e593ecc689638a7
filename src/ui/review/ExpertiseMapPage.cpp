#include "review/ExpertiseMapPage.h"

#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/report/ExpertiseQueries.h"
#include "baton/storage/Database.h"

#include <QDateEdit>

namespace baton::ui {

ExpertiseMapPage::ExpertiseMapPage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
{
    m_asOf = addDate(tr("&As of"), toQDate(session.today()));
}

ReviewPage::Read ExpertiseMapPage::read()
{
    return [asOf = fromQDate(m_asOf->date()), stamp = stamp()](storage::Database& db, const report::ReadLimits&) {
        const storage::ReadSnapshot snapshot(db);
        const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
        return report::expertiseDocument(report::readExpertiseMap(db, asOf), asOf, context);
    };
}

} // namespace baton::ui
