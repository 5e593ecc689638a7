// The leadership review's "Decision latency" section: how long decisions took from proposal to
// decision, per method, and where consensus stands among them. Descriptions, not grades: a slow
// consensus on a decision that needed everyone may be exactly right.
#include "DocumentParts.h"

#include "baton/report/ReportDocuments.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

std::string methodName(DecisionMethod method)
{
    static const char* const kNames[] = {"Consensus", "Consent", "Advice", "Expert", "Majority vote", "Delegated"};
    return kNames[static_cast<int>(method)];
}

/// "7" or "7.5": a median is a whole day or half a day.
std::string days(double value)
{
    if (value == std::floor(value))
        return number(static_cast<std::int64_t>(value));
    return domain::formatted("%.1f", value);
}

std::string lower(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

/// Where consensus is slow: its median against the fastest other method's.
std::string consensusLine(const std::vector<LatencyFigures>& latency)
{
    const auto consensus = std::find_if(latency.begin(), latency.end(),
                                        [](const LatencyFigures& f) { return f.method == DecisionMethod::Consensus; });
    if (consensus == latency.end())
        return "No consensus decisions were decided in this period, so there is nothing to say about where "
               "consensus is slow.";
    if (latency.size() == 1)
        return "Only consensus decisions were decided in this period: a median of " + days(consensus->median) +
               " days, with no other method to compare it with.";
    const LatencyFigures* fastest = nullptr;
    const LatencyFigures* slowest = nullptr;
    for (const auto& f : latency) {
        if (f.method == DecisionMethod::Consensus)
            continue;
        if (!fastest || f.median < fastest->median)
            fastest = &f;
        if (!slowest || f.median > slowest->median)
            slowest = &f;
    }
    const std::string figures = "a median of " + days(consensus->median) + " days (p90 " + number(consensus->p90) + ")";
    const auto named = [](const LatencyFigures* f) {
        return days(f->median) + " for " + lower(methodName(f->method)) + " decisions";
    };
    std::string line;
    if (consensus->median > slowest->median) {
        line = "Consensus is where decisions are slowest: " + figures + " against " + named(fastest) +
               ", the fastest other method";
        if (slowest != fastest)
            line += ", and " + named(slowest) + ", the next slowest";
    } else if (consensus->median == slowest->median && consensus->median > fastest->median) {
        line = "Consensus is as slow as the slowest other method: " + figures + ", the same as " + named(slowest) +
               ", against " + named(fastest) + ", the fastest";
    } else if (consensus->median > fastest->median) {
        line = "Consensus is not the slowest method: " + figures + " against " + named(fastest) +
               ", the fastest, and " + named(slowest) + ", the slowest";
    } else {
        line = "Consensus is not slow here: " + figures + " against " + named(fastest) + ", the fastest other method";
    }
    line += ".";
    if (consensus->count < 5)
        line += " With " + number(consensus->count) + " consensus decision" + (consensus->count == 1 ? "" : "s") +
                ", read this with care.";
    return line;
}

} // namespace

ReportSection latencySection(const std::vector<LatencyFigures>& latency, Date from, Date to)
{
    ReportSection section;
    section.heading = "Decision latency";
    section.paragraphs.push_back(
        "Days from the day a decision was proposed to the day it was decided, for the decisions decided from " +
        from.toString() + " to " + to.toString() +
        ", by method: the median (half took less) and the 90th percentile (nearest rank: nine in ten took at most "
        "this long).");
    if (latency.empty()) {
        section.paragraphs.push_back("No decision was decided in this period.");
        return section;
    }
    section.paragraphs.push_back(consensusLine(latency));
    ReportChart chart;
    chart.caption = "Median days from proposal to decision, by method";
    chart.valueLabel = "days";
    ReportTable t = table("decision-latency", "Decision latency by method (days)",
                          {"Method", "Decisions", "Median days", "p90 days"}, {false, true, true, true});
    for (const auto& f : latency) {
        chart.labels.push_back(methodName(f.method));
        chart.values.push_back(f.median);
        t.rows.push_back({methodName(f.method), number(f.count), days(f.median), number(f.p90)});
    }
    section.charts.push_back(std::move(chart));
    section.tables.push_back(std::move(t));
    return section;
}

} // namespace baton::report
