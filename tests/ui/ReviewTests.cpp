// The review pages, their exports, and CSV export of the lists.
#include "ui/UiFixture.h"

#include "review/ReviewPage.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>

using namespace baton;
using baton::test::readFile;
using baton::test::UiFixture;

using baton::test::settled;

namespace {

/// Lets the page's debounce run out and its worker deliver the figures.
/// Lets the page's debounce run out and its worker deliver the figures.

} // namespace

TEST_CASE("The leadership review shows the spread and follows its period", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview);
    REQUIRE(page);
    page->from()->setDate(QDate(2024, 11, 1));
    page->to()->setDate(QDate(2026, 11, 26));
    settled(page);
    const QString text = page->view()->toPlainText();
    CHECK(text.contains(QStringLiteral("How widely leadership is shared")));
    CHECK(text.contains(QStringLiteral("Kwame Asante")));
    CHECK(text.contains(QStringLiteral("Data warehouse cost reduction")));
    const auto wholeRange = page->document().sections.at(2).tables.at(0).rows.size();
    page->from()->setDate(QDate(2026, 11, 1));
    CHECK(page->updating()); // the last figures stay, dimmed, until the new ones arrive
    settled(page);
    CHECK(page->document().scope == "2026-11-01 to 2026-11-26");
    CHECK(page->document().sections.at(2).tables.at(0).rows.size() < wholeRange); // only stints that reach November
    CHECK(page->view()->toPlainText().contains(QStringLiteral("2026-11-01 to 2026-11-26")));
}

TEST_CASE("The accountability page lists the gaps as of its date", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::AccountabilityPage>(ui::PageId::Accountability);
    REQUIRE(page);
    page->asOf()->setDate(QDate(2026, 11, 26));
    settled(page);
    const QString text = page->view()->toPlainText();
    CHECK(text.contains(QStringLiteral("Write handover notes for the nightly warehouse jobs")));
    CHECK(text.contains(QStringLiteral("Likely duplicate")));
}

TEST_CASE("Review pages export PDF and CSV", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::AccountabilityPage>(ui::PageId::Accountability);
    const QString pdf = QString::fromStdString(f.dir.file("acc.pdf"));
    REQUIRE(page->exportPdf(pdf, false));
    CHECK(readFile(pdf.toStdString()).rfind("%PDF", 0) == 0);
    const QString folder = QString::fromStdString(f.dir.file("csv"));
    REQUIRE(page->exportCsv(folder, false));
    CHECK(QFile::exists(folder + QStringLiteral("/commitments-by-owner.csv")));
}

TEST_CASE("A list exports every row it shows to CSV", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::RecordListPage>(ui::PageId::Decisions);
    const std::string path = f.dir.file("decisions.csv");
    REQUIRE(page->exportCsv(QString::fromStdString(path)));
    const std::string csv = readFile(path);
    CHECK(csv.rfind("Decision,Status,Method,Accountable,Date,Decide by\r\n", 0) == 0);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 301);
}

TEST_CASE("The leadership review narrows to one initiative status", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview);
    page->from()->setDate(QDate(2024, 11, 1));
    settled(page);
    const auto allStints = page->document().sections.at(2).tables.at(0).rows.size();
    auto* status = page->findChildren<QComboBox*>().at(1);
    status->setCurrentIndex(status->findText(QStringLiteral("Missed")));
    settled(page);
    const auto& missed = page->document().sections.at(2).tables.at(0).rows;
    CHECK(missed.size() < allStints);
    CHECK_FALSE(missed.empty());
}
