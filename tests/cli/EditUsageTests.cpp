#include "support/CliFixture.h"

using baton::test::CliFixture;
using baton::test::EditCliFixture;
using baton::test::readFile;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

const std::vector<std::vector<std::string>> kEditCommands = {
    {"member", "add"},
    {"member", "edit"},
    {"member", "leave"},
    {"area", "add"},
    {"area", "edit"},
    {"level", "set"},
    {"endorse"},
    {"initiative", "add"},
    {"initiative", "edit"},
    {"pass-lead"},
    {"co-lead", "add"},
    {"co-lead", "end"},
    {"contribution", "add"},
    {"contribution", "edit"},
    {"propose"},
    {"decision", "edit"},
    {"stance"},
    {"decide"},
    {"supersede"},
    {"reverse"},
    {"withdraw"},
    {"commitment", "add"},
    {"commitment", "edit"},
    {"commitment", "close"},
    {"voice", "raise"},
    {"voice", "list"},
    {"retract"},
    {"whoami"},
    {"history"},
    {"verify"},
};

std::string joined(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}
} // namespace

TEST_CASE_METHOD(CliFixture, "--help for every edit, history and verify command exits 0 and shows its usage",
                 "[cli][usage][edit]")
{
    for (const auto& words : kEditCommands) {
        auto args = words;
        args.push_back("--help");
        const auto r = cli(args);
        INFO(joined(words));
        CHECK(r.exitCode == 0);
        CHECK(has(r.out, "Usage: baton-cli " + joined(words) + " TEAMFILE"));
    }
}

TEST_CASE_METHOD(CliFixture, "baton-cli --help groups every command under a heading", "[cli][usage][edit]")
{
    const auto r = cli({"--help"});
    CHECK(r.exitCode == 0);
    for (const char* heading :
         {"Team files:", "People and expertise:", "Initiatives:", "Decisions:", "Commitments:", "Authors and history:"})
        CHECK(has(r.out, std::string("\n") + heading + "\n"));
    for (const auto& words : kEditCommands)
        CHECK(has(r.out, "  " + joined(words) + " TEAMFILE"));
    CHECK(r.out.find("Team files:") < r.out.find("People and expertise:"));
}

TEST_CASE_METHOD(EditCliFixture, "A missing required option exits 2 with the command's usage and changes nothing",
                 "[cli][usage][edit]")
{
    const std::string before = readFile(team);
    const auto r = cli({"decide", team, "--decision", "01900000-0000-7000-8000-000000000001", "--outcome", "yes"});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "baton-cli decide: --accountable is required"));
    CHECK(has(r.err, "Usage: baton-cli decide TEAMFILE"));
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(EditCliFixture, "An unknown option, a repeated option or a missing argument exits 2",
                 "[cli][usage][edit]")
{
    const auto unknown = cli({"member", "add", team, "--name", "Ada", "--colour", "red"});
    CHECK(unknown.exitCode == 2);
    CHECK(has(unknown.err, "unknown option --colour"));
    const auto twice = cli({"member", "add", team, "--name", "Ada", "--name", "Grace"});
    CHECK(twice.exitCode == 2);
    CHECK(has(twice.err, "--name is given more than once"));
    const auto missing = cli({"member", "edit", team, "--name", "Ada"});
    CHECK(missing.exitCode == 2);
    CHECK(has(missing.err, "expected 2 arguments, got 1"));
    const auto extra = cli({"whoami", team, "a", "b"});
    CHECK(extra.exitCode == 2);
    CHECK(has(extra.err, "expected 1 or 2 arguments, got 3"));
}

TEST_CASE_METHOD(EditCliFixture, "A bad date exits 1 naming the option and the value and the file is unchanged",
                 "[cli][usage][edit]")
{
    const std::string before = readFile(team);
    const auto r = cli({"commitment", "add", team, "--description", "Write", "--owner",
                        "01900000-0000-7000-8000-000000000001", "--due", "2026-02-30"});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "baton-cli commitment add: --due: \"2026-02-30\" is not a date (YYYY-MM-DD)"));
    CHECK(r.out.empty());
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(EditCliFixture, "A bad id, choice or level exits 1 naming the option", "[cli][usage][edit]")
{
    const auto id = cli(
        {"level", "set", team, "--member", "Ada", "--area", "01900000-0000-7000-8000-000000000001", "--level", "3"});
    CHECK(id.exitCode == 1);
    CHECK(has(id.err, "--member: \"Ada\" is not an id (a lowercase UUID)"));
    const auto level = cli({"level", "set", team, "--member", "01900000-0000-7000-8000-000000000002", "--area",
                            "01900000-0000-7000-8000-000000000001", "--level", "6"});
    CHECK(level.exitCode == 1);
    CHECK(has(level.err, "--level: \"6\" is not a level (a whole number from 1 to 5)"));
    const auto method = cli({"propose", team, "--title", "T", "--method", "coin_toss"});
    CHECK(method.exitCode == 1);
    CHECK(has(method.err, "--method: \"coin_toss\" is not one of \"consensus\", \"consent\""));
    const auto positional = cli({"member", "edit", team, "ADA", "--name", "x"});
    CHECK(positional.exitCode == 1);
    CHECK(has(positional.err, "the member id \"ADA\" is not an id"));
    const auto kind = cli({"retract", team, "--kind", "team", "--id", "01900000-0000-7000-8000-000000000001"});
    CHECK(kind.exitCode == 1);
}

TEST_CASE_METHOD(EditCliFixture, "An edit of a record that does not exist exits 1 and says so", "[cli][usage][edit]")
{
    refused({"member", "edit", team, "01900000-0000-7000-8000-000000000009", "--name", "Nobody"},
            "there is no member with id 01900000-0000-7000-8000-000000000009 in this team");
}

TEST_CASE_METHOD(CliFixture, "A command word alone lists what may follow it", "[cli][usage][edit]")
{
    const auto alone = cli({"member"});
    CHECK(alone.exitCode == 2);
    CHECK(has(alone.err, "member add TEAMFILE"));
    CHECK(has(alone.err, "member leave TEAMFILE"));
    const auto help = cli({"commitment", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(has(help.out, "commitment close TEAMFILE"));
    const auto wrong = cli({"member", "remove", "team.baton"});
    CHECK(wrong.exitCode == 2);
    CHECK(has(wrong.err, "unknown command \"member remove\""));
}

TEST_CASE_METHOD(CliFixture, "An edit of a file that does not exist exits 1 and creates nothing", "[cli][usage][edit]")
{
    const std::string path = dir.file("missing.baton");
    const auto r = cli({"member", "add", path, "--name", "Ada"});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(path));
}
