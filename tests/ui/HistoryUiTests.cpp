// The honest record in the app: history sections, the Activity page, undo as a new change,
// and the integrity fixes (pickers by id, the injected clock, the catch-all).
#include "ui/UiFixture.h"

#include "activity/ActivityPage.h"
#include "common/FormSupport.h"
#include "decisions/DecisionDialogs.h"
#include "decisions/DecisionsPage.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"
#include "shell/GuardedApplication.h"

#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"

#include <QPlainTextEdit>

using namespace baton;
using baton::test::accept;
using baton::test::choose;
using baton::test::onNextDialog;
using baton::test::UiFixture;

namespace {

/// Passes the lead of the first active initiative with a long-running lead to Chidi.
QString passLeadToChidi(UiFixture& f, ui::InitiativesPage* page)
{
    const QString id =
        f.idOf("SELECT i.id FROM initiatives i JOIN lead_stints s ON s.initiative = i.id WHERE "
               "i.status = 'active' AND s.role = 'lead' AND s.to_on IS NULL AND s.from_on < '2026-11-01' "
               "ORDER BY i.rid LIMIT 1");
    page->showRecord(id);
    onNextDialog<ui::PassLeadDialog>([](ui::PassLeadDialog& d) {
        choose(d.findChild<QComboBox*>(QStringLiteral("nextLead")), QStringLiteral("Chidi Okonkwo"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Chidi built the pipeline"));
        CHECK(accept(d));
    });
    page->passLead();
    return id;
}

} // namespace

TEST_CASE("Undoing a handoff is a new change: the handoff stays in history and the stints come back", "[ui][history]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const auto entriesBefore = f.count("SELECT count(*) FROM changes");
    const QString id = passLeadToChidi(f, page);
    const std::string where = "initiative = '" + id.toStdString() + "'";
    const auto stints = f.count(("SELECT count(*) FROM lead_stints WHERE " + where).c_str());
    f.session().undoStack()->undo();
    CHECK(f.count(("SELECT count(*) FROM lead_stints WHERE " + where).c_str()) == stints - 1);
    CHECK(f.count("SELECT count(*) FROM changes") == entriesBefore + 2);
    CHECK(f.db().queryText("SELECT operation FROM changes ORDER BY seq DESC LIMIT 1 OFFSET 1") == "pass-lead");
    CHECK(f.count("SELECT count(*) FROM changes WHERE operation = 'undo' AND undoes = "
                  "(SELECT seq FROM changes WHERE operation = 'pass-lead')") == 1);
    CHECK(storage::verifyHistory(f.db()).ok);
}

TEST_CASE("A detail pane shows the record's history with who, what and the undo", "[ui][history]")
{
    UiFixture f;
    auto* page = f.page<ui::InitiativesPage>(ui::PageId::Initiatives);
    const QString id = passLeadToChidi(f, page);
    f.session().undoStack()->undo();
    page->showRecord(id);
    const QString text = page->detail()->toPlainText();
    CHECK(text.contains(QStringLiteral("History")));
    CHECK(text.contains(QStringLiteral("pass lead")));
    CHECK(text.contains(QStringLiteral("undo (#")));
    CHECK(text.contains(QStringLiteral("import"))); // how the record arrived
}

TEST_CASE("The Activity page lists every change newest first and narrows by kind and member", "[ui][history]")
{
    UiFixture f;
    const auto chidi = f.db().queryText("SELECT id FROM members WHERE name = 'Chidi Okonkwo'");
    REQUIRE(f.session().setMe(domain::MemberId(chidi)).ok());
    passLeadToChidi(f, f.page<ui::InitiativesPage>(ui::PageId::Initiatives));
    auto* activity = f.page<ui::ActivityPage>(ui::PageId::Activity);
    REQUIRE(activity);
    CHECK(baton::test::settledRows(activity->model()) == f.count("SELECT count(*) FROM changes"));
    const QString newest = activity->model()->data(activity->model()->index(0, 2), Qt::DisplayRole).toString(); // What
    CHECK(newest == QStringLiteral("pass-lead"));
    auto filters = activity->findChildren<QComboBox*>();
    REQUIRE(filters.size() >= 3);
    choose(filters.at(1), QStringLiteral("Decisions"));
    CHECK(baton::test::settledRows(activity->model()) ==
          f.count("SELECT count(*) FROM changes WHERE kind = 'decision'"));
    choose(filters.at(1), QStringLiteral("Any kind"));
    choose(filters.at(0), QStringLiteral("Chidi Okonkwo"));
    CHECK(baton::test::settledRows(activity->model()) == 1);
}

TEST_CASE("The Activity page shows a change's fields from and to, and its hash", "[ui][history]")
{
    UiFixture f;
    passLeadToChidi(f, f.page<ui::InitiativesPage>(ui::PageId::Initiatives));
    auto* activity = f.page<ui::ActivityPage>(ui::PageId::Activity);
    const auto seq = f.db().queryText("SELECT seq FROM changes ORDER BY seq DESC LIMIT 1");
    activity->showRecord(QString::fromStdString(seq));
    const QString text = activity->detail()->toPlainText();
    CHECK(text.contains(QStringLiteral("leadership:")));
    CHECK(text.contains(QStringLiteral("added Chidi Okonkwo, from")));
    CHECK(
        text.contains(QString::fromStdString(f.db().queryText("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1"))));
}

TEST_CASE("Retracting a decision hides it from the list and keeps it in the file", "[ui][history]")
{
    UiFixture f;
    auto* page = f.page<ui::DecisionsPage>(ui::PageId::Decisions);
    const QString id = f.idOf("SELECT d.id FROM decisions d WHERE d.status = 'withdrawn' AND NOT EXISTS "
                              "(SELECT 1 FROM commitments c WHERE c.decision = d.id) AND NOT EXISTS "
                              "(SELECT 1 FROM decisions n WHERE n.supersedes = d.id) ORDER BY d.rid LIMIT 1");
    REQUIRE_FALSE(id.isEmpty());
    const int rows = baton::test::settledRows(page->model());
    const auto result = f.session().apply(QStringLiteral("Retract"), [&](edit::EditService& e) {
        return e.retract(domain::RecordKind::Decision, id.toStdString());
    });
    REQUIRE(result.ok());
    CHECK(baton::test::settledRows(page->model()) == rows - 1);
    CHECK(f.count(("SELECT retracted FROM decisions WHERE id = '" + id.toStdString() + "'").c_str()) == 1);
    f.session().undoStack()->undo();
    CHECK(baton::test::settledRows(page->model()) == rows);
}

TEST_CASE("Two members with the same name can each be picked", "[ui][pickers]")
{
    UiFixture f;
    domain::Member twin;
    twin.id = domain::MemberId(f.session().newId());
    twin.name = "Priya Raman";
    twin.email = "priya.two@example.org";
    REQUIRE(
        f.session().apply(QStringLiteral("Add"), [&](edit::EditService& e) { return e.people.addMember(twin); }).ok());
    QComboBox combo;
    combo.setEditable(true);
    ui::fillMemberPicker(&combo, f.session(), false);
    const int second = combo.findData(QString::fromStdString(twin.id.str()));
    REQUIRE(second >= 0);
    CHECK(combo.itemText(second).contains(QStringLiteral("priya.two@example.org")));
    combo.setCurrentIndex(second);
    REQUIRE(ui::pickedMember(&combo).has_value());
    CHECK(*ui::pickedMember(&combo) == twin.id);
}

TEST_CASE("A decision linked to an initiative beyond the first 5,000 keeps its link when edited", "[ui][pickers]")
{
    UiFixture f;
    const domain::InitiativeId last(f.session().newId());
    {
        storage::Transaction tx(f.db());
        storage::InitiativeRepository repo(f.db());
        for (int i = 0; i < 5001; ++i) {
            domain::Initiative bulk;
            bulk.id = i == 5000 ? last : domain::InitiativeId(f.session().newId());
            bulk.title = i == 5000 ? "Zz the last initiative" : "Bulk initiative " + std::to_string(10000 + i);
            repo.upsert(bulk, storage::WriteMode::InsertNew);
        }
        storage::adoptUntracked(f.db(), domain::SystemClock().now());
        tx.commit();
    }
    auto d = *f.session().decision(
        domain::DecisionId(f.idOf("SELECT id FROM decisions ORDER BY rid LIMIT 1").toStdString()));
    d.initiative = last;
    REQUIRE(f.session()
                .apply(QStringLiteral("Link"), [&](edit::EditService& e) { return e.decisions.editDecision(d); })
                .ok());
    ui::DecisionEditor editor(f.session(), *f.session().decision(d.id), nullptr);
    CHECK(editor.result().initiative == std::optional<domain::InitiativeId>(last));
}

TEST_CASE("Closing an initiative dates it by the session's clock, not the wall clock", "[ui][clock]")
{
    UiFixture f(false);
    auto file = storage::TeamFile::open(f.path);
    REQUIRE(file.ok());
    domain::FixedClock clock(domain::Timestamp::fromMillis(1'893'456'000'000)); // 2030-01-01
    ui::TeamSession session(std::move(file.value()), clock);
    domain::Initiative draft;
    draft.id = domain::InitiativeId(session.newId());
    draft.title = "Close me";
    draft.status = domain::InitiativeStatus::Active;
    ui::InitiativeEditor editor(session, draft, nullptr);
    auto* status = editor.findChild<QComboBox*>(QStringLiteral("status"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(static_cast<int>(domain::InitiativeStatus::Completed)));
    CHECK(editor.result().closedOn == std::optional<domain::Date>(domain::Date::fromYmd(2030, 1, 1)));
}

TEST_CASE("The main window takes the clock it is given, so the day can be fixed", "[ui][clock]")
{
    baton::test::TempDir dir;
    const std::string path = dir.file("team.baton");
    std::filesystem::copy_file(baton::test::sampleTeamFile(), path);
    ui::MainWindow window(std::make_unique<domain::FixedClock>(domain::Timestamp::fromMillis(1'893'456'000'000)));
    window.setQuiet(true);
    REQUIRE(window.openFile(QString::fromStdString(path)));
    CHECK(window.session()->today() == domain::Date::fromYmd(2030, 1, 1));
}

TEST_CASE("An exception escaping an event handler is reported, and the app goes on", "[ui][faults]")
{
    auto* app = dynamic_cast<ui::GuardedApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    QString reported;
    app->setReporter([&](const QString& problem) { reported = problem; });
    struct Thrower : QObject {
        bool event(QEvent* e) override
        {
            if (e->type() == QEvent::User)
                throw std::runtime_error("a bug in a handler");
            return QObject::event(e);
        }
    } thrower;
    QEvent event(QEvent::User);
    CHECK_FALSE(QCoreApplication::sendEvent(&thrower, &event));
    CHECK(reported == QStringLiteral("a bug in a handler"));
    app->setReporter({});
}
