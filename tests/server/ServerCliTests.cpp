// The team server from the command line: the real baton-cli binary, end to end.
#include "server/ServerFixture.h"
#include "support/Process.h"

#include <cstdlib>
#include <sstream>

using namespace baton;
using namespace baton::test;

namespace {

ProcessResult cli(TempDir& dir, std::vector<std::string> args)
{
    std::vector<std::string> argv{std::string(BATON_CLI)};
    for (auto& a : args)
        argv.push_back(std::move(a));
    ChildProcess child(argv, dir.file("stdout.txt"), dir.file("stderr.txt"));
    return child.wait();
}

std::string field(const std::string& out, const std::string& name)
{
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(name, 0) == 0)
            return line.substr(line.find_first_not_of(' ', name.size()));
    return {};
}

std::string contentOf(const std::string& verifyOut)
{
    return verifyOut.substr(verifyOut.find("content "));
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "baton-cli sets up a server, publishes, joins and syncs two workstations",
                 "[server][cli]")
{
    auto r = cli(dir, {"server", "init", admin});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    r = cli(dir, {"server", "add-member", admin, "--member", team::kAna, "--name", "Ana", "--login", db + "_ana",
                  "--facilitator"});
    REQUIRE(r.exitCode == 0);
    const std::string anaPassword = field(r.out, "password");
    const std::string anaConnection = field(r.out, "connection");
    CHECK(anaConnection.find(anaPassword) == std::string::npos);
    r = cli(dir, {"server", "add-member", admin, "--member", team::kBo, "--name", "Bo", "--login", db + "_bo"});
    REQUIRE(r.exitCode == 0);
    const std::string boPassword = field(r.out, "password");
    const std::string boConnection = field(r.out, "connection");

    const std::string origin = makeTeamFile();
    r = cli(dir, {"publish", origin, anaConnection + " password=" + anaPassword});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string joined = dir.file("bo.baton");
    r = cli(dir, {"join", joined, boConnection + " password=" + boPassword});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    r = cli(dir, {"commitment", "edit", joined, team::kCom, "--description", "Edited by Bo"});
    REQUIRE(r.exitCode == 0);
    ::setenv("PGPASSWORD", boPassword.c_str(), 1);
    r = cli(dir, {"sync", joined});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("sent 1, received 0"));
    ::setenv("PGPASSWORD", anaPassword.c_str(), 1);
    r = cli(dir, {"sync", origin});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("received 1"));
    ::unsetenv("PGPASSWORD");

    const auto a = cli(dir, {"verify", origin});
    const auto b = cli(dir, {"verify", joined});
    REQUIRE(a.exitCode == 0);
    REQUIRE(b.exitCode == 0);
    CHECK(contentOf(a.out) == contentOf(b.out));
    r = cli(dir, {"conflicts", joined});
    CHECK_THAT(r.out, Catch::Contains("0 open conflicts"));
}

TEST_CASE_METHOD(ServerFixture, "baton-cli sync of an unlinked file, or with no server, fails with a clear message",
                 "[server][cli]")
{
    const std::string path = makeTeamFile();
    auto r = cli(dir, {"sync", path});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("is not linked to a team server"));
    r = cli(dir, {"publish", path, "host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot be reached"));
    r = cli(dir, {"publish", path, "this is = not a connection string"});
    CHECK(r.exitCode != 0);
    CHECK_THAT(r.err, Catch::Contains("connection string"));
}
