// Conflicts and shared-responsibility reviews as a report: the Conflicts page, and two sections
// of the accountability report. Reviews name factors, never a person to blame.
#include "DocumentParts.h"

#include "baton/report/ReportDocuments.h"

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

std::string joined(const std::vector<std::string>& items, const char* separator = ", ")
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string rungText(const ConflictRow& row)
{
    const int rung = row.conflict.currentRung();
    if (rung == 0)
        return "not yet on the ladder";
    return "rung " + std::to_string(rung) + (row.rungTitle.empty() ? "" : ": " + row.rungTitle);
}

std::string statusText(ConflictStatus status)
{
    switch (status) {
    case ConflictStatus::Open:
        return "Open";
    case ConflictStatus::Resolved:
        return "Resolved";
    case ConflictStatus::Withdrawn:
        return "Withdrawn";
    }
    return "";
}

ReportTable openTable(const std::vector<ConflictRow>& rows)
{
    ReportTable t = table("open_conflicts", "Open conflicts, longest on their rung first",
                          {"Conflict", "Parties", "Raised", "Stands at", "Days on rung", "Last step"},
                          {false, false, false, false, true, false});
    for (const auto& r : rows)
        t.rows.push_back({r.conflict.title, joined(r.parties),
                          r.conflict.raisedOn ? r.conflict.raisedOn->toString() : "", rungText(r),
                          r.daysOnRung ? number(*r.daysOnRung) : "",
                          r.conflict.steps.empty() ? "" : r.conflict.steps.back().note});
    t.wrapColumn = 5;
    return t;
}

ReportTable closedTable(const std::vector<ConflictRow>& rows)
{
    ReportTable t = table("closed_conflicts", "Resolved and withdrawn conflicts",
                          {"Conflict", "Parties", "Raised", "Closed", "Status", "Steps", "Resolution", "Decision"},
                          {false, false, false, false, false, true, false, false});
    for (const auto& r : rows)
        t.rows.push_back(
            {r.conflict.title, joined(r.parties), r.conflict.raisedOn ? r.conflict.raisedOn->toString() : "",
             r.conflict.resolvedOn ? r.conflict.resolvedOn->toString() : "", statusText(r.conflict.status),
             number(static_cast<std::int64_t>(r.conflict.steps.size())), r.conflict.resolution, r.decisionTitle});
    t.wrapColumn = 6;
    return t;
}

ReportTable reviewTable(const std::vector<ReviewRow>& rows)
{
    ReportTable t = table("reviews", "Shared-responsibility reviews, newest first",
                          {"Held", "Looked back on", "Participants", "Contributing factors", "What we change",
                           "Follow-ups", "Still open"},
                          {false, false, false, false, false, true, true});
    for (const auto& r : rows)
        t.rows.push_back({r.review.heldOn ? r.review.heldOn->toString() : "", r.subject, joined(r.participants),
                          joined(r.review.contributingFactors, "; "), r.review.whatWeChange,
                          number(static_cast<std::int64_t>(r.review.followUps.size())), number(r.followUpsOpen)});
    t.wrapColumn = 3;
    return t;
}

} // namespace

ReportSection conflictSection(const TrustView& view)
{
    ReportSection s;
    s.heading = "Conflicts";
    s.figures = {{"Open", grouped(static_cast<std::int64_t>(view.open.size()))},
                 {"Resolved or withdrawn", grouped(static_cast<std::int64_t>(view.closed.size()))}};
    if (view.open.empty())
        s.paragraphs.push_back("No open conflicts.");
    else
        s.paragraphs.push_back("Each open conflict climbs the charter's ladder one rung at a time; a long stand on "
                               "one rung is worth a conversation about the next.");
    s.tables.push_back(openTable(view.open));
    return s;
}

ReportSection reviewSection(const TrustView& view)
{
    ReportSection s;
    s.heading = "Shared-responsibility reviews";
    s.figures = {{"Reviews held", grouped(static_cast<std::int64_t>(view.reviews.size()))},
                 {"Missed commitments reviewed",
                  grouped(view.missedCommitmentsReviewed) + " of " + grouped(view.missedCommitments)},
                 {"Missed initiatives reviewed",
                  grouped(view.missedInitiativesReviewed) + " of " + grouped(view.missedInitiatives)}};
    s.paragraphs.push_back("A review looks at what happened, the factors that contributed and what the team "
                           "changes. By design it names no one to blame.");
    s.tables.push_back(reviewTable(view.reviews));
    return s;
}

ReportDocument conflictsDocument(const TrustView& view, const ReportContext& context)
{
    ReportDocument doc = document("Conflicts and reviews", "as of " + view.asOf.toString(), context);
    doc.sections.push_back(conflictSection(view));
    ReportSection closed;
    closed.heading = "Settled conflicts";
    closed.tables.push_back(closedTable(view.closed));
    doc.sections.push_back(std::move(closed));
    doc.sections.push_back(reviewSection(view));
    return doc;
}

} // namespace baton::report
