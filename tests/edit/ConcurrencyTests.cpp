// Three processes editing one team file at once, as two Baton windows and baton-cli would:
// every edit waits its turn for the write lock, none is refused as busy, and none is lost.
#include "support/Catch.h"
#include "support/Process.h"
#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/edit/EditService.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/TeamFile.h"

#include <string>
#include <vector>

using namespace baton;

TEST_CASE("Three processes making 2,000 read-modify-write edits each lose none and are never refused as busy",
          "[edit][concurrency]")
{
    constexpr int kProcesses = 3;
    constexpr int kEdits = 2000;
    test::TempDir dir;
    const std::string path = dir.file("shared.baton");
    const domain::SystemClock clock;
    std::vector<std::string> ids;
    {
        auto created = storage::TeamFile::create(path, "Counters", clock);
        REQUIRE(created.ok());
        edit::EditService service(*created.value(), clock);
        for (int i = 0; i <= kProcesses; ++i) {
            domain::Member m;
            m.id = domain::MemberId(service.context().newId());
            m.name = i == 0 ? "Shared counter" : "Counter of process " + std::to_string(i);
            m.title = "0";
            REQUIRE(service.people.addMember(m).ok());
            ids.push_back(m.id.str());
        }
    }

    std::vector<std::unique_ptr<test::ChildProcess>> workers;
    for (int i = 1; i <= kProcesses; ++i)
        workers.push_back(std::make_unique<test::ChildProcess>(
            std::vector<std::string>{BATON_COUNTER_WORKER, path, ids[0], ids[static_cast<std::size_t>(i)],
                                     std::to_string(kEdits)},
            dir.file("out" + std::to_string(i)), dir.file("err" + std::to_string(i))));
    for (auto& w : workers) {
        const auto r = w->wait();
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out == std::to_string(kEdits) + " edits, 0 failed\n");
        CHECK(r.err.empty()); // no "database is locked", nothing at all
    }

    auto opened = storage::TeamFile::open(path, storage::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    storage::MemberRepository members(opened.value()->db());
    CHECK(members.find(domain::MemberId(ids[0]))->title == std::to_string(kProcesses * kEdits));
    for (int i = 1; i <= kProcesses; ++i)
        CHECK(members.find(domain::MemberId(ids[static_cast<std::size_t>(i)]))->title == std::to_string(kEdits));
    // Two history entries per edit, after the four members were added, in one unbroken chain.
    CHECK(opened.value()->db().queryInt("SELECT count(*) FROM changes") == kProcesses + 1 + 2 * kProcesses * kEdits);
    const auto verified = storage::verifyHistory(opened.value()->db());
    INFO(verified.problem);
    CHECK(verified.ok);
}
