// 500 byte-flipped copies of a team file, each opened by baton-cli: check, and for those that
// pass, verify and stats. No crash, no hang, and every refusal says what is wrong. Under the
// asan preset this runs with AddressSanitizer and UndefinedBehaviorSanitizer.
#include "support/CliFixture.h"
#include "support/Mutants.h"

#include "baton/exchange/TeamImporter.h"

#include <chrono>

using baton::test::CliFixture;

namespace {

constexpr int kMutants = 500;

/// Runs baton-cli on one mutant: it must end on its own, with a status and, on refusal, words.
void expectComposure(CliFixture& f, const std::vector<std::string>& args, int& refused)
{
    const auto start = std::chrono::steady_clock::now();
    const auto r = f.cli(args);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(args[0] << " " << args[1] << ": " << r.err);
    CHECK(r.signal == 0);
    CHECK((r.exitCode == 0 || r.exitCode == 1));
    CHECK(seconds < 10.0);
    if (r.exitCode == 1) {
        ++refused;
        CHECK(r.err.find("baton-cli") != std::string::npos);
        CHECK(r.err.find("terminate") == std::string::npos);
        CHECK(r.err.find("internal error") == std::string::npos);
    }
}

} // namespace

TEST_CASE_METHOD(CliFixture, "500 byte-flipped team files: baton-cli never crashes or hangs, and refuses in words",
                 "[cli][mutants]")
{
    const std::string original = dir.file("original.baton");
    {
        const baton::domain::SystemClock clock;
        auto file = baton::storage::TeamFile::create(original, "Mutants", clock);
        REQUIRE(file.ok());
        REQUIRE(baton::exchange::TeamImporter(*file.value()).importText(baton::test::validDocument().dump()).applied);
    }
    int refused = 0;
    int opened = 0;
    for (const std::string& mutant : baton::test::writeMutants(original, dir, kMutants)) {
        const int before = refused;
        expectComposure(*this, {"check", mutant}, refused);
        if (refused > before)
            continue;
        ++opened;
        expectComposure(*this, {"verify", mutant}, refused);
        expectComposure(*this, {"stats", mutant}, refused);
    }
    INFO(opened << " mutants passed check, " << refused << " refusals");
    CHECK(refused > 0);
    CHECK(opened > 0);
}
