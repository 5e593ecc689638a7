// Decisions that do not stall: the Propose dialog takes its defaults from the charter, a due
// fallback shows on the overview and in the decision, and Apply Fallback is one undoable edit.
#include "ui/CharterUiFixture.h"

#include "decisions/DecisionDialogs.h"
#include "decisions/DecisionsPage.h"
#include "decisions/FallbackDialog.h"
#include "overview/OverviewPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocumentFragment>
#include <QUndoStack>

using namespace baton;
using baton::test::accept;
using baton::test::CharterUiFixture;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::tickAreas;
using domain::DecisionFallback;
using domain::DecisionMethod;

namespace {

struct FallbackFixture : CharterUiFixture {
    ui::DecisionsPage* decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);

    std::string field(const domain::DecisionId& id, const char* column)
    {
        return text(std::string("SELECT coalesce(") + column + ", '') FROM decisions WHERE id = '" + id.str() + "'");
    }
    QAction* action(const char* name) { return decisions->findChild<QAction*>(QString::fromLatin1(name)); }
};

QDate qdate(domain::Date d)
{
    return QDate::fromString(QString::fromStdString(d.toString()), Qt::ISODate);
}

} // namespace

TEST_CASE_METHOD(FallbackFixture, "Proposing in Data takes the Data rule's method, deadline and fallback, and says so",
                 "[ui][fallback][charter]")
{
    const domain::Date today = session().today();
    onNextDialog<ui::DecisionEditor>([today](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Retire the old funnel report"));
        tickAreas(d.findChild<QListWidget*>(QStringLiteral("areas")), {QStringLiteral("Data")});
        CHECK(d.findChild<QComboBox*>(QStringLiteral("method"))->currentText() == QStringLiteral("Advice"));
        CHECK(d.findChild<QCheckBox*>(QStringLiteral("hasDecideBy"))->isChecked());
        CHECK(d.findChild<QDateEdit*>(QStringLiteral("decideBy"))->date() == qdate(today.addDays(10)));
        const QString note = d.findChild<QLabel*>(QStringLiteral("charterRuleNote"))->text();
        CHECK(note.startsWith(QStringLiteral("From the charter: Data decisions take advice from those who know")));
        CHECK(accept(d));
    });
    decisions->createNew();
    const domain::DecisionId id(text("SELECT id FROM decisions WHERE title = 'Retire the old funnel report'"));
    CHECK(field(id, "method") == "advice");
    CHECK(field(id, "decide_by") == today.addDays(10).toString());
    CHECK(field(id, "fallback") == "accountable_decides");
    CHECK(QString::fromStdString(field(id, "charter_rule")) ==
          ruleId("Data decisions take advice from those who know"));
}

TEST_CASE_METHOD(FallbackFixture, "Changing the areas re-applies the charter until the method is changed by hand",
                 "[ui][fallback][charter]")
{
    onNextDialog<ui::DecisionEditor>([](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("New onboarding screens"));
        auto* areas = d.findChild<QListWidget*>(QStringLiteral("areas"));
        auto* method = d.findChild<QComboBox*>(QStringLiteral("method"));
        auto* note = d.findChild<QLabel*>(QStringLiteral("charterRuleNote"));
        // No areas: the rule for every area.
        CHECK(note->text().startsWith(QStringLiteral("From the charter: Everything else by consent")));
        tickAreas(areas, {QStringLiteral("Reliability")});
        CHECK(method->currentText() == QStringLiteral("Expert"));
        tickAreas(areas, {QStringLiteral("Design")});
        CHECK(method->currentText() == QStringLiteral("Consent"));
        CHECK(note->text().startsWith(QStringLiteral("From the charter: Design changes by consent")));
        choose(method, QStringLiteral("Consensus")); // by hand: the charter stops re-applying
        tickAreas(areas, {QStringLiteral("Reliability")});
        CHECK(method->currentText() == QStringLiteral("Consensus"));
        CHECK(note->text().contains(QStringLiteral("changed by hand")));
        CHECK(accept(d));
    });
    decisions->createNew();
    CHECK(text("SELECT method || '/' || fallback FROM decisions WHERE title = 'New onboarding screens'") ==
          "consensus/extend_once");
}

TEST_CASE_METHOD(FallbackFixture, "A due fallback shows on the overview and in the decision, in words",
                 "[ui][fallback]")
{
    const auto id = proposal("Pick the analytics vendor", DecisionMethod::Advice, {area("Analytics")}, 20, 10,
                             DecisionFallback::AccountableDecides);
    const auto notDue =
        proposal("Rename the backlog", DecisionMethod::Consent, {}, 2, 10, DecisionFallback::MajorityVote);
    auto* overview = page<ui::OverviewPage>(ui::PageId::Overview);
    const QString all = QTextDocumentFragment::fromHtml(overview->html()).toPlainText();
    const auto from = all.indexOf(QStringLiteral("Fallbacks due"));
    REQUIRE(from >= 0);
    const QString html = all.mid(from, all.indexOf(QStringLiteral("Decisions past their deadline")) - from);
    CHECK(html.contains(QStringLiteral("Pick the analytics vendor")));
    CHECK(html.contains(QStringLiteral("Fallback due: the accountable member decides after hearing advice")));
    CHECK_FALSE(html.contains(QStringLiteral("Rename the backlog")));

    decisions = page<ui::DecisionsPage>(ui::PageId::Decisions);
    decisions->showRecord(QString::fromStdString(id.str()));
    CHECK(decisions->detail()->toPlainText().contains(
        QStringLiteral("Fallback due: the accountable member decides after hearing advice")));
    CHECK(action("applyFallback")->isEnabled());
    decisions->showRecord(QString::fromStdString(notDue.str()));
    CHECK(decisions->detail()->toPlainText().contains(QStringLiteral("Fallback: the team decides by majority vote")));
    CHECK_FALSE(action("applyFallback")->isEnabled());
}

TEST_CASE_METHOD(FallbackFixture, "Apply Fallback lets the accountable member decide, as one entry that undo reverts",
                 "[ui][fallback]")
{
    const auto id = proposal("Pick the analytics vendor", DecisionMethod::Consent, {area("Analytics")}, 20, 10,
                             DecisionFallback::AccountableDecides);
    decisions->showRecord(QString::fromStdString(id.str()));
    const auto entries = number("SELECT count(*) FROM changes");
    onNextDialog<ui::FallbackDialog>([](ui::FallbackDialog& d) {
        CHECK(d.findChild<QLabel*>(QStringLiteral("fallbackEffect"))
                  ->text()
                  .startsWith(QStringLiteral("The accountable member decides now")));
        CHECK_FALSE(accept(d)); // no outcome yet
        choose(d.findChild<QComboBox*>(QStringLiteral("fallbackAccountable")), QStringLiteral("Priya Raman"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("fallbackOutcome"))->setPlainText(QStringLiteral("Vendor B"));
        CHECK(accept(d));
    });
    action("applyFallback")->trigger();
    CHECK(field(id, "status") == "decided");
    CHECK(field(id, "method") == "advice");
    CHECK(field(id, "outcome") == "Vendor B");
    CHECK(text("SELECT m.name FROM decisions d JOIN members m ON m.id = d.accountable WHERE d.id = '" + id.str() +
               "'") == "Priya Raman");
    CHECK(number("SELECT count(*) FROM changes") == entries + 1);
    CHECK(text("SELECT operation FROM changes ORDER BY seq DESC LIMIT 1") == "apply-fallback");
    session().undoStack()->undo();
    CHECK(field(id, "status") == "proposed");
}

TEST_CASE_METHOD(FallbackFixture,
                 "Extending once moves the deadline, and the fallback is not due again until it "
                 "passes",
                 "[ui][fallback]")
{
    const auto id = proposal("Refresh the colour palette", DecisionMethod::Consent, {area("Design")}, 15, 7,
                             DecisionFallback::ExtendOnce);
    decisions->showRecord(QString::fromStdString(id.str()));
    onNextDialog<ui::FallbackDialog>([](ui::FallbackDialog& d) {
        CHECK(d.findChild<QComboBox*>(QStringLiteral("fallbackAccountable")) == nullptr);
        CHECK(accept(d));
    });
    action("applyFallback")->trigger();
    // Proposed 15 days ago with 7 days: the deadline was 8 days ago; 7 more is still past, so tomorrow.
    CHECK(field(id, "decide_by") == session().today().addDays(1).toString());
    CHECK(field(id, "fallback") == "accountable_decides");
    CHECK_FALSE(action("applyFallback")->isEnabled());
}

TEST_CASE_METHOD(FallbackFixture, "Escalating to the team makes it a consensus of everyone still in the team",
                 "[ui][fallback]")
{
    const auto id = proposal("Change the on-call rota", DecisionMethod::Expert, {area("Reliability")}, 5, 2,
                             DecisionFallback::EscalateToTeam);
    decisions->showRecord(QString::fromStdString(id.str()));
    onNextDialog<ui::FallbackDialog>([](ui::FallbackDialog& d) { CHECK(accept(d)); });
    action("applyFallback")->trigger();
    CHECK(field(id, "method") == "consensus");
    CHECK(field(id, "fallback") == "majority_vote");
    const auto active = number("SELECT count(*) FROM members WHERE retracted = 0 AND (left_on IS NULL OR left_on > '" +
                               session().today().toString() + "')");
    CHECK(number("SELECT count(*) FROM decision_participants WHERE decision = '" + id.str() + "'") == active);
}
