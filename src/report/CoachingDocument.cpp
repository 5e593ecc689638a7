// The facilitator's coaching view as a report: development goals (those due for review
// first), first-time leads, and members who never led though their expertise fits open work.
#include "DocumentParts.h"

#include "baton/domain/ExpertiseFit.h"
#include "baton/report/ReportDocuments.h"

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

std::string levelText(int level)
{
    return level > 0 ? std::to_string(level) + " " + std::string(levelName(level)) : "none yet";
}

std::string statusText(GoalStatus status)
{
    std::string text(toString(status));
    text[0] = static_cast<char>(text[0] - 'a' + 'A'); // "Active", as a reader writes it
    return text;
}

std::vector<std::string> goalRow(const CoachingView::Goal& g)
{
    return {g.member,
            g.area,
            levelText(g.levelNow),
            levelText(g.goal.targetLevel),
            g.mentor.empty() ? "—" : g.mentor,
            g.goal.startedOn ? g.goal.startedOn->toString() : "",
            g.goal.reviewOn ? g.goal.reviewOn->toString() : "",
            statusText(g.goal.status),
            g.goal.note};
}

ReportTable goalTable(std::string name, std::string caption, const std::vector<CoachingView::Goal>& goals)
{
    ReportTable t = table(std::move(name), std::move(caption),
                          {"Member", "Area", "Level now", "Target", "Mentor", "Started", "Review on", "Status", "Note"},
                          {false, false, false, false, false, false, false, false, false});
    for (const auto& g : goals)
        t.rows.push_back(goalRow(g));
    t.wrapColumn = 8;
    return t;
}

} // namespace

ReportDocument coachingDocument(const CoachingView& view, Date asOf, const ReportContext& context)
{
    ReportDocument doc = document("Coaching", "as of " + asOf.toString(), context);

    ReportSection goals;
    goals.heading = "Development goals";
    goals.figures = {{"Active goals", grouped(static_cast<std::int64_t>(view.goals.size()))},
                     {"Due for review", grouped(static_cast<std::int64_t>(view.dueForReview.size()))}};
    if (view.goals.empty())
        goals.paragraphs.push_back("No active goals. Set one from a member's page or with New Goal.");
    goals.tables.push_back(goalTable("goals_due", "Goals due for review", view.dueForReview));
    goals.tables.push_back(goalTable("goals", "Active goals, by review date", view.goals));
    doc.sections.push_back(std::move(goals));

    ReportSection first;
    first.heading = "First-time leads";
    first.paragraphs.push_back("Members whose first lead stint ever began in the last " +
                               std::to_string(kFirstLeadWindowDays) + " days: worth a check-in.");
    ReportTable firstTable =
        table("first_time_leads", "First-time leads", {"Member", "Initiative", "Leads since"}, {false, false, false});
    for (const auto& f : view.firstLeads)
        firstTable.rows.push_back({f.name, f.initiative, f.from.toString()});
    first.tables.push_back(std::move(firstTable));
    doc.sections.push_back(std::move(first));

    ReportSection untapped;
    untapped.heading = "Never led, with expertise that fits";
    untapped.paragraphs.push_back("Active members who have never led or co-led, at level 3 or higher in an area an "
                                  "open initiative needs.");
    ReportTable untappedTable =
        table("never_led_with_fit", "Never led, with expertise that fits", {"Member", "Fits"}, {false, false});
    for (const auto& u : view.neverLed) {
        std::string fits;
        for (const auto& f : u.fits)
            fits += (fits.empty() ? "" : "; ") + f;
        untappedTable.rows.push_back({u.name, fits});
    }
    untappedTable.wrapColumn = 1;
    untapped.tables.push_back(std::move(untappedTable));
    doc.sections.push_back(std::move(untapped));
    return doc;
}

} // namespace baton::report
