// The app opening files it may not change or cannot use, as a user the permission bits apply
// to (a test running as root becomes "nobody" for the open: support/Unprivileged.h). Each gets
// the right answer in under 2 s, and no byte of the file changes.
#include "ui/UiFixture.h"

#include "shell/FileOpener.h"
#include "support/Unprivileged.h"

#include <QLabel>

#include <sys/stat.h>

using namespace baton;
using baton::test::readFile;
using baton::test::UiFixture;

namespace {

/// Opens `path` in the window as the unprivileged user; returns whether it opened, and how long.
std::pair<bool, qint64> openUnprivileged(UiFixture& f, const std::string& path)
{
    test::AsUnprivileged unprivileged;
    QElapsedTimer timer;
    timer.start();
    const bool opened = f.window->openFile(QString::fromStdString(path));
    return {opened, timer.elapsed()};
}

} // namespace

TEST_CASE("A team file read-only by its permissions opens read-only, with the banner, and is not changed",
          "[ui][access]")
{
    UiFixture f(false);
    ::chmod(f.dir.path().c_str(), 0777);
    ::chmod(f.path.c_str(), 0444);
    const std::string before = readFile(f.path);
    const auto [opened, ms] = openUnprivileged(f, f.path);
    REQUIRE(opened);
    CHECK(ms < 2000);
    CHECK(f.session().readOnly());
    CHECK(f.workspace().findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
    auto member = f.session().members().front();
    member.title = "Changed";
    {
        test::AsUnprivileged unprivileged;
        CHECK_FALSE(
            f.session()
                .apply(QStringLiteral("Edit"), [&](edit::EditService& e) { return e.people.editMember(member); })
                .ok());
    }
    f.window->closeFile();
    CHECK(readFile(f.path) == before);
}

TEST_CASE("A team file in a folder the user may not write is refused with the reason", "[ui][access]")
{
    UiFixture f(false);
    test::giveToUnprivileged(f.path);
    ::chmod(f.dir.path().c_str(), 0555);
    const std::string before = readFile(f.path);
    const auto [opened, ms] = openUnprivileged(f, f.path);
    ::chmod(f.dir.path().c_str(), 0755);
    CHECK_FALSE(opened);
    CHECK(ms < 2000);
    INFO(f.window->opener().lastMessage().toStdString());
    CHECK(f.window->opener().lastMessage().contains(QStringLiteral("you may not write in its folder")));
    CHECK(readFile(f.path) == before);
}

TEST_CASE("A foreign SQLite file, a truncated team file and an empty one are each refused in words", "[ui][access]")
{
    UiFixture f(false);
    ::chmod(f.dir.path().c_str(), 0777); // a damaged file in a folder the user may not write is refused for that
    const std::string bytes = readFile(f.path);
    const std::string foreign = f.dir.file("photos.db");
    {
        storage::Database db(foreign, storage::Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)");
    }
    const std::string truncated = f.dir.file("truncated.baton");
    test::writeFile(truncated, bytes.substr(0, bytes.size() / 3));
    const std::string empty = f.dir.file("empty.baton");
    test::writeFile(empty, "");
    for (const auto& [path, expected] : {std::pair{foreign, "not a Baton team file"},
                                         std::pair{truncated, "is damaged"}, std::pair{empty, "is empty"}}) {
        test::giveToUnprivileged(path);
        const std::string before = readFile(path);
        const auto [opened, ms] = openUnprivileged(f, path);
        INFO(path << ": " << f.window->opener().lastMessage().toStdString());
        CHECK_FALSE(opened);
        CHECK(ms < 2000);
        CHECK(f.window->opener().lastMessage().contains(QString::fromUtf8(expected)));
        CHECK(readFile(path) == before);
    }
}
