// The leadership review's trends on screen: "Spread over time" with its two line charts and
// monthly table, the use of lead suggestions in handoffs, and participation in decisions,
// checked against the team file.
#include "ui/UiFixture.h"

#include "expertise/LeadSuggestionList.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"
#include "review/ReviewPage.h"

#include <QDateEdit>
#include <QImage>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>

#include <map>
#include <stdexcept>

using namespace baton;
using baton::test::accept;
using baton::test::onNextDialog;
using baton::test::settled;
using baton::test::UiFixture;

namespace {

struct TrendFixture : UiFixture {
    ui::LeadershipReviewPage* review = page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview);
    QDate from{2026, 1, 1};
    QDate to = QDate::fromString(QString::fromStdString(session().today().toString()), Qt::ISODate);

    TrendFixture()
    {
        review->from()->setDate(from);
        review->to()->setDate(to);
        settled(review);
    }
    const report::ReportSection* find(const std::string& heading)
    {
        for (const auto& s : review->document().sections)
            if (s.heading == heading)
                return &s;
        return nullptr;
    }
    const report::ReportSection& section(const std::string& heading)
    {
        const auto* s = find(heading);
        if (!s)
            FAIL("no section " << heading);
        return *s;
    }
    /// The number a figure starts with ("3 (75%)" is 3).
    int figure(const std::string& label)
    {
        for (const auto& f : section("Spread over time").figures)
            if (f.label == label)
                return std::stoi(f.value);
        FAIL("no figure " << label);
        return -1;
    }
    std::string text(const std::string& sql) { return db().queryText(sql.c_str()); }
    std::int64_t number(const std::string& sql) { return db().queryInt(sql.c_str()); }
    std::string period()
    {
        return "'" + from.toString(Qt::ISODate).toStdString() + "' AND '" + to.toString(Qt::ISODate).toStdString() +
               "'";
    }
    /// Passes the lead of `title` through Pass the Lead, picking the suggestion at `rank`.
    void passPicking(const char* title, int rank)
    {
        auto* initiatives = page<ui::InitiativesPage>(ui::PageId::Initiatives);
        initiatives->showRecord(
            idOf((std::string("SELECT id FROM initiatives WHERE title = '") + title + "'").c_str()));
        bool ran = false;
        onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
            ran = true;
            REQUIRE(baton::test::waitFor([&d] { return d.suggestions()->ready(); }, 15000)); // ranked on a worker
            auto* list = d.suggestions()->list();
            list->setCurrentItem(list->topLevelItem(rank - 1), 0, QItemSelectionModel::ClearAndSelect);
            d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("trend test"));
            CHECK(accept(d));
        });
        initiatives->passLead();
        CHECK(ran);
        workspace().navigate(ui::Location{ui::PageId::LeadershipReview, {}});
    }
};

std::size_t months(QDate from, QDate to)
{
    return static_cast<std::size_t>((to.year() - from.year()) * 12 + to.month() - from.month() + 1);
}

/// Every piece of wording the document shows.
std::vector<std::string> wording(const report::ReportDocument& doc)
{
    std::vector<std::string> out{doc.title};
    for (const auto& s : doc.sections) {
        out.push_back(s.heading);
        out.insert(out.end(), s.paragraphs.begin(), s.paragraphs.end());
        for (const auto& f : s.figures)
            out.push_back(f.label);
        for (const auto& c : s.charts)
            out.push_back(c.caption + " " + c.valueLabel);
        for (const auto& c : s.lineCharts) {
            out.push_back(c.caption);
            for (const auto& series : c.series)
                out.push_back(series.name);
        }
        for (const auto& t : s.tables) {
            out.push_back(t.caption);
            out.insert(out.end(), t.columns.begin(), t.columns.end());
        }
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(TrendFixture, "Spread over time shows two line charts with a point per month", "[ui][trends]")
{
    const auto& spread = section("Spread over time");
    REQUIRE(spread.lineCharts.size() == 2);
    CHECK(spread.lineCharts[0].caption == "Lead-days by month");
    CHECK(spread.lineCharts[1].caption == "Decisions by month, per accountable member");
    const std::size_t n = months(from, to);
    CHECK(n == static_cast<std::size_t>(to.month())); // January to this month
    for (const auto& chart : spread.lineCharts) {
        REQUIRE(chart.labels.size() == n);
        CHECK(chart.labels.front() == "2026-01");
        CHECK(chart.labels.back() == to.toString(QStringLiteral("yyyy-MM")).toStdString());
        CHECK(chart.series.size() == 4);
        for (const auto& series : chart.series)
            CHECK(series.values.size() == n);
    }
    const auto& byMonth = spread.tables.at(0);
    CHECK(byMonth.name == "spread-by-month");
    REQUIRE(byMonth.rows.size() == n);
    for (std::size_t i = 0; i < n; ++i)
        CHECK(byMonth.rows[i][0] == spread.lineCharts[0].labels[i]);
    // The decisions column counts the decided decisions with an accountable member, per month.
    for (const auto& row : byMonth.rows)
        CHECK(row[6] == std::to_string(number("SELECT count(*) FROM decisions WHERE retracted = 0 AND accountable IS "
                                              "NOT NULL AND substr(decided_on, 1, 7) = '" +
                                              row[0] + "' AND decided_on BETWEEN " + period())));
    std::vector<std::string> labels;
    for (const auto& f : spread.figures)
        labels.push_back(f.label);
    CHECK(labels == std::vector<std::string>{"Handoffs in the period", "Handoffs made with a suggestion shown",
                                             "Of those, to one of the top three suggested"});
    const auto& part = section("Participation in decisions");
    REQUIRE(part.tables.size() == 1);
    CHECK(part.tables[0].name == "participation");
    const QString shown = review->view()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Spread over time")));
    CHECK(shown.contains(QStringLiteral("Participation in decisions")));
    CHECK(shown.contains(QStringLiteral("Lead-days by month")));
}

TEST_CASE_METHOD(TrendFixture, "Each chart on screen has its image", "[ui][trends]")
{
    int charts = 0;
    for (const auto& s : review->document().sections)
        charts += static_cast<int>(s.charts.size() + s.lineCharts.size());
    CHECK(charts == 4); // lead-days per member, the two trends, and decision latency by method
    auto* text = review->view()->document();
    const QString html = text->toHtml();
    for (int i = 0; i < charts; ++i) {
        const QUrl url(QStringLiteral("chart:%1").arg(i));
        CHECK(html.contains(url.toString()));
        const QImage image = text->resource(QTextDocument::ImageResource, url).value<QImage>();
        CHECK_FALSE(image.isNull());
        CHECK(image.width() >= 400);
        // Something is drawn on it.
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; y += 3)
            for (int x = 0; x < image.width() && !painted; x += 3)
                painted = qAlpha(image.pixel(x, y)) != 0;
        CHECK(painted);
    }
    CHECK_FALSE(html.contains(QStringLiteral("chart:%1").arg(charts)));
}

TEST_CASE_METHOD(TrendFixture, "A handoff to a top-three suggestion counts in the suggestion figures", "[ui][trends]")
{
    const int handoffs = figure("Handoffs in the period");
    const int suggested = figure("Handoffs made with a suggestion shown");
    const int topThree = figure("Of those, to one of the top three suggested");
    CHECK(handoffs == number("SELECT count(*) FROM lead_stints s JOIN initiatives i ON i.id = s.initiative WHERE "
                             "i.retracted = 0 AND s.role = 'lead' AND s.position > 0 AND s.from_on BETWEEN " +
                             period()));
    CHECK(suggested == 0);
    passPicking("Recurring bookings", 2);
    settled(review);
    CHECK(figure("Handoffs in the period") == handoffs + 1);
    CHECK(figure("Handoffs made with a suggestion shown") == suggested + 1);
    CHECK(figure("Of those, to one of the top three suggested") == topThree + 1);
    passPicking("Multi-currency invoicing", 5);
    settled(review);
    CHECK(figure("Handoffs in the period") == handoffs + 2);
    CHECK(figure("Handoffs made with a suggestion shown") == suggested + 2);
    CHECK(figure("Of those, to one of the top three suggested") == topThree + 1); // fifth is not top three
    CHECK(number("SELECT count(*) FROM lead_stints WHERE suggested_rank IN (2, 5)") == 2);
    for (const auto& f : section("Spread over time").figures)
        if (f.label == "Of those, to one of the top three suggested")
            CHECK(f.value == "1 (50%)");
}

TEST_CASE_METHOD(TrendFixture, "Participation counts match the decisions of the period", "[ui][trends]")
{
    const auto& table = section("Participation in decisions").tables.at(0);
    CHECK(table.columns ==
          std::vector<std::string>{"Member", "Proposer", "Decider", "Advisor", "Consulted", "Informed", "Total"});
    const std::string base = "FROM decisions d JOIN decision_participants p ON p.decision = d.id JOIN members m ON "
                             "m.id = p.member WHERE d.retracted = 0 AND d.listed_on BETWEEN " +
                             period();
    REQUIRE_FALSE(table.rows.empty());
    CHECK(static_cast<std::int64_t>(table.rows.size()) == number("SELECT count(DISTINCT p.member) " + base));
    const char* roles[] = {"proposer", "decider", "advisor", "consulted", "informed"};
    std::int64_t all = 0;
    for (const auto& row : table.rows) {
        const std::string who = " AND m.name = '" + row[0] + "'";
        for (int r = 0; r < 5; ++r)
            CHECK(row[static_cast<std::size_t>(r + 1)] ==
                  std::to_string(number("SELECT count(*) " + base + who + " AND p.role = '" + roles[r] + "'")));
        CHECK(row[6] == std::to_string(number("SELECT count(*) " + base + who)));
        all += std::stoll(row[6]);
    }
    CHECK(all == number("SELECT count(*) " + base));
    // Most taking part first.
    for (std::size_t i = 1; i < table.rows.size(); ++i)
        CHECK(std::stoll(table.rows[i - 1][6]) >= std::stoll(table.rows[i][6]));
    // A narrower period counts fewer.
    review->from()->setDate(QDate(2026, 11, 1));
    from = QDate(2026, 11, 1);
    settled(review);
    const auto& november = section("Participation in decisions").tables.at(0);
    std::int64_t fewer = 0;
    for (const auto& row : november.rows)
        fewer += std::stoll(row[6]);
    CHECK(fewer == number("SELECT count(*) FROM decisions d JOIN decision_participants p ON p.decision = d.id WHERE "
                          "d.retracted = 0 AND d.listed_on BETWEEN " +
                          period()));
    CHECK(fewer < all);
}

TEST_CASE_METHOD(TrendFixture, "The review describes and never grades", "[ui][trends]")
{
    int disclaimers = 0;
    for (std::string w : wording(review->document())) {
        std::transform(w.begin(), w.end(), w.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (auto at = w.find("not a grade"); at != std::string::npos; at = w.find("not a grade")) {
            ++disclaimers;
            w.erase(at, 11);
        }
        CHECK(w.find("score") == std::string::npos);
        CHECK(w.find("grade") == std::string::npos);
    }
    CHECK(disclaimers == 1);
    QString shown = review->view()->toPlainText().toLower();
    shown.remove(QStringLiteral("not a grade"));
    CHECK_FALSE(shown.contains(QStringLiteral("score")));
    CHECK_FALSE(shown.contains(QStringLiteral("grade")));
}
