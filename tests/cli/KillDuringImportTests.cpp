// kill -9 in the middle of an import must leave a file that passes check and holds all
// of the import or none of it.
#include "support/CliFixture.h"

#include "baton/storage/Database.h"

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

using baton::test::CliFixture;

namespace {
std::int64_t decisionCount(const std::string& team)
{
    baton::storage::Database db(team, baton::storage::Database::Mode::ReadOnly);
    return db.queryInt("SELECT count(*) FROM decisions");
}
} // namespace

TEST_CASE_METHOD(CliFixture, "kill -9 during a large import leaves all or nothing, fifty times over", "[cli][kill]")
{
    constexpr int kExtra = 10000;
    const std::string data = jsonFile(documentWithDecisions(kExtra), "large.json");
    const std::string pristine = teamFile("pristine.baton");
    const std::int64_t all = kExtra + 2;

    // Time one full import to spread the kills over its whole length.
    const std::string timed = dir.file("timed.baton");
    std::filesystem::copy_file(pristine, timed);
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(cli({"import", timed, data}).exitCode == 0);
    const auto full = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    REQUIRE(decisionCount(timed) == all);

    std::mt19937 random(12345);
    // Kills land across the first 80% of a full import (timings vary with machine load).
    std::uniform_int_distribution<long> delay(0, full.count() * 8 / 10);
    int killedMidway = 0;
    int complete = 0;
    int empty = 0;
    for (int round = 0; round < 50; ++round) {
        const std::string team = dir.file("round.baton");
        std::filesystem::remove(team);
        std::filesystem::remove(team + "-wal");
        std::filesystem::remove(team + "-shm");
        std::filesystem::copy_file(pristine, team);
        {
            baton::test::ChildProcess child({BATON_CLI, "import", team, data}, dir.file("o.txt"), dir.file("e.txt"));
            std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
            child.kill(SIGKILL);
            const auto result = child.wait();
            if (result.signal == SIGKILL)
                ++killedMidway;
        }
        const auto check = cli({"check", team});
        INFO("round " << round << ": " << check.err);
        REQUIRE(check.exitCode == 0);
        const std::int64_t count = decisionCount(team);
        REQUIRE((count == 0 || count == all));
        (count == 0 ? empty : complete) += 1;
    }
    INFO("killed mid-way " << killedMidway << ", complete " << complete << ", empty " << empty);
    CHECK(killedMidway >= 25);
    CHECK(empty > 0);
}
