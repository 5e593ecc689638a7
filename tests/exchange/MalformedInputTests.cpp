// Every fault here must be refused with a message naming where and what, and leave the
// team file byte-for-byte as it was.
#include "support/ImportFixture.h"

using baton::test::ImportFixture;
using namespace baton::test::ids;

TEST_CASE_METHOD(ImportFixture, "Fault: a syntax error is reported with line and column", "[exchange][fault]")
{
    expectRefused("{\n  \"format\": \"baton-team\",\n  \"version\": 1,,\n}", "line 3, column 16", "syntax error");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a truncated file is a syntax error at its end", "[exchange][fault]")
{
    const std::string text = doc.dump(2);
    const std::string cut = text.substr(0, text.size() / 2);
    const auto lines = std::count(cut.begin(), cut.end(), '\n');
    const auto column = cut.size() - cut.rfind('\n');
    expectRefused(cut, "line " + std::to_string(lines + 1) + ", column " + std::to_string(column), "syntax error");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an empty file is a syntax error", "[exchange][fault]")
{
    expectRefused("", "line 1, column 1", "syntax error");
}

TEST_CASE_METHOD(ImportFixture, "Fault: invalid UTF-8 in a string is refused", "[exchange][fault]")
{
    std::string text = doc.dump();
    const auto at = text.find("Ana Silva");
    text.replace(at, 3, "A\xff\xfe");
    expectRefused(text, "line 1, column " + std::to_string(at + 2), "UTF-8");
}

TEST_CASE_METHOD(ImportFixture, "Fault: nesting deeper than the cap is refused before parsing", "[exchange][fault]")
{
    const std::string text =
        "{\"format\": \"baton-team\", \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    expectRefused(text, "line 1, column 94", "nested more than 64 levels");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a file larger than the size cap is refused", "[exchange][fault]")
{
    baton::exchange::ImportOptions small;
    small.maxFileBytes = 1024;
    const auto report = importText(doc.dump(), small);
    CHECK_FALSE(report.applied);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("larger than") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "Fault: the top level must be an object", "[exchange][fault]")
{
    expectRefused("[1, 2, 3]", "", "must be an object");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a file of another format is refused", "[exchange][fault]")
{
    doc["format"] = "trello-board";
    expectRefused("/format", "not a Baton team exchange file");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a newer format version is refused with a clear message", "[exchange][fault]")
{
    doc["version"] = 2;
    expectRefused("/version", "newer Baton");
}

TEST_CASE_METHOD(ImportFixture, "Fault: the version must be a whole number", "[exchange][fault]")
{
    doc["version"] = "1";
    expectRefused("/version", "whole number");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a missing required array is named", "[exchange][fault]")
{
    doc.erase("decisions");
    expectRefused("/decisions", "is required");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a team without a name is refused", "[exchange][fault]")
{
    doc["team"]["name"] = "";
    expectRefused("/team/name", "must not be empty");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a name longer than 200 characters is refused", "[exchange][fault]")
{
    doc["members"][1]["name"] = std::string(201, 'n');
    expectRefused("/members/1/name", "longer than 200 characters");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a number where text belongs is a type error", "[exchange][fault]")
{
    doc["decisions"][1]["title"] = 42;
    expectRefused("/decisions/1/title", "must be a string");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an expertise level outside 1 to 5 is out of range", "[exchange][fault]")
{
    doc["expertise"][0]["level"] = 7;
    expectRefused("/expertise/0/level", "out of range");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a fractional expertise level is refused", "[exchange][fault]")
{
    doc["expertise"][0]["level"] = 2.5;
    expectRefused("/expertise/0/level", "whole number");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an unknown decision method lists the allowed ones", "[exchange][fault]")
{
    doc["decisions"][0]["method"] = "dictator";
    expectRefused("/decisions/0/method", "\"consensus\", \"consent\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an impossible date is refused", "[exchange][fault]")
{
    doc["decisions"][1]["decide_by"] = "2026-02-30";
    expectRefused("/decisions/1/decide_by", "not a valid date");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a timestamp that is not RFC 3339 UTC is refused", "[exchange][fault]")
{
    doc["members"][0]["updated_at"] = "yesterday";
    expectRefused("/members/0/updated_at", "RFC 3339");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a record without updated_at is refused", "[exchange][fault]")
{
    doc["commitments"][1].erase("updated_at");
    expectRefused("/commitments/1/updated_at", "is required");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an id that is not a lowercase UUID is refused", "[exchange][fault]")
{
    doc["members"][0]["id"] = "ANA-1";
    expectRefused("/members/0/id", "not a lowercase UUID");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a duplicate id names the first record that used it", "[exchange][fault]")
{
    doc["members"][2]["id"] = kAna;
    expectRefused("/members/2", "already used by /members/0");
}

TEST_CASE_METHOD(ImportFixture, "Fault: two members with the same email in different case", "[exchange][fault]")
{
    doc["members"][1]["email"] = "ANA@northwind.example";
    expectRefused("/members/1/email", "used by two members");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a dangling member reference is named", "[exchange][fault]")
{
    doc["decisions"][1]["accountable"] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/decisions/1/accountable", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a dangling reference inside a participant list is named", "[exchange][fault]")
{
    doc["decisions"][0]["participants"][1]["member"] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/decisions/0/participants/1/member", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a commitment pointing at a missing decision", "[exchange][fault]")
{
    doc["commitments"][0]["decision"] = "01900000-0000-7000-8000-00000000eeee";
    expectRefused("/commitments/0/decision", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a decided decision without an accountable member", "[exchange][fault]")
{
    doc["decisions"][1].erase("accountable");
    expectRefused("/decisions/1/accountable", "exactly one accountable member");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a commitment without an owner", "[exchange][fault]")
{
    doc["commitments"][0]["owner"] = nullptr;
    expectRefused("/commitments/0/owner", "is required");
}

TEST_CASE_METHOD(ImportFixture, "Fault: overlapping lead stints name both stints", "[exchange][fault]")
{
    doc["initiatives"][0]["leadership"][0]["to"] = "2026-02-01";
    expectRefused("/initiatives/0/leadership/1", "overlaps the lead stint at leadership/0");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a stint that ends before it starts", "[exchange][fault]")
{
    doc["initiatives"][0]["leadership"][0]["to"] = "2025-12-01";
    expectRefused("/initiatives/0/leadership/0/to", "ends (2025-12-01) before it starts");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a dependency cycle is refused naming the loop", "[exchange][fault]")
{
    doc["contributions"][0]["depends_on"] = nlohmann::json::array({kCopy});
    expectRefused("/contributions/0/depends_on", std::string(kNumbers) + " -> " + kCopy + " -> " + kNumbers);
}

TEST_CASE_METHOD(ImportFixture, "Fault: a contribution depending on itself", "[exchange][fault]")
{
    doc["contributions"][0]["depends_on"] = nlohmann::json::array({kNumbers});
    expectRefused("/contributions/0/depends_on/0", "cannot depend on itself");
}

TEST_CASE_METHOD(ImportFixture, "Fault: areas whose parents form a loop", "[exchange][fault]")
{
    doc["expertise_areas"][0]["parent"] = kAnalytics;
    expectRefused("/expertise_areas/0/parent", "make a loop");
}

TEST_CASE_METHOD(ImportFixture, "Fault: two sibling areas with the same name in different case", "[exchange][fault]")
{
    doc["expertise_areas"][1]["parent"] = nullptr;
    doc["expertise_areas"][1]["name"] = "DATA";
    expectRefused("/expertise_areas/1/name", "both called");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a member endorsing themself", "[exchange][fault]")
{
    doc["endorsements"][0]["endorser"] = kAna;
    expectRefused("/endorsements/0/endorser", "cannot endorse themself");
}

TEST_CASE_METHOD(ImportFixture, "Fault: two expertise rows for the same member and area", "[exchange][fault]")
{
    doc["expertise"][1]["member"] = kAna;
    doc["expertise"][1]["area"] = kAnalytics;
    expectRefused("/expertise/1", "already used by /expertise/0");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a decision that supersedes itself", "[exchange][fault]")
{
    doc["decisions"][1]["supersedes"] = kDec2;
    expectRefused("/decisions/1/supersedes", "cannot supersede itself");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a boolean given as text", "[exchange][fault]")
{
    doc["members"][2]["facilitator"] = "yes";
    expectRefused("/members/2/facilitator", "true or false");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a record that is not an object", "[exchange][fault]")
{
    doc["commitments"][1] = "Write the help text";
    expectRefused("/commitments/1", "must be an object");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a list that is not an array", "[exchange][fault]")
{
    doc["decisions"][0]["participants"] = {{"member", kAna}};
    expectRefused("/decisions/0/participants", "must be an array");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a number too large to represent", "[exchange][fault]")
{
    std::string text = doc.dump();
    text.insert(1, "\"x-weight\": 1e400, ");
    expectRefused(text, "", "cannot read");
}

TEST_CASE_METHOD(ImportFixture, "All errors are reported, not only the first", "[exchange][fault]")
{
    doc["members"][0]["name"] = "";
    doc["decisions"][0]["method"] = "vibes";
    doc["commitments"][1]["status"] = "someday";
    const auto report = importDoc();
    CHECK_FALSE(report.applied);
    CHECK(report.errors.size() == 3);
}

TEST_CASE_METHOD(ImportFixture, "Errors past the cap are counted, not listed", "[exchange][fault]")
{
    for (auto& d : doc["decisions"])
        d["method"] = "vibes";
    for (int i = 0; i < 150; ++i) {
        auto extra = doc["decisions"][0];
        char id[40];
        std::snprintf(id, sizeof id, "01900000-0000-7000-8000-%012d", 5000 + i);
        extra["id"] = id;
        doc["decisions"].push_back(extra);
    }
    const auto report = importDoc();
    CHECK(report.errors.size() == 100);
    CHECK(report.errorsNotListed == 52);
}

TEST_CASE_METHOD(ImportFixture, "Fault: two member emails that differ only by non-ASCII case are refused",
                 "[exchange][fault]")
{
    doc["members"][0]["email"] = "ÅSA@example.org";
    doc["members"][1]["email"] = "åsa@example.org";
    expectRefused("/members/1/email",
                  "the email åsa@example.org is used by two members (the other writes it ÅSA@example.org");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a new member reusing a stored email in other non-ASCII case is refused",
                 "[exchange][fault]")
{
    doc["members"][0]["email"] = "åsa@example.org";
    REQUIRE(importDoc().applied);
    nlohmann::json next = baton::test::validDocument();
    next["members"] = nlohmann::json::array({next["members"][1]});
    next["members"][0]["id"] = "01900000-0000-7000-8000-0000000000ff";
    next["members"][0]["email"] = "ÅSA@EXAMPLE.ORG";
    expectRefused(next.dump(), "/members/0/email", "emails that differ only in case are the same");
}

TEST_CASE_METHOD(ImportFixture, "Fault: sibling areas whose names differ only by non-ASCII case are refused",
                 "[exchange][fault]")
{
    doc["expertise_areas"][0]["name"] = "Données";
    auto sibling = doc["expertise_areas"][0];
    sibling["id"] = "01900000-0000-7000-8000-0000000000a3";
    sibling["name"] = "DONNÉES";
    doc["expertise_areas"].push_back(sibling);
    expectRefused("/expertise_areas/2/name", "both called");
}
