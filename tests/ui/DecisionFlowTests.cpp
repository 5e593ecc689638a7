// The decision flows driven through the real dialogs, checked in the team file.
#include "ui/UiFixture.h"

#include "commitments/CommitmentDialogs.h"
#include "decisions/DecisionDialogs.h"
#include "decisions/DecisionsPage.h"

#include "baton/domain/DecisionRules.h"
#include "baton/storage/SqliteDecisionCatalog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>

using namespace baton;
using baton::test::accept;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::UiFixture;

namespace {
struct DecisionFixture : UiFixture {
    ui::DecisionsPage* list = UiFixture::page<ui::DecisionsPage>(ui::PageId::Decisions);

    QString proposed(const char* extra = "")
    {
        const std::string sql =
            std::string("SELECT id FROM decisions WHERE status = 'proposed' ") + extra + " ORDER BY rid LIMIT 1";
        return idOf(sql.c_str());
    }
    std::string field(const QString& id, const char* column)
    {
        const std::string sql =
            std::string("SELECT coalesce(") + column + ", '') FROM decisions WHERE id = '" + id.toStdString() + "'";
        return db().queryText(sql);
    }
};
} // namespace

TEST_CASE_METHOD(DecisionFixture, "Proposing a decision through the editor saves it at once", "[ui][decisions]")
{
    const auto before = count("SELECT count(*) FROM decisions");
    onNextDialog<ui::DecisionEditor>([](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Move the retro to Thursdays"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("context"))->setPlainText(QStringLiteral("Fridays are thin."));
        d.findChild<QPlainTextEdit*>(QStringLiteral("options"))->setPlainText(QStringLiteral("Thursday\nKeep Friday"));
        CHECK(accept(d));
    });
    list->createNew();
    CHECK(count("SELECT count(*) FROM decisions") == before + 1);
    const QString id = idOf("SELECT id FROM decisions WHERE title = 'Move the retro to Thursdays'");
    CHECK(field(id, "status") == "proposed");
    CHECK(count(("SELECT count(*) FROM decision_options WHERE decision = '" + id.toStdString() + "'").c_str()) == 2);
    CHECK(list->currentId() == id);
}

TEST_CASE_METHOD(DecisionFixture, "The editor will not save a decision without a title", "[ui][decisions]")
{
    onNextDialog<ui::DecisionEditor>([](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("   "));
        CHECK_FALSE(accept(d));
        auto* problem = d.findChild<QLabel*>(QStringLiteral("problem"));
        CHECK(problem->isVisibleTo(&d));
        CHECK(problem->text().contains(QStringLiteral("title")));
        d.reject();
    });
    const auto before = count("SELECT count(*) FROM decisions");
    list->createNew();
    CHECK(count("SELECT count(*) FROM decisions") == before);
}

TEST_CASE_METHOD(DecisionFixture, "Recording a stance adds the member with role and stance", "[ui][decisions]")
{
    const QString id = proposed();
    list->showRecord(id);
    onNextDialog<ui::StanceDialog>([](ui::StanceDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("member")), QStringLiteral("Grace Mensah"));
        choose(d.findChild<QComboBox*>(QStringLiteral("role")), QStringLiteral("Advisor"));
        choose(d.findChild<QComboBox*>(QStringLiteral("stance")), QStringLiteral("Concern"));
        d.findChild<QLineEdit*>(QStringLiteral("comment"))->setText(QStringLiteral("Check the budget first"));
        CHECK(accept(d));
    });
    list->recordStance();
    const std::string sql =
        "SELECT role || '/' || stance || '/' || comment FROM decision_participants p JOIN members m "
        "ON m.id = p.member WHERE m.name = 'Grace Mensah' AND p.decision = '" +
        id.toStdString() + "'";
    CHECK(db().queryText(sql) == "advisor/concern/Check the budget first");
}

TEST_CASE_METHOD(DecisionFixture, "Deciding asks for the one accountable member", "[ui][decisions]")
{
    const QString id = proposed("AND method <> 'consent'");
    list->showRecord(id);
    onNextDialog<ui::DecideDialog>([](ui::DecideDialog& d) {
        auto* accountable = d.findChild<QComboBox*>(QStringLiteral("accountable"));
        accountable->setEditText(QString());
        d.findChild<QPlainTextEdit*>(QStringLiteral("outcome"))->setPlainText(QStringLiteral("Go ahead"));
        CHECK_FALSE(accept(d));
        CHECK(d.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("accountable")));
        choose(accountable, QStringLiteral("Kwame Asante"));
        CHECK(accept(d));
    });
    list->decideCurrent();
    CHECK(field(id, "status") == "decided");
    CHECK(db().queryText(("SELECT m.name FROM decisions d JOIN members m ON m.id = d.accountable WHERE d.id = '" +
                          id.toStdString() + "'")
                             .c_str()) == "Kwame Asante");
    CHECK(field(id, "outcome") == "Go ahead");
}

TEST_CASE_METHOD(DecisionFixture, "A consent decision cannot be decided while an objection stands", "[ui][decisions]")
{
    const QString id = proposed("AND method = 'consent'");
    auto d = *session().decision(domain::DecisionId(id.toStdString()));
    REQUIRE(session()
                .apply(QStringLiteral("Object"),
                       [&](edit::EditService& e) {
                           return e.decisions.recordStance(d.id, session().members()[3].id,
                                                           domain::ParticipantRole::Consulted,
                                                           domain::Stance::Objection, "unsafe");
                       })
                .ok());
    list->showRecord(id);
    onNextDialog<ui::DecideDialog>([](ui::DecideDialog& dialog) {
        choose(dialog.findChild<QComboBox*>(QStringLiteral("accountable")), QStringLiteral("Priya Raman"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("outcome"))->setPlainText(QStringLiteral("Go"));
        CHECK_FALSE(accept(dialog));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("problem"))->text().contains(QStringLiteral("objection")));
        dialog.reject();
    });
    list->decideCurrent();
    CHECK(field(id, "status") == "proposed");
}

TEST_CASE_METHOD(DecisionFixture, "Superseding creates the new decision and marks the old one superseded",
                 "[ui][decisions]")
{
    const QString old = idOf("SELECT id FROM decisions WHERE status = 'decided' ORDER BY rid LIMIT 1");
    list->showRecord(old);
    onNextDialog<ui::DecisionEditor>([](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("A better way"));
        CHECK(accept(d));
    });
    list->supersedeCurrent();
    CHECK(field(old, "status") == "superseded");
    const QString next = idOf("SELECT id FROM decisions WHERE title = 'A better way'");
    CHECK(field(next, "supersedes") == old.toStdString());
    CHECK(list->currentId() == next);
}

TEST_CASE_METHOD(DecisionFixture, "Reversing needs a reason and keeps it in the record", "[ui][decisions]")
{
    const QString id = idOf("SELECT id FROM decisions WHERE status = 'decided' ORDER BY rid DESC LIMIT 1");
    list->showRecord(id);
    onNextDialog<ui::ReasonDialog>([](ui::ReasonDialog& d) {
        CHECK_FALSE(accept(d));
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("Costs doubled"));
        CHECK(accept(d));
    });
    list->reverseCurrent();
    CHECK(field(id, "status") == "reversed");
    CHECK(field(id, "rationale").find("Reversed: Costs doubled") != std::string::npos);
}

TEST_CASE_METHOD(DecisionFixture, "Withdrawing a proposal records why", "[ui][decisions]")
{
    const QString id = proposed();
    list->showRecord(id);
    onNextDialog<ui::ReasonDialog>([](ui::ReasonDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("Overtaken by events"));
        CHECK(accept(d));
    });
    list->withdrawCurrent();
    CHECK(field(id, "status") == "withdrawn");
}

TEST_CASE_METHOD(DecisionFixture, "A commitment added from a decision links to it and has one owner", "[ui][decisions]")
{
    const QString id = idOf("SELECT id FROM decisions WHERE status = 'decided' ORDER BY rid LIMIT 1");
    list->showRecord(id);
    onNextDialog<ui::CommitmentEditor>([](ui::CommitmentEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("description"))->setText(QStringLiteral("Tell support about it"));
        choose(d.findChild<QComboBox*>(QStringLiteral("owner")), QStringLiteral("Noor Haddad"));
        CHECK(accept(d));
    });
    list->addCommitment();
    CHECK(db().queryText("SELECT decision FROM commitments WHERE description = 'Tell support about it'") ==
          id.toStdString());
    CHECK(db().queryText("SELECT m.name FROM commitments c JOIN members m ON m.id = c.owner WHERE description = 'Tell "
                         "support about it'") == "Noor Haddad");
    CHECK(list->detail()->toPlainText().contains(QStringLiteral("Tell support about it")));
}

TEST_CASE_METHOD(DecisionFixture, "Every edit can be undone and redone, labelled in the Edit menu", "[ui][decisions]")
{
    const QString id = proposed("AND method <> 'consent'");
    list->showRecord(id);
    onNextDialog<ui::ReasonDialog>([](ui::ReasonDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))->setPlainText(QStringLiteral("No longer needed"));
        CHECK(accept(d));
    });
    list->withdrawCurrent();
    REQUIRE(field(id, "status") == "withdrawn");
    QAction* undo = nullptr;
    for (QAction* top : window->menuBar()->actions())
        if (top->text() == QStringLiteral("&Edit"))
            undo = top->menu()->actions().front();
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK(undo->text().startsWith(QStringLiteral("&Undo Withdraw")));
    undo->trigger();
    CHECK(field(id, "status") == "proposed");
    session().undoStack()->redo();
    CHECK(field(id, "status") == "withdrawn");
}

TEST_CASE_METHOD(DecisionFixture, "Undoing a new decision retracts it from lists and search, and history keeps both",
                 "[ui][decisions][history]")
{
    onNextDialog<ui::DecisionEditor>([](ui::DecisionEditor& d) {
        d.findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("Zebra crossing pilot"));
        CHECK(accept(d));
    });
    list->createNew();
    domain::DecisionFilter zebra;
    zebra.text = "zebra";
    CHECK(storage::SqliteDecisionCatalog(session().db()).count(zebra) == 1);
    session().undoStack()->undo();
    CHECK(storage::SqliteDecisionCatalog(session().db()).count(zebra) == 0);
    CHECK(count("SELECT count(*) FROM decisions WHERE title = 'Zebra crossing pilot' AND retracted = 1") == 1);
    CHECK(count("SELECT count(*) FROM changes WHERE operation = 'undo' AND undoes = "
                "(SELECT seq FROM changes WHERE operation = 'propose' ORDER BY seq DESC LIMIT 1)") == 1);
    session().undoStack()->redo();
    CHECK(storage::SqliteDecisionCatalog(session().db()).count(zebra) == 1);
    CHECK(count("SELECT count(*) FROM changes WHERE operation = 'redo'") == 1);
}

TEST_CASE_METHOD(DecisionFixture, "Filters narrow the decision list by status and method", "[ui][decisions]")
{
    auto* status = list->findChild<QComboBox*>();
    REQUIRE(status);
    choose(status, QStringLiteral("Proposed"));
    CHECK(baton::test::settledRows(list->model()) == count("SELECT count(*) FROM decisions WHERE status = 'proposed'"));
}
