#include "people/GoalDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/report/ExpertiseQueries.h"
#include "baton/storage/GoalRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// The member's level in the area now (0 when none is recorded).
int levelNow(TeamSession& session, const std::optional<MemberId>& member, const std::optional<AreaId>& area)
{
    if (!member || !area)
        return 0;
    for (const auto& e : session.expertise())
        if (e.member == *member && e.area == *area && !e.retracted)
            return e.level;
    return 0;
}

} // namespace

GoalEditor::GoalEditor(TeamSession& session, DevelopmentGoal goal, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(std::move(goal))
    , m_new(isNew)
    , m_member(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_levelNow(new QLabel(this))
    , m_target(new QSpinBox(this))
    , m_mentor(new QComboBox(this))
    , m_startedOn(new QDateEdit(this))
    , m_hasReview(new QCheckBox(tr("Review on"), this))
    , m_reviewOn(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("New Development Goal") : tr("Review Development Goal"));
    setMinimumWidth(480);
    m_member->setObjectName(QStringLiteral("goalMember"));
    m_area->setObjectName(QStringLiteral("goalArea"));
    m_target->setObjectName(QStringLiteral("goalTarget"));
    m_mentor->setObjectName(QStringLiteral("goalMentor"));
    m_status->setObjectName(QStringLiteral("goalStatus"));
    m_note->setObjectName(QStringLiteral("goalNote"));
    m_reviewOn->setObjectName(QStringLiteral("goalReviewOn"));
    m_member->setAccessibleName(tr("Member"));
    m_area->setAccessibleName(tr("Area"));
    m_target->setAccessibleName(tr("Target level"));
    m_mentor->setAccessibleName(tr("Mentor"));
    m_status->setAccessibleName(tr("Status"));
    m_note->setAccessibleName(tr("Note"));
    m_reviewOn->setAccessibleName(tr("Review on"));
    m_startedOn->setAccessibleName(tr("Started on"));
    m_member->setEditable(true);

    fillMemberPicker(m_member, session, true);
    fillAreaPicker(m_area, session);
    fillMemberPicker(m_mentor, session, true, tr("No mentor"));
    fillEnumCombo<GoalStatus>(m_status);
    m_target->setRange(kMinLevel, kMaxLevel);
    m_target->setValue(m_original.targetLevel);
    if (!m_original.member.empty())
        selectMember(m_member, m_original.member);
    if (!m_original.area.empty())
        m_area->setCurrentIndex(m_area->findData(toQ(m_original.area.str())));
    selectMember(m_mentor, m_original.mentor);
    selectEnum(m_status, m_original.status);
    m_member->setEnabled(isNew); // a goal stays with its member and area
    m_area->setEnabled(isNew);
    m_status->setEnabled(!isNew);
    for (auto* date : {m_startedOn, m_reviewOn}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const Date today = session.today();
    m_startedOn->setDate(toQDate(m_original.startedOn.value_or(today)));
    setOptionalDate(m_hasReview, m_reviewOn, m_original.reviewOn, today.addDays(90));
    m_note->setText(toQ(m_original.note));

    auto* form = new QFormLayout;
    form->addRow(tr("&Member"), m_member);
    form->addRow(tr("&Area"), m_area);
    form->addRow(tr("Level now"), m_levelNow);
    form->addRow(tr("&Target level"), m_target);
    form->addRow(tr("M&entor"), m_mentor);
    form->addRow(tr("&Started on"), m_startedOn);
    form->addRow(m_hasReview, m_reviewOn);
    form->addRow(tr("Stat&us"), m_status);
    form->addRow(tr("&Note"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);

    connect(m_member, &QComboBox::currentTextChanged, this, &GoalEditor::validate);
    connect(m_area, &QComboBox::currentIndexChanged, this, &GoalEditor::validate);
    connect(m_mentor, &QComboBox::currentTextChanged, this, &GoalEditor::validate);
    connect(m_target, &QSpinBox::valueChanged, this, &GoalEditor::validate);
    connect(m_startedOn, &QDateEdit::dateChanged, this, &GoalEditor::validate);
    connect(m_reviewOn, &QDateEdit::dateChanged, this, &GoalEditor::validate);
    connect(m_hasReview, &QCheckBox::toggled, this, &GoalEditor::validate);
    validate();
}

DevelopmentGoal GoalEditor::result() const
{
    DevelopmentGoal g = m_original;
    g.member = pickedMember(m_member).value_or(MemberId());
    g.area = pickedArea(m_area).value_or(AreaId());
    g.targetLevel = m_target->value();
    g.mentor = pickedMember(m_mentor);
    g.startedOn = fromQDate(m_startedOn->date());
    g.reviewOn = optionalDate(m_hasReview, m_reviewOn);
    g.status = enumValue<GoalStatus>(m_status);
    g.note = toStd(m_note->text().trimmed());
    return g;
}

QString GoalEditor::problem() const
{
    return m_problem->text();
}

void GoalEditor::validate()
{
    const DevelopmentGoal g = result();
    const int now = levelNow(m_session, g.member.empty() ? std::nullopt : std::optional(g.member),
                             g.area.empty() ? std::nullopt : std::optional(g.area));
    m_levelNow->setText(now > 0 ? levelName(now) : tr("none recorded"));
    QString problem;
    if (g.member.empty())
        problem = tr("Pick the member whose goal this is.");
    else if (g.area.empty())
        problem = tr("Pick the area they want to grow in.");
    else if (m_new && g.targetLevel <= now)
        problem = tr("Aim above their level now (%1).").arg(levelName(now));
    else if (g.mentor && *g.mentor == g.member)
        problem = tr("A member cannot mentor themself; choose someone else or no mentor.");
    else if (g.reviewOn && g.startedOn && *g.reviewOn < *g.startedOn)
        problem = tr("The review date is before the goal starts.");
    showProblem(m_buttons, m_problem, problem);
}

std::optional<GoalId> setGoal(TeamSession& session, const std::optional<MemberId>& member, QWidget* parent)
{
    DevelopmentGoal draft;
    draft.id = GoalId(session.newId());
    if (member)
        draft.member = *member;
    GoalEditor editor(session, draft, true, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    const DevelopmentGoal g = editor.result();
    if (auto ok = session.apply(QObject::tr("New goal for %1").arg(session.memberName(g.member)),
                                [&](edit::EditService& e) { return e.goals.addGoal(g); });
        !ok) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
        return std::nullopt;
    }
    return g.id;
}

bool reviewGoal(TeamSession& session, const std::optional<MemberId>& member, QWidget* parent)
{
    // Goals only (a few per member): never the lead stints the full coaching view reads.
    std::vector<report::CoachingView::Goal> goals;
    if (member) {
        goals = report::readMemberGoals(session.db(), *member);
    } else {
        for (const auto& g : storage::GoalRepository(session.db()).all()) {
            const auto* area = session.area(g.area);
            goals.push_back({g, toStd(session.memberName(g.member)), area ? area->name : g.area.str(),
                             g.mentor ? toStd(session.memberName(*g.mentor)) : std::string(), 0});
        }
    }
    std::erase_if(goals, [](const auto& g) { return g.goal.status != GoalStatus::Active; });
    if (goals.empty()) {
        QMessageBox::information(parent, QObject::tr("No goals"),
                                 QObject::tr("There is no active development goal to review."));
        return false;
    }
    QStringList labels;
    for (const auto& g : goals)
        labels << QObject::tr("%1: %2 to level %3%4")
                      .arg(toQ(g.member), toQ(g.area))
                      .arg(g.goal.targetLevel)
                      .arg(g.goal.reviewOn ? QObject::tr(" (review %1)").arg(toQ(g.goal.reviewOn->toString()))
                                           : QString());
    // Picked by position, not by label: two goals may read alike.
    int index = 0;
    if (goals.size() > 1) {
        QInputDialog ask(parent);
        ask.setWindowTitle(QObject::tr("Review Goal"));
        ask.setLabelText(QObject::tr("Goal:"));
        ask.setComboBoxItems(labels);
        ask.setComboBoxEditable(false);
        QComboBox* combo = nullptr;
        QObject::connect(&ask, &QInputDialog::textValueSelected, &ask, [&] {});
        if (ask.exec() != QDialog::Accepted)
            return false;
        combo = ask.findChild<QComboBox*>();
        index = combo ? combo->currentIndex() : static_cast<int>(labels.indexOf(ask.textValue()));
        if (index < 0)
            return false;
    }
    const auto& picked = goals[static_cast<std::size_t>(index)];
    GoalEditor editor(session, picked.goal, false, parent);
    if (editor.exec() != QDialog::Accepted)
        return false;
    const DevelopmentGoal g = editor.result();
    if (auto saved = session.apply(QObject::tr("Review goal of %1").arg(toQ(picked.member)),
                                   [&](edit::EditService& e) { return e.goals.editGoal(g); });
        !saved) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(saved.error().message));
        return false;
    }
    return true;
}

} // namespace baton::ui
