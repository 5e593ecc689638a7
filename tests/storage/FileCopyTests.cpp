// Save a Copy in steps: complete, atomic, cancellable.
#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/FileCopy.h"
#include "baton/storage/MemberRepository.h"

#include <filesystem>
#include <thread>

using namespace baton;
using namespace baton::storage;
using baton::test::readFile;
using baton::test::TeamFileFixture;
using baton::test::writeFile;

namespace {

/// A team file of a few hundred pages, so a copy in steps of 16 pages takes many steps.
struct CopyFixture : TeamFileFixture {
    std::string target = dir.file("copy.baton");

    CopyFixture()
    {
        Transaction tx(db());
        MemberRepository members(db());
        for (int i = 0; i < 2000; ++i) {
            domain::Member m;
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-7000-8000-%012d", i);
            m.id = domain::MemberId(id);
            m.name = "Member " + std::to_string(i) + std::string(200, 'x');
            m.joinedOn = baton::test::day("2024-01-15");
            m.updatedAt = *domain::Timestamp::parse("2026-01-01T10:00:00Z");
            members.upsert(m);
        }
        tx.commit();
    }

    /// No partial copy and no journal of one is left beside the target.
    bool noPartialLeft() const
    {
        for (const char* suffix : {".partial", ".partial-journal", ".partial-wal"})
            if (std::filesystem::exists(target + suffix))
                return false;
        return true;
    }
};

} // namespace

TEST_CASE_METHOD(CopyFixture, "A copy made in steps holds everything the team file holds", "[storage][copy]")
{
    std::vector<std::pair<std::size_t, std::size_t>> reports;
    const auto copied = file->saveCopy(target, [&](std::size_t done, std::size_t total) {
        reports.emplace_back(done, total);
        return true;
    });
    REQUIRE(copied.ok());
    // copyDatabase's default step is far larger than this file: ask for small steps directly.
    REQUIRE(copyDatabase(
                db(), target,
                [&](std::size_t done, std::size_t total) {
                    reports.emplace_back(done, total);
                    return true;
                },
                16)
                .ok());
    CHECK(reports.size() > 5);
    CHECK(reports.back().first == reports.back().second);
    CHECK(noPartialLeft());

    auto opened = TeamFile::open(target, OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    Database& copy = opened.value()->db();
    CHECK(copy.queryText("PRAGMA integrity_check") == "ok");
    CHECK(copy.queryInt("SELECT count(*) FROM members") == 2000);
    CHECK(copy.queryText("SELECT group_concat(name) FROM (SELECT name FROM members ORDER BY id)") ==
          db().queryText("SELECT group_concat(name) FROM (SELECT name FROM members ORDER BY id)"));
    CHECK(opened.value()->team().name == "Northwind");
}

TEST_CASE_METHOD(CopyFixture, "A copy runs on another thread through a connection of its own", "[storage][copy]")
{
    domain::Result<void> copied;
    std::size_t steps = 0;
    std::thread worker([&] {
        copied = copyDatabaseFile(
            path, target, [&](std::size_t, std::size_t) { return ++steps > 0; }, 16);
    });
    worker.join();
    REQUIRE(copied.ok());
    CHECK(steps > 5);
    Database copy(target, Database::Mode::ReadOnly);
    CHECK(copy.queryText("PRAGMA integrity_check") == "ok");
    CHECK(copy.queryInt("SELECT count(*) FROM members") == 2000);
}

TEST_CASE_METHOD(CopyFixture, "A cancelled copy leaves neither a copy nor a partial file", "[storage][copy]")
{
    int calls = 0;
    const auto copied = copyDatabase(
        db(), target, [&](std::size_t, std::size_t) { return ++calls < 3; }, 16);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().code == domain::ErrorCode::Cancelled);
    CHECK(calls == 3);
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(noPartialLeft());
}

TEST_CASE_METHOD(CopyFixture, "A cancelled copy leaves an existing file of that name as it was", "[storage][copy]")
{
    writeFile(target, "an earlier copy");
    const auto copied = copyDatabase(
        db(), target, [](std::size_t, std::size_t) { return false; }, 16);
    REQUIRE_FALSE(copied.ok());
    CHECK(readFile(target) == "an earlier copy");
    CHECK(noPartialLeft());
}

TEST_CASE_METHOD(CopyFixture, "A copy into a folder that does not exist names the file and the cause",
                 "[storage][copy]")
{
    const std::string nowhere = dir.file("no-such-folder/copy.baton");
    const auto copied = file->saveCopy(nowhere);
    REQUIRE_FALSE(copied.ok());
    INFO(copied.error().message);
    CHECK(copied.error().code == domain::ErrorCode::Io);
    CHECK(copied.error().message == "cannot save a copy to " + nowhere + ": the folder does not exist");
}

TEST_CASE_METHOD(CopyFixture, "A copy over the team file itself or over a folder is refused", "[storage][copy]")
{
    const auto self = file->saveCopy(path);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.find("the team file itself") != std::string::npos);
    std::filesystem::create_directory(dir.file("folder"));
    const auto folder = file->saveCopy(dir.file("folder"));
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.find("a folder has that name") != std::string::npos);
    CHECK(db().queryInt("SELECT count(*) FROM members") == 2000);
}
