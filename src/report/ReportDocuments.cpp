#include "baton/report/ReportDocuments.h"

#include "DocumentParts.h"

namespace baton::report {
using namespace baton::domain;
using namespace parts;

std::string percent(double share)
{
    return formatted("%.0f%%", share * 100.0);
}

ReportDocument leadershipDocument(const LeadershipReport& report, const ReportContext& context)
{
    ReportDocument doc = document("Leadership review", report.from.toString() + " to " + report.to.toString(), context);

    ReportSection spread;
    spread.heading = "How widely leadership is shared";
    const auto& s = report.spread;
    spread.figures = {{"Active members", grouped(s.activeMembers)},
                      {"Members who led or co-led", grouped(s.membersWhoLed) + " (" + percent(s.shareWhoLed) + ")"},
                      {"Top three members' share of lead-days", percent(s.topThreeShare)},
                      {"Gini coefficient of lead-days (0 even, 1 one person)", decimal(s.gini)}};
    spread.paragraphs.push_back(s.gini > 0.6 ? "Leadership rests on few people: consider passing the lead of the next "
                                               "initiative to someone who has not led yet."
                                             : "Leadership is spread across the team.");
    ReportChart chart{"Days as lead per member", "days", {}, {}};
    for (const auto& m : report.members) {
        if (!m.active)
            continue;
        chart.labels.push_back(m.name);
        chart.values.push_back(static_cast<double>(m.leadDays));
    }
    spread.charts.push_back(std::move(chart));
    doc.sections.push_back(std::move(spread));

    ReportSection people;
    people.heading = "Who led";
    ReportTable byMember = table(
        "leadership-by-member", "Leadership per member",
        {"Member", "Led", "Co-led", "Days as lead", "Handoffs in", "Handoffs out", "Completed", "Missed", "Cancelled"},
        {false, true, true, true, true, true, true, true, true});
    for (const auto& m : report.members)
        byMember.rows.push_back({m.name, number(m.initiativesLed), number(m.initiativesCoLed), number(m.leadDays),
                                 number(m.handoffsIn), number(m.handoffsOut), number(m.completed), number(m.missed),
                                 number(m.cancelled)});
    people.tables.push_back(std::move(byMember));
    ReportTable never = table("never-led", "Members who never led in the period", {"Member"}, {false});
    for (const auto& name : report.neverLed)
        never.rows.push_back({name});
    if (report.neverLed.empty())
        people.paragraphs.push_back("Every active member led or co-led at least once in the period.");
    people.tables.push_back(std::move(never));
    doc.sections.push_back(std::move(people));

    ReportSection timelines;
    timelines.heading = "Lead stints per initiative";
    ReportTable stints =
        table("lead-stints", "Who led each initiative, and when", {"Initiative", "Member", "Role", "From", "To", "Why"},
              {false, false, false, false, false, false});
    for (const auto& i : report.initiatives) {
        for (const auto& st : i.stints) {
            const std::string who = context.nameOf ? context.nameOf(st.member.str()) : st.member.str();
            stints.rows.push_back({i.title, who, std::string(toString(st.role)), st.from.toString(),
                                   st.to ? st.to->toString() : "now", st.reason});
        }
    }
    stints.wrapColumn = 5;
    stints.pdfRowLimit = 2000;
    if (report.stintCount > stints.rows.size())
        stints.totalRows = report.stintCount;
    timelines.tables.push_back(std::move(stints));
    doc.sections.push_back(std::move(timelines));
    if (!report.months.empty()) {
        for (auto& section : trendSections(report))
            doc.sections.push_back(std::move(section));
        doc.sections.push_back(latencySection(report.latency, report.from, report.to));
        doc.sections.push_back(voiceSection(report.voice));
        doc.sections.push_back(pulseSection(report.pulses));
    }
    if (!report.charter.rules.empty())
        for (auto& section : charterSections(report.charter)) {
            section.heading = "How we work: " + section.heading;
            doc.sections.push_back(std::move(section));
        }
    return doc;
}

ReportDocument accountabilityDocument(const AccountabilityReport& report, const ReportContext& context)
{
    ReportDocument doc = document("Accountability report", "as of " + report.asOf.toString(), context);
    const auto name = [&](const std::string& id) {
        if (const auto it = report.labels.find(id); it != report.labels.end())
            return it->second;
        return context.nameOf ? context.nameOf(id) : id;
    };

    ReportSection gaps;
    gaps.heading = "Gaps";
    const auto& g = report.gaps;
    const auto count = [](std::size_t n) { return grouped(static_cast<std::int64_t>(n)); };
    gaps.figures = {{"Decisions decided without an accountable member", count(g.counts.decidedWithoutAccountable)},
                    {"Active initiatives with no current lead", count(g.counts.initiativesWithoutLead)},
                    {"Decisions past their deadline, still proposed", count(g.counts.decisionsPastDeadline)},
                    {"Overdue commitments", count(g.counts.overdueCommitments)},
                    {"Open commitments owned by members who left", count(g.counts.openOwnedByLeavers)},
                    {"Likely duplicate commitments", count(g.counts.likelyDuplicates)}};
    ReportTable list = table("gaps", "Every gap, one per line", {"Gap", "Record"}, {false, false});
    for (const auto& id : g.decidedWithoutAccountable)
        list.rows.push_back({"Decided without an accountable member", name(id.str())});
    for (const auto& id : g.initiativesWithoutLead)
        list.rows.push_back({"Initiative with no current lead", name(id.str())});
    for (const auto& id : g.decisionsPastDeadline)
        list.rows.push_back({"Decision past its deadline", name(id.str())});
    for (const auto& id : g.overdueCommitments)
        list.rows.push_back({"Overdue commitment", name(id.str())});
    for (const auto& id : g.openOwnedByLeavers)
        list.rows.push_back({"Open commitment of a member who left", name(id.str())});
    for (const auto& d : g.likelyDuplicates)
        list.rows.push_back({"Likely duplicate", d.firstDescription + " / " + d.secondDescription});
    if (g.counts.total() > list.rows.size())
        list.totalRows = g.counts.total();
    list.pdfRowLimit = 2000;
    if (g.counts.total() == 0)
        gaps.paragraphs.push_back("No gaps: every decision and commitment has one accountable person in the team.");
    list.wrapColumn = 1;
    gaps.tables.push_back(std::move(list));
    doc.sections.push_back(std::move(gaps));

    ReportSection owners;
    owners.heading = "Commitments per owner";
    ReportTable byOwner = table("commitments-by-owner", "Commitments per owner",
                                {"Owner", "Open", "Overdue", "Done", "Missed", "Dropped", "On time"},
                                {false, true, true, true, true, true, true});
    for (const auto& o : report.owners)
        byOwner.rows.push_back({o.name + (o.hasLeft ? " (left)" : ""), number(o.open), number(o.overdue),
                                number(o.done), number(o.missed), number(o.dropped),
                                o.onTimeRate ? percent(*o.onTimeRate) : "—"});
    owners.tables.push_back(std::move(byOwner));
    doc.sections.push_back(std::move(owners));

    ReportSection decisions;
    decisions.heading = "Decisions per accountable member";
    ReportTable byAccountable = table("decisions-by-accountable", "Decisions per accountable member",
                                      {"Member", "Decided", "Proposed"}, {false, true, true});
    for (const auto& d : report.decisionOwners)
        byAccountable.rows.push_back({d.name, number(d.decided), number(d.proposed)});
    decisions.tables.push_back(std::move(byAccountable));
    doc.sections.push_back(std::move(decisions));
    if (!report.months.empty())
        doc.sections.push_back(accountableSpreadSection(report.months));
    if (report.trust) {
        doc.sections.push_back(conflictSection(*report.trust));
        doc.sections.push_back(reviewSection(*report.trust));
    }
    return doc;
}

} // namespace baton::report
