// The Expertise map page: the members × areas matrix, the bus factor, mentoring pairs, and
// their exports, read from a real team file and checked against it.
#include "ui/UiFixture.h"

#include "review/ExpertiseMapPage.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

using namespace baton;
using baton::test::readFile;
using baton::test::UiFixture;

using baton::test::settled;

namespace {

/// Lets the page's debounce run out and its worker deliver the figures.

struct MapFixture : UiFixture {
    ui::ExpertiseMapPage* map = settled(page<ui::ExpertiseMapPage>(ui::PageId::ExpertiseMap));

    const report::ReportSection& section(const std::string& heading)
    {
        for (const auto& s : map->document().sections)
            if (s.heading == heading)
                return s;
        FAIL("no section " << heading);
        throw std::logic_error("unreachable");
    }
    const report::ReportTable& table(const std::string& heading, const std::string& name)
    {
        for (const auto& t : section(heading).tables)
            if (t.name == name)
                return t;
        FAIL("no table " << name);
        throw std::logic_error("unreachable");
    }
    std::string today() { return session().today().toString(); }
    std::string active() { return "m.retracted = 0 AND (m.left_on IS NULL OR m.left_on > '" + today() + "')"; }
    std::string text(const std::string& sql) { return db().queryText(sql.c_str()); }
    std::int64_t number(const std::string& sql) { return db().queryInt(sql.c_str()); }
    /// Count of active members at level 3+ in the area or any area below it (the bus factor).
    std::int64_t atThreeOrMore(const std::string& area)
    {
        return number("WITH RECURSIVE under(id) AS (SELECT '" + area +
                      "' UNION SELECT a.id FROM expertise_areas a JOIN under u ON a.parent = u.id WHERE a.retracted "
                      "= 0) SELECT count(DISTINCT e.member) FROM expertise e JOIN members m ON m.id = e.member WHERE "
                      "e.retracted = 0 AND e.level >= 3 AND e.area IN (SELECT id FROM under) AND " +
                      active());
    }
};

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out.push_back(line);
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(MapFixture, "The expertise map shows every active member against every area", "[ui][expertise-map]")
{
    REQUIRE(map);
    const auto& matrix = table("Who holds which expertise", "expertise_matrix");
    CHECK(static_cast<std::int64_t>(matrix.rows.size()) == number("SELECT count(*) FROM members m WHERE " + active()));
    CHECK(static_cast<std::int64_t>(matrix.columns.size()) ==
          1 + number("SELECT count(*) FROM expertise_areas WHERE retracted = 0"));
    std::set<std::string> names;
    for (const auto& row : matrix.rows)
        names.insert(row.front());
    CHECK(names.count("Kwame Asante") == 1);
    CHECK(names.count("Ravi Shankar") == 0); // left in June
    CHECK(names.count("Hannah Becker") == 0);
    // The screen shows the PDF's narrower parts of the matrix.
    std::size_t parts = 0;
    for (const auto& t : section("Who holds which expertise").tables)
        if (t.inPdf && t.name.rfind("expertise_matrix_", 0) == 0)
            ++parts;
    CHECK(parts == (matrix.columns.size() - 1 + 6) / 7);
    const QString shown = map->view()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Who holds which expertise")));
    CHECK(shown.contains(QStringLiteral("Kwame Asante")));
    CHECK(shown.contains(QStringLiteral("Quality Assurance")));
    CHECK_FALSE(shown.contains(QStringLiteral("Ravi Shankar")));
    CHECK(map->document().scope == "as of " + today());
}

TEST_CASE_METHOD(MapFixture, "Matrix cells are shaded by the level recorded", "[ui][expertise-map]")
{
    const auto& matrix = table("Who holds which expertise", "expertise_matrix");
    REQUIRE(matrix.shades.size() == matrix.rows.size());
    int shaded = 0;
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        const auto& row = matrix.rows[r];
        REQUIRE(matrix.shades[r].size() == row.size());
        CHECK(matrix.shades[r][0] == 0); // the name is never shaded
        for (std::size_t c = 1; c < row.size(); ++c) {
            const int shade = matrix.shades[r][c];
            CHECK((shade > 0) == !row[c].empty());
            if (shade == 0)
                continue;
            ++shaded;
            CHECK(row[c].front() - '0' == shade); // "4 +2 ↗" starts with the level
            const auto level = number("SELECT e.level FROM expertise e JOIN members m ON m.id = e.member JOIN "
                                      "expertise_areas a ON a.id = e.area WHERE e.retracted = 0 AND m.name = '" +
                                      row[0] + "' AND a.name = '" + matrix.columns[c] + "'");
            CHECK(level == shade);
        }
    }
    CHECK(shaded == number("SELECT count(*) FROM expertise e JOIN members m ON m.id = e.member WHERE e.retracted = 0 "
                           "AND " +
                           active()));
    // The text view colours the same cells.
    CHECK(map->view()->toHtml().contains(QStringLiteral("bgcolor")));
}

TEST_CASE_METHOD(MapFixture, "The bus factor flags areas that hang on one person or none", "[ui][expertise-map]")
{
    const auto& all = table("Bus factor", "bus_factor");
    const auto& shown = table("Bus factor", "bus_factor_shown");
    const auto& risk = table("Bus factor", "areas_at_risk");
    REQUIRE(all.rows.size() == shown.rows.size());
    std::size_t flagged = 0;
    for (std::size_t i = 0; i < all.rows.size(); ++i) {
        const auto& row = all.rows[i];
        const auto n = atThreeOrMore(row[0]);
        CHECK(std::to_string(n) == row[2]);
        const bool flag = shown.rows[i][0].find("⚑") != std::string::npos;
        CHECK(flag == (n <= 1));
        flagged += flag ? 1 : 0;
    }
    CHECK(flagged == risk.rows.size());
    REQUIRE_FALSE(risk.rows.empty());
    CHECK(risk.rows.front()[0] == "Quality Assurance"); // only Grace Mensah is proficient or better
    CHECK(section("Bus factor").figures.at(0).value == std::to_string(flagged));
    CHECK(map->view()->toPlainText().contains(QRegularExpression(QStringLiteral("Quality Assurance\\s+⚑"))));
}

TEST_CASE_METHOD(MapFixture, "Mentoring pairs join an expert with a member who wants to learn", "[ui][expertise-map]")
{
    const auto& pairs = table("Suggested mentoring pairs", "mentoring_pairs");
    REQUIRE_FALSE(pairs.rows.empty());
    for (const auto& p : pairs.rows) {
        // area_id, Area, Mentor, Mentor's level, Learner
        CHECK(std::stoi(p[3]) >= 4);
        CHECK(number("SELECT max(e.level) FROM expertise e JOIN members m ON m.id = e.member WHERE m.name = '" + p[2] +
                     "' AND e.area = '" + p[0] + "'") == std::stoi(p[3]));
        CHECK(number("SELECT count(*) FROM expertise e JOIN members m ON m.id = e.member WHERE e.wants_to_learn = 1 "
                     "AND m.name = '" +
                     p[4] + "' AND e.area = '" + p[0] + "'") == 1);
        CHECK(p[2] != p[4]);
    }
    const QString shown = map->view()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Suggested mentoring pairs")));
    CHECK(shown.contains(QString::fromStdString(pairs.rows.front()[4])));
}

TEST_CASE_METHOD(MapFixture, "Export CSV writes the matrix, the bus factor and the pairs", "[ui][expertise-map]")
{
    const QString folder = QString::fromStdString(dir.file("map-csv"));
    REQUIRE(map->exportCsv(folder, false));
    const std::string base = folder.toStdString() + "/";
    const auto bus = lines(readFile(base + "bus_factor.csv"));
    REQUIRE_FALSE(bus.empty());
    CHECK(bus.front() == "area_id,area,members_at_level_3_or_more");
    CHECK(static_cast<std::int64_t>(bus.size()) - 1 ==
          number("SELECT count(*) FROM expertise_areas WHERE retracted = 0"));
    const std::string qa = text("SELECT id FROM expertise_areas WHERE name = 'Quality Assurance'");
    CHECK(std::count(bus.begin(), bus.end(), qa + ",Quality Assurance,1") == 1);
    const auto matrix = lines(readFile(base + "expertise_matrix.csv"));
    REQUIRE_FALSE(matrix.empty());
    CHECK(matrix.front().rfind("Member,", 0) == 0);
    CHECK(static_cast<std::int64_t>(matrix.size()) - 1 == number("SELECT count(*) FROM members m WHERE " + active()));
    const auto pairs = lines(readFile(base + "mentoring_pairs.csv"));
    REQUIRE_FALSE(pairs.empty());
    CHECK(pairs.front() == "area_id,Area,Mentor,Mentor's level,Learner");
    CHECK(pairs.size() - 1 == table("Suggested mentoring pairs", "mentoring_pairs").rows.size());
    // Tables for the screen and the PDF only are not written.
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/bus_factor_shown.csv")));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/expertise_matrix_1.csv")));
}

TEST_CASE_METHOD(MapFixture, "Export PDF writes a real PDF with the bus factor", "[ui][expertise-map]")
{
    const std::string pdf = dir.file("map.pdf");
    REQUIRE(map->exportPdf(QString::fromStdString(pdf), false));
    const std::string bytes = readFile(pdf);
    CHECK(bytes.rfind("%PDF", 0) == 0);
    CHECK(bytes.size() > 2000);
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return; // the header check stands alone
    QProcess p;
    p.start(tool, {QString::fromStdString(pdf), QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(out.contains(QStringLiteral("Bus factor")));
    CHECK(out.contains(QStringLiteral("Expertise map")));
    CHECK(out.contains(QStringLiteral("Grace Mensah")));
}

TEST_CASE_METHOD(MapFixture, "The map follows a level changed through the edit service", "[ui][expertise-map]")
{
    const std::string qa = text("SELECT id FROM expertise_areas WHERE name = 'Quality Assurance'");
    const std::string samuel = text("SELECT id FROM members WHERE name = 'Samuel Adeyemi'");
    REQUIRE(atThreeOrMore(qa) == 1);
    REQUIRE(session()
                .apply(QStringLiteral("Level"),
                       [&](edit::EditService& e) {
                           return e.people.setLevel(
                               domain::Expertise{domain::MemberId(samuel), domain::AreaId(qa), 4, false, {}});
                       })
                .ok());
    CHECK(map->updating()); // the change asks for new figures
    settled(map);
    CHECK(atThreeOrMore(qa) == 2);
    for (const auto& row : table("Bus factor", "bus_factor_shown").rows)
        if (row[0].find("Quality Assurance") != std::string::npos) {
            CHECK(row[0].find("⚑") == std::string::npos);
            CHECK(row[1] == "2");
        }
    CHECK(table("Bus factor", "areas_at_risk").rows.empty());
    const auto& matrix = table("Who holds which expertise", "expertise_matrix");
    const auto col =
        std::find(matrix.columns.begin(), matrix.columns.end(), "Quality Assurance") - matrix.columns.begin();
    bool seen = false;
    for (std::size_t r = 0; r < matrix.rows.size(); ++r)
        if (matrix.rows[r][0] == "Samuel Adeyemi") {
            seen = true;
            CHECK(matrix.rows[r][static_cast<std::size_t>(col)].rfind("4", 0) == 0);
            CHECK(matrix.shades[r][static_cast<std::size_t>(col)] == 4);
        }
    CHECK(seen);
    CHECK_FALSE(map->view()->toPlainText().contains(QRegularExpression(QStringLiteral("Quality Assurance\\s+⚑"))));
    CHECK_FALSE(map->view()->toPlainText().contains(QStringLiteral("⚑")));
}

TEST_CASE("The Go menu and the sidebar reach the Expertise map and Coaching pages",
          "[ui][shell][expertise-map][coaching]")
{
    UiFixture f;
    auto* sidebar = f.workspace().findChild<QListWidget*>();
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == ui::kPageCount);
    CHECK(sidebar->item(static_cast<int>(ui::PageId::ExpertiseMap))->text() == QStringLiteral("Expertise map"));
    CHECK(sidebar->item(static_cast<int>(ui::PageId::Coaching))->text() == QStringLiteral("Coaching"));
    sidebar->setCurrentRow(static_cast<int>(ui::PageId::Coaching));
    REQUIRE(f.workspace().currentPage()->pageId() == ui::PageId::Coaching);
    auto* coaching = qobject_cast<ui::ReviewPage*>(f.workspace().currentPage());
    REQUIRE(coaching);
    settled(coaching);
    CHECK(coaching->document().title == "Coaching");
    CHECK(coaching->isVisible());

    QAction* go = nullptr;
    for (QAction* top : f.window->menuBar()->actions())
        if (top->text().remove(QLatin1Char('&')) == QStringLiteral("Go"))
            for (QAction* a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Expertise Map"))
                    go = a;
    REQUIRE(go);
    CHECK(go->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_0));
    go->trigger();
    REQUIRE(f.workspace().currentPage()->pageId() == ui::PageId::ExpertiseMap);
    CHECK(sidebar->currentRow() == static_cast<int>(ui::PageId::ExpertiseMap));
    auto* map = qobject_cast<ui::ExpertiseMapPage*>(f.workspace().currentPage());
    REQUIRE(map);
    settled(map);
    CHECK(map->document().title == "Expertise map");
    CHECK(map->view()->toPlainText().contains(QStringLiteral("Bus factor")));
}
