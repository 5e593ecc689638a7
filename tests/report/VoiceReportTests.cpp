// The voice and pulse report figures against hand-computed fixtures: the median of days to
// respond, and a pulse's mean score and per-item distribution (only once it may be shown).
#include "support/Catch.h"

#include "baton/domain/PulseScoring.h"
#include "baton/report/ReportDocuments.h"
#include "baton/report/VoiceReport.h"

#include <algorithm>

using namespace baton;
using Catch::Detail::Approx;

namespace {

domain::Pulse closedPulse(const std::vector<domain::PulseAnswers>& responses, int minResponses = 5)
{
    domain::Pulse p;
    p.id = domain::PulseId("01930000-0000-7000-8000-0000000000e1");
    p.title = "November";
    p.openedOn = domain::Date::parse("2026-11-01");
    p.minResponses = minResponses;
    int n = 0;
    for (const auto& answers : responses) {
        const std::string id = "01930000-0000-7000-8000-00000000000" + std::to_string(++n);
        REQUIRE(domain::recordResponse(p, domain::MemberId(id), answers).ok());
    }
    REQUIRE(domain::closePulse(p, *domain::Date::parse("2026-11-20")).ok());
    return p;
}

// Five responses; items 1, 3 and 5 are reversed (8 - answer) before scoring:
//   1 2 3 4 5 6 7 -> 7 2 5 4 3 6 7  sum 34
//   7 6 5 4 3 2 1 -> 1 6 3 4 5 2 1  sum 22
//   4 4 4 4 4 4 4 -> 4 4 4 4 4 4 4  sum 28
//   2 6 2 6 2 6 6 -> 6 6 6 6 6 6 6  sum 42
//   6 3 6 3 6 3 3 -> 2 3 2 3 2 3 3  sum 18
// Each response's score is its sum / 7; the team mean is (34+22+28+42+18) / 7 / 5 = 144/35.
const std::vector<domain::PulseAnswers> kFive{
    {1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1}, {4, 4, 4, 4, 4, 4, 4}, {2, 6, 2, 6, 2, 6, 6}, {6, 3, 6, 3, 6, 3, 3}};

const report::ReportTable* tableNamed(const report::ReportSection& s, const std::string& name)
{
    for (const auto& t : s.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE("The median of days to respond is the middle value, or the mean of the middle two", "[report][voice]")
{
    CHECK_FALSE(report::median({}).has_value());
    CHECK(*report::median({3}) == Approx(3));
    // 25, 2, 10, 6 sorted: 2 6 10 25; the middle two are 6 and 10: (6 + 10) / 2 = 8.
    CHECK(*report::median({25, 2, 10, 6}) == Approx(8));
    // 5 1 9 sorted: 1 5 9: 5.
    CHECK(*report::median({5, 1, 9}) == Approx(5));
}

TEST_CASE("A closed pulse with enough responses shows its mean and per-item distribution", "[report][pulse]")
{
    const auto summary = report::summarize(closedPulse(kFive));
    REQUIRE(summary.shown());
    CHECK(summary.responded == 5);
    CHECK(summary.figures.mean == Approx(144.0 / 35.0)); // 4.114...
    // Item 1's raw answers 1, 7, 4, 2, 6: one each of 1, 2, 4, 6 and 7.
    CHECK(summary.figures.distribution[0] == std::array<int, 7>{1, 1, 0, 1, 0, 1, 1});
    // Item 2's raw answers 2, 6, 4, 6, 3: one 2, one 3, one 4, two 6s.
    CHECK(summary.figures.distribution[1] == std::array<int, 7>{0, 1, 1, 1, 0, 2, 0});
    // Item 7's raw answers 7, 1, 4, 6, 3.
    CHECK(summary.figures.distribution[6] == std::array<int, 7>{1, 0, 1, 1, 0, 1, 1});

    const auto section = report::pulseSection({summary});
    CHECK(section.heading == "Psychological safety");
    const auto* pulses = tableNamed(section, "pulses");
    REQUIRE(pulses);
    REQUIRE(pulses->rows.size() == 1);
    CHECK(pulses->rows[0] == std::vector<std::string>{"November", "2026-11-01", "2026-11-20", "5", "5", "4.11"});
    const auto* distribution = tableNamed(section, "pulse-distribution");
    REQUIRE(distribution);
    CHECK(distribution->rows.size() == 7);
    CHECK(distribution->rows[0][2] == "yes"); // item 1 is reversed
    CHECK(distribution->rows[1][2] == "no");
    REQUIRE(section.lineCharts.size() == 1);
    CHECK(section.lineCharts[0].series.at(0).values.at(0).value() == Approx(144.0 / 35.0));
}

TEST_CASE("A pulse below its minimum shows no figure, closed or not", "[report][pulse]")
{
    const std::vector<domain::PulseAnswers> four(kFive.begin(), kFive.begin() + 4);
    const auto summary = report::summarize(closedPulse(four, 5));
    CHECK_FALSE(summary.shown());
    CHECK(summary.responded == 4);
    CHECK(summary.figures.mean == 0);
    const auto section = report::pulseSection({summary});
    CHECK(tableNamed(section, "pulses")->rows[0].back() == "—");
    CHECK(tableNamed(section, "pulse-distribution") == nullptr);
    CHECK(section.lineCharts.empty());
}

TEST_CASE("The voice section lists open items by kind, the median days to respond and items acted on",
          "[report][voice]")
{
    report::VoiceFigures f;
    f.openByKind = {2, 1, 0};
    f.raised = 4;
    f.responded = 3;
    f.actedOn = 1;
    f.medianDaysToRespond = 6.0;
    const auto section = report::voiceSection(f);
    CHECK(section.heading == "Voice");
    const auto* t = tableNamed(section, "voice");
    REQUIRE(t);
    const auto has = [&](const std::string& label, const std::string& value) {
        return std::any_of(t->rows.begin(), t->rows.end(),
                           [&](const auto& row) { return row[0] == label && row[1] == value; });
    };
    CHECK(has("Open ideas", "2"));
    CHECK(has("Open concerns", "1"));
    CHECK(has("Median days to respond", "6.0"));
    CHECK(has("Acted on", "1"));
}
