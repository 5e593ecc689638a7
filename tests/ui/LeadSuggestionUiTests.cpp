// Lead suggestions in Pass the Lead, Add Co-lead, New Initiative and Propose Decision: the
// list the dialogs show, what picking a row does, and what is saved in the team file.
#include "ui/UiFixture.h"

#include "decisions/DecisionDialogs.h"
#include "decisions/DecisionsPage.h"
#include "expertise/LeadSuggestionList.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>

#include <set>

using namespace baton;
using baton::test::accept;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::UiFixture;

namespace {
/// The suggestion list once its ranking (made on a worker) is on screen.
ui::LeadSuggestionList* settled(ui::LeadSuggestionList* list)
{
    // CHECK, not REQUIRE: this runs inside a dialog's event loop, where a throw cannot end the test.
    CHECK(list);
    if (list) {
        const bool ready = baton::test::waitFor([list] { return list->ready(); }, 15000);
        INFO("heading: " << list->findChild<QLabel*>()->text().toStdString());
        CHECK(ready);
    }
    return list;
}

struct SuggestFixture : UiFixture {
    ui::InitiativesPage* initiatives = page<ui::InitiativesPage>(ui::PageId::Initiatives);

    QString initiative(const char* title)
    {
        const std::string sql = std::string("SELECT id FROM initiatives WHERE title = '") + title + "'";
        return idOf(sql.c_str());
    }
    std::string text(const std::string& sql) { return db().queryText(sql.c_str()); }
    std::int64_t number(const std::string& sql) { return db().queryInt(sql.c_str()); }
    /// Members who have not left by today, as the pickers and the suggestion see them.
    std::int64_t activeMembers()
    {
        return number("SELECT count(*) FROM members WHERE retracted = 0 AND (left_on IS NULL OR left_on > '" +
                      session().today().toString() + "')");
    }
    std::string memberId(const char* name)
    {
        return text(std::string("SELECT id FROM members WHERE name = '") + name + "'");
    }
    /// Ends the current lead stint and starts `name`'s, through the edit service.
    void passLeadTo(const QString& id, const char* name, std::optional<int> rank = std::nullopt)
    {
        REQUIRE(session()
                    .apply(QStringLiteral("Pass"),
                           [&](edit::EditService& e) {
                               return e.initiatives.passLead(domain::InitiativeId(id.toStdString()),
                                                             domain::MemberId(memberId(name)), session().today(),
                                                             "test handoff", rank);
                           })
                    .ok());
    }
};

QTreeWidget* rows(ui::LeadSuggestionList* s)
{
    return s->list();
}

QString memberOf(const QTreeWidgetItem* item)
{
    return item->data(1, Qt::UserRole).toString();
}

/// Selects the row as a click does; returns the member it names.
QString pick(ui::LeadSuggestionList* s, int rank)
{
    auto* item = s->list()->topLevelItem(rank - 1);
    CHECK(item != nullptr);
    if (!item)
        return {};
    s->list()->setCurrentItem(item, 0, QItemSelectionModel::ClearAndSelect);
    return memberOf(item);
}

QString pickedId(QComboBox* combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}

QString headingOf(ui::LeadSuggestionList* s)
{
    for (auto* label : s->findChildren<QLabel*>())
        if (!label->text().isEmpty())
            return label->text();
    return {};
}

void giveReason(QDialog& d, const QString& reason)
{
    d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(reason);
}

void tick(QListWidget* areas, const QString& name)
{
    const auto found = areas->findItems(name, Qt::MatchExactly);
    CHECK(found.size() == 1);
    if (!found.isEmpty())
        found.front()->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE_METHOD(SuggestFixture, "Pass the Lead lists suggestions with their reasons and leaves out the current lead",
                 "[ui][lead-suggestion]")
{
    const QString id = initiative("Multi-currency invoicing");
    REQUIRE_FALSE(id.isEmpty());
    const std::string lead = text("SELECT member FROM lead_stints WHERE to_on IS NULL AND role = 'lead' AND "
                                  "initiative = '" +
                                  id.toStdString() + "'");
    REQUIRE_FALSE(lead.empty());
    const auto expected = activeMembers() - 1; // everyone active but the lead
    initiatives->showRecord(id);
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        auto* s = settled(d.suggestions());
        CHECK(s->isVisibleTo(&d));
        CHECK(static_cast<std::int64_t>(s->suggestions().size()) == expected);
        CHECK(rows(s)->topLevelItemCount() == static_cast<int>(s->suggestions().size()));
        CHECK(headingOf(s).contains(QStringLiteral("Backend")));
        CHECK(headingOf(s).contains(QStringLiteral("API Design")));
        for (int i = 0; i < rows(s)->topLevelItemCount(); ++i) {
            const auto* item = rows(s)->topLevelItem(i);
            const auto& suggestion = s->suggestions()[static_cast<std::size_t>(i)];
            CHECK(suggestion.rank == i + 1); // places run 1..n after the lead is left out
            CHECK(item->text(0) == QString::number(i + 1));
            CHECK(memberOf(item).toStdString() == suggestion.member.str());
            CHECK(memberOf(item).toStdString() != lead);
            CHECK(item->toolTip(2).toStdString() == suggestion.reasonText());
            // Every reason names each needed area, as a level or as its absence.
            CHECK(item->toolTip(2).contains(QStringLiteral("Backend")));
            CHECK(item->toolTip(2).contains(QStringLiteral("open initiative")));
        }
        // Nothing is picked until a row is selected.
        CHECK(pickedId(d.findChild<QComboBox*>(QStringLiteral("nextLead"))).isEmpty());
        d.reject();
    });
    initiatives->passLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "Selecting a suggestion picks that member as the next lead, focus alone does not",
                 "[ui][lead-suggestion]")
{
    initiatives->showRecord(initiative("Recurring bookings"));
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        auto* s = settled(d.suggestions());
        auto* next = d.findChild<QComboBox*>(QStringLiteral("nextLead"));
        CHECK(rows(s)->topLevelItemCount() > 3);
        // A row made current without selecting it (keyboard focus) picks nobody.
        rows(s)->setCurrentItem(rows(s)->topLevelItem(2), 0, QItemSelectionModel::NoUpdate);
        CHECK(pickedId(next).isEmpty());
        const QString third = pick(s, 3);
        CHECK(pickedId(next) == third);
        CHECK(next->currentText() == QString::fromStdString(s->suggestions()[2].name));
        const QString first = pick(s, 1);
        CHECK(first != third);
        CHECK(pickedId(next) == first);
        d.reject();
    });
    initiatives->passLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "Passing the lead to a selected suggestion records its place in the suggestion",
                 "[ui][lead-suggestion]")
{
    const QString id = initiative("Recurring bookings");
    initiatives->showRecord(id);
    QString chosen;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        chosen = pick(settled(d.suggestions()), 2);
        giveReason(d, QStringLiteral("Closest to the booking rules now"));
        CHECK(accept(d));
    });
    initiatives->passLead();
    REQUIRE_FALSE(chosen.isEmpty());
    const std::string open =
        "FROM lead_stints WHERE to_on IS NULL AND role = 'lead' AND initiative = '" + id.toStdString() + "'";
    CHECK(text("SELECT member " + open) == chosen.toStdString());
    CHECK(number("SELECT suggested_rank " + open) == 2);
    CHECK(text("SELECT reason " + open) == "Closest to the booking rules now");
    // The stint before it was shown no suggestion and keeps none.
    CHECK(number("SELECT count(*) FROM lead_stints WHERE suggested_rank IS NOT NULL") == 1);
}

TEST_CASE_METHOD(SuggestFixture, "Choosing a listed member in the picker also records their place",
                 "[ui][lead-suggestion]")
{
    const QString id = initiative("Multi-currency invoicing");
    initiatives->showRecord(id);
    std::string chosen;
    int rank = 0;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        const auto& list = settled(d.suggestions())->suggestions();
        CHECK(list.size() > 4);
        if (list.size() <= 4) {
            d.reject();
            return;
        }
        chosen = list[3].member.str();
        rank = list[3].rank;
        choose(d.findChild<QComboBox*>(QStringLiteral("nextLead")), QString::fromStdString(list[3].name));
        CHECK(settled(d.suggestions())->list()->selectedItems().isEmpty()); // typed, not picked from the list
        giveReason(d, QStringLiteral("Knows the currency tables"));
        CHECK(accept(d));
    });
    initiatives->passLead();
    CHECK(rank == 4);
    const std::string open =
        "FROM lead_stints WHERE to_on IS NULL AND role = 'lead' AND initiative = '" + id.toStdString() + "'";
    CHECK(text("SELECT member " + open) == chosen);
    CHECK(number("SELECT suggested_rank " + open) == 4);
}

TEST_CASE_METHOD(SuggestFixture, "Adding a co-lead from the suggestion records their place", "[ui][lead-suggestion]")
{
    const QString id = initiative("Dark mode");
    initiatives->showRecord(id);
    QString chosen;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        CHECK(d.windowTitle().startsWith(QStringLiteral("Add a Co-lead")));
        chosen = pick(settled(d.suggestions()), 1);
        giveReason(d, QStringLiteral("Pairs on the colour tokens"));
        CHECK(accept(d));
    });
    initiatives->addCoLead();
    REQUIRE_FALSE(chosen.isEmpty());
    const std::string where =
        "FROM lead_stints WHERE to_on IS NULL AND role = 'co-lead' AND initiative = '" + id.toStdString() + "'";
    CHECK(text("SELECT member " + where) == chosen.toStdString());
    CHECK(number("SELECT suggested_rank " + where) == 1);
    // The lead stays lead.
    CHECK(number("SELECT count(*) FROM lead_stints WHERE to_on IS NULL AND role = 'lead' AND initiative = '" +
                 id.toStdString() + "'") == 1);
}

TEST_CASE_METHOD(SuggestFixture, "Adding a co-lead suggests nobody who leads the initiative now",
                 "[ui][lead-suggestion]")
{
    const QString id = initiative("Dark mode");
    const std::string lead = text("SELECT member FROM lead_stints WHERE to_on IS NULL AND role = 'lead' AND "
                                  "initiative = '" +
                                  id.toStdString() + "'");
    REQUIRE(session()
                .apply(QStringLiteral("Co-lead"),
                       [&](edit::EditService& e) {
                           return e.initiatives.addCoLead(domain::InitiativeId(id.toStdString()),
                                                          domain::MemberId(memberId("Aiko Tanaka")), session().today(),
                                                          "pairs on it");
                       })
                .ok());
    initiatives->showRecord(id);
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        std::set<std::string> listed;
        for (const auto& s : settled(d.suggestions())->suggestions())
            listed.insert(s.member.str());
        CHECK(listed.count(lead) == 0);
        CHECK(listed.count(memberId("Aiko Tanaka")) == 0);
        CHECK(static_cast<std::int64_t>(listed.size()) == activeMembers() - 2);
        d.reject();
    });
    initiatives->addCoLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "A member who has left is never suggested", "[ui][lead-suggestion]")
{
    // Ravi Shankar led this initiative until he left; Hannah Becker leaves today.
    const QString id = initiative("Data warehouse cost reduction");
    auto hannah = *session().member(domain::MemberId(memberId("Hannah Becker")));
    auto noor = *session().member(domain::MemberId(memberId("Noor Haddad")));
    noor.leftOn = session().today();
    REQUIRE(
        session().apply(QStringLiteral("Leave"), [&](edit::EditService& e) { return e.people.editMember(noor); }).ok());
    std::set<std::string> gone;
    for (const auto& m : session().members())
        if (m.hasLeftBy(session().today()))
            gone.insert(m.id.str());
    CHECK(gone.count(hannah.id.str()) == 1);
    CHECK(gone.size() == 4); // Ravi, Hannah, Ben and now Noor
    initiatives->showRecord(id);
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        const auto* list = settled(d.suggestions())->list();
        CHECK(static_cast<std::int64_t>(list->topLevelItemCount()) == activeMembers());
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            CHECK(gone.count(memberOf(list->topLevelItem(i)).toStdString()) == 0);
        d.reject();
    });
    initiatives->passLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "The stretch pick is marked and wants to learn a needed area", "[ui][lead-suggestion]")
{
    const QString id = initiative("Data warehouse cost reduction");
    initiatives->showRecord(id);
    std::string stretch;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        const auto* list = settled(d.suggestions())->list();
        int marked = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const auto* item = list->topLevelItem(i);
            const auto& s = settled(d.suggestions())->suggestions()[static_cast<std::size_t>(i)];
            CHECK(item->text(1).endsWith(QStringLiteral("(stretch)")) == s.stretch);
            if (!s.stretch)
                continue;
            ++marked;
            stretch = s.member.str();
            CHECK(s.rank > 3); // never one of the top three
            CHECK(item->font(1).italic());
            CHECK(item->toolTip(2).contains(QStringLiteral("stretch pick: wants to learn")));
        }
        CHECK(marked == 1);
        d.reject();
    });
    initiatives->passLead();
    REQUIRE_FALSE(stretch.empty());
    // The stretch member wants to learn one of the areas the initiative needs.
    CHECK(number("SELECT count(*) FROM expertise e JOIN initiative_areas a ON a.area = e.area WHERE "
                 "e.wants_to_learn = 1 AND e.member = '" +
                 stretch + "' AND a.initiative = '" + id.toStdString() + "'") >= 1);
}

TEST_CASE_METHOD(SuggestFixture, "A new learner at a low level becomes the stretch pick", "[ui][lead-suggestion]")
{
    // A newcomer at level 1 in Quality Assurance who wants to learn it: no expert, but the
    // only one wanting to learn an area of the audit log, so the stretch pick.
    domain::Member newcomer;
    newcomer.id = domain::MemberId(session().newId());
    newcomer.name = "Yara Quinn";
    newcomer.joinedOn = session().today();
    REQUIRE(session()
                .apply(QStringLiteral("Add"), [&](edit::EditService& e) { return e.people.addMember(newcomer); })
                .ok());
    const std::string qa = text("SELECT id FROM expertise_areas WHERE name = 'Quality Assurance'");
    REQUIRE(session()
                .apply(QStringLiteral("Level"),
                       [&](edit::EditService& e) {
                           return e.people.setLevel(domain::Expertise{newcomer.id, domain::AreaId(qa), 1, true, {}});
                       })
                .ok());
    const QString id = initiative("Audit log for account admins");
    REQUIRE(number("SELECT count(*) FROM initiative_areas WHERE area = '" + qa + "' AND initiative = '" +
                   id.toStdString() + "'") == 1);
    initiatives->showRecord(id);
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        const auto* list = settled(d.suggestions())->list();
        QString marked;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1).endsWith(QStringLiteral("(stretch)")))
                marked = list->topLevelItem(i)->text(1);
        CHECK(marked == QStringLiteral("Yara Quinn (stretch)"));
        d.reject();
    });
    initiatives->passLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "When the current lead was the stretch pick, another learner is marked",
                 "[ui][lead-suggestion]")
{
    // Fatima Al-Sayed leads "Annual plan pricing" and would be its stretch pick; left out of
    // Pass the Lead, the stretch goes to the next member outside the top three who wants to
    // learn a needed area.
    const QString id = initiative("Annual plan pricing");
    REQUIRE(text("SELECT m.name FROM lead_stints s JOIN members m ON m.id = s.member WHERE s.to_on IS NULL AND "
                 "s.role = 'lead' AND s.initiative = '" +
                 id.toStdString() + "'") == "Fatima Al-Sayed");
    initiatives->showRecord(id);
    bool ran = false;
    onNextDialog<ui::PassLeadDialog>([&](ui::PassLeadDialog& d) {
        ran = true;
        int marked = 0;
        for (const auto& s : settled(d.suggestions())->suggestions()) {
            CHECK(s.name != "Fatima Al-Sayed");
            if (s.stretch) {
                ++marked;
                CHECK(s.rank > 3);
                CHECK(s.reasonText().find("stretch pick: wants to learn") != std::string::npos);
            }
        }
        CHECK(marked == 1);
        d.reject();
    });
    initiatives->passLead();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "New Initiative: ticking areas refreshes the suggestions", "[ui][lead-suggestion]")
{
    bool ran = false;
    onNextDialog<ui::InitiativeEditor>([&](ui::InitiativeEditor& d) {
        ran = true;
        auto* s = settled(d.suggestions());
        CHECK(s != nullptr);
        CHECK(d.lead() == d.findChild<QComboBox*>(QStringLiteral("firstLead")));
        if (!s) {
            d.reject();
            return;
        }
        CHECK(headingOf(s).contains(QStringLiteral("lead load only")));
        CHECK(s->suggestions().front().reasonText().find("no areas named") != std::string::npos);
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Quality Assurance"));
        settled(s);
        CHECK(headingOf(s).contains(QStringLiteral("Quality Assurance")));
        CHECK(s->list()->topLevelItem(0)->toolTip(2).contains(QStringLiteral("in Quality Assurance")));
        // The top of the list is the one authority in the area (the bus factor of one).
        CHECK(s->suggestions().front().name == "Grace Mensah");
        CHECK(s->suggestions().front().reasonText().rfind("Authority in Quality Assurance", 0) == 0);
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Copywriting"));
        settled(s);
        CHECK(headingOf(s).contains(QStringLiteral("Copywriting")));
        CHECK(s->list()->topLevelItem(0)->toolTip(2).contains(QStringLiteral("Copywriting")));
        d.reject();
    });
    initiatives->createNew();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "New Initiative: a suggested first lead is saved with their place and reasons",
                 "[ui][lead-suggestion]")
{
    std::string reasons;
    QString chosen;
    onNextDialog<ui::InitiativeEditor>([&](ui::InitiativeEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Release checklist"));
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Quality Assurance"));
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Reliability"));
        chosen = pick(settled(d.suggestions()), 2);
        CHECK(pickedId(d.lead()) == chosen);
        reasons = settled(d.suggestions())->suggestions().at(1).reasonText();
        CHECK(accept(d));
    });
    initiatives->createNew();
    const QString id = initiative("Release checklist");
    REQUIRE_FALSE(id.isEmpty());
    const std::string where = "FROM lead_stints WHERE initiative = '" + id.toStdString() + "'";
    CHECK(number("SELECT count(*) " + where) == 1);
    CHECK(text("SELECT member || '/' || role || '/' || position || '/' || from_on " + where) ==
          chosen.toStdString() + "/lead/0/" + session().today().toString());
    CHECK(number("SELECT suggested_rank " + where) == 2);
    CHECK_FALSE(reasons.empty());
    CHECK(text("SELECT reason " + where) == reasons);
    CHECK(number("SELECT count(*) FROM initiative_areas WHERE initiative = '" + id.toStdString() + "'") == 2);
}

TEST_CASE_METHOD(SuggestFixture, "New Initiative: a lead left for later saves no stint", "[ui][lead-suggestion]")
{
    onNextDialog<ui::InitiativeEditor>([&](ui::InitiativeEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Someday project"));
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Backend"));
        CHECK(pickedId(d.lead()).isEmpty()); // "(choose later)" until a row or a name is picked
        CHECK(accept(d));
    });
    initiatives->createNew();
    const QString id = initiative("Someday project");
    REQUIRE_FALSE(id.isEmpty());
    CHECK(number("SELECT count(*) FROM lead_stints WHERE initiative = '" + id.toStdString() + "'") == 0);
}

TEST_CASE_METHOD(SuggestFixture, "Propose Decision: an expert decision shows who could decide, consent does not",
                 "[ui][lead-suggestion]")
{
    auto* decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);
    bool ran = false;
    onNextDialog<ui::DecisionEditor>([&](ui::DecisionEditor& d) {
        ran = true;
        auto* method = d.findChild<QComboBox*>(QStringLiteral("method"));
        CHECK(d.decider() == d.findChild<QComboBox*>(QStringLiteral("decider")));
        if (!d.decider() || !d.suggestions()) {
            d.reject();
            return;
        }
        choose(method, QStringLiteral("Consent"));
        CHECK_FALSE(d.decider()->isVisibleTo(&d));
        CHECK_FALSE(settled(d.suggestions())->isVisibleTo(&d));
        choose(method, QStringLiteral("Expert"));
        CHECK(d.decider()->isVisibleTo(&d));
        CHECK(settled(d.suggestions())->isVisibleTo(&d));
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Accessibility"));
        CHECK(settled(d.suggestions())->list()->topLevelItemCount() == static_cast<int>(activeMembers()));
        CHECK(settled(d.suggestions())->suggestions().front().name == "Ingrid Nilsen"); // the authority in it
        choose(method, QStringLiteral("Advice"));
        CHECK(d.decider()->isVisibleTo(&d));
        CHECK(settled(d.suggestions())->isVisibleTo(&d));
        choose(method, QStringLiteral("Consensus"));
        CHECK_FALSE(settled(d.suggestions())->isVisibleTo(&d));
        d.reject();
    });
    decisions->createNew();
    CHECK(ran);
}

TEST_CASE_METHOD(SuggestFixture, "Propose Decision: the picked suggestion becomes accountable and decider",
                 "[ui][lead-suggestion]")
{
    auto* decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);
    QString chosen;
    onNextDialog<ui::DecisionEditor>([&](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Pick the contrast checker"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("options"))->setPlainText(QStringLiteral("axe\npa11y"));
        choose(d.findChild<QComboBox*>(QStringLiteral("method")), QStringLiteral("Expert"));
        tick(d.findChild<QListWidget*>(QStringLiteral("areas")), QStringLiteral("Accessibility"));
        chosen = pick(settled(d.suggestions()), 2);
        CHECK(pickedId(d.decider()) == chosen);
        CHECK(accept(d));
    });
    decisions->createNew();
    const QString id = idOf("SELECT id FROM decisions WHERE title = 'Pick the contrast checker'");
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE_FALSE(chosen.isEmpty());
    CHECK(text("SELECT method || '/' || status || '/' || accountable FROM decisions WHERE id = '" + id.toStdString() +
               "'") == "expert/proposed/" + chosen.toStdString());
    CHECK(text("SELECT group_concat(member || ':' || role) FROM decision_participants WHERE role = 'decider' AND "
               "decision = '" +
               id.toStdString() + "'") == chosen.toStdString() + ":decider");
}

TEST_CASE_METHOD(SuggestFixture, "Propose Decision: a decider picked then hidden by a consent method is not saved",
                 "[ui][lead-suggestion]")
{
    auto* decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);
    onNextDialog<ui::DecisionEditor>([&](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Retro format"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("options"))->setPlainText(QStringLiteral("Sailboat\nStarfish"));
        choose(d.findChild<QComboBox*>(QStringLiteral("method")), QStringLiteral("Advice"));
        pick(settled(d.suggestions()), 1);
        CHECK_FALSE(pickedId(d.decider()).isEmpty());
        choose(d.findChild<QComboBox*>(QStringLiteral("method")), QStringLiteral("Consent"));
        CHECK(accept(d));
    });
    decisions->createNew();
    const QString id = idOf("SELECT id FROM decisions WHERE title = 'Retro format'");
    REQUIRE_FALSE(id.isEmpty());
    CHECK(text("SELECT method || '/' || coalesce(accountable, '-') FROM decisions WHERE id = '" + id.toStdString() +
               "'") == "consent/-");
    CHECK(number("SELECT count(*) FROM decision_participants WHERE role = 'decider' AND decision = '" +
                 id.toStdString() + "'") == 0);
}
