// The app answers --help and --version without a display.
#include "support/Catch.h"
#include "support/Process.h"
#include "support/TempDir.h"

TEST_CASE("baton answers --version and --help without a display", "[ui][app]")
{
    baton::test::TempDir dir;
    unsetenv("DISPLAY");
    baton::test::ChildProcess version({BATON_APP, "--version"}, dir.file("o1"), dir.file("e1"));
    const auto v = version.wait();
    CHECK(v.exitCode == 0);
    CHECK(v.out.find("Baton 0.") != std::string::npos);
    baton::test::ChildProcess help({BATON_APP, "--help"}, dir.file("o2"), dir.file("e2"));
    const auto h = help.wait();
    CHECK(h.exitCode == 0);
    CHECK(h.out.find("--page") != std::string::npos);
    CHECK(h.out.find("TEAMFILE") != std::string::npos);
}
