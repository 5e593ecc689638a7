// Conflicts and shared-responsibility reviews in the app: raising a conflict, climbing the
// charter's ladder and settling it from the Conflicts page; reviews of missed commitments and
// initiatives with follow-ups; the overview and the accountability report showing both.
#include "ui/UiFixture.h"

#include "commitments/CommitmentsPage.h"
#include "conflicts/ConflictDialogs.h"
#include "conflicts/ConflictsPage.h"
#include "initiatives/InitiativesPage.h"
#include "overview/OverviewPage.h"
#include "review/ReviewPage.h"
#include "reviews/ReviewDialog.h"

#include "baton/storage/ConflictRepository.h"
#include "baton/storage/ReviewRepository.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace baton;
using baton::test::onNextDialog;
using baton::test::settled;
using baton::test::UiFixture;

namespace {

QPushButton* saveButton(QDialog& d)
{
    auto* box = d.findChild<QDialogButtonBox*>();
    return box ? box->button(QDialogButtonBox::Save) : nullptr;
}

bool save(QDialog& d)
{
    return baton::test::press(d, QDialogButtonBox::Save);
}

void tick(QListWidget* list, const QString& name, bool on = true)
{
    const auto items = list->findItems(name, Qt::MatchExactly);
    CHECK(items.size() == 1);
    if (!items.empty())
        items.front()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

struct ConflictFixture : UiFixture {
    std::string memberId(const char* name)
    {
        return db().queryText((std::string("SELECT id FROM members WHERE name = '") + name + "'").c_str());
    }
    /// The charter's ladder: talk directly, then a facilitated conversation.
    void ladder()
    {
        int rung = 1;
        for (const char* title : {"Talk directly", "Facilitated conversation"}) {
            domain::CharterRule r;
            r.id = domain::CharterRuleId(session().newId());
            r.kind = domain::CharterRuleKind::ConflictStep;
            r.title = title;
            r.position = rung++;
            REQUIRE(
                session().apply(QStringLiteral("Rule"), [&](edit::EditService& e) { return e.charter.addRule(r); }));
        }
    }
    domain::ConflictId raise(const char* title = "Release cadence")
    {
        domain::Conflict c;
        c.id = domain::ConflictId(session().newId());
        c.title = title;
        c.parties = {domain::MemberId(memberId("Priya Raman")), domain::MemberId(memberId("Tomás Herrera"))};
        c.raisedOn = session().today().addDays(-10);
        REQUIRE(session().apply(QStringLiteral("Raise"), [&](edit::EditService& e) { return e.conflicts.raise(c); }));
        return c.id;
    }
    std::optional<domain::Conflict> conflict(const domain::ConflictId& id)
    {
        return storage::ConflictRepository(db()).find(id);
    }
    static const report::ReportTable* table(ui::ReviewPage* page, const std::string& name)
    {
        for (const auto& s : page->document().sections)
            for (const auto& t : s.tables)
                if (t.name == name)
                    return &t;
        return nullptr;
    }
    QString missedCommitment()
    {
        return idOf("SELECT id FROM commitments WHERE status = 'missed' AND retracted = 0 ORDER BY rid LIMIT 1");
    }
};

} // namespace

TEST_CASE("Raising a conflict from the page saves it with its parties and lists it open", "[ui][conflict]")
{
    ConflictFixture f;
    auto* page = settled(f.page<ui::ConflictsPage>(ui::PageId::Conflicts));
    onNextDialog<ui::ConflictEditor>([](ui::ConflictEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("conflictTitle"))->setText(QStringLiteral("Who owns the churn numbers"));
        auto* parties = d.findChild<QListWidget*>(QStringLiteral("conflictParties"));
        tick(parties, QStringLiteral("Aiko Tanaka"));
        tick(parties, QStringLiteral("Daniel Whitfield"));
        CHECK(save(d));
    });
    page->raise();
    CHECK(f.count("SELECT count(*) FROM conflicts WHERE status = 'open' AND title = 'Who owns the churn numbers'") ==
          1);
    REQUIRE(test::waitFor([&] { return !page->updating(); }, 20000));
    settled(page);
    const auto* open = ConflictFixture::table(page, "open_conflicts");
    REQUIRE(open);
    REQUIRE(open->rows.size() == 1);
    CHECK(open->rows[0][1] == "Aiko Tanaka, Daniel Whitfield");
    CHECK(open->rows[0][3] == "not yet on the ladder");
}

TEST_CASE("The conflict editor saves only with a title and two or more parties", "[ui][conflict]")
{
    ConflictFixture f;
    domain::Conflict draft;
    draft.id = domain::ConflictId(f.session().newId());
    ui::ConflictEditor editor(f.session(), draft, f.window.get());
    auto* title = editor.findChild<QLineEdit*>(QStringLiteral("conflictTitle"));
    auto* parties = editor.findChild<QListWidget*>(QStringLiteral("conflictParties"));
    CHECK_FALSE(saveButton(editor)->isEnabled());
    title->setText(QStringLiteral("Release cadence"));
    tick(parties, QStringLiteral("Priya Raman"));
    CHECK_FALSE(saveButton(editor)->isEnabled()); // one party is no conflict
    tick(parties, QStringLiteral("Tomás Herrera"));
    CHECK(saveButton(editor)->isEnabled());
    CHECK(editor.result().parties.size() == 2);
    title->setText(QStringLiteral("   "));
    CHECK_FALSE(saveButton(editor)->isEnabled());
}

TEST_CASE("Climbing names the next rung of the charter's ladder and keeps the note", "[ui][conflict]")
{
    ConflictFixture f;
    f.ladder();
    const auto id = f.raise();
    ui::ConflictStepDialog dialog(f.session(), ui::ConflictStepDialog::Mode::Climb, id, f.window.get());
    REQUIRE(dialog.hasConflicts());
    const QString standing = dialog.findChild<QLabel*>(QStringLiteral("stepStanding"))->text();
    CHECK(standing.contains(QStringLiteral("Not on the ladder yet")));
    CHECK(standing.contains(QStringLiteral("Next: rung 1 of 2: Talk directly")));
    CHECK_FALSE(saveButton(dialog)->isEnabled()); // a step needs a note
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("stepNote"))->setPlainText(QStringLiteral("Talked over coffee"));
    CHECK(saveButton(dialog)->isEnabled());
    CHECK_FALSE(dialog.save());
    const auto c = f.conflict(id);
    REQUIRE(c);
    REQUIRE(c->steps.size() == 1);
    CHECK(c->steps[0].rung == 1);
    CHECK(c->steps[0].note == "Talked over coffee");

    ui::ConflictStepDialog again(f.session(), ui::ConflictStepDialog::Mode::Climb, id, f.window.get());
    const QString now = again.findChild<QLabel*>(QStringLiteral("stepStanding"))->text();
    CHECK(now.contains(QStringLiteral("Stands at rung 1 of 2: Talk directly")));
    INFO(now.toStdString());
    CHECK(now.contains(QStringLiteral("Next: rung 2 of 2: Facilitated conversation")));
}

TEST_CASE("Climbing past the top rung is refused in words", "[ui][conflict]")
{
    ConflictFixture f;
    const auto id = f.raise(); // no ladder in the charter yet
    ui::ConflictStepDialog dialog(f.session(), ui::ConflictStepDialog::Mode::Climb, id, f.window.get());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("stepStanding"))
              ->text()
              .contains(QStringLiteral("no conflict ladder")));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("stepNote"))->setPlainText(QStringLiteral("Escalating"));
    const auto refused = dialog.save();
    REQUIRE(refused);
    CHECK(refused->contains(QStringLiteral("ladder")));
    CHECK(f.conflict(id)->steps.empty());
}

TEST_CASE("Settling a conflict by a decision records the decision and closes it", "[ui][conflict]")
{
    ConflictFixture f;
    const auto id = f.raise();
    ui::ConflictStepDialog dialog(f.session(), ui::ConflictStepDialog::Mode::Settle, id, f.window.get());
    auto* decision = dialog.findChild<QComboBox*>(QStringLiteral("settleDecision"));
    REQUIRE(decision->count() > 1); // "No decision" and the latest decided decisions
    decision->setCurrentIndex(1);
    const std::string decisionId = decision->currentData().toString().toStdString();
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("stepNote"))
        ->setPlainText(QStringLiteral("Weekly, with a freeze"));
    CHECK_FALSE(dialog.save());
    const auto c = f.conflict(id);
    REQUIRE(c);
    CHECK(c->status == domain::ConflictStatus::Resolved);
    CHECK(c->resolution == "Weekly, with a freeze");
    REQUIRE(c->decision);
    CHECK(c->decision->str() == decisionId);
    // A settled conflict is not offered again.
    ui::ConflictStepDialog next(f.session(), ui::ConflictStepDialog::Mode::Climb, std::nullopt, f.window.get());
    CHECK_FALSE(next.hasConflicts());
}

TEST_CASE("Withdrawing a conflict needs no decision and keeps why", "[ui][conflict]")
{
    ConflictFixture f;
    const auto id = f.raise();
    ui::ConflictStepDialog dialog(f.session(), ui::ConflictStepDialog::Mode::Settle, id, f.window.get());
    dialog.findChild<QRadioButton*>(QStringLiteral("settleWithdrawn"))->setChecked(true);
    CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("settleDecision"))->isEnabled());
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("stepNote"))->setPlainText(QStringLiteral("Sorted it out"));
    CHECK_FALSE(dialog.save());
    const auto c = f.conflict(id);
    CHECK(c->status == domain::ConflictStatus::Withdrawn);
    CHECK_FALSE(c->decision);
    CHECK(c->resolution.find("Sorted it out") != std::string::npos);
}

TEST_CASE("Raising a conflict can be undone, which retracts it", "[ui][conflict]")
{
    ConflictFixture f;
    const auto id = f.raise();
    f.session().undoStack()->undo();
    CHECK(f.conflict(id)->retracted);
    CHECK(storage::ConflictRepository(f.db()).open().empty());
}

TEST_CASE("The overview lists open conflicts with their rung and days on it", "[ui][conflict]")
{
    ConflictFixture f;
    f.ladder();
    const auto id = f.raise();
    REQUIRE(f.session().apply(QStringLiteral("Climb"), [&](edit::EditService& e) {
        return e.conflicts.climb(id, f.session().today().addDays(-3), "Talked");
    }));
    const QString html = ui::OverviewPage::conflictsHtml(f.db(), f.session().today());
    CHECK(html.contains(QStringLiteral("Open conflicts")));
    CHECK(html.contains(QStringLiteral("Release cadence")));
    CHECK(html.contains(QStringLiteral("on rung 1, 3 days")));
    CHECK(html.contains(QStringLiteral("baton:conflicts/") + QString::fromStdString(id.str())));
}

TEST_CASE("The accountability report shows open conflicts and reviews", "[ui][conflict][review]")
{
    ConflictFixture f;
    f.raise();
    auto* page = settled(f.page<ui::AccountabilityPage>(ui::PageId::Accountability));
    const auto* open = ConflictFixture::table(page, "open_conflicts");
    REQUIRE(open);
    CHECK(open->rows.size() == 1);
    CHECK(open->rows[0][4] == "10"); // days on its rung: raised ten days ago, not yet on the ladder
    CHECK(ConflictFixture::table(page, "reviews") != nullptr);
    CHECK(page->view()->toPlainText().contains(QStringLiteral("Missed commitments reviewed")));
}

TEST_CASE("A missed commitment offers a review; holding it saves factors and creates follow-ups", "[ui][review]")
{
    ConflictFixture f;
    auto* page = f.page<ui::CommitmentsPage>(ui::PageId::Commitments);
    const QString open = f.idOf("SELECT id FROM commitments WHERE status = 'open' AND retracted = 0 LIMIT 1");
    page->showRecord(open);
    CHECK_FALSE(page->reviewAction()->isEnabled());
    const QString missed = f.missedCommitment();
    page->showRecord(missed);
    REQUIRE(page->reviewAction()->isEnabled());
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("not reviewed yet")));
    const auto commitmentsBefore = f.count("SELECT count(*) FROM commitments");
    onNextDialog<ui::ReviewEditor>([](ui::ReviewEditor& d) {
        CHECK_FALSE(save(d));
        d.findChild<QPlainTextEdit*>(QStringLiteral("whatHappened"))->setPlainText(QStringLiteral("It slipped"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("contributingFactors"))
            ->setPlainText(QStringLiteral("Unclear handover\n\nA holiday week nobody planned for\n"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("whatWeChange"))->setPlainText(QStringLiteral("Plan handovers"));
        d.addFollowUp();
        CHECK_FALSE(save(d)); // a follow-up needs a description
        d.findChild<QTableWidget*>(QStringLiteral("followUps"))
            ->item(0, 0)
            ->setText(QStringLiteral("Write a handover checklist"));
        CHECK(save(d));
    });
    page->reviewCurrent();
    const auto reviews =
        storage::ReviewRepository(f.db()).of(domain::ReviewSubjectKind::Commitment, missed.toStdString());
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].contributingFactors ==
          std::vector<std::string>{"Unclear handover", "A holiday week nobody planned for"});
    REQUIRE(reviews[0].followUps.size() == 1);
    CHECK(f.count("SELECT count(*) FROM commitments") == commitmentsBefore + 1);
    CHECK(f.db().queryText(
              ("SELECT description FROM commitments WHERE id = '" + reviews[0].followUps[0].str() + "'").c_str()) ==
          "Write a handover checklist");
    page->showRecord(missed);
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Plan handovers")));
}

TEST_CASE("The review form has no field that names someone to blame", "[ui][review]")
{
    ConflictFixture f;
    domain::Review draft;
    draft.id = domain::ReviewId(f.session().newId());
    draft.subject = f.missedCommitment().toStdString();
    ui::ReviewEditor editor(f.session(), draft, QStringLiteral("a commitment"), f.window.get());
    // People appear only as who took part (a checklist) and as owners of follow-ups.
    CHECK(editor.findChildren<QListWidget*>().size() == 1);
    for (auto* label : editor.findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(QStringLiteral("responsible"), Qt::CaseInsensitive));
    CHECK(editor.findChild<QPlainTextEdit*>(QStringLiteral("contributingFactors"))
              ->placeholderText()
              .contains(QStringLiteral("not people")));
}

TEST_CASE("A missed initiative can be reviewed from the initiatives page", "[ui][review]")
{
    ConflictFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString missed = f.idOf("SELECT id FROM initiatives WHERE status = 'missed' AND retracted = 0 LIMIT 1");
    REQUIRE_FALSE(missed.isEmpty());
    page->showRecord(missed);
    REQUIRE(page->reviewAction()->isEnabled());
    onNextDialog<ui::ReviewEditor>([](ui::ReviewEditor& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("whatHappened"))->setPlainText(QStringLiteral("Five weeks late"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("whatWeChange"))->setPlainText(QStringLiteral("Map first"));
        d.addFollowUp(QStringLiteral("Map the old pipeline"));
        CHECK(save(d));
    });
    page->reviewCurrent();
    const auto reviews =
        storage::ReviewRepository(f.db()).of(domain::ReviewSubjectKind::Initiative, missed.toStdString());
    REQUIRE(reviews.size() == 1);
    // A follow-up of an initiative's review belongs to that initiative.
    CHECK(f.db().queryText(
              ("SELECT initiative FROM commitments WHERE id = '" + reviews[0].followUps.at(0).str() + "'").c_str()) ==
          missed.toStdString());
    page->showRecord(missed);
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("Map first")));
}
