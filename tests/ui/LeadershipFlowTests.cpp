// Co-leads and contribution edits in the app: each goes through the edit service and the
// history, as every other edit does.
#include "ui/UiFixture.h"

#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"

#include "baton/storage/HistoryVerifier.h"

#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace baton;
using baton::test::accept;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::UiFixture;

TEST_CASE("A co-lead is added and ended in the app, each as its own history entry", "[ui][initiatives][history]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString id = f.idOf("SELECT i.id FROM initiatives i WHERE i.status = 'active' AND NOT EXISTS "
                              "(SELECT 1 FROM lead_stints s WHERE s.initiative = i.id AND s.role = 'co-lead' AND "
                              "s.to_on IS NULL) ORDER BY i.rid LIMIT 1");
    REQUIRE_FALSE(id.isEmpty());
    page->showRecord(id);
    onNextDialog<ui::PassLeadDialog>([](ui::PassLeadDialog& d) {
        CHECK(d.windowTitle().startsWith(QStringLiteral("Add a Co-lead")));
        choose(d.findChild<QComboBox*>(QStringLiteral("nextLead")), QStringLiteral("Aiko Tanaka"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("Knows the data model"));
        CHECK(accept(d));
    });
    page->addCoLead();
    const std::string where = "initiative = '" + id.toStdString() + "' AND role = 'co-lead'";
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE to_on IS NULL AND " + where).c_str()) == 1);
    page->endCoLead();
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE to_on IS NULL AND " + where).c_str()) == 0);
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE to_on IS NOT NULL AND " + where).c_str()) == 1);
    CHECK(f.db().queryText(
              "SELECT group_concat(operation) FROM (SELECT operation FROM changes ORDER BY seq DESC LIMIT 2)") ==
          "end-co-lead,add-co-lead");
    CHECK(storage::verifyHistory(f.db()).ok);
}

TEST_CASE("A contribution's status is edited in the app, chosen from the initiative's contributions",
          "[ui][initiatives][history]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString id = f.idOf("SELECT initiative FROM contributions GROUP BY initiative HAVING count(*) >= 2 "
                              "ORDER BY initiative LIMIT 1");
    REQUIRE_FALSE(id.isEmpty());
    const std::string first = f.db().queryText(
        ("SELECT id FROM contributions WHERE initiative = '" + id.toStdString() + "' ORDER BY rid LIMIT 1").c_str());
    page->showRecord(id);
    onNextDialog<QInputDialog>([](QInputDialog& d) {
        d.setTextValue(d.comboBoxItems().front());
        // The editor opens once this chooser has closed: wait for it then.
        onNextDialog<ui::ContributionEditor>([](ui::ContributionEditor& editor) {
            auto* status = editor.findChild<QComboBox*>(QStringLiteral("status"));
            status->setCurrentIndex(status->findData(static_cast<int>(domain::ContributionStatus::Blocked)));
            CHECK(accept(editor));
        });
        d.accept();
    });
    page->editContribution();
    CHECK(f.db().queryText(("SELECT status FROM contributions WHERE id = '" + first + "'").c_str()) == "blocked");
    CHECK(f.db().queryText("SELECT operation FROM changes ORDER BY seq DESC LIMIT 1") == "edit-contribution");
    CHECK(storage::verifyHistory(f.db()).ok);
}
