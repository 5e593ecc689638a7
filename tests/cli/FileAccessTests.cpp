// Files Baton may not change, or cannot use, as a user the permission bits apply to (root
// becomes "nobody": support/Unprivileged.h): each gets a message that says what is wrong,
// nothing is written, and baton-cli answers within 2 s.
#include "support/CliFixture.h"
#include "support/Unprivileged.h"

#include "baton/storage/Database.h"

#include <sys/stat.h>

#include <filesystem>

using baton::test::CliFixture;
using baton::test::readFile;
using baton::test::runUnprivileged;
using baton::test::TimedResult;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

struct AccessFixture : CliFixture {
    /// A team file with a member, in a folder of its own that the unprivileged user may enter.
    std::string teamIn(const std::string& folder)
    {
        const std::string dirPath = dir.file(folder);
        fs::create_directories(dirPath);
        ::chmod(dir.path().c_str(), 0755);
        const std::string team = dirPath + "/team.baton";
        REQUIRE(cli({"init", team, "--name", "Northwind"}).exitCode == 0);
        REQUIRE(cli({"member", "add", team, "--name", "Ana"}).exitCode == 0);
        return team;
    }
    TimedResult run(std::vector<std::string> args)
    {
        args.insert(args.begin(), BATON_CLI);
        // The hang limit: a refusal that takes 2 s is a hang, and the child is killed.
        return runUnprivileged(args, dir.file("o.txt"), dir.file("e.txt"), 2.0);
    }
    /// Every file beside `team`, with its bytes: what "nothing was written" compares.
    static std::map<std::string, std::string> folderBytes(const std::string& team)
    {
        std::map<std::string, std::string> files;
        for (const auto& entry : fs::directory_iterator(fs::path(team).parent_path()))
            files[entry.path().filename().string()] = readFile(entry.path().string());
        return files;
    }
};

void answersWithoutHanging(const TimedResult& r)
{
    CHECK_FALSE(r.timedOut);
    CHECK(r.result.signal == 0);
}

} // namespace

TEST_CASE_METHOD(AccessFixture,
                 "A team file read-only by its permissions is read, and every change is refused in words",
                 "[cli][access]")
{
    const std::string team = teamIn("shared");
    ::chmod(fs::path(team).parent_path().c_str(), 0777); // the folder is writable; the file is not
    ::chmod(team.c_str(), 0444);
    const std::string before = readFile(team);

    for (const std::vector<std::string>& change :
         {std::vector<std::string>{"member", "add", team, "--name", "Bo"},
          std::vector<std::string>{"import", team, jsonFile(baton::test::validDocument())},
          std::vector<std::string>{"whoami", team, "01900000-0000-7000-8000-000000000001"}}) {
        const auto r = run(change);
        INFO(change[0] << ": " << r.result.err);
        answersWithoutHanging(r);
        CHECK(r.result.exitCode == 1);
        CHECK(has(r.result.err, "it is read-only (its permissions do not let you write it); nothing was changed"));
        CHECK(readFile(team) == before);
    }
    const auto stats = run({"stats", team});
    answersWithoutHanging(stats);
    CHECK(stats.result.exitCode == 0);
    CHECK(has(stats.result.out, "Northwind"));
    const auto check = run({"check", team});
    CHECK(check.result.exitCode == 0);
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(AccessFixture, "A team file in a folder the user may not write is refused in words, and not touched",
                 "[cli][access]")
{
    const std::string team = teamIn("locked");
    baton::test::giveToUnprivileged(team); // the file itself is the user's to write
    ::chmod(fs::path(team).parent_path().c_str(), 0555);
    const auto before = folderBytes(team);
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"stats", team}, std::vector<std::string>{"member", "add", team, "--name", "Bo"},
          std::vector<std::string>{"export", team, dir.file("out.json")}}) {
        const auto r = run(args);
        INFO(args[0] << ": " << r.result.err);
        answersWithoutHanging(r);
        CHECK(r.result.exitCode == 1);
        CHECK(has(r.result.err, "you may not write in its folder"));
        CHECK(folderBytes(team) == before);
    }
    ::chmod(fs::path(team).parent_path().c_str(), 0755);
}

TEST_CASE_METHOD(AccessFixture, "A copy or an export into a folder the user may not write says so and writes nothing",
                 "[cli][access]")
{
    const std::string team = teamIn("team");
    ::chmod(fs::path(team).parent_path().c_str(), 0777);
    const std::string closed = dir.file("closed");
    fs::create_directories(closed);
    ::chmod(closed.c_str(), 0555);
    const auto copy = run({"backup", team, closed + "/copy.baton"});
    answersWithoutHanging(copy);
    CHECK(copy.result.exitCode == 1);
    CHECK(has(copy.result.err, "you are not allowed to write in that folder"));
    const auto exported = run({"export", team, closed + "/team.json"});
    answersWithoutHanging(exported);
    CHECK(exported.result.exitCode == 1);
    CHECK(has(exported.result.err, "cannot write " + closed + "/team.json"));
    CHECK(fs::is_empty(closed));
}

TEST_CASE_METHOD(AccessFixture, "A foreign SQLite file, a newer file and a truncated one each get their own message",
                 "[cli][access]")
{
    const std::string team = teamIn("files");
    ::chmod(fs::path(team).parent_path().c_str(), 0777);
    const std::string bytes = readFile(team);
    const std::string folder = fs::path(team).parent_path().string();

    const std::string foreign = folder + "/photos.db";
    {
        baton::storage::Database db(foreign, baton::storage::Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES ('a.jpg')");
    }
    const std::string newer = folder + "/newer.baton";
    fs::copy_file(team, newer);
    {
        baton::storage::Database db(newer, baton::storage::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 99");
    }
    const std::string truncated = folder + "/truncated.baton";
    baton::test::writeFile(truncated, bytes.substr(0, bytes.size() / 2));
    const std::string stub = folder + "/stub.baton";
    baton::test::writeFile(stub, bytes.substr(0, 60));
    const std::string empty = folder + "/empty.baton";
    baton::test::writeFile(empty, "");
    for (const std::string& f : {foreign, newer, truncated, stub, empty})
        baton::test::giveToUnprivileged(f);

    const std::vector<std::pair<std::string, std::string>> cases = {
        {foreign, "is not a Baton team file (it is an SQLite database of another program)"},
        {newer, "was written by a newer version of Baton"},
        {truncated, "is damaged"},
        {stub, "is damaged"},
        {empty, "is empty"},
    };
    for (const auto& [file, expected] : cases) {
        const auto before = readFile(file);
        for (const std::vector<std::string>& args :
             {std::vector<std::string>{"stats", file}, std::vector<std::string>{"member", "add", file, "--name", "Bo"},
              std::vector<std::string>{"check", file}}) {
            const auto r = run(args);
            INFO(file << " " << args[0] << ": " << r.result.err);
            answersWithoutHanging(r);
            CHECK(r.result.exitCode == 1);
            CHECK(has(r.result.err, expected));
            CHECK(readFile(file) == before);
        }
    }
}
