// Fuzz target: any bytes as a member roster: the CSV reader alone, then the roster import into
// a team file that already has two members (so rows may update as well as add).
#include "FuzzSupport.h"

#include "baton/exchange/RosterImporter.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace baton;
    static fuzz::TemplateTeamFile team("roster.team", [](storage::TeamFile& file) {
        const auto report = exchange::RosterImporter(file, fuzz::fixedClock())
                                .importText("name,email,title,joined_on\n"
                                            "Ana Lima,ana@example.org,Lead,2024-01-15\n"
                                            "Bo Chen,bo@example.org,,\n");
        if (!report.applied)
            fuzz::fail("cannot set up the roster team file");
    });
    static const std::int64_t historyBefore = team.file().db().queryInt("SELECT count(*) FROM changes");

    const std::string_view csv(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto rows = exchange::parseCsv(csv, error);
    std::size_t cells = 0;
    for (const auto& row : rows) {
        if (row.empty())
            fuzz::fail("parseCsv returned an empty row");
        for (const auto& cell : row)
            cells += cell.size();
    }
    if (cells > size)
        fuzz::fail("parseCsv returned more text than it was given");

    const exchange::ImportReport report = exchange::RosterImporter(team.file(), fuzz::fixedClock()).importText(csv);
    if (report.applied) {
        team.reset();
    } else {
        if (report.errors.empty())
            fuzz::fail("a roster import neither applied nor said why");
        if (team.file().db().queryInt("SELECT count(*) FROM changes") != historyBefore)
            fuzz::fail("a refused roster import changed the history");
    }
    return 0;
}
