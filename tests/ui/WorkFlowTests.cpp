// Initiatives, commitments, people and expertise: the flows through the real dialogs.
#include "ui/UiFixture.h"

#include "commitments/CommitmentDialogs.h"
#include "commitments/CommitmentsPage.h"
#include "expertise/ExpertiseDialogs.h"
#include "expertise/ExpertisePage.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"
#include "people/PeopleDialogs.h"
#include "people/PeoplePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace baton;
using baton::test::accept;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::UiFixture;

TEST_CASE("Passing the lead ends the current stint and starts the next, with the reason", "[ui][initiatives]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString id =
        f.idOf("SELECT i.id FROM initiatives i JOIN lead_stints s ON s.initiative = i.id WHERE "
               "i.status = 'active' AND s.role = 'lead' AND s.to_on IS NULL AND s.from_on < '2026-11-01' "
               "ORDER BY i.rid LIMIT 1");
    REQUIRE_FALSE(id.isEmpty());
    const auto stints =
        f.count(("SELECT count(*) FROM lead_stints WHERE initiative = '" + id.toStdString() + "'").c_str());
    page->showRecord(id);
    onNextDialog<ui::PassLeadDialog>([](ui::PassLeadDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("nextLead")), QStringLiteral("Chidi Okonkwo"));
        CHECK_FALSE(accept(d)); // no reason yet
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Chidi built the pipeline"));
        CHECK(accept(d));
    });
    page->passLead();
    const std::string where = "initiative = '" + id.toStdString() + "'";
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE " + where).c_str()) == stints + 1);
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE role = 'lead' AND to_on IS NULL AND " + where).c_str()) ==
          1);
    CHECK(f.db().queryText(("SELECT m.name || ':' || s.reason FROM lead_stints s JOIN members m ON m.id = s.member "
                            "WHERE s.to_on IS NULL AND s.role = 'lead' AND " +
                            where)
                               .c_str()) == "Chidi Okonkwo:Chidi built the pipeline");
}

TEST_CASE("The lead cannot pass to a member who has left", "[ui][initiatives]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    page->showRecord(f.idOf("SELECT id FROM initiatives WHERE status = 'active' ORDER BY rid LIMIT 1"));
    onNextDialog<ui::PassLeadDialog>([](ui::PassLeadDialog& d) {
        auto* next = d.findChild<QComboBox*>(QStringLiteral("nextLead"));
        CHECK(next->findText(QStringLiteral("Ravi Shankar")) < 0); // people who left are not offered
        next->setEditText(QStringLiteral("Ravi Shankar"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("knows it"));
        CHECK_FALSE(accept(d));
        d.reject();
    });
    page->passLead();
}

TEST_CASE("A new initiative is saved and shown", "[ui][initiatives]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    onNextDialog<ui::InitiativeEditor>([](ui::InitiativeEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Quarterly planning reboot"));
        CHECK(accept(d));
    });
    page->createNew();
    CHECK(f.count("SELECT count(*) FROM initiatives WHERE title = 'Quarterly planning reboot'") == 1);
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Nobody has led it yet")));
}

TEST_CASE("A contribution can depend on another, but not in a loop", "[ui][initiatives]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString id = f.idOf("SELECT initiative FROM contribution_dependencies d JOIN contributions c ON c.id = "
                              "d.contribution LIMIT 1");
    page->showRecord(id);
    onNextDialog<ui::ContributionEditor>([](ui::ContributionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("description"))->setText(QStringLiteral("Final review"));
        choose(d.findChild<QComboBox*>(QStringLiteral("member")), QStringLiteral("Aiko Tanaka"));
        auto* deps = d.findChild<QListWidget*>(QStringLiteral("dependsOn"));
        CHECK(deps->count() > 0);
        deps->item(0)->setCheckState(Qt::Checked);
        CHECK(accept(d));
    });
    page->addContribution();
    const std::string added = f.db().queryText("SELECT id FROM contributions WHERE description = 'Final review'");
    CHECK(f.count(("SELECT count(*) FROM contribution_dependencies WHERE contribution = '" + added + "'").c_str()) ==
          1);
}

TEST_CASE("Marking a commitment done records the day and outcome", "[ui][commitments]")
{
    UiFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    const QString id = f.idOf("SELECT id FROM commitments WHERE status = 'open' ORDER BY rid LIMIT 1");
    page->showRecord(id);
    onNextDialog<ui::CloseCommitmentDialog>([](ui::CloseCommitmentDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("outcome"))->setPlainText(QStringLiteral("Shipped on Tuesday"));
        CHECK(accept(d));
    });
    page->closeCurrent(domain::CommitmentStatus::Done);
    const std::string where = " FROM commitments WHERE id = '" + id.toStdString() + "'";
    CHECK(f.db().queryText(("SELECT status || '/' || outcome" + where).c_str()) == "done/Shipped on Tuesday");
    CHECK_FALSE(f.db().queryText(("SELECT closed_on" + where).c_str()).empty());
}

TEST_CASE("A missed commitment needs an outcome note", "[ui][commitments]")
{
    UiFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    const QString id = f.idOf("SELECT id FROM commitments WHERE status = 'open' ORDER BY rid LIMIT 1");
    page->showRecord(id);
    onNextDialog<ui::CloseCommitmentDialog>([](ui::CloseCommitmentDialog& d) {
        CHECK_FALSE(accept(d));
        d.findChild<QPlainTextEdit*>(QStringLiteral("outcome"))->setPlainText(QStringLiteral("Vendor never replied"));
        CHECK(accept(d));
    });
    page->closeCurrent(domain::CommitmentStatus::Missed);
    CHECK(f.db().queryText(("SELECT status FROM commitments WHERE id = '" + id.toStdString() + "'").c_str()) ==
          "missed");
}

TEST_CASE("A new commitment cannot be saved without exactly one owner", "[ui][commitments]")
{
    UiFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    onNextDialog<ui::CommitmentEditor>([](ui::CommitmentEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("description"))->setText(QStringLiteral("Write it up"));
        d.findChild<QComboBox*>(QStringLiteral("owner"))->setEditText(QString());
        CHECK_FALSE(accept(d));
        CHECK(d.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("owner")));
        choose(d.findChild<QComboBox*>(QStringLiteral("owner")), QStringLiteral("Mateo Silva"));
        CHECK(accept(d));
    });
    page->createNew();
    CHECK(f.count("SELECT count(*) FROM commitments WHERE description = 'Write it up'") == 1);
}

TEST_CASE("The overdue filter lists only open commitments past their due date", "[ui][commitments]")
{
    UiFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    auto* due = page->findChildren<QComboBox*>().at(2);
    choose(due, QStringLiteral("Overdue"));
    const std::string today = f.session().today().toString();
    CHECK(baton::test::settledRows(page->model()) ==
          f.count(("SELECT count(*) FROM commitments WHERE status = 'open' AND due_on < '" + today + "'").c_str()));
}

TEST_CASE("A new member is saved, and a second member with the same email is refused inline", "[ui][people]")
{
    UiFixture f;
    auto* page = f.page<ui::PeoplePage>(ui::PageId::People);
    onNextDialog<ui::MemberEditor>([](ui::MemberEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Yara Costa"));
        d.findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("PRIYA.RAMAN@northwind.example"));
        CHECK_FALSE(accept(d));
        d.findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("yara@northwind.example"));
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Designer"));
        CHECK(accept(d));
    });
    page->createNew();
    CHECK(f.db().queryText("SELECT title FROM members WHERE name = 'Yara Costa'") == "Designer");
}

TEST_CASE("Members cannot endorse themselves, but a peer's endorsement is saved", "[ui][people]")
{
    UiFixture f;
    const std::string aiko = f.db().queryText("SELECT id FROM members WHERE name = 'Aiko Tanaka'");
    REQUIRE(f.session().setMe(domain::MemberId(aiko)).ok());
    auto* page = f.page<ui::PeoplePage>(ui::PageId::People);
    const auto before = f.count("SELECT count(*) FROM endorsements");
    onNextDialog<ui::EndorsementDialog>([](ui::EndorsementDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("member")), QStringLiteral("Aiko Tanaka"));
        choose(d.findChild<QComboBox*>(QStringLiteral("area")), QStringLiteral("Accessibility"));
        CHECK_FALSE(accept(d));
        choose(d.findChild<QComboBox*>(QStringLiteral("member")), QStringLiteral("Grace Mensah"));
        d.findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("Ran the screen reader tests"));
        CHECK(accept(d));
    });
    page->endorse();
    CHECK(f.count("SELECT count(*) FROM endorsements") == before + 1);
}

TEST_CASE("Setting a level records the member's expertise in the area", "[ui][expertise]")
{
    UiFixture f;
    auto* page = f.page<ui::ExpertisePage>(ui::PageId::Expertise);
    onNextDialog<ui::LevelDialog>([](ui::LevelDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("member")), QStringLiteral("Samuel Adeyemi"));
        choose(d.findChild<QComboBox*>(QStringLiteral("area")), QStringLiteral("Copywriting"));
        choose(d.findChild<QComboBox*>(QStringLiteral("level")), QStringLiteral("4 Expert"));
        CHECK(accept(d));
    });
    page->setLevel();
    CHECK(f.db().queryText("SELECT e.level FROM expertise e JOIN members m ON m.id = e.member JOIN expertise_areas a "
                           "ON a.id = e.area WHERE m.name = 'Samuel Adeyemi' AND a.name = 'Copywriting'") == "4");
}

TEST_CASE("A new area is saved, but a sibling with the same name is refused inline", "[ui][expertise]")
{
    UiFixture f;
    auto* page = f.page<ui::ExpertisePage>(ui::PageId::Expertise);
    onNextDialog<ui::AreaEditor>([](ui::AreaEditor& d) {
        d.findChild<QComboBox*>(QStringLiteral("parent"))->setCurrentIndex(0); // top level
        d.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("design"));
        CHECK_FALSE(accept(d)); // "Design" already exists at the top level
        d.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Facilitation"));
        CHECK(accept(d));
    });
    page->createNew();
    CHECK(f.count("SELECT count(*) FROM expertise_areas WHERE name = 'Facilitation' AND parent IS NULL") == 1);
}

TEST_CASE("Commitments open on the open ones, and a filter survives changes elsewhere", "[ui][commitments]")
{
    UiFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    CHECK(baton::test::settledRows(page->model()) == f.count("SELECT count(*) FROM commitments WHERE status = 'open'"));
    auto* owner = page->findChildren<QComboBox*>().at(1);
    choose(owner, QStringLiteral("Priya Raman"));
    const int priyas = baton::test::settledRows(page->model());
    auto member =
        *f.session().member(domain::MemberId(f.db().queryText("SELECT id FROM members WHERE name = 'Aiko Tanaka'")));
    auto renamed = member;
    renamed.title = "Lead Designer";
    REQUIRE(f.session() // refills the owner filter
                .apply(QStringLiteral("Edit"), [&](edit::EditService& e) { return e.people.editMember(renamed); })
                .ok());
    CHECK(owner->currentText() == QStringLiteral("Priya Raman"));
    CHECK(baton::test::settledRows(page->model()) == priyas);
}
