// Every file that cannot be used gets a clear message, never a crash, and stays unchanged.
#include "ui/UiFixture.h"

#include "shell/FileOpener.h"

#include "baton/storage/Database.h"

#include <QLabel>

using namespace baton;
using baton::test::readFile;
using baton::test::UiFixture;
using baton::test::writeFile;

TEST_CASE("Opening a file that is not a team file says so and leaves it unchanged", "[ui][faults]")
{
    UiFixture f(false);
    const std::string notes = f.dir.file("notes.baton");
    writeFile(notes, "Meeting notes, definitely not a database.\n");
    CHECK_FALSE(f.window->openFile(QString::fromStdString(notes)));
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("not a Baton team file")));
    CHECK(readFile(notes) == "Meeting notes, definitely not a database.\n");
    CHECK(f.window->session() == nullptr);
}

TEST_CASE("Opening a damaged team file says it is damaged and leaves it unchanged", "[ui][faults]")
{
    UiFixture f(false);
    std::string bytes = readFile(f.path);
    for (std::size_t i = 4096 * 3; i < bytes.size(); i += 211)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    writeFile(f.path, bytes);
    CHECK_FALSE(f.window->openFile(QString::fromStdString(f.path)));
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("damaged")));
    CHECK(readFile(f.path) == bytes);
}

TEST_CASE("Opening a file from a newer Baton asks to update and leaves it unchanged", "[ui][faults]")
{
    UiFixture f(false);
    {
        storage::Database db(f.path, storage::Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = 77");
    }
    const std::string before = readFile(f.path);
    CHECK_FALSE(f.window->openFile(QString::fromStdString(f.path)));
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("newer version of Baton")));
    CHECK(readFile(f.path) == before);
}

TEST_CASE("Opening a missing file says it does not exist and drops it from the recent list", "[ui][faults]")
{
    UiFixture f(false);
    CHECK_FALSE(f.window->openFile(QString::fromStdString(f.dir.file("gone.baton"))));
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("does not exist")));
}

TEST_CASE("A file locked by another program is offered read-only, with a banner, and stays unchanged", "[ui][faults]")
{
    UiFixture f(false);
    storage::Database other(f.path, storage::Database::Mode::ReadWrite);
    other.exec("PRAGMA journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE");
    other.exec("INSERT INTO settings (key, value) VALUES ('held', 'by another program')");
    const std::string before = readFile(f.path);
    f.window->opener().setAutoAnswerReadOnly(true);
    REQUIRE(f.window->openFile(QString::fromStdString(f.path)));
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("Open it read-only")));
    CHECK(f.session().readOnly());
    CHECK(f.workspace().findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
    CHECK(f.window->windowTitle().contains(QStringLiteral("read-only")));
    auto member = f.session().members().front();
    member.title = "Changed";
    CHECK_FALSE(f.session()
                    .apply(QStringLiteral("Edit"), [&](edit::EditService& e) { return e.people.editMember(member); })
                    .ok());
    other.exec("ROLLBACK");
    f.window->closeFile();
    CHECK(readFile(f.path) == before);
}

TEST_CASE("Declining to open a locked file read-only opens nothing", "[ui][faults]")
{
    UiFixture f(false);
    storage::Database other(f.path, storage::Database::Mode::ReadWrite);
    other.exec("PRAGMA journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE");
    other.exec("INSERT INTO settings (key, value) VALUES ('held', 'yes')");
    f.window->opener().setAutoAnswerReadOnly(false);
    CHECK_FALSE(f.window->openFile(QString::fromStdString(f.path)));
    CHECK(f.window->session() == nullptr);
    other.exec("ROLLBACK");
}

TEST_CASE("A team file opened read-only disables every editing action", "[ui][faults]")
{
    UiFixture f(false);
    auto file = storage::TeamFile::open(f.path, storage::OpenMode::ReadOnly);
    REQUIRE(file.ok());
    domain::SystemClock clock;
    ui::TeamSession session(std::move(file.value()), clock);
    CHECK(session.readOnly());
    auto member = session.members().front();
    member.title = "Changed";
    const auto result =
        session.apply(QStringLiteral("Edit"), [&](edit::EditService& e) { return e.people.editMember(member); });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("read-only") != std::string::npos);
}

TEST_CASE("An older team file is upgraded on another thread, and the old one kept as a backup", "[ui][faults]")
{
    UiFixture f(false);
    const std::string old = f.dir.file("old.baton");
    {
        storage::Database db(old, storage::Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
        db.exec("CREATE TABLE legacy_note (x); INSERT INTO legacy_note VALUES ('kept');");
    }
    REQUIRE(storage::TeamFile::needsUpgrade(old));
    REQUIRE(f.window->openFile(QString::fromStdString(old)));
    REQUIRE(f.window->session() != nullptr);
    CHECK_FALSE(storage::TeamFile::needsUpgrade(old));
    CHECK(f.window->session()->file().upgradeBackup() == old + ".v0.bak");
    storage::Database backup(old + ".v0.bak", storage::Database::Mode::ReadOnly);
    CHECK(backup.queryText("SELECT x FROM legacy_note") == "kept");
    CHECK_FALSE(storage::TeamFile::needsUpgrade(f.path)); // a current file opens as before
}
