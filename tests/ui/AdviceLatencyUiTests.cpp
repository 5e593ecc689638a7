// The advice process in a decision (advice, followed, levels and the missing-expertise warning),
// decision latency in the leadership review, and "How we work" as its own PDF.
#include "ui/CharterUiFixture.h"

#include "charter/CharterExport.h"
#include "decisions/AdviceDialog.h"
#include "decisions/DecisionsPage.h"
#include "review/ReviewPage.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace baton;
using baton::test::accept;
using baton::test::CharterUiFixture;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::settled;
using domain::DecisionMethod;

namespace {

std::string pdfText(const std::string& pdf)
{
    const std::string txt = pdf + ".txt";
    REQUIRE(std::system(("pdftotext '" + pdf + "' '" + txt + "'").c_str()) == 0);
    std::ifstream in(txt);
    std::stringstream all;
    all << in.rdbuf();
    std::string folded;
    for (const char c : all.str()) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space && (folded.empty() || folded.back() == ' '))
            continue;
        folded += space ? ' ' : c;
    }
    return folded;
}

struct AdviceFixture : CharterUiFixture {
    ui::DecisionsPage* decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);

    /// An advice decision on Analytics with Chidi Okonkwo (Analytics 2) as its only advisor.
    domain::DecisionId askedOnlyChidi()
    {
        const auto id = proposal("Which churn model to trust", DecisionMethod::Advice, {area("Analytics")}, 1, 10, {});
        REQUIRE(session().apply(QStringLiteral("Advice"), [&](edit::EditService& e) {
            return e.decisions.recordAdvice(id, member("Chidi Okonkwo"), "Keep the old one", std::nullopt);
        }));
        return id;
    }
    QString detailOf(const domain::DecisionId& id)
    {
        decisions->showRecord(QString::fromStdString(id.str()));
        return decisions->detail()->toPlainText();
    }
};

} // namespace

TEST_CASE_METHOD(AdviceFixture, "An advice decision nobody with level 3 was asked about says so, with each level",
                 "[ui][advice]")
{
    const QString detail = detailOf(askedOnlyChidi());
    CHECK(detail.contains(QStringLiteral("No one with expertise (level 3 or higher) in Analytics was asked")));
    CHECK(detail.contains(QStringLiteral("level 2 (Practitioner)")));
    CHECK(detail.contains(QStringLiteral("Advised: Keep the old one — not yet known")));
}

TEST_CASE_METHOD(AdviceFixture, "Record Advice adds an expert advisor, their advice and that it was followed",
                 "[ui][advice]")
{
    const auto id = askedOnlyChidi();
    decisions->showRecord(QString::fromStdString(id.str()));
    onNextDialog<ui::AdviceDialog>([](ui::AdviceDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("adviceMember")), QStringLiteral("Priya Raman"));
        CHECK(d.findChild<QLabel*>(QStringLiteral("adviceLevel"))->text() ==
              QStringLiteral("Level 5 (Authority) in the decision's areas: has the expertise."));
        d.findChild<QPlainTextEdit*>(QStringLiteral("adviceText"))
            ->setPlainText(QStringLiteral("Use the survival model"));
        choose(d.findChild<QComboBox*>(QStringLiteral("adviceFollowed")),
               QStringLiteral("Yes: the decision followed it"));
        CHECK(accept(d));
    });
    decisions->findChild<QAction*>(QStringLiteral("recordAdvice"))->trigger();
    CHECK(text("SELECT p.role || '/' || p.advice || '/' || p.followed FROM decision_participants p JOIN members m ON "
               "m.id = p.member WHERE m.name = 'Priya Raman' AND p.decision = '" +
               id.str() + "'") == "advisor/Use the survival model/1");
    const QString detail = decisions->detail()->toPlainText();
    CHECK_FALSE(detail.contains(QStringLiteral("No one with expertise")));
    CHECK(detail.contains(QStringLiteral("Advised: Use the survival model — followed")));
}

TEST_CASE_METHOD(AdviceFixture, "Record Advice shows an advisor's earlier advice and can mark it not followed",
                 "[ui][advice]")
{
    const auto id = askedOnlyChidi();
    decisions->showRecord(QString::fromStdString(id.str()));
    onNextDialog<ui::AdviceDialog>([](ui::AdviceDialog& d) {
        CHECK(d.findChild<QComboBox*>(QStringLiteral("adviceMember"))->currentText() ==
              QStringLiteral("Chidi Okonkwo"));
        CHECK(d.findChild<QPlainTextEdit*>(QStringLiteral("adviceText"))->toPlainText() ==
              QStringLiteral("Keep the old one"));
        CHECK(d.findChild<QLabel*>(QStringLiteral("adviceLevel"))->text().contains(QStringLiteral("below level 3")));
        choose(d.findChild<QComboBox*>(QStringLiteral("adviceFollowed")),
               QStringLiteral("No: the decision went another way"));
        CHECK(accept(d));
    });
    decisions->findChild<QAction*>(QStringLiteral("recordAdvice"))->trigger();
    CHECK(text("SELECT p.followed FROM decision_participants p JOIN members m ON m.id = p.member WHERE m.name = "
               "'Chidi Okonkwo' AND p.decision = '" +
               id.str() + "'") == "0");
}

TEST_CASE_METHOD(CharterUiFixture, "The leadership review shows decision latency per method, charted", "[ui][latency]")
{
    auto* review = page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview);
    review->from()->setDate(QDate(2020, 1, 1));
    review->to()->setDate(QDate::currentDate());
    settled(review);
    REQUIRE(baton::test::waitFor([review] { return !review->updating(); }, 20000));
    const auto& doc = review->document();
    const auto section = std::find_if(doc.sections.begin(), doc.sections.end(),
                                      [](const report::ReportSection& s) { return s.heading == "Decision latency"; });
    REQUIRE(section != doc.sections.end());
    REQUIRE(section->charts.size() == 1);
    REQUIRE(section->tables.size() == 1);
    const auto consensus = std::find_if(section->tables[0].rows.begin(), section->tables[0].rows.end(),
                                        [](const auto& row) { return row[0] == "Consensus"; });
    REQUIRE(consensus != section->tables[0].rows.end());
    const auto expected = number("SELECT count(*) FROM decisions WHERE method = 'consensus' AND retracted = 0 AND "
                                 "status IN ('decided', 'superseded', 'reversed') AND decided_on >= proposed_on");
    CHECK((*consensus)[1] == std::to_string(expected));
    CHECK(section->paragraphs.size() == 2);
    CHECK(section->paragraphs[1].find("onsensus") != std::string::npos);
}

TEST_CASE_METHOD(CharterUiFixture, "The leadership review PDF holds decision latency and how we work",
                 "[ui][latency][charter]")
{
    auto* review = settled(page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview));
    const std::string pdf = dir.file("review.pdf");
    REQUIRE(review->exportPdf(QString::fromStdString(pdf), false));
    const std::string content = pdfText(pdf);
    CHECK(content.find("Decision latency") != std::string::npos);
    CHECK(content.find("Median days from proposal to decision, by method") != std::string::npos);
    CHECK(content.find("How we work: The conflict ladder") != std::string::npos);
}

TEST_CASE_METHOD(CharterUiFixture, "How we work is its own PDF, reached from the File menu", "[ui][charter]")
{
    auto* action = window->findChild<QAction*>(QStringLiteral("exportHowWeWork"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    const std::string pdf = dir.file("how-we-work.pdf");
    REQUIRE(ui::exportCharterPdf(session(), QString::fromStdString(pdf)));
    const std::string content = pdfText(pdf);
    CHECK(content.find("How we work") != std::string::npos);
    CHECK(content.find("Northwind Product Studio") != std::string::npos);
    CHECK(content.find("Everything else by consent within two weeks") != std::string::npos);
    CHECK(content.find("Weekly check-in on open commitments") != std::string::npos);
}
