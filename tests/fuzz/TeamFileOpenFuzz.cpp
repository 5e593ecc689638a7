// Fuzz target: any bytes as a team file. Opening may refuse (not SQLite, not Baton's, newer,
// damaged); it must never crash. A file that opens is read the way check, verify, stats and
// the lists read it, so damage inside pages is met; a read may still fail with StorageError,
// which every entry point users reach turns into a message.
#include "FuzzSupport.h"

#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/TeamChecker.h"
#include "baton/storage/TeamQueries.h"
#include "baton/sync/Replica.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace {

using namespace baton;

void readAll(storage::TeamFile& file)
{
    try {
        (void)file.team();
        (void)storage::checkTeam(file);
        (void)storage::verifyHistory(file.db());
        storage::TeamQueries queries(file.db());
        (void)queries.counts();
        (void)queries.whoLedWhat(fuzz::fixedClock().today());
        (void)storage::MemberRepository(file.db()).all(storage::Retracted::Included);
        storage::SqliteDecisionCatalog decisions(file.db());
        domain::DecisionFilter filter;
        (void)decisions.count(filter);
        (void)decisions.page(filter, std::nullopt, 50);
        filter.text = "decision";
        (void)decisions.page(filter, std::nullopt, 50);
        sync::Replica replica(file.db());
        if (replica.link()) {
            (void)replica.counts();
            (void)replica.conflicts(50);
            (void)replica.refusals(50);
        }
    } catch (const storage::StorageError&) { // damage found late: refused like the CLI refuses it
    }
}

void openAndRead(const std::string& path, storage::OpenMode mode)
{
    auto opened = storage::TeamFile::open(path, mode, storage::IntegrityCheck::AtOpen);
    if (opened)
        readAll(*opened.value());
}

void clearScratch()
{
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(fuzz::scratch().path(), ignored))
        std::filesystem::remove_all(entry.path(), ignored);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::string readOnly = fuzz::scratch().file("read-only.team");
    const std::string readWrite = fuzz::scratch().file("read-write.team");
    test::writeFile(readOnly, bytes);
    test::writeFile(readWrite, bytes);
    openAndRead(readOnly, storage::OpenMode::ReadOnly);
    openAndRead(readWrite, storage::OpenMode::ReadWrite); // may upgrade, after a backup
    clearScratch();
    return 0;
}
