// Lists whose rows are read all at once (people, expertise areas) show an edit as soon as it is
// saved, like the paged lists do.
#include "ui/UiFixture.h"

#include "expertise/ExpertisePage.h"
#include "people/PeoplePage.h"

using namespace baton;
using baton::test::UiFixture;

namespace {
/// The text of the row showing record `id`, or empty.
QString rowText(ui::PagedTableModel* model, const QString& id)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->idAt(r) == id)
            return model->data(model->index(r, 0), Qt::DisplayRole).toString();
    return {};
}
} // namespace

TEST_CASE("The People and Expertise lists show a renamed member and area at once", "[ui][lists]")
{
    UiFixture f;
    auto* people = f.page<ui::PeoplePage>(ui::PageId::People);
    auto member = f.session().members().front();
    const QString memberId = QString::fromStdString(member.id.str());
    REQUIRE(rowText(people->model(), memberId) == QString::fromStdString(member.name));
    member.name = "Renamed Member";
    REQUIRE(f.session()
                .apply(QStringLiteral("Rename"), [&](edit::EditService& e) { return e.people.editMember(member); })
                .ok());
    CHECK(rowText(people->model(), memberId) == QStringLiteral("Renamed Member"));

    auto* areas = f.page<ui::ExpertisePage>(ui::PageId::Expertise);
    const QString areaId = areas->model()->idAt(0);
    auto area = *f.session().file().records().find<domain::ExpertiseArea>(areaId.toStdString());
    area.name = "Renamed Area";
    REQUIRE(f.session()
                .apply(QStringLiteral("Rename"), [&](edit::EditService& e) { return e.people.editArea(area); })
                .ok());
    CHECK(rowText(areas->model(), areaId).contains(QStringLiteral("Renamed Area")));
}
