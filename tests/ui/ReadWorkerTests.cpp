// The worker the pages read on: the newest request wins, a replaced one is stopped, failures
// arrive as messages; and the review pages show only the figures asked for last.
#include "ui/UiFixture.h"

#include "jobs/ReadWorker.h"
#include "overview/OverviewPage.h"
#include "review/ReviewPage.h"

#include "baton/storage/Database.h"

#include <QDateEdit>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace baton;
using baton::test::UiFixture;

namespace {

/// Waits, spinning the event loop, for what the worker delivers.
void waitUntil(const std::function<bool()>& done)
{
    REQUIRE(baton::test::waitFor(done, 20000));
}

} // namespace

TEST_CASE("A newer read replaces the one running, which is stopped and never delivered", "[ui][worker]")
{
    UiFixture f;
    ui::ReadWorker worker(f.path);
    std::atomic<bool> firstStarted{false};
    std::atomic<bool> firstSawCancel{false};
    int delivered = 0;
    QString result;
    worker.start([&](storage::Database&, const std::atomic<bool>& cancelled) -> ui::ReadWorker::Deliver {
        firstStarted = true;
        while (!cancelled) // a long read: runs until a newer one replaces it
            std::this_thread::yield();
        firstSawCancel = true;
        return [&] {
            ++delivered;
            result = QStringLiteral("first");
        };
    });
    waitUntil([&] { return firstStarted.load(); });
    worker.start([&](storage::Database&, const std::atomic<bool>&) -> ui::ReadWorker::Deliver {
        return [&] { ++delivered; }; // replaced before it runs, or before it is delivered
    });
    worker.start([&](storage::Database& db, const std::atomic<bool>&) -> ui::ReadWorker::Deliver {
        const auto members = db.queryInt("SELECT count(*) FROM members");
        return [&, members] {
            ++delivered;
            result = QStringLiteral("members %1").arg(members);
        };
    });
    CHECK(worker.busy());
    waitUntil([&] { return !worker.busy(); });
    CHECK(firstSawCancel);
    CHECK(delivered == 1); // the first was replaced, the second dropped while it waited
    CHECK(result.startsWith(QStringLiteral("members ")));
}

TEST_CASE("A read that fails says why, and the worker goes on", "[ui][worker]")
{
    UiFixture f;
    ui::ReadWorker worker(f.path);
    QString failure;
    QObject::connect(&worker, &ui::ReadWorker::failed, [&](const QString& message) { failure = message; });
    worker.start([](storage::Database& db, const std::atomic<bool>&) -> ui::ReadWorker::Deliver {
        db.queryInt("SELECT count(*) FROM no_such_table");
        return [] {};
    });
    waitUntil([&] { return !worker.busy(); });
    CHECK(failure.contains(QStringLiteral("no_such_table")));
    bool ran = false;
    worker.start(
        [&](storage::Database&, const std::atomic<bool>&) -> ui::ReadWorker::Deliver { return [&] { ran = true; }; });
    waitUntil([&] { return !worker.busy(); });
    CHECK(ran);
}

TEST_CASE("A quick run of date changes shows the figures for the last date only", "[ui][review]")
{
    UiFixture f;
    auto* page = f.page<ui::LeadershipReviewPage>(ui::PageId::LeadershipReview);
    int shown = 0;
    QObject::connect(page, &ui::ReviewPage::figuresShown, [&] { ++shown; });
    waitUntil([&] { return !page->updating(); });
    shown = 0;
    for (int day = 1; day <= 5; ++day)
        page->from()->setDate(QDate(2026, 10, day));
    CHECK(page->updating());
    waitUntil([&] { return !page->updating(); });
    CHECK(shown == 1); // the debounce read once, for the last date
    CHECK(page->document().scope == "2026-10-05 to " + page->to()->date().toString(Qt::ISODate).toStdString());
}

TEST_CASE("The overview is read in the background and shows the same lists", "[ui][shell]")
{
    UiFixture f;
    auto* overview = qobject_cast<ui::OverviewPage*>(f.workspace().page(ui::PageId::Overview));
    overview->refresh();
    waitUntil([&] { return !overview->updating(); });
    const QString text = overview->view()->toPlainText();
    CHECK(text.contains(QStringLiteral("Write handover notes for the nightly warehouse jobs")));
    CHECK(text.contains(QStringLiteral("In-app feedback widget")));
}
