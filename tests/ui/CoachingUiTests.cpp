// The Coaching page and development goals: the goal editor's rules, New Goal and Review Goal
// from the page and from a member's page, goals due for review, first-time leads and members
// who never led though their expertise fits, checked in the team file.
#include "ui/UiFixture.h"

#include "people/GoalDialogs.h"
#include "people/PeoplePage.h"
#include "review/CoachingPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QSpinBox>

#include <stdexcept>

using namespace baton;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::settled;
using baton::test::UiFixture;

namespace {

QPushButton* okButton(QDialog& d)
{
    auto* box = d.findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

/// Presses OK if it is enabled; returns whether it was.
bool ok(QDialog& d)
{
    auto* button = okButton(d);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

/// Ticks "Review on" and sets its date.
void reviewOn(QDialog& d, const QDate& date)
{
    for (auto* box : d.findChildren<QCheckBox*>())
        if (box->text() == QStringLiteral("Review on"))
            box->setChecked(true);
    auto* edit = d.findChild<QDateEdit*>(QStringLiteral("goalReviewOn"));
    CHECK(edit->isEnabled());
    edit->setDate(date);
}

QDateEdit* startedOn(QDialog& d)
{
    for (auto* date : d.findChildren<QDateEdit*>())
        if (date->accessibleName() == QStringLiteral("Started on"))
            return date;
    return nullptr;
}

QDate qdate(domain::Date d)
{
    return QDate::fromString(QString::fromStdString(d.toString()), Qt::ISODate);
}

struct CoachFixture : UiFixture {
    std::string text(const std::string& sql) { return db().queryText(sql.c_str()); }
    std::int64_t number(const std::string& sql) { return db().queryInt(sql.c_str()); }
    domain::MemberId member(const char* name)
    {
        return domain::MemberId(text(std::string("SELECT id FROM members WHERE name = '") + name + "'"));
    }
    domain::AreaId area(const char* name)
    {
        return domain::AreaId(text(std::string("SELECT id FROM expertise_areas WHERE name = '") + name + "'"));
    }
    domain::Date today() { return session().today(); }

    /// A goal added through the edit service.
    domain::GoalId addGoal(const char* who, const char* in, int target, std::optional<domain::Date> review = {},
                           std::optional<domain::Date> started = {})
    {
        domain::DevelopmentGoal g;
        g.id = domain::GoalId(session().newId());
        g.member = member(who);
        g.area = area(in);
        g.targetLevel = target;
        g.startedOn = started;
        g.reviewOn = review;
        REQUIRE(session().apply(QStringLiteral("Goal"), [&](edit::EditService& e) { return e.goals.addGoal(g); }).ok());
        return g.id;
    }

    const report::ReportTable& table(ui::ReviewPage* page, const std::string& name)
    {
        for (const auto& s : page->document().sections)
            for (const auto& t : s.tables)
                if (t.name == name)
                    return t;
        FAIL("no table " << name);
        throw std::logic_error("unreachable");
    }
    static bool lists(const report::ReportTable& t, const std::string& first)
    {
        return std::any_of(t.rows.begin(), t.rows.end(), [&](const auto& row) { return row.front() == first; });
    }
};

} // namespace

TEST_CASE_METHOD(CoachFixture, "New Goal on the Coaching page saves the goal", "[ui][coaching]")
{
    auto* page = settled(UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching));
    REQUIRE(page);
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        CHECK_FALSE(okButton(d)->isEnabled()); // no member yet
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMember")), QStringLiteral("Chidi Okonkwo"));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalArea")), QStringLiteral("Analytics"));
        d.findChild<QSpinBox*>(QStringLiteral("goalTarget"))->setValue(4);
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMentor")), QStringLiteral("Priya Raman"));
        reviewOn(d, QDate(2027, 1, 28));
        d.findChild<QLineEdit*>(QStringLiteral("goalNote"))->setText(QStringLiteral("Own the churn dashboard"));
        CHECK(d.problem().isEmpty());
        CHECK(ok(d));
    });
    page->newGoal();
    CHECK(ran);
    CHECK(number("SELECT count(*) FROM development_goals") == 1);
    CHECK(text("SELECT m.name || '/' || a.name || '/' || g.target_level || '/' || p.name || '/' || g.review_on || '/' "
               "|| g.started_on || '/' || g.status || '/' || g.note FROM development_goals g JOIN members m ON m.id = "
               "g.member JOIN expertise_areas a ON a.id = g.area JOIN members p ON p.id = g.mentor") ==
          "Chidi Okonkwo/Analytics/4/Priya Raman/2027-01-28/" + today().toString() + "/active/Own the churn dashboard");
    settled(page);
    const auto& goals = table(page, "goals");
    REQUIRE(goals.rows.size() == 1);
    CHECK(goals.rows[0][0] == "Chidi Okonkwo");
    CHECK(goals.rows[0][2] == "2 Practitioner");
    CHECK(goals.rows[0][3] == "4 Expert");
    CHECK(goals.rows[0][4] == "Priya Raman");
    CHECK(page->view()->toPlainText().contains(QStringLiteral("Own the churn dashboard")));
}

TEST_CASE_METHOD(CoachFixture, "The goal editor wants a target above the member's level now", "[ui][coaching]")
{
    auto* page = UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching);
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMember")), QStringLiteral("Chidi Okonkwo"));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalArea")), QStringLiteral("Data Engineering")); // level 4
        auto* target = d.findChild<QSpinBox*>(QStringLiteral("goalTarget"));
        for (int level : {1, 3, 4}) {
            target->setValue(level);
            CHECK(d.problem().contains(QStringLiteral("Aim above their level now")));
            CHECK(d.problem().contains(QStringLiteral("Expert")));
            CHECK_FALSE(okButton(d)->isEnabled());
        }
        target->setValue(5);
        CHECK(d.problem().isEmpty());
        CHECK(okButton(d)->isEnabled());
        target->setValue(4);
        CHECK_FALSE(ok(d));
        d.reject();
    });
    page->newGoal();
    CHECK(ran);
    CHECK(number("SELECT count(*) FROM development_goals") == 0);
}

TEST_CASE_METHOD(CoachFixture, "The goal editor refuses the member as their own mentor", "[ui][coaching]")
{
    auto* page = UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching);
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMember")), QStringLiteral("Aiko Tanaka"));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalArea")), QStringLiteral("Frontend")); // level 2
        d.findChild<QSpinBox*>(QStringLiteral("goalTarget"))->setValue(3);
        CHECK(okButton(d)->isEnabled());
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMentor")), QStringLiteral("Aiko Tanaka"));
        CHECK(d.problem().contains(QStringLiteral("cannot mentor themself")));
        CHECK_FALSE(ok(d));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMentor")), QStringLiteral("Jonas Lindqvist"));
        CHECK(d.problem().isEmpty());
        CHECK(ok(d));
    });
    page->newGoal();
    CHECK(ran);
    CHECK(text("SELECT p.name FROM development_goals g JOIN members p ON p.id = g.mentor") == "Jonas Lindqvist");
}

TEST_CASE_METHOD(CoachFixture, "Review Goal marks a goal achieved", "[ui][coaching]")
{
    const auto id = addGoal("Li Wei", "Accessibility", 4, today().addDays(30));
    auto* page = settled(UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching));
    REQUIRE(table(page, "goals").rows.size() == 1);
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        CHECK(d.windowTitle() == QStringLiteral("Review Development Goal"));
        CHECK_FALSE(d.findChild<QComboBox*>(QStringLiteral("goalMember"))->isEnabled()); // the goal stays theirs
        auto* status = d.findChild<QComboBox*>(QStringLiteral("goalStatus"));
        CHECK(status->isEnabled());
        choose(status, QStringLiteral("Achieved"));
        d.findChild<QLineEdit*>(QStringLiteral("goalNote"))->setText(QStringLiteral("Led the contrast audit"));
        CHECK(ok(d));
    });
    page->editGoal();
    CHECK(ran);
    CHECK(text("SELECT status || '/' || note || '/' || target_level FROM development_goals WHERE id = '" + id.str() +
               "'") == "achieved/Led the contrast audit/4");
    settled(page);
    CHECK(table(page, "goals").rows.empty()); // only active goals are listed
}

TEST_CASE_METHOD(CoachFixture, "A goal whose review date has passed is listed as due for review", "[ui][coaching]")
{
    auto* page = settled(UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching));
    CHECK(table(page, "goals_due").rows.empty());
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMember")), QStringLiteral("Mateo Silva"));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalArea")), QStringLiteral("Data Engineering"));
        d.findChild<QSpinBox*>(QStringLiteral("goalTarget"))->setValue(3);
        auto* started = startedOn(d);
        CHECK(started != nullptr);
        if (started)
            started->setDate(qdate(today().addDays(-60)));
        reviewOn(d, qdate(today().addDays(-1)));
        CHECK(ok(d));
    });
    page->newGoal();
    // One more, not yet due.
    addGoal("Samuel Adeyemi", "Data Engineering", 3, today().addDays(20));
    REQUIRE(number("SELECT count(*) FROM development_goals WHERE review_on < '" + today().toString() + "'") == 1);
    settled(page);
    const auto& due = table(page, "goals_due");
    REQUIRE(due.rows.size() == 1);
    CHECK(due.rows[0][0] == "Mateo Silva");
    CHECK(due.rows[0][6] == today().addDays(-1).toString());
    CHECK(table(page, "goals").rows.size() == 2);
    CHECK(table(page, "goals").rows.front()[0] == "Mateo Silva"); // by review date
    CHECK(page->document().sections.front().figures.at(1).value == "1");
    CHECK(page->view()->toPlainText().contains(QStringLiteral("Goals due for review")));
}

TEST_CASE_METHOD(CoachFixture, "A member's page lists their goals, set with Set a Goal", "[ui][coaching]")
{
    auto* people = UiFixture::page<ui::PeoplePage>(ui::PageId::People);
    const QString olivia = QString::fromStdString(member("Olivia Brennan").str());
    people->showRecord(olivia);
    CHECK(people->detail()->toPlainText().contains(QStringLiteral("No goals set")));
    auto* set = people->findChild<QAction*>(QStringLiteral("setGoal"));
    REQUIRE(set);
    CHECK(set->isEnabled());
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        // The member is filled in from the page.
        CHECK(d.findChild<QComboBox*>(QStringLiteral("goalMember"))->currentText() == QStringLiteral("Olivia Brennan"));
        choose(d.findChild<QComboBox*>(QStringLiteral("goalArea")), QStringLiteral("Experimentation")); // level 2
        d.findChild<QSpinBox*>(QStringLiteral("goalTarget"))->setValue(4);
        choose(d.findChild<QComboBox*>(QStringLiteral("goalMentor")), QStringLiteral("Noor Haddad"));
        CHECK(ok(d));
    });
    set->trigger();
    CHECK(ran);
    CHECK(number("SELECT count(*) FROM development_goals WHERE member = '" + olivia.toStdString() + "'") == 1);
    CHECK(baton::test::waitFor([&] {
        return people->detail()->toPlainText().contains(QStringLiteral("Development goals")) &&
               !people->detail()->toPlainText().contains(QStringLiteral("No goals set"));
    }));
    const QString detail = people->detail()->toPlainText();
    CHECK(detail.contains(QStringLiteral("Experimentation: from 2 Practitioner to 4 Expert")));
    CHECK(detail.contains(QStringLiteral("mentor Noor Haddad")));
    CHECK(detail.contains(QStringLiteral("Active")));
}

TEST_CASE_METHOD(CoachFixture, "Review Goal on a member's page drops their goal", "[ui][coaching]")
{
    const auto id = addGoal("Sofia Marchetti", "Accessibility", 3, today().addDays(-3), today().addDays(-40));
    auto* people = UiFixture::page<ui::PeoplePage>(ui::PageId::People);
    people->showRecord(QString::fromStdString(member("Sofia Marchetti").str()));
    CHECK(people->detail()->toPlainText().contains(QStringLiteral("due for review")));
    bool ran = false;
    onNextDialog<ui::GoalEditor>([&](ui::GoalEditor& d) {
        ran = true;
        choose(d.findChild<QComboBox*>(QStringLiteral("goalStatus")), QStringLiteral("Dropped"));
        CHECK(ok(d));
    });
    people->findChild<QAction*>(QStringLiteral("reviewGoal"))->trigger();
    CHECK(ran);
    CHECK(text("SELECT status FROM development_goals WHERE id = '" + id.str() + "'") == "dropped");
    CHECK(baton::test::waitFor([&] { return people->detail()->toPlainText().contains(QStringLiteral("Dropped")); }));
    CHECK_FALSE(people->detail()->toPlainText().contains(QStringLiteral("due for review")));
}

TEST_CASE_METHOD(CoachFixture, "A member who takes their first lead is listed as a first-time lead", "[ui][coaching]")
{
    auto* page = settled(UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching));
    const auto chidi = member("Chidi Okonkwo");
    REQUIRE(number("SELECT count(*) FROM lead_stints WHERE member = '" + chidi.str() + "'") == 0);
    CHECK_FALSE(lists(table(page, "first_time_leads"), "Chidi Okonkwo"));
    CHECK(lists(table(page, "never_led_with_fit"), "Chidi Okonkwo"));
    const domain::InitiativeId dark(text("SELECT id FROM initiatives WHERE title = 'Dark mode'"));
    REQUIRE(session()
                .apply(QStringLiteral("Pass"),
                       [&](edit::EditService& e) {
                           return e.initiatives.passLead(dark, chidi, today(), "wants to try leading", 8);
                       })
                .ok());
    settled(page);
    const auto& first = table(page, "first_time_leads");
    bool found = false;
    for (const auto& row : first.rows)
        if (row[0] == "Chidi Okonkwo") {
            found = true;
            CHECK(row[1] == "Dark mode");
            CHECK(row[2] == today().toString());
        }
    CHECK(found);
    // Someone who led before is not a first-time lead: the sample's recent first lead is Li Wei.
    CHECK_FALSE(lists(first, "Ingrid Nilsen"));
    CHECK_FALSE(lists(table(page, "never_led_with_fit"), "Chidi Okonkwo"));
}

TEST_CASE_METHOD(CoachFixture, "A never-led member whose level fits an open initiative is listed", "[ui][coaching]")
{
    domain::Member tester;
    tester.id = domain::MemberId(session().newId());
    tester.name = "Zora Ilic";
    tester.joinedOn = today();
    domain::Member novice;
    novice.id = domain::MemberId(session().newId());
    novice.name = "Ned Price";
    novice.joinedOn = today();
    for (const auto* m : {&tester, &novice})
        REQUIRE(
            session().apply(QStringLiteral("Add"), [&](edit::EditService& e) { return e.people.addMember(*m); }).ok());
    const auto qa = area("Quality Assurance");
    REQUIRE(session()
                .apply(QStringLiteral("Level"),
                       [&](edit::EditService& e) {
                           return e.people.setLevel(domain::Expertise{tester.id, qa, 3, false, {}});
                       })
                .ok());
    REQUIRE(session()
                .apply(QStringLiteral("Level"),
                       [&](edit::EditService& e) {
                           return e.people.setLevel(domain::Expertise{novice.id, qa, 2, false, {}});
                       })
                .ok());
    auto* page = settled(UiFixture::page<ui::CoachingPage>(ui::PageId::Coaching));
    const auto& never = table(page, "never_led_with_fit");
    bool found = false;
    for (const auto& row : never.rows)
        if (row[0] == "Zora Ilic") {
            found = true;
            CHECK(row[1] == "Proficient in Quality Assurance for “Audit log for account admins”");
        }
    CHECK(found);
    CHECK_FALSE(lists(never, "Ned Price")); // level 2 is not enough
    // Everyone listed is active, never led, and at level 3+ somewhere an open initiative needs.
    for (const auto& row : never.rows) {
        const std::string id = text("SELECT id FROM members WHERE name = '" + row[0] + "'");
        CHECK(number("SELECT count(*) FROM lead_stints WHERE member = '" + id + "'") == 0);
    }
    CHECK(page->view()->toPlainText().contains(QStringLiteral("Zora Ilic")));
}
