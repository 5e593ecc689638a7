#pragma once

// A small, valid exchange document that tests break one fault at a time.

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>
#include <string>

namespace baton::test {

namespace ids {
inline const char* const kAna = "01900000-0000-7000-8000-000000000001";
inline const char* const kBo = "01900000-0000-7000-8000-000000000002";
inline const char* const kCy = "01900000-0000-7000-8000-000000000003";
inline const char* const kData = "01900000-0000-7000-8000-0000000000a1";
inline const char* const kAnalytics = "01900000-0000-7000-8000-0000000000a2";
inline const char* const kEndorse = "01900000-0000-7000-8000-0000000000e1";
inline const char* const kInit = "01900000-0000-7000-8000-0000000000b1";
inline const char* const kNumbers = "01900000-0000-7000-8000-0000000000c1";
inline const char* const kCopy = "01900000-0000-7000-8000-0000000000c2";
inline const char* const kDec1 = "01900000-0000-7000-8000-0000000000d1";
inline const char* const kDec2 = "01900000-0000-7000-8000-0000000000d2";
inline const char* const kCom1 = "01900000-0000-7000-8000-0000000000f1";
inline const char* const kCom2 = "01900000-0000-7000-8000-0000000000f2";
} // namespace ids

inline nlohmann::json validDocument()
{
    using nlohmann::json;
    using namespace ids;
    const char* ts = "2026-03-01T09:30:00Z";
    return json{
        {"format", "baton-team"},
        {"version", 1},
        {"exported_at", "2026-03-02T10:00:00Z"},
        {"team", {{"name", "Northwind Product Studio"}, {"description", "Checkout and growth"}}},
        {"members", json::array({{{"id", kAna},
                                  {"name", "Ana Silva"},
                                  {"email", "ana@northwind.example"},
                                  {"title", "Data Analyst"},
                                  {"facilitator", false},
                                  {"joined_on", "2024-01-15"},
                                  {"left_on", nullptr},
                                  {"updated_at", ts}},
                                 {{"id", kBo},
                                  {"name", "Bo Chen"},
                                  {"email", "bo@northwind.example"},
                                  {"title", "Copywriter"},
                                  {"joined_on", "2024-02-01"},
                                  {"updated_at", ts}},
                                 {{"id", kCy},
                                  {"name", "Cy Okafor"},
                                  {"title", "Engineering Manager"},
                                  {"facilitator", true},
                                  {"joined_on", "2023-06-01"},
                                  {"left_on", "2026-02-28"},
                                  {"updated_at", ts}}})},
        {"expertise_areas",
         json::array({{{"id", kData}, {"name", "Data"}, {"description", ""}, {"parent", nullptr}, {"updated_at", ts}},
                      {{"id", kAnalytics}, {"name", "Analytics"}, {"parent", kData}, {"updated_at", ts}}})},
        {"expertise",
         json::array({{{"member", kAna}, {"area", kAnalytics}, {"level", 4}, {"updated_at", ts}},
                      {{"member", kBo}, {"area", kData}, {"level", 1}, {"wants_to_learn", true}, {"updated_at", ts}}})},
        {"endorsements", json::array({{{"id", kEndorse},
                                       {"endorser", kBo},
                                       {"member", kAna},
                                       {"area", kAnalytics},
                                       {"note", "Her churn model saved us a month"},
                                       {"on", "2026-01-20"},
                                       {"updated_at", ts}}})},
        {"initiatives",
         json::array(
             {{{"id", kInit},
               {"title", "Churn dashboard"},
               {"description", "Make churn visible weekly"},
               {"status", "active"},
               {"started_on", "2026-01-01"},
               {"due_on", "2026-06-30"},
               {"closed_on", nullptr},
               {"areas", json::array({kAnalytics})},
               {"leadership",
                json::array(
                    {{{"member", kCy},
                      {"role", "lead"},
                      {"from", "2026-01-01"},
                      {"to", "2026-01-31"},
                      {"reason", "kick-off"}},
                     {{"member", kAna},
                      {"role", "lead"},
                      {"from", "2026-02-01"},
                      {"to", nullptr},
                      {"reason", "Ana knows the data model"}},
                     {{"member", kBo}, {"role", "co-lead"}, {"from", "2026-02-01"}, {"reason", "owns the copy"}}})},
               {"updated_at", ts}}})},
        {"contributions", json::array({{{"id", kNumbers},
                                        {"initiative", kInit},
                                        {"member", kAna},
                                        {"description", "Churn numbers"},
                                        {"status", "done"},
                                        {"depends_on", json::array()},
                                        {"updated_at", ts}},
                                       {{"id", kCopy},
                                        {"initiative", kInit},
                                        {"member", kBo},
                                        {"description", "Dashboard copy"},
                                        {"status", "in_progress"},
                                        {"depends_on", json::array({kNumbers})},
                                        {"updated_at", ts}}})},
        {"decisions",
         json::array({{{"id", kDec1},
                       {"title", "Report churn quarterly"},
                       {"context", "Leadership wanted a number"},
                       {"options", json::array({"quarterly", "monthly"})},
                       {"outcome", "quarterly"},
                       {"rationale", "cheap"},
                       {"method", "advice"},
                       {"status", "superseded"},
                       {"initiative", kInit},
                       {"areas", json::array({kData})},
                       {"proposed_on", "2026-01-05"},
                       {"decided_on", "2026-01-10"},
                       {"accountable", kCy},
                       {"participants", json::array({{{"member", kCy}, {"role", "decider"}, {"stance", "support"}},
                                                     {{"member", kAna},
                                                      {"role", "advisor"},
                                                      {"stance", "concern"},
                                                      {"comment", "too slow to act on"}}})},
                       {"updated_at", ts}},
                      {{"id", kDec2},
                       {"title", "Report churn monthly"},
                       {"context", "Quarterly was too slow"},
                       {"options", json::array({"monthly"})},
                       {"outcome", "monthly"},
                       {"rationale", "Ana automated it"},
                       {"method", "consent"},
                       {"status", "decided"},
                       {"initiative", kInit},
                       {"proposed_on", "2026-02-02"},
                       {"decide_by", "2026-02-10"},
                       {"decided_on", "2026-02-09"},
                       {"review_on", "2026-08-01"},
                       {"accountable", kAna},
                       {"supersedes", kDec1},
                       {"participants", json::array({{{"member", kAna}, {"role", "proposer"}, {"stance", "support"}},
                                                     {{"member", kBo}, {"role", "consulted"}, {"stance", "support"}}})},
                       {"updated_at", ts}}})},
        {"commitments", json::array({{{"id", kCom1},
                                      {"description", "Automate the monthly churn export"},
                                      {"owner", kAna},
                                      {"supporters", json::array({kBo})},
                                      {"decision", kDec2},
                                      {"initiative", kInit},
                                      {"due_on", "2026-03-01"},
                                      {"status", "done"},
                                      {"closed_on", "2026-02-27"},
                                      {"outcome", "runs on the 1st"},
                                      {"updated_at", ts}},
                                     {{"id", kCom2},
                                      {"description", "Write the dashboard help text"},
                                      {"owner", kBo},
                                      {"supporters", json::array()},
                                      {"decision", nullptr},
                                      {"initiative", kInit},
                                      {"due_on", "2026-04-15"},
                                      {"status", "open"},
                                      {"updated_at", ts}}})},
    };
}

/// `doc` with `count` more decisions made from its second one, each with an id of its own and a
/// numbered title; `context`, when given, replaces their context.
inline nlohmann::json withDecisions(nlohmann::json doc, int count, const std::optional<std::string>& context = {})
{
    const nlohmann::json model = doc["decisions"][1];
    for (int i = 0; i < count; ++i) {
        nlohmann::json d = model;
        char id[40];
        std::snprintf(id, sizeof id, "01900000-0000-7000-9000-%012d", i);
        d["id"] = id;
        d["title"] = "Decision number " + std::to_string(i);
        if (context)
            d["context"] = *context;
        d.erase("supersedes");
        doc["decisions"].push_back(std::move(d));
    }
    return doc;
}

/// validDocument() with `count` more decisions, each with 300 bytes of context.
inline nlohmann::json documentWithDecisions(int count)
{
    return withDecisions(validDocument(), count, std::string(300, 'c'));
}

} // namespace baton::test
