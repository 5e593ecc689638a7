#include "ui/UiFixture.h"

#include "ui/DialogWatchdog.h"

#include "common/RecordListPage.h"
#include "decisions/DecisionsPage.h"
#include "overview/OverviewPage.h"
#include "shell/NavigationHistory.h"
#include "shell/RecentFiles.h"
#include "shell/WelcomePage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace baton;
using baton::test::UiFixture;

namespace {
QAction* menuAction(ui::MainWindow& w, const QString& menu, const QString& textStart)
{
    for (QAction* top : w.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu)
            continue;
        for (QAction* a : top->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
                return a;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("The first start shows the welcome page with create, open and sample", "[ui][shell]")
{
    UiFixture f(false);
    CHECK(f.window->session() == nullptr);
    auto* welcome = f.window->welcome();
    CHECK(welcome->isVisible());
    for (const char* name : {"createButton", "openButton", "sampleButton"})
        CHECK(welcome->findChild<QPushButton*>(QString::fromLatin1(name)) != nullptr);
}

TEST_CASE("Explore the sample team opens a copy and leaves the bundled sample alone", "[ui][shell]")
{
    UiFixture f(false);
    const QString copy = QString::fromStdString(f.dir.file("explore.baton"));
    REQUIRE(f.window->openSampleCopy(copy));
    CHECK(f.session().members().size() == 21);
    CHECK(f.count("SELECT count(*) FROM decisions") == 300);
    CHECK(f.window->windowTitle().contains(QStringLiteral("Northwind")));
}

TEST_CASE("A team file opened once is reopened at the next start and listed as recent", "[ui][shell]")
{
    UiFixture f;
    const QString opened = QString::fromStdString(f.path);
    CHECK(ui::RecentFiles::list().contains(QFileInfo(opened).absoluteFilePath()));
    f.window.reset();
    ui::MainWindow again;
    again.setQuiet(true);
    again.reopenLastFile();
    REQUIRE(again.session() != nullptr);
    CHECK(again.session()->file().path() == QFileInfo(opened).absoluteFilePath().toStdString());
}

TEST_CASE("Creating a team file starts an empty workspace", "[ui][shell]")
{
    UiFixture f(false);
    REQUIRE(f.window->createFile(QString::fromStdString(f.dir.file("new.baton")), QStringLiteral("Fresh team")));
    CHECK(f.session().teamName() == QStringLiteral("Fresh team"));
    CHECK(f.session().members().empty());
}

TEST_CASE("The sidebar and Go menu switch pages", "[ui][shell]")
{
    UiFixture f;
    auto* sidebar = f.workspace().findChild<QListWidget*>();
    REQUIRE(sidebar);
    sidebar->setCurrentRow(3);
    CHECK(f.workspace().currentPage()->pageId() == ui::PageId::Commitments);
    menuAction(*f.window, QStringLiteral("Go"), QStringLiteral("People"))->trigger();
    CHECK(f.workspace().currentPage()->pageId() == ui::PageId::People);
}

TEST_CASE("A link in a detail pane goes to the related record, and Back and Forward work", "[ui][shell]")
{
    UiFixture f;
    const QString decision = f.idOf("SELECT id FROM decisions WHERE status = 'decided' ORDER BY rid LIMIT 1");
    const QString accountable =
        f.idOf("SELECT accountable FROM decisions WHERE status = 'decided' ORDER BY rid LIMIT 1");
    f.workspace().navigate(ui::Location{ui::PageId::Decisions, decision});
    auto* decisions = qobject_cast<ui::RecordListPage*>(f.workspace().page(ui::PageId::Decisions));
    CHECK(decisions->detail()->toHtml().contains(QStringLiteral("baton:member/") + accountable));
    emit decisions->detail()->anchorClicked(ui::linkTo(ui::PageId::People, accountable));
    CHECK(f.workspace().currentPage()->pageId() == ui::PageId::People);
    CHECK(qobject_cast<ui::RecordListPage*>(f.workspace().currentPage())->currentId() == accountable);
    menuAction(*f.window, QStringLiteral("Go"), QStringLiteral("Back"))->trigger();
    CHECK(f.workspace().currentPage()->pageId() == ui::PageId::Decisions);
    CHECK(decisions->currentId() == decision);
    menuAction(*f.window, QStringLiteral("Go"), QStringLiteral("Forward"))->trigger();
    CHECK(f.workspace().currentPage()->pageId() == ui::PageId::People);
}

TEST_CASE("Ctrl+F puts the cursor in the page's search field", "[ui][shell]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    QApplication::setActiveWindow(f.window.get());
    menuAction(*f.window, QStringLiteral("Edit"), QStringLiteral("Find"))->trigger();
    CHECK(QApplication::focusWidget() == page->searchField());
}

TEST_CASE("Typing in the search field narrows the decisions by full text", "[ui][shell]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    const int all = baton::test::settledRows(page->model());
    CHECK(all == 300);
    QTest::keyClicks(page->searchField(), QStringLiteral("dark mode"));
    CHECK(baton::test::waitFor([&] { return baton::test::settledRows(page->model()) < all; }));
    CHECK(page->model()->rowCount() > 0);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        CHECK_FALSE(page->model()->idAt(r).isEmpty());
}

TEST_CASE("The overview shows overdue commitments, late decisions and unled initiatives", "[ui][shell]")
{
    UiFixture f;
    auto* overview = qobject_cast<ui::OverviewPage*>(f.workspace().page(ui::PageId::Overview));
    const QString html = overview->html();
    CHECK(html.contains(QStringLiteral("Write handover notes for the nightly warehouse jobs")));
    CHECK(html.contains(QStringLiteral("Data warehouse cost reduction")));
    CHECK(html.contains(QStringLiteral("In-app feedback widget")));
    CHECK(html.contains(QStringLiteral("Pick a new name for the scheduling area of the product")));
}

TEST_CASE("Choosing who I am shows my open commitments and stamps my edits", "[ui][shell]")
{
    UiFixture f;
    auto* banner = f.workspace().findChild<QWidget*>(QStringLiteral("whoAmIBanner"));
    CHECK(banner->isVisible());
    const std::string priya = f.db().queryText("SELECT id FROM members WHERE name = 'Priya Raman'");
    REQUIRE(f.session().setMe(domain::MemberId(priya)).ok());
    CHECK_FALSE(banner->isVisible());
    auto* overview = qobject_cast<ui::OverviewPage*>(f.workspace().page(ui::PageId::Overview));
    CHECK(overview->html().contains(QStringLiteral("Split the tickets for SMS reminders")));
    auto member = *f.session().member(domain::MemberId(priya));
    auto after = member;
    after.title = "Staff Engineer";
    REQUIRE(f.session()
                .apply(QStringLiteral("Edit"), [&](edit::EditService& e) { return e.people.editMember(after); })
                .ok());
    CHECK(f.db().queryText("SELECT author FROM changes ORDER BY seq DESC LIMIT 1") == priya);
}

TEST_CASE("Clicking the Date header lists the oldest decisions first, other columns do not sort", "[ui][shell]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    baton::test::settledRows(page->model());
    const QString newest = page->model()->idAt(0);
    auto* header = page->table()->horizontalHeader();
    header->setSortIndicator(4, Qt::AscendingOrder);
    baton::test::settledRows(page->model());
    CHECK(page->model()->rowCount() == 300);
    CHECK(page->model()->idAt(299) == newest);
    const QString oldest = page->model()->idAt(0);
    header->setSortIndicator(0, Qt::AscendingOrder); // the title column cannot sort a long list
    CHECK(page->model()->idAt(0) == oldest);
    CHECK(header->sortIndicatorSection() == 4);
}

TEST_CASE("Short lists such as People sort by any column", "[ui][shell]")
{
    UiFixture f;
    auto* page = f.page<ui::RecordListPage>(ui::PageId::People);
    page->table()->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder); // formal title
    QStringList titles;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        titles << page->model()->data(page->model()->index(r, 1), Qt::DisplayRole).toString();
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    CHECK(titles == sorted);
    CHECK(titles.first() == QStringLiteral("Accessibility Specialist"));
}

TEST_CASE("The dialog watchdog reports a message box left open, and closes it", "[ui][watchdog]")
{
    auto& watchdog = baton::test::DialogWatchdog::instance();
    const int limit = watchdog.limit();
    QStringList reported;
    watchdog.setLimit(500);
    watchdog.setReport([&reported](const QString& what) { reported << what; });
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Forgotten"), QStringLiteral("Nobody dismisses this"));
    QTimer::singleShot(10000, &box, [&box] { box.done(0); }); // a safety net should the watchdog not act
    QElapsedTimer timer;
    timer.start();
    box.exec();
    watchdog.setLimit(limit);
    watchdog.setReport(baton::test::DialogWatchdog::failTest());
    CHECK(timer.elapsed() < 5000);
    REQUIRE(reported.size() == 1);
    CHECK(reported.front().contains(QStringLiteral("Forgotten: Nobody dismisses this")));
}
