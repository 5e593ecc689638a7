// The exchange format's additions for issue 11 on decisions: a decision's fallback and the
// charter rule that set it, an advisor's advice and whether the decision followed it. They
// round-trip exactly, leave older history bytes alone, and a malformed one is refused at its
// JSON Pointer with nothing written.
#include "support/ImportFixture.h"

#include "baton/domain/Record.h"
#include "baton/exchange/TeamExporter.h"
#include "baton/storage/DecisionRepository.h"
#include "support/TempDir.h"

#include <sstream>

using namespace baton;
using baton::test::ImportFixture;
using namespace baton::test::ids;

namespace {

/// The valid document with a fallback on the first decision and advice from its advisor.
void addDecisionFields(nlohmann::json& doc)
{
    doc["decisions"][0]["fallback"] = "accountable_decides";
    doc["decisions"][0]["participants"][1]["advice"] = "Start with a smaller segment";
    doc["decisions"][0]["participants"][1]["followed"] = false;
    doc["decisions"][1]["participants"][1]["advice"] = "Automate it first";
    doc["decisions"][1]["participants"][1]["followed"] = true;
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

TEST_CASE_METHOD(ImportFixture, "A decision's fallback and an advisor's advice are imported into the team file",
                 "[exchange][charter]")
{
    addDecisionFields(doc);
    REQUIRE(importDoc().errors.empty());
    storage::DecisionRepository decisions(file->db());
    const auto first = decisions.find(domain::DecisionId(kDec1));
    REQUIRE(first);
    CHECK(first->fallback == domain::DecisionFallback::AccountableDecides);
    CHECK_FALSE(first->charterRule);
    REQUIRE(first->participants.size() == 2);
    CHECK(first->participants[0].advice.empty());
    CHECK_FALSE(first->participants[0].followed);
    CHECK(first->participants[1].advice == "Start with a smaller segment");
    CHECK(first->participants[1].followed == false);
    const auto second = decisions.find(domain::DecisionId(kDec2));
    REQUIRE(second);
    CHECK_FALSE(second->fallback);
    CHECK(second->participants[1].followed == true);
}

TEST_CASE_METHOD(ImportFixture, "A decision's fallback and advice round-trip field for field", "[exchange][charter]")
{
    addDecisionFields(doc);
    REQUIRE(importDoc().errors.empty());
    const auto first = exported(*file, clock);
    CHECK(first["decisions"][0]["fallback"] == "accountable_decides");
    CHECK(first["decisions"][0]["charter_rule"].is_null());
    CHECK(first["decisions"][1]["fallback"].is_null());
    CHECK(first["decisions"][0]["participants"][1]["advice"] == "Start with a smaller segment");
    CHECK(first["decisions"][0]["participants"][1]["followed"] == false);
    CHECK(first["decisions"][0]["participants"][0]["followed"].is_null());
    CHECK(first["decisions"][0]["participants"][0]["advice"] == "");

    baton::test::TempDir other;
    auto copy = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(copy.ok());
    const auto again = exchange::TeamImporter(*copy.value()).importText(first.dump());
    REQUIRE(again.errors.empty());
    CHECK(exported(*copy.value(), clock) == first);
}

TEST_CASE_METHOD(ImportFixture, "A file without the decision additions exports them as null", "[exchange][charter]")
{
    REQUIRE(importDoc().errors.empty());
    const auto out = exported(*file, clock);
    CHECK(out["decisions"][0]["fallback"].is_null());
    CHECK(out["decisions"][0]["charter_rule"].is_null());
    CHECK(out["decisions"][0]["participants"][1]["followed"].is_null());
}

TEST_CASE("A decision without the charter fields keeps its canonical bytes", "[exchange][charter][history]")
{
    domain::Decision d;
    d.id = domain::DecisionId(kDec1);
    d.title = "Adopt the churn model";
    domain::Participant p;
    p.member = domain::MemberId(kAna);
    d.participants.push_back(p);
    const std::string before = domain::canonicalFields(d);
    CHECK(before.find("fallback") == std::string::npos);
    CHECK(before.find("charter_rule") == std::string::npos);
    CHECK(before.find("advice") == std::string::npos);
    CHECK(before.find("followed") == std::string::npos);

    d.fallback = domain::DecisionFallback::ExtendOnce;
    d.participants[0].advice = "wait a week";
    d.participants[0].followed = true;
    const std::string after = domain::canonicalFields(d);
    CHECK(after.find("\"fallback\":\"extend_once\"") != std::string::npos);
    CHECK(after.find("\"advice\":\"wait a week\"") != std::string::npos);
    CHECK(after.find("\"followed\":true") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "Fault: an unknown decision fallback lists the allowed ones",
                 "[exchange][fault][charter]")
{
    addDecisionFields(doc);
    doc["decisions"][0]["fallback"] = "coin_toss";
    expectRefused("/decisions/0/fallback", "\"accountable_decides\", \"majority_vote\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a fallback that is not a string is named", "[exchange][fault][charter]")
{
    addDecisionFields(doc);
    doc["decisions"][1]["fallback"] = 3;
    expectRefused("/decisions/1/fallback", "must be a string");
}

TEST_CASE_METHOD(ImportFixture, "Fault: followed that is not a boolean is named", "[exchange][fault][charter]")
{
    addDecisionFields(doc);
    doc["decisions"][0]["participants"][1]["followed"] = "yes";
    expectRefused("/decisions/0/participants/1/followed", "true, false or null");
}

TEST_CASE_METHOD(ImportFixture, "Fault: advice that is not text is named", "[exchange][fault][charter]")
{
    addDecisionFields(doc);
    doc["decisions"][0]["participants"][1]["advice"] = nlohmann::json::array({"a"});
    expectRefused("/decisions/0/participants/1/advice", "");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a charter rule id that is not an id is named", "[exchange][fault][charter]")
{
    addDecisionFields(doc);
    doc["decisions"][0]["charter_rule"] = "not-an-id";
    expectRefused("/decisions/0/charter_rule", "");
}

namespace {
const char* const kRule = "01900000-0000-7000-8000-0000000000e1";
const char* const kStep = "01900000-0000-7000-8000-0000000000e2";

/// The valid document with a decision rule, a conflict step, and the first decision linked to the rule.
void addCharter(nlohmann::json& doc)
{
    doc["charter_rules"] = nlohmann::json::array({{{"id", kRule},
                                                   {"kind", "decision_rule"},
                                                   {"title", "Analytics decisions by consent"},
                                                   {"text", "Two weeks, then the accountable member decides"},
                                                   {"position", 1},
                                                   {"areas", nlohmann::json::array({kAnalytics})},
                                                   {"method", "consent"},
                                                   {"decide_within_days", 14},
                                                   {"fallback", "accountable_decides"},
                                                   {"updated_at", "2026-03-01T09:30:00Z"}},
                                                  {{"id", kStep},
                                                   {"kind", "conflict_step"},
                                                   {"title", "Talk directly"},
                                                   {"position", 1},
                                                   {"updated_at", "2026-03-01T09:30:00Z"}}});
    doc["decisions"][0]["charter_rule"] = kRule;
    doc["decisions"][0]["fallback"] = "accountable_decides";
}
} // namespace

TEST_CASE_METHOD(ImportFixture, "Charter rules are imported, and a decision links to its rule", "[exchange][charter]")
{
    addCharter(doc);
    const auto report = importDoc();
    REQUIRE(report.errors.empty());
    CHECK(file->db().queryInt("SELECT count(*) FROM charter_rules") == 2);
    CHECK(file->db().queryText("SELECT area FROM charter_rule_areas WHERE rule = '" + std::string(kRule) + "'") ==
          kAnalytics);
    CHECK(file->db().queryInt("SELECT decide_within_days FROM charter_rules WHERE kind = 'decision_rule'") == 14);
    const auto d = storage::DecisionRepository(file->db()).find(domain::DecisionId(kDec1));
    REQUIRE(d);
    CHECK(d->charterRule == domain::CharterRuleId(kRule));
}

TEST_CASE_METHOD(ImportFixture, "Charter rules round-trip field for field", "[exchange][charter]")
{
    addCharter(doc);
    addDecisionFields(doc);
    REQUIRE(importDoc().errors.empty());
    const auto first = exported(*file, clock);
    REQUIRE(first["charter_rules"].size() == 2);
    const auto& rule =
        first["charter_rules"][0]["kind"] == "decision_rule" ? first["charter_rules"][0] : first["charter_rules"][1];
    CHECK(rule["method"] == "consent");
    CHECK(rule["decide_within_days"] == 14);
    CHECK(rule["fallback"] == "accountable_decides");
    CHECK(rule["areas"] == nlohmann::json::array({kAnalytics}));
    const auto& step =
        first["charter_rules"][0]["kind"] == "conflict_step" ? first["charter_rules"][0] : first["charter_rules"][1];
    CHECK(step["method"].is_null());
    CHECK(step["decide_within_days"].is_null());
    CHECK(step["text"] == "");
    CHECK(first["decisions"][0]["charter_rule"] == kRule);

    baton::test::TempDir other;
    auto copy = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(copy.ok());
    const auto again = exchange::TeamImporter(*copy.value()).importText(first.dump());
    REQUIRE(again.errors.empty());
    CHECK(exported(*copy.value(), clock) == first);
}

TEST_CASE_METHOD(ImportFixture, "A file without charter rules exports an empty list", "[exchange][charter]")
{
    REQUIRE(importDoc().errors.empty());
    const auto out = exported(*file, clock);
    REQUIRE(out.contains("charter_rules"));
    CHECK(out["charter_rules"].empty());
}

TEST_CASE_METHOD(ImportFixture, "Fault: a charter rule without a title is named", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][0].erase("title");
    expectRefused("/charter_rules/0/title", "required");
}

TEST_CASE_METHOD(ImportFixture, "Fault: an unknown charter rule kind lists the allowed ones",
                 "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][1]["kind"] = "house_rule";
    expectRefused("/charter_rules/1/kind", "\"decision_rule\", \"conflict_step\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a deadline of zero days is refused", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][0]["decide_within_days"] = 0;
    expectRefused("/charter_rules/0/decide_within_days", "out of range");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict step on rung 0 is refused", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][1]["position"] = 0;
    expectRefused("/charter_rules/1/position", "starts at 1");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a charter rule's unknown fallback is named", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][0]["fallback"] = "flip_a_coin";
    expectRefused("/charter_rules/0/fallback", "\"accountable_decides\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a charter rule naming an unknown area is named", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"][0]["areas"][0] = "01900000-0000-7000-8000-00000000dead";
    expectRefused("/charter_rules/0/areas/0", "01900000-0000-7000-8000-00000000dead");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a decision naming a charter rule nobody has is named",
                 "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["decisions"][0]["charter_rule"] = "01900000-0000-7000-8000-00000000beef";
    expectRefused("/decisions/0/charter_rule", "01900000-0000-7000-8000-00000000beef");
}

TEST_CASE_METHOD(ImportFixture, "Fault: the same charter rule twice in one file is named", "[exchange][fault][charter]")
{
    addCharter(doc);
    doc["charter_rules"].push_back(doc["charter_rules"][0]);
    expectRefused("/charter_rules/2", kRule);
}

TEST_CASE_METHOD(ImportFixture, "Fault: charter_rules that is not an array is named", "[exchange][fault][charter]")
{
    doc["charter_rules"] = "none";
    expectRefused("/charter_rules", "must be an array");
}

TEST_CASE_METHOD(ImportFixture, "A decision's charter rule may come later in the file, as an export writes it",
                 "[exchange][charter][stream]")
{
    addCharter(doc);
    REQUIRE(importDoc().errors.empty());
    std::ostringstream out;
    exchange::TeamExporter(*file, clock).write(out);
    const std::string text = out.str();
    REQUIRE(text.find("\"charter_rules\"") > text.find("\"decisions\""));

    baton::test::TempDir other;
    auto copy = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(copy.ok());
    const auto again = exchange::TeamImporter(*copy.value()).importText(text);
    INFO((again.errors.empty() ? std::string() : again.errors[0].toString()));
    REQUIRE(again.applied);
    CHECK(storage::DecisionRepository(copy.value()->db()).find(domain::DecisionId(kDec1))->charterRule ==
          domain::CharterRuleId(kRule));
}
