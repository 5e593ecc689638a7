// baton-cli and the charter: "How we work" as a PDF and as CSV files, and a proposal that takes
// its method, deadline and fallback from the charter's decision rule for its areas.
#include "support/CliFixture.h"

#include "baton/storage/Database.h"

#include <cstdlib>
#include <filesystem>

using baton::test::CliFixture;
using baton::test::readFile;

namespace {

const std::string kCharter =
    (std::filesystem::path(BATON_SAMPLE_TEAM).parent_path() / "sample-charter.baton.json").string();
const std::string kData = "0192d312-0e63-70aa-84e7-2ad7971583ec";
const std::string kAnalytics = "0192d2a5-15f8-7a80-af1d-7d7a0e3909b2"; // inside Data: no rule of its own

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

struct CharterFixture : CliFixture {
    std::string team = teamFile();
    CharterFixture()
    {
        REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0);
        REQUIRE(cli({"import", team, kCharter}).exitCode == 0);
    }
    std::string query(const std::string& sql)
    {
        baton::storage::Database db(team, baton::storage::Database::Mode::ReadOnly);
        return db.queryText(sql);
    }
};

} // namespace

TEST_CASE_METHOD(CharterFixture, "report charter writes How we work with its three lists, in rung order",
                 "[cli][report][charter]")
{
    const std::string pdf = dir.file("charter.pdf");
    const auto r = cli({"report", "charter", team, "-o", pdf, "--as-of", "2026-11-26"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(std::system(("pdftotext -layout '" + pdf + "' '" + dir.file("charter.txt") + "'").c_str()) == 0);
    const std::string text = readFile(dir.file("charter.txt"));
    CHECK(has(text, "How we work"));
    CHECK(has(text, "as of 2026-11-26"));
    for (const char* part : {"Decision rules", "The conflict ladder", "Accountability practices",
                             "Design changes by consent", "Every commitment has one owner", "Blameless reviews"})
        CHECK(has(text, part));
    CHECK(text.find("Talk directly") < text.find("Ask a colleague to mediate"));
    CHECK(text.find("Ask a colleague to mediate") < text.find("Take it to the whole team"));
}

TEST_CASE_METHOD(CharterFixture, "report charter --format csv writes one file per list", "[cli][report][charter]")
{
    const std::string folder = dir.file("charter-csv");
    const auto r = cli({"report", "charter", team, "--format", "csv", "-o", folder});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string rules = readFile(folder + "/decision-rules.csv");
    CHECK(has(rules, "Rule,Areas,Method,Days,When the deadline passes,What it means"));
    CHECK(has(rules, "Everything else by consent within two weeks,Every area,Consent,14,The team decides by "
                     "majority vote"));
    CHECK(has(readFile(folder + "/conflict-ladder.csv"), "4,Take it to the whole team"));
    CHECK(has(readFile(folder + "/accountability-practices.csv"), "Weekly check-in on open commitments"));
}

TEST_CASE_METHOD(CharterFixture, "propose takes the method, deadline and fallback from the charter's rule",
                 "[cli][charter]")
{
    const auto r = cli({"propose", team, "--title", "Drop the nightly export", "--area", kAnalytics, "--area", kData,
                        "--proposed", "2026-11-02"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.err, "From the charter: Data decisions take advice from those who know"));
    std::string id = r.out;
    while (!id.empty() && (id.back() == '\n' || id.back() == ' '))
        id.pop_back();
    const std::string where = " FROM decisions WHERE id = '" + id + "'";
    CHECK(query("SELECT method" + where) == "advice");
    CHECK(query("SELECT decide_by" + where) == "2026-11-12"); // 2026-11-02 + 10 days
    CHECK(query("SELECT fallback" + where) == "accountable_decides");
    CHECK(query("SELECT charter_rule" + where) == "01930a00-0000-7000-8000-000000000001");

    // Given by hand, the method and deadline stay; the fallback still comes from the rule.
    const auto own = cli({"propose", team, "--title", "Try a new chart style", "--area", kData, "--method", "consensus",
                          "--decide-by", "2026-12-01"});
    REQUIRE(own.exitCode == 0);
    CHECK(query("SELECT method FROM decisions WHERE title = 'Try a new chart style'") == "consensus");
    CHECK(query("SELECT decide_by FROM decisions WHERE title = 'Try a new chart style'") == "2026-12-01");
    CHECK(query("SELECT fallback FROM decisions WHERE title = 'Try a new chart style'") == "accountable_decides");
}
