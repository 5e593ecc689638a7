// The exchange format's conflicts, voice_items, pulses and reviews (spec "Additions to version
// 1"): imported, round-tripped field for field, a pulse's answers withheld below min_responses,
// and every malformed field refused at its JSON Pointer with nothing written.
#include "support/ImportFixture.h"

#include "baton/exchange/TeamExporter.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/PulseRepository.h"
#include "baton/storage/ReviewRepository.h"
#include "baton/storage/VoiceItemRepository.h"
#include "support/TempDir.h"

#include <sstream>

using namespace baton;
using baton::test::ImportFixture;
using namespace baton::test::ids;
using nlohmann::json;

namespace {
const char* const kConflict = "01900000-0000-7000-8000-000000000c71";
const char* const kIdea = "01900000-0000-7000-8000-000000000c81";
const char* const kConcern = "01900000-0000-7000-8000-000000000c82";
const char* const kPulse = "01900000-0000-7000-8000-000000000c91";
const char* const kReview = "01900000-0000-7000-8000-000000000ca1";

json answers(std::initializer_list<int> values)
{
    return {{"answers", json::array_t(values.begin(), values.end())}};
}

/// The valid document with one record of each new kind.
void addTrust(json& doc)
{
    doc["conflicts"] =
        json::array({{{"id", kConflict},
                      {"title", "Who owns the churn numbers"},
                      {"description", "Both rework the same figures"},
                      {"parties", {kAna, kBo}},
                      {"raised_on", "2026-03-02"},
                      {"status", "resolved"},
                      {"steps", json::array({{{"rung", 1}, {"on", "2026-03-03"}, {"note", "Talked"}},
                                             {{"rung", 2}, {"on", "2026-03-09"}, {"note", "Facilitated"}}})},
                      {"resolution", "Ana owns them"},
                      {"resolved_on", "2026-03-20"},
                      {"decision", kDec1},
                      {"updated_at", "2026-03-20T10:00:00Z"}}});
    doc["voice_items"] = json::array({{{"id", kIdea},
                                       {"kind", "idea"},
                                       {"text", "Share churn every Monday"},
                                       {"author", kBo},
                                       {"raised_on", "2026-03-04"},
                                       {"status", "acted_on"},
                                       {"response", "From next week"},
                                       {"responder", kAna},
                                       {"initiative", kInit},
                                       {"decision", nullptr},
                                       {"updated_at", "2026-03-06T10:00:00Z"}},
                                      {{"id", kConcern},
                                       {"kind", "concern"},
                                       {"text", "Decisions get made in the corridor"},
                                       {"author", nullptr},
                                       {"raised_on", "2026-03-05"},
                                       {"status", "open"},
                                       {"response", ""},
                                       {"responder", nullptr},
                                       {"initiative", nullptr},
                                       {"decision", nullptr},
                                       {"updated_at", "2026-03-05T10:00:00Z"}}});
    doc["pulses"] =
        json::array({{{"id", kPulse},
                      {"title", "March pulse"},
                      {"opened_on", "2026-03-01"},
                      {"closed_on", "2026-03-15"},
                      {"min_responses", 3},
                      {"responded", {kAna, kBo, kCy}},
                      // Out of order on purpose: they are stored, and written, sorted.
                      {"responses", json::array({answers({7, 1, 7, 1, 7, 1, 1}), answers({1, 7, 1, 7, 1, 7, 7}),
                                                 answers({4, 4, 4, 4, 4, 4, 4})})},
                      {"updated_at", "2026-03-15T10:00:00Z"}}});
    doc["reviews"] = json::array({{{"id", kReview},
                                   {"subject_kind", "commitment"},
                                   {"subject", kCom1},
                                   {"held_on", "2026-03-21"},
                                   {"participants", {kAna, kBo}},
                                   {"what_happened", "The export slipped"},
                                   {"contributing_factors", {"The source changed", "Nobody watched the date"}},
                                   {"what_we_change", "A change log"},
                                   {"follow_ups", {kCom2}},
                                   {"updated_at", "2026-03-21T10:00:00Z"}}});
}

json exported(storage::TeamFile& file, const domain::Clock& clock)
{
    std::ostringstream out;
    exchange::TeamExporter(file, clock).write(out);
    auto j = json::parse(out.str());
    j.erase("exported_at");
    j.erase("history_head");
    return j;
}
} // namespace

TEST_CASE_METHOD(ImportFixture, "Conflicts, voice items, pulses and reviews are imported field for field",
                 "[exchange][trust]")
{
    addTrust(doc);
    const auto report = importDoc();
    REQUIRE(report.errors.empty());
    storage::Database& db = file->db();
    const auto c = storage::ConflictRepository(db).find(domain::ConflictId(kConflict));
    REQUIRE(c);
    CHECK(c->status == domain::ConflictStatus::Resolved);
    REQUIRE(c->steps.size() == 2);
    CHECK(c->steps[1].rung == 2);
    CHECK(c->steps[1].note == "Facilitated");
    CHECK(c->decision == domain::DecisionId(kDec1));
    const auto concern = storage::VoiceItemRepository(db).find(domain::VoiceItemId(kConcern));
    REQUIRE(concern);
    CHECK_FALSE(concern->author);
    CHECK(db.queryInt("SELECT count(*) FROM voice_items WHERE author IS NULL") == 1);
    const auto p = storage::PulseRepository(db).find(domain::PulseId(kPulse));
    REQUIRE(p);
    REQUIRE(p->responses.size() == 3);
    CHECK(p->responses[0] == domain::PulseAnswers{1, 7, 1, 7, 1, 7, 7});
    CHECK(p->responses[2] == domain::PulseAnswers{7, 1, 7, 1, 7, 1, 1});
    CHECK(db.queryInt("SELECT count(*) FROM pulse_responses") == 3);
    const auto r = storage::ReviewRepository(db).find(domain::ReviewId(kReview));
    REQUIRE(r);
    CHECK(r->contributingFactors == std::vector<std::string>{"The source changed", "Nobody watched the date"});
    CHECK(r->followUps == std::vector<domain::CommitmentId>{domain::CommitmentId(kCom2)});
    CHECK(report.counts.at("reviews").added == 1);
}

TEST_CASE_METHOD(ImportFixture, "The new kinds round-trip exactly, the pulse's answers sorted", "[exchange][trust]")
{
    addTrust(doc);
    REQUIRE(importDoc().errors.empty());
    const auto first = exported(*file, clock);
    CHECK(first["conflicts"] == doc["conflicts"]);
    CHECK(first["voice_items"] == doc["voice_items"]);
    CHECK(first["reviews"] == doc["reviews"]);
    CHECK(
        first["pulses"][0]["responses"] ==
        json::array({answers({1, 7, 1, 7, 1, 7, 7}), answers({4, 4, 4, 4, 4, 4, 4}), answers({7, 1, 7, 1, 7, 1, 1})}));
    CHECK(first["pulses"][0]["responded"] == doc["pulses"][0]["responded"]);

    baton::test::TempDir other;
    auto copy = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(copy.ok());
    const auto again = exchange::TeamImporter(*copy.value()).importText(first.dump());
    REQUIRE(again.errors.empty());
    CHECK(exported(*copy.value(), clock) == first);
}

TEST_CASE_METHOD(ImportFixture, "A pulse below min_responses is exported without its answers", "[exchange][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["min_responses"] = 5;
    REQUIRE(importDoc().errors.empty());
    CHECK(file->db().queryInt("SELECT count(*) FROM pulse_responses") == 3); // kept, not shown
    const auto out = exported(*file, clock);
    CHECK(out["pulses"][0]["responses"] == json::array());
    CHECK(out["pulses"][0]["responded"].size() == 3);
}

TEST_CASE_METHOD(ImportFixture, "An open pulse is exported without its answers, however many", "[exchange][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["closed_on"] = nullptr;
    REQUIRE(importDoc().errors.empty());
    CHECK(file->db().queryInt("SELECT count(*) FROM pulse_responses") == 3);
    const auto out = exported(*file, clock);
    CHECK(out["pulses"][0]["responses"] == json::array());
    CHECK(out["pulses"][0]["responded"].size() == 3);
}

TEST_CASE_METHOD(ImportFixture, "A file without the new kinds exports them as empty arrays", "[exchange][trust]")
{
    REQUIRE(importDoc().errors.empty());
    const auto out = exported(*file, clock);
    for (const char* key : {"conflicts", "voice_items", "pulses", "reviews"})
        CHECK(out[key] == json::array());
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict with one party is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["parties"] = {kAna};
    expectRefused("/conflicts/0/parties", "two or more parties");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict party named twice is named at its place", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["parties"] = {kAna, kBo, kAna};
    expectRefused("/conflicts/0/parties/2", "named twice");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict step out of date order is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["steps"][1]["on"] = "2026-03-01";
    expectRefused("/conflicts/0/steps/1/on", "date order");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict step's rung below 1 is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["steps"][0]["rung"] = 0;
    expectRefused("/conflicts/0/steps/0/rung", "");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict's unknown status lists the allowed ones", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["status"] = "stalled";
    expectRefused("/conflicts/0/status", "\"open\", \"resolved\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a conflict party that does not exist is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"][0]["parties"][1] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/conflicts/0/parties/1", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a voice item without text is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["voice_items"][1].erase("text");
    expectRefused("/voice_items/1/text", "required");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a voice item's unknown kind is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["voice_items"][0]["kind"] = "rant";
    expectRefused("/voice_items/0/kind", "\"idea\", \"concern\" or \"question\"");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a voice item's responder that does not exist is named",
                 "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["voice_items"][0]["responder"] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/voice_items/0/responder", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a pulse answer outside 1 to 7 is named at its item", "[exchange][fault][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["responses"][1]["answers"][3] = 8;
    expectRefused("/pulses/0/responses/1/answers/3", "item 4");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a pulse response with six answers is named", "[exchange][fault][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["responses"][0]["answers"] = {1, 2, 3, 4, 5, 6};
    expectRefused("/pulses/0/responses/0/answers", "all seven");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a pulse with more responses than respondents is named",
                 "[exchange][fault][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["responded"] = {kAna, kBo};
    expectRefused("/pulses/0/responses", "one response per member");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a pulse's min_responses below 3 is named", "[exchange][fault][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["min_responses"] = 2;
    expectRefused("/pulses/0/min_responses", "");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a member who responded twice is named", "[exchange][fault][pulse]")
{
    addTrust(doc);
    doc["pulses"][0]["responded"] = {kAna, kBo, kAna};
    expectRefused("/pulses/0/responded/2", "listed twice");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a review's blank contributing factor is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["reviews"][0]["contributing_factors"][1] = "   ";
    expectRefused("/reviews/0/contributing_factors/1", "blank");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a review of a commitment that does not exist is named",
                 "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["reviews"][0]["subject"] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/reviews/0/subject", "commitment");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a review's follow-up that does not exist is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["reviews"][0]["follow_ups"][0] = "01900000-0000-7000-8000-00000000ffff";
    expectRefused("/reviews/0/follow_ups/0", "does not exist");
}

TEST_CASE_METHOD(ImportFixture, "Fault: a review with a field naming someone to blame is warned, not stored",
                 "[exchange][trust]")
{
    addTrust(doc);
    doc["reviews"][0]["blame"] = kBo;
    const auto report = importDoc();
    REQUIRE(report.errors.empty());
    CHECK_FALSE(report.warnings.empty());
    const auto out = exported(*file, clock);
    CHECK_FALSE(out["reviews"][0].contains("blame"));
}

TEST_CASE_METHOD(ImportFixture, "Fault: a duplicate conflict id is named", "[exchange][fault][trust]")
{
    addTrust(doc);
    doc["conflicts"].push_back(doc["conflicts"][0]);
    expectRefused("/conflicts/1", "duplicate id");
}
