// Import and export run off the UI thread; a refused or cancelled import changes nothing.
#include "ui/UiFixture.h"

#include "decisions/DecisionsPage.h"
#include "jobs/BackgroundJob.h"
#include "jobs/ExchangeJobs.h"

#include "baton/storage/TeamQueries.h"

#include <QProgressDialog>

#include <nlohmann/json.hpp>

using namespace baton;
using baton::test::readFile;
using baton::test::UiFixture;
using baton::test::writeFile;

TEST_CASE("Importing in the background adds the records and refreshes the lists", "[ui][exchange]")
{
    UiFixture f(false);
    REQUIRE(f.window->createFile(QString::fromStdString(f.dir.file("empty.baton")), QStringLiteral("Empty")));
    const auto report = ui::importInBackground(f.window.get(), f.session(), QStringLiteral(BATON_SAMPLE_TEAM), false);
    REQUIRE(report.applied);
    CHECK(f.session().members().size() == 21);
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    CHECK(baton::test::settledRows(page->model()) == 300);
    CHECK(ui::describeImport(report).contains(QStringLiteral("300 added")));
}

TEST_CASE("A refused import lists the problems and leaves the team file unchanged", "[ui][exchange]")
{
    UiFixture f;
    auto doc = nlohmann::json::parse(readFile(BATON_SAMPLE_TEAM));
    doc["decisions"][4]["method"] = "coin_toss";
    const std::string bad = f.dir.file("bad.json");
    writeFile(bad, doc.dump());
    const auto before = f.count("SELECT total_changes()");
    const auto report = ui::importInBackground(f.window.get(), f.session(), QString::fromStdString(bad), false);
    CHECK_FALSE(report.applied);
    const QString text = ui::describeImport(report);
    CHECK(text.contains(QStringLiteral("/decisions/4/method")));
    CHECK(text.contains(QStringLiteral("unchanged")));
    CHECK(f.count("SELECT total_changes()") == before);
}

TEST_CASE("Cancelling a long import from its progress dialog leaves the file as it was", "[ui][exchange]")
{
    UiFixture f(false);
    REQUIRE(f.window->createFile(QString::fromStdString(f.dir.file("empty.baton")), QStringLiteral("Empty")));
    auto doc = nlohmann::json::parse(readFile(BATON_SAMPLE_TEAM));
    auto& commitments = doc["commitments"];
    const auto model = commitments[0];
    for (int i = 0; i < 60000; ++i) {
        auto c = model;
        char id[40];
        std::snprintf(id, sizeof id, "01990000-0000-7000-9000-%012d", i);
        c["id"] = id;
        commitments.push_back(c);
    }
    const std::string big = f.dir.file("big.json");
    writeFile(big, doc.dump());
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* progress = f.window->findChild<QProgressDialog*>())
            progress->cancel(); // as if the user pressed Cancel
    });
    poll.start(50);
    const auto report = ui::importInBackground(f.window.get(), f.session(), QString::fromStdString(big), true);
    poll.stop();
    CHECK_FALSE(report.applied);
    CHECK(ui::describeImport(report).contains(QStringLiteral("cancelled")));
    CHECK(f.count("SELECT count(*) FROM commitments") == 0);
    CHECK(f.count("SELECT count(*) FROM members") == 0);
}

TEST_CASE("Exporting in the background writes the whole team", "[ui][exchange]")
{
    UiFixture f;
    const std::string out = f.dir.file("out.json");
    REQUIRE(ui::exportInBackground(f.window.get(), f.session(), QString::fromStdString(out), false).ok());
    const auto doc = nlohmann::json::parse(readFile(out));
    CHECK(doc["decisions"].size() == 300);
    CHECK(doc["team"]["name"] == "Northwind Product Studio");
}
