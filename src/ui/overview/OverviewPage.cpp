#include "overview/OverviewPage.h"

#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/SqliteCommitmentCatalog.h"
#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/SqliteInitiativeCatalog.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

OverviewPage::OverviewPage(TeamSession& session, QWidget* parent) : Page(session, parent), m_view(new QTextBrowser(this))
{
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Overview"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        Location where;
        if (locationFromLink(url, where))
            emit navigate(where);
    });
    connect(&session, &TeamSession::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
}

void OverviewPage::showRecord(const QString&) { refresh(); }

void OverviewPage::refresh()
{
    m_view->setHtml(html());
    m_dirty = false;
}

namespace {
constexpr std::size_t kShown = 12;

QString moreLine(std::int64_t total, std::size_t shown)
{
    if (total <= static_cast<std::int64_t>(shown))
        return {};
    return html::hint(QCoreApplication::translate("OverviewPage", "…and %1 more.").arg(total - static_cast<std::int64_t>(shown)));
}
} // namespace

QString OverviewPage::html()
{
    const Date today = session().today();
    storage::SqliteCommitmentCatalog commitments(session().db());
    storage::SqliteDecisionCatalog decisions(session().db());
    storage::SqliteInitiativeCatalog initiatives(session().db());
    QString out = html::heading(session().teamName());

    out += html::subheading(tr("My open commitments"));
    if (const auto me = session().me()) {
        CommitmentFilter f;
        f.owner = *me;
        f.status = CommitmentStatus::Open;
        const auto page = commitments.page(f, std::nullopt, kShown);
        if (page.rows.empty())
            out += html::hint(tr("Nothing open. Well done."));
        for (const auto& c : page.rows)
            out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ")
                 + html::escape(tr("due %1").arg(displayDate(c.dueOn))) + QStringLiteral("<br/>");
        out += moreLine(commitments.count(f), page.rows.size());
    } else {
        out += html::hint(tr("Choose who you are (Edit › Who Am I) to see your own commitments here."));
    }

    out += html::subheading(tr("Overdue commitments"));
    CommitmentFilter overdue;
    overdue.overdueOn = today;
    const auto late = commitments.page(overdue, std::nullopt, kShown);
    if (late.rows.empty())
        out += html::hint(tr("None: every open commitment is within its due date."));
    for (const auto& c : late.rows)
        out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ")
             + html::escape(c.ownerName.empty() ? QString() : toQ(c.ownerName)) + QStringLiteral(", <span style=\"color:#c0392b\">")
             + html::escape(tr("due %1").arg(displayDate(c.dueOn))) + QStringLiteral("</span><br/>");
    out += moreLine(commitments.count(overdue), late.rows.size());

    out += html::subheading(tr("Decisions past their deadline"));
    DecisionFilter pastDeadline;
    pastDeadline.pastDeadlineOn = today;
    const auto overdueDecisions = decisions.page(pastDeadline, std::nullopt, kShown);
    if (overdueDecisions.rows.empty())
        out += html::hint(tr("None."));
    for (const auto& d : overdueDecisions.rows)
        out += html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title)) + QStringLiteral(" — ")
             + html::escape(tr("was due %1").arg(displayDate(d.decideBy))) + QStringLiteral("<br/>");
    out += moreLine(decisions.count(pastDeadline), overdueDecisions.rows.size());

    out += html::subheading(tr("Active initiatives nobody leads"));
    InitiativeFilter unled;
    unled.status = InitiativeStatus::Active;
    unled.withoutCurrentLead = true;
    const auto lonely = initiatives.page(unled, today, std::nullopt, kShown);
    if (lonely.rows.empty())
        out += html::hint(tr("None: every active initiative has a lead."));
    for (const auto& i : lonely.rows)
        out += html::link(PageId::Initiatives, toQ(i.id.str()), toQ(i.title)) + QStringLiteral("<br/>");
    out += moreLine(initiatives.count(unled, today), lonely.rows.size());

    out += html::subheading(tr("Recent decisions"));
    const auto recent = decisions.page({}, std::nullopt, 8);
    if (recent.rows.empty())
        out += html::hint(tr("No decisions yet. Go to Decisions and propose one (Ctrl+N)."));
    for (const auto& d : recent.rows)
        out += displayDate(d.listedOn) + QStringLiteral(" ") + html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title))
             + QStringLiteral(" (") + html::escape(displayName(d.status))
             + (d.accountableName.empty() ? QString() : QStringLiteral(", ") + html::escape(toQ(d.accountableName)))
             + QStringLiteral(")<br/>");
    return out;
}

} // namespace baton::ui
