// Fuzz target: any bytes imported as an exchange file into a fresh team file. An import may
// refuse; it must never crash, and a refused import must leave the file as it was.
#include "FuzzSupport.h"

#include "baton/exchange/TeamImporter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace baton;
    static fuzz::TemplateTeamFile team("exchange-import.team", [](storage::TeamFile&) {});
    static const std::int64_t historyBefore = team.file().db().queryInt("SELECT count(*) FROM changes");

    exchange::ImportOptions options;
    options.clock = &fuzz::fixedClock();
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    const exchange::ImportReport report = exchange::TeamImporter(team.file(), options).importText(json);
    if (report.applied && !report.errors.empty())
        fuzz::fail("an import both applied and reported errors");
    if (report.applied) {
        team.reset();
    } else {
        if (report.errors.empty())
            fuzz::fail("an import neither applied nor said why");
        if (team.file().db().queryInt("SELECT count(*) FROM changes") != historyBefore)
            fuzz::fail("a refused import changed the history: " + report.errors.front().toString());
    }
    return 0;
}
