// The Charter page ("how we work") driven through real widgets on a copy of the sample team with
// the sample charter: three lists in words, the kind-aware rule form, edit, retract and undo.
#include "ui/CharterUiFixture.h"

#include "charter/CharterPage.h"
#include "charter/CharterRuleDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace baton;
using baton::test::accept;
using baton::test::CharterUiFixture;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::tickAreas;

namespace {

struct CharterPageFixture : CharterUiFixture {
    ui::CharterPage* charter = page<ui::CharterPage>(ui::PageId::Charter);

    static QStringList column(QTreeWidget* list, int c)
    {
        QStringList out;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            out << list->topLevelItem(row)->text(c);
        return out;
    }
    static QStringList allCells(QTreeWidget* list)
    {
        QStringList out;
        for (int c = 0; c < list->columnCount(); ++c)
            out += column(list, c);
        return out;
    }
};

} // namespace

TEST_CASE_METHOD(CharterPageFixture,
                 "The Charter page lists decision rules, the conflict ladder by rung and the "
                 "practices, in words",
                 "[ui][charter]")
{
    REQUIRE(charter != nullptr);
    CHECK(charter->decisionRules()->topLevelItemCount() == 4);
    CHECK(column(charter->conflictLadder(), 0).join(QLatin1Char(',')) == QStringLiteral("1,2,3,4"));
    CHECK(column(charter->conflictLadder(), 1).join(QLatin1Char('|')) ==
          QStringLiteral(
              "Talk directly|Ask a colleague to mediate|Bring it to the facilitator|Take it to the whole team"));
    CHECK(charter->practices()->topLevelItemCount() == 3);
    const QStringList cells = allCells(charter->decisionRules());
    CHECK(cells.contains(QStringLiteral("Every area")));
    CHECK(cells.contains(QStringLiteral("Data")));
    CHECK(cells.contains(QStringLiteral("Majority vote")));
    CHECK(cells.contains(QStringLiteral("The accountable member decides")));
    CHECK(cells.contains(QStringLiteral("10 days")));
    for (const char* spelling : {"majority_vote", "accountable_decides", "extend_once", "escalate_to_team", "advice"})
        CHECK_FALSE(cells.contains(QString::fromLatin1(spelling)));
}

TEST_CASE_METHOD(CharterPageFixture, "The Charter page is in the sidebar, the Go menu and the --page switch",
                 "[ui][charter]")
{
    auto* sidebar = workspace().findChild<QListWidget*>();
    REQUIRE(sidebar != nullptr);
    CHECK(sidebar->item(static_cast<int>(ui::PageId::Charter))->text() == QStringLiteral("Charter"));
    window->showPage(QStringLiteral("overview"));
    CHECK(workspace().currentPage()->pageId() == ui::PageId::Overview);
    window->showPage(QStringLiteral("charter"));
    CHECK(workspace().currentPage()->pageId() == ui::PageId::Charter);
    bool inGoMenu = false;
    for (auto* menu : window->menuBar()->findChildren<QMenu*>())
        for (auto* action : menu->actions())
            inGoMenu = inGoMenu || action->text() == QStringLiteral("Cha&rter");
    CHECK(inGoMenu);
}

TEST_CASE_METHOD(CharterPageFixture, "Add Rule saves a decision rule with its areas, method, days and fallback",
                 "[ui][charter]")
{
    charter->showRecord(ruleId("Data decisions take advice from those who know"));
    onNextDialog<ui::CharterRuleDialog>([](ui::CharterRuleDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("ruleKind")), QStringLiteral("Decision rule"));
        d.findChild<QLineEdit*>(QStringLiteral("ruleTitle"))->setText(QStringLiteral("Copy is decided by experts"));
        tickAreas(d.findChild<QListWidget*>(QStringLiteral("ruleAreas")), {QStringLiteral("Copywriting")});
        choose(d.findChild<QComboBox*>(QStringLiteral("ruleMethod")), QStringLiteral("Expert"));
        d.findChild<QSpinBox*>(QStringLiteral("ruleDays"))->setValue(5);
        choose(d.findChild<QComboBox*>(QStringLiteral("ruleFallback")), QStringLiteral("Extend the deadline once"));
        CHECK(d.findChild<QSpinBox*>(QStringLiteral("rulePosition"))->value() == 5); // after the four rules
        CHECK(accept(d));
    });
    charter->createNew();
    const std::string where = " FROM charter_rules WHERE title = 'Copy is decided by experts'";
    CHECK(text("SELECT kind || '/' || method || '/' || decide_within_days || '/' || fallback" + where) ==
          "decision_rule/expert/5/extend_once");
    CHECK(text("SELECT a.name FROM charter_rule_areas r JOIN expertise_areas a ON a.id = r.area JOIN charter_rules c "
               "ON c.id = r.rule WHERE c.title = 'Copy is decided by experts'") == "Copywriting");
    CHECK(charter->decisionRules()->topLevelItemCount() == 5);
    CHECK(charter->currentId() == QString::fromStdString(text("SELECT id" + where)));
}

TEST_CASE_METHOD(CharterPageFixture,
                 "The rule form follows the kind: a conflict step has a rung and no decision "
                 "fields",
                 "[ui][charter]")
{
    onNextDialog<ui::CharterRuleDialog>([](ui::CharterRuleDialog& d) {
        auto* decisionPart = d.findChild<QWidget*>(QStringLiteral("decisionPart"));
        CHECK(decisionPart->isVisibleTo(&d));
        choose(d.findChild<QComboBox*>(QStringLiteral("ruleKind")), QStringLiteral("Conflict step"));
        CHECK_FALSE(decisionPart->isVisibleTo(&d));
        auto* rung = d.findChild<QSpinBox*>(QStringLiteral("rulePosition"));
        CHECK(rung->accessibleName() == QStringLiteral("Rung"));
        CHECK(rung->value() == 5); // the next rung of the ladder
        d.findChild<QLineEdit*>(QStringLiteral("ruleTitle"))->setText(QStringLiteral("Ask an outside mediator"));
        CHECK(accept(d));
    });
    charter->createNew();
    CHECK(text("SELECT kind || '/' || position || '/' || coalesce(method, '-') || '/' || coalesce(fallback, '-') "
               "FROM charter_rules WHERE title = 'Ask an outside mediator'") == "conflict_step/5/-/-");
    CHECK(column(charter->conflictLadder(), 1).last() == QStringLiteral("Ask an outside mediator"));
}

TEST_CASE_METHOD(CharterPageFixture, "The rule form will not save a rule without a title", "[ui][charter]")
{
    const auto before = number("SELECT count(*) FROM charter_rules");
    onNextDialog<ui::CharterRuleDialog>([](ui::CharterRuleDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("ruleTitle"))->setText(QStringLiteral("  "));
        CHECK_FALSE(accept(d));
        CHECK(d.problem() == QStringLiteral("A charter rule needs a title."));
        d.reject();
    });
    charter->createNew();
    CHECK(number("SELECT count(*) FROM charter_rules") == before);
}

TEST_CASE_METHOD(CharterPageFixture, "Edit Rule changes a rule and Undo puts it back", "[ui][charter]")
{
    const QString id = ruleId("Design changes by consent");
    charter->showRecord(id);
    onNextDialog<ui::CharterRuleDialog>([](ui::CharterRuleDialog& d) {
        CHECK(d.findChild<QSpinBox*>(QStringLiteral("ruleDays"))->value() == 7);
        d.findChild<QSpinBox*>(QStringLiteral("ruleDays"))->setValue(12);
        choose(d.findChild<QComboBox*>(QStringLiteral("ruleFallback")), QStringLiteral("Majority vote"));
        CHECK(accept(d));
    });
    charter->editCurrent();
    const std::string where = " FROM charter_rules WHERE id = '" + id.toStdString() + "'";
    CHECK(text("SELECT decide_within_days || '/' || fallback" + where) == "12/majority_vote");
    CHECK(charter->currentId() == id); // still selected once the page has read the charter again
    CHECK(charter->detail()->toPlainText().contains(QStringLiteral("12 days of the proposal")));
    CHECK(text("SELECT operation FROM changes ORDER BY seq DESC LIMIT 1") == "edit-charter-rule");
    session().undoStack()->undo();
    CHECK(text("SELECT decide_within_days || '/' || fallback" + where) == "7/extend_once");
}

TEST_CASE_METHOD(CharterPageFixture, "Retract hides a rule from the charter, and Undo brings it back", "[ui][charter]")
{
    const QString id = ruleId("Blameless reviews");
    charter->showRecord(id);
    onNextDialog<QMessageBox>([](QMessageBox& box) { box.button(QMessageBox::Yes)->click(); });
    charter->retractCurrent();
    CHECK(text("SELECT retracted FROM charter_rules WHERE id = '" + id.toStdString() + "'") == "1");
    CHECK(charter->practices()->topLevelItemCount() == 2);
    CHECK(charter->currentId().isEmpty());
    session().undoStack()->undo();
    CHECK(charter->practices()->topLevelItemCount() == 3);
}

TEST_CASE_METHOD(CharterPageFixture, "The page opens on the first decision rule, shown in the detail pane",
                 "[ui][charter]")
{
    CHECK(charter->currentId() == ruleId("Data decisions take advice from those who know"));
    CHECK(charter->decisionRules()->currentItem() != nullptr);
    CHECK(charter->detail()->toPlainText().contains(QStringLiteral("Data decisions take advice from those who know")));
    CHECK(charter->findChild<QAction*>(QStringLiteral("editCharterRule"))->isEnabled());
}

TEST_CASE_METHOD(CharterPageFixture, "A rule's detail pane shows it in words, with its history", "[ui][charter]")
{
    charter->showRecord(ruleId("Reliability calls by the expert on call"));
    const QString html = charter->detail()->toPlainText();
    CHECK(html.contains(QStringLiteral("Decision rule")));
    CHECK(html.contains(QStringLiteral("Reliability")));
    CHECK(html.contains(QStringLiteral("2 days of the proposal")));
    CHECK(html.contains(QStringLiteral("Escalate to the whole team")));
    CHECK(html.contains(QStringLiteral("History")));
    CHECK_FALSE(html.contains(QStringLiteral("escalate_to_team")));
}
