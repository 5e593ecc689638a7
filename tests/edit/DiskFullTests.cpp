// A full disk at every step of an import, an upgrade, a bulk edit and a backup: each refusal
// says the disk is full, leaves the team file as it was, and the same open file works again
// once there is room. The disk is a small tmpfs (support/SmallDisk.h), filled until only a
// given number of pages is free; the free space grows a page per attempt until the operation
// succeeds, so the failure lands at every write the operation makes.
#include "edit/EditFixture.h"
#include "support/ExchangeDocuments.h"
#include "support/SmallDisk.h"
#include "support/VersionOneFile.h"

#include "baton/exchange/RosterImporter.h"
#include "baton/exchange/TeamImporter.h"
#include "baton/storage/FileCopy.h"
#include "baton/storage/HistoryVerifier.h"

#include <filesystem>

using namespace baton;
using baton::test::dumpAll;
using baton::test::SmallDisk;

namespace {

constexpr std::uint64_t kPage = 4096;
constexpr int kMaxAttempts = 400;

bool saysDiskFull(const std::string& message)
{
    return message.find("disk") != std::string::npos && message.find("full") != std::string::npos;
}

std::string joined(const exchange::ImportReport& report)
{
    std::string all;
    for (const auto& e : report.errors)
        all += e.toString() + "\n";
    return all;
}

/// A small edit on the file, to show it is usable after a refusal.
void editSucceeds(storage::TeamFile& file)
{
    const domain::SystemClock clock;
    edit::EditService service(file, clock);
    domain::Member m;
    m.id = domain::MemberId(service.context().newId());
    m.name = "Added after the disk was full";
    const auto added = service.people.addMember(m);
    INFO((added ? std::string() : added.error().message));
    CHECK(added.ok());
}

std::string csvRoster(int members)
{
    std::string csv = "name,email,title\n";
    for (int i = 0; i < members; ++i)
        csv += "Member " + std::to_string(i) + ",m" + std::to_string(i) + "@example.org,Analyst number " +
               std::to_string(i) + "\n";
    return csv;
}

/// Runs `attempt` with 0, 1, 2... pages free until it succeeds; each failure must say the disk
/// is full and leave `file` holding exactly what it held. Returns how many attempts failed.
template <typename Attempt> int fillAtEveryStep(SmallDisk& disk, storage::TeamFile& file, Attempt attempt)
{
    const std::string before = dumpAll(file.db());
    int failures = 0;
    for (int pages = 0; pages < kMaxAttempts; ++pages) {
        disk.leaveFree(static_cast<std::uint64_t>(pages) * kPage);
        const std::string refusal = attempt();
        disk.release();
        if (refusal.empty())
            return failures;
        ++failures;
        INFO(pages << " pages free: " << refusal);
        CHECK(saysDiskFull(refusal));
        CHECK(dumpAll(file.db()) == before);
    }
    FAIL("still refused with " << kMaxAttempts << " pages free");
    return failures;
}

/// A small disk with a new team file on it; no file (and a warning) where no tmpfs can be mounted.
struct DiskTeam {
    SmallDisk disk;
    domain::SystemClock clock;
    std::unique_ptr<storage::TeamFile> file;

    DiskTeam()
    {
        if (!disk.available()) {
            WARN("skipped: this process may not mount a small tmpfs");
            return;
        }
        auto created = storage::TeamFile::create(disk.file("team.baton"), "Disk", clock);
        REQUIRE(created.ok());
        file = std::move(created.value());
    }
};

} // namespace

TEST_CASE("An import refused by a full disk says so at every step and changes nothing", "[edit][disk-full]")
{
    DiskTeam t;
    if (!t.file)
        return;
    auto& [disk, clock, file] = t;
    nlohmann::json doc = test::validDocument();
    const nlohmann::json model = doc["decisions"][1];
    for (int i = 0; i < 60; ++i) {
        nlohmann::json d = model;
        d["id"] = "01900000-0000-7000-9000-0000000000" + std::to_string(10 + i);
        d["context"] = std::string(2000, 'c');
        d.erase("supersedes");
        doc["decisions"].push_back(std::move(d));
    }
    const std::string text = doc.dump();
    const int failures = fillAtEveryStep(disk, *file, [&] {
        const auto report = exchange::TeamImporter(*file).importText(text);
        return report.applied ? std::string() : joined(report);
    });
    CHECK(failures > 10);
    CHECK(file->db().queryInt("SELECT count(*) FROM decisions") == 62);
    CHECK(storage::verifyHistory(file->db()).ok);
    editSucceeds(*file);
}

TEST_CASE("A roster import of 300 members refused by a full disk changes nothing, at every step", "[edit][disk-full]")
{
    DiskTeam t;
    if (!t.file)
        return;
    auto& [disk, clock, file] = t;
    const std::string csv = csvRoster(300);
    const int failures = fillAtEveryStep(disk, *file, [&] {
        const auto report = exchange::RosterImporter(*file, clock).importText(csv);
        return report.applied ? std::string() : joined(report);
    });
    CHECK(failures > 10);
    CHECK(file->db().queryInt("SELECT count(*) FROM members") == 300);
    CHECK(storage::verifyHistory(file->db()).ok);
    editSucceeds(*file);
}

TEST_CASE("A backup refused by a full disk says so at every step and leaves no partial copy", "[edit][disk-full]")
{
    DiskTeam t;
    if (!t.file)
        return;
    auto& [disk, clock, file] = t;
    const std::string copy = disk.file("copy.baton");
    REQUIRE(exchange::RosterImporter(*file, clock).importText(csvRoster(400)).applied);
    const int failures = fillAtEveryStep(disk, *file, [&]() -> std::string {
        const auto saved = file->saveCopy(copy);
        if (saved.ok())
            return {};
        CHECK_FALSE(std::filesystem::exists(copy));
        CHECK_FALSE(std::filesystem::exists(copy + ".partial"));
        return saved.error().message;
    });
    CHECK(failures > 5);
    auto back = storage::TeamFile::open(copy, storage::OpenMode::ReadOnly);
    REQUIRE(back.ok());
    CHECK(back.value()->db().queryInt("SELECT count(*) FROM members") == 400);
    editSucceeds(*file);
}

TEST_CASE("An upgrade refused by a full disk leaves the old file as it was, at every step", "[edit][disk-full]")
{
    SmallDisk disk;
    if (!disk.available()) {
        WARN("skipped: this process may not mount a small tmpfs");
        return;
    }
    const std::string path = disk.file("old.baton");
    test::writeVersionOneFile(path, 200);
    std::string before;
    {
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        before = dumpAll(db);
    }
    int failures = 0;
    for (int pages = 0; pages < kMaxAttempts; ++pages) {
        disk.leaveFree(static_cast<std::uint64_t>(pages) * kPage);
        auto opened = storage::TeamFile::open(path);
        disk.release();
        if (opened.ok()) {
            CHECK(opened.value()->db().queryInt("PRAGMA user_version") == storage::currentSchemaVersion());
            CHECK(opened.value()->db().queryInt("SELECT count(*) FROM members") == 200);
            CHECK(storage::verifyHistory(opened.value()->db()).ok);
            editSucceeds(*opened.value());
            break;
        }
        ++failures;
        INFO(pages << " pages free: " << opened.error().message);
        CHECK(saysDiskFull(opened.error().message));
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        CHECK(db.queryInt("PRAGMA user_version") == 1);
        CHECK(dumpAll(db) == before);
        CHECK(db.queryText("PRAGMA integrity_check") == "ok");
    }
    CHECK(failures > 5);
}
