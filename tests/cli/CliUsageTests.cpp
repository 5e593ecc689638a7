#include "support/CliFixture.h"

using baton::test::CliFixture;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
} // namespace

TEST_CASE_METHOD(CliFixture, "The --help option lists every command and exits 0", "[cli][usage]")
{
    const auto r = cli({"--help"});
    CHECK(r.exitCode == 0);
    for (const char* command : {"init", "import", "export", "check", "stats"})
        CHECK(has(r.out, command));
}

TEST_CASE_METHOD(CliFixture, "The --version option prints the version and exits 0", "[cli][usage]")
{
    const auto r = cli({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "baton-cli 0."));
}

TEST_CASE_METHOD(CliFixture, "No arguments prints usage on stderr and exits 2", "[cli][usage]")
{
    const auto r = cli({});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "Usage"));
}

TEST_CASE_METHOD(CliFixture, "An unknown command exits 2 and names it", "[cli][usage]")
{
    const auto r = cli({"frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "frobnicate"));
}

TEST_CASE_METHOD(CliFixture, "A missing argument exits 2 with the command's usage", "[cli][usage]")
{
    const auto r = cli({"import", dir.file("team.baton")});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "Usage: baton-cli import TEAMFILE DATA.json"));
}

TEST_CASE_METHOD(CliFixture, "An unknown option exits 2", "[cli][usage]")
{
    const auto r = cli({"stats", dir.file("team.baton"), "--colour"});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "--colour"));
}

TEST_CASE_METHOD(CliFixture, "A command's --help shows its usage", "[cli][usage]")
{
    const auto r = cli({"export", "--help"});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "export TEAMFILE OUT.json"));
}

TEST_CASE_METHOD(CliFixture, "init without --name is a usage error", "[cli][usage]")
{
    const auto r = cli({"init", dir.file("team.baton")});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "--name"));
}
