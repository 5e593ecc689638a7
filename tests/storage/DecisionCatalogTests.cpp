#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/domain/Uuid.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/SqliteDecisionCatalog.h"

#include <set>

using namespace baton::domain;
using namespace baton::storage;
using baton::test::day;
using baton::test::TeamFileFixture;

namespace {

/// 250 decisions over 250 days; every 10th is about "pricing", every 3rd is proposed.
struct Catalogued : TeamFileFixture {
    std::vector<std::string> ids;
    MemberId ana{"00000000-0000-7000-8000-000000000001"};
    MemberId bo{"00000000-0000-7000-8000-000000000002"};

    Catalogued()
    {
        UuidGenerator gen(clock, 7);
        Transaction tx(db());
        MemberRepository members(db());
        for (const auto& [id, name] : {std::pair{ana, "Ana"}, std::pair{bo, "Bo"}}) {
            Member m;
            m.id = id;
            m.name = name;
            m.updatedAt = clock.now();
            members.upsert(m);
        }
        DecisionRepository repo(db());
        for (int i = 0; i < 250; ++i) {
            Decision d;
            d.id = DecisionId(gen.next());
            d.title = (i % 10 == 0 ? "Pricing change " : "Routine choice ") + std::to_string(i);
            d.context = i % 25 == 0 ? "customers compared competitors' tiers" : "weekly housekeeping";
            d.method = i % 2 ? DecisionMethod::Consent : DecisionMethod::Advice;
            d.status = i % 3 == 0 ? DecisionStatus::Proposed : DecisionStatus::Decided;
            d.proposedOn = day("2025-01-01").addDays(i);
            if (d.status == DecisionStatus::Decided) {
                d.decidedOn = d.proposedOn;
                d.accountable = i % 4 == 0 ? ana : bo;
            }
            d.updatedAt = clock.now();
            repo.upsert(d);
            ids.push_back(d.id.str());
        }
        tx.commit();
    }
};

} // namespace

TEST_CASE_METHOD(Catalogued, "Keyset pages visit every decision exactly once, newest first", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    std::set<std::string> seen;
    std::optional<DecisionCursor> cursor;
    std::optional<Date> previous;
    int pages = 0;
    do {
        const DecisionPage page = catalog.page({}, cursor, 40);
        for (const auto& row : page.rows) {
            CHECK(seen.insert(row.id.str()).second);
            if (previous)
                CHECK(*row.listedOn <= *previous);
            previous = row.listedOn;
        }
        cursor = page.next;
        ++pages;
    } while (cursor);
    CHECK(seen.size() == 250);
    CHECK(pages == 7);
}

TEST_CASE_METHOD(Catalogued, "The last page says there is no next page", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    const DecisionPage page = catalog.page({}, std::nullopt, 250);
    CHECK(page.rows.size() == 250);
    CHECK_FALSE(page.next);
}

TEST_CASE_METHOD(Catalogued, "Filters narrow the list by status, method and accountable member", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.status = DecisionStatus::Proposed;
    CHECK(catalog.count(f) == 84);
    f.method = DecisionMethod::Consent;
    CHECK(catalog.count(f) == 42);
    DecisionFilter byOwner;
    byOwner.accountable = ana;
    const auto page = catalog.page(byOwner, std::nullopt, 500);
    CHECK(static_cast<std::int64_t>(page.rows.size()) == catalog.count(byOwner));
    for (const auto& row : page.rows)
        CHECK(row.accountableName == "Ana");
}

TEST_CASE_METHOD(Catalogued, "A period filter keeps decisions listed inside it, ends included", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.from = day("2025-01-11");
    f.to = day("2025-01-20");
    CHECK(catalog.count(f) == 10);
}

TEST_CASE_METHOD(Catalogued, "Full-text search finds words in titles and context, by prefix", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.text = "pric";
    CHECK(catalog.count(f) == 25);
    f.text = "competitor";
    CHECK(catalog.count(f) == 10);
    f.text = "pricing competitors";
    CHECK(catalog.count(f) == 5);
}

TEST_CASE_METHOD(Catalogued, "Search results page by cursor without repeats", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.text = "routine";
    std::set<std::string> seen;
    std::optional<DecisionCursor> cursor;
    do {
        const auto page = catalog.page(f, cursor, 50);
        for (const auto& row : page.rows)
            CHECK(seen.insert(row.id.str()).second);
        cursor = page.next;
    } while (cursor);
    CHECK(seen.size() == 225);
}

TEST_CASE_METHOD(Catalogued, "Search combines with filters", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.text = "pricing";
    f.status = DecisionStatus::Proposed;
    CHECK(catalog.count(f) == 9);
}

TEST_CASE_METHOD(Catalogued, "The search index follows edits to a decision", "[storage][catalog]")
{
    DecisionRepository repo(db());
    Decision d = *repo.find(DecisionId(ids[1]));
    d.title = "Retire the fax machine";
    repo.upsert(d);
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.text = "fax";
    CHECK(catalog.count(f) == 1);
    f.text = "routine";
    CHECK(catalog.count(f) == 224);
}

TEST_CASE_METHOD(Catalogued, "Search text with quotes and operators is taken literally", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.text = "\"pricing\" OR NEAR(";
    CHECK_NOTHROW(catalog.count(f));
    CHECK(catalog.count(f) == 0);
}

TEST_CASE_METHOD(Catalogued, "Skipping ahead lands where paging would have", "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    const auto first = catalog.page({}, std::nullopt, 100);
    const auto second = catalog.page({}, first.next, 100);
    const auto jumped = catalog.skip({}, std::nullopt, 100);
    REQUIRE(jumped);
    CHECK(jumped->rowKey == first.next->rowKey);
    const auto further = catalog.skip({}, jumped, 100);
    REQUIRE(further);
    CHECK(further->rowKey == second.next->rowKey);
    CHECK_FALSE(catalog.skip({}, std::nullopt, 251));
    DecisionFilter f;
    f.text = "routine";
    const auto searchJump = catalog.skip(f, std::nullopt, 50);
    REQUIRE(searchJump);
    CHECK(searchJump->rowKey == catalog.page(f, std::nullopt, 50).next->rowKey);
}

TEST_CASE_METHOD(Catalogued, "Proposed decisions past their deadline can be listed", "[storage][catalog]")
{
    DecisionRepository repo(db());
    Decision d = *repo.find(DecisionId(ids[0])); // proposed (i % 3 == 0)
    d.decideBy = day("2025-02-01");
    repo.upsert(d);
    Decision decided = *repo.find(DecisionId(ids[1]));
    decided.decideBy = day("2025-02-01");
    repo.upsert(decided);
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.pastDeadlineOn = day("2025-03-01");
    REQUIRE(catalog.count(f) == 1);
    CHECK(catalog.page(f, std::nullopt, 10).rows.at(0).id.str() == ids[0]);
    f.pastDeadlineOn = day("2025-02-01");
    CHECK(catalog.count(f) == 0);
}

TEST_CASE_METHOD(Catalogued, "Oldest-first pages run the other way and still visit each decision once",
                 "[storage][catalog]")
{
    SqliteDecisionCatalog catalog(db());
    DecisionFilter f;
    f.oldestFirst = true;
    std::set<std::string> seen;
    std::optional<Date> previous;
    std::optional<DecisionCursor> cursor;
    do {
        const auto page = catalog.page(f, cursor, 60);
        for (const auto& row : page.rows) {
            CHECK(seen.insert(row.id.str()).second);
            if (previous)
                CHECK(*row.listedOn >= *previous);
            previous = row.listedOn;
        }
        cursor = page.next;
    } while (cursor);
    CHECK(seen.size() == 250);
    const auto first = catalog.page(f, std::nullopt, 60);
    CHECK(catalog.skip(f, std::nullopt, 60)->rowKey == first.next->rowKey);
}
