// The exchange format's additions for issue 10: development goals, a stint's suggested rank and
// a contribution's start and finish dates. They round-trip exactly, and a malformed one is
// refused at its JSON Pointer with nothing written.
#include "support/ImportFixture.h"

#include "baton/exchange/TeamExporter.h"
#include "baton/storage/GoalRepository.h"
#include "support/TempDir.h"

#include <sstream>

using namespace baton;
using baton::test::ImportFixture;
using namespace baton::test::ids;

namespace {
const char* const kGoal = "01900000-0000-7000-8000-0000000000c9";

/// The valid document with one goal, a ranked stint and dated contributions.
void addAdditions(nlohmann::json& doc)
{
    doc["development_goals"] = nlohmann::json::array({{{"id", kGoal},
                                                       {"member", kBo},
                                                       {"area", kAnalytics},
                                                       {"target_level", 3},
                                                       {"mentor", kAna},
                                                       {"started_on", "2026-02-01"},
                                                       {"review_on", "2026-05-01"},
                                                       {"status", "active"},
                                                       {"note", "Pair on the churn model"},
                                                       {"updated_at", "2026-03-01T09:30:00Z"}}});
    doc["initiatives"][0]["leadership"][1]["suggested_rank"] = 2;
    doc["contributions"][0]["started_on"] = "2026-01-05";
    doc["contributions"][0]["done_on"] = "2026-01-20";
}

nlohmann::json exported(storage::TeamFile& file, const domain::Clock& clock)
{
    std::ostringstream out;
    exchange::TeamExporter(file, clock).write(out);
    auto j = nlohmann::json::parse(out.str());
    j.erase("exported_at");
    j.erase("history_head");
    return j;
}
} // namespace

TEST_CASE_METHOD(ImportFixture, "Goals, suggested ranks and work dates are imported into the team file",
                 "[exchange][coaching]")
{
    addAdditions(doc);
    const auto report = importDoc();
    REQUIRE(report.errors.empty());
    const auto goals = storage::GoalRepository(file->db()).all();
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].member.str() == kBo);
    CHECK(goals[0].targetLevel == 3);
    CHECK(goals[0].mentor->str() == kAna);
    CHECK(goals[0].reviewOn == baton::test::day("2026-05-01"));
    CHECK(goals[0].note == "Pair on the churn model");
    CHECK(file->db().queryInt("SELECT suggested_rank FROM lead_stints WHERE position = 1") == 2);
    CHECK(file->db().queryInt("SELECT count(*) FROM lead_stints WHERE suggested_rank IS NULL") == 2);
    CHECK(file->db().queryText("SELECT started_on || ' ' || done_on FROM contributions WHERE id = '" +
                               std::string(kNumbers) + "'") == "2026-01-05 2026-01-20");
}

TEST_CASE_METHOD(ImportFixture, "Goals, suggested ranks and work dates round-trip field for field",
                 "[exchange][coaching]")
{
    addAdditions(doc);
    REQUIRE(importDoc().errors.empty());
    const auto first = exported(*file, clock);
    REQUIRE(first["development_goals"].size() == 1);
    CHECK(first["development_goals"][0]["mentor"] == kAna);
    CHECK(first["initiatives"][0]["leadership"][1]["suggested_rank"] == 2);
    CHECK(first["initiatives"][0]["leadership"][0]["suggested_rank"].is_null());
    CHECK(first["contributions"][0]["done_on"] == "2026-01-20");
    CHECK(first["contributions"][1]["started_on"].is_null());

    baton::test::TempDir other;
    auto copy = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(copy.ok());
    const auto again = exchange::TeamImporter(*copy.value()).importText(first.dump());
    REQUIRE(again.errors.empty());
    CHECK(exported(*copy.value(), clock) == first);
}

TEST_CASE_METHOD(ImportFixture, "A file without the additions still imports, and exports empty goals",
                 "[exchange][coaching]")
{
    REQUIRE(importDoc().errors.empty());
    const auto out = exported(*file, clock);
    CHECK(out["development_goals"].empty());
    CHECK(out["initiatives"][0]["leadership"][0]["suggested_rank"].is_null());
}

TEST_CASE_METHOD(ImportFixture, "Fault: a goal's target level outside 1 to 5 is named", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["development_goals"][0]["target_level"] = 6;
    expectRefused("/development_goals/0/target_level", "out of range");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a member mentoring themself is named", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["development_goals"][0]["mentor"] = kBo;
    expectRefused("/development_goals/0/mentor", "cannot mentor themself");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a goal for a member nobody has is named", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["development_goals"][0]["member"] = "01900000-0000-7000-8000-00000000dead";
    expectRefused("/development_goals/0/member", "01900000-0000-7000-8000-00000000dead");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an unknown goal status lists the allowed ones", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["development_goals"][0]["status"] = "forgotten";
    expectRefused("/development_goals/0/status", "\"active\", \"achieved\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a suggested rank of zero is refused", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["initiatives"][0]["leadership"][1]["suggested_rank"] = 0;
    expectRefused("/initiatives/0/leadership/1/suggested_rank", "out of range");
}

TEST_CASE_METHOD(ImportFixture, "Work dates out of order are history the importer keeps, not a fault",
                 "[exchange][coaching]")
{
    addAdditions(doc);
    doc["contributions"][0]["done_on"] = "2026-01-01"; // before started_on: an edit rule, not the format's
    REQUIRE(importDoc().errors.empty());
    CHECK(file->db().queryText("SELECT done_on FROM contributions WHERE id = '" + std::string(kNumbers) + "'") ==
          "2026-01-01");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a suggested rank that is not a whole number is refused",
                 "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["initiatives"][0]["leadership"][1]["suggested_rank"] = "first";
    expectRefused("/initiatives/0/leadership/1/suggested_rank", "whole number");
}

TEST_CASE_METHOD(ImportFixture, "Fault: the same goal twice in one file is named", "[exchange][fault][coaching]")
{
    addAdditions(doc);
    doc["development_goals"].push_back(doc["development_goals"][0]);
    expectRefused("/development_goals/1", kGoal);
}
