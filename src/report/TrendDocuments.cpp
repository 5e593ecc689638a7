// The leadership review's trend sections: how widely leading and accountability were shared
// month by month, who took part in decisions, and how handoffs used the lead suggestions.
// Every figure here describes; none grades (see docs/user-guide.md, "Spread over time").
#include "DocumentParts.h"

#include "baton/report/ReportDocuments.h"

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

// Table cells are plain fractions (0.35), so that the CSV files compute; "—" where a month had
// nothing to share, since an even spread of nothing says nothing.
std::string fraction(const SpreadFigures& f, double v)
{
    return f.withAny > 0 ? decimal(v) : "—";
}

std::string evennessText(const std::optional<double>& v)
{
    return v ? decimal(*v) : "—";
}

/// The four lines of one spread, month by month.
ReportLineChart spreadChart(std::string caption, const std::vector<MonthlySpread>& months,
                            const SpreadFigures MonthlySpread::*which)
{
    ReportLineChart chart{std::move(caption), {}, {}, 1.0, false};
    ReportSeries led{"Share of members with any (0 to 1)", {}};
    ReportSeries top{"Top three's share", {}};
    ReportSeries gini{"Gini (0 even, 1 one person)", {}};
    ReportSeries even{"Shannon evenness (1 even)", {}};
    for (const auto& m : months) {
        const SpreadFigures& f = m.*which;
        chart.labels.push_back(m.month.label());
        const bool any = f.withAny > 0;
        led.values.push_back(f.people > 0 ? std::optional<double>(f.shareWithAny) : std::nullopt);
        top.values.push_back(any ? std::optional<double>(f.topThreeShare) : std::nullopt);
        gini.values.push_back(any ? std::optional<double>(f.gini) : std::nullopt);
        even.values.push_back(f.evenness);
    }
    chart.series = {std::move(led), std::move(top), std::move(gini), std::move(even)};
    return chart;
}

} // namespace

ReportSection accountableSpreadSection(const std::vector<MonthlySpread>& months)
{
    ReportSection section;
    section.heading = "Accountability for decisions, month by month";
    section.paragraphs.push_back(
        "For the decisions decided each month, how widely being the one accountable member was shared among "
        "the members active that month. A description, not a grade: a month where one member was "
        "accountable for everything may be exactly right for its decisions.");
    section.lineCharts.push_back(
        spreadChart("Decisions by month, per accountable member", months, &MonthlySpread::accountable));
    ReportTable byMonth = table("accountable-by-month", "Accountable members by month (shares from 0 to 1)",
                                {"Month", "Active", "Decisions", "Accountable", "Top three", "Gini", "Evenness"},
                                {false, true, true, true, true, true, true});
    for (const auto& m : months)
        byMonth.rows.push_back({m.month.label(), number(m.accountable.people), number(m.decisions),
                                decimal(m.accountable.shareWithAny),
                                fraction(m.accountable, m.accountable.topThreeShare),
                                fraction(m.accountable, m.accountable.gini), evennessText(m.accountable.evenness)});
    section.tables.push_back(std::move(byMonth));
    return section;
}

std::vector<ReportSection> trendSections(const LeadershipReport& report)
{
    std::vector<ReportSection> out;
    if (!report.months.empty()) {
        ReportSection spread;
        spread.heading = "Spread over time";
        spread.paragraphs.push_back(
            "These figures describe how widely leading and accountability for decisions were shared each month "
            "among the members active that month. They are descriptions, not a grade: research (Mehra et al., "
            "2006) found that more widely shared leadership does not by itself mean a team performs better.");
        const auto& s = report.suggestions;
        spread.figures.push_back({"Handoffs in the period", grouped(s.handoffs)});
        spread.figures.push_back({"Handoffs made with a suggestion shown", grouped(s.suggested)});
        spread.figures.push_back(
            {"Of those, to one of the top three suggested",
             grouped(s.topThree) + (s.suggested > 0 ? " (" + percent(double(s.topThree) / s.suggested) + ")" : "")});
        spread.lineCharts.push_back(spreadChart("Lead-days by month", report.months, &MonthlySpread::lead));
        spread.lineCharts.push_back(
            spreadChart("Decisions by month, per accountable member", report.months, &MonthlySpread::accountable));
        ReportTable byMonth =
            table("spread-by-month", "Spread by month (shares from 0 to 1)",
                  {"Month", "Active", "Led", "Top three", "Gini", "Evenness", "Decisions", "Accountable",
                   "Top three (decisions)", "Gini (decisions)", "Evenness (decisions)"},
                  {false, true, true, true, true, true, true, true, true, true, true});
        for (const auto& m : report.months)
            byMonth.rows.push_back({m.month.label(), number(m.lead.people), decimal(m.lead.shareWithAny),
                                    fraction(m.lead, m.lead.topThreeShare), fraction(m.lead, m.lead.gini),
                                    evennessText(m.lead.evenness), number(m.decisions),
                                    decimal(m.accountable.shareWithAny),
                                    fraction(m.accountable, m.accountable.topThreeShare),
                                    fraction(m.accountable, m.accountable.gini), evennessText(m.accountable.evenness)});
        spread.tables.push_back(std::move(byMonth));
        out.push_back(std::move(spread));
    }

    ReportSection part;
    part.heading = "Participation in decisions";
    part.paragraphs.push_back("Who took part in the decisions of the period, and in which role.");
    ReportTable byRole = table("participation", "Participation by role",
                               {"Member", "Proposer", "Decider", "Advisor", "Consulted", "Informed", "Total"},
                               {false, true, true, true, true, true, true});
    for (const auto& p : report.participation)
        byRole.rows.push_back({p.name, number(p.byRole[0]), number(p.byRole[1]), number(p.byRole[2]),
                               number(p.byRole[3]), number(p.byRole[4]), number(p.total)});
    if (report.participation.empty())
        part.paragraphs.push_back("Nobody is recorded as taking part in a decision in the period.");
    part.tables.push_back(std::move(byRole));
    out.push_back(std::move(part));
    return out;
}

} // namespace baton::report
