#include "support/CliFixture.h"

#include "baton/domain/TextRules.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/SqliteDecisionCatalog.h"

#include <sqlite3.h>

#include <sstream>

using baton::test::EditCliFixture;
using baton::test::readFile;
using namespace baton;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

/// Changes the team file behind Baton's back, as someone with the sqlite3 shell would.
void tamper(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}
} // namespace

TEST_CASE_METHOD(EditCliFixture, "whoami chooses the author and later edits are stamped with that member",
                 "[cli][history][whoami]")
{
    const std::string ada = member("Ada Lovelace");
    const auto set = cli({"whoami", team, ada});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out == ada + " Ada Lovelace\n");
    CHECK(ok({"whoami", team}) == ada + " Ada Lovelace");
    const std::string d = decision("Pick a CI");
    const auto e = latest(d);
    REQUIRE(e.author.has_value());
    CHECK(*e.author == ada);
    CHECK(latest(ada).author == std::nullopt); // added before anyone was chosen
}

TEST_CASE_METHOD(EditCliFixture, "whoami exits 1 when nobody is chosen and refuses an unknown member",
                 "[cli][history][whoami]")
{
    const auto none = cli({"whoami", team});
    CHECK(none.exitCode == 1);
    CHECK(has(none.err, "nobody is chosen"));
    refused({"whoami", team, "01900000-0000-7000-8000-00000000beef"},
            "there is no member with id 01900000-0000-7000-8000-00000000beef in this team");
}

TEST_CASE_METHOD(EditCliFixture, "An edit without a chosen author says so on stderr and still succeeds",
                 "[cli][history][whoami]")
{
    const auto r = cli({"member", "add", team, "--name", "Ada"});
    CHECK(r.exitCode == 0);
    CHECK(has(r.err, "this change has no author"));
}

TEST_CASE_METHOD(EditCliFixture, "verify passes on a file edited through the CLI and never changes the file",
                 "[cli][history][verify]")
{
    const std::string ada = member("Ada");
    ok({"whoami", team, ada});
    const std::string d = decision("Pick a CI");
    ok({"decide", team, "--decision", d, "--accountable", ada, "--outcome", "GitLab CI"});
    const std::string before = readFile(team);
    const auto r = cli({"verify", team});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "history holds: 3 entries, 2 records, head "));
    CHECK(lines(r.out).size() == 1);
    CHECK(lines(r.out)[0].size() ==
          std::string("history holds: 3 entries, 2 records, head ").size() + 12 + std::string(", content ").size() + 16);
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(EditCliFixture, "verify fails naming the record after a raw SQLite change to a decision",
                 "[cli][history][verify]")
{
    const std::string d = decision("Pick a CI");
    tamper(team, "UPDATE decisions SET title = 'Pick Jenkins' WHERE id = '" + d + "'");
    const auto r = cli({"verify", team});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "baton-cli verify: decision " + d));
    CHECK(has(r.err, "differs from history entry 1"));
    CHECK(has(r.err, "\"title\" was changed outside Baton"));
    CHECK(r.out.empty());
}

TEST_CASE_METHOD(EditCliFixture, "verify fails naming the entry after a raw SQLite change to the history",
                 "[cli][history][verify]")
{
    member("Ada");
    const std::string grace = member("Grace");
    member("Linus");
    tamper(team, "DROP TRIGGER changes_are_never_updated; UPDATE changes SET author = '" + grace + "' WHERE seq = 2");
    const auto r = cli({"verify", team});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "history entry 2 (add-member member " + grace + ") has been altered"));
}

TEST_CASE_METHOD(EditCliFixture, "history lists changes newest first with the author, label and changed fields",
                 "[cli][history]")
{
    const std::string ada = member("Ada");
    ok({"whoami", team, ada});
    const std::string d = decision("Pick a CI", {"--context", "We need CI"});
    ok({"decision", "edit", team, d, "--title", "Pick a CI service", "--context", "Soon"});
    const auto r = cli({"history", team});
    REQUIRE(r.exitCode == 0);
    const auto out = lines(r.out);
    REQUIRE(out.size() == 3);
    CHECK(out[0].rfind("#3  ", 0) == 0);
    CHECK(has(out[0], "  Ada  edit-decision  decision " + d + "  \"Pick a CI service\"  changed: context, title"));
    CHECK(out[1].rfind("#2  ", 0) == 0);
    CHECK(has(out[1], "  propose  decision " + d + "  \"Pick a CI\""));
    CHECK_FALSE(has(out[1], "changed:"));
    CHECK(out[2].rfind("#1  ", 0) == 0);
    CHECK(has(out[2], "  -  add-member  member " + ada + "  \"Ada\""));
}

TEST_CASE_METHOD(EditCliFixture, "history --record shows only that record and --limit caps the lines", "[cli][history]")
{
    const std::string ada = member("Ada");
    const std::string d = decision("Pick a CI");
    ok({"decision", "edit", team, d, "--title", "Pick a CI service"});
    ok({"member", "edit", team, ada, "--name", "Ada Lovelace"});
    const auto only = lines(cli({"history", team, "--record", d}).out);
    REQUIRE(only.size() == 2);
    CHECK(only[0].rfind("#3  ", 0) == 0);
    CHECK(only[1].rfind("#2  ", 0) == 0);
    const auto limited = lines(cli({"history", team, "--limit", "1"}).out);
    REQUIRE(limited.size() == 1);
    CHECK(has(limited[0], "changed: name"));
    const auto bad = cli({"history", team, "--limit", "0"});
    CHECK(bad.exitCode == 1);
    CHECK(has(bad.err, "--limit: \"0\""));
}

TEST_CASE_METHOD(EditCliFixture, "retract hides a decision from the lists, keeps it in the file and history marks it",
                 "[cli][history][retract]")
{
    const std::string keep = decision("Pick a CI");
    const std::string oops = decision("Pick a CI (typo)");
    ok({"retract", team, "--kind", "decision", "--id", oops});
    {
        auto file = open();
        CHECK(storage::SqliteDecisionCatalog(file->db()).count({}) == 1);
        const auto d = storage::DecisionRepository(file->db()).find(domain::DecisionId(oops));
        REQUIRE(d.has_value());
        CHECK(d->retracted);
    }
    const auto out = lines(cli({"history", team}).out);
    REQUIRE(out.size() == 3);
    CHECK(has(out[0], "retract  decision " + oops));
    CHECK(has(out[0], "changed: retracted"));
    CHECK(has(out[0], "[retracted]"));
    CHECK(has(out[1], "[retracted]"));
    CHECK_FALSE(has(out[2], "[retracted]"));
    CHECK(has(out[2], keep));
    CHECK(cli({"verify", team}).exitCode == 0);
    refused({"retract", team, "--kind", "decision", "--id", oops}, "is already retracted");
}

TEST_CASE_METHOD(EditCliFixture, "Retracting a member a commitment still names is refused and the file is unchanged",
                 "[cli][history][retract]")
{
    const std::string ada = member("Ada");
    ok({"commitment", "add", team, "--description", "Write the guide", "--owner", ada});
    refused({"retract", team, "--kind", "member", "--id", ada}, "“Ada” cannot be retracted while");
}

TEST_CASE_METHOD(EditCliFixture,
                 "history keeps one change per line and shortens long labels without splitting a character",
                 "[cli][history]")
{
    const std::string ada = member("Ada");
    std::string description = "Line one\nline two ";
    for (int i = 0; i < 40; ++i)
        description += "\xC3\xA9"; // é
    const std::string c = ok({"commitment", "add", team, "--description", description, "--owner", ada});
    const auto r = cli({"history", team, "--record", c});
    REQUIRE(r.exitCode == 0);
    const auto out = lines(r.out);
    REQUIRE(out.size() == 1);
    CHECK(has(out[0], "\"Line one line two "));
    CHECK(has(out[0], "...\""));
    CHECK(domain::isValidUtf8(out[0]));
}
