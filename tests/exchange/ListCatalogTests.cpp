// Paged lists over the imported sample-like document: initiatives and commitments.
#include "support/ImportFixture.h"

#include "baton/storage/SqliteCommitmentCatalog.h"
#include "baton/storage/SqliteInitiativeCatalog.h"

#include <set>

using namespace baton;
using baton::test::day;
using baton::test::ImportFixture;
using namespace baton::test::ids;

namespace {
struct Listed : ImportFixture {
    Listed()
    {
        // Twelve more initiatives and commitments so that pages of five need three pages.
        for (int i = 0; i < 12; ++i) {
            char id[40];
            std::snprintf(id, sizeof id, "01900000-0000-7000-8000-0000000010%02d", i);
            auto in = doc["initiatives"][0];
            in["id"] = id;
            in["title"] = "Initiative " + std::string(1, static_cast<char>('A' + i));
            in["leadership"] = nlohmann::json::array();
            doc["initiatives"].push_back(in);
            auto c = doc["commitments"][1];
            std::snprintf(id, sizeof id, "01900000-0000-7000-8000-0000000020%02d", i);
            c["id"] = id;
            c["due_on"] = day("2026-05-01").addDays(i).toString();
            if (i % 4 == 0)
                c["due_on"] = nullptr;
            doc["commitments"].push_back(c);
        }
        REQUIRE(importDoc().applied);
    }
};
} // namespace

TEST_CASE_METHOD(Listed, "Initiative pages visit every initiative once, by title", "[storage][lists]")
{
    storage::SqliteInitiativeCatalog catalog(db());
    std::set<std::string> seen;
    std::string previous;
    std::optional<domain::ListCursor> cursor;
    do {
        const auto page = catalog.page({}, day("2026-03-01"), cursor, 5);
        for (const auto& row : page.rows) {
            CHECK(seen.insert(row.id.str()).second);
            CHECK(row.title >= previous);
            previous = row.title;
        }
        cursor = page.next;
    } while (cursor);
    CHECK(seen.size() == 13);
    CHECK(catalog.count({}, day("2026-03-01")) == 13);
}

TEST_CASE_METHOD(Listed, "The initiative list shows who leads today", "[storage][lists]")
{
    storage::SqliteInitiativeCatalog catalog(db());
    domain::InitiativeFilter f;
    f.text = "churn";
    auto page = catalog.page(f, day("2026-01-15"), std::nullopt, 10);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].currentLead == "Cy Okafor");
    page = catalog.page(f, day("2026-03-01"), std::nullopt, 10);
    CHECK(page.rows[0].currentLead == "Ana Silva");
}

TEST_CASE_METHOD(Listed, "Initiatives without a current lead can be listed", "[storage][lists]")
{
    storage::SqliteInitiativeCatalog catalog(db());
    domain::InitiativeFilter f;
    f.withoutCurrentLead = true;
    CHECK(catalog.count(f, day("2026-03-01")) == 12);
    f.ledBy = domain::MemberId(kCy);
    CHECK(catalog.count(f, day("2026-03-01")) == 0);
}

TEST_CASE_METHOD(Listed, "Commitment pages run by due date with undated ones last", "[storage][lists]")
{
    storage::SqliteCommitmentCatalog catalog(db());
    std::vector<std::optional<domain::Date>> due;
    std::optional<domain::ListCursor> cursor;
    do {
        const auto page = catalog.page({}, cursor, 5);
        for (const auto& row : page.rows)
            due.push_back(row.dueOn);
        cursor = page.next;
    } while (cursor);
    REQUIRE(due.size() == 14);
    CHECK(due.front() == day("2026-03-01"));
    CHECK_FALSE(due.back());
    CHECK_FALSE(due[11]);
    CHECK(due[10]);
}

TEST_CASE_METHOD(Listed, "Overdue commitments are open ones due before the day", "[storage][lists]")
{
    storage::SqliteCommitmentCatalog catalog(db());
    domain::CommitmentFilter f;
    f.overdueOn = day("2026-05-03");
    // Open: kCom2 (due 04-15) plus copies due 05-02 (05-01 is undated); kCom1 is done.
    CHECK(catalog.count(f) == 2);
    f.overdueOn = day("2026-04-15");
    CHECK(catalog.count(f) == 0);
}

TEST_CASE_METHOD(Listed, "Commitment text search treats % and _ literally", "[storage][lists]")
{
    storage::SqliteCommitmentCatalog catalog(db());
    domain::CommitmentFilter f;
    f.text = "help text";
    CHECK(catalog.count(f) == 13);
    f.text = "100%";
    CHECK(catalog.count(f) == 0);
    f.text = "_";
    CHECK(catalog.count(f) == 0);
    f.owner = domain::MemberId(kAna);
    f.text.clear();
    CHECK(catalog.count(f) == 1);
}

namespace {
/// The listed document plus records whose text is lower-case beyond ASCII.
struct AccentedListed : ImportFixture {
    AccentedListed()
    {
        auto in = doc["initiatives"][0];
        in["id"] = "01900000-0000-7000-8000-000000003001";
        in["title"] = "étude de marché";
        in["leadership"] = nlohmann::json::array();
        doc["initiatives"].push_back(in);
        auto c = doc["commitments"][1];
        c["id"] = "01900000-0000-7000-8000-000000003002";
        c["description"] = "Relire l'étude pour la Straße";
        doc["commitments"].push_back(c);
        REQUIRE(importDoc().applied);
    }
};
} // namespace

TEST_CASE_METHOD(AccentedListed, "Initiative search for ÉTUDE finds étude, folding case beyond ASCII",
                 "[storage][lists]")
{
    storage::SqliteInitiativeCatalog catalog(db());
    domain::InitiativeFilter f;
    f.text = "ÉTUDE";
    const auto page = catalog.page(f, day("2026-03-01"), std::nullopt, 10);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].title == "étude de marché");
    CHECK(catalog.count(f, day("2026-03-01")) == 1);
    CHECK(catalog.skip(f, day("2026-03-01"), std::nullopt, 1).has_value());
    f.text = "MARCHÉ";
    CHECK(catalog.count(f, day("2026-03-01")) == 1);
}

TEST_CASE_METHOD(AccentedListed, "Commitment search for ÉTUDE finds étude, and STRASSE finds Straße",
                 "[storage][lists]")
{
    storage::SqliteCommitmentCatalog catalog(db());
    domain::CommitmentFilter f;
    f.text = "ÉTUDE";
    const auto page = catalog.page(f, std::nullopt, 10);
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].description == "Relire l'étude pour la Straße");
    CHECK(catalog.count(f) == 1);
    f.text = "STRASSE";
    CHECK(catalog.count(f) == 1);
    f.text = "étude%";
    CHECK(catalog.count(f) == 0); // still literal after folding
}
