// The import parses on a second thread (RecordPipeline) while the calling thread writes.
// These tests stop it from either side with thousands of records in flight: a syntax error
// met by the parser thread, a cancel and a refused write on the writing thread. None may
// hang, and each must leave the team file as it was.
#include "support/ImportFixture.h"

#include "baton/storage/DecisionRepository.h"

#include <algorithm>

using namespace baton;
using baton::test::ImportFixture;

namespace {

/// The fixture's document with `count` more decisions, each a copy of the second one, its keys
/// in the order an export writes them (the team's structure first).
std::string bigFile(nlohmann::json doc, int count)
{
    doc = baton::test::withDecisions(std::move(doc), count);
    nlohmann::ordered_json out;
    for (const char* key : {"format", "version", "team", "members", "expertise_areas", "expertise", "endorsements",
                            "initiatives", "contributions", "decisions", "commitments"}) {
        if (doc.contains(key))
            out[key] = doc[key];
    }
    return out.dump(2);
}

/// "line L, column C" of byte `at` in `text`.
std::string positionOf(const std::string& text, std::size_t at)
{
    const auto lineStart = text.rfind('\n', at) + 1;
    return "line " +
           std::to_string(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1) +
           ", column " + std::to_string(at - lineStart + 1);
}

struct PipelineFixture : ImportFixture {
    /// Writes `text` to a file, imports it from disk with the team file closed and reopened
    /// around it, and checks that the team file's bytes did not change.
    exchange::ImportReport importUnchanged(const std::string& text, exchange::ImportOptions options = {})
    {
        const std::string json = dir.file("big.json");
        baton::test::writeFile(json, text);
        close();
        const std::string before = baton::test::readFile(path);
        auto reopened = storage::TeamFile::open(path);
        REQUIRE(reopened.ok());
        file = std::move(reopened.value());
        const exchange::ImportReport report = exchange::TeamImporter(*file, std::move(options)).importFile(json);
        CHECK_FALSE(report.applied);
        CHECK(db().queryInt("SELECT count(*) FROM decisions") == 0);
        close();
        CHECK(baton::test::readFile(path) == before);
        auto again = storage::TeamFile::open(path);
        REQUIRE(again.ok());
        file = std::move(again.value());
        return report;
    }
};

} // namespace

TEST_CASE_METHOD(PipelineFixture,
                 "A syntax error at the end of a large file, met by the parser thread, names its line and column",
                 "[exchange][pipeline]")
{
    std::string text = bigFile(doc, 10000);
    const auto at = text.rfind("\"commitments\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 1, "'"); // a single quote starts no JSON token
    const auto report = importUnchanged(text);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].where == positionOf(text, at));
    CHECK(report.errors[0].what.find("syntax error") != std::string::npos);
    CHECK(report.warnings.empty());
}

TEST_CASE_METHOD(PipelineFixture, "A file cut short after thousands of records is refused as incomplete",
                 "[exchange][pipeline]")
{
    std::string text = bigFile(doc, 10000);
    text.resize(text.rfind("\"Decision number 9000\""));
    const auto report = importUnchanged(text);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("syntax error") != std::string::npos);
}

TEST_CASE_METHOD(PipelineFixture, "Cancelling with the parser thread ahead stops the import at once",
                 "[exchange][pipeline]")
{
    std::vector<std::size_t> calls;
    exchange::ImportOptions options;
    options.progress = [&](std::size_t done, std::size_t) {
        calls.push_back(done);
        return done < 2000;
    };
    const auto report = importUnchanged(bigFile(doc, 10000), options);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("cancelled") != std::string::npos);
    CHECK(calls == std::vector<std::size_t>{1000, 2000}); // nothing was read on after the cancel

    // The parser thread is gone and the connection is usable: the same file imports in full.
    const auto again = exchange::TeamImporter(*file).importFile(dir.file("big.json"));
    INFO((again.errors.empty() ? std::string() : again.errors[0].toString()));
    REQUIRE(again.applied);
    CHECK(again.counts.at("decisions").added == 10002);
}

TEST_CASE_METHOD(PipelineFixture, "A write the team file refuses early in a large file stops the parser thread",
                 "[exchange][pipeline]")
{
    db().exec("CREATE TRIGGER test_refuses BEFORE INSERT ON decisions WHEN NEW.title = 'Decision number 10' "
              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
    const auto report = importUnchanged(bigFile(doc, 10000));
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("refused by the test") != std::string::npos);
    CHECK(report.errors[0].what.find("nothing was changed") != std::string::npos);
}

TEST_CASE_METHOD(PipelineFixture,
                 "A dangling reference early in a large file is reported at its pointer once the file is read",
                 "[exchange][pipeline]")
{
    doc["decisions"][0]["accountable"] = "01900000-0000-7000-8000-00000000ffff";
    const auto report = importUnchanged(bigFile(doc, 10000));
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].where == "/decisions/0/accountable");
    CHECK(report.errors[0].what.find("does not exist") != std::string::npos);
}

TEST_CASE_METHOD(PipelineFixture, "Field errors in every record of a large file are capped as before",
                 "[exchange][pipeline]")
{
    std::string text = bigFile(doc, 10000);
    for (auto at = text.find("\"Decision number "); at != std::string::npos;
         at = text.find("\"Decision number ", at + 10))
        text.replace(at, 1, "1, \"x\": \"");
    const auto report = importUnchanged(text);
    CHECK(report.errors.size() == 100);
    CHECK(report.errorsNotListed == 9900);
    CHECK(report.errors[0].where == "/decisions/2/title");
    CHECK(report.errors[99].where == "/decisions/101/title");
    CHECK(report.warnings.size() == 10000); // the unknown key "x" in each
}
