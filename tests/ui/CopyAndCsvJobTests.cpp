// Save a Copy and a list's CSV export run on a worker with their own connection.
#include "ui/UiFixture.h"

#include "activity/ActivityPage.h"
#include "decisions/DecisionSource.h"
#include "decisions/DecisionsPage.h"
#include "jobs/CsvExportJob.h"
#include "jobs/SaveCopyJob.h"

#include "baton/report/CsvWriter.h"

#include <QHeaderView>
#include <QTableView>

using namespace baton;
using baton::test::choose;
using baton::test::readFile;
using baton::test::UiFixture;
using baton::test::writeFile;

namespace {

/// The CSV of what a list model shows, written the way the export always wrote it.
std::string csvOfModel(QAbstractItemModel& model)
{
    std::string csv;
    const auto line = [&csv](const std::vector<QString>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            csv += (i ? "," : "") + report::csvField(cells[i].toStdString());
        csv += "\r\n";
    };
    std::vector<QString> cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells.push_back(model.headerData(c, Qt::Horizontal).toString());
    line(cells);
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            cells.push_back(model.data(model.index(r, c)).toString());
        line(cells);
    }
    return csv;
}

} // namespace

TEST_CASE("Save a Copy on a worker writes a complete, sound copy", "[ui][copy]")
{
    UiFixture f;
    const std::string copy = f.dir.file("copy.baton");
    for (const bool showDialog : {false, true}) {
        const auto saved =
            ui::saveCopyInBackground(f.window.get(), f.session(), QString::fromStdString(copy), showDialog);
        REQUIRE(saved.ok());
        storage::Database db(copy, storage::Database::Mode::ReadOnly);
        CHECK(db.queryText("PRAGMA integrity_check") == "ok");
        CHECK(db.queryInt("SELECT count(*) FROM decisions") == f.count("SELECT count(*) FROM decisions"));
        CHECK(db.queryInt("SELECT count(*) FROM changes") == f.count("SELECT count(*) FROM changes"));
    }
    CHECK_FALSE(std::filesystem::exists(copy + ".partial"));
}

TEST_CASE("Save a Copy into a folder that does not exist says so and writes nothing", "[ui][copy]")
{
    UiFixture f;
    const std::string copy = f.dir.file("missing/copy.baton");
    const auto saved = ui::saveCopyInBackground(f.window.get(), f.session(), QString::fromStdString(copy), false);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message == "cannot save a copy to " + copy + ": the folder does not exist");
}

TEST_CASE("A filtered, sorted list exports on a worker exactly the rows it shows", "[ui][csv]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    REQUIRE(page);
    choose(page->findChild<QComboBox*>(), QStringLiteral("Proposed"));
    page->table()->horizontalHeader()->setSortIndicator(4, Qt::AscendingOrder); // Date, oldest first
    const int rows = baton::test::settledRows(page->model());
    REQUIRE(rows == f.count("SELECT count(*) FROM decisions WHERE status = 'proposed'"));
    REQUIRE(rows > 1);

    const std::string path = f.dir.file("proposed.csv");
    REQUIRE(page->exportCsv(QString::fromStdString(path), false).ok());
    const std::string csv = readFile(path);
    CHECK(csv == csvOfModel(*page->model()));
    CHECK(std::count(csv.begin(), csv.end(), '\n') == rows + 1);
}

TEST_CASE("The Activity list exports its Who column on a worker from a copy of the names", "[ui][csv]")
{
    UiFixture f;
    auto* page = f.page<ui::ActivityPage>(ui::PageId::Activity);
    REQUIRE(page);
    baton::test::settledRows(page->model());
    const std::string path = f.dir.file("activity.csv");
    REQUIRE(page->exportCsv(QString::fromStdString(path)).ok()); // with its progress dialog
    CHECK(readFile(path) == csvOfModel(*page->model()));
}

TEST_CASE("A cancelled CSV export leaves no file and an existing one as it was", "[ui][csv]")
{
    UiFixture f;
    domain::DecisionFilter filter;
    ui::DecisionSource source(f.db(), filter, f.session().today());
    const std::string path = f.dir.file("decisions.csv");

    std::size_t calls = 0;
    auto written =
        ui::writeCsv(source, QString::fromStdString(path), [&](std::size_t, std::size_t) { return ++calls < 2; });
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == domain::ErrorCode::Cancelled);
    CHECK(calls == 2); // the start, then the first page
    CHECK_FALSE(std::filesystem::exists(path));

    writeFile(path, "an earlier export");
    written = ui::writeCsv(source, QString::fromStdString(path), [](std::size_t, std::size_t) { return false; });
    REQUIRE_FALSE(written.ok());
    CHECK(readFile(path) == "an earlier export");
    int named = 0; // the temporary file is gone too
    for (const auto& entry : std::filesystem::directory_iterator(f.dir.path()))
        named += entry.path().filename().string().rfind("decisions.csv", 0) == 0;
    CHECK(named == 1);
}

TEST_CASE("A CSV export into a folder that does not exist names the file", "[ui][csv]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    const QString path = QString::fromStdString(f.dir.file("missing/decisions.csv"));
    const auto written = page->exportCsv(path, false);
    REQUIRE_FALSE(written.ok());
    CHECK(QString::fromStdString(written.error().message).startsWith(path + QStringLiteral(" could not be written")));
}
