// The field-level merge: the same set of changes gives the same record in any arrival order.
#include "support/Catch.h"

#include "baton/sync/RecordFold.h"

#include <nlohmann/json.hpp>

using namespace baton::sync;
using Json = nlohmann::json;

namespace {

SyncChange change(const std::string& id, std::int64_t hlc, const std::string& author, const Json& before,
                  const Json& after, const std::string& operation = "edit")
{
    SyncChange c;
    c.changeId = id;
    c.hlc = hlc;
    c.author = author;
    c.operation = operation;
    if (!before.is_null())
        c.before = before.dump();
    c.after = after.dump();
    return c;
}

const Json kBase = {{"id", "r"}, {"title", "Old"}, {"due", "2026-12-01"}, {"updated_at", "t0"}};

Json with(Json j, const std::string& key, const Json& value)
{
    j[key] = value;
    return j;
}

} // namespace

TEST_CASE("each change sets only the fields it changed, in clock order", "[sync]")
{
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", kBase, with(kBase, "title", "A")),
        change("b", 20, "bo", with(kBase, "title", "A"), with(with(kBase, "title", "A"), "due", "2026-12-24")),
        change("c", 30, "cy", with(with(kBase, "title", "A"), "due", "2026-12-24"),
               with(with(kBase, "title", "C"), "due", "2026-12-24")),
    };
    const auto r = foldRecord(kBase.dump(), changes);
    REQUIRE(r.fields);
    const Json result = Json::parse(*r.fields);
    CHECK(result["title"] == "C");
    CHECK(result["due"] == "2026-12-24");
    CHECK(r.conflicts.empty());
}

TEST_CASE("a merge that is not a valid record gives way to the change's own fields", "[sync]")
{
    // Two offline edits that each make sense alone: one sets a deadline, the other a status
    // that (in this test's rule) forbids one.
    const auto valid = [](const std::string& text) {
        const Json j = Json::parse(text);
        return !(j["status"] == "closed" && j["due"] != nullptr);
    };
    const Json base = {{"id", "r"}, {"status", "open"}, {"due", nullptr}};
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", base, with(base, "due", "2026-12-01")),
        change("b", 20, "bo", base, with(base, "status", "closed")),
    };
    const auto r = foldRecord(base.dump(), changes, valid);
    const Json j = Json::parse(*r.fields);
    CHECK(j["status"] == "closed");
    CHECK(j["due"] == nullptr);
}

TEST_CASE("two changes of one field made without seeing each other: the later stands, the earlier is a conflict",
          "[sync]")
{
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", kBase, with(kBase, "title", "Ana's")),
        change("b", 20, "bo", kBase, with(kBase, "title", "Bo's")),
    };
    const auto r = foldRecord(kBase.dump(), changes);
    CHECK(Json::parse(*r.fields)["title"] == "Bo's");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == "title");
    CHECK(r.conflicts[0].winner == "b");
    CHECK(r.conflicts[0].loser == "a");
    CHECK(r.conflicts[0].lostValue == "\"Ana's\"");
    CHECK(r.conflicts[0].keptValue == "\"Bo's\"");
    CHECK_FALSE(r.conflicts[0].settledBy);
}

TEST_CASE("equal clocks are ordered by author, then by change id", "[sync]")
{
    SyncChange a = change("z", 10, "ana", kBase, with(kBase, "title", "Ana's"));
    SyncChange b = change("a", 10, "bo", kBase, with(kBase, "title", "Bo's"));
    CHECK(appliesBefore(a, b));
    CHECK_FALSE(appliesBefore(b, a));
    SyncChange c = change("b", 10, "bo", kBase, with(kBase, "title", "Bo's again"));
    CHECK(appliesBefore(b, c));
}

TEST_CASE("different fields changed offline both stand, and updated_at never counts as a conflict", "[sync]")
{
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", kBase, with(with(kBase, "title", "New"), "updated_at", "t1")),
        change("b", 20, "bo", kBase, with(with(kBase, "due", "2027-01-01"), "updated_at", "t2")),
    };
    const auto r = foldRecord(kBase.dump(), changes);
    const Json j = Json::parse(*r.fields);
    CHECK(j["title"] == "New");
    CHECK(j["due"] == "2027-01-01");
    CHECK(j["updated_at"] == "t2");
    CHECK(r.conflicts.empty());
}

TEST_CASE("a later change made with the standing value in view settles the conflict", "[sync]")
{
    const Json bo = with(kBase, "title", "Bo's");
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", kBase, with(kBase, "title", "Ana's")),
        change("b", 20, "bo", kBase, bo),
        change("c", 30, "cy", bo, with(kBase, "title", "Agreed")),
    };
    const auto r = foldRecord(kBase.dump(), changes);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].settledBy == "c");
    CHECK(Json::parse(*r.fields)["title"] == "Agreed");
}

TEST_CASE("a settle change that keeps the standing value settles every conflict of the record", "[sync]")
{
    const Json bo = with(kBase, "title", "Bo's");
    const std::vector<SyncChange> changes{
        change("a", 10, "ana", kBase, with(kBase, "title", "Ana's")),
        change("b", 20, "bo", kBase, bo),
        change("s", 30, "fac", bo, bo, "settle"),
    };
    const auto r = foldRecord(kBase.dump(), changes);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].settledBy == "s");
}

TEST_CASE("a record created twice under one key (expertise) keeps the later and reports the earlier", "[sync]")
{
    const Json ana = {{"member", "m"}, {"area", "a"}, {"level", 3}};
    const Json bo = {{"member", "m"}, {"area", "a"}, {"level", 4}};
    const std::vector<SyncChange> changes{change("a", 10, "ana", nullptr, ana), change("b", 20, "bo", nullptr, bo)};
    const auto r = foldRecord(std::nullopt, changes);
    CHECK(Json::parse(*r.fields)["level"] == 4);
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == "level");
}

TEST_CASE("a field cleared to absent by one change is absent after the merge", "[sync]")
{
    Json cleared = kBase;
    cleared.erase("due");
    const auto r = foldRecord(kBase.dump(), {change("a", 10, "ana", kBase, cleared)});
    CHECK_FALSE(Json::parse(*r.fields).contains("due"));
}

TEST_CASE("two members recording their own stances apart both stand, in the proposer's order", "[sync]")
{
    const Json ana = {{"member", "a"}, {"role", "proposer"}, {"stance", "support"}};
    const Json base = {{"id", "d"}, {"title", "T"}, {"participants", Json::array({ana})}};
    Json bo = base;
    bo["participants"].push_back({{"member", "b"}, {"role", "consulted"}, {"stance", "concern"}});
    Json cy = base;
    cy["participants"].push_back({{"member", "c"}, {"role", "consulted"}, {"stance", "support"}});
    const auto r = foldRecord(base.dump(), {change("x", 10, "b", base, bo), change("y", 20, "c", base, cy)});
    CHECK(r.conflicts.empty());
    const Json merged = Json::parse(*r.fields);
    REQUIRE(merged["participants"].size() == 3);
    CHECK(merged["participants"][0]["member"] == "a");
    CHECK(merged["participants"][1]["member"] == "c"); // the newest change's order first
    CHECK(merged["participants"][2]["member"] == "b");
}

TEST_CASE("one member's stance changed twice apart is a conflict on that member's part only", "[sync]")
{
    const Json base = {{"id", "d"}, {"participants", Json::array({{{"member", "a"}, {"stance", "none"}}})}};
    Json first = base;
    first["participants"][0]["stance"] = "support";
    Json second = base;
    second["participants"][0]["stance"] = "objection";
    const auto r = foldRecord(base.dump(), {change("x", 10, "a", base, first), change("y", 20, "a", base, second)});
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == "participants/a");
    CHECK(Json::parse(*r.fields)["participants"][0]["stance"] == "objection");
}

TEST_CASE("a change made with everything in view gives back exactly its own record", "[sync]")
{
    const Json base = {{"id", "d"},
                       {"participants", Json::array({{{"member", "z"}, {"stance", "none"}}, {{"member", "a"}}})}};
    Json after = base;
    after["participants"].push_back({{"member", "m"}, {"stance", "support"}});
    after["title"] = "New";
    const auto r = foldRecord(base.dump(), {change("x", 10, "m", base, after)});
    CHECK(Json::parse(*r.fields) == after);
}
