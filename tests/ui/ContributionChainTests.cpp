// The chain of interdependent work: the graph view, its dialog, the page action and the
// contribution editor's work dates, on real team files through the edit service.
#include "ui/UiFixture.h"

#include "initiatives/ContributionChainDialog.h"
#include "initiatives/ContributionChainItems.h"
#include "initiatives/ContributionChainView.h"
#include "initiatives/InitiativeDialogs.h"
#include "initiatives/InitiativesPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QWheelEvent>

#include <map>
#include <set>

using namespace baton;
using baton::test::accept;
using baton::test::onNextDialog;
using baton::test::UiFixture;
using domain::Contribution;
using domain::ContributionId;
using domain::ContributionStatus;
using domain::Date;
using domain::InitiativeId;

namespace {

/// A team file with initiatives and contributions added through the edit service.
struct ChainFixture : UiFixture {
    domain::MemberId member{db().queryText("SELECT id FROM members WHERE left_on IS NULL ORDER BY rid LIMIT 1")};
    Date today = session().today();

    InitiativeId addInitiative(const std::string& title)
    {
        domain::Initiative i;
        i.id = InitiativeId(session().newId());
        i.title = title;
        i.status = domain::InitiativeStatus::Active;
        REQUIRE(session()
                    .apply(QStringLiteral("Add"), [&](edit::EditService& e) { return e.initiatives.addInitiative(i); })
                    .ok());
        return i.id;
    }

    ContributionId add(const InitiativeId& initiative, const std::string& description, ContributionStatus status,
                       std::vector<ContributionId> dependsOn = {}, std::optional<Date> startedOn = {},
                       std::optional<Date> doneOn = {})
    {
        Contribution c;
        c.id = ContributionId(session().newId());
        c.initiative = initiative;
        c.member = member;
        c.description = description;
        c.status = status;
        c.dependsOn = std::move(dependsOn);
        c.startedOn = startedOn;
        c.doneOn = doneOn;
        REQUIRE(
            session()
                .apply(QStringLiteral("Add"), [&](edit::EditService& e) { return e.initiatives.addContribution(c); })
                .ok());
        return c.id;
    }

    std::unique_ptr<ui::ContributionChainDialog> open(const InitiativeId& id)
    {
        auto dialog = std::make_unique<ui::ContributionChainDialog>(session(), *session().initiative(id), window.get());
        dialog->show();
        return dialog;
    }
};

QString q(const ContributionId& id)
{
    return QString::fromStdString(id.str());
}

/// The card itself, without the room left around it for outlines.
QRectF cardRect(const QGraphicsItem* item)
{
    return item->sceneBoundingRect().adjusted(5, 5, -5, -5);
}

} // namespace

TEST_CASE_METHOD(ChainFixture, "The chain shows a card per contribution and an arrow per dependency", "[ui][chain]")
{
    // The sample initiative with the most dependencies.
    const std::string initiative = db().queryText(
        "SELECT c.initiative FROM contribution_dependencies d JOIN contributions c ON c.id = d.contribution "
        "WHERE c.retracted = 0 GROUP BY c.initiative ORDER BY count(*) DESC, c.initiative LIMIT 1");
    REQUIRE_FALSE(initiative.empty());
    const std::string where = "c.initiative = '" + initiative + "' AND c.retracted = 0";
    const auto cards = count(("SELECT count(*) FROM contributions c WHERE " + where).c_str());
    const auto arrows = count(("SELECT count(*) FROM contribution_dependencies d JOIN contributions c ON c.id = "
                               "d.contribution WHERE " +
                               where)
                                  .c_str());
    REQUIRE(arrows > 0);
    const auto dialog = open(InitiativeId(initiative));
    auto* view = dialog->view();
    CHECK(static_cast<std::int64_t>(view->nodeItems().size()) == cards);
    CHECK(static_cast<std::int64_t>(view->edgeItems().size()) == arrows);
    for (const auto* edge : view->edgeItems()) {
        // Each arrow joins the dependency to its dependent, as recorded.
        const auto* from = edge->from();
        const auto* to = edge->to();
        CHECK(count(("SELECT count(*) FROM contribution_dependencies WHERE contribution = '" +
                     to->card().id.toStdString() + "' AND depends_on = '" + from->card().id.toStdString() + "'")
                        .c_str()) == 1);
    }
}

TEST_CASE_METHOD(ChainFixture, "Cards stand in columns by dependency depth and arrows run left to right", "[ui][chain]")
{
    const auto i = addInitiative("Columns");
    const auto a = add(i, "Research", ContributionStatus::Done, {}, today.addDays(-30), today.addDays(-20));
    const auto b = add(i, "Interviews", ContributionStatus::Done, {}, today.addDays(-25), today.addDays(-21));
    const auto c = add(i, "Synthesis", ContributionStatus::InProgress, {a, b}, today.addDays(-10));
    const auto d = add(i, "Prototype", ContributionStatus::Planned, {c});
    const auto e = add(i, "Pricing", ContributionStatus::Planned, {a});
    const auto f = add(i, "Launch", ContributionStatus::Planned, {d, e});
    const auto dialog = open(i);
    auto* view = dialog->view();
    REQUIRE(view->nodeItems().size() == 6);
    const std::map<QString, int> depth{{q(a), 0}, {q(b), 0}, {q(c), 1}, {q(e), 1}, {q(d), 2}, {q(f), 3}};
    std::map<int, std::set<qreal>> xs;
    for (const auto* n : view->nodeItems()) {
        CHECK(n->card().depth == depth.at(n->card().id));
        xs[n->card().depth].insert(n->x());
    }
    REQUIRE(xs.size() == 4);
    qreal previous = -1e9;
    for (const auto& [level, x] : xs) {
        CHECK(x.size() == 1); // one column per depth
        CHECK(*x.begin() > previous);
        previous = *x.begin();
    }
    for (const auto* edge : view->edgeItems())
        CHECK(edge->from()->x() < edge->to()->x());
    // A single chain stays level: Synthesis sits between its two dependencies, Prototype with it.
    CHECK(view->nodeItem(q(d))->y() == view->nodeItem(q(c))->y());
}

TEST_CASE_METHOD(ChainFixture, "The critical path is drawn thick and named in the dialog and the detail pane",
                 "[ui][chain]")
{
    const auto i = addInitiative("Critical");
    const auto a = add(i, "Alpha", ContributionStatus::Done, {}, today.addDays(-20), today.addDays(-11));
    const auto b = add(i, "Beta", ContributionStatus::Done, {a}, today.addDays(-10), today.addDays(-6));
    const auto c = add(i, "Gamma", ContributionStatus::InProgress, {b}, today.addDays(-4));
    const auto side = add(i, "Side quest", ContributionStatus::Planned, {a});
    const auto dialog = open(i);
    auto* view = dialog->view();
    const std::set<QString> critical{q(a), q(b), q(c)};
    for (const auto* n : view->nodeItems())
        CHECK(n->card().critical == (critical.count(n->card().id) == 1));
    int thick = 0;
    for (const auto* edge : view->edgeItems()) {
        const bool onPath = edge->from()->card().id != q(side) && edge->to()->card().id != q(side);
        CHECK(edge->isCritical() == onPath);
        thick += edge->isCritical() ? 1 : 0;
    }
    CHECK(thick == 2);
    // 10 + 5 + 5 days of work along the path.
    const QString words = dialog->findChild<QLabel*>(QStringLiteral("criticalPath"))->text();
    CHECK(words == QStringLiteral("Critical path: Alpha → Beta → Gamma (20 days)"));

    auto* list = page<ui::InitiativesPage>(ui::PageId::Initiatives);
    list->showRecord(QString::fromStdString(i.str()));
    CHECK(list->detail()->toPlainText().contains(QStringLiteral("Critical path: Alpha → Beta → Gamma (20 days)")));
}

TEST_CASE_METHOD(ChainFixture, "Each arrow says how long its dependent has waited", "[ui][chain]")
{
    const auto i = addInitiative("Waiting");
    const auto running = add(i, "Running", ContributionStatus::InProgress, {}, today.addDays(-12));
    const auto finished = add(i, "Finished", ContributionStatus::Done, {}, today.addDays(-20), today.addDays(-16));
    const auto idle = add(i, "Idle", ContributionStatus::Planned);
    const auto oneDay = add(i, "Begun today", ContributionStatus::InProgress, {}, today.addDays(-1));
    add(i, "Needs all", ContributionStatus::Planned, {running, finished, idle, oneDay});
    const auto dialog = open(i);
    std::map<QString, QString> labels;
    for (const auto* edge : dialog->view()->edgeItems()) {
        REQUIRE(edge->label() != nullptr);
        labels[edge->from()->card().id] = edge->label()->text();
        CHECK(edge->isWaiting() == (edge->from()->card().id != q(finished)));
    }
    CHECK(labels[q(running)] == QStringLiteral("waiting 12 days"));
    CHECK(labels[q(finished)] == QStringLiteral("took 5 days"));
    CHECK(labels[q(idle)] == QStringLiteral("not started"));
    CHECK(labels[q(oneDay)] == QStringLiteral("waiting 1 day"));
}

TEST_CASE_METHOD(ChainFixture, "Each card is painted in its status colour and names its status", "[ui][chain]")
{
    const auto i = addInitiative("Colours");
    const auto planned = add(i, "Planned work", ContributionStatus::Planned);
    const auto running = add(i, "Running work", ContributionStatus::InProgress, {planned}, today.addDays(-3));
    const auto done = add(i, "Done work", ContributionStatus::Done, {}, today.addDays(-3), today.addDays(-2));
    const auto blocked = add(i, "Blocked work", ContributionStatus::Blocked, {done}, today.addDays(-1));
    const std::map<QString, ContributionStatus> expected{{q(planned), ContributionStatus::Planned},
                                                         {q(running), ContributionStatus::InProgress},
                                                         {q(done), ContributionStatus::Done},
                                                         {q(blocked), ContributionStatus::Blocked}};
    CHECK(ui::chainStatusColour(ContributionStatus::Planned) != ui::chainStatusColour(ContributionStatus::Done));
    CHECK(ui::chainStatusCue(ContributionStatus::Done).startsWith(QStringLiteral("✓")));
    CHECK(ui::chainStatusCue(ContributionStatus::Blocked).startsWith(QStringLiteral("✕")));
    const auto dialog = open(i);
    QGraphicsScene* scene = dialog->view()->scene();
    const QRectF area = scene->sceneRect();
    QImage image(area.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    for (const auto* n : dialog->view()->nodeItems()) {
        CHECK(n->card().status == expected.at(n->card().id));
        // The status strip down the card's left side, halfway down.
        const QRectF card = cardRect(n);
        const QPoint strip = (QPointF(card.left() + 4, card.center().y()) - area.topLeft()).toPoint();
        CHECK(image.pixelColor(strip).name() == ui::chainStatusColour(n->card().status).name());
    }
}

TEST_CASE_METHOD(ChainFixture, "The page's Chain of Work action opens the dialog for the selected initiative",
                 "[ui][chain]")
{
    const auto i = addInitiative("Opened from the page");
    const auto a = add(i, "First piece", ContributionStatus::Planned);
    add(i, "Second piece", ContributionStatus::Planned, {a});
    auto* list = page<ui::InitiativesPage>(ui::PageId::Initiatives);
    auto* action = list->findChild<QAction*>(QStringLiteral("chainOfWork"));
    REQUIRE(action != nullptr);
    list->showRecord({});
    CHECK_FALSE(action->isEnabled());
    list->showRecord(QString::fromStdString(i.str()));
    REQUIRE(action->isEnabled());
    bool opened = false;
    onNextDialog<ui::ContributionChainDialog>([&](ui::ContributionChainDialog& d) {
        opened = true;
        CHECK(d.windowTitle() == QStringLiteral("Chain of Work: Opened from the page"));
        CHECK(d.view()->nodeItems().size() == 2);
        CHECK(d.view()->edgeItems().size() == 1);
        d.reject();
    });
    action->trigger();
    CHECK(opened);
}

TEST_CASE_METHOD(ChainFixture, "An initiative without contributions opens, fits and zooms without harm", "[ui][chain]")
{
    const auto i = addInitiative("Empty");
    const auto dialog = open(i);
    auto* view = dialog->view();
    CHECK(view->nodeItems().empty());
    CHECK(view->edgeItems().empty());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("criticalPath"))
              ->text()
              .contains(QStringLiteral("no contributions")));
    view->fitAll();
    const qreal fitted = view->zoom();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(view->zoom() > fitted);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->zoom() < fitted);
    const QPointF centre = QRectF(view->viewport()->rect()).center();
    for (int k = 0; k < 40; ++k) { // far past the limits: clamped
        QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
    }
    CHECK(view->zoom() == Approx(ui::ContributionChainView::kMaxZoom));
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    CHECK(view->zoom() <= 1.0);
    QTest::keyClick(view, Qt::Key_Right); // no cards to move to
    CHECK(view->selectedContribution().isEmpty());
}

TEST_CASE_METHOD(ChainFixture, "Fifty contributions lay out with no card or label over another", "[ui][chain]")
{
    const auto i = addInitiative("Big chain");
    std::vector<ContributionId> ids;
    for (int k = 0; k < 50; ++k) {
        // Each depends on one or two earlier ones, so depths vary and arrows fan in and out.
        std::vector<ContributionId> deps;
        if (k > 0 && k % 5 != 0)
            deps.push_back(ids[static_cast<std::size_t>(k - 1)]);
        if (k > 3 && k % 3 == 0 && (k * 7 + 3) % k != k - 1)
            deps.push_back(ids[static_cast<std::size_t>((k * 7 + 3) % k)]);
        const auto status = k % 4 == 0 ? ContributionStatus::Done : ContributionStatus::Planned;
        ids.push_back(add(i, "Step " + std::to_string(k), status, deps,
                          status == ContributionStatus::Done ? std::optional(today.addDays(-k)) : std::nullopt,
                          status == ContributionStatus::Done ? std::optional(today) : std::nullopt));
    }
    const auto dialog = open(i);
    auto* view = dialog->view();
    REQUIRE(view->nodeItems().size() == 50);
    const auto& nodes = view->nodeItems();
    for (std::size_t a = 0; a < nodes.size(); ++a)
        for (std::size_t b = a + 1; b < nodes.size(); ++b)
            CHECK_FALSE(cardRect(nodes[a]).intersects(cardRect(nodes[b])));
    for (const auto* edge : view->edgeItems()) {
        const QPainterPath line = edge->mapToScene(edge->shape());
        for (const auto* n : nodes) {
            CHECK_FALSE(edge->label()->sceneBoundingRect().intersects(cardRect(n)));
            // Arrows that skip columns go round the cards between, not behind them.
            if (n != edge->from() && n != edge->to())
                CHECK_FALSE(line.intersects(cardRect(n)));
        }
        for (const auto* other : view->edgeItems())
            if (other != edge)
                CHECK_FALSE(edge->label()->sceneBoundingRect().intersects(other->label()->sceneBoundingRect()));
    }
    int maxDepth = 0;
    for (const auto* n : nodes)
        maxDepth = std::max(maxDepth, n->card().depth);
    CHECK(maxDepth >= 4);
    // Arrow keys walk the cards; Enter asks to open the selected one.
    QString activated;
    QObject::connect(view, &ui::ContributionChainView::contributionActivated,
                     [&](const QString& id) { activated = id; });
    QTest::keyClick(view, Qt::Key_Right);
    const QString first = view->selectedContribution();
    REQUIRE_FALSE(first.isEmpty());
    QTest::keyClick(view, Qt::Key_Right);
    const QString second = view->selectedContribution();
    CHECK(second != first);
    CHECK(view->nodeItem(second)->x() > view->nodeItem(first)->x());
    // Enter opens the contribution editor on it, from the dialog.
    QString editing;
    onNextDialog<ui::ContributionEditor>([&](ui::ContributionEditor& d) {
        editing = d.findChild<QLineEdit*>(QStringLiteral("description"))->text();
        d.reject();
    });
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(activated == second);
    CHECK(editing == view->nodeItem(second)->card().description);
}

TEST_CASE_METHOD(ChainFixture, "The contribution editor saves started and done dates", "[ui][chain]")
{
    const auto i = addInitiative("Dates");
    const auto c = add(i, "Dated work", ContributionStatus::Planned);
    auto* list = page<ui::InitiativesPage>(ui::PageId::Initiatives);
    list->showRecord(QString::fromStdString(i.str()));
    onNextDialog<ui::ContributionEditor>([&](ui::ContributionEditor& d) {
        auto* hasStarted = d.findChild<QCheckBox*>(QStringLiteral("hasStarted"));
        auto* hasDone = d.findChild<QCheckBox*>(QStringLiteral("hasDone"));
        CHECK_FALSE(hasStarted->isChecked());
        CHECK_FALSE(hasDone->isChecked());
        hasStarted->setChecked(true);
        d.findChild<QDateEdit*>(QStringLiteral("startedOn"))->setDate(QDate(2026, 3, 2));
        hasDone->setChecked(true);
        d.findChild<QDateEdit*>(QStringLiteral("doneOn"))->setDate(QDate(2026, 3, 9));
        d.findChild<QComboBox*>(QStringLiteral("status"))
            ->setCurrentIndex(d.findChild<QComboBox*>(QStringLiteral("status"))->findText(QStringLiteral("Done")));
        CHECK(accept(d));
    });
    list->editContribution();
    CHECK(db().queryText(
              ("SELECT started_on || '/' || done_on || '/' || status FROM contributions WHERE id = '" + c.str() + "'")
                  .c_str()) == "2026-03-02/2026-03-09/done");
    // Opened again, the editor shows what was saved.
    onNextDialog<ui::ContributionEditor>([&](ui::ContributionEditor& d) {
        CHECK(d.findChild<QCheckBox*>(QStringLiteral("hasDone"))->isChecked());
        CHECK(d.findChild<QDateEdit*>(QStringLiteral("doneOn"))->date() == QDate(2026, 3, 9));
        CHECK(d.findChild<QDateEdit*>(QStringLiteral("startedOn"))->date() == QDate(2026, 3, 2));
        d.reject();
    });
    list->editContribution();
}

TEST_CASE_METHOD(ChainFixture, "The contribution editor refuses work done before it started", "[ui][chain]")
{
    const auto i = addInitiative("Backwards");
    const auto c = add(i, "Backwards work", ContributionStatus::InProgress, {}, Date::fromYmd(2026, 5, 10));
    auto* list = page<ui::InitiativesPage>(ui::PageId::Initiatives);
    list->showRecord(QString::fromStdString(i.str()));
    onNextDialog<ui::ContributionEditor>([&](ui::ContributionEditor& d) {
        CHECK(d.findChild<QCheckBox*>(QStringLiteral("hasStarted"))->isChecked());
        d.findChild<QCheckBox*>(QStringLiteral("hasDone"))->setChecked(true);
        d.findChild<QDateEdit*>(QStringLiteral("doneOn"))->setDate(QDate(2026, 5, 9));
        CHECK_FALSE(accept(d));
        auto* problem = d.findChild<QLabel*>(QStringLiteral("problem"));
        CHECK(problem->text().contains(QStringLiteral("before it started")));
        d.findChild<QDateEdit*>(QStringLiteral("doneOn"))->setDate(QDate(2026, 5, 10)); // the same day is fine
        CHECK(accept(d));
    });
    list->editContribution();
    CHECK(db().queryText(("SELECT done_on FROM contributions WHERE id = '" + c.str() + "'").c_str()) == "2026-05-10");
}

TEST_CASE_METHOD(ChainFixture, "Double-clicking a card edits that contribution and the chain follows", "[ui][chain]")
{
    const auto i = addInitiative("Edit from the chain");
    const auto a = add(i, "Foundations", ContributionStatus::InProgress, {}, today.addDays(-6));
    add(i, "Walls", ContributionStatus::Planned, {a});
    const auto dialog = open(i);
    auto* view = dialog->view();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    auto* card = view->nodeItem(q(a));
    REQUIRE(card != nullptr);
    bool edited = false;
    onNextDialog<ui::ContributionEditor>([&](ui::ContributionEditor& d) {
        edited = true;
        CHECK(d.findChild<QLineEdit*>(QStringLiteral("description"))->text() == QStringLiteral("Foundations"));
        auto* status = d.findChild<QComboBox*>(QStringLiteral("status"));
        status->setCurrentIndex(status->findText(QStringLiteral("Done")));
        CHECK(accept(d));
    });
    const QPoint at = view->mapFromScene(card->sceneBoundingRect().center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    CHECK(edited);
    CHECK(db().queryText(("SELECT status FROM contributions WHERE id = '" + a.str() + "'").c_str()) == "done");
    // Redrawn from the file: the card is done and the arrow no longer waits.
    REQUIRE(view->nodeItem(q(a)) != nullptr);
    CHECK(view->nodeItem(q(a))->card().status == ContributionStatus::Done);
    REQUIRE(view->edgeItems().size() == 1);
    CHECK_FALSE(view->edgeItems().front()->isWaiting());
    CHECK(view->edgeItems().front()->label()->text() == QStringLiteral("took 7 days"));
}
