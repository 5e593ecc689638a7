#include "overview/OverviewPage.h"

#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/ReadWorker.h"

#include "baton/domain/ConflictRules.h"
#include "baton/domain/FallbackRules.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/FallbackQueries.h"
#include "baton/storage/SqliteCommitmentCatalog.h"
#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/SqliteInitiativeCatalog.h"
#include "baton/storage/StorageError.h"

#include <QCoreApplication>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

OverviewPage::OverviewPage(TeamSession& session, QWidget* parent)
    : Page(session, parent)
    , m_view(new QTextBrowser(this))
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

void OverviewPage::activate()
{
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            refresh();
    });
}

void OverviewPage::showRecord(const QString&)
{
    refresh();
}

void OverviewPage::refresh()
{
    // Read on a worker: some of these lists are long to search on a large file (the active
    // initiatives nobody leads, say), and the window must not wait for them.
    if (!m_worker) {
        m_worker = new ReadWorker(session().file().path(), this);
        connect(m_worker, &ReadWorker::failed, this, [this](const QString& message) {
            m_view->setHtml(html::hint(tr("The overview could not be read: %1").arg(message)));
        });
    }
    m_worker->start([this, in = inputs()](storage::Database& db, const std::atomic<bool>&) -> ReadWorker::Deliver {
        return [this, text = readHtml(db, in)] { m_view->setHtml(text); };
    });
    m_dirty = false;
}

bool OverviewPage::updating() const
{
    return m_worker && m_worker->busy();
}

OverviewPage::Inputs OverviewPage::inputs()
{
    return {session().today(), session().me(), session().teamName()};
}

QString OverviewPage::html()
{
    return readHtml(session().db(), inputs());
}

namespace {
constexpr std::size_t kShown = 12;

/// The overview reads one row more than it shows instead of counting: counting a million
/// rows would hold up the window.
template <typename Row> QString moreLine(const domain::ListPage<Row>& page, PageId where)
{
    if (page.rows.size() <= kShown)
        return {};
    return QStringLiteral("<p style=\"color:gray\">") +
           html::escape(QCoreApplication::translate("OverviewPage", "…and more: ")) +
           html::link(where, {}, QCoreApplication::translate("OverviewPage", "see the full list")) +
           QStringLiteral("</p>");
}
} // namespace

QString OverviewPage::conflictsHtml(storage::Database& db, Date today)
{
    const auto open = storage::ConflictRepository(db).open(); // a handful, never millions
    if (open.empty())
        return {};
    QString out = html::subheading(tr("Open conflicts"));
    for (const auto& c : open) {
        const int rung = c.currentRung();
        QString where = rung == 0 ? tr("not yet on the ladder") : tr("on rung %1").arg(rung);
        if (const auto days = daysOnRung(c, today))
            where += *days == 1 ? tr(", 1 day") : tr(", %1 days").arg(*days);
        out += html::link(PageId::Conflicts, toQ(c.id.str()), toQ(c.title)) + QStringLiteral(" — ") +
               html::escape(where) + QStringLiteral("<br/>");
    }
    return out;
}

QString OverviewPage::readHtml(storage::Database& db, const Inputs& in)
{
    const Date today = in.today;
    storage::SqliteCommitmentCatalog commitments(db);
    storage::SqliteDecisionCatalog decisions(db);
    storage::SqliteInitiativeCatalog initiatives(db);
    QString out = html::heading(in.teamName);

    out += html::subheading(tr("My open commitments"));
    if (const auto me = in.me) {
        CommitmentFilter f;
        f.owner = *me;
        f.status = CommitmentStatus::Open;
        const auto page = commitments.page(f, std::nullopt, kShown + 1);
        if (page.rows.empty())
            out += html::hint(tr("Nothing open. Well done."));
        for (std::size_t k = 0; k < std::min(kShown, page.rows.size()); ++k) {
            const auto& c = page.rows[k];
            out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ") +
                   html::escape(tr("due %1").arg(displayDate(c.dueOn))) + QStringLiteral("<br/>");
        }
        out += moreLine(page, PageId::Commitments);
    } else {
        out += html::hint(tr("Choose who you are (Edit › Who Am I) to see your own commitments here."));
    }

    out += html::subheading(tr("Overdue commitments"));
    CommitmentFilter overdue;
    overdue.overdueOn = today;
    const auto late = commitments.page(overdue, std::nullopt, kShown + 1);
    if (late.rows.empty())
        out += html::hint(tr("None: every open commitment is within its due date."));
    for (std::size_t k = 0; k < std::min(kShown, late.rows.size()); ++k) {
        const auto& c = late.rows[k];
        out += html::link(PageId::Commitments, toQ(c.id.str()), toQ(c.description)) + QStringLiteral(" — ") +
               html::escape(c.ownerName.empty() ? QString() : toQ(c.ownerName)) +
               QStringLiteral(", <span style=\"color:#c0392b\">") +
               html::escape(tr("due %1").arg(displayDate(c.dueOn))) + QStringLiteral("</span><br/>");
    }
    out += moreLine(late, PageId::Commitments);

    out += html::subheading(tr("Fallbacks due"));
    const auto due = storage::fallbacksDue(db, today, kShown + 1);
    if (due.empty())
        out += html::hint(tr("None: no proposal with a fallback has passed its deadline."));
    for (std::size_t k = 0; k < std::min(kShown, due.size()); ++k) {
        const auto& d = due[k];
        out += html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title)) + QStringLiteral(" — ") +
               html::escape(tr("was due %1").arg(displayDate(d.decideBy))) +
               QStringLiteral(". <span style=\"color:#c0392b\">") + html::escape(toQ(fallbackDueText(d.fallback))) +
               QStringLiteral("</span><br/>");
    }
    if (due.size() > kShown)
        out += QStringLiteral("<p style=\"color:gray\">") + html::escape(tr("…and more.")) + QStringLiteral("</p>");

    out += html::subheading(tr("Decisions past their deadline"));
    DecisionFilter pastDeadline;
    pastDeadline.pastDeadlineOn = today;
    const auto overdueDecisions = decisions.page(pastDeadline, std::nullopt, kShown + 1);
    if (overdueDecisions.rows.empty())
        out += html::hint(tr("None."));
    for (std::size_t k = 0; k < std::min(kShown, overdueDecisions.rows.size()); ++k) {
        const auto& d = overdueDecisions.rows[k];
        out += html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title)) + QStringLiteral(" — ") +
               html::escape(tr("was due %1").arg(displayDate(d.decideBy))) + QStringLiteral("<br/>");
    }
    out += moreLine(overdueDecisions, PageId::Decisions);

    out += html::subheading(tr("Active initiatives nobody leads"));
    InitiativeFilter unled;
    unled.status = InitiativeStatus::Active;
    unled.withoutCurrentLead = true;
    const auto lonely = initiatives.page(unled, today, std::nullopt, kShown + 1);
    if (lonely.rows.empty())
        out += html::hint(tr("None: every active initiative has a lead."));
    for (std::size_t k = 0; k < std::min(kShown, lonely.rows.size()); ++k)
        out += html::link(PageId::Initiatives, toQ(lonely.rows[k].id.str()), toQ(lonely.rows[k].title)) +
               QStringLiteral("<br/>");
    out += moreLine(lonely, PageId::Initiatives);

    out += conflictsHtml(db, today);

    out += html::subheading(tr("Recent decisions"));
    const auto recent = decisions.page({}, std::nullopt, 8);
    if (recent.rows.empty())
        out += html::hint(tr("No decisions yet. Go to Decisions and propose one (Ctrl+N)."));
    for (const auto& d : recent.rows)
        out += displayDate(d.listedOn) + QStringLiteral(" ") +
               html::link(PageId::Decisions, toQ(d.id.str()), toQ(d.title)) + QStringLiteral(" (") +
               html::escape(displayName(d.status)) +
               (d.accountableName.empty() ? QString() : QStringLiteral(", ") + html::escape(toQ(d.accountableName))) +
               QStringLiteral(")<br/>");
    return out;
}

} // namespace baton::ui
