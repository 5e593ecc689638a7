#include "support/ImportFixture.h"

#include "baton/exchange/RosterImporter.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/MemberRepository.h"

using namespace baton;
using baton::test::ImportFixture;

namespace {
struct RosterFixture : ImportFixture {
    exchange::ImportReport roster(const std::string& csv)
    {
        return exchange::RosterImporter(*file, clock).importText(csv);
    }
    bool hasError(const exchange::ImportReport& r, const std::string& where, const std::string& what)
    {
        for (const auto& e : r.errors)
            if (e.where == where && e.what.find(what) != std::string::npos)
                return true;
        return false;
    }
};
} // namespace

TEST_CASE_METHOD(RosterFixture, "A roster adds members whatever the column order", "[exchange][roster]")
{
    const auto r = roster("email,joined_on,name,title\r\nyara@x.example,2026-01-05,Yara Costa,Designer\r\n"
                          ",,Zed Okoro,\r\n");
    REQUIRE(r.applied);
    CHECK(r.counts.at("members").added == 2);
    const auto all = storage::MemberRepository(db()).all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "Yara Costa");
    CHECK(all[0].title == "Designer");
    CHECK(all[0].joinedOn == baton::test::day("2026-01-05"));
    CHECK_FALSE(all[1].email);
}

TEST_CASE_METHOD(RosterFixture, "A roster row whose email matches a member updates that member", "[exchange][roster]")
{
    REQUIRE(importDoc().applied);
    const auto r = roster("name,email,title\nAna Silva-Ortiz,ANA@northwind.example,Head of Data\n");
    REQUIRE(r.applied);
    CHECK(r.counts.at("members").updated == 1);
    const auto ana = storage::MemberRepository(db()).find(domain::MemberId(baton::test::ids::kAna));
    CHECK(ana->name == "Ana Silva-Ortiz");
    CHECK(ana->title == "Head of Data");
}

TEST_CASE_METHOD(RosterFixture, "Errors name the row and column, and nothing is written", "[exchange][roster]")
{
    const auto r = roster("name,joined_on,email\nYara,2026-13-01,yara@x.example\n,2026-01-01,\nZed,,yara@x.example\n");
    CHECK_FALSE(r.applied);
    CHECK(hasError(r, "row 2, column 2 (joined_on)", "not a date"));
    CHECK(hasError(r, "row 3, column 1 (name)", "needs a name"));
    CHECK(hasError(r, "row 4, column 3 (email)", "already on row 2"));
    CHECK(db().queryInt("SELECT count(*) FROM members") == 0);
}

TEST_CASE_METHOD(RosterFixture, "A roster without a name column is refused at its header", "[exchange][roster]")
{
    const auto r = roster("email,title\na@x.example,Boss\n");
    CHECK_FALSE(r.applied);
    CHECK(hasError(r, "row 1", "no \"name\" column"));
}

TEST_CASE_METHOD(RosterFixture, "Unknown columns are ignored with a warning", "[exchange][roster]")
{
    const auto r = roster("name,shoe_size\nYara,42\n");
    REQUIRE(r.applied);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].where == "row 1, column 2");
}

TEST_CASE("CSV fields may be quoted, with commas, doubled quotes and line breaks inside", "[exchange][roster]")
{
    std::string error;
    const auto rows =
        exchange::parseCsv("\xEF\xBB\xBFname,title\r\n\"Okoro, Zed\",\"The \"\"fixer\"\"\nand more\"\r\n", error);
    REQUIRE(error.empty());
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0] == "Okoro, Zed");
    CHECK(rows[1][1] == "The \"fixer\"\nand more");
}

TEST_CASE("An unclosed quote is reported with its line", "[exchange][roster]")
{
    std::string error;
    exchange::parseCsv("name\n\"Yara\nZed\n", error);
    CHECK(error == "line 2: a quoted field is never closed");
}

TEST_CASE_METHOD(RosterFixture, "A roster that is not UTF-8 is refused", "[exchange][roster]")
{
    const auto r = roster("name\nJos\xe9\n");
    CHECK_FALSE(r.applied);
    CHECK(r.errors.at(0).what.find("UTF-8") != std::string::npos);
}

TEST_CASE_METHOD(RosterFixture, "A roster matches emails across non-ASCII case instead of adding a second member",
                 "[exchange][roster]")
{
    doc["members"][0]["email"] = "åsa@northwind.example";
    REQUIRE(importDoc().applied);
    const auto r = roster("name,email\nÅsa Lund,ÅSA@NORTHWIND.EXAMPLE\n");
    REQUIRE(r.applied);
    CHECK(r.counts.at("members").added == 0);
    CHECK(r.counts.at("members").updated == 1);
    CHECK(storage::MemberRepository(db()).find(domain::MemberId(baton::test::ids::kAna))->name == "Åsa Lund");

    const auto twice = roster("name,email\nÅsa,åsa@x.example\nAsa,ÅSA@X.EXAMPLE\n");
    CHECK_FALSE(twice.applied);
    CHECK(hasError(twice, "row 3, column 2 (email)", "already on row 2"));
}

TEST_CASE_METHOD(RosterFixture, "A roster import writes history for each member it adds or updates, and verifies",
                 "[exchange][roster][history]")
{
    REQUIRE(importDoc().applied);
    const auto entries = storage::HistoryLog(db()).count();
    const auto r = roster("name,email\nAna Silva-Ortiz,ana@northwind.example\nYara Costa,yara@x.example\n");
    REQUIRE(r.applied);
    CHECK(storage::HistoryLog(db()).count() == entries + 2);
    CHECK(db().queryInt("SELECT count(*) FROM changes WHERE operation = 'import-roster' AND before IS NOT NULL") == 1);
    const auto verified = storage::verifyHistory(db());
    INFO(verified.problem);
    CHECK(verified.ok);
}

TEST_CASE_METHOD(RosterFixture, "A roster row that changes nothing writes nothing and moves no time",
                 "[exchange][roster][history]")
{
    REQUIRE(importDoc().applied);
    const auto before = storage::MemberRepository(db()).find(domain::MemberId(baton::test::ids::kAna));
    const auto entries = storage::HistoryLog(db()).count();
    const auto r = roster("name,email,title\nAna Silva,ana@northwind.example,Data Analyst\n");
    REQUIRE(r.applied);
    CHECK(r.counts.at("members").unchanged == 1);
    CHECK(storage::HistoryLog(db()).count() == entries);
    CHECK(storage::MemberRepository(db()).find(domain::MemberId(baton::test::ids::kAna))->updatedAt ==
          before->updatedAt);
}
