// The voice channel and the psychological-safety pulse as report sections: what is open, how
// fast the team responds, and the pulse's team figure, only where enough members answered.
#include "DocumentParts.h"

#include "baton/report/ReportDocuments.h"
#include "baton/report/VoiceReport.h"

#include <algorithm>

namespace baton::report {
using namespace baton::domain;
using namespace parts;

const std::array<std::string, kPulseItems>& pulseItemTexts()
{
    static const std::array<std::string, kPulseItems> kItems{
        "If you make a mistake on this team, it is often held against you.",
        "Members of this team are able to bring up problems and tough issues.",
        "People on this team sometimes reject others for being different.",
        "It is safe to take a risk on this team.",
        "It is difficult to ask other members of this team for help.",
        "No one on this team would deliberately act in a way that undermines my efforts.",
        "Working with members of this team, my unique skills and talents are valued and utilized."};
    return kItems;
}

std::optional<double> median(std::vector<std::int64_t> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return static_cast<double>(values[mid]);
    return (static_cast<double>(values[mid - 1]) + static_cast<double>(values[mid])) / 2.0;
}

PulseSummary summarize(const Pulse& pulse)
{
    PulseSummary s;
    s.id = pulse.id.str();
    s.title = pulse.title;
    s.openedOn = pulse.openedOn;
    s.closedOn = pulse.closedOn;
    s.minResponses = pulse.minResponses;
    s.responded = static_cast<int>(pulse.responded.size());
    if (pulse.closedOn)
        s.figures = pulseFigures(pulse);
    s.figures.responses = std::max(s.figures.responses, s.responded);
    return s;
}

namespace {

std::string oneDecimal(double value)
{
    return domain::formatted("%.1f", value);
}

std::string dateText(const std::optional<Date>& d)
{
    return d ? d->toString() : "";
}

ReportLineChart trendChart(const std::vector<PulseSummary>& pulses)
{
    ReportLineChart chart{"Psychological safety by closed pulse: the mean (1 to 7)", {}, {}, 7.0, false};
    ReportSeries mean{"Mean, items 1, 3 and 5 reversed", {}};
    for (const auto& p : pulses) {
        if (!p.shown())
            continue;
        chart.labels.push_back(p.title);
        mean.values.push_back(p.figures.mean);
    }
    chart.series.push_back(std::move(mean));
    return chart;
}

ReportTable distributionTable(const std::vector<PulseSummary>& pulses)
{
    ReportTable t =
        table("pulse-distribution", "How many answered each value, per item (raw answers, before reversing)",
              {"Pulse", "Item", "Reversed", "1", "2", "3", "4", "5", "6", "7"},
              {false, false, false, true, true, true, true, true, true, true});
    for (const auto& p : pulses) {
        if (!p.shown())
            continue;
        for (std::size_t item = 0; item < kPulseItems; ++item) {
            std::vector<std::string> row{p.title, std::to_string(item + 1) + ". " + pulseItemTexts()[item],
                                         kPulseReversed[item] ? "yes" : "no"};
            for (int count : p.figures.distribution[item])
                row.push_back(number(count));
            t.rows.push_back(std::move(row));
        }
    }
    t.wrapColumn = 1;
    return t;
}

} // namespace

ReportSection voiceSection(const VoiceFigures& f)
{
    ReportSection section;
    section.heading = "Voice";
    section.paragraphs.push_back("Ideas, concerns and questions members raised, and how quickly the team responded. "
                                 "Days to respond run from the day an item was raised to the day of its first "
                                 "response; items raised anonymously count like any other.");
    section.figures.push_back({"Open ideas", number(f.openByKind[0])});
    section.figures.push_back({"Open concerns", number(f.openByKind[1])});
    section.figures.push_back({"Open questions", number(f.openByKind[2])});
    section.figures.push_back({"Raised in the period", number(f.raised)});
    section.figures.push_back({"Of those, responded to", number(f.responded)});
    section.figures.push_back(
        {"Median days to respond", f.medianDaysToRespond ? oneDecimal(*f.medianDaysToRespond) : "— (no responses)"});
    section.figures.push_back({"Acted on", number(f.actedOn)});
    ReportTable t = table("voice", "Voice in the period", {"Figure", "Value"}, {false, true});
    for (const auto& figure : section.figures)
        t.rows.push_back({figure.label, figure.value});
    section.tables.push_back(std::move(t));
    return section;
}

ReportSection pulseSection(const std::vector<PulseSummary>& pulses)
{
    ReportSection section;
    section.heading = "Psychological safety";
    section.paragraphs.push_back(
        "Edmondson's (1999) seven team psychological-safety items, each answered from 1 (very inaccurate) to 7 "
        "(very accurate); items 1, 3 and 5 are worded negatively and reversed (8 minus the answer), so a "
        "higher mean means the team feels safer. A description of how the team feels, not a measure of anyone. A "
        "pulse's figures appear only once it is closed with at least its minimum number of "
        "responses.");
    ReportTable t = table("pulses", "Pulses", {"Pulse", "Opened on", "Closed on", "Responses", "Minimum", "Mean"},
                          {false, false, false, true, true, true});
    for (const auto& p : pulses)
        t.rows.push_back({p.title, dateText(p.openedOn), p.closedOn ? p.closedOn->toString() : "open",
                          number(p.responded), number(p.minResponses), p.shown() ? decimal(p.figures.mean) : "—"});
    if (pulses.empty())
        section.paragraphs.push_back("No pulse has been opened yet.");
    section.tables.push_back(std::move(t));
    const auto shown = std::count_if(pulses.begin(), pulses.end(), [](const PulseSummary& p) { return p.shown(); });
    if (shown > 0) {
        section.lineCharts.push_back(trendChart(pulses));
        section.tables.push_back(distributionTable(pulses));
    }
    return section;
}

ReportDocument pulseDocument(const PulseOverview& overview, const ReportContext& context)
{
    ReportDocument doc = document("Psychological safety", "every pulse", context);
    ReportSection now;
    now.heading = "Pulse now";
    const auto open = std::find_if(overview.pulses.rbegin(), overview.pulses.rend(),
                                   [](const PulseSummary& p) { return !p.closedOn; });
    if (open == overview.pulses.rend()) {
        now.paragraphs.push_back("No pulse is open. A facilitator opens one with Open Pulse.");
    } else {
        now.paragraphs.push_back("\"" + open->title + "\" is open since " + dateText(open->openedOn) + ": " +
                                 number(open->responded) + " of " + number(overview.members) + " members responded.");
        now.paragraphs.push_back("Figures appear when the pulse closes with at least " + number(open->minResponses) +
                                 " responses.");
    }
    doc.sections.push_back(std::move(now));
    // The trend and the list first; then each closed pulse, newest first, with its distribution
    // (the list's one table of every distribution is left to the leadership review).
    ReportSection all = pulseSection(overview.pulses);
    all.heading = "All pulses";
    all.tables.erase(std::remove_if(all.tables.begin(), all.tables.end(),
                                    [](const ReportTable& t) { return t.name == "pulse-distribution"; }),
                     all.tables.end());
    doc.sections.push_back(std::move(all));
    for (auto p = overview.pulses.rbegin(); p != overview.pulses.rend(); ++p) {
        if (!p->closedOn)
            continue;
        ReportSection one;
        one.heading = p->title;
        one.figures.push_back({"Closed on", p->closedOn->toString()});
        one.figures.push_back({"Responses", number(p->responded)});
        if (p->shown()) {
            one.figures.push_back({"Mean score (1 to 7)", decimal(p->figures.mean)});
            ReportTable items = distributionTable({*p});
            items.name += "-" + p->closedOn->toString() + "-" + p->id.substr(p->id.size() - 4);
            // One pulse: its title is the heading, not a column.
            items.columns.erase(items.columns.begin());
            items.numeric.erase(items.numeric.begin());
            for (auto& row : items.rows)
                row.erase(row.begin());
            items.wrapColumn = 0;
            one.tables.push_back(std::move(items));
        } else {
            one.paragraphs.push_back("Figures appear when the pulse closes with at least " + number(p->minResponses) +
                                     " responses; this one had " + number(p->responded) + ".");
        }
        doc.sections.push_back(std::move(one));
    }
    return doc;
}

} // namespace baton::report
