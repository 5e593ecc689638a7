// baton-cli suggest-lead and report expertise|coaching on the sample team: the CSV columns the
// issue names, PDFs that say what the screen says, and clear refusals.
#include "support/CliFixture.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

using baton::test::CliFixture;
using baton::test::readFile;

namespace {
/// "Self-serve onboarding rebuild": names Interaction Design, Copywriting, Analytics, Frontend.
const std::string kOnboarding = "0192f785-a476-7647-842b-bc974ca7ef92";

struct SampleFixture : CliFixture {
    std::string team = teamFile();
    SampleFixture() { REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0); }
};

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') // CSV lines end in CRLF (RFC 4180)
            line.pop_back();
        out.push_back(line);
    }
    return out;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE_METHOD(SampleFixture, "suggest-lead writes rank, member id, name and reasons as CSV", "[cli][coaching]")
{
    const auto r = cli({"suggest-lead", team, "--initiative", kOnboarding, "--format", "csv"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() >= 11);
    CHECK(rows[0] == "rank,member_id,name,reasons");
    for (std::size_t k = 1; k < rows.size(); ++k)
        CHECK(rows[k].rfind(std::to_string(k) + ",", 0) == 0); // ranks 1, 2, 3, ... in order
    CHECK(has(r.out, "Interaction Design"));
    CHECK(has(r.out, "open initiative"));
    for (const char* left : {"Ravi Shankar", "Hannah Becker", "Ben Carter"})
        CHECK_FALSE(has(r.out, left)); // members who left are never suggested
}

TEST_CASE_METHOD(SampleFixture, "suggest-lead as text names the initiative and marks the stretch pick",
                 "[cli][coaching]")
{
    const auto r = cli({"suggest-lead", team, "--initiative", kOnboarding});
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "Who could lead \"Self-serve onboarding rebuild\""));
    CHECK(has(r.out, "  1. "));
}

TEST_CASE_METHOD(SampleFixture, "suggest-lead refuses an unknown initiative and a bad format", "[cli][coaching]")
{
    const auto missing = cli({"suggest-lead", team, "--initiative", "0192f785-a476-7647-842b-000000000000"});
    CHECK(missing.exitCode == 1);
    CHECK(has(missing.err, "there is no initiative with id 0192f785-a476-7647-842b-000000000000"));
    const auto format = cli({"suggest-lead", team, "--initiative", kOnboarding, "--format", "xml"});
    CHECK(format.exitCode == 2);
    CHECK(has(format.err, "--format is text or csv"));
    CHECK(cli({"suggest-lead", team}).exitCode == 2); // --initiative is required
}

TEST_CASE_METHOD(SampleFixture, "report expertise writes the matrix, bus_factor.csv and the pairs as CSV",
                 "[cli][coaching]")
{
    const std::string out = dir.file("expertise");
    std::filesystem::create_directories(out);
    const auto r = cli({"report", "expertise", team, "--format", "csv", "-o", out});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto bus = lines(readFile(out + "/bus_factor.csv"));
    REQUIRE(bus.size() == 18); // a header and the sample's 17 areas
    CHECK(bus[0] == "area_id,area,members_at_level_3_or_more");
    CHECK(has(readFile(out + "/bus_factor.csv"), ",Quality Assurance,1"));
    const auto matrix = lines(readFile(out + "/expertise_matrix.csv"));
    REQUIRE_FALSE(matrix.empty());
    CHECK(matrix[0].rfind("Member,", 0) == 0);
    CHECK(has(matrix[0], "Data Engineering"));
    CHECK(lines(readFile(out + "/mentoring_pairs.csv"))[0] == "area_id,Area,Mentor,Mentor's level,Learner");
}

TEST_CASE_METHOD(SampleFixture, "report expertise and coaching write PDFs that read as the screen does",
                 "[cli][coaching]")
{
    const std::string pdf = dir.file("expertise.pdf");
    REQUIRE(cli({"report", "expertise", team, "-o", pdf}).exitCode == 0);
    REQUIRE(std::system(("pdftotext '" + pdf + "' '" + dir.file("e.txt") + "'").c_str()) == 0);
    const std::string text = readFile(dir.file("e.txt"));
    CHECK(has(text, "Expertise map"));
    CHECK(has(text, "Bus factor"));
    CHECK(has(text, "Suggested mentoring pairs"));
    const std::string coaching = dir.file("coaching.pdf");
    REQUIRE(cli({"report", "coaching", team, "-o", coaching}).exitCode == 0);
    REQUIRE(std::system(("pdftotext '" + coaching + "' '" + dir.file("c.txt") + "'").c_str()) == 0);
    const std::string ctext = readFile(dir.file("c.txt"));
    CHECK(has(ctext, "Development goals"));
    CHECK(has(ctext, "First-time leads"));
    CHECK(has(ctext, "Never led, with expertise that fits"));
}

TEST_CASE_METHOD(SampleFixture, "The leadership report's CSV holds the monthly spread and participation",
                 "[cli][coaching]")
{
    const std::string out = dir.file("leadership");
    std::filesystem::create_directories(out);
    REQUIRE(
        cli({"report", "leadership", team, "--format", "csv", "-o", out, "--from", "2026-01-01", "--to", "2026-06-30"})
            .exitCode == 0);
    const auto months = lines(readFile(out + "/spread-by-month.csv"));
    REQUIRE(months.size() == 7); // a header and January to June
    CHECK(months[1].rfind("2026-01,", 0) == 0);
    CHECK(months[6].rfind("2026-06,", 0) == 0);
    CHECK(lines(readFile(out + "/participation.csv"))[0] == "Member,Proposer,Decider,Advisor,Consulted,Informed,Total");
}

TEST_CASE_METHOD(SampleFixture, "The accountability report's CSV follows accountability month by month",
                 "[cli][coaching]")
{
    const std::string out = dir.file("accountability");
    std::filesystem::create_directories(out);
    REQUIRE(cli({"report", "accountability", team, "--format", "csv", "-o", out, "--as-of", "2026-06-30"}).exitCode ==
            0);
    const auto months = lines(readFile(out + "/accountable-by-month.csv"));
    REQUIRE(months.size() == 13); // a header and July 2025 to June 2026
    CHECK(months[0] == "Month,Active,Decisions,Accountable,Top three,Gini,Evenness");
    CHECK(months[1].rfind("2025-07,", 0) == 0);
    CHECK(months[12].rfind("2026-06,", 0) == 0);
}
