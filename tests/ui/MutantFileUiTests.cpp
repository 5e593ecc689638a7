// 500 byte-flipped copies of a team file, each opened by the app offscreen: it never crashes
// or hangs, refuses a file it cannot use with a message, and a file that opens shows its
// pages. Under the asan preset this runs with AddressSanitizer and UndefinedBehaviorSanitizer.
#include "ui/UiFixture.h"

#include "shell/FileOpener.h"
#include "support/Mutants.h"

using namespace baton;
using baton::test::UiFixture;

TEST_CASE("500 byte-flipped team files: the app never crashes or hangs, and refuses in words", "[ui][mutants]")
{
    UiFixture f(false);
    int opened = 0;
    int refused = 0;
    for (const std::string& mutant : test::writeMutants(f.path, f.dir, 500)) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = f.window->openFile(QString::fromStdString(mutant));
        INFO(mutant << ": " << f.window->opener().lastMessage().toStdString());
        if (ok) {
            ++opened;
            // A page whose rows sit on a flipped byte reads them on a worker; it must cope.
            for (const auto page : {ui::PageId::Overview, ui::PageId::Decisions, ui::PageId::People})
                f.workspace().navigate(ui::Location{page, {}});
            QTest::qWait(5);
            f.window->closeFile();
        } else {
            ++refused;
            CHECK_FALSE(f.window->opener().lastMessage().isEmpty());
        }
        CHECK(timer.elapsed() < 10000); // a hang limit, 100 times the usual open
        std::filesystem::remove(mutant);
        std::filesystem::remove(mutant + "-wal");
        std::filesystem::remove(mutant + "-shm");
    }
    INFO(opened << " opened, " << refused << " refused");
    CHECK(opened > 0);
    CHECK(refused > 0);
}
