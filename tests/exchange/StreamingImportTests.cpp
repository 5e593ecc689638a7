// The import reads the file as a stream, one record at a time: references may point forward,
// errors far into a large file keep their pointers and leave the team file untouched, and
// files on disk report positions as text in memory does.
#include "support/ImportFixture.h"

#include "baton/storage/DecisionRepository.h"

using namespace baton;
using baton::test::ImportFixture;
using baton::test::withDecisions;
using namespace baton::test::ids;

namespace {

/// The document with its keys in the order an export writes them (dump() sorts them).
std::string inExportOrder(const nlohmann::json& doc)
{
    nlohmann::ordered_json out;
    for (const char* key : {"format", "version", "team", "members", "expertise_areas", "expertise", "endorsements",
                            "initiatives", "contributions", "decisions", "commitments"}) {
        if (doc.contains(key))
            out[key] = doc[key];
    }
    return out.dump(2);
}

} // namespace

TEST_CASE_METHOD(ImportFixture, "A decision may supersede a decision that comes later in the file",
                 "[exchange][stream]")
{
    doc["decisions"][1].erase("supersedes");
    doc["decisions"][0]["supersedes"] = kDec2;
    const auto report = importDoc();
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(storage::DecisionRepository(db()).find(domain::DecisionId(kDec1))->supersedes->str() == kDec2);
}

TEST_CASE_METHOD(ImportFixture, "A file in export order imports, every reference resolving as it streams",
                 "[exchange][stream]")
{
    const auto report = importText(inExportOrder(withDecisions(doc, 50)));
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(report.counts.at("decisions").added == 52);
    CHECK(report.counts.at("members").added == 3);
    CHECK(file->team().name == "Northwind Product Studio");
}

TEST_CASE_METHOD(ImportFixture, "A reference that never resolves is reported once the whole file is read",
                 "[exchange][stream]")
{
    doc["decisions"][0]["supersedes"] = "01900000-0000-7000-8000-00000000dddd";
    expectRefused("/decisions/0/supersedes", "decision 01900000-0000-7000-8000-00000000dddd does not exist");
}

TEST_CASE_METHOD(ImportFixture,
                 "A dangling reference in the last record of a large file leaves the team file unchanged",
                 "[exchange][stream]")
{
    doc = withDecisions(doc, 20000);
    doc["decisions"][20001]["accountable"] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused(inExportOrder(doc), "/decisions/20001/accountable", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "A field error in the last record of a large file leaves the team file unchanged",
                 "[exchange][stream]")
{
    doc = withDecisions(doc, 20000);
    doc["decisions"][20001]["title"] = 42;
    expectRefused(inExportOrder(doc), "/decisions/20001/title", "must be a string");
}

TEST_CASE_METHOD(ImportFixture, "A duplicate decision deep in the file names the first record with its id",
                 "[exchange][stream]")
{
    doc = withDecisions(doc, 20000);
    doc["decisions"][15000]["id"] = kDec2;
    expectRefused(inExportOrder(doc), "/decisions/15000", "already used by /decisions/1");
}

TEST_CASE_METHOD(ImportFixture, "A syntax error deep in a file on disk names the same line and column as in memory",
                 "[exchange][stream]")
{
    std::string text = inExportOrder(withDecisions(doc, 20000)); // several megabytes: read in chunks
    const auto at = text.rfind("\"Decision number 19990\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 1, "tru ");
    const auto lineStart = text.rfind('\n', at) + 1;
    const std::string where = "line " + std::to_string(std::count(text.begin(), text.begin() + at, '\n') + 1) +
                              ", column " + std::to_string(at - lineStart + 1);
    const std::string json = dir.file("broken.json");
    baton::test::writeFile(json, text);

    const auto fromDisk = exchange::TeamImporter(*file).importFile(json);
    REQUIRE(fromDisk.errors.size() == 1);
    CHECK(fromDisk.errors[0].where == where);
    CHECK(fromDisk.errors[0].what.find("syntax error") != std::string::npos);
    const auto fromMemory = importText(text);
    REQUIRE(fromMemory.errors.size() == 1);
    CHECK(fromMemory.errors[0].where == where);
    CHECK(db().queryInt("SELECT count(*) FROM decisions") == 0);
}

TEST_CASE_METHOD(ImportFixture, "Nesting deeper than the cap in a file on disk is refused where it happens",
                 "[exchange][stream]")
{
    const std::string json = dir.file("deep.json");
    baton::test::writeFile(json, "\xEF\xBB\xBF{\"format\": \"baton-team\",\n \"x\": " + std::string(100000, '[') +
                                     std::string(100000, ']') + "}");
    const auto report = exchange::TeamImporter(*file).importFile(json);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].where == "line 2, column 70");
    CHECK(report.errors[0].what.find("nested more than 64 levels") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "Progress through a file on disk never reports more done than its total",
                 "[exchange][stream]")
{
    const std::string json = dir.file("team.json");
    baton::test::writeFile(json, inExportOrder(withDecisions(doc, 5000)));
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    exchange::ImportOptions options;
    options.progress = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const auto report = exchange::TeamImporter(*file, options).importFile(json);
    REQUIRE(report.applied);
    REQUIRE(calls.size() == 5);
    for (const auto& [done, total] : calls) {
        CHECK(done <= total);
        CHECK(total < 2 * 5020); // estimated from the bytes read, close to the records in the file
    }
}

TEST_CASE_METHOD(ImportFixture, "A record array given twice is refused rather than half read", "[exchange][stream]")
{
    std::string text = doc.dump();
    text.insert(1, "\"members\": [], ");
    expectRefused(text, "/members", "appears twice");
}

TEST_CASE_METHOD(ImportFixture, "A cancelled import of a file on disk leaves the team file unchanged",
                 "[exchange][stream]")
{
    const std::string json = dir.file("team.json");
    baton::test::writeFile(json, inExportOrder(withDecisions(doc, 5000)));
    const auto changes = db().queryInt("SELECT count(*) FROM changes");
    exchange::ImportOptions options;
    options.progress = [](std::size_t done, std::size_t) { return done < 3000; };
    const auto report = exchange::TeamImporter(*file, options).importFile(json);
    CHECK_FALSE(report.applied);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("cancelled") != std::string::npos);
    CHECK(db().queryInt("SELECT count(*) FROM decisions") == 0);
    CHECK(db().queryInt("SELECT count(*) FROM changes") == changes);
}
