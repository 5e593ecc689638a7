// Every list model passes QAbstractItemModelTester, and paging keeps memory bounded.
#include "ui/UiFixture.h"

#include "commitments/CommitmentSource.h"
#include "decisions/DecisionSource.h"
#include "expertise/AreaSource.h"
#include "initiatives/InitiativeSource.h"
#include "models/PagedTableModel.h"
#include "people/MemberSource.h"

#include "baton/storage/DecisionRepository.h"

#include <QAbstractItemModelTester>

using namespace baton;
using baton::test::UiFixture;

namespace {
void exercise(ui::PagedTableModel& model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    baton::test::settledRows(&model); // the tester watches the rows arrive from the count
    for (int r = 0; r < model.rowCount(); r += 7)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c), Qt::DisplayRole);
    model.reload();
}
} // namespace

TEST_CASE("The decision list model passes the model tester", "[ui][models]")
{
    UiFixture f;
    ui::PagedTableModel model(std::make_unique<ui::DecisionSource>(f.db(), domain::DecisionFilter{}, f.session().today()));
    CHECK(baton::test::settledRows(&model) == 300);
    exercise(model);
    domain::DecisionFilter search;
    search.text = "customers";
    model.setSource(std::make_unique<ui::DecisionSource>(f.db(), search, f.session().today()));
    exercise(model);
}

TEST_CASE("The initiative, commitment, people and area models pass the model tester", "[ui][models]")
{
    UiFixture f;
    const auto today = f.session().today();
    ui::PagedTableModel initiatives(std::make_unique<ui::InitiativeSource>(f.db(), domain::InitiativeFilter{}, today));
    CHECK(baton::test::settledRows(&initiatives) == 30);
    exercise(initiatives);
    ui::PagedTableModel commitments(std::make_unique<ui::CommitmentSource>(f.db(), domain::CommitmentFilter{}, today));
    CHECK(baton::test::settledRows(&commitments) == 400);
    exercise(commitments);
    ui::PagedTableModel people(std::make_unique<ui::MemberSource>(f.session(), QString(), ui::MemberSource::Show::Everyone));
    CHECK(people.rowCount() == 21);
    exercise(people);
    ui::PagedTableModel areas(std::make_unique<ui::AreaSource>(f.session(), QString()));
    CHECK(areas.rowCount() == 17);
    exercise(areas);
}

TEST_CASE("Scrolling a long list keeps a bounded number of pages in memory", "[ui][models]")
{
    UiFixture f;
    {
        // Grow the file to 12,000 decisions so the list spans 60 pages.
        storage::Transaction tx(f.db());
        storage::DecisionRepository repo(f.db());
        auto model = *repo.find(domain::DecisionId(f.db().queryText("SELECT id FROM decisions LIMIT 1")));
        for (int i = 0; i < 11700; ++i) {
            char id[40];
            std::snprintf(id, sizeof id, "01990000-0000-7000-8000-%012d", i);
            model.id = domain::DecisionId(id);
            model.supersedes.reset();
            repo.upsert(model, storage::WriteMode::InsertNew);
        }
        tx.commit();
    }
    ui::PagedTableModel model(std::make_unique<ui::DecisionSource>(f.db(), domain::DecisionFilter{}, f.session().today()));
    REQUIRE(baton::test::settledRows(&model) == 12000);
    QStringList seen;
    for (int r = 0; r < model.rowCount(); r += 50) {
        CHECK_FALSE(model.idAt(r).isEmpty());
        CHECK(model.cachedPages() <= ui::PagedTableModel::kMaxCachedPages);
    }
    // Jumping straight to the end reads only the pages it needs.
    ui::PagedTableModel fresh(std::make_unique<ui::DecisionSource>(f.db(), domain::DecisionFilter{}, f.session().today()));
    REQUIRE(baton::test::settledRows(&fresh) == 12000);
    CHECK_FALSE(fresh.idAt(11999).isEmpty());
    CHECK(fresh.cachedPages() == 2); // the first page, read at once, and the last
    CHECK(fresh.idAt(11999) == model.idAt(11999));
}
