// baton-cli report: PDF text holds every name, title and count the report shows; CSV too.
#include "support/CliFixture.h"

#include "baton/exchange/RosterImporter.h"
#include "baton/report/CsvWriter.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/TeamFile.h"

#include <cstdlib>
#include <filesystem>
#include <optional>

using baton::test::CliFixture;
using baton::test::readFile;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// The PDF's text in reading order as pdftotext reads it (poppler-utils), every run of white
/// space folded to one space, so that a title wrapped inside its cell still reads whole.
std::string pdfText(const std::string& pdf, const std::string& out)
{
    const std::string command = "pdftotext '" + pdf + "' '" + out + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::string folded;
    for (const char c : readFile(out)) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space && (folded.empty() || folded.back() == ' '))
            continue;
        folded += space ? ' ' : c;
    }
    return folded;
}

struct ReportFixture : CliFixture {
    std::string team = teamFile();
    ReportFixture() { REQUIRE(cli({"import", team, BATON_SAMPLE_TEAM}).exitCode == 0); }
};
} // namespace

TEST_CASE_METHOD(ReportFixture, "The leadership PDF names every member who led and every initiative", "[cli][report]")
{
    const std::string pdf = dir.file("leadership.pdf");
    const auto r = cli({"report", "leadership", team, "-o", pdf, "--from", "2024-11-01", "--to", "2026-11-26"});
    REQUIRE(r.exitCode == 0);
    const std::string text = pdfText(pdf, dir.file("leadership.txt"));
    CHECK(has(text, "Leadership review"));
    CHECK(has(text, "Northwind Product Studio"));
    CHECK(has(text, "2024-11-01 to 2026-11-26"));
    for (const char* name : {"Kwame Asante", "Priya Raman", "Ingrid Nilsen", "Ravi Shankar", "Chidi Okonkwo"})
        CHECK(has(text, name));
    for (const char* title : {"Data warehouse cost reduction", "In-app feedback widget", "Dark mode"})
        CHECK(has(text, title));
    CHECK(has(text, "Members who led or co-led"));
    CHECK(has(text, "Page 1 of") == false); // the cover has no footer
    CHECK(has(text, "Page 2 of"));
}

TEST_CASE_METHOD(ReportFixture, "The accountability PDF shows each gap count and the records behind it",
                 "[cli][report]")
{
    const std::string pdf = dir.file("accountability.pdf");
    REQUIRE(cli({"report", "accountability", team, "-o", pdf, "--as-of", "2026-11-26"}).exitCode == 0);
    const std::string text = pdfText(pdf, dir.file("accountability.txt"));
    CHECK(has(text, "as of 2026-11-26"));
    CHECK(has(text, "Write handover notes for the nightly warehouse jobs"));
    CHECK(has(text, "Open commitment of a member who left"));
    CHECK(has(text, "Likely duplicate"));
    CHECK(has(text, "Ravi Shankar (left)"));
    const std::string info = dir.file("info.txt");
    REQUIRE(std::system(("pdfinfo '" + pdf + "' > '" + info + "'").c_str()) == 0);
    CHECK(has(readFile(info), "Accountability report — Northwind Product Studio"));
    CHECK(has(readFile(info), "Creator:         Baton"));
}

TEST_CASE_METHOD(ReportFixture, "The csv format writes one RFC 4180 file per table", "[cli][report]")
{
    const std::string folder = dir.file("csv");
    REQUIRE(
        cli({"report", "accountability", team, "-o", folder, "--format", "csv", "--as-of", "2026-11-26"}).exitCode ==
        0);
    for (const char* name : {"gaps.csv", "commitments-by-owner.csv", "decisions-by-accountable.csv"})
        CHECK(std::filesystem::exists(folder + "/" + name));
    const std::string owners = readFile(folder + "/commitments-by-owner.csv");
    CHECK(owners.rfind("Owner,Open,Overdue,Done,Missed,Dropped,On time\r\n", 0) == 0);
    CHECK(has(owners, "Ravi Shankar (left),"));
}

TEST_CASE_METHOD(ReportFixture, "Report options are checked before anything is written", "[cli][report]")
{
    CHECK(cli({"report", "leadership", team}).exitCode == 2);                          // no -o
    CHECK(cli({"report", "popularity", team, "-o", dir.file("x.pdf")}).exitCode == 2); // unknown report
    CHECK(cli({"report", "leadership", team, "-o", dir.file("x.pdf"), "--from", "June"}).exitCode == 2);
    CHECK(cli({"report", "leadership", team, "-o", dir.file("x.pdf"), "--format", "docx"}).exitCode == 2);
    CHECK(cli({"report", "leadership", team, "-o", dir.file("x.pdf"), "--from", "2026-05-01", "--to", "2026-01-01"})
              .exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
    const auto missing = cli({"report", "leadership", dir.file("none.baton"), "-o", dir.file("x.pdf")});
    CHECK(missing.exitCode == 1);
    CHECK(has(missing.err, "does not exist"));
}

TEST_CASE_METHOD(ReportFixture, "A PDF into a missing folder fails cleanly and leaves nothing behind", "[cli][report]")
{
    const auto r = cli({"report", "leadership", team, "-o", dir.file("no/such/folder/x.pdf")});
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "cannot write"));
    CHECK_FALSE(std::filesystem::exists(dir.file("no")));
}

TEST_CASE("CSV fields are quoted only when they must be, quotes doubled", "[cli][report]")
{
    using baton::report::csvField;
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("a, b") == "\"a, b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    baton::report::ReportTable t{"t", "", {"Name", "Note"}, {false, false}, {{"Zoë", "x,y"}}, -1, 0, 0, {}, true, true};
    CHECK(baton::report::toCsv(t) == "Name,Note\r\nZoë,\"x,y\"\r\n");
}

TEST_CASE_METHOD(ReportFixture, "Every row and figure of the leadership report is in its PDF, count for count",
                 "[cli][report]")
{
    const std::string pdf = dir.file("lead.pdf");
    const std::string csv = dir.file("lead-csv");
    const std::vector<std::string> period{"--from", "2024-11-01", "--to", "2026-11-26"};
    auto withPeriod = [&](std::vector<std::string> args) {
        args.insert(args.end(), period.begin(), period.end());
        return args;
    };
    REQUIRE(cli(withPeriod({"report", "leadership", team, "-o", pdf})).exitCode == 0);
    REQUIRE(cli(withPeriod({"report", "leadership", team, "-o", csv, "--format", "csv"})).exitCode == 0);
    const std::string text = pdfText(pdf, dir.file("lead.txt"));
    std::string error;
    const auto rows = baton::exchange::parseCsv(readFile(csv + "/leadership-by-member.csv"), error);
    REQUIRE(rows.size() == 22); // header and 21 members
    for (std::size_t r = 1; r < rows.size(); ++r) {
        std::string line;
        for (const auto& cell : rows[r])
            line += (line.empty() ? "" : " ") + cell;
        INFO(line);
        CHECK(has(text, line));
    }
    CHECK(has(text, "Active members 21"));
}

TEST_CASE_METHOD(ReportFixture, "The leadership report narrows to one area or one status", "[cli][report]")
{
    const std::string all = dir.file("all");
    const std::string missed = dir.file("missed");
    REQUIRE(cli({"report", "leadership", team, "-o", all, "--format", "csv"}).exitCode == 0);
    REQUIRE(cli({"report", "leadership", team, "-o", missed, "--format", "csv", "--status", "missed"}).exitCode == 0);
    std::string error;
    const auto allRows = baton::exchange::parseCsv(readFile(all + "/lead-stints.csv"), error);
    const auto missedRows = baton::exchange::parseCsv(readFile(missed + "/lead-stints.csv"), error);
    CHECK(missedRows.size() < allRows.size());
    CHECK(missedRows.size() > 1);
    REQUIRE(cli({"report", "leadership", team, "-o", dir.file("a"), "--format", "csv", "--area", "accessibility"})
                .exitCode == 0);
    CHECK(has(readFile(dir.file("a") + "/lead-stints.csv"), "Accessibility audit remediation"));
    CHECK(cli({"report", "leadership", team, "-o", dir.file("b"), "--area", "Astrology"}).exitCode == 1);
    CHECK(cli({"report", "leadership", team, "-o", dir.file("c"), "--status", "finished"}).exitCode == 2);
}

TEST_CASE_METHOD(ReportFixture, "Every owner row of the accountability report is in its PDF, count for count",
                 "[cli][report]")
{
    const std::string pdf = dir.file("acc.pdf");
    const std::string csv = dir.file("acc-csv");
    REQUIRE(cli({"report", "accountability", team, "-o", pdf, "--as-of", "2026-11-26"}).exitCode == 0);
    REQUIRE(cli({"report", "accountability", team, "-o", csv, "--format", "csv", "--as-of", "2026-11-26"}).exitCode ==
            0);
    const std::string text = pdfText(pdf, dir.file("acc.txt"));
    std::string error;
    for (const char* name : {"/commitments-by-owner.csv", "/decisions-by-accountable.csv"}) {
        const auto rows = baton::exchange::parseCsv(readFile(csv + name), error);
        REQUIRE(rows.size() > 10);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            std::string line;
            for (const auto& cell : rows[r])
                line += (line.empty() ? "" : " ") + cell;
            INFO(line);
            CHECK(has(text, line));
        }
    }
}

namespace {
/// Unsets an environment variable for the scope of a test (children inherit the change).
class UnsetEnv {
public:
    explicit UnsetEnv(const char* name)
        : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        unsetenv(name);
    }
    ~UnsetEnv()
    {
        if (m_old)
            setenv(m_name.c_str(), m_old->c_str(), 1);
    }
    UnsetEnv(const UnsetEnv&) = delete;
    UnsetEnv& operator=(const UnsetEnv&) = delete;

private:
    std::string m_name;
    std::optional<std::string> m_old;
};
} // namespace

TEST_CASE_METHOD(ReportFixture,
                 "report exits cleanly: nothing on stderr without XDG_RUNTIME_DIR and no -wal or -shm left",
                 "[cli][report]")
{
    const UnsetEnv runtime("XDG_RUNTIME_DIR");
    const std::string before = readFile(team);
    const auto pdf = cli({"report", "leadership", team, "-o", dir.file("leadership.pdf")});
    CHECK(pdf.exitCode == 0);
    CHECK(pdf.err.empty());
    const auto csv = cli({"report", "accountability", team, "-o", dir.file("csv"), "--format", "csv"});
    CHECK(csv.exitCode == 0);
    CHECK(csv.err.empty());
    CHECK(std::getenv("XDG_RUNTIME_DIR") == nullptr);
    CHECK_FALSE(std::filesystem::exists(team + "-wal"));
    CHECK_FALSE(std::filesystem::exists(team + "-shm"));
    CHECK(readFile(team) == before);
}

TEST_CASE_METHOD(ReportFixture, "Every page of a PDF report carries the short history head to verify against",
                 "[cli][report][history]")
{
    const std::string pdf = dir.file("accountability.pdf");
    REQUIRE(cli({"report", "accountability", team, "-o", pdf, "--as-of", "2026-11-26"}).exitCode == 0);
    const std::string head = [&] {
        auto file = baton::storage::TeamFile::open(team, baton::storage::OpenMode::ReadOnly);
        REQUIRE(file.ok());
        return baton::storage::HistoryLog(file.value()->db()).head();
    }();
    REQUIRE(head.size() == 64);
    const std::string text = pdfText(pdf, dir.file("accountability.txt"));
    const std::string footer = "History " + head.substr(0, 12) + " (verify with baton-cli verify)";
    std::size_t pages = 0;
    for (auto at = text.find(footer); at != std::string::npos; at = text.find(footer, at + 1))
        ++pages;
    const std::string info = dir.file("info.txt");
    REQUIRE(std::system(("pdfinfo '" + pdf + "' > '" + info + "'").c_str()) == 0);
    const std::string pdfInfo = readFile(info);
    const auto pagesAt = pdfInfo.find("Pages:");
    REQUIRE(pagesAt != std::string::npos);
    CHECK(pages == std::stoul(pdfInfo.substr(pagesAt + 6)));
    CHECK(pages >= 2);
}
