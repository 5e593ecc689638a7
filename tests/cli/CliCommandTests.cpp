#include "support/CliFixture.h"

#include "baton/storage/Database.h"

#include <filesystem>

using baton::test::CliFixture;
using baton::test::readFile;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string statsLine(const std::string& out, const std::string& kind)
{
    const auto at = out.find("  " + kind + " ");
    return at == std::string::npos ? std::string() : out.substr(at, out.find('\n', at) - at);
}

/// Nothing a user sees should ever look like a crash.
void checkNoCrashText(const baton::test::ProcessResult& r)
{
    CHECK_FALSE(has(r.err, "terminate called"));
    CHECK_FALSE(has(r.err, "Segmentation"));
    CHECK_FALSE(has(r.err, "what():"));
    CHECK(r.signal == 0);
}
} // namespace

TEST_CASE_METHOD(CliFixture, "init creates an empty team file that stats can count", "[cli][init]")
{
    const std::string team = teamFile();
    const auto r = cli({"stats", team});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Team: Northwind"));
    CHECK(has(statsLine(r.out, "decisions"), " 0"));
}

TEST_CASE_METHOD(CliFixture, "init refuses to overwrite an existing file", "[cli][init]")
{
    const std::string team = teamFile();
    const std::string before = readFile(team);
    const auto r = cli({"init", team, "--name", "Again"});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "already exists"));
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(CliFixture, "import of the sample team reports counts and stats agree", "[cli][import]")
{
    const std::string team = teamFile();
    const auto r = cli({"import", team, BATON_SAMPLE_TEAM});
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "decisions"));
    CHECK(has(r.out, "300 added"));
    const auto stats = cli({"stats", team});
    CHECK(has(statsLine(stats.out, "decisions"), "300"));
    CHECK(has(statsLine(stats.out, "initiatives"), "30"));
}

TEST_CASE_METHOD(CliFixture, "A refused import exits 1, names where and what, and leaves the file unchanged",
                 "[cli][import]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, jsonFile(baton::test::validDocument(), "good.json")}).exitCode == 0);
    nlohmann::json bad = baton::test::validDocument();
    bad["decisions"][1]["method"] = "coin_toss";
    bad["decisions"][1]["updated_at"] = "2027-01-01T00:00:00Z";
    const std::string before = readFile(team);
    const auto r = cli({"import", team, jsonFile(bad, "bad.json")});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "/decisions/1/method"));
    CHECK(has(r.err, "coin_toss"));
    CHECK(has(r.err, "unchanged"));
    CHECK(readFile(team) == before);
    checkNoCrashText(r);
}

TEST_CASE_METHOD(CliFixture, "A syntax error is reported with line and column", "[cli][import]")
{
    const std::string team = teamFile();
    baton::test::writeFile(dir.file("broken.json"), "{\n  \"format\": \"baton-team\"\n  \"version\": 1\n}");
    const auto r = cli({"import", team, dir.file("broken.json")});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "line 3, column 3"));
}

TEST_CASE_METHOD(CliFixture, "Importing into a file that is not a team file is refused untouched", "[cli][import]")
{
    const std::string notTeam = dir.file("notes.txt");
    baton::test::writeFile(notTeam, "shopping list");
    const auto r = cli({"import", notTeam, jsonFile(baton::test::validDocument())});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "not a Baton team file"));
    CHECK(readFile(notTeam) == "shopping list");
    checkNoCrashText(r);
}

TEST_CASE_METHOD(CliFixture, "Importing a missing data file names it", "[cli][import]")
{
    const auto r = cli({"import", teamFile(), dir.file("absent.json")});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "absent.json: cannot read"));
}

TEST_CASE_METHOD(CliFixture, "Unknown keys are printed as warnings and the import succeeds", "[cli][import]")
{
    nlohmann::json doc = baton::test::validDocument();
    doc["members"][0]["shoe_size"] = 42;
    const auto r = cli({"import", teamFile(), jsonFile(doc)});
    CHECK(r.exitCode == 0);
    CHECK(has(r.err, "warning"));
    CHECK(has(r.err, "/members/0/shoe_size"));
}

TEST_CASE_METHOD(CliFixture, "export writes a file that imports into a new team with the same counts", "[cli][export]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0);
    const std::string out = dir.file("export.json");
    const auto r = cli({"export", team, out});
    REQUIRE(r.exitCode == 0);
    const std::string second = teamFile("second.baton");
    REQUIRE(cli({"import", second, out}).exitCode == 0);
    const auto a = cli({"stats", team});
    const auto b = cli({"stats", second});
    CHECK(a.out.substr(a.out.find('\n')) == b.out.substr(b.out.find('\n')));
}

TEST_CASE_METHOD(CliFixture, "export to a missing folder exits 1 and writes nothing", "[cli][export]")
{
    const auto r = cli({"export", teamFile(), dir.file("no/such/dir/out.json")});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir.file("no")));
    checkNoCrashText(r);
}

TEST_CASE_METHOD(CliFixture, "check passes a sound team file and prints workflow warnings", "[cli][check]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0);
    const auto r = cli({"check", team});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "OK"));
    CHECK(has(r.out, "warning: commitment"));
}

TEST_CASE_METHOD(CliFixture, "check fails a file whose references were broken behind Baton's back", "[cli][check]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, jsonFile(baton::test::validDocument())}).exitCode == 0);
    {
        baton::storage::Database db(team, baton::storage::Database::Mode::ReadWrite);
        db.exec("PRAGMA foreign_keys = OFF");
        db.exec("DELETE FROM members WHERE name = 'Bo Chen'");
    }
    const auto r = cli({"check", team});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "broken reference"));
}

TEST_CASE_METHOD(CliFixture, "A file from a newer Baton is refused by every command and left untouched", "[cli][check]")
{
    const std::string team = teamFile();
    {
        baton::storage::Database db(team, baton::storage::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 42");
    }
    const std::string before = readFile(team);
    for (const char* command : {"check", "stats"}) {
        const auto r = cli({command, team});
        CHECK(r.exitCode == 1);
        CHECK(has(r.err, "newer version of Baton"));
    }
    CHECK(cli({"import", team, jsonFile(baton::test::validDocument())}).exitCode == 1);
    CHECK(cli({"export", team, dir.file("x.json")}).exitCode == 1);
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(CliFixture, "stats on a missing file says it does not exist", "[cli][stats]")
{
    const auto r = cli({"stats", dir.file("missing.baton")});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "does not exist"));
    checkNoCrashText(r);
}

TEST_CASE_METHOD(CliFixture, "import-roster adds members, and a bad roster changes nothing", "[cli][roster]")
{
    const std::string team = teamFile();
    baton::test::writeFile(dir.file("roster.csv"), "name,email\nYara Costa,yara@x.example\nZed Okoro,zed@x.example\n");
    const auto ok = cli({"import-roster", team, dir.file("roster.csv")});
    CHECK(ok.exitCode == 0);
    CHECK(has(ok.out, "2 members added"));
    baton::test::writeFile(dir.file("bad.csv"), "name,joined_on\nAmi,yesterday\n");
    const std::string before = readFile(team);
    const auto bad = cli({"import-roster", team, dir.file("bad.csv")});
    CHECK(bad.exitCode == 1);
    CHECK(has(bad.err, "row 2, column 2 (joined_on)"));
    CHECK(readFile(team) == before);
}

namespace {
/// No SQLite side files next to `team`: nothing was left open or half-closed.
void checkNoSideFiles(const std::string& team)
{
    CHECK_FALSE(std::filesystem::exists(team + "-wal"));
    CHECK_FALSE(std::filesystem::exists(team + "-shm"));
    CHECK_FALSE(std::filesystem::exists(team + "-journal"));
}
} // namespace

TEST_CASE_METHOD(CliFixture, "check reads a team file without changing a byte or leaving -wal and -shm behind",
                 "[cli][check]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0);
    checkNoSideFiles(team);
    const std::string before = readFile(team);
    const auto r = cli({"check", team});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "OK"));
    checkNoSideFiles(team);
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(CliFixture, "check leaves a file in rollback-journal mode in that mode, byte for byte", "[cli][check]")
{
    // A copy made with VACUUM INTO (or by another tool) is not in WAL mode; a writable open
    // would switch it, rewriting the header.
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0);
    const std::string copy = dir.file("copy.baton");
    {
        baton::storage::Database db(team, baton::storage::Database::Mode::ReadWrite);
        db.exec("VACUUM INTO '" + copy + "'");
    }
    {
        baton::storage::Database db(copy, baton::storage::Database::Mode::ReadOnly);
        REQUIRE(db.queryText("PRAGMA journal_mode") == "delete");
    }
    const std::string before = readFile(copy);
    const auto r = cli({"check", copy});
    CHECK(r.exitCode == 0);
    checkNoSideFiles(copy);
    CHECK(readFile(copy) == before);
}

TEST_CASE_METHOD(CliFixture, "check still finds a full-text index out of step while reading only", "[cli][check]")
{
    const std::string team = teamFile();
    REQUIRE(cli({"import", team, jsonFile(baton::test::validDocument())}).exitCode == 0);
    {
        baton::storage::Database db(team, baton::storage::Database::Mode::ReadWrite);
        db.exec("UPDATE decisions SET title = 'Changed behind the index' WHERE rid = (SELECT min(rid) FROM decisions)");
    }
    const std::string before = readFile(team);
    const auto r = cli({"check", team});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "full-text index does not match"));
    checkNoSideFiles(team);
    CHECK(readFile(team) == before);
}
