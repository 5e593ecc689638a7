// The expertise map as a report: the members × areas matrix (one CSV, several PDF tables of a
// few areas each so that they fit the page), the bus factor per area and mentoring pairs.
#include "DocumentParts.h"

#include "baton/report/ReportDocuments.h"

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

constexpr std::size_t kAreasPerPdfTable = 7;

/// "4 +2 ↗": the level, endorsements received in the area, and wanting to learn it.
std::string cellText(const ExpertiseMap& map, const Member& m, const ExpertiseArea& a, int& shade)
{
    shade = 0;
    const auto it = map.cells.find({m.id.str(), a.id.str()});
    if (it == map.cells.end())
        return "";
    std::string out = std::to_string(it->second.level);
    shade = it->second.level;
    if (const auto e = map.endorsements.find({m.id.str(), a.id.str()}); e != map.endorsements.end() && e->second > 0)
        out += " +" + std::to_string(e->second);
    if (it->second.wantsToLearn)
        out += " ↗";
    return out;
}

std::string indented(const ExpertiseMap& map, std::size_t index)
{
    return std::string(static_cast<std::size_t>(map.depth[index]) * 2, ' ') + map.areas[index].name;
}

ReportTable matrixTable(const ExpertiseMap& map, std::size_t first, std::size_t last, std::string name,
                        std::string caption)
{
    std::vector<std::string> columns{"Member"};
    std::vector<bool> numeric{false};
    for (std::size_t a = first; a < last; ++a) {
        columns.push_back(map.areas[a].name);
        numeric.push_back(false);
    }
    ReportTable t = table(std::move(name), std::move(caption), std::move(columns), std::move(numeric));
    for (const auto& m : map.members) {
        std::vector<std::string> row{m.name};
        std::vector<int> shades{0};
        for (std::size_t a = first; a < last; ++a) {
            int shade = 0;
            row.push_back(cellText(map, m, map.areas[a], shade));
            shades.push_back(shade);
        }
        t.rows.push_back(std::move(row));
        t.shades.push_back(std::move(shades));
    }
    return t;
}

} // namespace

ReportDocument expertiseDocument(const ExpertiseMap& map, Date asOf, const ReportContext& context)
{
    ReportDocument doc = document("Expertise map", "as of " + asOf.toString(), context);

    ReportSection matrix;
    matrix.heading = "Who holds which expertise";
    matrix.paragraphs.push_back("Levels: 1 aware, 2 practitioner, 3 proficient, 4 expert, 5 authority. “+3” is "
                                "the endorsements a member has received in the area; “↗” marks a member who wants "
                                "to learn it. Active members only.");
    matrix.figures = {{"Active members", grouped(static_cast<std::int64_t>(map.members.size()))},
                      {"Areas", grouped(static_cast<std::int64_t>(map.areas.size()))}};
    ReportTable whole = matrixTable(map, 0, map.areas.size(), "expertise_matrix", "Members × areas");
    whole.inPdf = false;
    matrix.tables.push_back(std::move(whole));
    for (std::size_t first = 0; first < map.areas.size(); first += kAreasPerPdfTable) {
        const std::size_t last = std::min(map.areas.size(), first + kAreasPerPdfTable);
        ReportTable part =
            matrixTable(map, first, last, "expertise_matrix_" + std::to_string(first / 7 + 1),
                        map.areas.size() > kAreasPerPdfTable
                            ? "Members × areas (" + map.areas[first].name + " to " + map.areas[last - 1].name + ")"
                            : "Members × areas");
        part.inCsv = false;
        matrix.tables.push_back(std::move(part));
    }
    if (map.areas.empty())
        matrix.paragraphs.push_back("The team has no expertise areas yet.");
    doc.sections.push_back(std::move(matrix));

    ReportSection bus;
    bus.heading = "Bus factor";
    bus.paragraphs.push_back("Per area, the active members at level 3 (proficient) or higher; a level in a sub-area "
                             "counts for the areas above it. An area with one such member or none hangs on too few "
                             "people and is flagged.");
    ReportTable busTable = table("bus_factor", "Bus factor per area", {"area_id", "area", "members_at_level_3_or_more"},
                                 {false, false, true});
    ReportTable flagged =
        table("areas_at_risk", "Areas that hang on one person or none", {"Area", "Members at 3+"}, {false, true});
    for (std::size_t i = 0; i < map.busFactors.size(); ++i) {
        const auto& b = map.busFactors[i];
        busTable.rows.push_back({b.area.str(), b.name, number(b.membersAtLevel3OrMore)});
        if (b.atRisk)
            flagged.rows.push_back({b.name, number(b.membersAtLevel3OrMore)});
    }
    busTable.inPdf = false; // ids help a spreadsheet, not a reader
    ReportTable busShown =
        table("bus_factor_shown", "Bus factor per area", {"Area", "Members at level 3 or more"}, {false, true});
    busShown.inCsv = false;
    for (std::size_t i = 0; i < map.busFactors.size() && i < map.areas.size(); ++i)
        busShown.rows.push_back({indented(map, i) + (map.busFactors[i].atRisk ? "  ⚑" : ""),
                                 number(map.busFactors[i].membersAtLevel3OrMore)});
    bus.figures = {
        {"Areas flagged (one member at level 3+ or none)", grouped(static_cast<std::int64_t>(flagged.rows.size()))}};
    bus.tables.push_back(std::move(busTable));
    bus.tables.push_back(std::move(busShown));
    flagged.inCsv = false;
    bus.tables.push_back(std::move(flagged));
    doc.sections.push_back(std::move(bus));

    ReportSection pairs;
    pairs.heading = "Suggested mentoring pairs";
    pairs.paragraphs.push_back("A member at level 4 (expert) or higher in an area, with a member who wants to learn "
                               "it.");
    ReportTable pairTable =
        table("mentoring_pairs", "Suggested mentoring pairs",
              {"area_id", "Area", "Mentor", "Mentor's level", "Learner"}, {false, false, false, true, false});
    for (const auto& p : map.pairs)
        pairTable.rows.push_back(
            {p.area.str(), map.areaName(p.area), map.nameOf(p.mentor), number(p.mentorLevel), map.nameOf(p.learner)});
    if (map.pairs.empty())
        pairs.paragraphs.push_back("No pairs: nobody who wants to learn an area has an expert in it on the team.");
    pairs.tables.push_back(std::move(pairTable));
    doc.sections.push_back(std::move(pairs));
    return doc;
}

} // namespace baton::report
