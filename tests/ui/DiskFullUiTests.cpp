// The app on a full disk: an import, an edit and Save a Copy are each refused with a message
// that says the disk is full, the team file keeps what it held, and once there is room again
// the same open window edits, imports and copies as before.
#include "ui/UiFixture.h"

#include "edit/EditFixture.h"
#include "jobs/ExchangeJobs.h"
#include "jobs/SaveCopyJob.h"
#include "support/SmallDisk.h"

#include <filesystem>

using namespace baton;
using baton::test::SmallDisk;
using baton::test::UiFixture;

namespace {
bool saysDiskFull(const QString& message)
{
    return message.contains(QStringLiteral("disk")) && message.contains(QStringLiteral("full"));
}
} // namespace

TEST_CASE("On a full disk the app refuses an import, an edit and a copy, loses nothing, and works once there is room",
          "[ui][disk-full]")
{
    SmallDisk disk;
    if (!disk.available()) {
        WARN("skipped: this process may not mount a small tmpfs");
        return;
    }
    UiFixture f(false);
    const std::string path = disk.file("team.baton");
    std::filesystem::copy_file(f.path, path);
    REQUIRE(f.window->openFile(QString::fromStdString(path)));
    const QString charter = QString::fromStdString(
        (std::filesystem::path(BATON_SAMPLE_TEAM).parent_path() / "sample-charter.baton.json").string());
    const QString copy = QString::fromStdString(disk.file("copy.baton"));
    const std::string before = test::dumpAll(f.db());
    auto member = f.session().members().front();
    member.title = "Changed on a full disk";
    const auto editMember = [&] {
        return f.session().apply(QStringLiteral("Edit Member"),
                                 [&](edit::EditService& e) { return e.people.editMember(member); });
    };

    disk.leaveFree(0);
    const auto imported = ui::importInBackground(f.window.get(), f.session(), charter, false);
    CHECK_FALSE(imported.applied);
    INFO(ui::describeImport(imported).toStdString());
    CHECK(saysDiskFull(ui::describeImport(imported)));
    const auto edited = editMember();
    REQUIRE_FALSE(edited.ok());
    CHECK(saysDiskFull(QString::fromStdString(edited.error().message)));
    const auto copied = ui::saveCopyInBackground(f.window.get(), f.session(), copy, false);
    REQUIRE_FALSE(copied.ok());
    CHECK(saysDiskFull(QString::fromStdString(copied.error().message)));
    CHECK_FALSE(std::filesystem::exists(copy.toStdString()));
    CHECK(test::dumpAll(f.db()) == before);

    disk.release();
    CHECK(editMember().ok());
    CHECK(ui::importInBackground(f.window.get(), f.session(), charter, false).applied);
    CHECK(f.count("SELECT count(*) FROM charter_rules") > 0);
    CHECK(ui::saveCopyInBackground(f.window.get(), f.session(), copy, false).ok());
    CHECK(f.db().queryText("PRAGMA integrity_check") == "ok");
}
