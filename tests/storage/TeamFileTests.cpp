#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/storage/Migrations.h"
#include "baton/storage/StorageError.h"

#include <chrono>
#include <filesystem>
#include <thread>

using namespace baton;
using namespace baton::storage;
using baton::test::readFile;
using baton::test::TeamFileFixture;
using baton::test::writeFile;

TEST_CASE_METHOD(TeamFileFixture, "A new team file is marked as Baton's and carries the schema version",
                 "[storage][file]")
{
    CHECK(db().queryInt("PRAGMA application_id") == kApplicationId);
    CHECK(db().queryInt("PRAGMA user_version") == currentSchemaVersion());
    CHECK(file->team().name == "Northwind");
}

TEST_CASE_METHOD(TeamFileFixture, "An open team file uses WAL, full sync, foreign keys and an untrusted schema",
                 "[storage][file]")
{
    CHECK(db().queryText("PRAGMA journal_mode") == "wal");
    CHECK(db().queryInt("PRAGMA synchronous") == 2);
    CHECK(db().queryInt("PRAGMA foreign_keys") == 1);
    CHECK(db().queryInt("PRAGMA trusted_schema") == 0);
}

TEST_CASE_METHOD(TeamFileFixture, "A write waits for another program's write lock instead of failing as busy",
                 "[storage][file]")
{
    Database other(path, Database::Mode::ReadWrite);
    other.exec("BEGIN IMMEDIATE");
    std::thread holder([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("COMMIT");
    });
    CHECK_NOTHROW([this] {
        Transaction tx(db());
        db().exec("INSERT INTO settings (key, value) VALUES ('waited', 'yes')");
        tx.commit();
    }());
    holder.join();
    CHECK(db().queryText("SELECT value FROM settings WHERE key = 'waited'") == "yes");
}

TEST_CASE_METHOD(TeamFileFixture, "Creating a team file never overwrites an existing file", "[storage][file]")
{
    auto again = TeamFile::create(path, "Other", clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("already exists") != std::string::npos);
}

TEST_CASE("Opening a missing file says it does not exist", "[storage][file]")
{
    auto opened = TeamFile::open("/nonexistent/folder/team.baton");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == domain::ErrorCode::NotFound);
}

TEST_CASE("A file that is not SQLite is refused and left untouched", "[storage][file]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("notes.baton");
    writeFile(path, std::string("These are my meeting notes, not a database.\n") + std::string(5000, 'x'));
    const std::string before = readFile(path);
    auto opened = TeamFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.find("not a Baton team file") != std::string::npos);
    CHECK(readFile(path) == before);
}

TEST_CASE("An SQLite database of another program is refused and left untouched", "[storage][file]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("other.db");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    }
    const std::string before = readFile(path);
    auto opened = TeamFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.find("another program") != std::string::npos);
    CHECK(readFile(path) == before);
}

TEST_CASE_METHOD(TeamFileFixture, "A file written by a newer Baton is refused and left untouched", "[storage][file]")
{
    db().exec("PRAGMA user_version = 99");
    close();
    const std::string before = readFile(path);
    auto opened = TeamFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == domain::ErrorCode::Unsupported);
    CHECK(opened.error().message.find("newer version of Baton") != std::string::npos);
    CHECK(readFile(path) == before);
}

TEST_CASE("An older team file is backed up before it is upgraded", "[storage][file]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("old.baton");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("CREATE TABLE legacy_note (x); INSERT INTO legacy_note VALUES ('kept');");
    }
    auto opened = TeamFile::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->upgradeBackup() == path + ".v0.bak");
    CHECK(std::filesystem::exists(path + ".v0.bak"));
    CHECK(opened.value()->db().queryInt("PRAGMA user_version") == currentSchemaVersion());
    Database backup(path + ".v0.bak", Database::Mode::ReadOnly);
    CHECK(backup.queryInt("PRAGMA user_version") == 0);
    CHECK(backup.queryText("SELECT x FROM legacy_note") == "kept");
}

TEST_CASE_METHOD(TeamFileFixture, "A damaged team file is reported as damaged and not changed", "[storage][file]")
{
    for (int i = 0; i < 300; ++i)
        db().exec("INSERT INTO settings (key, value) VALUES ('k" + std::to_string(i) + "', '" + std::string(200, 'v') +
                  "')");
    close();
    {
        std::string bytes = readFile(path);
        REQUIRE(bytes.size() > 8192);
        for (std::size_t i = 4096 + 100; i < bytes.size(); i += 97)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        writeFile(path, bytes);
    }
    const std::string before = readFile(path);
    auto opened = TeamFile::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message);
    CHECK(opened.error().code == domain::ErrorCode::Corrupt);
    CHECK(opened.error().message.find("damaged") != std::string::npos);
    CHECK(readFile(path) == before);
}

TEST_CASE_METHOD(TeamFileFixture, "A folder is not taken for a team file", "[storage][file]")
{
    auto opened = TeamFile::open(dir.path().string());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.find("folder") != std::string::npos);
}

TEST_CASE_METHOD(TeamFileFixture, "A team file opened read-only refuses writes", "[storage][file]")
{
    close();
    auto opened = TeamFile::open(path, OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->readOnly());
    CHECK_THROWS_AS(opened.value()->db().exec("INSERT INTO settings VALUES ('a', 'b')"), StorageError);
}

TEST_CASE_METHOD(TeamFileFixture, "Save a copy writes a complete, openable team file", "[storage][file]")
{
    file->setTeam({"Northwind Studio", "Product team"}, clock);
    const std::string copy = dir.file("copy.baton");
    REQUIRE(file->saveCopy(copy).ok());
    auto opened = TeamFile::open(copy, OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    CHECK(opened.value()->team().name == "Northwind Studio");
    CHECK_FALSE(std::filesystem::exists(copy + ".partial"));
}

TEST_CASE("The schema migrations are embedded in the binary", "[storage][migrations]")
{
    REQUIRE_FALSE(embeddedMigrations().empty());
    CHECK(embeddedMigrations().front().version == 1);
    CHECK(std::string(embeddedMigrations().front().sql).find("CREATE TABLE decisions") != std::string::npos);
    CHECK(currentSchemaVersion() == embeddedMigrations().back().version);
}

TEST_CASE_METHOD(TeamFileFixture, "A transaction rolls back unless committed", "[storage][database]")
{
    {
        Transaction tx(db());
        db().exec("INSERT INTO settings VALUES ('who', 'ana')");
    }
    CHECK(db().queryInt("SELECT count(*) FROM settings") == 0);
    {
        Transaction tx(db());
        db().exec("INSERT INTO settings VALUES ('who', 'ana')");
        tx.commit();
    }
    CHECK(db().queryInt("SELECT count(*) FROM settings") == 1);
}

TEST_CASE_METHOD(TeamFileFixture, "Statements bind text, numbers and null", "[storage][database]")
{
    Statement s = db().prepare("SELECT ?, ?, ?");
    s.bind(1, "é").bind(2, std::int64_t{42}).bindNull(3);
    REQUIRE(s.step());
    CHECK(s.columnText(0) == "é");
    CHECK(s.columnInt(1) == 42);
    CHECK(s.isNull(2));
    CHECK_FALSE(s.columnOptionalText(2));
}

TEST_CASE_METHOD(TeamFileFixture, "SQL errors surface as storage errors with SQLite's reason", "[storage][database]")
{
    try {
        db().exec("SELECT * FROM no_such_table");
        FAIL("expected an error");
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find("no_such_table") != std::string::npos);
    }
}

TEST_CASE("A team name must be 1 to 200 characters of UTF-8", "[storage][file]")
{
    baton::test::TempDir dir;
    const domain::FixedClock clock(*domain::Timestamp::parse("2026-11-26T09:00:00Z"));
    CHECK_FALSE(TeamFile::create(dir.file("a.baton"), "Caf\xe9", clock).ok());
    CHECK_FALSE(TeamFile::create(dir.file("b.baton"), std::string(201, 'n'), clock).ok());
    CHECK(TeamFile::create(dir.file("c.baton"), "Café", clock).ok());
    CHECK_FALSE(std::filesystem::exists(dir.file("a.baton")));
}

TEST_CASE_METHOD(TeamFileFixture, "Every connection folds text with baton_fold beyond ASCII", "[storage][database]")
{
    CHECK(db().queryText("SELECT baton_fold('ÉTUDE Straße ΣΊΣΥΦΟΣ')") == "étude strasse σίσυφοσ");
    CHECK(db().queryInt("SELECT baton_fold('ÅSA@example.org') = baton_fold('åsa@EXAMPLE.org')") == 1);
    CHECK(db().queryInt("SELECT baton_fold(NULL) IS NULL") == 1);
    Database other(path, Database::Mode::ReadOnly);
    CHECK(other.queryText("SELECT baton_fold('Ж')") == "ж");
}

TEST_CASE_METHOD(TeamFileFixture, "baton_micros compares stored timestamps as times, not as text",
                 "[storage][database]")
{
    // As text, "...00Z" sorts after "...00.500Z" ('Z' > '.'); as times it is half a second earlier.
    CHECK(db().queryInt("SELECT '2026-03-01T09:30:00Z' < '2026-03-01T09:30:00.500Z'") == 0);
    CHECK(db().queryInt("SELECT baton_micros('2026-03-01T09:30:00Z') < baton_micros('2026-03-01T09:30:00.500Z')") == 1);
    CHECK(db().queryInt("SELECT baton_micros('1970-01-01T00:00:01.000001Z')") == 1000001);
    CHECK(db().queryInt("SELECT baton_micros('not a time') IS NULL") == 1);
}

TEST_CASE_METHOD(TeamFileFixture, "A read-only team file leaves no -wal or -shm behind when it closes",
                 "[storage][file]")
{
    close();
    const std::string before = readFile(path);
    {
        auto opened = TeamFile::open(path, OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        CHECK(opened.value()->team().name == "Northwind");
        CHECK(opened.value()->db().readOnly());
    }
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
    CHECK(readFile(path) == before);
}

TEST_CASE_METHOD(TeamFileFixture, "Writes run rolled back on a read-only connection are not kept",
                 "[storage][database]")
{
    close();
    Database ro(path, Database::Mode::ReadOnly);
    REQUIRE(ro.readOnly());
    CHECK(ro.runRolledBack([&] { ro.exec("INSERT INTO settings VALUES ('who', 'ana')"); }));
    CHECK(ro.queryInt("SELECT count(*) FROM settings") == 0);
    CHECK(ro.readOnly());
    CHECK_THROWS_AS(ro.exec("INSERT INTO settings VALUES ('who', 'ana')"), StorageError);
    CHECK_THROWS_AS(ro.runRolledBack([&] { ro.exec("INSERT INTO no_such_table VALUES (1)"); }), StorageError);
    CHECK_THROWS_AS(ro.exec("INSERT INTO settings VALUES ('who', 'ana')"), StorageError);
}
